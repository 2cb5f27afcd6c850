# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_SettingsView(object):
    def setupUi(self, SettingsView):
        if not SettingsView.objectName():
            SettingsView.setObjectName(u"SettingsView")
        SettingsView.resize(1100, 700)
        self.layout = QVBoxLayout(SettingsView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(SettingsView)
        self.tabs.setObjectName(u"tabs")
        self.plansTab = QWidget()
        self.plansTab.setObjectName(u"plansTab")
        self.plansLayout = QVBoxLayout(self.plansTab)
        self.plansLayout.setObjectName(u"plansLayout")
        self.plansIntroLabel = QLabel(self.plansTab)
        self.plansIntroLabel.setObjectName(u"plansIntroLabel")
        self.plansIntroLabel.setWordWrap(True)

        self.plansLayout.addWidget(self.plansIntroLabel)

        self.planButtons = QHBoxLayout()
        self.planButtons.setObjectName(u"planButtons")
        self.newPlanButton = QPushButton(self.plansTab)
        self.newPlanButton.setObjectName(u"newPlanButton")

        self.planButtons.addWidget(self.newPlanButton)

        self.editPlanButton = QPushButton(self.plansTab)
        self.editPlanButton.setObjectName(u"editPlanButton")

        self.planButtons.addWidget(self.editPlanButton)

        self.togglePlanButton = QPushButton(self.plansTab)
        self.togglePlanButton.setObjectName(u"togglePlanButton")

        self.planButtons.addWidget(self.togglePlanButton)

        self.planButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planButtons.addItem(self.planButtonSpacer)


        self.plansLayout.addLayout(self.planButtons)

        self.plansTable = QTableView(self.plansTab)
        self.plansTable.setObjectName(u"plansTable")
        self.plansTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plansTable.setAlternatingRowColors(True)
        self.plansTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plansTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plansTable.setShowGrid(False)
        self.plansTable.horizontalHeader().setStretchLastSection(True)
        self.plansTable.verticalHeader().setVisible(False)

        self.plansLayout.addWidget(self.plansTable)

        self.plansErrorLabel = QLabel(self.plansTab)
        self.plansErrorLabel.setObjectName(u"plansErrorLabel")
        self.plansErrorLabel.setWordWrap(True)

        self.plansLayout.addWidget(self.plansErrorLabel)

        self.tabs.addTab(self.plansTab, "")
        self.staffTab = QWidget()
        self.staffTab.setObjectName(u"staffTab")
        self.staffLayout = QVBoxLayout(self.staffTab)
        self.staffLayout.setObjectName(u"staffLayout")
        self.staffButtons = QHBoxLayout()
        self.staffButtons.setObjectName(u"staffButtons")
        self.addStaffButton = QPushButton(self.staffTab)
        self.addStaffButton.setObjectName(u"addStaffButton")

        self.staffButtons.addWidget(self.addStaffButton)

        self.resetPasswordButton = QPushButton(self.staffTab)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.staffButtons.addWidget(self.resetPasswordButton)

        self.toggleStaffButton = QPushButton(self.staffTab)
        self.toggleStaffButton.setObjectName(u"toggleStaffButton")

        self.staffButtons.addWidget(self.toggleStaffButton)

        self.staffButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffButtons.addItem(self.staffButtonSpacer)


        self.staffLayout.addLayout(self.staffButtons)

        self.staffBody = QHBoxLayout()
        self.staffBody.setObjectName(u"staffBody")
        self.staffTable = QTableView(self.staffTab)
        self.staffTable.setObjectName(u"staffTable")
        self.staffTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staffTable.setAlternatingRowColors(True)
        self.staffTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staffTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staffTable.setShowGrid(False)
        self.staffTable.horizontalHeader().setStretchLastSection(True)
        self.staffTable.verticalHeader().setVisible(False)

        self.staffBody.addWidget(self.staffTable)

        self.accessGroup = QGroupBox(self.staffTab)
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

        self.staffErrorLabel = QLabel(self.staffTab)
        self.staffErrorLabel.setObjectName(u"staffErrorLabel")
        self.staffErrorLabel.setWordWrap(True)

        self.staffLayout.addWidget(self.staffErrorLabel)

        self.tabs.addTab(self.staffTab, "")
        self.studioTab = QWidget()
        self.studioTab.setObjectName(u"studioTab")
        self.studioLayout = QVBoxLayout(self.studioTab)
        self.studioLayout.setObjectName(u"studioLayout")
        self.studioForm = QFormLayout()
        self.studioForm.setObjectName(u"studioForm")
        self.studioNameLabel = QLabel(self.studioTab)
        self.studioNameLabel.setObjectName(u"studioNameLabel")

        self.studioForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.studioNameLabel)

        self.studioNameRow = QHBoxLayout()
        self.studioNameRow.setObjectName(u"studioNameRow")
        self.studioNameEdit = QLineEdit(self.studioTab)
        self.studioNameEdit.setObjectName(u"studioNameEdit")
        self.studioNameEdit.setMinimumSize(QSize(320, 0))

        self.studioNameRow.addWidget(self.studioNameEdit)

        self.saveStudioButton = QPushButton(self.studioTab)
        self.saveStudioButton.setObjectName(u"saveStudioButton")

        self.studioNameRow.addWidget(self.saveStudioButton)

        self.studioNameSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.studioNameRow.addItem(self.studioNameSpacer)


        self.studioForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.studioNameRow)


        self.studioLayout.addLayout(self.studioForm)

        self.studioHintLabel = QLabel(self.studioTab)
        self.studioHintLabel.setObjectName(u"studioHintLabel")
        self.studioHintLabel.setWordWrap(True)

        self.studioLayout.addWidget(self.studioHintLabel)

        self.billingGroup = QGroupBox(self.studioTab)
        self.billingGroup.setObjectName(u"billingGroup")
        self.billingGroup.setMaximumSize(QSize(820, 16777215))
        self.billingLayout = QVBoxLayout(self.billingGroup)
        self.billingLayout.setObjectName(u"billingLayout")
        self.enforceBillingCheck = QCheckBox(self.billingGroup)
        self.enforceBillingCheck.setObjectName(u"enforceBillingCheck")

        self.billingLayout.addWidget(self.enforceBillingCheck)

        self.enforceBillingHintLabel = QLabel(self.billingGroup)
        self.enforceBillingHintLabel.setObjectName(u"enforceBillingHintLabel")
        self.enforceBillingHintLabel.setWordWrap(True)

        self.billingLayout.addWidget(self.enforceBillingHintLabel)


        self.studioLayout.addWidget(self.billingGroup)

        self.studioErrorLabel = QLabel(self.studioTab)
        self.studioErrorLabel.setObjectName(u"studioErrorLabel")
        self.studioErrorLabel.setWordWrap(True)

        self.studioLayout.addWidget(self.studioErrorLabel)

        self.studioSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.studioLayout.addItem(self.studioSpacer)

        self.tabs.addTab(self.studioTab, "")

        self.layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.studioNameLabel.setBuddy(self.studioNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsView)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, SettingsView):
        SettingsView.setWindowTitle(QCoreApplication.translate("SettingsView", u"Settings", None))
        self.plansIntroLabel.setText(QCoreApplication.translate("SettingsView", u"Plans are what the studio sells. Deactivated plans are no longer offered for sale; memberships already sold from them stay as they are.", None))
        self.newPlanButton.setText(QCoreApplication.translate("SettingsView", u"&New plan\u2026", None))
        self.editPlanButton.setText(QCoreApplication.translate("SettingsView", u"&Edit\u2026", None))
        self.togglePlanButton.setText(QCoreApplication.translate("SettingsView", u"&Deactivate", None))
        self.plansErrorLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.plansTab), QCoreApplication.translate("SettingsView", u"Memberships", None))
        self.addStaffButton.setText(QCoreApplication.translate("SettingsView", u"&Add staff\u2026", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("SettingsView", u"&Reset password\u2026", None))
        self.toggleStaffButton.setText(QCoreApplication.translate("SettingsView", u"De&activate", None))
        self.accessGroup.setTitle(QCoreApplication.translate("SettingsView", u"Access", None))
        self.accessNoteLabel.setText(QCoreApplication.translate("SettingsView", u"Select an account to see its access.", None))
        self.accessHintLabel.setText(QCoreApplication.translate("SettingsView", u"Every account can work the front desk (members, sign-ups, sales). Privileges add the rest; a change takes effect at once, at every desk.", None))
        self.saveAccessButton.setText(QCoreApplication.translate("SettingsView", u"&Save access", None))
        self.staffErrorLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.staffTab), QCoreApplication.translate("SettingsView", u"Staff && access", None))
        self.studioNameLabel.setText(QCoreApplication.translate("SettingsView", u"Studio &name", None))
        self.studioNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsView", u"e.g. Lotus Yoga", None))
        self.saveStudioButton.setText(QCoreApplication.translate("SettingsView", u"Sa&ve", None))
        self.studioHintLabel.setText(QCoreApplication.translate("SettingsView", u"The studio name appears in the window title, on the login screen and on printed attendance sheets.", None))
        self.billingGroup.setTitle(QCoreApplication.translate("SettingsView", u"Sign-ups", None))
        self.enforceBillingCheck.setText(QCoreApplication.translate("SettingsView", u"&Enforce billing for session registration", None))
        self.enforceBillingHintLabel.setText(QCoreApplication.translate("SettingsView", u"On: a sign-up needs a membership that can pay. Off: the desk may register unpaid visits and take payment later.", None))
        self.studioErrorLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.studioTab), QCoreApplication.translate("SettingsView", u"Studio", None))
    # retranslateUi

