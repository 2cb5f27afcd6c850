# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_SessionEditorDialog(object):
    def setupUi(self, SessionEditorDialog):
        if not SessionEditorDialog.objectName():
            SessionEditorDialog.setObjectName(u"SessionEditorDialog")
        SessionEditorDialog.resize(440, 320)
        self.layout = QVBoxLayout(SessionEditorDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(SessionEditorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SessionEditorDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.instructorLabel = QLabel(SessionEditorDialog)
        self.instructorLabel.setObjectName(u"instructorLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.instructorLabel)

        self.instructorEdit = QLineEdit(SessionEditorDialog)
        self.instructorEdit.setObjectName(u"instructorEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.instructorEdit)

        self.roomLabel = QLabel(SessionEditorDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomEdit = QLineEdit(SessionEditorDialog)
        self.roomEdit.setObjectName(u"roomEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roomEdit)

        self.capacityLabel = QLabel(SessionEditorDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(SessionEditorDialog)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(1)
        self.capacitySpin.setMaximum(500)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.startsAtLabel = QLabel(SessionEditorDialog)
        self.startsAtLabel.setObjectName(u"startsAtLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startsAtLabel)

        self.startsAtEdit = QDateTimeEdit(SessionEditorDialog)
        self.startsAtEdit.setObjectName(u"startsAtEdit")
        self.startsAtEdit.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startsAtEdit)

        self.durationLabel = QLabel(SessionEditorDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(SessionEditorDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(5)
        self.durationSpin.setMaximum(1440)
        self.durationSpin.setSingleStep(5)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.durationSpin)


        self.layout.addLayout(self.form)

        self.noteLabel = QLabel(SessionEditorDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.layout.addWidget(self.noteLabel)

        self.errorLabel = QLabel(SessionEditorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SessionEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.instructorLabel.setBuddy(self.instructorEdit)
        self.roomLabel.setBuddy(self.roomEdit)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.startsAtLabel.setBuddy(self.startsAtEdit)
        self.durationLabel.setBuddy(self.durationSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SessionEditorDialog)
    # setupUi

    def retranslateUi(self, SessionEditorDialog):
        SessionEditorDialog.setWindowTitle(QCoreApplication.translate("SessionEditorDialog", u"Edit this session", None))
        self.nameLabel.setText(QCoreApplication.translate("SessionEditorDialog", u"&Name", None))
        self.instructorLabel.setText(QCoreApplication.translate("SessionEditorDialog", u"&Instructor", None))
        self.roomLabel.setText(QCoreApplication.translate("SessionEditorDialog", u"&Room", None))
        self.capacityLabel.setText(QCoreApplication.translate("SessionEditorDialog", u"&Places", None))
        self.startsAtLabel.setText(QCoreApplication.translate("SessionEditorDialog", u"&Starts", None))
        self.startsAtEdit.setDisplayFormat(QCoreApplication.translate("SessionEditorDialog", u"ddd d MMM yyyy HH:mm", None))
        self.durationLabel.setText(QCoreApplication.translate("SessionEditorDialog", u"&Duration", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("SessionEditorDialog", u" min", None))
        self.noteLabel.setText(QCoreApplication.translate("SessionEditorDialog", u"Only this class changes; later edits of the series leave it alone.", None))
        self.errorLabel.setText("")
    # retranslateUi

