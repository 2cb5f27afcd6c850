# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_BackupsPage(object):
    def setupUi(self, BackupsPage):
        if not BackupsPage.objectName():
            BackupsPage.setObjectName(u"BackupsPage")
        BackupsPage.resize(900, 640)
        self.layout = QVBoxLayout(BackupsPage)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(BackupsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setStyleSheet(u"color: #5b6668;")
        self.introLabel.setMaximumSize(QSize(880, 16777215))
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.unavailableLabel = QLabel(BackupsPage)
        self.unavailableLabel.setObjectName(u"unavailableLabel")
        self.unavailableLabel.setMaximumSize(QSize(880, 16777215))
        self.unavailableLabel.setWordWrap(True)
        self.unavailableLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unavailableLabel.setStyleSheet(u"background: #fff4d6; color: #5c4300; border: 1px solid #e8cf8a; border-radius: 4px; padding: 8px 12px; font-weight: 600;")

        self.layout.addWidget(self.unavailableLabel)

        self.statusGroup = QGroupBox(BackupsPage)
        self.statusGroup.setObjectName(u"statusGroup")
        self.statusGroup.setMaximumSize(QSize(880, 16777215))
        self.statusLayout = QGridLayout(self.statusGroup)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLayout.setVerticalSpacing(4)
        self.statusLayout.setHorizontalSpacing(12)
        self.folderCaption = QLabel(self.statusGroup)
        self.folderCaption.setObjectName(u"folderCaption")

        self.statusLayout.addWidget(self.folderCaption, 0, 0, 1, 1)

        self.folderValueLabel = QLabel(self.statusGroup)
        self.folderValueLabel.setObjectName(u"folderValueLabel")
        self.folderValueLabel.setWordWrap(True)
        self.folderValueLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.statusLayout.addWidget(self.folderValueLabel, 0, 1, 1, 1)

        self.openFolderButton = QPushButton(self.statusGroup)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.statusLayout.addWidget(self.openFolderButton, 0, 2, 1, 1)

        self.keptCaption = QLabel(self.statusGroup)
        self.keptCaption.setObjectName(u"keptCaption")

        self.statusLayout.addWidget(self.keptCaption, 1, 0, 1, 1)

        self.keptLabel = QLabel(self.statusGroup)
        self.keptLabel.setObjectName(u"keptLabel")
        self.keptLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.keptLabel, 1, 1, 1, 2)

        self.newestCaption = QLabel(self.statusGroup)
        self.newestCaption.setObjectName(u"newestCaption")

        self.statusLayout.addWidget(self.newestCaption, 2, 0, 1, 1)

        self.newestLabel = QLabel(self.statusGroup)
        self.newestLabel.setObjectName(u"newestLabel")

        self.statusLayout.addWidget(self.newestLabel, 2, 1, 1, 2)

        self.lastRestoreCaption = QLabel(self.statusGroup)
        self.lastRestoreCaption.setObjectName(u"lastRestoreCaption")

        self.statusLayout.addWidget(self.lastRestoreCaption, 3, 0, 1, 1)

        self.lastRestoreLabel = QLabel(self.statusGroup)
        self.lastRestoreLabel.setObjectName(u"lastRestoreLabel")
        self.lastRestoreLabel.setWordWrap(True)
        self.lastRestoreLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.statusLayout.addWidget(self.lastRestoreLabel, 3, 1, 1, 2)

        self.statusLayout.setColumnStretch(1, 1)

        self.layout.addWidget(self.statusGroup)

        self.backupsTable = QTableView(BackupsPage)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setMaximumSize(QSize(880, 16777215))
        self.backupsTable.setMinimumSize(QSize(0, 130))
        self.backupsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsTable.setAlternatingRowColors(True)
        self.backupsTable.horizontalHeader().setStretchLastSection(True)
        self.backupsTable.verticalHeader().setVisible(False)
        self.backupsTable.verticalHeader().setDefaultSectionSize(28)

        self.layout.addWidget(self.backupsTable)

        self.emptyLabel = QLabel(BackupsPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setStyleSheet(u"color: #5b6668;")
        self.emptyLabel.setMaximumSize(QSize(880, 16777215))
        self.emptyLabel.setWordWrap(True)

        self.layout.addWidget(self.emptyLabel)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.backUpButton = QPushButton(BackupsPage)
        self.backUpButton.setObjectName(u"backUpButton")

        self.actionButtons.addWidget(self.backUpButton)

        self.saveCopyButton = QPushButton(BackupsPage)
        self.saveCopyButton.setObjectName(u"saveCopyButton")

        self.actionButtons.addWidget(self.saveCopyButton)

        self.actionSpacer = QSpacerItem(24, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionSpacer)

        self.restoreButton = QPushButton(BackupsPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.actionButtons.addWidget(self.restoreButton)

        self.restoreFileButton = QPushButton(BackupsPage)
        self.restoreFileButton.setObjectName(u"restoreFileButton")

        self.actionButtons.addWidget(self.restoreFileButton)

        self.actionEndSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionEndSpacer)


        self.layout.addLayout(self.actionButtons)

        self.messageLabel = QLabel(BackupsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setMaximumSize(QSize(880, 16777215))
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messageLabel.setStyleSheet(u"color: #1e5b2f;")

        self.layout.addWidget(self.messageLabel)

        self.errorLabel = QLabel(BackupsPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setMaximumSize(QSize(880, 16777215))
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.settingsGroup = QGroupBox(BackupsPage)
        self.settingsGroup.setObjectName(u"settingsGroup")
        self.settingsGroup.setMaximumSize(QSize(880, 16777215))
        self.settingsLayout = QVBoxLayout(self.settingsGroup)
        self.settingsLayout.setSpacing(6)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.settingsHintLabel = QLabel(self.settingsGroup)
        self.settingsHintLabel.setObjectName(u"settingsHintLabel")
        self.settingsHintLabel.setStyleSheet(u"color: #5b6668;")
        self.settingsHintLabel.setWordWrap(True)

        self.settingsLayout.addWidget(self.settingsHintLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEditLabel = QLabel(self.settingsGroup)
        self.folderEditLabel.setObjectName(u"folderEditLabel")

        self.folderRow.addWidget(self.folderEditLabel)

        self.folderEdit = QLineEdit(self.settingsGroup)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.chooseFolderButton = QPushButton(self.settingsGroup)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.folderRow.addWidget(self.chooseFolderButton)

        self.defaultFolderButton = QPushButton(self.settingsGroup)
        self.defaultFolderButton.setObjectName(u"defaultFolderButton")

        self.folderRow.addWidget(self.defaultFolderButton)


        self.settingsLayout.addLayout(self.folderRow)

        self.keepRow = QHBoxLayout()
        self.keepRow.setObjectName(u"keepRow")
        self.keepDaysLabel = QLabel(self.settingsGroup)
        self.keepDaysLabel.setObjectName(u"keepDaysLabel")

        self.keepRow.addWidget(self.keepDaysLabel)

        self.keepDaysSpin = QSpinBox(self.settingsGroup)
        self.keepDaysSpin.setObjectName(u"keepDaysSpin")
        self.keepDaysSpin.setMinimumSize(QSize(72, 0))
        self.keepDaysSpin.setMinimum(1)
        self.keepDaysSpin.setMaximum(365)
        self.keepDaysSpin.setValue(14)

        self.keepRow.addWidget(self.keepDaysSpin)

        self.keepMonthsLabel = QLabel(self.settingsGroup)
        self.keepMonthsLabel.setObjectName(u"keepMonthsLabel")

        self.keepRow.addWidget(self.keepMonthsLabel)

        self.keepMonthsSpin = QSpinBox(self.settingsGroup)
        self.keepMonthsSpin.setObjectName(u"keepMonthsSpin")
        self.keepMonthsSpin.setMinimumSize(QSize(72, 0))
        self.keepMonthsSpin.setMinimum(0)
        self.keepMonthsSpin.setMaximum(120)
        self.keepMonthsSpin.setValue(12)

        self.keepRow.addWidget(self.keepMonthsSpin)

        self.monthsUnitLabel = QLabel(self.settingsGroup)
        self.monthsUnitLabel.setObjectName(u"monthsUnitLabel")

        self.keepRow.addWidget(self.monthsUnitLabel)

        self.keepSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keepRow.addItem(self.keepSpacer)


        self.settingsLayout.addLayout(self.keepRow)

        self.policyLabel = QLabel(self.settingsGroup)
        self.policyLabel.setObjectName(u"policyLabel")
        self.policyLabel.setWordWrap(True)
        self.policyLabel.setStyleSheet(u"font-weight: 600; color: #24484b; padding: 2px 0;")

        self.settingsLayout.addWidget(self.policyLabel)

        self.settingsErrorLabel = QLabel(self.settingsGroup)
        self.settingsErrorLabel.setObjectName(u"settingsErrorLabel")
        self.settingsErrorLabel.setWordWrap(True)

        self.settingsLayout.addWidget(self.settingsErrorLabel)

        self.settingsButtons = QHBoxLayout()
        self.settingsButtons.setObjectName(u"settingsButtons")
        self.saveSettingsButton = QPushButton(self.settingsGroup)
        self.saveSettingsButton.setObjectName(u"saveSettingsButton")

        self.settingsButtons.addWidget(self.saveSettingsButton)

        self.settingsButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.settingsButtons.addItem(self.settingsButtonSpacer)


        self.settingsLayout.addLayout(self.settingsButtons)


        self.layout.addWidget(self.settingsGroup)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.pageSpacer)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.folderEditLabel.setBuddy(self.folderEdit)
        self.keepDaysLabel.setBuddy(self.keepDaysSpin)
        self.keepMonthsLabel.setBuddy(self.keepMonthsSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.openFolderButton, self.backupsTable)
        QWidget.setTabOrder(self.backupsTable, self.backUpButton)
        QWidget.setTabOrder(self.backUpButton, self.saveCopyButton)
        QWidget.setTabOrder(self.saveCopyButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.restoreFileButton)
        QWidget.setTabOrder(self.restoreFileButton, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.chooseFolderButton)
        QWidget.setTabOrder(self.chooseFolderButton, self.defaultFolderButton)
        QWidget.setTabOrder(self.defaultFolderButton, self.keepDaysSpin)
        QWidget.setTabOrder(self.keepDaysSpin, self.keepMonthsSpin)
        QWidget.setTabOrder(self.keepMonthsSpin, self.saveSettingsButton)

        self.retranslateUi(BackupsPage)
    # setupUi

    def retranslateUi(self, BackupsPage):
        self.introLabel.setText(QCoreApplication.translate("BackupsPage", u"Studio App copies the studio's data file every day, when it starts and again just after midnight, and keeps the copies in the backup folder. Restoring a backup puts the studio's data back as it was when the backup was made.", None))
        self.unavailableLabel.setText("")
        self.statusGroup.setTitle(QCoreApplication.translate("BackupsPage", u"Backup folder", None))
        self.folderCaption.setText(QCoreApplication.translate("BackupsPage", u"Folder:", None))
        self.folderValueLabel.setText("")
        self.openFolderButton.setText(QCoreApplication.translate("BackupsPage", u"&Open folder", None))
#if QT_CONFIG(tooltip)
        self.openFolderButton.setToolTip(QCoreApplication.translate("BackupsPage", u"Show the backups in the file manager", None))
#endif // QT_CONFIG(tooltip)
        self.keptCaption.setText(QCoreApplication.translate("BackupsPage", u"Kept:", None))
        self.keptLabel.setText("")
        self.newestCaption.setText(QCoreApplication.translate("BackupsPage", u"Last daily backup:", None))
        self.newestLabel.setText("")
        self.lastRestoreCaption.setText(QCoreApplication.translate("BackupsPage", u"Last restore:", None))
        self.lastRestoreLabel.setText("")
#if QT_CONFIG(tooltip)
        self.backupsTable.setToolTip(QCoreApplication.translate("BackupsPage", u"Double-click a backup to restore it", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("BackupsPage", u"No backups in the folder yet: click Back up now to make the first one.", None))
        self.backUpButton.setText(QCoreApplication.translate("BackupsPage", u"&Back up now", None))
#if QT_CONFIG(tooltip)
        self.backUpButton.setToolTip(QCoreApplication.translate("BackupsPage", u"Copy the studio's data into the backup folder now", None))
#endif // QT_CONFIG(tooltip)
        self.saveCopyButton.setText(QCoreApplication.translate("BackupsPage", u"Save a &copy\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveCopyButton.setToolTip(QCoreApplication.translate("BackupsPage", u"Save a copy of the studio's data anywhere, e.g. on a USB stick", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("BackupsPage", u"&Restore\u2026", None))
        self.restoreFileButton.setText(QCoreApplication.translate("BackupsPage", u"Restore from &file\u2026", None))
        self.messageLabel.setText("")
        self.errorLabel.setText("")
        self.settingsGroup.setTitle(QCoreApplication.translate("BackupsPage", u"Where and how long", None))
        self.settingsHintLabel.setText(QCoreApplication.translate("BackupsPage", u"A folder on another disk, or one a cloud service copies, keeps the backups safe even if this computer breaks.", None))
        self.folderEditLabel.setText(QCoreApplication.translate("BackupsPage", u"&Folder", None))
#if QT_CONFIG(tooltip)
        self.folderEdit.setToolTip(QCoreApplication.translate("BackupsPage", u"Leave empty to keep backups in the folder beside the studio's data file", None))
#endif // QT_CONFIG(tooltip)
        self.chooseFolderButton.setText(QCoreApplication.translate("BackupsPage", u"C&hoose\u2026", None))
        self.defaultFolderButton.setText(QCoreApplication.translate("BackupsPage", u"&Use default", None))
#if QT_CONFIG(tooltip)
        self.defaultFolderButton.setToolTip(QCoreApplication.translate("BackupsPage", u"Keep backups in the folder beside the studio's data file", None))
#endif // QT_CONFIG(tooltip)
        self.keepDaysLabel.setText(QCoreApplication.translate("BackupsPage", u"&Keep every backup for", None))
        self.keepMonthsLabel.setText(QCoreApplication.translate("BackupsPage", u"days, and one a &month for", None))
#if QT_CONFIG(tooltip)
        self.keepMonthsSpin.setToolTip(QCoreApplication.translate("BackupsPage", u"0 keeps no monthly backups beyond the days above", None))
#endif // QT_CONFIG(tooltip)
        self.monthsUnitLabel.setText(QCoreApplication.translate("BackupsPage", u"months", None))
        self.policyLabel.setText("")
        self.settingsErrorLabel.setText("")
        self.saveSettingsButton.setText(QCoreApplication.translate("BackupsPage", u"&Save", None))
        pass
    # retranslateUi

