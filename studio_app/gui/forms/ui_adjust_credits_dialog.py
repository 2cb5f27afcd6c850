# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'adjust_credits_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_AdjustCreditsDialog(object):
    def setupUi(self, AdjustCreditsDialog):
        if not AdjustCreditsDialog.objectName():
            AdjustCreditsDialog.setObjectName(u"AdjustCreditsDialog")
        AdjustCreditsDialog.resize(520, 330)
        self.layout = QVBoxLayout(AdjustCreditsDialog)
        self.layout.setObjectName(u"layout")
        self.memberLabel = QLabel(AdjustCreditsDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.layout.addWidget(self.memberLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.membershipLabel = QLabel(AdjustCreditsDialog)
        self.membershipLabel.setObjectName(u"membershipLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.membershipLabel)

        self.membershipCombo = QComboBox(AdjustCreditsDialog)
        self.membershipCombo.setObjectName(u"membershipCombo")
        self.membershipCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.membershipCombo)

        self.categoryLabel = QLabel(AdjustCreditsDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(AdjustCreditsDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)
        self.categoryCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.changeLabel = QLabel(AdjustCreditsDialog)
        self.changeLabel.setObjectName(u"changeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.changeLabel)

        self.changeLayout = QHBoxLayout()
        self.changeLayout.setObjectName(u"changeLayout")
        self.addRadio = QRadioButton(AdjustCreditsDialog)
        self.addRadio.setObjectName(u"addRadio")
        self.addRadio.setChecked(True)

        self.changeLayout.addWidget(self.addRadio)

        self.removeRadio = QRadioButton(AdjustCreditsDialog)
        self.removeRadio.setObjectName(u"removeRadio")

        self.changeLayout.addWidget(self.removeRadio)

        self.changeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.changeLayout.addItem(self.changeSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.changeLayout)

        self.amountLabel = QLabel(AdjustCreditsDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountSpin = QSpinBox(AdjustCreditsDialog)
        self.amountSpin.setObjectName(u"amountSpin")
        self.amountSpin.setMinimum(1)
        self.amountSpin.setMaximum(999)
        self.amountSpin.setValue(1)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amountSpin)

        self.expiresLabel = QLabel(AdjustCreditsDialog)
        self.expiresLabel.setObjectName(u"expiresLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.expiresLabel)

        self.expiresDateEdit = QDateEdit(AdjustCreditsDialog)
        self.expiresDateEdit.setObjectName(u"expiresDateEdit")
        self.expiresDateEdit.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.expiresDateEdit)

        self.reasonLabel = QLabel(AdjustCreditsDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(AdjustCreditsDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.previewLabel = QLabel(AdjustCreditsDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.previewLabel)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(AdjustCreditsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(AdjustCreditsDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.adjustButton = QPushButton(AdjustCreditsDialog)
        self.adjustButton.setObjectName(u"adjustButton")

        self.buttons.addWidget(self.adjustButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.membershipLabel.setBuddy(self.membershipCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.amountLabel.setBuddy(self.amountSpin)
        self.expiresLabel.setBuddy(self.expiresDateEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.membershipCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.addRadio)
        QWidget.setTabOrder(self.addRadio, self.removeRadio)
        QWidget.setTabOrder(self.removeRadio, self.amountSpin)
        QWidget.setTabOrder(self.amountSpin, self.expiresDateEdit)
        QWidget.setTabOrder(self.expiresDateEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.adjustButton)
        QWidget.setTabOrder(self.adjustButton, self.cancelButton)

        self.retranslateUi(AdjustCreditsDialog)

        self.adjustButton.setDefault(True)

    # setupUi

    def retranslateUi(self, AdjustCreditsDialog):
        AdjustCreditsDialog.setWindowTitle(QCoreApplication.translate("AdjustCreditsDialog", u"Adjust credits", None))
        self.memberLabel.setStyleSheet(QCoreApplication.translate("AdjustCreditsDialog", u"font-size: 15px; font-weight: 600; color: #24484b;", None))
        self.memberLabel.setText("")
        self.membershipLabel.setText(QCoreApplication.translate("AdjustCreditsDialog", u"&Membership", None))
        self.categoryLabel.setText(QCoreApplication.translate("AdjustCreditsDialog", u"C&ategory", None))
#if QT_CONFIG(tooltip)
        self.categoryCombo.setToolTip(QCoreApplication.translate("AdjustCreditsDialog", u"The kind of credits to change (pick one the membership holds, or type another)", None))
#endif // QT_CONFIG(tooltip)
        self.changeLabel.setText(QCoreApplication.translate("AdjustCreditsDialog", u"Change", None))
        self.addRadio.setText(QCoreApplication.translate("AdjustCreditsDialog", u"A&dd credits", None))
        self.removeRadio.setText(QCoreApplication.translate("AdjustCreditsDialog", u"&Remove credits", None))
        self.amountLabel.setText(QCoreApplication.translate("AdjustCreditsDialog", u"&Number of credits", None))
        self.expiresLabel.setText(QCoreApplication.translate("AdjustCreditsDialog", u"&Expires on", None))
        self.expiresDateEdit.setDisplayFormat(QCoreApplication.translate("AdjustCreditsDialog", u"d MMM yyyy", None))
#if QT_CONFIG(tooltip)
        self.expiresDateEdit.setToolTip(QCoreApplication.translate("AdjustCreditsDialog", u"Added credits can be used until this day (the membership's end by default)", None))
#endif // QT_CONFIG(tooltip)
        self.reasonLabel.setText(QCoreApplication.translate("AdjustCreditsDialog", u"Rea&son", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("AdjustCreditsDialog", u"Required: goes into the credit history and the user log", None))
        self.previewLabel.setStyleSheet(QCoreApplication.translate("AdjustCreditsDialog", u"color: #1e5b2f;", None))
        self.previewLabel.setText("")
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("AdjustCreditsDialog", u"Cancel", None))
        self.adjustButton.setText(QCoreApplication.translate("AdjustCreditsDialog", u"Adjust", None))
    # retranslateUi

