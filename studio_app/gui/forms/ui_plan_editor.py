# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_PlanEditorDialog(object):
    def setupUi(self, PlanEditorDialog):
        if not PlanEditorDialog.objectName():
            PlanEditorDialog.setObjectName(u"PlanEditorDialog")
        PlanEditorDialog.resize(900, 560)
        self.layout = QVBoxLayout(PlanEditorDialog)
        self.layout.setObjectName(u"layout")
        self.tabs = QTabWidget(PlanEditorDialog)
        self.tabs.setObjectName(u"tabs")
        self.planPage = QWidget()
        self.planPage.setObjectName(u"planPage")
        self.planLayout = QVBoxLayout(self.planPage)
        self.planLayout.setObjectName(u"planLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(self.planPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.planPage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(self.planPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.planPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindHintLabel = QLabel(self.planPage)
        self.kindHintLabel.setObjectName(u"kindHintLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindHintLabel)

        self.priceLabel = QLabel(self.planPage)
        self.priceLabel.setObjectName(u"priceLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceEdit = QLineEdit(self.planPage)
        self.priceEdit.setObjectName(u"priceEdit")
        self.priceEdit.setMaximumSize(QSize(140, 16777215))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.priceEdit)

        self.durationLabel = QLabel(self.planPage)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationRow = QHBoxLayout()
        self.durationRow.setObjectName(u"durationRow")
        self.durationSpin = QSpinBox(self.planPage)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(1)
        self.durationSpin.setMaximum(999)
        self.durationSpin.setValue(1)

        self.durationRow.addWidget(self.durationSpin)

        self.unitCombo = QComboBox(self.planPage)
        self.unitCombo.setObjectName(u"unitCombo")

        self.durationRow.addWidget(self.unitCombo)

        self.durationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.durationRow.addItem(self.durationSpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.durationRow)

        self.sessionsLabel = QLabel(self.planPage)
        self.sessionsLabel.setObjectName(u"sessionsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sessionsLabel)

        self.sessionsRow = QHBoxLayout()
        self.sessionsRow.setObjectName(u"sessionsRow")
        self.sessionsSpin = QSpinBox(self.planPage)
        self.sessionsSpin.setObjectName(u"sessionsSpin")
        self.sessionsSpin.setMinimum(1)
        self.sessionsSpin.setMaximum(999)
        self.sessionsSpin.setValue(10)

        self.sessionsRow.addWidget(self.sessionsSpin)

        self.sessionsHintLabel = QLabel(self.planPage)
        self.sessionsHintLabel.setObjectName(u"sessionsHintLabel")

        self.sessionsRow.addWidget(self.sessionsHintLabel)

        self.sessionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionsRow.addItem(self.sessionsSpacer)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.sessionsRow)

        self.categoryLabel = QLabel(self.planPage)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.planPage)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.activeCheck = QCheckBox(self.planPage)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.planLayout.addLayout(self.form)

        self.planSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.planLayout.addItem(self.planSpacer)

        self.tabs.addTab(self.planPage, "")
        self.creditsPage = QWidget()
        self.creditsPage.setObjectName(u"creditsPage")
        self.creditsPageLayout = QVBoxLayout(self.creditsPage)
        self.creditsPageLayout.setObjectName(u"creditsPageLayout")
        self.creditsGroup = QGroupBox(self.creditsPage)
        self.creditsGroup.setObjectName(u"creditsGroup")
        self.creditsLayout = QVBoxLayout(self.creditsGroup)
        self.creditsLayout.setObjectName(u"creditsLayout")
        self.creditsIntroLabel = QLabel(self.creditsGroup)
        self.creditsIntroLabel.setObjectName(u"creditsIntroLabel")
        self.creditsIntroLabel.setWordWrap(True)

        self.creditsLayout.addWidget(self.creditsIntroLabel)


        self.creditsPageLayout.addWidget(self.creditsGroup)

        self.creditsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.creditsPageLayout.addItem(self.creditsSpacer)

        self.tabs.addTab(self.creditsPage, "")
        self.restrictionsPage = QWidget()
        self.restrictionsPage.setObjectName(u"restrictionsPage")
        self.restrictionsPageLayout = QVBoxLayout(self.restrictionsPage)
        self.restrictionsPageLayout.setObjectName(u"restrictionsPageLayout")
        self.restrictionsGroup = QGroupBox(self.restrictionsPage)
        self.restrictionsGroup.setObjectName(u"restrictionsGroup")
        self.restrictionsLayout = QVBoxLayout(self.restrictionsGroup)
        self.restrictionsLayout.setObjectName(u"restrictionsLayout")
        self.restrictionsIntroLabel = QLabel(self.restrictionsGroup)
        self.restrictionsIntroLabel.setObjectName(u"restrictionsIntroLabel")
        self.restrictionsIntroLabel.setWordWrap(True)

        self.restrictionsLayout.addWidget(self.restrictionsIntroLabel)


        self.restrictionsPageLayout.addWidget(self.restrictionsGroup)

        self.holdsGroup = QGroupBox(self.restrictionsPage)
        self.holdsGroup.setObjectName(u"holdsGroup")
        self.holdsLayout = QVBoxLayout(self.holdsGroup)
        self.holdsLayout.setObjectName(u"holdsLayout")

        self.restrictionsPageLayout.addWidget(self.holdsGroup)

        self.restrictionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.restrictionsPageLayout.addItem(self.restrictionsSpacer)

        self.tabs.addTab(self.restrictionsPage, "")
        self.packagePage = QWidget()
        self.packagePage.setObjectName(u"packagePage")
        self.packageLayout = QVBoxLayout(self.packagePage)
        self.packageLayout.setObjectName(u"packageLayout")
        self.packageIntroLabel = QLabel(self.packagePage)
        self.packageIntroLabel.setObjectName(u"packageIntroLabel")
        self.packageIntroLabel.setWordWrap(True)

        self.packageLayout.addWidget(self.packageIntroLabel)

        self.itemsLabel = QLabel(self.packagePage)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.packageLayout.addWidget(self.itemsLabel)

        self.itemsList = QListWidget(self.packagePage)
        self.itemsList.setObjectName(u"itemsList")
        self.itemsList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.packageLayout.addWidget(self.itemsList)

        self.itemsEmptyLabel = QLabel(self.packagePage)
        self.itemsEmptyLabel.setObjectName(u"itemsEmptyLabel")
        self.itemsEmptyLabel.setWordWrap(True)

        self.packageLayout.addWidget(self.itemsEmptyLabel)

        self.tabs.addTab(self.packagePage, "")
        self.advancedPage = QWidget()
        self.advancedPage.setObjectName(u"advancedPage")
        self.advancedLayout = QVBoxLayout(self.advancedPage)
        self.advancedLayout.setObjectName(u"advancedLayout")
        self.advancedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.advancedLayout.addItem(self.advancedSpacer)

        self.tabs.addTab(self.advancedPage, "")

        self.layout.addWidget(self.tabs)

        self.summaryLabel = QLabel(PlanEditorDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.hintLabel = QLabel(PlanEditorDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(PlanEditorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(PlanEditorDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)

        self.okButton = QPushButton(PlanEditorDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.priceLabel.setBuddy(self.priceEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.sessionsLabel.setBuddy(self.sessionsSpin)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.itemsLabel.setBuddy(self.itemsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.priceEdit)
        QWidget.setTabOrder(self.priceEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.sessionsSpin)
        QWidget.setTabOrder(self.sessionsSpin, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.itemsList)
        QWidget.setTabOrder(self.itemsList, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(PlanEditorDialog)

        self.tabs.setCurrentIndex(0)
        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, PlanEditorDialog):
        PlanEditorDialog.setWindowTitle(QCoreApplication.translate("PlanEditorDialog", u"New plan", None))
        self.nameLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PlanEditorDialog", u"e.g. 10-class pass", None))
        self.kindLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"&Kind", None))
        self.kindHintLabel.setText("")
        self.priceLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"&Price", None))
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("PlanEditorDialog", u"e.g. 90 or 31,50", None))
        self.durationLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"&Valid for", None))
        self.sessionsLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"&Sessions", None))
        self.sessionsHintLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"not counted: time-based plans are unlimited", None))
        self.categoryLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"&Credit category", None))
        self.activeCheck.setText(QCoreApplication.translate("PlanEditorDialog", u"&Active (offered for sale)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.planPage), QCoreApplication.translate("PlanEditorDialog", u"P&lan", None))
        self.creditsGroup.setTitle(QCoreApplication.translate("PlanEditorDialog", u"Credit settings", None))
        self.creditsIntroLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.creditsPage), QCoreApplication.translate("PlanEditorDialog", u"Cre&dits", None))
        self.restrictionsGroup.setTitle(QCoreApplication.translate("PlanEditorDialog", u"Attendance restrictions", None))
        self.restrictionsIntroLabel.setText("")
        self.holdsGroup.setTitle(QCoreApplication.translate("PlanEditorDialog", u"Holds (freezes)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.restrictionsPage), QCoreApplication.translate("PlanEditorDialog", u"Restrictions && &holds", None))
        self.packageIntroLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"A package sells the plans ticked below together: each becomes its own membership inside the package, with its own sessions and credits. The package's restrictions count the visits of all its plans together, and each plan's own restrictions still apply.", None))
        self.itemsLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"Plans &in this package", None))
        self.itemsEmptyLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"No plans to bundle yet: create the passes or memberships first, then the package.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.packagePage), QCoreApplication.translate("PlanEditorDialog", u"Packa&ge", None))
        self.tabs.setTabText(self.tabs.indexOf(self.advancedPage), QCoreApplication.translate("PlanEditorDialog", u"Advanc&ed settings", None))
        self.summaryLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"Editing a plan never rewrites memberships already sold: they keep the price, dates and sessions they were sold with. Changes apply to sales from now on.", None))
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("PlanEditorDialog", u"Cancel", None))
        self.okButton.setText(QCoreApplication.translate("PlanEditorDialog", u"Create plan", None))
    # retranslateUi

