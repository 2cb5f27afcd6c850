# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'schedule.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout,
    QWidget)

class Ui_ScheduleView(object):
    def setupUi(self, ScheduleView):
        if not ScheduleView.objectName():
            ScheduleView.setObjectName(u"ScheduleView")
        ScheduleView.resize(1110, 740)
        self.mainLayout = QVBoxLayout(ScheduleView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.previousWeekButton = QPushButton(ScheduleView)
        self.previousWeekButton.setObjectName(u"previousWeekButton")

        self.toolbar.addWidget(self.previousWeekButton)

        self.todayButton = QPushButton(ScheduleView)
        self.todayButton.setObjectName(u"todayButton")

        self.toolbar.addWidget(self.todayButton)

        self.nextWeekButton = QPushButton(ScheduleView)
        self.nextWeekButton.setObjectName(u"nextWeekButton")

        self.toolbar.addWidget(self.nextWeekButton)

        self.weekLabel = QLabel(ScheduleView)
        self.weekLabel.setObjectName(u"weekLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.weekLabel.setFont(font)
        self.weekLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.toolbar.addWidget(self.weekLabel)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.newClassButton = QPushButton(ScheduleView)
        self.newClassButton.setObjectName(u"newClassButton")

        self.toolbar.addWidget(self.newClassButton)

        self.newAppointmentButton = QPushButton(ScheduleView)
        self.newAppointmentButton.setObjectName(u"newAppointmentButton")

        self.toolbar.addWidget(self.newAppointmentButton)

        self.printDayButton = QPushButton(ScheduleView)
        self.printDayButton.setObjectName(u"printDayButton")

        self.toolbar.addWidget(self.printDayButton)


        self.mainLayout.addLayout(self.toolbar)

        self.splitter = QSplitter(ScheduleView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(8)
        self.calendarContainer = QWidget(self.splitter)
        self.calendarContainer.setObjectName(u"calendarContainer")
        self.calendarContainer.setMinimumSize(QSize(400, 0))
        self.calendarLayout = QVBoxLayout(self.calendarContainer)
        self.calendarLayout.setObjectName(u"calendarLayout")
        self.calendarLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.calendarContainer)
        self.panelContainer = QWidget(self.splitter)
        self.panelContainer.setObjectName(u"panelContainer")
        self.panelContainer.setMinimumSize(QSize(360, 0))
        self.panelLayout = QVBoxLayout(self.panelContainer)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.panelContainer)

        self.mainLayout.addWidget(self.splitter)


        self.retranslateUi(ScheduleView)
    # setupUi

    def retranslateUi(self, ScheduleView):
        ScheduleView.setWindowTitle(QCoreApplication.translate("ScheduleView", u"Schedule", None))
        self.previousWeekButton.setText(QCoreApplication.translate("ScheduleView", u"\u25c0", None))
#if QT_CONFIG(tooltip)
        self.previousWeekButton.setToolTip(QCoreApplication.translate("ScheduleView", u"Previous week", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previousWeekButton.setAccessibleName(QCoreApplication.translate("ScheduleView", u"Previous week", None))
#endif // QT_CONFIG(accessibility)
        self.todayButton.setText(QCoreApplication.translate("ScheduleView", u"Today", None))
#if QT_CONFIG(tooltip)
        self.todayButton.setToolTip(QCoreApplication.translate("ScheduleView", u"Show this week", None))
#endif // QT_CONFIG(tooltip)
        self.nextWeekButton.setText(QCoreApplication.translate("ScheduleView", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextWeekButton.setToolTip(QCoreApplication.translate("ScheduleView", u"Next week", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextWeekButton.setAccessibleName(QCoreApplication.translate("ScheduleView", u"Next week", None))
#endif // QT_CONFIG(accessibility)
        self.weekLabel.setText(QCoreApplication.translate("ScheduleView", u"Week", None))
        self.newClassButton.setText(QCoreApplication.translate("ScheduleView", u"New class\u2026", None))
#if QT_CONFIG(tooltip)
        self.newClassButton.setToolTip(QCoreApplication.translate("ScheduleView", u"Create a weekly class series", None))
#endif // QT_CONFIG(tooltip)
        self.newAppointmentButton.setText(QCoreApplication.translate("ScheduleView", u"New appointment\u2026", None))
#if QT_CONFIG(tooltip)
        self.newAppointmentButton.setToolTip(QCoreApplication.translate("ScheduleView", u"Book a one-to-one session with a trainer (paid with Personal training credits)", None))
#endif // QT_CONFIG(tooltip)
        self.printDayButton.setText(QCoreApplication.translate("ScheduleView", u"Print day's sheets\u2026", None))
    # retranslateUi

