# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'memberships_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_MembershipsPage(object):
    def setupUi(self, MembershipsPage):
        if not MembershipsPage.objectName():
            MembershipsPage.setObjectName(u"MembershipsPage")
        MembershipsPage.resize(1100, 660)
        self.plansLayout = QVBoxLayout(MembershipsPage)
        self.plansLayout.setObjectName(u"plansLayout")
        self.plansIntroLabel = QLabel(MembershipsPage)
        self.plansIntroLabel.setObjectName(u"plansIntroLabel")
        self.plansIntroLabel.setWordWrap(True)

        self.plansLayout.addWidget(self.plansIntroLabel)

        self.planButtons = QHBoxLayout()
        self.planButtons.setObjectName(u"planButtons")
        self.newPlanButton = QPushButton(MembershipsPage)
        self.newPlanButton.setObjectName(u"newPlanButton")

        self.planButtons.addWidget(self.newPlanButton)

        self.editPlanButton = QPushButton(MembershipsPage)
        self.editPlanButton.setObjectName(u"editPlanButton")

        self.planButtons.addWidget(self.editPlanButton)

        self.togglePlanButton = QPushButton(MembershipsPage)
        self.togglePlanButton.setObjectName(u"togglePlanButton")

        self.planButtons.addWidget(self.togglePlanButton)

        self.planButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planButtons.addItem(self.planButtonSpacer)


        self.plansLayout.addLayout(self.planButtons)

        self.plansTable = QTableView(MembershipsPage)
        self.plansTable.setObjectName(u"plansTable")
        self.plansTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plansTable.setAlternatingRowColors(True)
        self.plansTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plansTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plansTable.setShowGrid(False)
        self.plansTable.horizontalHeader().setStretchLastSection(True)
        self.plansTable.verticalHeader().setVisible(False)

        self.plansLayout.addWidget(self.plansTable)

        self.plansErrorLabel = QLabel(MembershipsPage)
        self.plansErrorLabel.setObjectName(u"plansErrorLabel")
        self.plansErrorLabel.setWordWrap(True)

        self.plansLayout.addWidget(self.plansErrorLabel)


        self.retranslateUi(MembershipsPage)
    # setupUi

    def retranslateUi(self, MembershipsPage):
        self.plansIntroLabel.setText(QCoreApplication.translate("MembershipsPage", u"Plans are what the studio sells. Deactivated plans are no longer offered for sale; memberships already sold from them stay as they are.", None))
        self.newPlanButton.setText(QCoreApplication.translate("MembershipsPage", u"&New plan\u2026", None))
        self.editPlanButton.setText(QCoreApplication.translate("MembershipsPage", u"&Edit\u2026", None))
        self.togglePlanButton.setText(QCoreApplication.translate("MembershipsPage", u"&Deactivate", None))
        self.plansErrorLabel.setText("")
        pass
    # retranslateUi

