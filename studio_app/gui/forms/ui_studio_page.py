# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'studio_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_StudioPage(object):
    def setupUi(self, StudioPage):
        if not StudioPage.objectName():
            StudioPage.setObjectName(u"StudioPage")
        StudioPage.resize(1100, 660)
        self.studioLayout = QVBoxLayout(StudioPage)
        self.studioLayout.setObjectName(u"studioLayout")
        self.studioForm = QFormLayout()
        self.studioForm.setObjectName(u"studioForm")
        self.studioNameLabel = QLabel(StudioPage)
        self.studioNameLabel.setObjectName(u"studioNameLabel")

        self.studioForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.studioNameLabel)

        self.studioNameRow = QHBoxLayout()
        self.studioNameRow.setObjectName(u"studioNameRow")
        self.studioNameEdit = QLineEdit(StudioPage)
        self.studioNameEdit.setObjectName(u"studioNameEdit")
        self.studioNameEdit.setMinimumSize(QSize(320, 0))

        self.studioNameRow.addWidget(self.studioNameEdit)

        self.saveStudioButton = QPushButton(StudioPage)
        self.saveStudioButton.setObjectName(u"saveStudioButton")

        self.studioNameRow.addWidget(self.saveStudioButton)

        self.studioNameSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.studioNameRow.addItem(self.studioNameSpacer)


        self.studioForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.studioNameRow)


        self.studioLayout.addLayout(self.studioForm)

        self.studioHintLabel = QLabel(StudioPage)
        self.studioHintLabel.setObjectName(u"studioHintLabel")
        self.studioHintLabel.setWordWrap(True)

        self.studioLayout.addWidget(self.studioHintLabel)

        self.billingGroup = QGroupBox(StudioPage)
        self.billingGroup.setObjectName(u"billingGroup")
        self.billingGroup.setMaximumSize(QSize(820, 16777215))
        self.billingLayout = QVBoxLayout(self.billingGroup)
        self.billingLayout.setObjectName(u"billingLayout")
        self.enforceBillingCheck = QCheckBox(self.billingGroup)
        self.enforceBillingCheck.setObjectName(u"enforceBillingCheck")

        self.billingLayout.addWidget(self.enforceBillingCheck)

        self.enforceBillingHintLabel = QLabel(self.billingGroup)
        self.enforceBillingHintLabel.setObjectName(u"enforceBillingHintLabel")
        self.enforceBillingHintLabel.setWordWrap(True)

        self.billingLayout.addWidget(self.enforceBillingHintLabel)


        self.studioLayout.addWidget(self.billingGroup)

        self.studioErrorLabel = QLabel(StudioPage)
        self.studioErrorLabel.setObjectName(u"studioErrorLabel")
        self.studioErrorLabel.setWordWrap(True)

        self.studioLayout.addWidget(self.studioErrorLabel)

        self.studioSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.studioLayout.addItem(self.studioSpacer)

#if QT_CONFIG(shortcut)
        self.studioNameLabel.setBuddy(self.studioNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StudioPage)
    # setupUi

    def retranslateUi(self, StudioPage):
        self.studioNameLabel.setText(QCoreApplication.translate("StudioPage", u"Studio &name", None))
        self.studioNameEdit.setPlaceholderText(QCoreApplication.translate("StudioPage", u"e.g. Lotus Yoga", None))
        self.saveStudioButton.setText(QCoreApplication.translate("StudioPage", u"Sa&ve", None))
        self.studioHintLabel.setText(QCoreApplication.translate("StudioPage", u"The studio name appears in the window title, on the login screen and on printed attendance sheets.", None))
        self.billingGroup.setTitle(QCoreApplication.translate("StudioPage", u"Sign-ups", None))
        self.enforceBillingCheck.setText(QCoreApplication.translate("StudioPage", u"&Enforce billing for session registration", None))
        self.enforceBillingHintLabel.setText(QCoreApplication.translate("StudioPage", u"On: a sign-up needs a membership that can pay. Off: the desk may register unpaid visits and take payment later.", None))
        self.studioErrorLabel.setText("")
        pass
    # retranslateUi

