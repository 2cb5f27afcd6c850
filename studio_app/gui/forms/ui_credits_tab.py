# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'credits_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_CreditsTab(object):
    def setupUi(self, CreditsTab):
        if not CreditsTab.objectName():
            CreditsTab.setObjectName(u"CreditsTab")
        CreditsTab.resize(900, 640)
        self.rootLayout = QVBoxLayout(CreditsTab)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(CreditsTab)
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
        self.reportPage = QWidget()
        self.reportPage.setObjectName(u"reportPage")
        self.reportLayout = QVBoxLayout(self.reportPage)
        self.reportLayout.setObjectName(u"reportLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(10)
        self.headerLayout.setObjectName(u"headerLayout")
        self.availableBox = QFrame(self.reportPage)
        self.availableBox.setObjectName(u"availableBox")
        self.availableBox.setStyleSheet(u"QFrame#availableBox { background: white; border: 1px solid #d6dfdf; border-radius: 6px; }")
        self.availableLayout = QVBoxLayout(self.availableBox)
        self.availableLayout.setSpacing(0)
        self.availableLayout.setObjectName(u"availableLayout")
        self.availableLayout.setContentsMargins(16, 6, 16, 8)
        self.availableValue = QLabel(self.availableBox)
        self.availableValue.setObjectName(u"availableValue")
        self.availableValue.setStyleSheet(u"font-size: 30px; font-weight: 600; color: #1e5b2f;")

        self.availableLayout.addWidget(self.availableValue)

        self.availableCaption = QLabel(self.availableBox)
        self.availableCaption.setObjectName(u"availableCaption")
        self.availableCaption.setStyleSheet(u"color: #4d5a5a;")

        self.availableLayout.addWidget(self.availableCaption)


        self.headerLayout.addWidget(self.availableBox)

        self.usedBox = QFrame(self.reportPage)
        self.usedBox.setObjectName(u"usedBox")
        self.usedBox.setStyleSheet(u"QFrame#usedBox { background: white; border: 1px solid #d6dfdf; border-radius: 6px; }")
        self.usedLayout = QVBoxLayout(self.usedBox)
        self.usedLayout.setSpacing(0)
        self.usedLayout.setObjectName(u"usedLayout")
        self.usedLayout.setContentsMargins(16, 6, 16, 8)
        self.usedValue = QLabel(self.usedBox)
        self.usedValue.setObjectName(u"usedValue")
        self.usedValue.setStyleSheet(u"font-size: 30px; font-weight: 600; color: #24484b;")

        self.usedLayout.addWidget(self.usedValue)

        self.usedCaption = QLabel(self.usedBox)
        self.usedCaption.setObjectName(u"usedCaption")
        self.usedCaption.setStyleSheet(u"color: #4d5a5a;")

        self.usedLayout.addWidget(self.usedCaption)


        self.headerLayout.addWidget(self.usedBox)

        self.expiredBox = QFrame(self.reportPage)
        self.expiredBox.setObjectName(u"expiredBox")
        self.expiredBox.setStyleSheet(u"QFrame#expiredBox { background: white; border: 1px solid #d6dfdf; border-radius: 6px; }")
        self.expiredLayout = QVBoxLayout(self.expiredBox)
        self.expiredLayout.setSpacing(0)
        self.expiredLayout.setObjectName(u"expiredLayout")
        self.expiredLayout.setContentsMargins(16, 6, 16, 8)
        self.expiredValue = QLabel(self.expiredBox)
        self.expiredValue.setObjectName(u"expiredValue")
        self.expiredValue.setStyleSheet(u"font-size: 30px; font-weight: 600; color: #7d8888;")

        self.expiredLayout.addWidget(self.expiredValue)

        self.expiredCaption = QLabel(self.expiredBox)
        self.expiredCaption.setObjectName(u"expiredCaption")
        self.expiredCaption.setStyleSheet(u"color: #4d5a5a;")

        self.expiredLayout.addWidget(self.expiredCaption)


        self.headerLayout.addWidget(self.expiredBox)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.actionsLayout = QVBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.adjustButton = QPushButton(self.reportPage)
        self.adjustButton.setObjectName(u"adjustButton")

        self.actionsLayout.addWidget(self.adjustButton)

        self.exportLayout = QHBoxLayout()
        self.exportLayout.setObjectName(u"exportLayout")
        self.excelButton = QPushButton(self.reportPage)
        self.excelButton.setObjectName(u"excelButton")

        self.exportLayout.addWidget(self.excelButton)

        self.pdfButton = QPushButton(self.reportPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.exportLayout.addWidget(self.pdfButton)


        self.actionsLayout.addLayout(self.exportLayout)


        self.headerLayout.addLayout(self.actionsLayout)


        self.reportLayout.addLayout(self.headerLayout)

        self.categoriesLabel = QLabel(self.reportPage)
        self.categoriesLabel.setObjectName(u"categoriesLabel")
        self.categoriesLabel.setStyleSheet(u"color: #24484b;")
        self.categoriesLabel.setWordWrap(True)

        self.reportLayout.addWidget(self.categoriesLabel)

        self.noticeLabel = QLabel(self.reportPage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setStyleSheet(u"color: #6b7777; font-size: 14px; padding: 12px 0;")
        self.noticeLabel.setWordWrap(True)

        self.reportLayout.addWidget(self.noticeLabel)

        self.sections = QTabWidget(self.reportPage)
        self.sections.setObjectName(u"sections")
        self.sections.setDocumentMode(True)
        self.activePage = QWidget()
        self.activePage.setObjectName(u"activePage")
        self.activePageLayout = QVBoxLayout(self.activePage)
        self.activePageLayout.setObjectName(u"activePageLayout")
        self.activePageLayout.setContentsMargins(0, 0, 0, 0)
        self.activeTable = QTableView(self.activePage)
        self.activeTable.setObjectName(u"activeTable")
        self.activeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activeTable.setAlternatingRowColors(True)
        self.activeTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activeTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activeTable.setShowGrid(False)
        self.activeTable.setWordWrap(False)
        self.activeTable.horizontalHeader().setStretchLastSection(True)
        self.activeTable.verticalHeader().setVisible(False)

        self.activePageLayout.addWidget(self.activeTable)

        self.sections.addTab(self.activePage, "")
        self.expiredPage = QWidget()
        self.expiredPage.setObjectName(u"expiredPage")
        self.expiredPageLayout = QVBoxLayout(self.expiredPage)
        self.expiredPageLayout.setObjectName(u"expiredPageLayout")
        self.expiredPageLayout.setContentsMargins(0, 0, 0, 0)
        self.expiredTable = QTableView(self.expiredPage)
        self.expiredTable.setObjectName(u"expiredTable")
        self.expiredTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.expiredTable.setAlternatingRowColors(True)
        self.expiredTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.expiredTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.expiredTable.setShowGrid(False)
        self.expiredTable.setWordWrap(False)
        self.expiredTable.horizontalHeader().setStretchLastSection(True)
        self.expiredTable.verticalHeader().setVisible(False)

        self.expiredPageLayout.addWidget(self.expiredTable)

        self.sections.addTab(self.expiredPage, "")
        self.historyPage = QWidget()
        self.historyPage.setObjectName(u"historyPage")
        self.historyPageLayout = QVBoxLayout(self.historyPage)
        self.historyPageLayout.setObjectName(u"historyPageLayout")
        self.historyPageLayout.setContentsMargins(0, 0, 0, 0)
        self.historyTable = QTableView(self.historyPage)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setShowGrid(False)
        self.historyTable.setWordWrap(False)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyPageLayout.addWidget(self.historyTable)

        self.sections.addTab(self.historyPage, "")

        self.reportLayout.addWidget(self.sections)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reportLayout.addItem(self.bottomSpacer)

        self.reportLayout.setStretch(3, 1)
        self.stack.addWidget(self.reportPage)

        self.rootLayout.addWidget(self.stack)


        self.retranslateUi(CreditsTab)

        self.sections.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, CreditsTab):
        self.emptyLabel.setText(QCoreApplication.translate("CreditsTab", u"Select a member to see their session credits", None))
#if QT_CONFIG(tooltip)
        self.availableBox.setToolTip(QCoreApplication.translate("CreditsTab", u"Credits the member can book with now (lots not expired)", None))
#endif // QT_CONFIG(tooltip)
        self.availableValue.setText(QCoreApplication.translate("CreditsTab", u"0", None))
        self.availableCaption.setText(QCoreApplication.translate("CreditsTab", u"Available", None))
#if QT_CONFIG(tooltip)
        self.usedBox.setToolTip(QCoreApplication.translate("CreditsTab", u"Credits charged for classes, net of sign-outs", None))
#endif // QT_CONFIG(tooltip)
        self.usedValue.setText(QCoreApplication.translate("CreditsTab", u"0", None))
        self.usedCaption.setText(QCoreApplication.translate("CreditsTab", u"Used", None))
#if QT_CONFIG(tooltip)
        self.expiredBox.setToolTip(QCoreApplication.translate("CreditsTab", u"Credits that reached their expiry unused", None))
#endif // QT_CONFIG(tooltip)
        self.expiredValue.setText(QCoreApplication.translate("CreditsTab", u"0", None))
        self.expiredCaption.setText(QCoreApplication.translate("CreditsTab", u"Expired", None))
        self.adjustButton.setText(QCoreApplication.translate("CreditsTab", u"&Adjust credits\u2026", None))
#if QT_CONFIG(tooltip)
        self.adjustButton.setToolTip(QCoreApplication.translate("CreditsTab", u"Add or remove credits by hand, with a reason (needs the billing privilege)", None))
#endif // QT_CONFIG(tooltip)
        self.excelButton.setText(QCoreApplication.translate("CreditsTab", u"Export to E&xcel\u2026", None))
#if QT_CONFIG(tooltip)
        self.excelButton.setToolTip(QCoreApplication.translate("CreditsTab", u"Save the session credit report as an Excel workbook (.xlsx)", None))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(QCoreApplication.translate("CreditsTab", u"Statement &PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("CreditsTab", u"Save a printable session credit statement (PDF)", None))
#endif // QT_CONFIG(tooltip)
        self.categoriesLabel.setText("")
        self.noticeLabel.setText("")
        self.sections.setTabText(self.sections.indexOf(self.activePage), QCoreApplication.translate("CreditsTab", u"Active lots", None))
        self.sections.setTabText(self.sections.indexOf(self.expiredPage), QCoreApplication.translate("CreditsTab", u"Expired lots", None))
        self.sections.setTabText(self.sections.indexOf(self.historyPage), QCoreApplication.translate("CreditsTab", u"History", None))
        pass
    # retranslateUi

