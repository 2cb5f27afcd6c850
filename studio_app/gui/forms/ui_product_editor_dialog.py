# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'product_editor_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ProductEditorDialog(object):
    def setupUi(self, ProductEditorDialog):
        if not ProductEditorDialog.objectName():
            ProductEditorDialog.setObjectName(u"ProductEditorDialog")
        ProductEditorDialog.resize(420, 220)
        self.layout = QVBoxLayout(ProductEditorDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ProductEditorDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(ProductEditorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ProductEditorDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.priceLabel = QLabel(ProductEditorDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceRow = QHBoxLayout()
        self.priceRow.setSpacing(8)
        self.priceRow.setObjectName(u"priceRow")
        self.priceEdit = QLineEdit(ProductEditorDialog)
        self.priceEdit.setObjectName(u"priceEdit")
        self.priceEdit.setMaximumSize(QSize(110, 16777215))

        self.priceRow.addWidget(self.priceEdit)

        self.previewLabel = QLabel(ProductEditorDialog)
        self.previewLabel.setObjectName(u"previewLabel")

        self.priceRow.addWidget(self.previewLabel)

        self.priceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.priceRow.addItem(self.priceSpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.priceRow)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(ProductEditorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ProductEditorDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)

        self.okButton = QPushButton(ProductEditorDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.priceLabel.setBuddy(self.priceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.priceEdit)
        QWidget.setTabOrder(self.priceEdit, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(ProductEditorDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ProductEditorDialog):
        ProductEditorDialog.setWindowTitle(QCoreApplication.translate("ProductEditorDialog", u"New product", None))
        self.introLabel.setText(QCoreApplication.translate("ProductEditorDialog", u"Something the desk sells besides memberships, e.g. water, a towel or a T-shirt.", None))
        self.nameLabel.setText(QCoreApplication.translate("ProductEditorDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProductEditorDialog", u"e.g. Water 0.5 l", None))
        self.priceLabel.setText(QCoreApplication.translate("ProductEditorDialog", u"&Price", None))
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("ProductEditorDialog", u"e.g. 2 or 2,50", None))
        self.previewLabel.setText("")
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("ProductEditorDialog", u"Cancel", None))
        self.okButton.setText(QCoreApplication.translate("ProductEditorDialog", u"Add product", None))
    # retranslateUi

