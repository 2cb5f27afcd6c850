# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_profile.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_MemberProfileView(object):
    def setupUi(self, MemberProfileView):
        if not MemberProfileView.objectName():
            MemberProfileView.setObjectName(u"MemberProfileView")
        MemberProfileView.resize(700, 700)
        self.rootLayout = QVBoxLayout(MemberProfileView)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 4, 0, 0)
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.identity = QVBoxLayout()
        self.identity.setSpacing(2)
        self.identity.setObjectName(u"identity")
        self.nameRow = QHBoxLayout()
        self.nameRow.setObjectName(u"nameRow")
        self.nameLabel = QLabel(MemberProfileView)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setWordWrap(True)
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nameRow.addWidget(self.nameLabel)

        self.archivedBadge = QLabel(MemberProfileView)
        self.archivedBadge.setObjectName(u"archivedBadge")

        self.nameRow.addWidget(self.archivedBadge)

        self.noticesBadge = QLabel(MemberProfileView)
        self.noticesBadge.setObjectName(u"noticesBadge")
        self.noticesBadge.setWordWrap(True)

        self.nameRow.addWidget(self.noticesBadge)

        self.nameSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nameRow.addItem(self.nameSpacer)


        self.identity.addLayout(self.nameRow)

        self.contactLabel = QLabel(MemberProfileView)
        self.contactLabel.setObjectName(u"contactLabel")
        self.contactLabel.setWordWrap(True)
        self.contactLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identity.addWidget(self.contactLabel)


        self.header.addLayout(self.identity)

        self.editButton = QPushButton(MemberProfileView)
        self.editButton.setObjectName(u"editButton")

        self.header.addWidget(self.editButton)

        self.archiveButton = QPushButton(MemberProfileView)
        self.archiveButton.setObjectName(u"archiveButton")

        self.header.addWidget(self.archiveButton)

        self.sellButton = QPushButton(MemberProfileView)
        self.sellButton.setObjectName(u"sellButton")

        self.header.addWidget(self.sellButton)


        self.rootLayout.addLayout(self.header)

        self.tabs = QTabWidget(MemberProfileView)
        self.tabs.setObjectName(u"tabs")
        self.membershipsTab = QWidget()
        self.membershipsTab.setObjectName(u"membershipsTab")
        self.membershipsLayout = QVBoxLayout(self.membershipsTab)
        self.membershipsLayout.setObjectName(u"membershipsLayout")
        self.membershipsRow = QHBoxLayout()
        self.membershipsRow.setObjectName(u"membershipsRow")
        self.membershipsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.membershipsRow.addItem(self.membershipsSpacer)

        self.holdButton = QPushButton(self.membershipsTab)
        self.holdButton.setObjectName(u"holdButton")

        self.membershipsRow.addWidget(self.holdButton)


        self.membershipsLayout.addLayout(self.membershipsRow)

        self.membershipsTable = QTableView(self.membershipsTab)
        self.membershipsTable.setObjectName(u"membershipsTable")
        self.membershipsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membershipsTable.setAlternatingRowColors(True)
        self.membershipsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.membershipsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membershipsTable.setShowGrid(False)
        self.membershipsTable.horizontalHeader().setStretchLastSection(True)
        self.membershipsTable.verticalHeader().setVisible(False)

        self.membershipsLayout.addWidget(self.membershipsTable)

        self.holdsRow = QHBoxLayout()
        self.holdsRow.setObjectName(u"holdsRow")
        self.holdsLabel = QLabel(self.membershipsTab)
        self.holdsLabel.setObjectName(u"holdsLabel")

        self.holdsRow.addWidget(self.holdsLabel)

        self.holdsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.holdsRow.addItem(self.holdsSpacer)

        self.removeHoldButton = QPushButton(self.membershipsTab)
        self.removeHoldButton.setObjectName(u"removeHoldButton")

        self.holdsRow.addWidget(self.removeHoldButton)


        self.membershipsLayout.addLayout(self.holdsRow)

        self.holdsTable = QTableView(self.membershipsTab)
        self.holdsTable.setObjectName(u"holdsTable")
        self.holdsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holdsTable.setAlternatingRowColors(True)
        self.holdsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.holdsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holdsTable.setShowGrid(False)
        self.holdsTable.horizontalHeader().setStretchLastSection(True)
        self.holdsTable.verticalHeader().setVisible(False)

        self.membershipsLayout.addWidget(self.holdsTable)

        self.membershipsLayout.setStretch(1, 3)
        self.membershipsLayout.setStretch(3, 2)
        self.tabs.addTab(self.membershipsTab, "")
        self.bookingsTab = QWidget()
        self.bookingsTab.setObjectName(u"bookingsTab")
        self.bookingsLayout = QVBoxLayout(self.bookingsTab)
        self.bookingsLayout.setObjectName(u"bookingsLayout")
        self.upcomingRow = QHBoxLayout()
        self.upcomingRow.setObjectName(u"upcomingRow")
        self.activeSignupsLabel = QLabel(self.bookingsTab)
        self.activeSignupsLabel.setObjectName(u"activeSignupsLabel")

        self.upcomingRow.addWidget(self.activeSignupsLabel)

        self.unpaidLabel = QLabel(self.bookingsTab)
        self.unpaidLabel.setObjectName(u"unpaidLabel")

        self.upcomingRow.addWidget(self.unpaidLabel)

        self.upcomingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.upcomingRow.addItem(self.upcomingSpacer)

        self.payVisitButton = QPushButton(self.bookingsTab)
        self.payVisitButton.setObjectName(u"payVisitButton")

        self.upcomingRow.addWidget(self.payVisitButton)

        self.signOutButton = QPushButton(self.bookingsTab)
        self.signOutButton.setObjectName(u"signOutButton")

        self.upcomingRow.addWidget(self.signOutButton)


        self.bookingsLayout.addLayout(self.upcomingRow)

        self.upcomingTable = QTableView(self.bookingsTab)
        self.upcomingTable.setObjectName(u"upcomingTable")
        self.upcomingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.upcomingTable.setAlternatingRowColors(True)
        self.upcomingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.upcomingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.upcomingTable.setShowGrid(False)
        self.upcomingTable.horizontalHeader().setStretchLastSection(True)
        self.upcomingTable.verticalHeader().setVisible(False)

        self.bookingsLayout.addWidget(self.upcomingTable)

        self.historyLabel = QLabel(self.bookingsTab)
        self.historyLabel.setObjectName(u"historyLabel")

        self.bookingsLayout.addWidget(self.historyLabel)

        self.historyTable = QTableView(self.bookingsTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setShowGrid(False)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.bookingsLayout.addWidget(self.historyTable)

        self.historyMoreRow = QHBoxLayout()
        self.historyMoreRow.setObjectName(u"historyMoreRow")
        self.historyShownLabel = QLabel(self.bookingsTab)
        self.historyShownLabel.setObjectName(u"historyShownLabel")

        self.historyMoreRow.addWidget(self.historyShownLabel)

        self.historyMoreButton = QPushButton(self.bookingsTab)
        self.historyMoreButton.setObjectName(u"historyMoreButton")

        self.historyMoreRow.addWidget(self.historyMoreButton)

        self.historyMoreSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyMoreRow.addItem(self.historyMoreSpacer)


        self.bookingsLayout.addLayout(self.historyMoreRow)

        self.tabs.addTab(self.bookingsTab, "")
        self.logsTab = QWidget()
        self.logsTab.setObjectName(u"logsTab")
        self.logsLayout = QVBoxLayout(self.logsTab)
        self.logsLayout.setObjectName(u"logsLayout")
        self.logsTable = QTableView(self.logsTab)
        self.logsTable.setObjectName(u"logsTable")
        self.logsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.logsTable.setAlternatingRowColors(True)
        self.logsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.logsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.logsTable.setShowGrid(False)
        self.logsTable.setWordWrap(True)
        self.logsTable.verticalHeader().setVisible(False)

        self.logsLayout.addWidget(self.logsTable)

        self.logsMoreRow = QHBoxLayout()
        self.logsMoreRow.setObjectName(u"logsMoreRow")
        self.logsShownLabel = QLabel(self.logsTab)
        self.logsShownLabel.setObjectName(u"logsShownLabel")

        self.logsMoreRow.addWidget(self.logsShownLabel)

        self.logsMoreButton = QPushButton(self.logsTab)
        self.logsMoreButton.setObjectName(u"logsMoreButton")

        self.logsMoreRow.addWidget(self.logsMoreButton)

        self.logsMoreSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logsMoreRow.addItem(self.logsMoreSpacer)


        self.logsLayout.addLayout(self.logsMoreRow)

        self.tabs.addTab(self.logsTab, "")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QVBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.emailCaption = QLabel(self.detailsTab)
        self.emailCaption.setObjectName(u"emailCaption")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.emailCaption)

        self.emailValue = QLabel(self.detailsTab)
        self.emailValue.setObjectName(u"emailValue")
        self.emailValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.emailValue)

        self.phoneCaption = QLabel(self.detailsTab)
        self.phoneCaption.setObjectName(u"phoneCaption")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneValue = QLabel(self.detailsTab)
        self.phoneValue.setObjectName(u"phoneValue")
        self.phoneValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneValue)

        self.birthDateCaption = QLabel(self.detailsTab)
        self.birthDateCaption.setObjectName(u"birthDateCaption")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birthDateCaption)

        self.birthDateValue = QLabel(self.detailsTab)
        self.birthDateValue.setObjectName(u"birthDateValue")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birthDateValue)

        self.cardCaption = QLabel(self.detailsTab)
        self.cardCaption.setObjectName(u"cardCaption")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cardCaption)

        self.cardValue = QLabel(self.detailsTab)
        self.cardValue.setObjectName(u"cardValue")
        self.cardValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cardValue)

        self.cardOnFileCaption = QLabel(self.detailsTab)
        self.cardOnFileCaption.setObjectName(u"cardOnFileCaption")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cardOnFileCaption)

        self.cardOnFileValue = QLabel(self.detailsTab)
        self.cardOnFileValue.setObjectName(u"cardOnFileValue")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cardOnFileValue)

        self.notesCaption = QLabel(self.detailsTab)
        self.notesCaption.setObjectName(u"notesCaption")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notesValue = QLabel(self.detailsTab)
        self.notesValue.setObjectName(u"notesValue")
        self.notesValue.setWordWrap(True)
        self.notesValue.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.notesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesValue)


        self.detailsLayout.addLayout(self.detailsForm)

        self.detailsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsSpacer)

        self.tabs.addTab(self.detailsTab, "")

        self.rootLayout.addWidget(self.tabs)


        self.retranslateUi(MemberProfileView)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, MemberProfileView):
        self.nameLabel.setStyleSheet(QCoreApplication.translate("MemberProfileView", u"font-size: 18px; font-weight: 600; color: #24484b;", None))
        self.nameLabel.setText("")
        self.archivedBadge.setStyleSheet(QCoreApplication.translate("MemberProfileView", u"background: #fdf0d5; color: #7a4b00; border: 1px solid #e8c77a; border-radius: 8px; padding: 1px 8px; font-weight: 600;", None))
        self.archivedBadge.setText(QCoreApplication.translate("MemberProfileView", u"Archived", None))
        self.noticesBadge.setStyleSheet(QCoreApplication.translate("MemberProfileView", u"background: #e3f1ee; color: #1f5c55; border: 1px solid #9cc9c0; border-radius: 8px; padding: 1px 8px; font-weight: 600;", None))
        self.noticesBadge.setText("")
        self.contactLabel.setStyleSheet(QCoreApplication.translate("MemberProfileView", u"color: #4d5a5a;", None))
        self.contactLabel.setText("")
        self.editButton.setText(QCoreApplication.translate("MemberProfileView", u"&Edit\u2026", None))
        self.archiveButton.setText(QCoreApplication.translate("MemberProfileView", u"Archive", None))
        self.sellButton.setText(QCoreApplication.translate("MemberProfileView", u"&Sell membership\u2026", None))
        self.holdButton.setText(QCoreApplication.translate("MemberProfileView", u"Put on &hold\u2026", None))
#if QT_CONFIG(tooltip)
        self.holdButton.setToolTip(QCoreApplication.translate("MemberProfileView", u"Pause the selected membership for a date range: no bookings inside it; time-based memberships last longer by the held days.", None))
#endif // QT_CONFIG(tooltip)
        self.holdsLabel.setStyleSheet(QCoreApplication.translate("MemberProfileView", u"font-weight: 600;", None))
        self.holdsLabel.setText(QCoreApplication.translate("MemberProfileView", u"Holds", None))
        self.removeHoldButton.setText(QCoreApplication.translate("MemberProfileView", u"&Remove hold", None))
#if QT_CONFIG(tooltip)
        self.removeHoldButton.setToolTip(QCoreApplication.translate("MemberProfileView", u"Take the selected hold off: the days it added come off again; it stays listed as removed.", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.membershipsTab), QCoreApplication.translate("MemberProfileView", u"Memberships", None))
        self.activeSignupsLabel.setStyleSheet(QCoreApplication.translate("MemberProfileView", u"font-weight: 600;", None))
        self.activeSignupsLabel.setText(QCoreApplication.translate("MemberProfileView", u"Active signups: 0", None))
        self.unpaidLabel.setStyleSheet(QCoreApplication.translate("MemberProfileView", u"font-weight: 600; color: #b3261e;", None))
        self.unpaidLabel.setText("")
        self.payVisitButton.setText(QCoreApplication.translate("MemberProfileView", u"Pay &visit\u2026", None))
#if QT_CONFIG(tooltip)
        self.payVisitButton.setToolTip(QCoreApplication.translate("MemberProfileView", u"Pay the selected unpaid visit (upcoming or past): with a membership or a drop-in payment.", None))
#endif // QT_CONFIG(tooltip)
        self.signOutButton.setText(QCoreApplication.translate("MemberProfileView", u"Sign &out", None))
#if QT_CONFIG(tooltip)
        self.signOutButton.setToolTip(QCoreApplication.translate("MemberProfileView", u"Sign the member out of the selected upcoming class; the session returns to its membership.", None))
#endif // QT_CONFIG(tooltip)
        self.historyLabel.setStyleSheet(QCoreApplication.translate("MemberProfileView", u"font-weight: 600;", None))
        self.historyLabel.setText(QCoreApplication.translate("MemberProfileView", u"History", None))
        self.historyShownLabel.setStyleSheet(QCoreApplication.translate("MemberProfileView", u"color: #4d5a5a;", None))
        self.historyShownLabel.setText("")
        self.historyMoreButton.setText(QCoreApplication.translate("MemberProfileView", u"Show more", None))
#if QT_CONFIG(tooltip)
        self.historyMoreButton.setToolTip(QCoreApplication.translate("MemberProfileView", u"Add the next, older bookings below these.", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.bookingsTab), QCoreApplication.translate("MemberProfileView", u"Bookings", None))
        self.logsShownLabel.setStyleSheet(QCoreApplication.translate("MemberProfileView", u"color: #4d5a5a;", None))
        self.logsShownLabel.setText("")
        self.logsMoreButton.setText(QCoreApplication.translate("MemberProfileView", u"Show more", None))
#if QT_CONFIG(tooltip)
        self.logsMoreButton.setToolTip(QCoreApplication.translate("MemberProfileView", u"Add the next, older lines below these.", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.logsTab), QCoreApplication.translate("MemberProfileView", u"User logs", None))
        self.emailCaption.setText(QCoreApplication.translate("MemberProfileView", u"Email", None))
        self.emailValue.setText("")
        self.phoneCaption.setText(QCoreApplication.translate("MemberProfileView", u"Phone", None))
        self.phoneValue.setText("")
        self.birthDateCaption.setText(QCoreApplication.translate("MemberProfileView", u"Birth date", None))
        self.birthDateValue.setText("")
        self.cardCaption.setText(QCoreApplication.translate("MemberProfileView", u"Card code", None))
        self.cardValue.setText("")
        self.cardOnFileCaption.setText(QCoreApplication.translate("MemberProfileView", u"Card on file", None))
        self.cardOnFileValue.setText("")
        self.notesCaption.setText(QCoreApplication.translate("MemberProfileView", u"Notes", None))
        self.notesValue.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("MemberProfileView", u"Details", None))
        pass
    # retranslateUi

