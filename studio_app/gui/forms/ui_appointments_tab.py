# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appointments_tab.ui'
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
    QTableView, QVBoxLayout, QWidget)

class Ui_AppointmentsTab(object):
    def setupUi(self, AppointmentsTab):
        if not AppointmentsTab.objectName():
            AppointmentsTab.setObjectName(u"AppointmentsTab")
        AppointmentsTab.resize(760, 460)
        self.layout = QVBoxLayout(AppointmentsTab)
        self.layout.setObjectName(u"layout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.creditsLabel = QLabel(AppointmentsTab)
        self.creditsLabel.setObjectName(u"creditsLabel")
        font = QFont()
        font.setBold(True)
        self.creditsLabel.setFont(font)

        self.toolbar.addWidget(self.creditsLabel)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.cancelButton = QPushButton(AppointmentsTab)
        self.cancelButton.setObjectName(u"cancelButton")

        self.toolbar.addWidget(self.cancelButton)

        self.bookButton = QPushButton(AppointmentsTab)
        self.bookButton.setObjectName(u"bookButton")

        self.toolbar.addWidget(self.bookButton)


        self.layout.addLayout(self.toolbar)

        self.overviewTable = QTableView(AppointmentsTab)
        self.overviewTable.setObjectName(u"overviewTable")
        self.overviewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overviewTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.overviewTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.overviewTable.sizePolicy().hasHeightForWidth())
        self.overviewTable.setSizePolicy(sizePolicy)
        self.overviewTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.overviewTable)

        self.emptyLabel = QLabel(AppointmentsTab)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setStyleSheet(u"color: #6b7777;")
        self.emptyLabel.setWordWrap(True)

        self.layout.addWidget(self.emptyLabel)

        self.listLabel = QLabel(AppointmentsTab)
        self.listLabel.setObjectName(u"listLabel")
        self.listLabel.setFont(font)

        self.layout.addWidget(self.listLabel)

        self.appointmentsTable = QTableView(AppointmentsTab)
        self.appointmentsTable.setObjectName(u"appointmentsTable")
        self.appointmentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.appointmentsTable.setAlternatingRowColors(True)
        self.appointmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.appointmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.appointmentsTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.appointmentsTable)

        self.errorLabel = QLabel(AppointmentsTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)


        self.retranslateUi(AppointmentsTab)
    # setupUi

    def retranslateUi(self, AppointmentsTab):
        self.creditsLabel.setText(QCoreApplication.translate("AppointmentsTab", u"Appointment credits", None))
        self.cancelButton.setText(QCoreApplication.translate("AppointmentsTab", u"Cancel appointment", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("AppointmentsTab", u"Cancel the selected appointment: its credit goes back to the membership that paid", None))
#endif // QT_CONFIG(tooltip)
        self.bookButton.setText(QCoreApplication.translate("AppointmentsTab", u"Book appointment\u2026", None))
#if QT_CONFIG(tooltip)
        self.bookButton.setToolTip(QCoreApplication.translate("AppointmentsTab", u"Book a one-to-one session with a trainer for this member", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("AppointmentsTab", u"No appointment credits yet: sell a plan that grants Personal training credits, then book.", None))
        self.listLabel.setText(QCoreApplication.translate("AppointmentsTab", u"Appointments", None))
        self.errorLabel.setText("")
        pass
    # retranslateUi

