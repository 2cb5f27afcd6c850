# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'late_cancel_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_LateCancelDialog(object):
    def setupUi(self, LateCancelDialog):
        if not LateCancelDialog.objectName():
            LateCancelDialog.setObjectName(u"LateCancelDialog")
        LateCancelDialog.resize(500, 230)
        self.layout = QVBoxLayout(LateCancelDialog)
        self.layout.setObjectName(u"layout")
        self.memberLabel = QLabel(LateCancelDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setWordWrap(True)

        self.layout.addWidget(self.memberLabel)

        self.classLabel = QLabel(LateCancelDialog)
        self.classLabel.setObjectName(u"classLabel")
        self.classLabel.setWordWrap(True)

        self.layout.addWidget(self.classLabel)

        self.warningLabel = QLabel(LateCancelDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.layout.addWidget(self.warningLabel)

        self.forgiveCheck = QCheckBox(LateCancelDialog)
        self.forgiveCheck.setObjectName(u"forgiveCheck")
        self.forgiveCheck.setChecked(False)

        self.layout.addWidget(self.forgiveCheck)

        self.outcomeLabel = QLabel(LateCancelDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")
        self.outcomeLabel.setWordWrap(True)

        self.layout.addWidget(self.outcomeLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(LateCancelDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.signOutButton = QPushButton(LateCancelDialog)
        self.signOutButton.setObjectName(u"signOutButton")

        self.buttons.addWidget(self.signOutButton)


        self.layout.addLayout(self.buttons)

        QWidget.setTabOrder(self.forgiveCheck, self.signOutButton)
        QWidget.setTabOrder(self.signOutButton, self.cancelButton)

        self.retranslateUi(LateCancelDialog)

        self.signOutButton.setDefault(True)

    # setupUi

    def retranslateUi(self, LateCancelDialog):
        LateCancelDialog.setWindowTitle(QCoreApplication.translate("LateCancelDialog", u"Late cancel", None))
        self.memberLabel.setStyleSheet(QCoreApplication.translate("LateCancelDialog", u"font-size: 15px; font-weight: 600; color: #24484b;", None))
        self.memberLabel.setText("")
        self.classLabel.setStyleSheet(QCoreApplication.translate("LateCancelDialog", u"color: #4d5a5a;", None))
        self.classLabel.setText("")
        self.warningLabel.setStyleSheet(QCoreApplication.translate("LateCancelDialog", u"background: #fff4e0; color: #7a4a00; border: 1px solid #f0d09a; border-radius: 3px; padding: 6px 8px;", None))
        self.warningLabel.setText("")
        self.forgiveCheck.setText(QCoreApplication.translate("LateCancelDialog", u"&Forgive: return the session to the membership", None))
        self.outcomeLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("LateCancelDialog", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("LateCancelDialog", u"Keep the member booked", None))
#endif // QT_CONFIG(tooltip)
        self.signOutButton.setText(QCoreApplication.translate("LateCancelDialog", u"&Sign out", None))
    # retranslateUi

