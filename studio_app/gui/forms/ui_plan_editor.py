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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_PlanEditorDialog(object):
    def setupUi(self, PlanEditorDialog):
        if not PlanEditorDialog.objectName():
            PlanEditorDialog.setObjectName(u"PlanEditorDialog")
        PlanEditorDialog.resize(760, 520)
        self.layout = QVBoxLayout(PlanEditorDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(PlanEditorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PlanEditorDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(PlanEditorDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(PlanEditorDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.priceLabel = QLabel(PlanEditorDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceEdit = QLineEdit(PlanEditorDialog)
        self.priceEdit.setObjectName(u"priceEdit")
        self.priceEdit.setMaximumSize(QSize(140, 16777215))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.priceEdit)

        self.durationLabel = QLabel(PlanEditorDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationRow = QHBoxLayout()
        self.durationRow.setObjectName(u"durationRow")
        self.durationSpin = QSpinBox(PlanEditorDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(1)
        self.durationSpin.setMaximum(999)
        self.durationSpin.setValue(1)

        self.durationRow.addWidget(self.durationSpin)

        self.unitCombo = QComboBox(PlanEditorDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.durationRow.addWidget(self.unitCombo)

        self.durationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.durationRow.addItem(self.durationSpacer)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.durationRow)

        self.sessionsLabel = QLabel(PlanEditorDialog)
        self.sessionsLabel.setObjectName(u"sessionsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sessionsLabel)

        self.sessionsRow = QHBoxLayout()
        self.sessionsRow.setObjectName(u"sessionsRow")
        self.sessionsSpin = QSpinBox(PlanEditorDialog)
        self.sessionsSpin.setObjectName(u"sessionsSpin")
        self.sessionsSpin.setMinimum(1)
        self.sessionsSpin.setMaximum(999)
        self.sessionsSpin.setValue(10)

        self.sessionsRow.addWidget(self.sessionsSpin)

        self.sessionsHintLabel = QLabel(PlanEditorDialog)
        self.sessionsHintLabel.setObjectName(u"sessionsHintLabel")

        self.sessionsRow.addWidget(self.sessionsHintLabel)

        self.sessionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionsRow.addItem(self.sessionsSpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.sessionsRow)

        self.categoryLabel = QLabel(PlanEditorDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(PlanEditorDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.activeCheck = QCheckBox(PlanEditorDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.layout.addLayout(self.form)

        self.creditsGroup = QGroupBox(PlanEditorDialog)
        self.creditsGroup.setObjectName(u"creditsGroup")
        self.creditsLayout = QVBoxLayout(self.creditsGroup)
        self.creditsLayout.setObjectName(u"creditsLayout")
        self.creditsIntroLabel = QLabel(self.creditsGroup)
        self.creditsIntroLabel.setObjectName(u"creditsIntroLabel")
        self.creditsIntroLabel.setWordWrap(True)

        self.creditsLayout.addWidget(self.creditsIntroLabel)


        self.layout.addWidget(self.creditsGroup)

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

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

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
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.priceEdit)
        QWidget.setTabOrder(self.priceEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.sessionsSpin)
        QWidget.setTabOrder(self.sessionsSpin, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(PlanEditorDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, PlanEditorDialog):
        PlanEditorDialog.setWindowTitle(QCoreApplication.translate("PlanEditorDialog", u"New plan", None))
        self.nameLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PlanEditorDialog", u"e.g. 10-class pass", None))
        self.kindLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"&Kind", None))
        self.priceLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"&Price", None))
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("PlanEditorDialog", u"e.g. 90 or 31,50", None))
        self.durationLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"&Valid for", None))
        self.sessionsLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"&Sessions", None))
        self.sessionsHintLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"not counted: time-based plans are unlimited", None))
        self.categoryLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"&Credit category", None))
        self.activeCheck.setText(QCoreApplication.translate("PlanEditorDialog", u"&Active (offered for sale)", None))
        self.creditsGroup.setTitle(QCoreApplication.translate("PlanEditorDialog", u"Credit settings", None))
        self.creditsIntroLabel.setText("")
        self.summaryLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("PlanEditorDialog", u"Editing a plan never rewrites memberships already sold: they keep the price, dates and sessions they were sold with. Changes apply to sales from now on.", None))
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("PlanEditorDialog", u"Cancel", None))
        self.okButton.setText(QCoreApplication.translate("PlanEditorDialog", u"Create plan", None))
    # retranslateUi

