# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_ImportPreviewPage(object):
    def setupUi(self, ImportPreviewPage):
        if not ImportPreviewPage.objectName():
            ImportPreviewPage.setObjectName(u"ImportPreviewPage")
        ImportPreviewPage.resize(1000, 600)
        self.layout = QVBoxLayout(ImportPreviewPage)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(ImportPreviewPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setStyleSheet(u"font-size: 15px; font-weight: 600; color: #24484b;")

        self.layout.addWidget(self.summaryLabel)

        self.nothingWrittenLabel = QLabel(ImportPreviewPage)
        self.nothingWrittenLabel.setObjectName(u"nothingWrittenLabel")
        self.nothingWrittenLabel.setWordWrap(True)
        self.nothingWrittenLabel.setStyleSheet(u"color: #5b6668;")

        self.layout.addWidget(self.nothingWrittenLabel)

        self.datesLabel = QLabel(ImportPreviewPage)
        self.datesLabel.setObjectName(u"datesLabel")
        self.datesLabel.setWordWrap(True)

        self.layout.addWidget(self.datesLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterLabel = QLabel(ImportPreviewPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterRow.addWidget(self.filterLabel)

        self.filterCombo = QComboBox(ImportPreviewPage)
        self.filterCombo.setObjectName(u"filterCombo")
        self.filterCombo.setMinimumSize(QSize(140, 0))

        self.filterRow.addWidget(self.filterCombo)

        self.shownLabel = QLabel(ImportPreviewPage)
        self.shownLabel.setObjectName(u"shownLabel")
        self.shownLabel.setStyleSheet(u"color: #5b6668;")

        self.filterRow.addWidget(self.shownLabel)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.saveRejectedButton = QPushButton(ImportPreviewPage)
        self.saveRejectedButton.setObjectName(u"saveRejectedButton")
        self.saveRejectedButton.setAutoDefault(False)

        self.filterRow.addWidget(self.saveRejectedButton)


        self.layout.addLayout(self.filterRow)

        self.previewTable = QTableView(ImportPreviewPage)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setMinimumSize(QSize(0, 200))
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setShowGrid(False)
        self.previewTable.setWordWrap(False)
        self.previewTable.horizontalHeader().setHighlightSections(False)
        self.previewTable.horizontalHeader().setStretchLastSection(True)
        self.previewTable.verticalHeader().setVisible(False)
        self.previewTable.verticalHeader().setDefaultSectionSize(26)

        self.layout.addWidget(self.previewTable)

        self.messageLabel = QLabel(ImportPreviewPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messageLabel.setStyleSheet(u"color: #1e5b2f;")

        self.layout.addWidget(self.messageLabel)

        self.errorLabel = QLabel(ImportPreviewPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.errorLabel)

        self.layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterCombo, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.saveRejectedButton)

        self.retranslateUi(ImportPreviewPage)
    # setupUi

    def retranslateUi(self, ImportPreviewPage):
        ImportPreviewPage.setTitle(QCoreApplication.translate("ImportPreviewPage", u"Check and import", None))
        ImportPreviewPage.setSubTitle(QCoreApplication.translate("ImportPreviewPage", u"Every row of the file and what the import will do with it.", None))
        self.summaryLabel.setText("")
        self.nothingWrittenLabel.setText("")
        self.datesLabel.setText("")
        self.filterLabel.setText(QCoreApplication.translate("ImportPreviewPage", u"S&how", None))
        self.shownLabel.setText("")
        self.saveRejectedButton.setText(QCoreApplication.translate("ImportPreviewPage", u"Save &rejected rows\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveRejectedButton.setToolTip(QCoreApplication.translate("ImportPreviewPage", u"Save the rejected rows with the reason for each, to correct them and import them again", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

