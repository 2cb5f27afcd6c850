# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cancellation_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_CancellationDialog(object):
    def setupUi(self, CancellationDialog):
        if not CancellationDialog.objectName():
            CancellationDialog.setObjectName(u"CancellationDialog")
        CancellationDialog.resize(480, 260)
        CancellationDialog.setMinimumSize(QSize(440, 0))
        self.layout = QVBoxLayout(CancellationDialog)
        self.layout.setObjectName(u"layout")
        self.membershipLabel = QLabel(CancellationDialog)
        self.membershipLabel.setObjectName(u"membershipLabel")
        self.membershipLabel.setWordWrap(True)

        self.layout.addWidget(self.membershipLabel)

        self.explanationLabel = QLabel(CancellationDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.layout.addWidget(self.explanationLabel)

        self.moreRow = QHBoxLayout()
        self.moreRow.setObjectName(u"moreRow")
        self.moreLabel = QLabel(CancellationDialog)
        self.moreLabel.setObjectName(u"moreLabel")

        self.moreRow.addWidget(self.moreLabel)

        self.moreSpin = QSpinBox(CancellationDialog)
        self.moreSpin.setObjectName(u"moreSpin")
        self.moreSpin.setMinimum(0)
        self.moreSpin.setMaximum(120)
        self.moreSpin.setValue(1)

        self.moreRow.addWidget(self.moreSpin)

        self.moreSuffix = QLabel(CancellationDialog)
        self.moreSuffix.setObjectName(u"moreSuffix")

        self.moreRow.addWidget(self.moreSuffix)

        self.moreSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.moreRow.addItem(self.moreSpacer)


        self.layout.addLayout(self.moreRow)

        self.previewBox = QGroupBox(CancellationDialog)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.numbersLabel = QLabel(self.previewBox)
        self.numbersLabel.setObjectName(u"numbersLabel")

        self.previewLayout.addWidget(self.numbersLabel)

        self.summaryLabel = QLabel(self.previewBox)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.summaryLabel)


        self.layout.addWidget(self.previewBox)

        self.errorLabel = QLabel(CancellationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(CancellationDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttons.addWidget(self.closeButton)

        self.okButton = QPushButton(CancellationDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.moreLabel.setBuddy(self.moreSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.moreSpin, self.okButton)
        QWidget.setTabOrder(self.okButton, self.closeButton)

        self.retranslateUi(CancellationDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, CancellationDialog):
        CancellationDialog.setWindowTitle(QCoreApplication.translate("CancellationDialog", u"Cancel membership", None))
        self.membershipLabel.setStyleSheet(QCoreApplication.translate("CancellationDialog", u"font-size: 15px; font-weight: 600; color: #24484b;", None))
        self.membershipLabel.setText("")
        self.explanationLabel.setStyleSheet(QCoreApplication.translate("CancellationDialog", u"color: #4d5a5a;", None))
        self.explanationLabel.setText(QCoreApplication.translate("CancellationDialog", u"The member pays this many more installments after the current one; then the membership ends and is no longer extended.", None))
        self.moreLabel.setText(QCoreApplication.translate("CancellationDialog", u"&Pay", None))
#if QT_CONFIG(tooltip)
        self.moreSpin.setToolTip(QCoreApplication.translate("CancellationDialog", u"How many installments the member still pays after the current one.", None))
#endif // QT_CONFIG(tooltip)
        self.moreSuffix.setText(QCoreApplication.translate("CancellationDialog", u"more installments", None))
        self.previewBox.setTitle(QCoreApplication.translate("CancellationDialog", u"What the cancellation does", None))
        self.numbersLabel.setStyleSheet(QCoreApplication.translate("CancellationDialog", u"font-weight: 600;", None))
        self.numbersLabel.setText("")
        self.summaryLabel.setText("")
        self.errorLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("CancellationDialog", u"Keep membership", None))
        self.okButton.setText(QCoreApplication.translate("CancellationDialog", u"Register cancellation", None))
    # retranslateUi

