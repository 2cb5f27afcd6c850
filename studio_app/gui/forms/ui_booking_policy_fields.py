# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'booking_policy_fields.ui'
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
from PySide6.QtWidgets import (QApplication, QButtonGroup, QGridLayout, QLabel,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QWidget)

class Ui_BookingPolicyFields(object):
    def setupUi(self, BookingPolicyFields):
        if not BookingPolicyFields.objectName():
            BookingPolicyFields.setObjectName(u"BookingPolicyFields")
        BookingPolicyFields.resize(640, 200)
        self.layout = QGridLayout(BookingPolicyFields)
        self.layout.setObjectName(u"layout")
        self.layout.setVerticalSpacing(6)
        self.layout.setHorizontalSpacing(8)
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.windowTitleLabel = QLabel(BookingPolicyFields)
        self.windowTitleLabel.setObjectName(u"windowTitleLabel")
        self.windowTitleLabel.setStyleSheet(u"font-weight: 600;")

        self.layout.addWidget(self.windowTitleLabel, 0, 0, 1, 4)

        self.noWindowRadio = QRadioButton(BookingPolicyFields)
        self.windowGroup = QButtonGroup(BookingPolicyFields)
        self.windowGroup.setObjectName(u"windowGroup")
        self.windowGroup.addButton(self.noWindowRadio)
        self.noWindowRadio.setObjectName(u"noWindowRadio")
        self.noWindowRadio.setChecked(True)

        self.layout.addWidget(self.noWindowRadio, 1, 0, 1, 4)

        self.windowRadio = QRadioButton(BookingPolicyFields)
        self.windowGroup.addButton(self.windowRadio)
        self.windowRadio.setObjectName(u"windowRadio")

        self.layout.addWidget(self.windowRadio, 2, 0, 1, 1)

        self.windowSpin = QSpinBox(BookingPolicyFields)
        self.windowSpin.setObjectName(u"windowSpin")
        self.windowSpin.setMinimumSize(QSize(72, 0))
        self.windowSpin.setMinimum(0)
        self.windowSpin.setMaximum(365)
        self.windowSpin.setValue(14)

        self.layout.addWidget(self.windowSpin, 2, 1, 1, 1)

        self.windowUnitLabel = QLabel(BookingPolicyFields)
        self.windowUnitLabel.setObjectName(u"windowUnitLabel")

        self.layout.addWidget(self.windowUnitLabel, 2, 2, 1, 1)

        self.windowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.layout.addItem(self.windowSpacer, 2, 3, 1, 1)

        self.sectionSpacer = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.layout.addItem(self.sectionSpacer, 3, 0, 1, 1)

        self.cutoffTitleLabel = QLabel(BookingPolicyFields)
        self.cutoffTitleLabel.setObjectName(u"cutoffTitleLabel")
        self.cutoffTitleLabel.setStyleSheet(u"font-weight: 600;")

        self.layout.addWidget(self.cutoffTitleLabel, 4, 0, 1, 4)

        self.noCutoffRadio = QRadioButton(BookingPolicyFields)
        self.cutoffGroup = QButtonGroup(BookingPolicyFields)
        self.cutoffGroup.setObjectName(u"cutoffGroup")
        self.cutoffGroup.addButton(self.noCutoffRadio)
        self.noCutoffRadio.setObjectName(u"noCutoffRadio")
        self.noCutoffRadio.setChecked(True)

        self.layout.addWidget(self.noCutoffRadio, 5, 0, 1, 4)

        self.cutoffRadio = QRadioButton(BookingPolicyFields)
        self.cutoffGroup.addButton(self.cutoffRadio)
        self.cutoffRadio.setObjectName(u"cutoffRadio")

        self.layout.addWidget(self.cutoffRadio, 6, 0, 1, 1)

        self.cutoffSpin = QSpinBox(BookingPolicyFields)
        self.cutoffSpin.setObjectName(u"cutoffSpin")
        self.cutoffSpin.setMinimumSize(QSize(72, 0))
        self.cutoffSpin.setMinimum(0)
        self.cutoffSpin.setMaximum(336)
        self.cutoffSpin.setValue(12)

        self.layout.addWidget(self.cutoffSpin, 6, 1, 1, 1)

        self.cutoffUnitLabel = QLabel(BookingPolicyFields)
        self.cutoffUnitLabel.setObjectName(u"cutoffUnitLabel")

        self.layout.addWidget(self.cutoffUnitLabel, 6, 2, 1, 2)

        self.cutoffHintLabel = QLabel(BookingPolicyFields)
        self.cutoffHintLabel.setObjectName(u"cutoffHintLabel")

        self.layout.addWidget(self.cutoffHintLabel, 7, 0, 1, 4)


        self.retranslateUi(BookingPolicyFields)
    # setupUi

    def retranslateUi(self, BookingPolicyFields):
        self.windowTitleLabel.setText(QCoreApplication.translate("BookingPolicyFields", u"How far ahead", None))
        self.noWindowRadio.setText(QCoreApplication.translate("BookingPolicyFields", u"No &limit: members can be booked for any future class", None))
        self.windowRadio.setText(QCoreApplication.translate("BookingPolicyFields", u"&Members can be booked up to", None))
#if QT_CONFIG(tooltip)
        self.windowSpin.setToolTip(QCoreApplication.translate("BookingPolicyFields", u"A class this many days away (or closer) can be booked; later classes are refused until booking opens", None))
#endif // QT_CONFIG(tooltip)
        self.windowUnitLabel.setText(QCoreApplication.translate("BookingPolicyFields", u"days ahead", None))
        self.cutoffTitleLabel.setText(QCoreApplication.translate("BookingPolicyFields", u"Late cancels", None))
        self.noCutoffRadio.setText(QCoreApplication.translate("BookingPolicyFields", u"No cut-o&ff: signing out always returns the session to the membership", None))
        self.cutoffRadio.setText(QCoreApplication.translate("BookingPolicyFields", u"Signing out &less than", None))
#if QT_CONFIG(tooltip)
        self.cutoffSpin.setToolTip(QCoreApplication.translate("BookingPolicyFields", u"Hours before the class starts", None))
#endif // QT_CONFIG(tooltip)
        self.cutoffUnitLabel.setText(QCoreApplication.translate("BookingPolicyFields", u"hours before the start is a late cancel", None))
        self.cutoffHintLabel.setText(QCoreApplication.translate("BookingPolicyFields", u"A late cancel keeps the session charged unless the desk forgives it.", None))
        pass
    # retranslateUi

