# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pay_visit_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PayVisitDialog(object):
    def setupUi(self, PayVisitDialog):
        if not PayVisitDialog.objectName():
            PayVisitDialog.setObjectName(u"PayVisitDialog")
        PayVisitDialog.resize(520, 250)
        self.layout = QVBoxLayout(PayVisitDialog)
        self.layout.setObjectName(u"layout")
        self.memberLabel = QLabel(PayVisitDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setWordWrap(True)

        self.layout.addWidget(self.memberLabel)

        self.classLabel = QLabel(PayVisitDialog)
        self.classLabel.setObjectName(u"classLabel")
        self.classLabel.setWordWrap(True)

        self.layout.addWidget(self.classLabel)

        self.choices = QGridLayout()
        self.choices.setObjectName(u"choices")
        self.choices.setVerticalSpacing(6)
        self.membershipRadio = QRadioButton(PayVisitDialog)
        self.membershipRadio.setObjectName(u"membershipRadio")

        self.choices.addWidget(self.membershipRadio, 0, 0, 1, 2)

        self.indentSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.choices.addItem(self.indentSpacer, 1, 0, 1, 1)

        self.membershipCombo = QComboBox(PayVisitDialog)
        self.membershipCombo.setObjectName(u"membershipCombo")
        self.membershipCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.choices.addWidget(self.membershipCombo, 1, 1, 1, 1)

        self.reasonLabel = QLabel(PayVisitDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)

        self.choices.addWidget(self.reasonLabel, 2, 1, 1, 1)

        self.dropInRadio = QRadioButton(PayVisitDialog)
        self.dropInRadio.setObjectName(u"dropInRadio")

        self.choices.addWidget(self.dropInRadio, 3, 0, 1, 2)

        self.dropInRow = QHBoxLayout()
        self.dropInRow.setObjectName(u"dropInRow")
        self.priceLabel = QLabel(PayVisitDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.dropInRow.addWidget(self.priceLabel)

        self.priceEdit = QLineEdit(PayVisitDialog)
        self.priceEdit.setObjectName(u"priceEdit")
        self.priceEdit.setMaximumSize(QSize(120, 16777215))

        self.dropInRow.addWidget(self.priceEdit)

        self.methodLabel = QLabel(PayVisitDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.dropInRow.addWidget(self.methodLabel)

        self.methodCombo = QComboBox(PayVisitDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.dropInRow.addWidget(self.methodCombo)

        self.dropInSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dropInRow.addItem(self.dropInSpacer)


        self.choices.addLayout(self.dropInRow, 4, 1, 1, 1)


        self.layout.addLayout(self.choices)

        self.errorLabel = QLabel(PayVisitDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(PayVisitDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.payButton = QPushButton(PayVisitDialog)
        self.payButton.setObjectName(u"payButton")

        self.buttons.addWidget(self.payButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.priceLabel.setBuddy(self.priceEdit)
        self.methodLabel.setBuddy(self.methodCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.membershipRadio, self.membershipCombo)
        QWidget.setTabOrder(self.membershipCombo, self.dropInRadio)
        QWidget.setTabOrder(self.dropInRadio, self.priceEdit)
        QWidget.setTabOrder(self.priceEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.payButton)
        QWidget.setTabOrder(self.payButton, self.cancelButton)

        self.retranslateUi(PayVisitDialog)

        self.payButton.setDefault(True)

    # setupUi

    def retranslateUi(self, PayVisitDialog):
        PayVisitDialog.setWindowTitle(QCoreApplication.translate("PayVisitDialog", u"Pay visit", None))
        self.memberLabel.setStyleSheet(QCoreApplication.translate("PayVisitDialog", u"font-size: 15px; font-weight: 600; color: #24484b;", None))
        self.memberLabel.setText("")
        self.classLabel.setStyleSheet(QCoreApplication.translate("PayVisitDialog", u"color: #4d5a5a;", None))
        self.classLabel.setText("")
        self.membershipRadio.setText(QCoreApplication.translate("PayVisitDialog", u"With a &membership", None))
        self.reasonLabel.setText("")
        self.dropInRadio.setText(QCoreApplication.translate("PayVisitDialog", u"&Drop-in payment", None))
        self.priceLabel.setText(QCoreApplication.translate("PayVisitDialog", u"&Price", None))
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("PayVisitDialog", u"e.g. 15 or 12,50", None))
        self.methodLabel.setText(QCoreApplication.translate("PayVisitDialog", u"Pa&id by", None))
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("PayVisitDialog", u"Cancel", None))
        self.payButton.setText(QCoreApplication.translate("PayVisitDialog", u"Pay", None))
    # retranslateUi

