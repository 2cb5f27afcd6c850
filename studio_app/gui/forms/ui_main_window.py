# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QMainWindow,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QStatusBar, QToolButton, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.messageOverlay = QFrame(self.central)
        self.messageOverlay.setObjectName(u"messageOverlay")
        self.messageOverlay.setFrameShape(QFrame.Shape.StyledPanel)
        self.messageLayout = QHBoxLayout(self.messageOverlay)
        self.messageLayout.setObjectName(u"messageLayout")
        self.messageLayout.setContentsMargins(12, 6, 6, 6)
        self.messageLabel = QLabel(self.messageOverlay)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.messageLayout.addWidget(self.messageLabel)

        self.messageCloseButton = QToolButton(self.messageOverlay)
        self.messageCloseButton.setObjectName(u"messageCloseButton")
        self.messageCloseButton.setAutoRaise(True)

        self.messageLayout.addWidget(self.messageCloseButton)

        self.centralLayout = QHBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget(self.central)
        QListWidgetItem(self.navigation)
        QListWidgetItem(self.navigation)
        QListWidgetItem(self.navigation)
        QListWidgetItem(self.navigation)
        QListWidgetItem(self.navigation)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.navigation.setMinimumSize(QSize(150, 0))
        self.navigation.setMaximumSize(QSize(150, 16777215))

        self.centralLayout.addWidget(self.navigation)

        self.mainColumn = QVBoxLayout()
        self.mainColumn.setObjectName(u"mainColumn")
        self.mainColumn.setContentsMargins(10, 8, 10, 6)
        self.topBar = QHBoxLayout()
        self.topBar.setObjectName(u"topBar")
        self.studioNameLabel = QLabel(self.central)
        self.studioNameLabel.setObjectName(u"studioNameLabel")

        self.topBar.addWidget(self.studioNameLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBar.addItem(self.topSpacer)

        self.cardScanEdit = QLineEdit(self.central)
        self.cardScanEdit.setObjectName(u"cardScanEdit")
        self.cardScanEdit.setMinimumSize(QSize(220, 0))
        self.cardScanEdit.setClearButtonEnabled(True)

        self.topBar.addWidget(self.cardScanEdit)

        self.staffLabel = QLabel(self.central)
        self.staffLabel.setObjectName(u"staffLabel")

        self.topBar.addWidget(self.staffLabel)

        self.logOutButton = QPushButton(self.central)
        self.logOutButton.setObjectName(u"logOutButton")

        self.topBar.addWidget(self.logOutButton)


        self.mainColumn.addLayout(self.topBar)

        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")

        self.mainColumn.addWidget(self.pages)


        self.centralLayout.addLayout(self.mainColumn)

        MainWindow.setCentralWidget(self.central)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Studio App", None))
        self.messageLabel.setText("")
        self.messageCloseButton.setText(QCoreApplication.translate("MainWindow", u"\u2715", None))
#if QT_CONFIG(tooltip)
        self.messageCloseButton.setToolTip(QCoreApplication.translate("MainWindow", u"Dismiss", None))
#endif // QT_CONFIG(tooltip)

        __sortingEnabled = self.navigation.isSortingEnabled()
        self.navigation.setSortingEnabled(False)
        ___qlistwidgetitem = self.navigation.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MainWindow", u"Schedule", None))
        ___qlistwidgetitem1 = self.navigation.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MainWindow", u"Front desk", None))
        ___qlistwidgetitem2 = self.navigation.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MainWindow", u"Members", None))
        ___qlistwidgetitem3 = self.navigation.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("MainWindow", u"Reports", None))
        ___qlistwidgetitem4 = self.navigation.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("MainWindow", u"Settings", None))
        self.navigation.setSortingEnabled(__sortingEnabled)

        self.studioNameLabel.setObjectName(QCoreApplication.translate("MainWindow", u"heading", None))
        self.studioNameLabel.setText(QCoreApplication.translate("MainWindow", u"Studio", None))
        self.cardScanEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Scan member card to check in\u2026", None))
        self.staffLabel.setText("")
        self.logOutButton.setText(QCoreApplication.translate("MainWindow", u"Log out", None))
    # retranslateUi

