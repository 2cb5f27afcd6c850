# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hold_policy_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_HoldPolicyEditor(object):
    def setupUi(self, HoldPolicyEditor):
        if not HoldPolicyEditor.objectName():
            HoldPolicyEditor.setObjectName(u"HoldPolicyEditor")
        HoldPolicyEditor.resize(520, 160)
        self.layout = QVBoxLayout(HoldPolicyEditor)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(HoldPolicyEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setStyleSheet(u"color: #5b6668;")

        self.layout.addWidget(self.introLabel)

        self.fieldsRow = QHBoxLayout()
        self.fieldsRow.setSpacing(8)
        self.fieldsRow.setObjectName(u"fieldsRow")
        self.minLabel = QLabel(HoldPolicyEditor)
        self.minLabel.setObjectName(u"minLabel")

        self.fieldsRow.addWidget(self.minLabel)

        self.minSpin = QSpinBox(HoldPolicyEditor)
        self.minSpin.setObjectName(u"minSpin")
        self.minSpin.setMaximum(365)

        self.fieldsRow.addWidget(self.minSpin)

        self.minSpacer = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.fieldsRow.addItem(self.minSpacer)

        self.maxLabel = QLabel(HoldPolicyEditor)
        self.maxLabel.setObjectName(u"maxLabel")

        self.fieldsRow.addWidget(self.maxLabel)

        self.maxSpin = QSpinBox(HoldPolicyEditor)
        self.maxSpin.setObjectName(u"maxSpin")
        self.maxSpin.setMaximum(365)

        self.fieldsRow.addWidget(self.maxSpin)

        self.maxSpacer = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.fieldsRow.addItem(self.maxSpacer)

        self.perYearLabel = QLabel(HoldPolicyEditor)
        self.perYearLabel.setObjectName(u"perYearLabel")

        self.fieldsRow.addWidget(self.perYearLabel)

        self.perYearSpin = QSpinBox(HoldPolicyEditor)
        self.perYearSpin.setObjectName(u"perYearSpin")
        self.perYearSpin.setMaximum(52)

        self.fieldsRow.addWidget(self.perYearSpin)

        self.fieldsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fieldsRow.addItem(self.fieldsSpacer)


        self.layout.addLayout(self.fieldsRow)

        self.summaryLabel = QLabel(HoldPolicyEditor)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setStyleSheet(u"font-weight: 600; color: #24484b;")

        self.layout.addWidget(self.summaryLabel)

        self.problemLabel = QLabel(HoldPolicyEditor)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(u"color: #8a1c1c;")

        self.layout.addWidget(self.problemLabel)

#if QT_CONFIG(shortcut)
        self.minLabel.setBuddy(self.minSpin)
        self.maxLabel.setBuddy(self.maxSpin)
        self.perYearLabel.setBuddy(self.perYearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.minSpin, self.maxSpin)
        QWidget.setTabOrder(self.maxSpin, self.perYearSpin)

        self.retranslateUi(HoldPolicyEditor)
    # setupUi

    def retranslateUi(self, HoldPolicyEditor):
        self.introLabel.setText(QCoreApplication.translate("HoldPolicyEditor", u"How long a member may put a membership of this plan on hold, and how many times per calendar year, so nobody pays one month and pauses the next two.", None))
        self.minLabel.setText(QCoreApplication.translate("HoldPolicyEditor", u"&Minimum hold", None))
        self.minSpin.setSpecialValueText(QCoreApplication.translate("HoldPolicyEditor", u"no limit", None))
#if QT_CONFIG(tooltip)
        self.minSpin.setToolTip(QCoreApplication.translate("HoldPolicyEditor", u"The shortest hold allowed, in days (no limit: any length)", None))
#endif // QT_CONFIG(tooltip)
        self.maxLabel.setText(QCoreApplication.translate("HoldPolicyEditor", u"Ma&ximum hold", None))
        self.maxSpin.setSpecialValueText(QCoreApplication.translate("HoldPolicyEditor", u"no limit", None))
#if QT_CONFIG(tooltip)
        self.maxSpin.setToolTip(QCoreApplication.translate("HoldPolicyEditor", u"The longest hold allowed, in days (no limit: any length)", None))
#endif // QT_CONFIG(tooltip)
        self.perYearLabel.setText(QCoreApplication.translate("HoldPolicyEditor", u"Holds per &year", None))
        self.perYearSpin.setSpecialValueText(QCoreApplication.translate("HoldPolicyEditor", u"no limit", None))
#if QT_CONFIG(tooltip)
        self.perYearSpin.setToolTip(QCoreApplication.translate("HoldPolicyEditor", u"How many holds one membership may have in a calendar year (no limit: any number)", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setText("")
        self.problemLabel.setText("")
        pass
    # retranslateUi

