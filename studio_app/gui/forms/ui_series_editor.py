# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'series_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTimeEdit,
    QVBoxLayout, QWidget)

class Ui_SeriesEditorDialog(object):
    def setupUi(self, SeriesEditorDialog):
        if not SeriesEditorDialog.objectName():
            SeriesEditorDialog.setObjectName(u"SeriesEditorDialog")
        SeriesEditorDialog.resize(960, 440)
        self.layout = QVBoxLayout(SeriesEditorDialog)
        self.layout.setObjectName(u"layout")
        self.columns = QHBoxLayout()
        self.columns.setSpacing(18)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(6)
        self.leftColumn.setObjectName(u"leftColumn")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(SeriesEditorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SeriesEditorDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.instructorLabel = QLabel(SeriesEditorDialog)
        self.instructorLabel.setObjectName(u"instructorLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.instructorLabel)

        self.instructorEdit = QLineEdit(SeriesEditorDialog)
        self.instructorEdit.setObjectName(u"instructorEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.instructorEdit)

        self.roomLabel = QLabel(SeriesEditorDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomEdit = QLineEdit(SeriesEditorDialog)
        self.roomEdit.setObjectName(u"roomEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roomEdit)

        self.capacityLabel = QLabel(SeriesEditorDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(SeriesEditorDialog)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(1)
        self.capacitySpin.setMaximum(500)
        self.capacitySpin.setValue(12)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.weekdaysLabel = QLabel(SeriesEditorDialog)
        self.weekdaysLabel.setObjectName(u"weekdaysLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.weekdaysLabel)

        self.weekdays = QHBoxLayout()
        self.weekdays.setObjectName(u"weekdays")
        self.monCheck = QCheckBox(SeriesEditorDialog)
        self.monCheck.setObjectName(u"monCheck")

        self.weekdays.addWidget(self.monCheck)

        self.tueCheck = QCheckBox(SeriesEditorDialog)
        self.tueCheck.setObjectName(u"tueCheck")

        self.weekdays.addWidget(self.tueCheck)

        self.wedCheck = QCheckBox(SeriesEditorDialog)
        self.wedCheck.setObjectName(u"wedCheck")

        self.weekdays.addWidget(self.wedCheck)

        self.thuCheck = QCheckBox(SeriesEditorDialog)
        self.thuCheck.setObjectName(u"thuCheck")

        self.weekdays.addWidget(self.thuCheck)

        self.friCheck = QCheckBox(SeriesEditorDialog)
        self.friCheck.setObjectName(u"friCheck")

        self.weekdays.addWidget(self.friCheck)

        self.satCheck = QCheckBox(SeriesEditorDialog)
        self.satCheck.setObjectName(u"satCheck")

        self.weekdays.addWidget(self.satCheck)

        self.sunCheck = QCheckBox(SeriesEditorDialog)
        self.sunCheck.setObjectName(u"sunCheck")

        self.weekdays.addWidget(self.sunCheck)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.weekdays)

        self.startTimeLabel = QLabel(SeriesEditorDialog)
        self.startTimeLabel.setObjectName(u"startTimeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startTimeLabel)

        self.startTimeEdit = QTimeEdit(SeriesEditorDialog)
        self.startTimeEdit.setObjectName(u"startTimeEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.startTimeEdit)

        self.durationLabel = QLabel(SeriesEditorDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(SeriesEditorDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(5)
        self.durationSpin.setMaximum(1440)
        self.durationSpin.setSingleStep(5)
        self.durationSpin.setValue(60)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.fromLabel = QLabel(SeriesEditorDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDateEdit = QDateEdit(SeriesEditorDialog)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setCalendarPopup(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.fromDateEdit)

        self.untilLabel = QLabel(SeriesEditorDialog)
        self.untilLabel.setObjectName(u"untilLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.untilLabel)

        self.untilDateEdit = QDateEdit(SeriesEditorDialog)
        self.untilDateEdit.setObjectName(u"untilDateEdit")
        self.untilDateEdit.setCalendarPopup(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.untilDateEdit)

        self.categoryLabel = QLabel(SeriesEditorDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(SeriesEditorDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.colorLabel = QLabel(SeriesEditorDialog)
        self.colorLabel.setObjectName(u"colorLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.colorLabel)

        self.colorCombo = QComboBox(SeriesEditorDialog)
        self.colorCombo.setObjectName(u"colorCombo")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.colorCombo)


        self.leftColumn.addLayout(self.form)

        self.summaryLabel = QLabel(SeriesEditorDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setStyleSheet(u"font-weight: 600; color: #24484b; padding: 4px 0;")

        self.leftColumn.addWidget(self.summaryLabel)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(6)
        self.rightColumn.setObjectName(u"rightColumn")
        self.rulesGroup = QGroupBox(SeriesEditorDialog)
        self.rulesGroup.setObjectName(u"rulesGroup")
        self.rulesLayout = QVBoxLayout(self.rulesGroup)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.rulesCheck = QCheckBox(self.rulesGroup)
        self.rulesCheck.setObjectName(u"rulesCheck")

        self.rulesLayout.addWidget(self.rulesCheck)

        self.rulesList = QListWidget(self.rulesGroup)
        self.rulesList.setObjectName(u"rulesList")
        self.rulesList.setAlternatingRowColors(True)
        self.rulesList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.rulesLayout.addWidget(self.rulesList)

        self.rulesHintLabel = QLabel(self.rulesGroup)
        self.rulesHintLabel.setObjectName(u"rulesHintLabel")
        self.rulesHintLabel.setWordWrap(True)

        self.rulesLayout.addWidget(self.rulesHintLabel)


        self.rightColumn.addWidget(self.rulesGroup)

        self.policyGroup = QGroupBox(SeriesEditorDialog)
        self.policyGroup.setObjectName(u"policyGroup")
        self.policyLayout = QVBoxLayout(self.policyGroup)
        self.policyLayout.setObjectName(u"policyLayout")
        self.studioPolicyRadio = QRadioButton(self.policyGroup)
        self.studioPolicyRadio.setObjectName(u"studioPolicyRadio")
        self.studioPolicyRadio.setChecked(True)

        self.policyLayout.addWidget(self.studioPolicyRadio)

        self.studioPolicyLabel = QLabel(self.policyGroup)
        self.studioPolicyLabel.setObjectName(u"studioPolicyLabel")
        self.studioPolicyLabel.setWordWrap(True)

        self.policyLayout.addWidget(self.studioPolicyLabel)

        self.ownPolicyRadio = QRadioButton(self.policyGroup)
        self.ownPolicyRadio.setObjectName(u"ownPolicyRadio")

        self.policyLayout.addWidget(self.ownPolicyRadio)

        self.ownPolicyLayout = QVBoxLayout()
        self.ownPolicyLayout.setObjectName(u"ownPolicyLayout")
        self.ownPolicyLayout.setContentsMargins(22, -1, -1, -1)

        self.policyLayout.addLayout(self.ownPolicyLayout)


        self.rightColumn.addWidget(self.policyGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columns.addLayout(self.rightColumn)


        self.layout.addLayout(self.columns)

        self.noteLabel = QLabel(SeriesEditorDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.layout.addWidget(self.noteLabel)

        self.errorLabel = QLabel(SeriesEditorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SeriesEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.instructorLabel.setBuddy(self.instructorEdit)
        self.roomLabel.setBuddy(self.roomEdit)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.startTimeLabel.setBuddy(self.startTimeEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.fromLabel.setBuddy(self.fromDateEdit)
        self.untilLabel.setBuddy(self.untilDateEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.colorLabel.setBuddy(self.colorCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SeriesEditorDialog)
    # setupUi

    def retranslateUi(self, SeriesEditorDialog):
        SeriesEditorDialog.setWindowTitle(QCoreApplication.translate("SeriesEditorDialog", u"Class series", None))
        self.nameLabel.setText(QCoreApplication.translate("SeriesEditorDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SeriesEditorDialog", u"e.g. Vinyasa Flow", None))
        self.instructorLabel.setText(QCoreApplication.translate("SeriesEditorDialog", u"&Instructor", None))
        self.roomLabel.setText(QCoreApplication.translate("SeriesEditorDialog", u"&Room", None))
        self.capacityLabel.setText(QCoreApplication.translate("SeriesEditorDialog", u"&Places", None))
        self.weekdaysLabel.setText(QCoreApplication.translate("SeriesEditorDialog", u"Days", None))
        self.monCheck.setText(QCoreApplication.translate("SeriesEditorDialog", u"Mon", None))
        self.tueCheck.setText(QCoreApplication.translate("SeriesEditorDialog", u"Tue", None))
        self.wedCheck.setText(QCoreApplication.translate("SeriesEditorDialog", u"Wed", None))
        self.thuCheck.setText(QCoreApplication.translate("SeriesEditorDialog", u"Thu", None))
        self.friCheck.setText(QCoreApplication.translate("SeriesEditorDialog", u"Fri", None))
        self.satCheck.setText(QCoreApplication.translate("SeriesEditorDialog", u"Sat", None))
        self.sunCheck.setText(QCoreApplication.translate("SeriesEditorDialog", u"Sun", None))
        self.startTimeLabel.setText(QCoreApplication.translate("SeriesEditorDialog", u"&Starts at", None))
        self.startTimeEdit.setDisplayFormat(QCoreApplication.translate("SeriesEditorDialog", u"HH:mm", None))
        self.durationLabel.setText(QCoreApplication.translate("SeriesEditorDialog", u"&Duration", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("SeriesEditorDialog", u" min", None))
        self.fromLabel.setText(QCoreApplication.translate("SeriesEditorDialog", u"&From", None))
        self.fromDateEdit.setDisplayFormat(QCoreApplication.translate("SeriesEditorDialog", u"ddd d MMM yyyy", None))
        self.untilLabel.setText(QCoreApplication.translate("SeriesEditorDialog", u"&Until", None))
        self.untilDateEdit.setDisplayFormat(QCoreApplication.translate("SeriesEditorDialog", u"ddd d MMM yyyy", None))
        self.categoryLabel.setText(QCoreApplication.translate("SeriesEditorDialog", u"&Paid from", None))
#if QT_CONFIG(tooltip)
        self.categoryCombo.setToolTip(QCoreApplication.translate("SeriesEditorDialog", u"Credit category: only memberships of this category can pay for the class", None))
#endif // QT_CONFIG(tooltip)
        self.colorLabel.setText(QCoreApplication.translate("SeriesEditorDialog", u"C&olor", None))
        self.summaryLabel.setText("")
        self.rulesGroup.setTitle(QCoreApplication.translate("SeriesEditorDialog", u"Session rules", None))
        self.rulesCheck.setText(QCoreApplication.translate("SeriesEditorDialog", u"Only &these plans may book this class", None))
#if QT_CONFIG(tooltip)
        self.rulesCheck.setToolTip(QCoreApplication.translate("SeriesEditorDialog", u"Ticked: only members holding one of the ticked plans can be signed up. Unticked: any membership of the class's credit category can pay.", None))
#endif // QT_CONFIG(tooltip)
        self.rulesHintLabel.setText("")
        self.policyGroup.setTitle(QCoreApplication.translate("SeriesEditorDialog", u"Booking policy", None))
        self.studioPolicyRadio.setText(QCoreApplication.translate("SeriesEditorDialog", u"&Use the studio's policy (Settings \u2192 Booking policy)", None))
#if QT_CONFIG(tooltip)
        self.studioPolicyRadio.setToolTip(QCoreApplication.translate("SeriesEditorDialog", u"The booking window and late-cancel cut-off set in Settings \u2192 Booking policy", None))
#endif // QT_CONFIG(tooltip)
        self.studioPolicyLabel.setText("")
        self.ownPolicyRadio.setText(QCoreApplication.translate("SeriesEditorDialog", u"O&wn policy for this class", None))
#if QT_CONFIG(tooltip)
        self.ownPolicyRadio.setToolTip(QCoreApplication.translate("SeriesEditorDialog", u"This class's own booking window and late-cancel cut-off, whatever the studio's are", None))
#endif // QT_CONFIG(tooltip)
        self.noteLabel.setText(QCoreApplication.translate("SeriesEditorDialog", u"Changes apply to every future class of the series that was not edited on its own.", None))
        self.errorLabel.setText("")
    # retranslateUi

