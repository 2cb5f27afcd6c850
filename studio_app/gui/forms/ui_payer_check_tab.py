# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payer_check_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_PayerCheckTab(object):
    def setupUi(self, PayerCheckTab):
        if not PayerCheckTab.objectName():
            PayerCheckTab.setObjectName(u"PayerCheckTab")
        PayerCheckTab.resize(820, 420)
        self.rootLayout = QVBoxLayout(PayerCheckTab)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(PayerCheckTab)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setStyleSheet(u"color: #4d5a5a;")
        self.introLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.introLabel)

        self.pickLayout = QHBoxLayout()
        self.pickLayout.setObjectName(u"pickLayout")
        self.dayLabel = QLabel(PayerCheckTab)
        self.dayLabel.setObjectName(u"dayLabel")

        self.pickLayout.addWidget(self.dayLabel)

        self.dayEdit = QDateEdit(PayerCheckTab)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.pickLayout.addWidget(self.dayEdit)

        self.sessionLabel = QLabel(PayerCheckTab)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.pickLayout.addWidget(self.sessionLabel)

        self.sessionCombo = QComboBox(PayerCheckTab)
        self.sessionCombo.setObjectName(u"sessionCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sessionCombo.sizePolicy().hasHeightForWidth())
        self.sessionCombo.setSizePolicy(sizePolicy)

        self.pickLayout.addWidget(self.sessionCombo)


        self.rootLayout.addLayout(self.pickLayout)

        self.headlineLabel = QLabel(PayerCheckTab)
        self.headlineLabel.setObjectName(u"headlineLabel")
        self.headlineLabel.setWordWrap(True)
        self.headlineLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rootLayout.addWidget(self.headlineLabel)

        self.optionsTable = QTableView(PayerCheckTab)
        self.optionsTable.setObjectName(u"optionsTable")
        self.optionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.optionsTable.setAlternatingRowColors(True)
        self.optionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.optionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.optionsTable.setShowGrid(False)
        self.optionsTable.horizontalHeader().setStretchLastSection(True)
        self.optionsTable.verticalHeader().setVisible(False)

        self.rootLayout.addWidget(self.optionsTable)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.bottomSpacer)

        self.rootLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayEdit)
        self.sessionLabel.setBuddy(self.sessionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PayerCheckTab)
    # setupUi

    def retranslateUi(self, PayerCheckTab):
        self.introLabel.setText(QCoreApplication.translate("PayerCheckTab", u"Pick a class to see which of the member's memberships can pay for it, and the exact reason when one cannot.", None))
        self.dayLabel.setText(QCoreApplication.translate("PayerCheckTab", u"&Day", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("PayerCheckTab", u"ddd d MMM yyyy", None))
        self.sessionLabel.setText(QCoreApplication.translate("PayerCheckTab", u"&Class", None))
        self.headlineLabel.setText("")
        pass
    # retranslateUi

