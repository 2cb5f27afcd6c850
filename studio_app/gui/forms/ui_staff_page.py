# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_StaffPage(object):
    def setupUi(self, StaffPage):
        if not StaffPage.objectName():
            StaffPage.setObjectName(u"StaffPage")
        StaffPage.resize(1100, 660)
        self.staffLayout = QVBoxLayout(StaffPage)
        self.staffLayout.setObjectName(u"staffLayout")
        self.staffButtons = QHBoxLayout()
        self.staffButtons.setObjectName(u"staffButtons")
        self.addStaffButton = QPushButton(StaffPage)
        self.addStaffButton.setObjectName(u"addStaffButton")

        self.staffButtons.addWidget(self.addStaffButton)

        self.resetPasswordButton = QPushButton(StaffPage)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.staffButtons.addWidget(self.resetPasswordButton)

        self.toggleStaffButton = QPushButton(StaffPage)
        self.toggleStaffButton.setObjectName(u"toggleStaffButton")

        self.staffButtons.addWidget(self.toggleStaffButton)

        self.staffButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffButtons.addItem(self.staffButtonSpacer)


        self.staffLayout.addLayout(self.staffButtons)

        self.staffBody = QHBoxLayout()
        self.staffBody.setObjectName(u"staffBody")
        self.staffTable = QTableView(StaffPage)
        self.staffTable.setObjectName(u"staffTable")
        self.staffTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staffTable.setAlternatingRowColors(True)
        self.staffTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staffTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staffTable.setShowGrid(False)
        self.staffTable.horizontalHeader().setStretchLastSection(True)
        self.staffTable.verticalHeader().setVisible(False)

        self.staffBody.addWidget(self.staffTable)

        self.accessGroup = QGroupBox(StaffPage)
        self.accessGroup.setObjectName(u"accessGroup")
        self.accessGroup.setMinimumSize(QSize(300, 0))
        self.accessGroup.setMaximumSize(QSize(340, 16777215))
        self.accessLayout = QVBoxLayout(self.accessGroup)
        self.accessLayout.setObjectName(u"accessLayout")
        self.accessNoteLabel = QLabel(self.accessGroup)
        self.accessNoteLabel.setObjectName(u"accessNoteLabel")
        self.accessNoteLabel.setWordWrap(True)

        self.accessLayout.addWidget(self.accessNoteLabel)

        self.privilegeChecks = QVBoxLayout()
        self.privilegeChecks.setObjectName(u"privilegeChecks")

        self.accessLayout.addLayout(self.privilegeChecks)

        self.accessHintLabel = QLabel(self.accessGroup)
        self.accessHintLabel.setObjectName(u"accessHintLabel")
        self.accessHintLabel.setWordWrap(True)

        self.accessLayout.addWidget(self.accessHintLabel)

        self.accessButtons = QHBoxLayout()
        self.accessButtons.setObjectName(u"accessButtons")
        self.accessButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accessButtons.addItem(self.accessButtonSpacer)

        self.saveAccessButton = QPushButton(self.accessGroup)
        self.saveAccessButton.setObjectName(u"saveAccessButton")

        self.accessButtons.addWidget(self.saveAccessButton)


        self.accessLayout.addLayout(self.accessButtons)

        self.accessSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.accessLayout.addItem(self.accessSpacer)


        self.staffBody.addWidget(self.accessGroup)


        self.staffLayout.addLayout(self.staffBody)

        self.staffErrorLabel = QLabel(StaffPage)
        self.staffErrorLabel.setObjectName(u"staffErrorLabel")
        self.staffErrorLabel.setWordWrap(True)

        self.staffLayout.addWidget(self.staffErrorLabel)


        self.retranslateUi(StaffPage)
    # setupUi

    def retranslateUi(self, StaffPage):
        self.addStaffButton.setText(QCoreApplication.translate("StaffPage", u"&Add staff\u2026", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("StaffPage", u"&Reset password\u2026", None))
        self.toggleStaffButton.setText(QCoreApplication.translate("StaffPage", u"De&activate", None))
        self.accessGroup.setTitle(QCoreApplication.translate("StaffPage", u"Access", None))
        self.accessNoteLabel.setText(QCoreApplication.translate("StaffPage", u"Select an account to see its access.", None))
        self.accessHintLabel.setText(QCoreApplication.translate("StaffPage", u"Every account can work the front desk (members, sign-ups, sales). Privileges add the rest; a change takes effect at once, at every desk.", None))
        self.saveAccessButton.setText(QCoreApplication.translate("StaffPage", u"&Save access", None))
        self.staffErrorLabel.setText("")
        pass
    # retranslateUi

