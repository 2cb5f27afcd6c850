# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sales_settings_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_SalesSettingsPage(object):
    def setupUi(self, SalesSettingsPage):
        if not SalesSettingsPage.objectName():
            SalesSettingsPage.setObjectName(u"SalesSettingsPage")
        SalesSettingsPage.resize(900, 600)
        self.layout = QVBoxLayout(SalesSettingsPage)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(SalesSettingsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setMaximumSize(QSize(820, 16777215))
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.productsGroup = QGroupBox(SalesSettingsPage)
        self.productsGroup.setObjectName(u"productsGroup")
        self.productsGroup.setMaximumSize(QSize(820, 16777215))
        self.productsLayout = QVBoxLayout(self.productsGroup)
        self.productsLayout.setObjectName(u"productsLayout")
        self.productsTable = QTableView(self.productsGroup)
        self.productsTable.setObjectName(u"productsTable")
        self.productsTable.setMinimumSize(QSize(0, 160))
        self.productsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.productsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.productsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.productsTable.setAlternatingRowColors(True)

        self.productsLayout.addWidget(self.productsTable)

        self.emptyLabel = QLabel(self.productsGroup)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.productsLayout.addWidget(self.emptyLabel)

        self.productButtons = QHBoxLayout()
        self.productButtons.setObjectName(u"productButtons")
        self.newProductButton = QPushButton(self.productsGroup)
        self.newProductButton.setObjectName(u"newProductButton")

        self.productButtons.addWidget(self.newProductButton)

        self.editProductButton = QPushButton(self.productsGroup)
        self.editProductButton.setObjectName(u"editProductButton")

        self.productButtons.addWidget(self.editProductButton)

        self.toggleProductButton = QPushButton(self.productsGroup)
        self.toggleProductButton.setObjectName(u"toggleProductButton")

        self.productButtons.addWidget(self.toggleProductButton)

        self.productButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.productButtons.addItem(self.productButtonSpacer)


        self.productsLayout.addLayout(self.productButtons)

        self.productsErrorLabel = QLabel(self.productsGroup)
        self.productsErrorLabel.setObjectName(u"productsErrorLabel")
        self.productsErrorLabel.setWordWrap(True)

        self.productsLayout.addWidget(self.productsErrorLabel)


        self.layout.addWidget(self.productsGroup)

        self.moneyGroup = QGroupBox(SalesSettingsPage)
        self.moneyGroup.setObjectName(u"moneyGroup")
        self.moneyGroup.setMaximumSize(QSize(820, 16777215))
        self.moneyLayout = QVBoxLayout(self.moneyGroup)
        self.moneyLayout.setObjectName(u"moneyLayout")
        self.moneyForm = QFormLayout()
        self.moneyForm.setObjectName(u"moneyForm")
        self.symbolLabel = QLabel(self.moneyGroup)
        self.symbolLabel.setObjectName(u"symbolLabel")

        self.moneyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.symbolLabel)

        self.symbolEdit = QLineEdit(self.moneyGroup)
        self.symbolEdit.setObjectName(u"symbolEdit")
        self.symbolEdit.setMaximumSize(QSize(110, 16777215))
        self.symbolEdit.setMaxLength(8)

        self.moneyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.symbolEdit)

        self.symbolAfterCheck = QCheckBox(self.moneyGroup)
        self.symbolAfterCheck.setObjectName(u"symbolAfterCheck")

        self.moneyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.symbolAfterCheck)

        self.decimalCommaCheck = QCheckBox(self.moneyGroup)
        self.decimalCommaCheck.setObjectName(u"decimalCommaCheck")

        self.moneyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decimalCommaCheck)


        self.moneyLayout.addLayout(self.moneyForm)

        self.exampleLabel = QLabel(self.moneyGroup)
        self.exampleLabel.setObjectName(u"exampleLabel")
        self.exampleLabel.setStyleSheet(u"font-weight: 600; color: #24484b; padding: 4px 0;")

        self.moneyLayout.addWidget(self.exampleLabel)

        self.moneyErrorLabel = QLabel(self.moneyGroup)
        self.moneyErrorLabel.setObjectName(u"moneyErrorLabel")
        self.moneyErrorLabel.setWordWrap(True)

        self.moneyLayout.addWidget(self.moneyErrorLabel)

        self.moneyButtons = QHBoxLayout()
        self.moneyButtons.setObjectName(u"moneyButtons")
        self.saveMoneyButton = QPushButton(self.moneyGroup)
        self.saveMoneyButton.setObjectName(u"saveMoneyButton")

        self.moneyButtons.addWidget(self.saveMoneyButton)

        self.moneyButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.moneyButtons.addItem(self.moneyButtonSpacer)


        self.moneyLayout.addLayout(self.moneyButtons)


        self.layout.addWidget(self.moneyGroup)

        self.reportsGroup = QGroupBox(SalesSettingsPage)
        self.reportsGroup.setObjectName(u"reportsGroup")
        self.reportsGroup.setMaximumSize(QSize(820, 16777215))
        self.reportsLayout = QVBoxLayout(self.reportsGroup)
        self.reportsLayout.setObjectName(u"reportsLayout")
        self.reportsForm = QHBoxLayout()
        self.reportsForm.setObjectName(u"reportsForm")
        self.dateFormatLabel = QLabel(self.reportsGroup)
        self.dateFormatLabel.setObjectName(u"dateFormatLabel")

        self.reportsForm.addWidget(self.dateFormatLabel)

        self.dateFormatCombo = QComboBox(self.reportsGroup)
        self.dateFormatCombo.setObjectName(u"dateFormatCombo")
        self.dateFormatCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.reportsForm.addWidget(self.dateFormatCombo)

        self.reportsGap = QSpacerItem(24, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.reportsForm.addItem(self.reportsGap)

        self.paperLabel = QLabel(self.reportsGroup)
        self.paperLabel.setObjectName(u"paperLabel")

        self.reportsForm.addWidget(self.paperLabel)

        self.paperCombo = QComboBox(self.reportsGroup)
        self.paperCombo.setObjectName(u"paperCombo")
        self.paperCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.reportsForm.addWidget(self.paperCombo)

        self.reportsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportsForm.addItem(self.reportsSpacer)


        self.reportsLayout.addLayout(self.reportsForm)

        self.paperErrorLabel = QLabel(self.reportsGroup)
        self.paperErrorLabel.setObjectName(u"paperErrorLabel")
        self.paperErrorLabel.setWordWrap(True)

        self.reportsLayout.addWidget(self.paperErrorLabel)


        self.layout.addWidget(self.reportsGroup)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.pageSpacer)

#if QT_CONFIG(shortcut)
        self.symbolLabel.setBuddy(self.symbolEdit)
        self.dateFormatLabel.setBuddy(self.dateFormatCombo)
        self.paperLabel.setBuddy(self.paperCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.productsTable, self.newProductButton)
        QWidget.setTabOrder(self.newProductButton, self.editProductButton)
        QWidget.setTabOrder(self.editProductButton, self.toggleProductButton)
        QWidget.setTabOrder(self.toggleProductButton, self.symbolEdit)
        QWidget.setTabOrder(self.symbolEdit, self.symbolAfterCheck)
        QWidget.setTabOrder(self.symbolAfterCheck, self.decimalCommaCheck)
        QWidget.setTabOrder(self.decimalCommaCheck, self.saveMoneyButton)
        QWidget.setTabOrder(self.saveMoneyButton, self.dateFormatCombo)
        QWidget.setTabOrder(self.dateFormatCombo, self.paperCombo)

        self.retranslateUi(SalesSettingsPage)
    # setupUi

    def retranslateUi(self, SalesSettingsPage):
        self.introLabel.setText(QCoreApplication.translate("SalesSettingsPage", u"What the desk sells besides memberships, and how amounts of money are written on every screen and receipt.", None))
        self.productsGroup.setTitle(QCoreApplication.translate("SalesSettingsPage", u"Products", None))
        self.emptyLabel.setText(QCoreApplication.translate("SalesSettingsPage", u"No products yet: click New product\u2026 to add the first one (e.g. water, a towel).", None))
        self.newProductButton.setText(QCoreApplication.translate("SalesSettingsPage", u"&New product\u2026", None))
        self.editProductButton.setText(QCoreApplication.translate("SalesSettingsPage", u"&Edit\u2026", None))
        self.toggleProductButton.setText(QCoreApplication.translate("SalesSettingsPage", u"S&top selling", None))
        self.productsErrorLabel.setText("")
        self.moneyGroup.setTitle(QCoreApplication.translate("SalesSettingsPage", u"Money format", None))
        self.symbolLabel.setText(QCoreApplication.translate("SalesSettingsPage", u"Currency &symbol", None))
        self.symbolEdit.setPlaceholderText(QCoreApplication.translate("SalesSettingsPage", u"e.g. \u20ac, $, z\u0142", None))
#if QT_CONFIG(tooltip)
        self.symbolEdit.setToolTip(QCoreApplication.translate("SalesSettingsPage", u"Leave empty to write amounts without a currency", None))
#endif // QT_CONFIG(tooltip)
        self.symbolAfterCheck.setText(QCoreApplication.translate("SalesSettingsPage", u"Symbol &after the amount (12.00 z\u0142)", None))
        self.decimalCommaCheck.setText(QCoreApplication.translate("SalesSettingsPage", u"Decimal &comma (12,00 instead of 12.00)", None))
        self.exampleLabel.setText("")
        self.moneyErrorLabel.setText("")
        self.saveMoneyButton.setText(QCoreApplication.translate("SalesSettingsPage", u"Sa&ve money format", None))
        self.reportsGroup.setTitle(QCoreApplication.translate("SalesSettingsPage", u"Dates and printed reports", None))
        self.dateFormatLabel.setText(QCoreApplication.translate("SalesSettingsPage", u"&Date format", None))
#if QT_CONFIG(tooltip)
        self.dateFormatCombo.setToolTip(QCoreApplication.translate("SalesSettingsPage", u"How every screen, report and user log line writes a date; saved as soon as it is chosen", None))
#endif // QT_CONFIG(tooltip)
        self.paperLabel.setText(QCoreApplication.translate("SalesSettingsPage", u"&Paper for printed reports", None))
#if QT_CONFIG(tooltip)
        self.paperCombo.setToolTip(QCoreApplication.translate("SalesSettingsPage", u"Every report and attendance sheet prints on this paper; saved as soon as it is chosen", None))
#endif // QT_CONFIG(tooltip)
        self.paperErrorLabel.setText("")
        pass
    # retranslateUi

