# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appointment_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_AppointmentDialog(object):
    def setupUi(self, AppointmentDialog):
        if not AppointmentDialog.objectName():
            AppointmentDialog.setObjectName(u"AppointmentDialog")
        AppointmentDialog.resize(520, 420)
        AppointmentDialog.setMinimumSize(QSize(500, 0))
        self.layout = QVBoxLayout(AppointmentDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(AppointmentDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15px; font-weight: 600; color: #24484b;")
        self.titleLabel.setWordWrap(True)

        self.layout.addWidget(self.titleLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.memberLabel = QLabel(AppointmentDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberBox = QVBoxLayout()
        self.memberBox.setObjectName(u"memberBox")
        self.memberNameLabel = QLabel(AppointmentDialog)
        self.memberNameLabel.setObjectName(u"memberNameLabel")
        self.memberNameLabel.setStyleSheet(u"font-weight: 600;")

        self.memberBox.addWidget(self.memberNameLabel)

        self.memberEdit = QLineEdit(AppointmentDialog)
        self.memberEdit.setObjectName(u"memberEdit")
        self.memberEdit.setClearButtonEnabled(True)

        self.memberBox.addWidget(self.memberEdit)

        self.suggestionsList = QListWidget(AppointmentDialog)
        self.suggestionsList.setObjectName(u"suggestionsList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.suggestionsList.sizePolicy().hasHeightForWidth())
        self.suggestionsList.setSizePolicy(sizePolicy)
        self.suggestionsList.setMinimumSize(QSize(0, 84))
        self.suggestionsList.setMaximumSize(QSize(16777215, 84))

        self.memberBox.addWidget(self.suggestionsList)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.memberBox)

        self.trainerLabel = QLabel(AppointmentDialog)
        self.trainerLabel.setObjectName(u"trainerLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.trainerLabel)

        self.trainerCombo = QComboBox(AppointmentDialog)
        self.trainerCombo.setObjectName(u"trainerCombo")
        self.trainerCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trainerCombo)

        self.dateLabel = QLabel(AppointmentDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(AppointmentDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.timeLabel = QLabel(AppointmentDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeEdit = QTimeEdit(AppointmentDialog)
        self.timeEdit.setObjectName(u"timeEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.timeEdit)

        self.durationLabel = QLabel(AppointmentDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(AppointmentDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(15)
        self.durationSpin.setMaximum(480)
        self.durationSpin.setSingleStep(15)
        self.durationSpin.setValue(60)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.categoryLabel = QLabel(AppointmentDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(AppointmentDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.roomLabel = QLabel(AppointmentDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomEdit = QLineEdit(AppointmentDialog)
        self.roomEdit.setObjectName(u"roomEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.roomEdit)

        self.payWithLabel = QLabel(AppointmentDialog)
        self.payWithLabel.setObjectName(u"payWithLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.payWithLabel)

        self.payWithCombo = QComboBox(AppointmentDialog)
        self.payWithCombo.setObjectName(u"payWithCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.payWithCombo)

        self.payHintLabel = QLabel(AppointmentDialog)
        self.payHintLabel.setObjectName(u"payHintLabel")
        self.payHintLabel.setStyleSheet(u"color: #5c6670;")
        self.payHintLabel.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.payHintLabel)


        self.layout.addLayout(self.form)

        self.summaryLabel = QLabel(AppointmentDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setStyleSheet(u"color: #1e5b2f; font-weight: 600;")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.errorLabel = QLabel(AppointmentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(AppointmentDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.bookButton = QPushButton(AppointmentDialog)
        self.bookButton.setObjectName(u"bookButton")
        self.bookButton.setAutoDefault(False)

        self.buttons.addWidget(self.bookButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberEdit)
        self.trainerLabel.setBuddy(self.trainerCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.roomLabel.setBuddy(self.roomEdit)
        self.payWithLabel.setBuddy(self.payWithCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.memberEdit, self.suggestionsList)
        QWidget.setTabOrder(self.suggestionsList, self.trainerCombo)
        QWidget.setTabOrder(self.trainerCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.roomEdit)
        QWidget.setTabOrder(self.roomEdit, self.payWithCombo)
        QWidget.setTabOrder(self.payWithCombo, self.bookButton)
        QWidget.setTabOrder(self.bookButton, self.cancelButton)

        self.retranslateUi(AppointmentDialog)
    # setupUi

    def retranslateUi(self, AppointmentDialog):
        AppointmentDialog.setWindowTitle(QCoreApplication.translate("AppointmentDialog", u"Book appointment", None))
        self.titleLabel.setText(QCoreApplication.translate("AppointmentDialog", u"Book a one-to-one appointment with a trainer", None))
        self.memberLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&Member", None))
        self.memberNameLabel.setText("")
        self.memberEdit.setPlaceholderText(QCoreApplication.translate("AppointmentDialog", u"Type part of a member's name\u2026", None))
#if QT_CONFIG(tooltip)
        self.suggestionsList.setToolTip(QCoreApplication.translate("AppointmentDialog", u"\u2191/\u2193 or a click chooses the member", None))
#endif // QT_CONFIG(tooltip)
        self.trainerLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&Trainer", None))
#if QT_CONFIG(tooltip)
        self.trainerCombo.setToolTip(QCoreApplication.translate("AppointmentDialog", u"Pick a trainer or type a new name", None))
#endif // QT_CONFIG(tooltip)
        self.dateLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&Date", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("AppointmentDialog", u"ddd d MMM yyyy", None))
        self.timeLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&Start time", None))
        self.timeEdit.setDisplayFormat(QCoreApplication.translate("AppointmentDialog", u"HH:mm", None))
        self.durationLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&Length", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("AppointmentDialog", u" min", None))
        self.categoryLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&Credit category", None))
#if QT_CONFIG(tooltip)
        self.categoryCombo.setToolTip(QCoreApplication.translate("AppointmentDialog", u"The appointment costs one credit of this category", None))
#endif // QT_CONFIG(tooltip)
        self.roomLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&Room", None))
        self.payWithLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&Pay with", None))
#if QT_CONFIG(tooltip)
        self.payWithCombo.setToolTip(QCoreApplication.translate("AppointmentDialog", u"Which membership's credit pays; memberships that cannot pay are greyed", None))
#endif // QT_CONFIG(tooltip)
        self.payHintLabel.setText("")
        self.summaryLabel.setText("")
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("AppointmentDialog", u"Cancel", None))
        self.bookButton.setText(QCoreApplication.translate("AppointmentDialog", u"Book", None))
    # retranslateUi

