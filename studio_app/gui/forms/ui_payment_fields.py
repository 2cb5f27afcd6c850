# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_fields.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PaymentFields(object):
    def setupUi(self, PaymentFields):
        if not PaymentFields.objectName():
            PaymentFields.setObjectName(u"PaymentFields")
        PaymentFields.resize(460, 220)
        self.layout = QVBoxLayout(PaymentFields)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.amountLabel = QLabel(PaymentFields)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountValue = QLabel(PaymentFields)
        self.amountValue.setObjectName(u"amountValue")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amountValue)

        self.methodLabel = QLabel(PaymentFields)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(PaymentFields)
        self.methodCombo.setObjectName(u"methodCombo")
        self.methodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.methodCombo)


        self.layout.addLayout(self.form)

        self.discountBox = QGroupBox(PaymentFields)
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
        self.totalCaption = QLabel(PaymentFields)
        self.totalCaption.setObjectName(u"totalCaption")

        self.totalRow.addWidget(self.totalCaption)

        self.totalValue = QLabel(PaymentFields)
        self.totalValue.setObjectName(u"totalValue")

        self.totalRow.addWidget(self.totalValue)

        self.totalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.totalRow.addItem(self.totalSpacer)


        self.layout.addLayout(self.totalRow)

#if QT_CONFIG(shortcut)
        self.methodLabel.setBuddy(self.methodCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.methodCombo, self.noDiscountRadio)
        QWidget.setTabOrder(self.noDiscountRadio, self.loyaltyRadio)
        QWidget.setTabOrder(self.loyaltyRadio, self.otherRadio)
        QWidget.setTabOrder(self.otherRadio, self.otherEdit)

        self.retranslateUi(PaymentFields)
    # setupUi

    def retranslateUi(self, PaymentFields):
        self.amountLabel.setText(QCoreApplication.translate("PaymentFields", u"Installment", None))
        self.amountValue.setText("")
        self.methodLabel.setText(QCoreApplication.translate("PaymentFields", u"Paid &by", None))
        self.discountBox.setTitle(QCoreApplication.translate("PaymentFields", u"Discount (one only)", None))
        self.noDiscountRadio.setText(QCoreApplication.translate("PaymentFields", u"&No discount", None))
        self.loyaltyRadio.setText(QCoreApplication.translate("PaymentFields", u"&On-time discount", None))
        self.loyaltyNoteLabel.setStyleSheet(QCoreApplication.translate("PaymentFields", u"color: #4d5a5a;", None))
        self.loyaltyNoteLabel.setText("")
        self.otherRadio.setText(QCoreApplication.translate("PaymentFields", u"O&ther discount", None))
#if QT_CONFIG(tooltip)
        self.otherRadio.setToolTip(QCoreApplication.translate("PaymentFields", u"Another amount taken off the installment", None))
#endif // QT_CONFIG(tooltip)
        self.otherEdit.setPlaceholderText(QCoreApplication.translate("PaymentFields", u"e.g. 5 or 2,50", None))
#if QT_CONFIG(tooltip)
        self.otherEdit.setToolTip(QCoreApplication.translate("PaymentFields", u"The amount taken off the installment (needs the billing privilege).", None))
#endif // QT_CONFIG(tooltip)
        self.totalCaption.setStyleSheet(QCoreApplication.translate("PaymentFields", u"font-size: 15px;", None))
        self.totalCaption.setText(QCoreApplication.translate("PaymentFields", u"To pay", None))
        self.totalValue.setStyleSheet(QCoreApplication.translate("PaymentFields", u"font-size: 20px; font-weight: 600; color: #24484b;", None))
        self.totalValue.setText("")
        pass
    # retranslateUi

