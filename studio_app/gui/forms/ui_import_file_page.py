# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_file_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportFilePage(object):
    def setupUi(self, ImportFilePage):
        if not ImportFilePage.objectName():
            ImportFilePage.setObjectName(u"ImportFilePage")
        ImportFilePage.resize(860, 420)
        self.layout = QVBoxLayout(ImportFilePage)
        self.layout.setObjectName(u"layout")
        self.privilegeLabel = QLabel(ImportFilePage)
        self.privilegeLabel.setObjectName(u"privilegeLabel")
        self.privilegeLabel.setWordWrap(True)
        self.privilegeLabel.setStyleSheet(u"background: #fff4d6; color: #5c4300; border: 1px solid #e8cf8a; border-radius: 4px; padding: 8px 12px; font-weight: 600;")

        self.layout.addWidget(self.privilegeLabel)

        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.fileForm.setHorizontalSpacing(12)
        self.pathLabel = QLabel(ImportFilePage)
        self.pathLabel.setObjectName(u"pathLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathEdit = QLineEdit(ImportFilePage)
        self.pathEdit.setObjectName(u"pathEdit")
        self.pathEdit.setClearButtonEnabled(True)

        self.pathRow.addWidget(self.pathEdit)

        self.chooseButton = QPushButton(ImportFilePage)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.pathRow.addWidget(self.chooseButton)


        self.fileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.pathRow)

        self.encodingLabel = QLabel(ImportFilePage)
        self.encodingLabel.setObjectName(u"encodingLabel")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.encodingLabel)

        self.encodingRow = QHBoxLayout()
        self.encodingRow.setObjectName(u"encodingRow")
        self.encodingCombo = QComboBox(ImportFilePage)
        self.encodingCombo.setObjectName(u"encodingCombo")
        self.encodingCombo.setMinimumSize(QSize(260, 0))

        self.encodingRow.addWidget(self.encodingCombo)

        self.encodingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.encodingRow.addItem(self.encodingSpacer)


        self.fileForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.encodingRow)


        self.layout.addLayout(self.fileForm)

        self.readLabel = QLabel(ImportFilePage)
        self.readLabel.setObjectName(u"readLabel")
        self.readLabel.setWordWrap(True)
        self.readLabel.setStyleSheet(u"font-weight: 600; color: #24484b; padding-top: 8px;")
        self.readLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.readLabel)

        self.encodingNoteLabel = QLabel(ImportFilePage)
        self.encodingNoteLabel.setObjectName(u"encodingNoteLabel")
        self.encodingNoteLabel.setWordWrap(True)
        self.encodingNoteLabel.setStyleSheet(u"color: #7a4b00;")

        self.layout.addWidget(self.encodingNoteLabel)

        self.errorLabel = QLabel(ImportFilePage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.helpLabel = QLabel(ImportFilePage)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)
        self.helpLabel.setStyleSheet(u"color: #5b6668;")

        self.layout.addWidget(self.helpLabel)

#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.pathEdit)
        self.encodingLabel.setBuddy(self.encodingCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pathEdit, self.chooseButton)
        QWidget.setTabOrder(self.chooseButton, self.encodingCombo)

        self.retranslateUi(ImportFilePage)
    # setupUi

    def retranslateUi(self, ImportFilePage):
        ImportFilePage.setTitle(QCoreApplication.translate("ImportFilePage", u"Choose the file", None))
        ImportFilePage.setSubTitle(QCoreApplication.translate("ImportFilePage", u"A member list exported from another system: a CSV or text file (comma, semicolon or tab between the columns) or an Excel workbook, with the column names in the first row.", None))
        self.privilegeLabel.setText(QCoreApplication.translate("ImportFilePage", u"Importing members needs the 'settings' privilege (ask the studio owner).", None))
        self.pathLabel.setText(QCoreApplication.translate("ImportFilePage", u"&File", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("ImportFilePage", u"Choose a file, or type its path and press Enter", None))
        self.chooseButton.setText(QCoreApplication.translate("ImportFilePage", u"&Choose file\u2026", None))
        self.encodingLabel.setText(QCoreApplication.translate("ImportFilePage", u"&Encoding", None))
#if QT_CONFIG(tooltip)
        self.encodingCombo.setToolTip(QCoreApplication.translate("ImportFilePage", u"How the file's letters are stored. Pick another one when names in the preview show wrong letters (e.g. \u00c5 instead of \u0141).", None))
#endif // QT_CONFIG(tooltip)
        self.readLabel.setText("")
        self.encodingNoteLabel.setText("")
        self.errorLabel.setText("")
        self.helpLabel.setText(QCoreApplication.translate("ImportFilePage", u"Nothing is written until the last step: the next pages match the file's columns to the member details and show what every row will become.", None))
    # retranslateUi

