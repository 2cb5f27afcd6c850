# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(500, 320)
        PaymentDialog.setMinimumSize(QSize(460, 0))
        self.layout = QVBoxLayout(PaymentDialog)
        self.layout.setObjectName(u"layout")
        self.memberLabel = QLabel(PaymentDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setWordWrap(True)

        self.layout.addWidget(self.memberLabel)

        self.installmentLabel = QLabel(PaymentDialog)
        self.installmentLabel.setObjectName(u"installmentLabel")
        self.installmentLabel.setWordWrap(True)

        self.layout.addWidget(self.installmentLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.amountLabel = QLabel(PaymentDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountValue = QLabel(PaymentDialog)
        self.amountValue.setObjectName(u"amountValue")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amountValue)

        self.methodLabel = QLabel(PaymentDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(PaymentDialog)
        self.methodCombo.setObjectName(u"methodCombo")
        self.methodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.methodCombo)


        self.layout.addLayout(self.form)

        self.discountBox = QGroupBox(PaymentDialog)
        self.discountBox.setObjectName(u"discountBox")
        self.discountLayout = QVBoxLayout(self.discountBox)
        self.discountLayout.setSpacing(4)
        self.discountLayout.setObjectName(u"discountLayout")
        self.noDiscountRadio = QRadioButton(self.discountBox)
        self.noDiscountRadio.setObjectName(u"noDiscountRadio")
        self.noDiscountRadio.setChecked(True)

        self.discountLayout.addWidget(self.noDiscountRadio)

        self.loyaltyRadio = QRadioButton(self.discountBox)
        self.loyaltyRadio.setObjectName(u"loyaltyRadio")

        self.discountLayout.addWidget(self.loyaltyRadio)

        self.loyaltyNoteRow = QHBoxLayout()
        self.loyaltyNoteRow.setObjectName(u"loyaltyNoteRow")
        self.indentSpacer = QSpacerItem(22, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.loyaltyNoteRow.addItem(self.indentSpacer)

        self.loyaltyNoteLabel = QLabel(self.discountBox)
        self.loyaltyNoteLabel.setObjectName(u"loyaltyNoteLabel")
        self.loyaltyNoteLabel.setWordWrap(True)

        self.loyaltyNoteRow.addWidget(self.loyaltyNoteLabel)

        self.loyaltyNoteRow.setStretch(1, 1)

        self.discountLayout.addLayout(self.loyaltyNoteRow)

        self.otherRow = QHBoxLayout()
        self.otherRow.setObjectName(u"otherRow")
        self.otherRadio = QRadioButton(self.discountBox)
        self.otherRadio.setObjectName(u"otherRadio")

        self.otherRow.addWidget(self.otherRadio)

        self.otherEdit = QLineEdit(self.discountBox)
        self.otherEdit.setObjectName(u"otherEdit")
        self.otherEdit.setMaximumSize(QSize(120, 16777215))

        self.otherRow.addWidget(self.otherEdit)

        self.otherSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.otherRow.addItem(self.otherSpacer)


        self.discountLayout.addLayout(self.otherRow)


        self.layout.addWidget(self.discountBox)

        self.totalRow = QHBoxLayout()
        self.totalRow.setObjectName(u"totalRow")
        self.totalCaption = QLabel(PaymentDialog)
        self.totalCaption.setObjectName(u"totalCaption")

        self.totalRow.addWidget(self.totalCaption)

        self.totalValue = QLabel(PaymentDialog)
        self.totalValue.setObjectName(u"totalValue")

        self.totalRow.addWidget(self.totalValue)

        self.totalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.totalRow.addItem(self.totalSpacer)


        self.layout.addLayout(self.totalRow)

        self.errorLabel = QLabel(PaymentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(PaymentDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.payButton = QPushButton(PaymentDialog)
        self.payButton.setObjectName(u"payButton")

        self.buttons.addWidget(self.payButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.methodLabel.setBuddy(self.methodCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.methodCombo, self.noDiscountRadio)
        QWidget.setTabOrder(self.noDiscountRadio, self.loyaltyRadio)
        QWidget.setTabOrder(self.loyaltyRadio, self.otherRadio)
        QWidget.setTabOrder(self.otherRadio, self.otherEdit)
        QWidget.setTabOrder(self.otherEdit, self.payButton)
        QWidget.setTabOrder(self.payButton, self.cancelButton)

        self.retranslateUi(PaymentDialog)

        self.payButton.setDefault(True)

    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Take payment", None))
        self.memberLabel.setStyleSheet(QCoreApplication.translate("PaymentDialog", u"font-size: 15px; font-weight: 600; color: #24484b;", None))
        self.memberLabel.setText("")
        self.installmentLabel.setStyleSheet(QCoreApplication.translate("PaymentDialog", u"color: #4d5a5a;", None))
        self.installmentLabel.setText("")
        self.amountLabel.setText(QCoreApplication.translate("PaymentDialog", u"Installment", None))
        self.amountValue.setText("")
        self.methodLabel.setText(QCoreApplication.translate("PaymentDialog", u"Paid &by", None))
        self.discountBox.setTitle(QCoreApplication.translate("PaymentDialog", u"Discount (one only)", None))
        self.noDiscountRadio.setText(QCoreApplication.translate("PaymentDialog", u"&No discount", None))
        self.loyaltyRadio.setText(QCoreApplication.translate("PaymentDialog", u"&On-time discount", None))
        self.loyaltyNoteLabel.setStyleSheet(QCoreApplication.translate("PaymentDialog", u"color: #4d5a5a;", None))
        self.loyaltyNoteLabel.setText("")
        self.otherRadio.setText(QCoreApplication.translate("PaymentDialog", u"O&ther discount", None))
        self.otherEdit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"e.g. 5 or 2,50", None))
#if QT_CONFIG(tooltip)
        self.otherEdit.setToolTip(QCoreApplication.translate("PaymentDialog", u"The amount taken off the installment (needs the billing privilege).", None))
#endif // QT_CONFIG(tooltip)
        self.totalCaption.setStyleSheet(QCoreApplication.translate("PaymentDialog", u"font-size: 15px;", None))
        self.totalCaption.setText(QCoreApplication.translate("PaymentDialog", u"To pay", None))
        self.totalValue.setStyleSheet(QCoreApplication.translate("PaymentDialog", u"font-size: 20px; font-weight: 600; color: #24484b;", None))
        self.totalValue.setText("")
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("PaymentDialog", u"Cancel", None))
        self.payButton.setText(QCoreApplication.translate("PaymentDialog", u"Record payment", None))
    # retranslateUi

