# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'billing_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_BillingTab(object):
    def setupUi(self, BillingTab):
        if not BillingTab.objectName():
            BillingTab.setObjectName(u"BillingTab")
        BillingTab.resize(900, 640)
        self.rootLayout = QVBoxLayout(BillingTab)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(BillingTab)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setStyleSheet(u"color: #6b7777; font-size: 15px;")

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)
        self.billingPage = QWidget()
        self.billingPage.setObjectName(u"billingPage")
        self.billingLayout = QVBoxLayout(self.billingPage)
        self.billingLayout.setObjectName(u"billingLayout")
        self.installmentsHeader = QHBoxLayout()
        self.installmentsHeader.setObjectName(u"installmentsHeader")
        self.installmentsLabel = QLabel(self.billingPage)
        self.installmentsLabel.setObjectName(u"installmentsLabel")

        self.installmentsHeader.addWidget(self.installmentsLabel)

        self.summaryLabel = QLabel(self.billingPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.installmentsHeader.addWidget(self.summaryLabel)

        self.installmentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.installmentsHeader.addItem(self.installmentsSpacer)


        self.billingLayout.addLayout(self.installmentsHeader)

        self.installmentsTable = QTableView(self.billingPage)
        self.installmentsTable.setObjectName(u"installmentsTable")
        self.installmentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.installmentsTable.setAlternatingRowColors(True)
        self.installmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.installmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.installmentsTable.setShowGrid(False)
        self.installmentsTable.setWordWrap(False)
        self.installmentsTable.horizontalHeader().setStretchLastSection(True)
        self.installmentsTable.verticalHeader().setVisible(False)

        self.billingLayout.addWidget(self.installmentsTable)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.hintLabel = QLabel(self.billingPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.hintLabel.sizePolicy().hasHeightForWidth())
        self.hintLabel.setSizePolicy(sizePolicy)

        self.actionsRow.addWidget(self.hintLabel)

        self.payButton = QPushButton(self.billingPage)
        self.payButton.setObjectName(u"payButton")

        self.actionsRow.addWidget(self.payButton)

        self.extendButton = QPushButton(self.billingPage)
        self.extendButton.setObjectName(u"extendButton")

        self.actionsRow.addWidget(self.extendButton)

        self.cancelButton = QPushButton(self.billingPage)
        self.cancelButton.setObjectName(u"cancelButton")

        self.actionsRow.addWidget(self.cancelButton)

        self.removeCancellationButton = QPushButton(self.billingPage)
        self.removeCancellationButton.setObjectName(u"removeCancellationButton")

        self.actionsRow.addWidget(self.removeCancellationButton)

        self.actionsRow.setStretch(0, 1)

        self.billingLayout.addLayout(self.actionsRow)

        self.historyLabel = QLabel(self.billingPage)
        self.historyLabel.setObjectName(u"historyLabel")

        self.billingLayout.addWidget(self.historyLabel)

        self.historyTable = QTableView(self.billingPage)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setShowGrid(False)
        self.historyTable.setWordWrap(False)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.billingLayout.addWidget(self.historyTable)

        self.billingLayout.setStretch(1, 3)
        self.billingLayout.setStretch(4, 2)
        self.stack.addWidget(self.billingPage)

        self.rootLayout.addWidget(self.stack)

        QWidget.setTabOrder(self.installmentsTable, self.payButton)
        QWidget.setTabOrder(self.payButton, self.extendButton)
        QWidget.setTabOrder(self.extendButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.removeCancellationButton)
        QWidget.setTabOrder(self.removeCancellationButton, self.historyTable)

        self.retranslateUi(BillingTab)
    # setupUi

    def retranslateUi(self, BillingTab):
        self.emptyLabel.setText(QCoreApplication.translate("BillingTab", u"Select a member to see their installments and payments", None))
        self.installmentsLabel.setStyleSheet(QCoreApplication.translate("BillingTab", u"font-weight: 600;", None))
        self.installmentsLabel.setText(QCoreApplication.translate("BillingTab", u"Installments", None))
        self.summaryLabel.setText("")
        self.hintLabel.setStyleSheet(QCoreApplication.translate("BillingTab", u"color: #4d5a5a;", None))
        self.hintLabel.setText("")
        self.payButton.setText(QCoreApplication.translate("BillingTab", u"&Pay\u2026", None))
#if QT_CONFIG(tooltip)
        self.payButton.setToolTip(QCoreApplication.translate("BillingTab", u"Take the payment of the selected installment (method, discount).", None))
#endif // QT_CONFIG(tooltip)
        self.extendButton.setText(QCoreApplication.translate("BillingTab", u"E&xtend\u2026", None))
#if QT_CONFIG(tooltip)
        self.extendButton.setToolTip(QCoreApplication.translate("BillingTab", u"Renew the selected installment's membership by its next period; a new installment is added to pay.", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("BillingTab", u"&Cancel membership\u2026", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("BillingTab", u"Register a cancellation: the member pays a chosen number of further installments, then the membership ends.", None))
#endif // QT_CONFIG(tooltip)
        self.removeCancellationButton.setText(QCoreApplication.translate("BillingTab", u"&Remove cancellation", None))
#if QT_CONFIG(tooltip)
        self.removeCancellationButton.setToolTip(QCoreApplication.translate("BillingTab", u"Undo the registered cancellation: the installments go back to how they were before it.", None))
#endif // QT_CONFIG(tooltip)
        self.historyLabel.setStyleSheet(QCoreApplication.translate("BillingTab", u"font-weight: 600;", None))
        self.historyLabel.setText(QCoreApplication.translate("BillingTab", u"Payment history", None))
        pass
    # retranslateUi

