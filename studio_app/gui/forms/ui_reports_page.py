# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QSplitter, QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1100, 700)
        self.layout = QHBoxLayout(ReportsPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(ReportsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listPane.setMinimumSize(QSize(190, 0))
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 4, 0)
        self.listLabel = QLabel(self.listPane)
        self.listLabel.setObjectName(u"listLabel")
        self.listLabel.setStyleSheet(u"font-weight: 600; color: #24484b;")

        self.listLayout.addWidget(self.listLabel)

        self.reportList = QListWidget(self.listPane)
        self.reportList.setObjectName(u"reportList")
        self.reportList.setStyleSheet(u"QListWidget::item { padding: 7px 6px; }")

        self.listLayout.addWidget(self.reportList)

        self.splitter.addWidget(self.listPane)
        self.optionsPane = QWidget(self.splitter)
        self.optionsPane.setObjectName(u"optionsPane")
        self.optionsPane.setMinimumSize(QSize(260, 0))
        self.optionsLayout = QVBoxLayout(self.optionsPane)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.optionsLayout.setContentsMargins(6, 0, 6, 0)
        self.titleLabel = QLabel(self.optionsPane)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16px; font-weight: 600; color: #24484b;")
        self.titleLabel.setWordWrap(True)

        self.optionsLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(self.optionsPane)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.optionsLayout.addWidget(self.summaryLabel)

        self.paramsGroup = QGroupBox(self.optionsPane)
        self.paramsGroup.setObjectName(u"paramsGroup")
        self.paramsForm = QFormLayout(self.paramsGroup)
        self.paramsForm.setObjectName(u"paramsForm")
        self.paramsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.quickLabel = QLabel(self.paramsGroup)
        self.quickLabel.setObjectName(u"quickLabel")

        self.paramsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.quickLabel)

        self.quickCombo = QComboBox(self.paramsGroup)
        self.quickCombo.setObjectName(u"quickCombo")

        self.paramsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.quickCombo)

        self.fromLabel = QLabel(self.paramsGroup)
        self.fromLabel.setObjectName(u"fromLabel")

        self.paramsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(self.paramsGroup)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.paramsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(self.paramsGroup)
        self.toLabel.setObjectName(u"toLabel")

        self.paramsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QDateEdit(self.paramsGroup)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.paramsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.dayLabel = QLabel(self.paramsGroup)
        self.dayLabel.setObjectName(u"dayLabel")

        self.paramsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(self.paramsGroup)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.paramsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.spanLabel = QLabel(self.paramsGroup)
        self.spanLabel.setObjectName(u"spanLabel")

        self.paramsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.spanLabel)

        self.spanBox = QWidget(self.paramsGroup)
        self.spanBox.setObjectName(u"spanBox")
        self.spanLayout = QHBoxLayout(self.spanBox)
        self.spanLayout.setObjectName(u"spanLayout")
        self.spanLayout.setContentsMargins(0, 0, 0, 0)
        self.dayRadio = QRadioButton(self.spanBox)
        self.dayRadio.setObjectName(u"dayRadio")
        self.dayRadio.setChecked(True)

        self.spanLayout.addWidget(self.dayRadio)

        self.weekRadio = QRadioButton(self.spanBox)
        self.weekRadio.setObjectName(u"weekRadio")

        self.spanLayout.addWidget(self.weekRadio)

        self.spanSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.spanLayout.addItem(self.spanSpacer)


        self.paramsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.spanBox)

        self.seriesLabel = QLabel(self.paramsGroup)
        self.seriesLabel.setObjectName(u"seriesLabel")

        self.paramsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.seriesLabel)

        self.seriesCombo = QComboBox(self.paramsGroup)
        self.seriesCombo.setObjectName(u"seriesCombo")

        self.paramsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.seriesCombo)

        self.instructorLabel = QLabel(self.paramsGroup)
        self.instructorLabel.setObjectName(u"instructorLabel")

        self.paramsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.instructorLabel)

        self.instructorCombo = QComboBox(self.paramsGroup)
        self.instructorCombo.setObjectName(u"instructorCombo")

        self.paramsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.instructorCombo)

        self.memberLabel = QLabel(self.paramsGroup)
        self.memberLabel.setObjectName(u"memberLabel")

        self.paramsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberBox = QWidget(self.paramsGroup)
        self.memberBox.setObjectName(u"memberBox")
        self.memberLayout = QVBoxLayout(self.memberBox)
        self.memberLayout.setObjectName(u"memberLayout")
        self.memberLayout.setContentsMargins(0, 0, 0, 0)
        self.memberEdit = QLineEdit(self.memberBox)
        self.memberEdit.setObjectName(u"memberEdit")
        self.memberEdit.setClearButtonEnabled(True)

        self.memberLayout.addWidget(self.memberEdit)

        self.memberList = QListWidget(self.memberBox)
        self.memberList.setObjectName(u"memberList")
        self.memberList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.memberList.sizePolicy().hasHeightForWidth())
        self.memberList.setSizePolicy(sizePolicy)
        self.memberList.setMinimumSize(QSize(0, 84))
        self.memberList.setMaximumSize(QSize(16777215, 84))

        self.memberLayout.addWidget(self.memberList)


        self.paramsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.memberBox)

        self.membersLabel = QLabel(self.paramsGroup)
        self.membersLabel.setObjectName(u"membersLabel")

        self.paramsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.membersLabel)

        self.membersBox = QWidget(self.paramsGroup)
        self.membersBox.setObjectName(u"membersBox")
        self.membersLayout = QVBoxLayout(self.membersBox)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersLayout.setContentsMargins(0, 0, 0, 0)
        self.allMembersRadio = QRadioButton(self.membersBox)
        self.allMembersRadio.setObjectName(u"allMembersRadio")
        self.allMembersRadio.setChecked(True)

        self.membersLayout.addWidget(self.allMembersRadio)

        self.chosenMembersRadio = QRadioButton(self.membersBox)
        self.chosenMembersRadio.setObjectName(u"chosenMembersRadio")

        self.membersLayout.addWidget(self.chosenMembersRadio)

        self.chosenBox = QWidget(self.membersBox)
        self.chosenBox.setObjectName(u"chosenBox")
        self.chosenLayout = QVBoxLayout(self.chosenBox)
        self.chosenLayout.setObjectName(u"chosenLayout")
        self.chosenLayout.setContentsMargins(22, 0, 0, 0)
        self.pickRow = QHBoxLayout()
        self.pickRow.setObjectName(u"pickRow")
        self.pickEdit = QLineEdit(self.chosenBox)
        self.pickEdit.setObjectName(u"pickEdit")
        self.pickEdit.setClearButtonEnabled(True)

        self.pickRow.addWidget(self.pickEdit)

        self.addButton = QPushButton(self.chosenBox)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.pickRow.addWidget(self.addButton)


        self.chosenLayout.addLayout(self.pickRow)

        self.pickList = QListWidget(self.chosenBox)
        self.pickList.setObjectName(u"pickList")
        self.pickList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sizePolicy.setHeightForWidth(self.pickList.sizePolicy().hasHeightForWidth())
        self.pickList.setSizePolicy(sizePolicy)
        self.pickList.setMinimumSize(QSize(0, 84))
        self.pickList.setMaximumSize(QSize(16777215, 84))

        self.chosenLayout.addWidget(self.pickList)

        self.chosenList = QListWidget(self.chosenBox)
        self.chosenList.setObjectName(u"chosenList")
        self.chosenList.setMinimumSize(QSize(0, 90))
        self.chosenList.setMaximumSize(QSize(16777215, 160))

        self.chosenLayout.addWidget(self.chosenList)

        self.chosenButtons = QHBoxLayout()
        self.chosenButtons.setObjectName(u"chosenButtons")
        self.chosenCountLabel = QLabel(self.chosenBox)
        self.chosenCountLabel.setObjectName(u"chosenCountLabel")

        self.chosenButtons.addWidget(self.chosenCountLabel)

        self.chosenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chosenButtons.addItem(self.chosenSpacer)

        self.removeButton = QPushButton(self.chosenBox)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.chosenButtons.addWidget(self.removeButton)


        self.chosenLayout.addLayout(self.chosenButtons)


        self.membersLayout.addWidget(self.chosenBox)

        self.codesRow = QHBoxLayout()
        self.codesRow.setObjectName(u"codesRow")
        self.codesLabel = QLabel(self.membersBox)
        self.codesLabel.setObjectName(u"codesLabel")
        self.codesLabel.setWordWrap(True)

        self.codesRow.addWidget(self.codesLabel)

        self.giveCodesButton = QPushButton(self.membersBox)
        self.giveCodesButton.setObjectName(u"giveCodesButton")
        self.giveCodesButton.setAutoDefault(False)

        self.codesRow.addWidget(self.giveCodesButton)


        self.membersLayout.addLayout(self.codesRow)


        self.paramsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.membersBox)


        self.optionsLayout.addWidget(self.paramsGroup)

        self.previewButton = QPushButton(self.optionsPane)
        self.previewButton.setObjectName(u"previewButton")

        self.optionsLayout.addWidget(self.previewButton)

        self.outputGrid = QGridLayout()
        self.outputGrid.setObjectName(u"outputGrid")
        self.openButton = QPushButton(self.optionsPane)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.outputGrid.addWidget(self.openButton, 0, 0, 1, 1)

        self.printButton = QPushButton(self.optionsPane)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.outputGrid.addWidget(self.printButton, 0, 1, 1, 1)

        self.saveButton = QPushButton(self.optionsPane)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.outputGrid.addWidget(self.saveButton, 1, 0, 1, 1)

        self.excelButton = QPushButton(self.optionsPane)
        self.excelButton.setObjectName(u"excelButton")
        self.excelButton.setAutoDefault(False)

        self.outputGrid.addWidget(self.excelButton, 1, 1, 1, 1)


        self.optionsLayout.addLayout(self.outputGrid)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.splitter.addWidget(self.optionsPane)
        self.previewPane = QWidget(self.splitter)
        self.previewPane.setObjectName(u"previewPane")
        self.previewPane.setMinimumSize(QSize(320, 0))
        self.previewLayout = QVBoxLayout(self.previewPane)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(4, 0, 0, 0)
        self.stageRow = QHBoxLayout()
        self.stageRow.setObjectName(u"stageRow")
        self.stageLabel = QLabel(self.previewPane)
        self.stageLabel.setObjectName(u"stageLabel")

        self.stageRow.addWidget(self.stageLabel)

        self.progressBar = QProgressBar(self.previewPane)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumSize(QSize(180, 14))
        self.progressBar.setMinimum(0)
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)

        self.stageRow.addWidget(self.progressBar)

        self.stageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stageRow.addItem(self.stageSpacer)


        self.previewLayout.addLayout(self.stageRow)

        self.statusLabel = QLabel(self.previewPane)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.statusLabel)

        self.splitter.addWidget(self.previewPane)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.reportList)
        self.quickLabel.setBuddy(self.quickCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.dayLabel.setBuddy(self.dayEdit)
        self.seriesLabel.setBuddy(self.seriesCombo)
        self.instructorLabel.setBuddy(self.instructorCombo)
        self.memberLabel.setBuddy(self.memberEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reportList, self.quickCombo)
        QWidget.setTabOrder(self.quickCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.dayEdit)
        QWidget.setTabOrder(self.dayEdit, self.dayRadio)
        QWidget.setTabOrder(self.dayRadio, self.weekRadio)
        QWidget.setTabOrder(self.weekRadio, self.seriesCombo)
        QWidget.setTabOrder(self.seriesCombo, self.instructorCombo)
        QWidget.setTabOrder(self.instructorCombo, self.memberEdit)
        QWidget.setTabOrder(self.memberEdit, self.memberList)
        QWidget.setTabOrder(self.memberList, self.allMembersRadio)
        QWidget.setTabOrder(self.allMembersRadio, self.chosenMembersRadio)
        QWidget.setTabOrder(self.chosenMembersRadio, self.pickEdit)
        QWidget.setTabOrder(self.pickEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.pickList)
        QWidget.setTabOrder(self.pickList, self.chosenList)
        QWidget.setTabOrder(self.chosenList, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.giveCodesButton)
        QWidget.setTabOrder(self.giveCodesButton, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.excelButton)

        self.retranslateUi(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.listLabel.setText(QCoreApplication.translate("ReportsPage", u"&Reports", None))
#if QT_CONFIG(tooltip)
        self.reportList.setToolTip(QCoreApplication.translate("ReportsPage", u"Choose the report to print", None))
#endif // QT_CONFIG(tooltip)
        self.titleLabel.setText("")
        self.summaryLabel.setText("")
        self.paramsGroup.setTitle(QCoreApplication.translate("ReportsPage", u"Parameters", None))
        self.quickLabel.setText(QCoreApplication.translate("ReportsPage", u"&Quick pick", None))
#if QT_CONFIG(tooltip)
        self.quickCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"Set both days at once; choosing days yourself shows Custom", None))
#endif // QT_CONFIG(tooltip)
        self.fromLabel.setText(QCoreApplication.translate("ReportsPage", u"&From", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("ReportsPage", u"ddd d MMM yyyy", None))
#if QT_CONFIG(tooltip)
        self.fromEdit.setToolTip(QCoreApplication.translate("ReportsPage", u"The first day of the report, included", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("ReportsPage", u"&To", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("ReportsPage", u"ddd d MMM yyyy", None))
#if QT_CONFIG(tooltip)
        self.toEdit.setToolTip(QCoreApplication.translate("ReportsPage", u"The last day of the report, included", None))
#endif // QT_CONFIG(tooltip)
        self.dayLabel.setText(QCoreApplication.translate("ReportsPage", u"&Day", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("ReportsPage", u"ddd d MMM yyyy", None))
        self.spanLabel.setText(QCoreApplication.translate("ReportsPage", u"Show", None))
        self.dayRadio.setText(QCoreApplication.translate("ReportsPage", u"Da&y", None))
#if QT_CONFIG(tooltip)
        self.dayRadio.setToolTip(QCoreApplication.translate("ReportsPage", u"That day's classes", None))
#endif // QT_CONFIG(tooltip)
        self.weekRadio.setText(QCoreApplication.translate("ReportsPage", u"&Week", None))
#if QT_CONFIG(tooltip)
        self.weekRadio.setToolTip(QCoreApplication.translate("ReportsPage", u"The Monday-to-Sunday week holding that day, as a landscape grid", None))
#endif // QT_CONFIG(tooltip)
        self.seriesLabel.setText(QCoreApplication.translate("ReportsPage", u"&Class", None))
        self.instructorLabel.setText(QCoreApplication.translate("ReportsPage", u"&Instructor", None))
        self.memberLabel.setText(QCoreApplication.translate("ReportsPage", u"&Member", None))
        self.memberEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"Type part of a member's name\u2026", None))
#if QT_CONFIG(tooltip)
        self.memberList.setToolTip(QCoreApplication.translate("ReportsPage", u"\u2191/\u2193 or a click chooses the member", None))
#endif // QT_CONFIG(tooltip)
        self.membersLabel.setText(QCoreApplication.translate("ReportsPage", u"Members", None))
        self.allMembersRadio.setText(QCoreApplication.translate("ReportsPage", u"All members without a printed card", None))
#if QT_CONFIG(tooltip)
        self.allMembersRadio.setToolTip(QCoreApplication.translate("ReportsPage", u"Every active member whose card has not been marked as printed", None))
#endif // QT_CONFIG(tooltip)
        self.chosenMembersRadio.setText(QCoreApplication.translate("ReportsPage", u"C&hosen members", None))
        self.pickEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"Type part of a member's name\u2026", None))
        self.addButton.setText(QCoreApplication.translate("ReportsPage", u"&Add", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Add the member chosen below to the cards to print", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.pickList.setToolTip(QCoreApplication.translate("ReportsPage", u"\u2191/\u2193 or a click chooses the member", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.chosenList.setToolTip(QCoreApplication.translate("ReportsPage", u"The members whose cards print, in this order", None))
#endif // QT_CONFIG(tooltip)
        self.chosenCountLabel.setText("")
        self.removeButton.setText(QCoreApplication.translate("ReportsPage", u"Remo&ve", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Take the selected member off the list", None))
#endif // QT_CONFIG(tooltip)
        self.codesLabel.setText("")
        self.giveCodesButton.setText(QCoreApplication.translate("ReportsPage", u"&Give card codes\u2026", None))
#if QT_CONFIG(tooltip)
        self.giveCodesButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Give a new card code to each of these members who has none (logged in their user log)", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("ReportsPage", u"&Preview", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Write the report and show its pages here", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("ReportsPage", u"&Open PDF", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Open the report in the system's PDF viewer", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("ReportsPage", u"P&rint\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Print the report through the print dialog", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ReportsPage", u"&Save as\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Save the report as a PDF file", None))
#endif // QT_CONFIG(tooltip)
        self.excelButton.setText(QCoreApplication.translate("ReportsPage", u"Export to &Excel\u2026", None))
        self.stageLabel.setText("")
        self.statusLabel.setText("")
        pass
    # retranslateUi

