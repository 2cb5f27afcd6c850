# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contract_terms_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ContractTermsEditor(object):
    def setupUi(self, ContractTermsEditor):
        if not ContractTermsEditor.objectName():
            ContractTermsEditor.setObjectName(u"ContractTermsEditor")
        ContractTermsEditor.resize(760, 420)
        self.layout = QVBoxLayout(ContractTermsEditor)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(ContractTermsEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setStyleSheet(u"color: #5b6668;")

        self.layout.addWidget(self.introLabel)

        self.continuousBox = QVBoxLayout()
        self.continuousBox.setSpacing(0)
        self.continuousBox.setObjectName(u"continuousBox")
        self.continuousCheck = QCheckBox(ContractTermsEditor)
        self.continuousCheck.setObjectName(u"continuousCheck")

        self.continuousBox.addWidget(self.continuousCheck)

        self.continuousHelp = QLabel(ContractTermsEditor)
        self.continuousHelp.setObjectName(u"continuousHelp")

        self.continuousBox.addWidget(self.continuousHelp)


        self.layout.addLayout(self.continuousBox)

        self.fromFirstBox = QVBoxLayout()
        self.fromFirstBox.setSpacing(0)
        self.fromFirstBox.setObjectName(u"fromFirstBox")
        self.fromFirstBox.setContentsMargins(24, -1, -1, -1)
        self.fromFirstCheck = QCheckBox(ContractTermsEditor)
        self.fromFirstCheck.setObjectName(u"fromFirstCheck")

        self.fromFirstBox.addWidget(self.fromFirstCheck)

        self.fromFirstHelp = QLabel(ContractTermsEditor)
        self.fromFirstHelp.setObjectName(u"fromFirstHelp")

        self.fromFirstBox.addWidget(self.fromFirstHelp)


        self.layout.addLayout(self.fromFirstBox)

        self.prorataBox = QVBoxLayout()
        self.prorataBox.setSpacing(0)
        self.prorataBox.setObjectName(u"prorataBox")
        self.prorataBox.setContentsMargins(48, -1, -1, -1)
        self.prorataCheck = QCheckBox(ContractTermsEditor)
        self.prorataCheck.setObjectName(u"prorataCheck")

        self.prorataBox.addWidget(self.prorataCheck)

        self.prorataHelp = QLabel(ContractTermsEditor)
        self.prorataHelp.setObjectName(u"prorataHelp")

        self.prorataBox.addWidget(self.prorataHelp)


        self.layout.addLayout(self.prorataBox)

        self.contractBox = QVBoxLayout()
        self.contractBox.setSpacing(0)
        self.contractBox.setObjectName(u"contractBox")
        self.contractBox.setContentsMargins(24, -1, -1, -1)
        self.contractRow = QHBoxLayout()
        self.contractRow.setSpacing(8)
        self.contractRow.setObjectName(u"contractRow")
        self.contractCheck = QCheckBox(ContractTermsEditor)
        self.contractCheck.setObjectName(u"contractCheck")

        self.contractRow.addWidget(self.contractCheck)

        self.installmentsSpin = QSpinBox(ContractTermsEditor)
        self.installmentsSpin.setObjectName(u"installmentsSpin")
        self.installmentsSpin.setMinimum(1)
        self.installmentsSpin.setMaximum(120)
        self.installmentsSpin.setValue(12)

        self.contractRow.addWidget(self.installmentsSpin)

        self.contractSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contractRow.addItem(self.contractSpacer)


        self.contractBox.addLayout(self.contractRow)

        self.contractHelp = QLabel(ContractTermsEditor)
        self.contractHelp.setObjectName(u"contractHelp")

        self.contractBox.addWidget(self.contractHelp)


        self.layout.addLayout(self.contractBox)

        self.autoRenewBox = QVBoxLayout()
        self.autoRenewBox.setSpacing(0)
        self.autoRenewBox.setObjectName(u"autoRenewBox")
        self.autoRenewBox.setContentsMargins(48, -1, -1, -1)
        self.autoRenewCheck = QCheckBox(ContractTermsEditor)
        self.autoRenewCheck.setObjectName(u"autoRenewCheck")

        self.autoRenewBox.addWidget(self.autoRenewCheck)

        self.autoRenewHelp = QLabel(ContractTermsEditor)
        self.autoRenewHelp.setObjectName(u"autoRenewHelp")

        self.autoRenewBox.addWidget(self.autoRenewHelp)


        self.layout.addLayout(self.autoRenewBox)

        self.maxEndBox = QVBoxLayout()
        self.maxEndBox.setSpacing(0)
        self.maxEndBox.setObjectName(u"maxEndBox")
        self.maxEndRow = QHBoxLayout()
        self.maxEndRow.setSpacing(8)
        self.maxEndRow.setObjectName(u"maxEndRow")
        self.maxEndCheck = QCheckBox(ContractTermsEditor)
        self.maxEndCheck.setObjectName(u"maxEndCheck")

        self.maxEndRow.addWidget(self.maxEndCheck)

        self.maxEndDate = QDateEdit(ContractTermsEditor)
        self.maxEndDate.setObjectName(u"maxEndDate")
        self.maxEndDate.setCalendarPopup(True)

        self.maxEndRow.addWidget(self.maxEndDate)

        self.maxEndSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.maxEndRow.addItem(self.maxEndSpacer)


        self.maxEndBox.addLayout(self.maxEndRow)

        self.maxEndHelp = QLabel(ContractTermsEditor)
        self.maxEndHelp.setObjectName(u"maxEndHelp")

        self.maxEndBox.addWidget(self.maxEndHelp)


        self.layout.addLayout(self.maxEndBox)

        self.discountBox = QVBoxLayout()
        self.discountBox.setSpacing(0)
        self.discountBox.setObjectName(u"discountBox")
        self.discountRow = QHBoxLayout()
        self.discountRow.setSpacing(8)
        self.discountRow.setObjectName(u"discountRow")
        self.discountCheck = QCheckBox(ContractTermsEditor)
        self.discountCheck.setObjectName(u"discountCheck")

        self.discountRow.addWidget(self.discountCheck)

        self.discountEdit = QLineEdit(ContractTermsEditor)
        self.discountEdit.setObjectName(u"discountEdit")
        self.discountEdit.setMaximumSize(QSize(110, 16777215))

        self.discountRow.addWidget(self.discountEdit)

        self.discountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.discountRow.addItem(self.discountSpacer)


        self.discountBox.addLayout(self.discountRow)

        self.discountHelp = QLabel(ContractTermsEditor)
        self.discountHelp.setObjectName(u"discountHelp")

        self.discountBox.addWidget(self.discountHelp)


        self.layout.addLayout(self.discountBox)

        self.summaryLabel = QLabel(ContractTermsEditor)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setStyleSheet(u"font-weight: 600; color: #24484b;")

        self.layout.addWidget(self.summaryLabel)

        self.problemLabel = QLabel(ContractTermsEditor)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(u"color: #8a1c1c;")

        self.layout.addWidget(self.problemLabel)

        QWidget.setTabOrder(self.continuousCheck, self.fromFirstCheck)
        QWidget.setTabOrder(self.fromFirstCheck, self.prorataCheck)
        QWidget.setTabOrder(self.prorataCheck, self.contractCheck)
        QWidget.setTabOrder(self.contractCheck, self.installmentsSpin)
        QWidget.setTabOrder(self.installmentsSpin, self.autoRenewCheck)
        QWidget.setTabOrder(self.autoRenewCheck, self.maxEndCheck)
        QWidget.setTabOrder(self.maxEndCheck, self.maxEndDate)
        QWidget.setTabOrder(self.maxEndDate, self.discountCheck)
        QWidget.setTabOrder(self.discountCheck, self.discountEdit)

        self.retranslateUi(ContractTermsEditor)
    # setupUi

    def retranslateUi(self, ContractTermsEditor):
        self.introLabel.setText(QCoreApplication.translate("ContractTermsEditor", u"How renewals of this plan are dated and paid. Most passes need none of this; a monthly membership paid in installments usually ticks Continuous.", None))
        self.continuousCheck.setText(QCoreApplication.translate("ContractTermsEditor", u"C&ontinuous membership", None))
        self.continuousHelp.setText(QCoreApplication.translate("ContractTermsEditor", u"A renewal starts the day after the previous end, however late it is paid, so the payment date never moves.", None))
        self.fromFirstCheck.setText(QCoreApplication.translate("ContractTermsEditor", u"From the &1st day of the month", None))
        self.fromFirstHelp.setText(QCoreApplication.translate("ContractTermsEditor", u"Periods run from the 1st to the last day of the month; the first starts on the day the member joins. 1-month plans only.", None))
        self.prorataCheck.setText(QCoreApplication.translate("ContractTermsEditor", u"P&rorata first installment", None))
        self.prorataHelp.setText(QCoreApplication.translate("ContractTermsEditor", u"The first installment costs only the days left in that month, e.g. joining on 20 October pays 12 of 31 days.", None))
        self.contractCheck.setText(QCoreApplication.translate("ContractTermsEditor", u"Membership covered &by contract, with", None))
        self.installmentsSpin.setSuffix(QCoreApplication.translate("ContractTermsEditor", u" installments", None))
#if QT_CONFIG(tooltip)
        self.installmentsSpin.setToolTip(QCoreApplication.translate("ContractTermsEditor", u"How many installments the member signs for (1 to 120)", None))
#endif // QT_CONFIG(tooltip)
        self.contractHelp.setText(QCoreApplication.translate("ContractTermsEditor", u"The member signs for a number of installments, shown on the membership as 3/12.", None))
        self.autoRenewCheck.setText(QCoreApplication.translate("ContractTermsEditor", u"Contract a&uto renewal", None))
        self.autoRenewHelp.setText(QCoreApplication.translate("ContractTermsEditor", u"After the last installment (12/12) the contract starts again at 1/12 instead of ending.", None))
        self.maxEndCheck.setText(QCoreApplication.translate("ContractTermsEditor", u"Ma&ximum membership end date", None))
        self.maxEndDate.setDisplayFormat(QCoreApplication.translate("ContractTermsEditor", u"d MMM yyyy", None))
#if QT_CONFIG(tooltip)
        self.maxEndDate.setToolTip(QCoreApplication.translate("ContractTermsEditor", u"No membership of this plan runs past this day", None))
#endif // QT_CONFIG(tooltip)
        self.maxEndHelp.setText(QCoreApplication.translate("ContractTermsEditor", u"No sale or extension runs past this day, e.g. when the studio closes for the summer.", None))
        self.discountCheck.setText(QCoreApplication.translate("ContractTermsEditor", u"On-&time payments discount of", None))
        self.discountEdit.setPlaceholderText(QCoreApplication.translate("ContractTermsEditor", u"e.g. 5 or 5,50", None))
#if QT_CONFIG(tooltip)
        self.discountEdit.setToolTip(QCoreApplication.translate("ContractTermsEditor", u"The amount taken off each installment paid on time", None))
#endif // QT_CONFIG(tooltip)
        self.discountHelp.setText(QCoreApplication.translate("ContractTermsEditor", u"Taken off an installment paid on or before its due date; the member chooses it or another discount, not both.", None))
        self.summaryLabel.setText("")
        self.problemLabel.setText("")
        pass
    # retranslateUi

