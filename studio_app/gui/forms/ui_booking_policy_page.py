# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'booking_policy_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_BookingPolicyPage(object):
    def setupUi(self, BookingPolicyPage):
        if not BookingPolicyPage.objectName():
            BookingPolicyPage.setObjectName(u"BookingPolicyPage")
        BookingPolicyPage.resize(900, 600)
        self.layout = QVBoxLayout(BookingPolicyPage)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(BookingPolicyPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setMaximumSize(QSize(820, 16777215))
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.bookingGroup = QGroupBox(BookingPolicyPage)
        self.bookingGroup.setObjectName(u"bookingGroup")
        self.bookingGroup.setMaximumSize(QSize(820, 16777215))
        self.bookingLayout = QVBoxLayout(self.bookingGroup)
        self.bookingLayout.setObjectName(u"bookingLayout")

        self.layout.addWidget(self.bookingGroup)

        self.paidPeriodGroup = QGroupBox(BookingPolicyPage)
        self.paidPeriodGroup.setObjectName(u"paidPeriodGroup")
        self.paidPeriodGroup.setMaximumSize(QSize(820, 16777215))
        self.paidPeriodLayout = QVBoxLayout(self.paidPeriodGroup)
        self.paidPeriodLayout.setObjectName(u"paidPeriodLayout")
        self.paidPeriodCheck = QCheckBox(self.paidPeriodGroup)
        self.paidPeriodCheck.setObjectName(u"paidPeriodCheck")

        self.paidPeriodLayout.addWidget(self.paidPeriodCheck)

        self.paidPeriodHintLabel = QLabel(self.paidPeriodGroup)
        self.paidPeriodHintLabel.setObjectName(u"paidPeriodHintLabel")
        self.paidPeriodHintLabel.setWordWrap(True)

        self.paidPeriodLayout.addWidget(self.paidPeriodHintLabel)


        self.layout.addWidget(self.paidPeriodGroup)

        self.summaryLabel = QLabel(BookingPolicyPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setMaximumSize(QSize(820, 16777215))
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setStyleSheet(u"font-weight: 600; color: #24484b; padding: 4px 0;")

        self.layout.addWidget(self.summaryLabel)

        self.errorLabel = QLabel(BookingPolicyPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.saveButton = QPushButton(BookingPolicyPage)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttons)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.pageSpacer)


        self.retranslateUi(BookingPolicyPage)
    # setupUi

    def retranslateUi(self, BookingPolicyPage):
        self.introLabel.setText(QCoreApplication.translate("BookingPolicyPage", u"How far ahead the desk may book members, and when signing out is a late cancel. A class can have its own rules instead (Schedule \u2192 Edit series\u2026).", None))
        self.bookingGroup.setTitle(QCoreApplication.translate("BookingPolicyPage", u"Booking window and late cancels", None))
        self.paidPeriodGroup.setTitle(QCoreApplication.translate("BookingPolicyPage", u"Paid period", None))
        self.paidPeriodCheck.setText(QCoreApplication.translate("BookingPolicyPage", u"&Clients can only book sessions within their current paid period", None))
        self.paidPeriodHintLabel.setText(QCoreApplication.translate("BookingPolicyPage", u"Classes after the period the client has paid for are refused, even where a visit limit on the calendar cycle would still allow them.", None))
        self.summaryLabel.setText("")
        self.errorLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("BookingPolicyPage", u"&Save booking policy", None))
        pass
    # retranslateUi

