# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QDialog,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(560, 380)
        ExportDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.formatBox = QGroupBox(ExportDialog)
        self.formatBox.setObjectName(u"formatBox")
        self.formatLayout = QVBoxLayout(self.formatBox)
        self.formatLayout.setObjectName(u"formatLayout")
        self.xlsxRadio = QRadioButton(self.formatBox)
        self.xlsxRadio.setObjectName(u"xlsxRadio")
        self.xlsxRadio.setChecked(True)

        self.formatLayout.addWidget(self.xlsxRadio)

        self.csvRadio = QRadioButton(self.formatBox)
        self.csvRadio.setObjectName(u"csvRadio")

        self.formatLayout.addWidget(self.csvRadio)


        self.layout.addWidget(self.formatBox)

        self.destinationLayout = QHBoxLayout()
        self.destinationLayout.setObjectName(u"destinationLayout")
        self.destinationLabel = QLabel(ExportDialog)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.destinationLayout.addWidget(self.destinationLabel)

        self.pathEdit = QLineEdit(ExportDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.destinationLayout.addWidget(self.pathEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.destinationLayout.addWidget(self.browseButton)


        self.layout.addLayout(self.destinationLayout)

        self.rangeLayout = QHBoxLayout()
        self.rangeLayout.setObjectName(u"rangeLayout")
        self.rangeCheck = QCheckBox(ExportDialog)
        self.rangeCheck.setObjectName(u"rangeCheck")

        self.rangeLayout.addWidget(self.rangeCheck)

        self.fromEdit = QDateEdit(ExportDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.rangeLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(ExportDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.rangeLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(ExportDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.rangeLayout.addWidget(self.toEdit)

        self.rangeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeLayout.addItem(self.rangeSpacer)


        self.layout.addLayout(self.rangeLayout)

        self.privilegeLabel = QLabel(ExportDialog)
        self.privilegeLabel.setObjectName(u"privilegeLabel")
        self.privilegeLabel.setWordWrap(True)

        self.layout.addWidget(self.privilegeLabel)

        self.progressBar = QProgressBar(ExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.layout.addWidget(self.progressBar)

        self.tableLabel = QLabel(ExportDialog)
        self.tableLabel.setObjectName(u"tableLabel")

        self.layout.addWidget(self.tableLabel)

        self.messageLabel = QLabel(ExportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.messageLabel)

        self.errorLabel = QLabel(ExportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.openFolderButton = QPushButton(ExportDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")
        self.openFolderButton.setAutoDefault(False)

        self.buttons.addWidget(self.openFolderButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ExportDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttons.addWidget(self.exportButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.destinationLabel.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.xlsxRadio, self.csvRadio)
        QWidget.setTabOrder(self.csvRadio, self.pathEdit)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.rangeCheck)
        QWidget.setTabOrder(self.rangeCheck, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.openFolderButton)

        self.retranslateUi(ExportDialog)

        self.exportButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export data", None))
        self.introLabel.setText(QCoreApplication.translate("ExportDialog", u"Everything the studio keeps, a sheet (or a CSV file) a table: members, plans, memberships and installments, payments and sales, classes and bookings, credits and the ledger, staff (never passwords), the user log, and what each member has left, ready to import into another studio.", None))
        self.formatBox.setTitle(QCoreApplication.translate("ExportDialog", u"Format", None))
        self.xlsxRadio.setText(QCoreApplication.translate("ExportDialog", u"&Excel workbook (.xlsx)", None))
#if QT_CONFIG(tooltip)
        self.xlsxRadio.setToolTip(QCoreApplication.translate("ExportDialog", u"One file, a sheet for each table", None))
#endif // QT_CONFIG(tooltip)
        self.csvRadio.setText(QCoreApplication.translate("ExportDialog", u"Folder of &CSV files", None))
#if QT_CONFIG(tooltip)
        self.csvRadio.setToolTip(QCoreApplication.translate("ExportDialog", u"A folder with a UTF-8 CSV file for each table, for other programs", None))
#endif // QT_CONFIG(tooltip)
        self.destinationLabel.setText(QCoreApplication.translate("ExportDialog", u"&Save to", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
        self.rangeCheck.setText(QCoreApplication.translate("ExportDialog", u"&Limit bookings, ledger, payments and user log to", None))
#if QT_CONFIG(tooltip)
        self.rangeCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"The other tables (members, memberships, plans, classes, staff\u2026) are always exported whole", None))
#endif // QT_CONFIG(tooltip)
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("ExportDialog", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("ExportDialog", u"to", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("ExportDialog", u"yyyy-MM-dd", None))
        self.privilegeLabel.setText("")
        self.tableLabel.setText("")
        self.messageLabel.setText("")
        self.errorLabel.setText("")
        self.openFolderButton.setText(QCoreApplication.translate("ExportDialog", u"&Open folder", None))
#if QT_CONFIG(tooltip)
        self.openFolderButton.setToolTip(QCoreApplication.translate("ExportDialog", u"Show the export in the file manager", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("ExportDialog", u"Cancel", None))
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"Export", None))
    # retranslateUi

