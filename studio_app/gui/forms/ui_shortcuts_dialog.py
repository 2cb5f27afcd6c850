# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shortcuts_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ShortcutsDialog(object):
    def setupUi(self, ShortcutsDialog):
        if not ShortcutsDialog.objectName():
            ShortcutsDialog.setObjectName(u"ShortcutsDialog")
        ShortcutsDialog.resize(640, 500)
        self.layout = QVBoxLayout(ShortcutsDialog)
        self.layout.setObjectName(u"layout")
        self.shortcutsTable = QTableWidget(ShortcutsDialog)
        if (self.shortcutsTable.columnCount() < 3):
            self.shortcutsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.shortcutsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.shortcutsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.shortcutsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.shortcutsTable.setObjectName(u"shortcutsTable")
        self.shortcutsTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.shortcutsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shortcutsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.shortcutsTable.setShowGrid(False)
        self.shortcutsTable.setAlternatingRowColors(True)
        self.shortcutsTable.setWordWrap(False)
        self.shortcutsTable.horizontalHeader().setStretchLastSection(True)
        self.shortcutsTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.shortcutsTable)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ShortcutsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(ShortcutsDialog)

        self.closeButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ShortcutsDialog):
        ShortcutsDialog.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", u"Keyboard shortcuts", None))
        ___qtablewidgetitem = self.shortcutsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ShortcutsDialog", u"Keys", None))
        ___qtablewidgetitem1 = self.shortcutsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ShortcutsDialog", u"Where", None))
        ___qtablewidgetitem2 = self.shortcutsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ShortcutsDialog", u"What it does", None))
        self.closeButton.setText(QCoreApplication.translate("ShortcutsDialog", u"Close", None))
    # retranslateUi

