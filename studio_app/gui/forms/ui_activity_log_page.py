# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_log_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ActivityLogPage(object):
    def setupUi(self, ActivityLogPage):
        if not ActivityLogPage.objectName():
            ActivityLogPage.setObjectName(u"ActivityLogPage")
        ActivityLogPage.resize(1000, 640)
        self.layout = QVBoxLayout(ActivityLogPage)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ActivityLogPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setStyleSheet(u"color: #5b6668;")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.fromLabel = QLabel(ActivityLogPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterRow.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(ActivityLogPage)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.filterRow.addWidget(self.fromEdit)

        self.toLabel = QLabel(ActivityLogPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterRow.addWidget(self.toLabel)

        self.toEdit = QDateEdit(ActivityLogPage)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.filterRow.addWidget(self.toEdit)

        self.rangeSpacer = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.rangeSpacer)

        self.staffLabel = QLabel(ActivityLogPage)
        self.staffLabel.setObjectName(u"staffLabel")

        self.filterRow.addWidget(self.staffLabel)

        self.staffCombo = QComboBox(ActivityLogPage)
        self.staffCombo.setObjectName(u"staffCombo")
        self.staffCombo.setMinimumSize(QSize(180, 0))

        self.filterRow.addWidget(self.staffCombo)

        self.staffSpacer = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.staffSpacer)

        self.searchLabel = QLabel(ActivityLogPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(ActivityLogPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)


        self.layout.addLayout(self.filterRow)

        self.logTable = QTableView(ActivityLogPage)
        self.logTable.setObjectName(u"logTable")
        self.logTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.logTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.logTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.logTable.setAlternatingRowColors(True)
        self.logTable.setWordWrap(False)
        self.logTable.horizontalHeader().setStretchLastSection(True)
        self.logTable.verticalHeader().setVisible(False)
        self.logTable.verticalHeader().setDefaultSectionSize(28)

        self.layout.addWidget(self.logTable)

        self.emptyLabel = QLabel(ActivityLogPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setStyleSheet(u"color: #5b6668;")
        self.emptyLabel.setWordWrap(True)

        self.layout.addWidget(self.emptyLabel)

        self.pageRow = QHBoxLayout()
        self.pageRow.setObjectName(u"pageRow")
        self.countLabel = QLabel(ActivityLogPage)
        self.countLabel.setObjectName(u"countLabel")

        self.pageRow.addWidget(self.countLabel)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pageRow.addItem(self.pageSpacer)

        self.olderButton = QPushButton(ActivityLogPage)
        self.olderButton.setObjectName(u"olderButton")

        self.pageRow.addWidget(self.olderButton)


        self.layout.addLayout(self.pageRow)

        self.errorLabel = QLabel(ActivityLogPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.errorLabel)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.staffLabel.setBuddy(self.staffCombo)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.staffCombo)
        QWidget.setTabOrder(self.staffCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.logTable)
        QWidget.setTabOrder(self.logTable, self.olderButton)

        self.retranslateUi(ActivityLogPage)
    # setupUi

    def retranslateUi(self, ActivityLogPage):
        self.introLabel.setText(QCoreApplication.translate("ActivityLogPage", u"Everything done in Studio App, newest first. Changes to staff accounts, prices, restores, imports and locked accounts are listed only here; a member's lines are on the member's profile too.", None))
        self.fromLabel.setText(QCoreApplication.translate("ActivityLogPage", u"&From", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("ActivityLogPage", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("ActivityLogPage", u"t&o", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("ActivityLogPage", u"yyyy-MM-dd", None))
        self.staffLabel.setText(QCoreApplication.translate("ActivityLogPage", u"&Staff", None))
#if QT_CONFIG(tooltip)
        self.staffCombo.setToolTip(QCoreApplication.translate("ActivityLogPage", u"Only what one staff account did", None))
#endif // QT_CONFIG(tooltip)
        self.searchLabel.setText(QCoreApplication.translate("ActivityLogPage", u"S&earch", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ActivityLogPage", u"Words in the line or the member's name", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("ActivityLogPage", u"Every word typed must be in the line, or in the member's name, email, phone or card; case is ignored", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("ActivityLogPage", u"Nothing in these days matches: choose earlier days, another staff member or other words.", None))
        self.countLabel.setText("")
        self.olderButton.setText(QCoreApplication.translate("ActivityLogPage", u"Show &older\u2026", None))
#if QT_CONFIG(tooltip)
        self.olderButton.setToolTip(QCoreApplication.translate("ActivityLogPage", u"Add the next, older lines of these days below", None))
#endif // QT_CONFIG(tooltip)
        self.errorLabel.setText("")
        pass
    # retranslateUi

