# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_columns_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportColumnsPage(object):
    def setupUi(self, ImportColumnsPage):
        if not ImportColumnsPage.objectName():
            ImportColumnsPage.setObjectName(u"ImportColumnsPage")
        ImportColumnsPage.resize(860, 600)
        self.layout = QVBoxLayout(ImportColumnsPage)
        self.layout.setObjectName(u"layout")
        self.columnsTable = QTableWidget(ImportColumnsPage)
        if (self.columnsTable.columnCount() < 3):
            self.columnsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.columnsTable.setObjectName(u"columnsTable")
        self.columnsTable.setMinimumSize(QSize(0, 150))
        self.columnsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columnsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columnsTable.setAlternatingRowColors(True)
        self.columnsTable.setWordWrap(False)
        self.columnsTable.setColumnCount(3)
        self.columnsTable.horizontalHeader().setStretchLastSection(False)
        self.columnsTable.verticalHeader().setVisible(False)
        self.columnsTable.verticalHeader().setDefaultSectionSize(32)

        self.layout.addWidget(self.columnsTable)

        self.nameHintLabel = QLabel(ImportColumnsPage)
        self.nameHintLabel.setObjectName(u"nameHintLabel")
        self.nameHintLabel.setWordWrap(True)
        self.nameHintLabel.setStyleSheet(u"color: #7a4b00; font-weight: 600;")

        self.layout.addWidget(self.nameHintLabel)

        self.optionsForm = QFormLayout()
        self.optionsForm.setObjectName(u"optionsForm")
        self.optionsForm.setHorizontalSpacing(12)
        self.dateOrderLabel = QLabel(ImportColumnsPage)
        self.dateOrderLabel.setObjectName(u"dateOrderLabel")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateOrderLabel)

        self.dateOrderRow = QHBoxLayout()
        self.dateOrderRow.setObjectName(u"dateOrderRow")
        self.dateOrderCombo = QComboBox(ImportColumnsPage)
        self.dateOrderCombo.setObjectName(u"dateOrderCombo")
        self.dateOrderCombo.setMinimumSize(QSize(200, 0))

        self.dateOrderRow.addWidget(self.dateOrderCombo)

        self.dateOrderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateOrderRow.addItem(self.dateOrderSpacer)


        self.optionsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateOrderRow)

        self.dateNoteLabel = QLabel(ImportColumnsPage)
        self.dateNoteLabel.setObjectName(u"dateNoteLabel")
        self.dateNoteLabel.setWordWrap(True)
        self.dateNoteLabel.setStyleSheet(u"color: #7a4b00; font-weight: 600;")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateNoteLabel)

        self.existingLabel = QLabel(ImportColumnsPage)
        self.existingLabel.setObjectName(u"existingLabel")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.existingLabel)

        self.existingRow = QHBoxLayout()
        self.existingRow.setObjectName(u"existingRow")
        self.skipRadio = QRadioButton(ImportColumnsPage)
        self.skipRadio.setObjectName(u"skipRadio")
        self.skipRadio.setChecked(True)

        self.existingRow.addWidget(self.skipRadio)

        self.updateRadio = QRadioButton(ImportColumnsPage)
        self.updateRadio.setObjectName(u"updateRadio")

        self.existingRow.addWidget(self.updateRadio)

        self.existingHintLabel = QLabel(ImportColumnsPage)
        self.existingHintLabel.setObjectName(u"existingHintLabel")
        self.existingHintLabel.setStyleSheet(u"color: #5b6668;")

        self.existingRow.addWidget(self.existingHintLabel)

        self.existingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.existingRow.addItem(self.existingSpacer)


        self.optionsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.existingRow)


        self.layout.addLayout(self.optionsForm)

        self.plansLabel = QLabel(ImportColumnsPage)
        self.plansLabel.setObjectName(u"plansLabel")
        self.plansLabel.setStyleSheet(u"font-weight: 600; color: #24484b; padding-top: 6px;")

        self.layout.addWidget(self.plansLabel)

        self.plansHintLabel = QLabel(ImportColumnsPage)
        self.plansHintLabel.setObjectName(u"plansHintLabel")
        self.plansHintLabel.setWordWrap(True)
        self.plansHintLabel.setStyleSheet(u"color: #5b6668;")

        self.layout.addWidget(self.plansHintLabel)

        self.plansTable = QTableWidget(ImportColumnsPage)
        if (self.plansTable.columnCount() < 2):
            self.plansTable.setColumnCount(2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.plansTable.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.plansTable.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        self.plansTable.setObjectName(u"plansTable")
        self.plansTable.setMaximumSize(QSize(680, 16777215))
        self.plansTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plansTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.plansTable.setAlternatingRowColors(True)
        self.plansTable.setColumnCount(2)
        self.plansTable.horizontalHeader().setStretchLastSection(True)
        self.plansTable.verticalHeader().setVisible(False)
        self.plansTable.verticalHeader().setDefaultSectionSize(32)

        self.layout.addWidget(self.plansTable)

        self.mappingButtons = QHBoxLayout()
        self.mappingButtons.setObjectName(u"mappingButtons")
        self.saveMappingButton = QPushButton(ImportColumnsPage)
        self.saveMappingButton.setObjectName(u"saveMappingButton")
        self.saveMappingButton.setAutoDefault(False)

        self.mappingButtons.addWidget(self.saveMappingButton)

        self.loadMappingButton = QPushButton(ImportColumnsPage)
        self.loadMappingButton.setObjectName(u"loadMappingButton")
        self.loadMappingButton.setAutoDefault(False)

        self.mappingButtons.addWidget(self.loadMappingButton)

        self.messageLabel = QLabel(ImportColumnsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #1e5b2f;")

        self.mappingButtons.addWidget(self.messageLabel)

        self.mappingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mappingButtons.addItem(self.mappingSpacer)


        self.layout.addLayout(self.mappingButtons)

        self.errorLabel = QLabel(ImportColumnsPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.errorLabel)

        self.layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.dateOrderLabel.setBuddy(self.dateOrderCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.columnsTable, self.dateOrderCombo)
        QWidget.setTabOrder(self.dateOrderCombo, self.skipRadio)
        QWidget.setTabOrder(self.skipRadio, self.updateRadio)
        QWidget.setTabOrder(self.updateRadio, self.plansTable)
        QWidget.setTabOrder(self.plansTable, self.saveMappingButton)
        QWidget.setTabOrder(self.saveMappingButton, self.loadMappingButton)

        self.retranslateUi(ImportColumnsPage)
    # setupUi

    def retranslateUi(self, ImportColumnsPage):
        ImportColumnsPage.setTitle(QCoreApplication.translate("ImportColumnsPage", u"Match the columns", None))
        ImportColumnsPage.setSubTitle(QCoreApplication.translate("ImportColumnsPage", u"Choose what each column of the file holds. Columns set to \u201c(do not import)\u201d are left out.", None))
        ___qtablewidgetitem = self.columnsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportColumnsPage", u"Column in the file", None))
        ___qtablewidgetitem1 = self.columnsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportColumnsPage", u"Examples", None))
        ___qtablewidgetitem2 = self.columnsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportColumnsPage", u"Import as", None))
        self.nameHintLabel.setText(QCoreApplication.translate("ImportColumnsPage", u"Set a column to First name, Last name or Full name to go on: every member needs a name.", None))
        self.dateOrderLabel.setText(QCoreApplication.translate("ImportColumnsPage", u"&Dates are written as", None))
        self.dateNoteLabel.setText("")
        self.existingLabel.setText(QCoreApplication.translate("ImportColumnsPage", u"Members already on file", None))
        self.skipRadio.setText(QCoreApplication.translate("ImportColumnsPage", u"&Skip them", None))
#if QT_CONFIG(tooltip)
        self.skipRadio.setToolTip(QCoreApplication.translate("ImportColumnsPage", u"A member already on file is left as it is.", None))
#endif // QT_CONFIG(tooltip)
        self.updateRadio.setText(QCoreApplication.translate("ImportColumnsPage", u"&Update them", None))
#if QT_CONFIG(tooltip)
        self.updateRadio.setToolTip(QCoreApplication.translate("ImportColumnsPage", u"A member already on file gets the file's details; empty cells keep what is on file.", None))
#endif // QT_CONFIG(tooltip)
        self.existingHintLabel.setText(QCoreApplication.translate("ImportColumnsPage", u"(matched by card code, then email)", None))
        self.plansLabel.setText(QCoreApplication.translate("ImportColumnsPage", u"Plans", None))
        self.plansHintLabel.setText(QCoreApplication.translate("ImportColumnsPage", u"Members get a membership of the plan chosen here, with what they had left in the other system. Rows of a plan set to \u201c(not imported)\u201d bring the member only.", None))
        ___qtablewidgetitem3 = self.plansTable.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportColumnsPage", u"Plan in the file", None))
        ___qtablewidgetitem4 = self.plansTable.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ImportColumnsPage", u"Plan here", None))
        self.saveMappingButton.setText(QCoreApplication.translate("ImportColumnsPage", u"Sa&ve mapping\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveMappingButton.setToolTip(QCoreApplication.translate("ImportColumnsPage", u"Keep these choices in a file, for the next export from the same system", None))
#endif // QT_CONFIG(tooltip)
        self.loadMappingButton.setText(QCoreApplication.translate("ImportColumnsPage", u"&Load mapping\u2026", None))
#if QT_CONFIG(tooltip)
        self.loadMappingButton.setToolTip(QCoreApplication.translate("ImportColumnsPage", u"Use choices saved from an earlier import", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

