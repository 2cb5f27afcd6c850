# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'product_sale_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_ProductSaleDialog(object):
    def setupUi(self, ProductSaleDialog):
        if not ProductSaleDialog.objectName():
            ProductSaleDialog.setObjectName(u"ProductSaleDialog")
        ProductSaleDialog.resize(480, 280)
        ProductSaleDialog.setMinimumSize(QSize(460, 0))
        self.layout = QVBoxLayout(ProductSaleDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(ProductSaleDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15px; font-weight: 600; color: #24484b;")
        self.titleLabel.setWordWrap(True)

        self.layout.addWidget(self.titleLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buyerLabel = QLabel(ProductSaleDialog)
        self.buyerLabel.setObjectName(u"buyerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.buyerLabel)

        self.buyerBox = QVBoxLayout()
        self.buyerBox.setObjectName(u"buyerBox")
        self.memberNameLabel = QLabel(ProductSaleDialog)
        self.memberNameLabel.setObjectName(u"memberNameLabel")
        self.memberNameLabel.setStyleSheet(u"font-weight: 600;")

        self.buyerBox.addWidget(self.memberNameLabel)

        self.buyerChoice = QHBoxLayout()
        self.buyerChoice.setObjectName(u"buyerChoice")
        self.memberRadio = QRadioButton(ProductSaleDialog)
        self.memberRadio.setObjectName(u"memberRadio")
        self.memberRadio.setChecked(True)

        self.buyerChoice.addWidget(self.memberRadio)

        self.walkInRadio = QRadioButton(ProductSaleDialog)
        self.walkInRadio.setObjectName(u"walkInRadio")

        self.buyerChoice.addWidget(self.walkInRadio)

        self.buyerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buyerChoice.addItem(self.buyerSpacer)


        self.buyerBox.addLayout(self.buyerChoice)

        self.memberEdit = QLineEdit(ProductSaleDialog)
        self.memberEdit.setObjectName(u"memberEdit")
        self.memberEdit.setClearButtonEnabled(True)

        self.buyerBox.addWidget(self.memberEdit)

        self.suggestionsList = QListWidget(ProductSaleDialog)
        self.suggestionsList.setObjectName(u"suggestionsList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.suggestionsList.sizePolicy().hasHeightForWidth())
        self.suggestionsList.setSizePolicy(sizePolicy)
        self.suggestionsList.setMinimumSize(QSize(0, 84))
        self.suggestionsList.setMaximumSize(QSize(16777215, 84))

        self.buyerBox.addWidget(self.suggestionsList)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.buyerBox)

        self.productLabel = QLabel(ProductSaleDialog)
        self.productLabel.setObjectName(u"productLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.productLabel)

        self.productCombo = QComboBox(ProductSaleDialog)
        self.productCombo.setObjectName(u"productCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.productCombo)

        self.quantityLabel = QLabel(ProductSaleDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantitySpin = QSpinBox(ProductSaleDialog)
        self.quantitySpin.setObjectName(u"quantitySpin")
        self.quantitySpin.setMinimum(1)
        self.quantitySpin.setMaximum(99)
        self.quantitySpin.setValue(1)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.quantitySpin)

        self.methodLabel = QLabel(ProductSaleDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(ProductSaleDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.methodHintLabel = QLabel(ProductSaleDialog)
        self.methodHintLabel.setObjectName(u"methodHintLabel")
        self.methodHintLabel.setStyleSheet(u"color: #5c6670;")
        self.methodHintLabel.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.methodHintLabel)


        self.layout.addLayout(self.form)

        self.totalLabel = QLabel(ProductSaleDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setStyleSheet(u"color: #1e5b2f; font-size: 15px; font-weight: 600;")
        self.totalLabel.setWordWrap(True)

        self.layout.addWidget(self.totalLabel)

        self.errorLabel = QLabel(ProductSaleDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ProductSaleDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.sellButton = QPushButton(ProductSaleDialog)
        self.sellButton.setObjectName(u"sellButton")
        self.sellButton.setAutoDefault(False)

        self.buttons.addWidget(self.sellButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.productLabel.setBuddy(self.productCombo)
        self.quantityLabel.setBuddy(self.quantitySpin)
        self.methodLabel.setBuddy(self.methodCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.memberRadio, self.walkInRadio)
        QWidget.setTabOrder(self.walkInRadio, self.memberEdit)
        QWidget.setTabOrder(self.memberEdit, self.suggestionsList)
        QWidget.setTabOrder(self.suggestionsList, self.productCombo)
        QWidget.setTabOrder(self.productCombo, self.quantitySpin)
        QWidget.setTabOrder(self.quantitySpin, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.sellButton)
        QWidget.setTabOrder(self.sellButton, self.cancelButton)

        self.retranslateUi(ProductSaleDialog)
    # setupUi

    def retranslateUi(self, ProductSaleDialog):
        ProductSaleDialog.setWindowTitle(QCoreApplication.translate("ProductSaleDialog", u"Sell product", None))
        self.titleLabel.setText(QCoreApplication.translate("ProductSaleDialog", u"Sell a product at the desk", None))
        self.buyerLabel.setText(QCoreApplication.translate("ProductSaleDialog", u"Buyer", None))
        self.memberNameLabel.setText("")
        self.memberRadio.setText(QCoreApplication.translate("ProductSaleDialog", u"A &member", None))
        self.walkInRadio.setText(QCoreApplication.translate("ProductSaleDialog", u"&Walk-in (no member)", None))
        self.memberEdit.setPlaceholderText(QCoreApplication.translate("ProductSaleDialog", u"Type part of the member's name\u2026", None))
#if QT_CONFIG(tooltip)
        self.suggestionsList.setToolTip(QCoreApplication.translate("ProductSaleDialog", u"\u2191/\u2193 or a click chooses the member", None))
#endif // QT_CONFIG(tooltip)
        self.productLabel.setText(QCoreApplication.translate("ProductSaleDialog", u"&Product", None))
        self.quantityLabel.setText(QCoreApplication.translate("ProductSaleDialog", u"&Quantity", None))
        self.methodLabel.setText(QCoreApplication.translate("ProductSaleDialog", u"Paid &by", None))
        self.methodHintLabel.setText("")
        self.totalLabel.setText("")
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("ProductSaleDialog", u"Cancel", None))
        self.sellButton.setText(QCoreApplication.translate("ProductSaleDialog", u"&Sell", None))
    # retranslateUi

