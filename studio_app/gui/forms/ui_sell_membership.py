# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sell_membership.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SellMembershipDialog(object):
    def setupUi(self, SellMembershipDialog):
        if not SellMembershipDialog.objectName():
            SellMembershipDialog.setObjectName(u"SellMembershipDialog")
        SellMembershipDialog.resize(500, 220)
        SellMembershipDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(SellMembershipDialog)
        self.layout.setObjectName(u"layout")
        self.memberLabel = QLabel(SellMembershipDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.layout.addWidget(self.memberLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.planLabel = QLabel(SellMembershipDialog)
        self.planLabel.setObjectName(u"planLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.planCombo = QComboBox(SellMembershipDialog)
        self.planCombo.setObjectName(u"planCombo")
        self.planCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.planCombo)

        self.startLabel = QLabel(SellMembershipDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDateEdit = QDateEdit(SellMembershipDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.previewLabel = QLabel(SellMembershipDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.previewLabel)

        self.takePaymentCheck = QCheckBox(SellMembershipDialog)
        self.takePaymentCheck.setObjectName(u"takePaymentCheck")
        self.takePaymentCheck.setChecked(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.takePaymentCheck)


        self.layout.addLayout(self.form)

        self.paymentBox = QGroupBox(SellMembershipDialog)
        self.paymentBox.setObjectName(u"paymentBox")
        self.paymentLayout = QVBoxLayout(self.paymentBox)
        self.paymentLayout.setObjectName(u"paymentLayout")
        self.dueLabel = QLabel(self.paymentBox)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setWordWrap(True)

        self.paymentLayout.addWidget(self.dueLabel)


        self.layout.addWidget(self.paymentBox)

        self.errorLabel = QLabel(SellMembershipDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(SellMembershipDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.sellButton = QPushButton(SellMembershipDialog)
        self.sellButton.setObjectName(u"sellButton")

        self.buttons.addWidget(self.sellButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.planLabel.setBuddy(self.planCombo)
        self.startLabel.setBuddy(self.startDateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SellMembershipDialog)

        self.sellButton.setDefault(True)

    # setupUi

    def retranslateUi(self, SellMembershipDialog):
        SellMembershipDialog.setWindowTitle(QCoreApplication.translate("SellMembershipDialog", u"Sell membership", None))
        self.memberLabel.setStyleSheet(QCoreApplication.translate("SellMembershipDialog", u"font-size: 15px; font-weight: 600; color: #24484b;", None))
        self.memberLabel.setText("")
        self.planLabel.setText(QCoreApplication.translate("SellMembershipDialog", u"&Plan", None))
        self.startLabel.setText(QCoreApplication.translate("SellMembershipDialog", u"&Start date", None))
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("SellMembershipDialog", u"d MMM yyyy", None))
        self.previewLabel.setStyleSheet(QCoreApplication.translate("SellMembershipDialog", u"color: #1e5b2f;", None))
        self.previewLabel.setText("")
        self.takePaymentCheck.setText(QCoreApplication.translate("SellMembershipDialog", u"&Take payment now (the first installment)", None))
#if QT_CONFIG(tooltip)
        self.takePaymentCheck.setToolTip(QCoreApplication.translate("SellMembershipDialog", u"Sell and pay in one step: cancelling sells nothing", None))
#endif // QT_CONFIG(tooltip)
        self.paymentBox.setTitle(QCoreApplication.translate("SellMembershipDialog", u"First installment", None))
        self.dueLabel.setStyleSheet(QCoreApplication.translate("SellMembershipDialog", u"color: #4d5a5a;", None))
        self.dueLabel.setText("")
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("SellMembershipDialog", u"Cancel", None))
        self.sellButton.setText(QCoreApplication.translate("SellMembershipDialog", u"Sell", None))
    # retranslateUi

