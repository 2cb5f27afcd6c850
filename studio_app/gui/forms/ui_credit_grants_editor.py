# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'credit_grants_editor.ui'
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
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CreditGrantsEditor(object):
    def setupUi(self, CreditGrantsEditor):
        if not CreditGrantsEditor.objectName():
            CreditGrantsEditor.setObjectName(u"CreditGrantsEditor")
        CreditGrantsEditor.resize(720, 200)
        self.layout = QVBoxLayout(CreditGrantsEditor)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.grantsTable = QTableWidget(CreditGrantsEditor)
        if (self.grantsTable.columnCount() < 6):
            self.grantsTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.grantsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.grantsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.grantsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.grantsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.grantsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.grantsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.grantsTable.setObjectName(u"grantsTable")
        self.grantsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grantsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grantsTable.setShowGrid(False)
        self.grantsTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.grantsTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grantsTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.grantsTable)

        self.grantButtons = QHBoxLayout()
        self.grantButtons.setObjectName(u"grantButtons")
        self.addGrantButton = QPushButton(CreditGrantsEditor)
        self.addGrantButton.setObjectName(u"addGrantButton")

        self.grantButtons.addWidget(self.addGrantButton)

        self.grantButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.grantButtons.addItem(self.grantButtonSpacer)


        self.layout.addLayout(self.grantButtons)

        self.summaryLabel = QLabel(CreditGrantsEditor)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setStyleSheet(u"font-weight: 600; color: #24484b;")

        self.layout.addWidget(self.summaryLabel)

        self.problemsLabel = QLabel(CreditGrantsEditor)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setStyleSheet(u"color: #8a1c1c;")

        self.layout.addWidget(self.problemsLabel)


        self.retranslateUi(CreditGrantsEditor)
    # setupUi

    def retranslateUi(self, CreditGrantsEditor):
        ___qtablewidgetitem = self.grantsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CreditGrantsEditor", u"Category", None))
        ___qtablewidgetitem1 = self.grantsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CreditGrantsEditor", u"Credits\n"
"to grant", None))
        ___qtablewidgetitem2 = self.grantsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CreditGrantsEditor", u"Frequency of\n"
"new credits", None))
        ___qtablewidgetitem3 = self.grantsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CreditGrantsEditor", u"Days to expire", None))
        ___qtablewidgetitem4 = self.grantsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CreditGrantsEditor", u"Initial\n"
"credits", None))
        self.addGrantButton.setText(QCoreApplication.translate("CreditGrantsEditor", u"&Add grant", None))
#if QT_CONFIG(tooltip)
        self.addGrantButton.setToolTip(QCoreApplication.translate("CreditGrantsEditor", u"Add a row of credits this plan issues (one row per credit category)", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setText("")
        self.problemsLabel.setText("")
        pass
    # retranslateUi

