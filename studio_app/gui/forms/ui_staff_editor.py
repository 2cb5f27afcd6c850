# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_editor.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_StaffEditorDialog(object):
    def setupUi(self, StaffEditorDialog):
        if not StaffEditorDialog.objectName():
            StaffEditorDialog.setObjectName(u"StaffEditorDialog")
        StaffEditorDialog.resize(420, 300)
        self.layout = QVBoxLayout(StaffEditorDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(StaffEditorDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fullNameLabel = QLabel(StaffEditorDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(StaffEditorDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.usernameLabel = QLabel(StaffEditorDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(StaffEditorDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.roleLabel = QLabel(StaffEditorDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(StaffEditorDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passwordLabel = QLabel(StaffEditorDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(StaffEditorDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(StaffEditorDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(StaffEditorDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(StaffEditorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(StaffEditorDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)

        self.okButton = QPushButton(StaffEditorDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffEditorDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, StaffEditorDialog):
        StaffEditorDialog.setWindowTitle(QCoreApplication.translate("StaffEditorDialog", u"Add staff account", None))
        self.introLabel.setText(QCoreApplication.translate("StaffEditorDialog", u"The new account gets its role's usual privileges; change them afterwards in the Access box.", None))
        self.fullNameLabel.setText(QCoreApplication.translate("StaffEditorDialog", u"&Full name", None))
        self.fullNameEdit.setPlaceholderText(QCoreApplication.translate("StaffEditorDialog", u"e.g. Dana Desk", None))
        self.usernameLabel.setText(QCoreApplication.translate("StaffEditorDialog", u"&User name", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("StaffEditorDialog", u"used to log in", None))
        self.roleLabel.setText(QCoreApplication.translate("StaffEditorDialog", u"&Role", None))
        self.passwordLabel.setText(QCoreApplication.translate("StaffEditorDialog", u"&Password", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("StaffEditorDialog", u"at least 6 characters", None))
        self.repeatLabel.setText(QCoreApplication.translate("StaffEditorDialog", u"R&epeat password", None))
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("StaffEditorDialog", u"Cancel", None))
        self.okButton.setText(QCoreApplication.translate("StaffEditorDialog", u"Add account", None))
    # retranslateUi

