# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hold_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QDialog, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_HoldDialog(object):
    def setupUi(self, HoldDialog):
        if not HoldDialog.objectName():
            HoldDialog.setObjectName(u"HoldDialog")
        HoldDialog.resize(520, 340)
        HoldDialog.setMinimumSize(QSize(500, 0))
        self.layout = QVBoxLayout(HoldDialog)
        self.layout.setObjectName(u"layout")
        self.membershipLabel = QLabel(HoldDialog)
        self.membershipLabel.setObjectName(u"membershipLabel")
        self.membershipLabel.setWordWrap(True)

        self.layout.addWidget(self.membershipLabel)

        self.validityLabel = QLabel(HoldDialog)
        self.validityLabel.setObjectName(u"validityLabel")

        self.layout.addWidget(self.validityLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fromLabel = QLabel(HoldDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDateEdit = QDateEdit(HoldDialog)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromDateEdit)

        self.toLabel = QLabel(HoldDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toDateEdit = QDateEdit(HoldDialog)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toDateEdit)

        self.noteLabel = QLabel(HoldDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(HoldDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addLayout(self.form)

        self.previewBox = QGroupBox(HoldDialog)
        self.previewBox.setObjectName(u"previewBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.previewBox.sizePolicy().hasHeightForWidth())
        self.previewBox.setSizePolicy(sizePolicy)
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewScroll = QScrollArea(self.previewBox)
        self.previewScroll.setObjectName(u"previewScroll")
        self.previewScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.previewScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.previewScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.previewScroll.setWidgetResizable(True)
        self.previewContents = QWidget()
        self.previewContents.setObjectName(u"previewContents")
        self.previewContentsLayout = QVBoxLayout(self.previewContents)
        self.previewContentsLayout.setObjectName(u"previewContentsLayout")
        self.previewContentsLayout.setContentsMargins(0, 0, 0, 0)
        self.daysLabel = QLabel(self.previewContents)
        self.daysLabel.setObjectName(u"daysLabel")
        self.daysLabel.setWordWrap(True)

        self.previewContentsLayout.addWidget(self.daysLabel)

        self.validUntilLabel = QLabel(self.previewContents)
        self.validUntilLabel.setObjectName(u"validUntilLabel")
        self.validUntilLabel.setWordWrap(True)

        self.previewContentsLayout.addWidget(self.validUntilLabel)

        self.proratedLabel = QLabel(self.previewContents)
        self.proratedLabel.setObjectName(u"proratedLabel")
        self.proratedLabel.setWordWrap(True)
        self.proratedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.previewContentsLayout.addWidget(self.proratedLabel)

        self.bookingsLabel = QLabel(self.previewContents)
        self.bookingsLabel.setObjectName(u"bookingsLabel")
        self.bookingsLabel.setWordWrap(True)
        self.bookingsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.previewContentsLayout.addWidget(self.bookingsLabel)

        self.policyLabel = QLabel(self.previewContents)
        self.policyLabel.setObjectName(u"policyLabel")
        self.policyLabel.setWordWrap(True)

        self.previewContentsLayout.addWidget(self.policyLabel)

        self.previewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.previewContentsLayout.addItem(self.previewSpacer)

        self.previewScroll.setWidget(self.previewContents)

        self.previewLayout.addWidget(self.previewScroll)


        self.layout.addWidget(self.previewBox)

        self.errorLabel = QLabel(HoldDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(HoldDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.okButton = QPushButton(HoldDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDateEdit)
        self.toLabel.setBuddy(self.toDateEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromDateEdit, self.toDateEdit)
        QWidget.setTabOrder(self.toDateEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(HoldDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, HoldDialog):
        HoldDialog.setWindowTitle(QCoreApplication.translate("HoldDialog", u"Put membership on hold", None))
        self.membershipLabel.setStyleSheet(QCoreApplication.translate("HoldDialog", u"font-size: 15px; font-weight: 600; color: #24484b;", None))
        self.membershipLabel.setText("")
        self.validityLabel.setStyleSheet(QCoreApplication.translate("HoldDialog", u"color: #4d5a5a;", None))
        self.validityLabel.setText("")
        self.fromLabel.setText(QCoreApplication.translate("HoldDialog", u"&From", None))
        self.fromDateEdit.setDisplayFormat(QCoreApplication.translate("HoldDialog", u"d MMM yyyy", None))
#if QT_CONFIG(tooltip)
        self.fromDateEdit.setToolTip(QCoreApplication.translate("HoldDialog", u"The first day of the hold (today or later, within the membership's validity).", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("HoldDialog", u"&To", None))
        self.toDateEdit.setDisplayFormat(QCoreApplication.translate("HoldDialog", u"d MMM yyyy", None))
#if QT_CONFIG(tooltip)
        self.toDateEdit.setToolTip(QCoreApplication.translate("HoldDialog", u"The last day of the hold (included).", None))
#endif // QT_CONFIG(tooltip)
        self.noteLabel.setText(QCoreApplication.translate("HoldDialog", u"&Note", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("HoldDialog", u"Optional, e.g. travelling, injury", None))
        self.previewBox.setTitle(QCoreApplication.translate("HoldDialog", u"What the hold does", None))
        self.previewScroll.setStyleSheet(QCoreApplication.translate("HoldDialog", u"#previewScroll, #previewContents { background: transparent; }", None))
        self.daysLabel.setStyleSheet(QCoreApplication.translate("HoldDialog", u"font-weight: 600;", None))
        self.daysLabel.setText("")
        self.validUntilLabel.setStyleSheet(QCoreApplication.translate("HoldDialog", u"color: #1e5b2f;", None))
        self.validUntilLabel.setText("")
        self.proratedLabel.setText("")
        self.bookingsLabel.setText("")
        self.policyLabel.setStyleSheet(QCoreApplication.translate("HoldDialog", u"color: #4d5a5a;", None))
        self.policyLabel.setText("")
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("HoldDialog", u"Cancel", None))
        self.okButton.setText(QCoreApplication.translate("HoldDialog", u"Put on hold", None))
    # retranslateUi

