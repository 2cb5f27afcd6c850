# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'front_desk.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_FrontDeskView(object):
    def setupUi(self, FrontDeskView):
        if not FrontDeskView.objectName():
            FrontDeskView.setObjectName(u"FrontDeskView")
        FrontDeskView.resize(1100, 720)
        self.rootLayout = QVBoxLayout(FrontDeskView)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 4, 0, 0)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.todayLabel = QLabel(FrontDeskView)
        self.todayLabel.setObjectName(u"todayLabel")
        self.todayLabel.setStyleSheet(u"font-size: 15px; font-weight: 600; color: #24484b;")

        self.headerRow.addWidget(self.todayLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.sellProductButton = QPushButton(FrontDeskView)
        self.sellProductButton.setObjectName(u"sellProductButton")
        self.sellProductButton.setAutoDefault(False)

        self.headerRow.addWidget(self.sellProductButton)


        self.rootLayout.addLayout(self.headerRow)

        self.splitter = QSplitter(FrontDeskView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.duePanel = QWidget(self.splitter)
        self.duePanel.setObjectName(u"duePanel")
        self.dueLayout = QVBoxLayout(self.duePanel)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueLayout.setContentsMargins(0, 6, 0, 6)
        self.dueTitleLabel = QLabel(self.duePanel)
        self.dueTitleLabel.setObjectName(u"dueTitleLabel")
        self.dueTitleLabel.setStyleSheet(u"font-size: 14px; font-weight: 600; color: #24484b;")

        self.dueLayout.addWidget(self.dueTitleLabel)

        self.dueStack = QStackedWidget(self.duePanel)
        self.dueStack.setObjectName(u"dueStack")
        self.dueTable = QTableView()
        self.dueTable.setObjectName(u"dueTable")
        self.dueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dueTable.setAlternatingRowColors(True)
        self.dueTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dueTable.setShowGrid(False)
        self.dueTable.setWordWrap(False)
        self.dueStack.addWidget(self.dueTable)
        self.dueTable.horizontalHeader().setHighlightSections(False)
        self.dueTable.verticalHeader().setVisible(False)
        self.dueEmptyLabel = QLabel()
        self.dueEmptyLabel.setObjectName(u"dueEmptyLabel")
        self.dueEmptyLabel.setStyleSheet(u"background: white; color: #5c6670; font-size: 14px; border: 1px solid #e2e8e8;")
        self.dueEmptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dueEmptyLabel.setWordWrap(True)
        self.dueStack.addWidget(self.dueEmptyLabel)

        self.dueLayout.addWidget(self.dueStack)

        self.dueButtons = QHBoxLayout()
        self.dueButtons.setObjectName(u"dueButtons")
        self.dueHintLabel = QLabel(self.duePanel)
        self.dueHintLabel.setObjectName(u"dueHintLabel")
        self.dueHintLabel.setStyleSheet(u"color: #5c6670;")
        self.dueHintLabel.setWordWrap(True)

        self.dueButtons.addWidget(self.dueHintLabel)

        self.dueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueButtons.addItem(self.dueSpacer)

        self.dueOpenMemberButton = QPushButton(self.duePanel)
        self.dueOpenMemberButton.setObjectName(u"dueOpenMemberButton")
        self.dueOpenMemberButton.setAutoDefault(False)

        self.dueButtons.addWidget(self.dueOpenMemberButton)

        self.payButton = QPushButton(self.duePanel)
        self.payButton.setObjectName(u"payButton")
        self.payButton.setAutoDefault(False)

        self.dueButtons.addWidget(self.payButton)

        self.dueButtons.setStretch(0, 1)

        self.dueLayout.addLayout(self.dueButtons)

        self.splitter.addWidget(self.duePanel)
        self.expiringPanel = QWidget(self.splitter)
        self.expiringPanel.setObjectName(u"expiringPanel")
        self.expiringLayout = QVBoxLayout(self.expiringPanel)
        self.expiringLayout.setObjectName(u"expiringLayout")
        self.expiringLayout.setContentsMargins(0, 6, 0, 0)
        self.expiringTitleLabel = QLabel(self.expiringPanel)
        self.expiringTitleLabel.setObjectName(u"expiringTitleLabel")
        self.expiringTitleLabel.setStyleSheet(u"font-size: 14px; font-weight: 600; color: #24484b;")

        self.expiringLayout.addWidget(self.expiringTitleLabel)

        self.expiringStack = QStackedWidget(self.expiringPanel)
        self.expiringStack.setObjectName(u"expiringStack")
        self.expiringTable = QTableView()
        self.expiringTable.setObjectName(u"expiringTable")
        self.expiringTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.expiringTable.setAlternatingRowColors(True)
        self.expiringTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.expiringTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.expiringTable.setShowGrid(False)
        self.expiringTable.setWordWrap(False)
        self.expiringStack.addWidget(self.expiringTable)
        self.expiringTable.horizontalHeader().setHighlightSections(False)
        self.expiringTable.verticalHeader().setVisible(False)
        self.expiringEmptyLabel = QLabel()
        self.expiringEmptyLabel.setObjectName(u"expiringEmptyLabel")
        self.expiringEmptyLabel.setStyleSheet(u"background: white; color: #5c6670; font-size: 14px; border: 1px solid #e2e8e8;")
        self.expiringEmptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.expiringEmptyLabel.setWordWrap(True)
        self.expiringStack.addWidget(self.expiringEmptyLabel)

        self.expiringLayout.addWidget(self.expiringStack)

        self.expiringButtons = QHBoxLayout()
        self.expiringButtons.setObjectName(u"expiringButtons")
        self.expiringHintLabel = QLabel(self.expiringPanel)
        self.expiringHintLabel.setObjectName(u"expiringHintLabel")
        self.expiringHintLabel.setStyleSheet(u"color: #5c6670;")
        self.expiringHintLabel.setWordWrap(True)

        self.expiringButtons.addWidget(self.expiringHintLabel)

        self.expiringSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.expiringButtons.addItem(self.expiringSpacer)

        self.expiringOpenMemberButton = QPushButton(self.expiringPanel)
        self.expiringOpenMemberButton.setObjectName(u"expiringOpenMemberButton")
        self.expiringOpenMemberButton.setAutoDefault(False)

        self.expiringButtons.addWidget(self.expiringOpenMemberButton)

        self.extendButton = QPushButton(self.expiringPanel)
        self.extendButton.setObjectName(u"extendButton")
        self.extendButton.setAutoDefault(False)

        self.expiringButtons.addWidget(self.extendButton)

        self.expiringButtons.setStretch(0, 1)

        self.expiringLayout.addLayout(self.expiringButtons)

        self.splitter.addWidget(self.expiringPanel)

        self.rootLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.dueTable, self.payButton)
        QWidget.setTabOrder(self.payButton, self.dueOpenMemberButton)
        QWidget.setTabOrder(self.dueOpenMemberButton, self.expiringTable)
        QWidget.setTabOrder(self.expiringTable, self.extendButton)
        QWidget.setTabOrder(self.extendButton, self.expiringOpenMemberButton)
        QWidget.setTabOrder(self.expiringOpenMemberButton, self.sellProductButton)

        self.retranslateUi(FrontDeskView)
    # setupUi

    def retranslateUi(self, FrontDeskView):
        self.todayLabel.setText("")
        self.sellProductButton.setText(QCoreApplication.translate("FrontDeskView", u"Sell &product\u2026", None))
#if QT_CONFIG(tooltip)
        self.sellProductButton.setToolTip(QCoreApplication.translate("FrontDeskView", u"Sell a product (water, a towel\u2026) to a member or a walk-in", None))
#endif // QT_CONFIG(tooltip)
        self.dueTitleLabel.setText(QCoreApplication.translate("FrontDeskView", u"Installments due today and overdue", None))
#if QT_CONFIG(tooltip)
        self.dueTable.setToolTip(QCoreApplication.translate("FrontDeskView", u"Double-click an installment to take its payment", None))
#endif // QT_CONFIG(tooltip)
        self.dueEmptyLabel.setText(QCoreApplication.translate("FrontDeskView", u"All paid up: no installment is due today and none is overdue.", None))
        self.dueHintLabel.setText(QCoreApplication.translate("FrontDeskView", u"Select a line, then Pay\u2026  Overdue installments are in red; \u201c\u2713 card on file\u201d: the member's card can be charged.", None))
        self.dueOpenMemberButton.setText(QCoreApplication.translate("FrontDeskView", u"Open &member", None))
#if QT_CONFIG(tooltip)
        self.dueOpenMemberButton.setToolTip(QCoreApplication.translate("FrontDeskView", u"Show the selected member's profile", None))
#endif // QT_CONFIG(tooltip)
        self.payButton.setText(QCoreApplication.translate("FrontDeskView", u"Pa&y\u2026", None))
#if QT_CONFIG(tooltip)
        self.payButton.setToolTip(QCoreApplication.translate("FrontDeskView", u"Take the payment of the selected installment", None))
#endif // QT_CONFIG(tooltip)
        self.expiringTitleLabel.setText(QCoreApplication.translate("FrontDeskView", u"Memberships expiring in the next 7 days", None))
#if QT_CONFIG(tooltip)
        self.expiringTable.setToolTip(QCoreApplication.translate("FrontDeskView", u"Double-click a membership to extend it", None))
#endif // QT_CONFIG(tooltip)
        self.expiringEmptyLabel.setText(QCoreApplication.translate("FrontDeskView", u"No membership ends in the next 7 days.", None))
        self.expiringHintLabel.setText(QCoreApplication.translate("FrontDeskView", u"Select a line, then Extend\u2026  Green: continuous, card on file and not on its last installment, so it is extended automatically.", None))
        self.expiringOpenMemberButton.setText(QCoreApplication.translate("FrontDeskView", u"Open membe&r", None))
#if QT_CONFIG(tooltip)
        self.expiringOpenMemberButton.setToolTip(QCoreApplication.translate("FrontDeskView", u"Show the selected member's profile", None))
#endif // QT_CONFIG(tooltip)
        self.extendButton.setText(QCoreApplication.translate("FrontDeskView", u"&Extend\u2026", None))
#if QT_CONFIG(tooltip)
        self.extendButton.setToolTip(QCoreApplication.translate("FrontDeskView", u"Extend the selected membership by its next period", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

