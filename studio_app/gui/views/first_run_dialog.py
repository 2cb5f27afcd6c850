"""First start: the studio's name and the owner account, and how the studio writes money and
dates and the paper it prints on. Those three are suggested from the computer's region
(controllers/regional_defaults.py) and can be changed here, or later in Settings → Products &
money; the example under the currency shows an amount as it will read.

At the first start the dialog is shown before the new studio file is made (gui/launch.py):
the form can be filled in at once, and Create waits for the file if it is not ready yet."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QWidget

from studio_app.domain.formats import DateStyle, MoneyFormat
from studio_app.dto.reports import Paper
from studio_app.gui.controllers.regional_defaults import (
    EXAMPLE_CENTS,
    PAPER_NAMES,
    StudioStyle,
    regional_defaults,
)
from studio_app.gui.controllers.session import SessionController
from studio_app.gui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from studio_app.gui.views.common import set_hint, set_primary, show_error


class FirstRunDialog(QDialog):
    def __init__(
        self,
        controller: SessionController | None = None,
        parent: QWidget | None = None,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._waiting = False  # Create was pressed before the studio's file was ready
        self.ui = ui = Ui_FirstRunDialog()
        ui.setupUi(self)
        set_primary(ui.createButton)
        set_hint(ui.styleHintLabel)
        show_error(ui.errorLabel, "")
        for style in DateStyle:
            ui.dateFormatCombo.addItem(style.label, style.value)
        for paper, name in PAPER_NAMES.items():
            ui.paperCombo.addItem(name, paper.value)
        self._show_style(regional_defaults(locale or QLocale.system()))
        ui.symbolEdit.textChanged.connect(self._update_example)
        ui.symbolAfterCheck.toggled.connect(self._update_example)
        ui.decimalCommaCheck.toggled.connect(self._update_example)
        ui.createButton.clicked.connect(self._create)
        ui.cancelButton.clicked.connect(self.reject)
        self._update_example()

    def chosen_style(self) -> StudioStyle:
        """Money, paper and dates as the form says them."""
        ui = self.ui
        money = MoneyFormat(
            ui.symbolEdit.text().strip(),
            ui.symbolAfterCheck.isChecked(),
            ui.decimalCommaCheck.isChecked(),
        )
        paper = Paper(ui.paperCombo.currentData())
        return StudioStyle(money, paper, DateStyle(ui.dateFormatCombo.currentData()))

    def _show_style(self, style: StudioStyle) -> None:
        ui = self.ui
        ui.symbolEdit.setText(style.money.symbol)
        ui.symbolAfterCheck.setChecked(style.money.symbol_after)
        ui.decimalCommaCheck.setChecked(style.money.decimal_comma)
        ui.dateFormatCombo.setCurrentIndex(ui.dateFormatCombo.findData(style.dates.value))
        ui.paperCombo.setCurrentIndex(ui.paperCombo.findData(style.paper.value))

    def _update_example(self) -> None:
        money = self.chosen_style().money
        self.ui.moneyExampleLabel.setText(f"Example: {money.text(EXAMPLE_CENTS)}")

    def attach(self, controller: SessionController) -> None:
        """The studio's file is ready: create the studio now if that was asked for."""
        self.controller = controller
        if self._waiting:
            self._create()

    def _create(self) -> None:
        ui = self.ui
        if ui.passwordEdit.text() != ui.repeatEdit.text():
            show_error(ui.errorLabel, "The two passwords differ.")
            return
        if self.controller is None:
            self._waiting = True
            ui.createButton.setEnabled(False)
            return
        self._waiting = False
        ui.createButton.setEnabled(True)
        if self.controller.set_up(
            ui.studioNameEdit.text(),
            ui.ownerNameEdit.text(),
            ui.usernameEdit.text(),
            ui.passwordEdit.text(),
            self.chosen_style(),
        ):
            self.accept()
        else:
            show_error(ui.errorLabel, self.controller.last_error)
