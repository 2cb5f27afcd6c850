# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attendance_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_AttendancePanel(object):
    def setupUi(self, AttendancePanel):
        if not AttendancePanel.objectName():
            AttendancePanel.setObjectName(u"AttendancePanel")
        AttendancePanel.resize(420, 720)
        self.mainLayout = QVBoxLayout(AttendancePanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(AttendancePanel)
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
        self.sessionPage = QWidget()
        self.sessionPage.setObjectName(u"sessionPage")
        self.sessionLayout = QVBoxLayout(self.sessionPage)
        self.sessionLayout.setSpacing(4)
        self.sessionLayout.setObjectName(u"sessionLayout")
        self.sessionLayout.setContentsMargins(4, 0, 0, 0)
        self.headerLayout = QVBoxLayout()
        self.headerLayout.setSpacing(0)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(self.sessionPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setStyleSheet(u"color: #24484b;")
        self.titleLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.titleLabel)

        self.whenLabel = QLabel(self.sessionPage)
        self.whenLabel.setObjectName(u"whenLabel")
        self.whenLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.whenLabel)

        self.detailsLabel = QLabel(self.sessionPage)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.detailsLabel)

        self.countLabel = QLabel(self.sessionPage)
        self.countLabel.setObjectName(u"countLabel")
        font1 = QFont()
        font1.setBold(True)
        self.countLabel.setFont(font1)
        self.countLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.countLabel)


        self.sessionLayout.addLayout(self.headerLayout)

        self.attendeesTable = QTableView(self.sessionPage)
        self.attendeesTable.setObjectName(u"attendeesTable")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.attendeesTable.sizePolicy().hasHeightForWidth())
        self.attendeesTable.setSizePolicy(sizePolicy)
        self.attendeesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendeesTable.setAlternatingRowColors(True)
        self.attendeesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attendeesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendeesTable.setWordWrap(False)
        self.attendeesTable.verticalHeader().setVisible(False)

        self.sessionLayout.addWidget(self.attendeesTable)

        self.attendeeButtons = QHBoxLayout()
        self.attendeeButtons.setObjectName(u"attendeeButtons")
        self.presentButton = QPushButton(self.sessionPage)
        self.presentButton.setObjectName(u"presentButton")

        self.attendeeButtons.addWidget(self.presentButton)

        self.signOutButton = QPushButton(self.sessionPage)
        self.signOutButton.setObjectName(u"signOutButton")

        self.attendeeButtons.addWidget(self.signOutButton)

        self.payVisitButton = QPushButton(self.sessionPage)
        self.payVisitButton.setObjectName(u"payVisitButton")

        self.attendeeButtons.addWidget(self.payVisitButton)

        self.attendeeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendeeButtons.addItem(self.attendeeSpacer)

        self.markNoShowsButton = QPushButton(self.sessionPage)
        self.markNoShowsButton.setObjectName(u"markNoShowsButton")

        self.attendeeButtons.addWidget(self.markNoShowsButton)


        self.sessionLayout.addLayout(self.attendeeButtons)

        self.signUpBox = QWidget(self.sessionPage)
        self.signUpBox.setObjectName(u"signUpBox")
        self.signUpLayout = QGridLayout(self.signUpBox)
        self.signUpLayout.setObjectName(u"signUpLayout")
        self.signUpLayout.setVerticalSpacing(4)
        self.signUpLayout.setContentsMargins(0, 2, 0, 0)
        self.signUpEdit = QLineEdit(self.signUpBox)
        self.signUpEdit.setObjectName(u"signUpEdit")
        self.signUpEdit.setClearButtonEnabled(True)

        self.signUpLayout.addWidget(self.signUpEdit, 0, 0, 1, 2)

        self.signUpButton = QPushButton(self.signUpBox)
        self.signUpButton.setObjectName(u"signUpButton")

        self.signUpLayout.addWidget(self.signUpButton, 0, 2, 1, 1)

        self.suggestionsList = QListWidget(self.signUpBox)
        self.suggestionsList.setObjectName(u"suggestionsList")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.suggestionsList.sizePolicy().hasHeightForWidth())
        self.suggestionsList.setSizePolicy(sizePolicy1)
        self.suggestionsList.setMinimumSize(QSize(0, 96))
        self.suggestionsList.setMaximumSize(QSize(16777215, 96))
        self.suggestionsList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.suggestionsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.signUpLayout.addWidget(self.suggestionsList, 1, 0, 1, 3)

        self.payWithLabel = QLabel(self.signUpBox)
        self.payWithLabel.setObjectName(u"payWithLabel")

        self.signUpLayout.addWidget(self.payWithLabel, 2, 0, 1, 1)

        self.payWithCombo = QComboBox(self.signUpBox)
        self.payWithCombo.setObjectName(u"payWithCombo")

        self.signUpLayout.addWidget(self.payWithCombo, 2, 1, 1, 2)


        self.sessionLayout.addWidget(self.signUpBox)

        self.errorLabel = QLabel(self.sessionPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.sessionLayout.addWidget(self.errorLabel)

        self.waitlistHeader = QHBoxLayout()
        self.waitlistHeader.setObjectName(u"waitlistHeader")
        self.waitlistLabel = QLabel(self.sessionPage)
        self.waitlistLabel.setObjectName(u"waitlistLabel")
        self.waitlistLabel.setFont(font1)

        self.waitlistHeader.addWidget(self.waitlistLabel)

        self.waitlistSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.waitlistHeader.addItem(self.waitlistSpacer)

        self.removeWaitingButton = QPushButton(self.sessionPage)
        self.removeWaitingButton.setObjectName(u"removeWaitingButton")

        self.waitlistHeader.addWidget(self.removeWaitingButton)


        self.sessionLayout.addLayout(self.waitlistHeader)

        self.waitlistTable = QTableView(self.sessionPage)
        self.waitlistTable.setObjectName(u"waitlistTable")
        sizePolicy1.setHeightForWidth(self.waitlistTable.sizePolicy().hasHeightForWidth())
        self.waitlistTable.setSizePolicy(sizePolicy1)
        self.waitlistTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.waitlistTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.waitlistTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waitlistTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.waitlistTable.setWordWrap(True)

        self.sessionLayout.addWidget(self.waitlistTable)

        self.sheetButtons = QHBoxLayout()
        self.sheetButtons.setObjectName(u"sheetButtons")
        self.openSheetButton = QPushButton(self.sessionPage)
        self.openSheetButton.setObjectName(u"openSheetButton")

        self.sheetButtons.addWidget(self.openSheetButton)

        self.printSheetButton = QPushButton(self.sessionPage)
        self.printSheetButton.setObjectName(u"printSheetButton")

        self.sheetButtons.addWidget(self.printSheetButton)

        self.sheetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetButtons.addItem(self.sheetSpacer)


        self.sessionLayout.addLayout(self.sheetButtons)

        self.classButtons = QHBoxLayout()
        self.classButtons.setObjectName(u"classButtons")
        self.editSessionButton = QPushButton(self.sessionPage)
        self.editSessionButton.setObjectName(u"editSessionButton")

        self.classButtons.addWidget(self.editSessionButton)

        self.editSeriesButton = QPushButton(self.sessionPage)
        self.editSeriesButton.setObjectName(u"editSeriesButton")

        self.classButtons.addWidget(self.editSeriesButton)

        self.cancelClassButton = QPushButton(self.sessionPage)
        self.cancelClassButton.setObjectName(u"cancelClassButton")

        self.classButtons.addWidget(self.cancelClassButton)


        self.sessionLayout.addLayout(self.classButtons)

        self.stack.addWidget(self.sessionPage)

        self.mainLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.payWithLabel.setBuddy(self.payWithCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AttendancePanel)
    # setupUi

    def retranslateUi(self, AttendancePanel):
        self.emptyLabel.setText(QCoreApplication.translate("AttendancePanel", u"Select a class in the calendar", None))
        self.titleLabel.setText(QCoreApplication.translate("AttendancePanel", u"Class", None))
        self.whenLabel.setText("")
        self.detailsLabel.setText("")
        self.countLabel.setText("")
#if QT_CONFIG(tooltip)
        self.attendeesTable.setToolTip(QCoreApplication.translate("AttendancePanel", u"Double-click a member to open the profile", None))
#endif // QT_CONFIG(tooltip)
        self.presentButton.setText(QCoreApplication.translate("AttendancePanel", u"Mark present", None))
#if QT_CONFIG(tooltip)
        self.presentButton.setToolTip(QCoreApplication.translate("AttendancePanel", u"Presence only: no session is charged or returned", None))
#endif // QT_CONFIG(tooltip)
        self.signOutButton.setText(QCoreApplication.translate("AttendancePanel", u"Sign out", None))
#if QT_CONFIG(tooltip)
        self.signOutButton.setToolTip(QCoreApplication.translate("AttendancePanel", u"The session goes back to the membership that paid (after the late-cancel cut-off only if forgiven)", None))
#endif // QT_CONFIG(tooltip)
        self.payVisitButton.setText(QCoreApplication.translate("AttendancePanel", u"Pay &visit\u2026", None))
#if QT_CONFIG(tooltip)
        self.payVisitButton.setToolTip(QCoreApplication.translate("AttendancePanel", u"Pay the selected unpaid visit: with a membership or a drop-in payment", None))
#endif // QT_CONFIG(tooltip)
        self.markNoShowsButton.setText(QCoreApplication.translate("AttendancePanel", u"Mark &no-shows", None))
        self.signUpEdit.setPlaceholderText(QCoreApplication.translate("AttendancePanel", u"Sign up: type part of a member's name\u2026", None))
        self.signUpButton.setText(QCoreApplication.translate("AttendancePanel", u"Sign up", None))
#if QT_CONFIG(tooltip)
        self.suggestionsList.setToolTip(QCoreApplication.translate("AttendancePanel", u"\u2191/\u2193 choose, Enter or double-click signs up", None))
#endif // QT_CONFIG(tooltip)
        self.payWithLabel.setText(QCoreApplication.translate("AttendancePanel", u"Pay &with", None))
        self.errorLabel.setText("")
        self.waitlistLabel.setText(QCoreApplication.translate("AttendancePanel", u"Waitlist", None))
        self.removeWaitingButton.setText(QCoreApplication.translate("AttendancePanel", u"Remove from waitlist", None))
        self.openSheetButton.setText(QCoreApplication.translate("AttendancePanel", u"Open sheet (PDF)", None))
        self.printSheetButton.setText(QCoreApplication.translate("AttendancePanel", u"Print sheet\u2026", None))
        self.editSessionButton.setText(QCoreApplication.translate("AttendancePanel", u"Edit this session\u2026", None))
        self.editSeriesButton.setText(QCoreApplication.translate("AttendancePanel", u"Edit series\u2026", None))
        self.cancelClassButton.setText(QCoreApplication.translate("AttendancePanel", u"Cancel class", None))
        pass
    # retranslateUi

