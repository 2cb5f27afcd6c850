# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_MemberEditorDialog(object):
    def setupUi(self, MemberEditorDialog):
        if not MemberEditorDialog.objectName():
            MemberEditorDialog.setObjectName(u"MemberEditorDialog")
        MemberEditorDialog.resize(440, 420)
        self.layout = QVBoxLayout(MemberEditorDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.firstNameLabel = QLabel(MemberEditorDialog)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(MemberEditorDialog)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.lastNameLabel = QLabel(MemberEditorDialog)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(MemberEditorDialog)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.emailLabel = QLabel(MemberEditorDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(MemberEditorDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(MemberEditorDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(MemberEditorDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.birthDateLabel = QLabel(MemberEditorDialog)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateRow = QHBoxLayout()
        self.birthDateRow.setObjectName(u"birthDateRow")
        self.birthDateEdit = QDateEdit(MemberEditorDialog)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setCalendarPopup(True)
        self.birthDateEdit.setMinimumDate(QDate(1900, 1, 1))

        self.birthDateRow.addWidget(self.birthDateEdit)

        self.noBirthDateCheck = QCheckBox(MemberEditorDialog)
        self.noBirthDateCheck.setObjectName(u"noBirthDateCheck")

        self.birthDateRow.addWidget(self.noBirthDateCheck)

        self.birthDateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.birthDateRow.addItem(self.birthDateSpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.birthDateRow)

        self.cardCodeLabel = QLabel(MemberEditorDialog)
        self.cardCodeLabel.setObjectName(u"cardCodeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cardCodeLabel)

        self.cardCodeEdit = QLineEdit(MemberEditorDialog)
        self.cardCodeEdit.setObjectName(u"cardCodeEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cardCodeEdit)

        self.cardOnFileLabel = QLabel(MemberEditorDialog)
        self.cardOnFileLabel.setObjectName(u"cardOnFileLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.cardOnFileLabel)

        self.cardOnFileEdit = QLineEdit(MemberEditorDialog)
        self.cardOnFileEdit.setObjectName(u"cardOnFileEdit")
        self.cardOnFileEdit.setMaxLength(60)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.cardOnFileEdit)

        self.notesLabel = QLabel(MemberEditorDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(MemberEditorDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(MemberEditorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(MemberEditorDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.okButton = QPushButton(MemberEditorDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.cardCodeLabel.setBuddy(self.cardCodeEdit)
        self.cardOnFileLabel.setBuddy(self.cardOnFileEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.noBirthDateCheck)
        QWidget.setTabOrder(self.noBirthDateCheck, self.cardCodeEdit)
        QWidget.setTabOrder(self.cardCodeEdit, self.cardOnFileEdit)
        QWidget.setTabOrder(self.cardOnFileEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(MemberEditorDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, MemberEditorDialog):
        MemberEditorDialog.setWindowTitle(QCoreApplication.translate("MemberEditorDialog", u"New member", None))
        self.firstNameLabel.setText(QCoreApplication.translate("MemberEditorDialog", u"&First name", None))
        self.lastNameLabel.setText(QCoreApplication.translate("MemberEditorDialog", u"&Last name", None))
        self.emailLabel.setText(QCoreApplication.translate("MemberEditorDialog", u"&Email", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("MemberEditorDialog", u"name@example.com", None))
        self.phoneLabel.setText(QCoreApplication.translate("MemberEditorDialog", u"&Phone", None))
        self.birthDateLabel.setText(QCoreApplication.translate("MemberEditorDialog", u"&Birth date", None))
        self.birthDateEdit.setDisplayFormat(QCoreApplication.translate("MemberEditorDialog", u"d MMM yyyy", None))
        self.noBirthDateCheck.setText(QCoreApplication.translate("MemberEditorDialog", u"&No birth date", None))
        self.cardCodeLabel.setText(QCoreApplication.translate("MemberEditorDialog", u"&Card code", None))
        self.cardCodeEdit.setPlaceholderText(QCoreApplication.translate("MemberEditorDialog", u"Scan the card or type its number", None))
        self.cardOnFileLabel.setText(QCoreApplication.translate("MemberEditorDialog", u"Card on &file", None))
        self.cardOnFileEdit.setPlaceholderText(QCoreApplication.translate("MemberEditorDialog", u"As the payment provider shows it, e.g. Visa ending 4242 (never the card number)", None))
        self.notesLabel.setText(QCoreApplication.translate("MemberEditorDialog", u"N&otes", None))
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("MemberEditorDialog", u"Cancel", None))
        self.okButton.setText(QCoreApplication.translate("MemberEditorDialog", u"OK", None))
    # retranslateUi

