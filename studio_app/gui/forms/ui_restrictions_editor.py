# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restrictions_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RestrictionsEditor(object):
    def setupUi(self, RestrictionsEditor):
        if not RestrictionsEditor.objectName():
            RestrictionsEditor.setObjectName(u"RestrictionsEditor")
        RestrictionsEditor.resize(820, 220)
        self.layout = QVBoxLayout(RestrictionsEditor)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.rowsScroll = QScrollArea(RestrictionsEditor)
        self.rowsScroll.setObjectName(u"rowsScroll")
        self.rowsScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rowsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rowsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rowsScroll.setWidgetResizable(True)
        self.rowsWidget = QWidget()
        self.rowsWidget.setObjectName(u"rowsWidget")
        self.rowsLayout = QVBoxLayout(self.rowsWidget)
        self.rowsLayout.setSpacing(4)
        self.rowsLayout.setObjectName(u"rowsLayout")
        self.rowsLayout.setContentsMargins(0, 0, 0, 0)
        self.rowsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rowsLayout.addItem(self.rowsSpacer)

        self.rowsScroll.setWidget(self.rowsWidget)

        self.layout.addWidget(self.rowsScroll)

        self.restrictionButtons = QHBoxLayout()
        self.restrictionButtons.setObjectName(u"restrictionButtons")
        self.addRestrictionButton = QPushButton(RestrictionsEditor)
        self.addRestrictionButton.setObjectName(u"addRestrictionButton")

        self.restrictionButtons.addWidget(self.addRestrictionButton)

        self.restrictionButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.restrictionButtons.addItem(self.restrictionButtonSpacer)


        self.layout.addLayout(self.restrictionButtons)

        self.summaryLabel = QLabel(RestrictionsEditor)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setStyleSheet(u"font-weight: 600; color: #24484b;")

        self.layout.addWidget(self.summaryLabel)

        self.cycleHintLabel = QLabel(RestrictionsEditor)
        self.cycleHintLabel.setObjectName(u"cycleHintLabel")
        self.cycleHintLabel.setWordWrap(True)
        self.cycleHintLabel.setStyleSheet(u"color: #5b6668;")

        self.layout.addWidget(self.cycleHintLabel)


        self.retranslateUi(RestrictionsEditor)
    # setupUi

    def retranslateUi(self, RestrictionsEditor):
        self.addRestrictionButton.setText(QCoreApplication.translate("RestrictionsEditor", u"Add res&triction", None))
#if QT_CONFIG(tooltip)
        self.addRestrictionButton.setToolTip(QCoreApplication.translate("RestrictionsEditor", u"Add a limit on how many visits this plan allows per day, week, month, 4 weeks or year", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setText("")
        self.cycleHintLabel.setText("")
        pass
    # retranslateUi

