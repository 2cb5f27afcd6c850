# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(460, 260)
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
#endif // QT_CONFIG(shortcut)

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
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("FirstRunDialog", u"Quit", None))
        self.createButton.setText(QCoreApplication.translate("FirstRunDialog", u"Create studio", None))
    # retranslateUi

