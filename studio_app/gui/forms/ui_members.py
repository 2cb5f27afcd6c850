# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_MembersView(object):
    def setupUi(self, MembersView):
        if not MembersView.objectName():
            MembersView.setObjectName(u"MembersView")
        MembersView.resize(1100, 750)
        self.rootLayout = QHBoxLayout(MembersView)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(MembersView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listPanel.setMinimumSize(QSize(280, 0))
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 4, 6, 0)
        self.searchEdit = QLineEdit(self.listPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.searchEdit)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.showArchivedCheck = QCheckBox(self.listPanel)
        self.showArchivedCheck.setObjectName(u"showArchivedCheck")

        self.filterRow.addWidget(self.showArchivedCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.countLabel = QLabel(self.listPanel)
        self.countLabel.setObjectName(u"countLabel")

        self.filterRow.addWidget(self.countLabel)


        self.listLayout.addLayout(self.filterRow)

        self.membersTable = QTableView(self.listPanel)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membersTable.setAlternatingRowColors(True)
        self.membersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membersTable.setShowGrid(False)
        self.membersTable.setWordWrap(False)
        self.membersTable.horizontalHeader().setHighlightSections(False)
        self.membersTable.horizontalHeader().setStretchLastSection(True)
        self.membersTable.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.membersTable)

        self.cappedLabel = QLabel(self.listPanel)
        self.cappedLabel.setObjectName(u"cappedLabel")

        self.listLayout.addWidget(self.cappedLabel)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.listButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonSpacer)

        self.importButton = QPushButton(self.listPanel)
        self.importButton.setObjectName(u"importButton")

        self.listButtons.addWidget(self.importButton)

        self.newMemberButton = QPushButton(self.listPanel)
        self.newMemberButton.setObjectName(u"newMemberButton")

        self.listButtons.addWidget(self.newMemberButton)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPanel)
        self.profileStack = QStackedWidget(self.splitter)
        self.profileStack.setObjectName(u"profileStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.profileStack.addWidget(self.emptyPage)
        self.profilePage = QWidget()
        self.profilePage.setObjectName(u"profilePage")
        self.profileLayout = QVBoxLayout(self.profilePage)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileLayout.setContentsMargins(6, 0, 0, 0)
        self.profileStack.addWidget(self.profilePage)
        self.splitter.addWidget(self.profileStack)

        self.rootLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.searchEdit, self.showArchivedCheck)
        QWidget.setTabOrder(self.showArchivedCheck, self.membersTable)
        QWidget.setTabOrder(self.membersTable, self.importButton)
        QWidget.setTabOrder(self.importButton, self.newMemberButton)

        self.retranslateUi(MembersView)
    # setupUi

    def retranslateUi(self, MembersView):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MembersView", u"Search name, email, phone or card\u2026", None))
        self.showArchivedCheck.setText(QCoreApplication.translate("MembersView", u"Show &archived", None))
        self.countLabel.setText("")
        self.cappedLabel.setStyleSheet(QCoreApplication.translate("MembersView", u"color: #6b5a1e;", None))
        self.cappedLabel.setText(QCoreApplication.translate("MembersView", u"Showing first 200 \u2014 type more to narrow", None))
        self.importButton.setText(QCoreApplication.translate("MembersView", u"&Import\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("MembersView", u"Import members from another system's CSV or Excel export", None))
#endif // QT_CONFIG(tooltip)
        self.newMemberButton.setText(QCoreApplication.translate("MembersView", u"&New member\u2026", None))
        self.emptyLabel.setStyleSheet(QCoreApplication.translate("MembersView", u"color: #7a8585; font-size: 15px;", None))
        self.emptyLabel.setText(QCoreApplication.translate("MembersView", u"Select a member", None))
        pass
    # retranslateUi

