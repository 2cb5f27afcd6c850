# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

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

        self.fieldsLayout = QVBoxLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")

        self.layout.addLayout(self.fieldsLayout)

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


        self.retranslateUi(PaymentDialog)

        self.payButton.setDefault(True)

    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Take payment", None))
        self.memberLabel.setStyleSheet(QCoreApplication.translate("PaymentDialog", u"font-size: 15px; font-weight: 600; color: #24484b;", None))
        self.memberLabel.setText("")
        self.installmentLabel.setStyleSheet(QCoreApplication.translate("PaymentDialog", u"color: #4d5a5a;", None))
        self.installmentLabel.setText("")
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("PaymentDialog", u"Cancel", None))
        self.payButton.setText(QCoreApplication.translate("PaymentDialog", u"Record payment", None))
    # retranslateUi

