# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(500, 480)
        self.layout = QVBoxLayout(FirstRunDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(FirstRunDialog)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.studioNameLabel = QLabel(FirstRunDialog)
        self.studioNameLabel.setObjectName(u"studioNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.studioNameLabel)

        self.studioNameEdit = QLineEdit(FirstRunDialog)
        self.studioNameEdit.setObjectName(u"studioNameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.studioNameEdit)

        self.ownerNameLabel = QLabel(FirstRunDialog)
        self.ownerNameLabel.setObjectName(u"ownerNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerNameLabel)

        self.ownerNameEdit = QLineEdit(FirstRunDialog)
        self.ownerNameEdit.setObjectName(u"ownerNameEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerNameEdit)

        self.usernameLabel = QLabel(FirstRunDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(FirstRunDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(FirstRunDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(FirstRunDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(FirstRunDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(FirstRunDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.layout.addLayout(self.form)

        self.styleGroup = QGroupBox(FirstRunDialog)
        self.styleGroup.setObjectName(u"styleGroup")
        self.styleLayout = QVBoxLayout(self.styleGroup)
        self.styleLayout.setObjectName(u"styleLayout")
        self.styleHintLabel = QLabel(self.styleGroup)
        self.styleHintLabel.setObjectName(u"styleHintLabel")
        self.styleHintLabel.setWordWrap(True)

        self.styleLayout.addWidget(self.styleHintLabel)

        self.styleForm = QFormLayout()
        self.styleForm.setObjectName(u"styleForm")
        self.symbolLabel = QLabel(self.styleGroup)
        self.symbolLabel.setObjectName(u"symbolLabel")

        self.styleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.symbolLabel)

        self.symbolEdit = QLineEdit(self.styleGroup)
        self.symbolEdit.setObjectName(u"symbolEdit")
        self.symbolEdit.setMaxLength(8)

        self.styleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.symbolEdit)

        self.symbolAfterCheck = QCheckBox(self.styleGroup)
        self.symbolAfterCheck.setObjectName(u"symbolAfterCheck")

        self.styleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.symbolAfterCheck)

        self.decimalCommaCheck = QCheckBox(self.styleGroup)
        self.decimalCommaCheck.setObjectName(u"decimalCommaCheck")

        self.styleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decimalCommaCheck)

        self.moneyExampleLabel = QLabel(self.styleGroup)
        self.moneyExampleLabel.setObjectName(u"moneyExampleLabel")
        self.moneyExampleLabel.setStyleSheet(u"font-weight: 600; color: #24484b;")

        self.styleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.moneyExampleLabel)

        self.dateFormatLabel = QLabel(self.styleGroup)
        self.dateFormatLabel.setObjectName(u"dateFormatLabel")

        self.styleForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dateFormatLabel)

        self.dateFormatCombo = QComboBox(self.styleGroup)
        self.dateFormatCombo.setObjectName(u"dateFormatCombo")

        self.styleForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dateFormatCombo)

        self.paperLabel = QLabel(self.styleGroup)
        self.paperLabel.setObjectName(u"paperLabel")

        self.styleForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(self.styleGroup)
        self.paperCombo.setObjectName(u"paperCombo")

        self.styleForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paperCombo)


        self.styleLayout.addLayout(self.styleForm)


        self.layout.addWidget(self.styleGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.errorLabel = QLabel(FirstRunDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(FirstRunDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)

        self.createButton = QPushButton(FirstRunDialog)
        self.createButton.setObjectName(u"createButton")

        self.buttons.addWidget(self.createButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.studioNameLabel.setBuddy(self.studioNameEdit)
        self.ownerNameLabel.setBuddy(self.ownerNameEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
        self.symbolLabel.setBuddy(self.symbolEdit)
        self.dateFormatLabel.setBuddy(self.dateFormatCombo)
        self.paperLabel.setBuddy(self.paperCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.studioNameEdit, self.ownerNameEdit)
        QWidget.setTabOrder(self.ownerNameEdit, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.symbolEdit)
        QWidget.setTabOrder(self.symbolEdit, self.symbolAfterCheck)
        QWidget.setTabOrder(self.symbolAfterCheck, self.decimalCommaCheck)
        QWidget.setTabOrder(self.decimalCommaCheck, self.dateFormatCombo)
        QWidget.setTabOrder(self.dateFormatCombo, self.paperCombo)
        QWidget.setTabOrder(self.paperCombo, self.createButton)
        QWidget.setTabOrder(self.createButton, self.cancelButton)

        self.retranslateUi(FirstRunDialog)

        self.createButton.setDefault(True)

    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to Studio App", None))
        self.heading.setText(QCoreApplication.translate("FirstRunDialog", u"Welcome to Studio App", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Set up your studio. You will be its owner: the account that can do everything, including adding staff accounts for the front desk.", None))
        self.studioNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Studio name", None))
        self.studioNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. Lotus Yoga", None))
        self.ownerNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Your &name", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&User name", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Password", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"at least 6 characters", None))
        self.repeatLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Repeat password", None))
        self.styleGroup.setTitle(QCoreApplication.translate("FirstRunDialog", u"Money, dates and paper", None))
        self.styleHintLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Suggested for this computer's region. You can change them later in Settings \u2192 Products & money.", None))
        self.symbolLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Currency s&ymbol", None))
        self.symbolEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. \u20ac, \u00a3, $, z\u0142 (or none)", None))
        self.symbolAfterCheck.setText(QCoreApplication.translate("FirstRunDialog", u"Symbol &after the amount (12.00 z\u0142)", None))
        self.decimalCommaCheck.setText(QCoreApplication.translate("FirstRunDialog", u"Decimal &comma (12,00 instead of 12.00)", None))
        self.moneyExampleLabel.setText("")
        self.dateFormatLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Dates", None))
        self.paperLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Pap&er", None))
#if QT_CONFIG(tooltip)
        self.paperCombo.setToolTip(QCoreApplication.translate("FirstRunDialog", u"The paper every report and attendance sheet prints on", None))
#endif // QT_CONFIG(tooltip)
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("FirstRunDialog", u"Quit", None))
        self.createButton.setText(QCoreApplication.translate("FirstRunDialog", u"Create studio", None))
    # retranslateUi

