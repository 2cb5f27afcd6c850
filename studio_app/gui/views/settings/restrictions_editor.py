"""The attendance restrictions of a plan (SPEC §5, seed 002): one row per restriction, read as a
sentence: "At most [3] visits per [week], resetting on the [calendar cycle], counting [every
class]".

A plan may carry several restrictions and all must hold. The sentence under the rows reads every
restriction back while typing; the hint under it says when each cycle resets, so the owner can
choose between the calendar cycle (weeks from Sunday, months from the 1st) and the payment cycle
(periods counted from the membership's start date).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from studio_app.domain.restrictions import Cycle, Period, Restriction
from studio_app.gui.forms.ui_restrictions_editor import Ui_RestrictionsEditor

PERIODS = list(Period)
CYCLES = list(Cycle)
MAX_VISITS = 999
VISIBLE_ROWS = 4
EVERY_CLASS = "every class"
EMPTY_TEXT = "No restrictions: members may come as often as the plan itself allows."
CYCLE_HINT = (
    "Calendar cycle: a week resets every Sunday, a month on the 1st, a year on 1 January; "
    "4 weeks are 28-day windows counted from the Sunday on or before the membership's start. "
    "Payment cycle: periods count from the membership's start date (start 7 June → resets on "
    "the 7th of each month; a start on the 31st resets on a shorter month's last day). "
    "A visit counts in the period of the class's date."
)
CYCLE_TIPS = {
    Cycle.CALENDAR: "Resets with the calendar: weeks on Sunday, months on the 1st, years on 1 Jan",
    Cycle.PAYMENT: "Resets on the membership's start date: start 7 June → the 7th of each month",
}


@dataclass(frozen=True)
class RestrictionRow:
    """The widgets of one restriction."""

    widget: QWidget
    max_visits: QSpinBox
    visits_label: QLabel
    period: QComboBox
    cycle: QComboBox
    category: QComboBox
    remove: QPushButton

    def restriction(self) -> Restriction:
        return Restriction(
            self.max_visits.value(),
            PERIODS[self.period.currentIndex()],
            CYCLES[self.cycle.currentIndex()],
            self.category.currentData(),
        )


def _combo(items: Sequence[str], tip: str) -> QComboBox:
    combo = QComboBox()
    combo.addItems(list(items))
    combo.setToolTip(tip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def _visits_word(row: RestrictionRow) -> None:
    """ "At most 1 visit per week" but "At most 3 visits per week"."""
    row.visits_label.setText("visit per" if row.max_visits.value() == 1 else "visits per")


class RestrictionsEditor(QWidget):
    """Edits a plan's list of restrictions; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, categories: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories = list(categories)
        self.rows: list[RestrictionRow] = []
        self.ui = ui = Ui_RestrictionsEditor()
        ui.setupUi(self)
        ui.cycleHintLabel.setText(CYCLE_HINT)
        ui.rowsScroll.viewport().setAutoFillBackground(False)
        ui.rowsWidget.setAutoFillBackground(False)
        ui.addRestrictionButton.clicked.connect(lambda: self.add_restriction())
        #: Past four rows the list scrolls; a row just added is scrolled into view once placed.
        self._follow_new_row = False
        ui.rowsScroll.verticalScrollBar().rangeChanged.connect(self._scroll_to_new_row)
        self._refresh()

    # -- restrictions in and out -----------------------------------------------------------
    def restrictions(self) -> tuple[Restriction, ...]:
        return tuple(row.restriction() for row in self.rows)

    def set_restrictions(self, restrictions: Sequence[Restriction]) -> None:
        self._follow_new_row = False
        for row in self.rows:
            self._drop(row)
        self.rows = []
        for restriction in restrictions:
            self._append(restriction)
        self._refresh()

    def add_restriction(self, restriction: Restriction | None = None) -> RestrictionRow:
        """A new row, by default 1 visit per week on the calendar cycle, counting every class."""
        row = self._append(restriction or Restriction(1, Period.WEEK))
        self._refresh()
        self._follow_new_row = True
        row.max_visits.setFocus()
        row.max_visits.selectAll()
        return row

    def remove_restriction(self, row: RestrictionRow) -> None:
        self._follow_new_row = False
        self.rows.remove(row)
        self._drop(row)
        self._refresh()

    def summary(self) -> str:
        """Every restriction in words (bulleted when there are several), or that there is none."""
        lines = [r.describe() for r in self.restrictions()]
        if not lines:
            return EMPTY_TEXT
        return lines[0] if len(lines) == 1 else "\n".join(f"• {line}" for line in lines)

    # -- building rows ---------------------------------------------------------------------
    def _append(self, restriction: Restriction) -> RestrictionRow:
        widget = QWidget()
        spin = QSpinBox()
        spin.setRange(1, MAX_VISITS)
        spin.setValue(max(1, restriction.max_visits))
        spin.setToolTip("The most visits allowed in each period")
        category = _combo([], "Count every visit, or only classes of one credit category")
        category.addItem(EVERY_CLASS, None)
        names = list(self.categories)
        if restriction.category and restriction.category not in names:
            names.append(restriction.category)
        for name in names:
            category.addItem(f"{name} only", name)
        category.setCurrentIndex(max(0, category.findData(restriction.category)))
        cycle = _combo([c.label for c in CYCLES], "When the count starts again from zero")
        for index, value in enumerate(CYCLES):
            cycle.setItemData(index, CYCLE_TIPS[value], Qt.ItemDataRole.ToolTipRole)
        cycle.setCurrentIndex(CYCLES.index(restriction.cycle))
        period = _combo([p.value for p in PERIODS], "The period the visits are counted in")
        period.setCurrentIndex(PERIODS.index(restriction.period))
        row = RestrictionRow(widget, spin, QLabel(), period, cycle, category, QPushButton("Remove"))
        row.remove.setToolTip("Remove this restriction")
        # As wide as "visits per" even when it reads "visit per", so the rows stay aligned.
        row.visits_label.setMinimumWidth(
            row.visits_label.fontMetrics().horizontalAdvance("visits per")
        )
        _visits_word(row)
        line = QHBoxLayout(widget)
        line.setContentsMargins(0, 0, 0, 0)
        for part in (
            QLabel("At most"),
            spin,
            row.visits_label,
            period,
            QLabel("resetting on the"),
            cycle,
            QLabel("counting"),
            category,
        ):
            line.addWidget(part)
        line.addStretch(1)
        line.addWidget(row.remove)
        layout = self.ui.rowsLayout
        layout.insertWidget(layout.count() - 1, widget)  # before the spacer
        self._chain_focus(row)
        spin.valueChanged.connect(lambda: _visits_word(row))
        spin.valueChanged.connect(self._refresh)
        for combo in (period, cycle, category):
            combo.currentIndexChanged.connect(self._refresh)
        row.remove.clicked.connect(lambda: self.remove_restriction(row))
        self.rows.append(row)
        return row

    def _chain_focus(self, row: RestrictionRow) -> None:
        """Tab runs along the row, then on to the next row and "Add restriction"."""
        add = self.ui.addRestrictionButton
        previous = self.rows[-1].remove if self.rows else add.previousInFocusChain()
        for widget in (row.max_visits, row.period, row.cycle, row.category, row.remove, add):
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _scroll_to_new_row(self, _minimum: int, maximum: int) -> None:
        if self._follow_new_row:
            self.ui.rowsScroll.verticalScrollBar().setValue(maximum)

    def _drop(self, row: RestrictionRow) -> None:
        self.ui.rowsLayout.removeWidget(row.widget)
        row.widget.hide()
        row.widget.deleteLater()

    def _refresh(self) -> None:
        """Show the rows only when there are some, sized to them (scrolling past four); say the
        summary; tell the dialog."""
        scroll = self.ui.rowsScroll
        scroll.setVisible(bool(self.rows))
        shown = [row.widget.sizeHint().height() for row in self.rows[:VISIBLE_ROWS]]
        spacing = self.ui.rowsLayout.spacing()
        scroll.setFixedHeight(sum(shown) + spacing * max(len(shown) - 1, 0))
        self.ui.summaryLabel.setText(self.summary())
        self.changed.emit()
