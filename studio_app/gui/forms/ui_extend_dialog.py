# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'extend_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExtendDialog(object):
    def setupUi(self, ExtendDialog):
        if not ExtendDialog.objectName():
            ExtendDialog.setObjectName(u"ExtendDialog")
        ExtendDialog.resize(480, 240)
        ExtendDialog.setMinimumSize(QSize(440, 0))
        self.layout = QVBoxLayout(ExtendDialog)
        self.layout.setObjectName(u"layout")
        self.memberLabel = QLabel(ExtendDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setWordWrap(True)

        self.layout.addWidget(self.memberLabel)

        self.previewBox = QGroupBox(ExtendDialog)
        self.previewBox.setObjectName(u"previewBox")
        self.previewForm = QFormLayout(self.previewBox)
        self.previewForm.setObjectName(u"previewForm")
        self.periodLabel = QLabel(self.previewBox)
        self.periodLabel.setObjectName(u"periodLabel")

        self.previewForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodValue = QLabel(self.previewBox)
        self.periodValue.setObjectName(u"periodValue")

        self.previewForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.periodValue)

        self.numberLabel = QLabel(self.previewBox)
        self.numberLabel.setObjectName(u"numberLabel")

        self.previewForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberValue = QLabel(self.previewBox)
        self.numberValue.setObjectName(u"numberValue")

        self.previewForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberValue)

        self.amountLabel = QLabel(self.previewBox)
        self.amountLabel.setObjectName(u"amountLabel")

        self.previewForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountValue = QLabel(self.previewBox)
        self.amountValue.setObjectName(u"amountValue")

        self.previewForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amountValue)

        self.cappedLabel = QLabel(self.previewBox)
        self.cappedLabel.setObjectName(u"cappedLabel")
        self.cappedLabel.setWordWrap(True)

        self.previewForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.cappedLabel)


        self.layout.addWidget(self.previewBox)

        self.payNowCheck = QCheckBox(ExtendDialog)
        self.payNowCheck.setObjectName(u"payNowCheck")
        self.payNowCheck.setChecked(True)

        self.layout.addWidget(self.payNowCheck)

        self.errorLabel = QLabel(ExtendDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ExtendDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.okButton = QPushButton(ExtendDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)


        self.layout.addLayout(self.buttons)

        QWidget.setTabOrder(self.payNowCheck, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(ExtendDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ExtendDialog):
        ExtendDialog.setWindowTitle(QCoreApplication.translate("ExtendDialog", u"Extend membership", None))
        self.memberLabel.setStyleSheet(QCoreApplication.translate("ExtendDialog", u"font-size: 15px; font-weight: 600; color: #24484b;", None))
        self.memberLabel.setText("")
        self.previewBox.setTitle(QCoreApplication.translate("ExtendDialog", u"The next period", None))
        self.periodLabel.setText(QCoreApplication.translate("ExtendDialog", u"Period", None))
        self.periodValue.setStyleSheet(QCoreApplication.translate("ExtendDialog", u"font-weight: 600;", None))
        self.periodValue.setText("")
        self.numberLabel.setText(QCoreApplication.translate("ExtendDialog", u"Installment", None))
        self.numberValue.setText("")
        self.amountLabel.setText(QCoreApplication.translate("ExtendDialog", u"Amount", None))
        self.amountValue.setText("")
        self.cappedLabel.setStyleSheet(QCoreApplication.translate("ExtendDialog", u"color: #7a4b00;", None))
        self.cappedLabel.setText("")
        self.payNowCheck.setText(QCoreApplication.translate("ExtendDialog", u"&Take payment now", None))
#if QT_CONFIG(tooltip)
        self.payNowCheck.setToolTip(QCoreApplication.translate("ExtendDialog", u"After extending, open the payment of the new installment.", None))
#endif // QT_CONFIG(tooltip)
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("ExtendDialog", u"Cancel", None))
        self.okButton.setText(QCoreApplication.translate("ExtendDialog", u"Extend", None))
    # retranslateUi

