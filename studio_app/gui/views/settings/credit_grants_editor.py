"""The credit settings of a plan (SPEC §4, seed 004): one row per credit grant.

Each grant says which category of credits it issues, how many on the start date, how often new
ones come ("every N days" or once, at the start), how long each batch lasts ("N days after
issue" or with the membership) and how many initial credits are issued at once when sold. A
summary under the table reads every grant back in words while typing, before anything is saved;
for a grant the service would refuse, the refusal is shown under it instead, in red.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QPushButton, QSpinBox, QWidget

from studio_app.domain.credit_grants import CreditGrantTerms, describe, validated
from studio_app.domain.errors import DomainError
from studio_app.gui.forms.ui_credit_grants_editor import Ui_CreditGrantsEditor

CATEGORY, CREDITS, EVERY, EXPIRE, INITIAL, REMOVE = range(6)
MAX_DAYS = 3650
ROW_HEIGHT = 34
VISIBLE_ROWS = 4


@dataclass(frozen=True)
class GrantRow:
    """The widgets of one grant in the table."""

    category: QComboBox
    credits: QSpinBox
    every: QSpinBox
    expire: QSpinBox
    initial: QSpinBox
    remove: QPushButton

    def terms(self) -> CreditGrantTerms:
        """What the row says; 0 in the frequency or expiry box means once / with the membership."""
        return CreditGrantTerms(
            self.category.currentText().strip(),
            self.credits.value(),
            self.every.value() or None,
            self.expire.value() or None,
            self.initial.value(),
        )


def _spin(maximum: int, tip: str, *, special: str = "", prefix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setToolTip(tip)
    spin.setSpecialValueText(special)
    spin.setPrefix(prefix)
    return spin


def _days_suffix(spin: QSpinBox, after: str = "") -> None:
    """Say "every 1 day" but "every 28 days": the unit follows the number."""
    spin.setSuffix(f" day{'' if spin.value() == 1 else 's'}{after}")


def _checked(terms: CreditGrantTerms) -> tuple[str, str]:
    """(the grant's sentence, "") or ("", the rule that would refuse it)."""
    try:
        return describe(validated(terms)), ""
    except DomainError as refused:
        return "", refused.message


class CreditGrantsEditor(QWidget):
    """Edits a list of credit grants; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, categories: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories = list(categories)
        #: What the summary says when there is no grant.
        self.empty_text = "No credits included."
        self.rows: list[GrantRow] = []
        self.ui = ui = Ui_CreditGrantsEditor()
        ui.setupUi(self)
        header = ui.grantsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Stretch)
        ui.grantsTable.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        ui.addGrantButton.clicked.connect(lambda: self.add_grant())
        self._refresh()

    # -- grants in and out -----------------------------------------------------------------
    def grants(self) -> tuple[CreditGrantTerms, ...]:
        return tuple(row.terms() for row in self.rows)

    def set_grants(self, grants: Sequence[CreditGrantTerms]) -> None:
        self.ui.grantsTable.setRowCount(0)
        self.rows = []
        for terms in grants:
            self._append(terms)
        self._refresh()

    def add_grant(self, terms: CreditGrantTerms | None = None) -> GrantRow:
        """A new row, by default for the first category with nothing issued yet."""
        row = self._append(terms or CreditGrantTerms(self.categories[0], 0))
        self._refresh()
        row.credits.setFocus()
        return row

    def remove_grant(self, row: GrantRow) -> None:
        index = self.rows.index(row)
        self.rows.pop(index)
        self.ui.grantsTable.removeRow(index)
        self._refresh()

    def rename_category(self, old: str, new: str) -> None:
        """Grants of category ``old`` follow the plan's category when it is renamed."""
        for row in self.rows:
            if row.category.currentText().strip() == old.strip():
                row.category.setCurrentText(new)

    def summary(self) -> str:
        """What the grants will issue, one describe() sentence per grant (bulleted when there
        are several); grants that would be refused are left to ``problems``."""
        lines = [line for line, _ in map(_checked, self.grants()) if line]
        if not self.rows:
            return self.empty_text
        return lines[0] if len(lines) == 1 else "\n".join(f"• {line}" for line in lines)

    def problems(self) -> str:
        """Why a grant would be refused, one line per such grant."""
        return "\n".join(problem for _, problem in map(_checked, self.grants()) if problem)

    # -- building rows ---------------------------------------------------------------------
    def _append(self, terms: CreditGrantTerms) -> GrantRow:
        category = QComboBox()
        category.setEditable(True)
        category.addItems(self.categories)
        category.setCurrentText(terms.category)
        category.setToolTip("Which classes these credits pay for (type a new category if needed)")
        row = GrantRow(
            category,
            _spin(999, "Credits issued on the start date and at each new batch"),
            _spin(
                MAX_DAYS,
                "How often a new batch of credits is issued while the membership lasts",
                special="once, at the start",
                prefix="every ",
            ),
            _spin(
                MAX_DAYS,
                "How long each batch can be used, counted from the day it is issued",
                special="with the membership",
            ),
            _spin(999, "Credits issued at once when sold, usable even before the start date"),
            QPushButton("Remove"),
        )
        row.credits.setValue(terms.credits)
        row.every.setValue(terms.every_days or 0)
        row.expire.setValue(terms.expire_days or 0)
        row.initial.setValue(terms.initial_credits)
        row.remove.setToolTip("Remove this credit grant")
        _days_suffix(row.every)
        _days_suffix(row.expire, " after issue")
        table = self.ui.grantsTable
        index = table.rowCount()
        table.insertRow(index)
        # Tab runs along the row, then on to the next row (or to "Add grant").
        previous: QWidget = self.rows[-1].remove if self.rows else table
        for column, widget in enumerate(
            (category, row.credits, row.every, row.expire, row.initial, row.remove)
        ):
            table.setCellWidget(index, column, widget)
            QWidget.setTabOrder(previous, widget)
            previous = widget
        category.currentTextChanged.connect(self._refresh)
        for spin in (row.credits, row.initial):
            spin.valueChanged.connect(self._refresh)
        row.every.valueChanged.connect(lambda: _days_suffix(row.every))
        row.expire.valueChanged.connect(lambda: _days_suffix(row.expire, " after issue"))
        row.every.valueChanged.connect(self._refresh)
        row.expire.valueChanged.connect(self._refresh)
        row.remove.clicked.connect(lambda: self.remove_grant(row))
        self.rows.append(row)
        return row

    def _refresh(self) -> None:
        """Show the table only when it has rows, sized to them; say the summary; tell the
        dialog."""
        table = self.ui.grantsTable
        table.setVisible(bool(self.rows))
        shown = min(max(len(self.rows), 1), VISIBLE_ROWS)
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + shown * ROW_HEIGHT
            + 2 * table.frameWidth()
        )
        self.show_summary()
        self.changed.emit()

    def show_summary(self) -> None:
        summary, problems = self.summary(), self.problems()
        self.ui.summaryLabel.setText(summary)
        self.ui.summaryLabel.setVisible(bool(summary))
        self.ui.problemsLabel.setText(problems)
        self.ui.problemsLabel.setVisible(bool(problems))
