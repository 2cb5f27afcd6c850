"""Create or edit a weekly class series.

A series holds a class on the chosen weekdays at one time between two dates; saving an existing
series changes every future session not edited on its own (SPEC §3). The dialog shows, while
typing, what the series will be: "Every Tue and Thu at 18:00, 1 Dec 2026 – 30 Nov 2027 (105
classes)".

Its session rules (SPEC §4) tick the plans allowed to book the class; with the box unticked any
membership that pays for the class's credit category may. Plans that cannot pay for that
category (no own category or included credits of it) are greyed and never saved as rules.

Its booking policy (SPEC §3) is the studio's (Settings → Booking policy, read back under the
choice) or the class's own booking window and late-cancel cut-off; an own policy starts from the
studio's numbers, and editing a series shows the override it has.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from studio_app.domain.booking_policy import BookingPolicy
from studio_app.dto.plans import PlanRow
from studio_app.gui.controllers.schedule import (
    ScheduleController,
    SeriesInput,
    SeriesRow,
    pays_for,
)
from studio_app.gui.forms.ui_series_editor import Ui_SeriesEditorDialog
from studio_app.gui.views.booking_policy_fields import BookingPolicyFields, sentence
from studio_app.gui.views.common import INDENTED_HINT_STYLE, set_hint, show_error
from studio_app.gui.views.date_edits import follow_date_format

PRESET_COLORS = (
    ("Teal", "#4f8a8b"),
    ("Coral", "#d9735b"),
    ("Plum", "#8a5a8a"),
    ("Ocean", "#3e6fa8"),
    ("Olive", "#7a8a3e"),
    ("Amber", "#c08a2e"),
    ("Rose", "#c25b7a"),
    ("Slate", "#5c6670"),
)


PLAN_ROLE = Qt.ItemDataRole.UserRole
RULE_ROWS = 6
RULES_NEED_A_PLAN = "Tick at least one plan, or untick “Only these plans may book this class”."


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SeriesEditorDialog(QDialog):
    """``series`` None creates a class starting on ``first_day`` (default: today) for a year."""

    def __init__(
        self,
        schedule: ScheduleController,
        series: SeriesRow | None = None,
        parent: QWidget | None = None,
        *,
        first_day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self.series_id = series.id if series else None
        self.ui = ui = Ui_SeriesEditorDialog()
        ui.setupUi(self)
        follow_date_format(ui.fromDateEdit, ui.untilDateEdit)
        self.day_checks = (
            ui.monCheck,
            ui.tueCheck,
            ui.wedCheck,
            ui.thuCheck,
            ui.friCheck,
            ui.satCheck,
            ui.sunCheck,
        )
        ui.categoryCombo.addItems(schedule.credit_categories())
        for name, color in PRESET_COLORS:
            ui.colorCombo.addItem(swatch(color), name, color)
        if series is None:
            self.setWindowTitle("New class")
            ui.noteLabel.hide()
            self._defaults(first_day or schedule.today())
        else:
            self.setWindowTitle(f"Edit class series — {series.name}")
            self._fill(series)
        self._load_rules(series.allowed_plan_ids if series else frozenset())
        set_hint(ui.rulesHintLabel)
        self.policy_fields = BookingPolicyFields(ui.policyGroup)
        ui.ownPolicyLayout.addWidget(self.policy_fields)
        self._load_policy(series.policy if series else None)
        show_error(ui.errorLabel, "")
        for check in self.day_checks:
            check.toggled.connect(self._update_summary)
        ui.startTimeEdit.timeChanged.connect(self._update_summary)
        ui.fromDateEdit.dateChanged.connect(self._update_summary)
        ui.untilDateEdit.dateChanged.connect(self._update_summary)
        ui.rulesCheck.toggled.connect(self._update_rules)
        ui.ownPolicyRadio.toggled.connect(self._update_policy)
        ui.categoryCombo.currentTextChanged.connect(self._update_rules)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._update_summary()
        self._update_rules()

    def _defaults(self, start: date) -> None:
        """A new class: weekly on ``start``'s weekday at 18:00, for a year, 12 places, 60 min."""
        self.day_checks[start.weekday()].setChecked(True)
        self.ui.startTimeEdit.setTime(QTime(18, 0))
        self.ui.fromDateEdit.setDate(qdate(start))
        self.ui.untilDateEdit.setDate(qdate(start).addYears(1).addDays(-1))

    def _fill(self, row: SeriesRow) -> None:
        ui = self.ui
        ui.nameEdit.setText(row.name)
        ui.instructorEdit.setText(row.instructor)
        ui.roomEdit.setText(row.room)
        ui.capacitySpin.setValue(row.capacity)
        ui.durationSpin.setValue(row.duration_minutes)
        for number, check in enumerate(self.day_checks):
            check.setChecked(number in row.weekdays)
        ui.startTimeEdit.setTime(QTime(row.start_time.hour, row.start_time.minute))
        ui.fromDateEdit.setDate(qdate(row.starts_on))
        ui.untilDateEdit.setDate(qdate(row.until))
        ui.categoryCombo.setCurrentText(row.credit_category)
        found = ui.colorCombo.findData(row.color)
        if found < 0:  # a color chosen elsewhere stays selectable
            ui.colorCombo.addItem(swatch(row.color), "Custom", row.color)
            found = ui.colorCombo.count() - 1
        ui.colorCombo.setCurrentIndex(found)

    def data(self) -> SeriesInput:
        """What the form says, as the service takes it."""
        ui = self.ui
        return SeriesInput(
            name=ui.nameEdit.text().strip(),
            instructor=ui.instructorEdit.text().strip(),
            room=ui.roomEdit.text().strip(),
            capacity=ui.capacitySpin.value(),
            duration_minutes=ui.durationSpin.value(),
            weekdays=frozenset(n for n, c in enumerate(self.day_checks) if c.isChecked()),
            start_time=ui.startTimeEdit.time().toPython(),
            starts_on=ui.fromDateEdit.date().toPython(),
            until=ui.untilDateEdit.date().toPython(),
            credit_category=ui.categoryCombo.currentText().strip(),
            color=ui.colorCombo.currentData() or PRESET_COLORS[0][1],
            allowed_plan_ids=self.allowed_plan_ids(),
            policy=self.policy_fields.policy() if ui.ownPolicyRadio.isChecked() else None,
        )

    # -- booking policy --------------------------------------------------------------------
    def _load_policy(self, own: BookingPolicy | None) -> None:
        """The series' own policy, or the studio's (read back, and offered as a start)."""
        studio = self.schedule.studio_booking()
        self.ui.studioPolicyLabel.setText(sentence(studio))
        self.ui.studioPolicyLabel.setStyleSheet(INDENTED_HINT_STYLE)
        self.policy_fields.set_policy(own or studio)
        self.ui.ownPolicyRadio.setChecked(own is not None)
        self.ui.studioPolicyRadio.setChecked(own is None)
        self._update_policy()

    def _update_policy(self) -> None:
        """The window and cut-off fields show only while the class has its own policy."""
        self.policy_fields.setVisible(self.ui.ownPolicyRadio.isChecked())

    # -- session rules ---------------------------------------------------------------------
    def _load_rules(self, allowed: frozenset[int]) -> None:
        for plan in self.schedule.rule_plans(allowed):
            sold = "" if plan.active else ", no longer sold"
            item = QListWidgetItem(f"{plan.name}  ({plan.kind.label}{sold})", self.ui.rulesList)
            item.setData(PLAN_ROLE, plan)
            checked = plan.id in allowed
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.ui.rulesCheck.setChecked(bool(allowed))
        count = self.ui.rulesList.count()
        self.ui.rulesCheck.setEnabled(count > 0)
        self.ui.rulesList.setVisible(count > 0)
        if count:  # as tall as its plans, scrolling beyond RULE_ROWS
            shown = min(count, RULE_ROWS)
            self.ui.rulesList.setFixedHeight(
                shown * self.ui.rulesList.sizeHintForRow(0) + 2 * self.ui.rulesList.frameWidth()
            )

    def rule_items(self) -> list[QListWidgetItem]:
        return [self.ui.rulesList.item(row) for row in range(self.ui.rulesList.count())]

    def allowed_plan_ids(self) -> frozenset[int]:
        """The ticked plans that can pay for the class; none while the box is unticked."""
        if not self.ui.rulesCheck.isChecked():
            return frozenset()
        return frozenset(
            item.data(PLAN_ROLE).id
            for item in self.rule_items()
            if item.checkState() == Qt.CheckState.Checked
            and item.flags() & Qt.ItemFlag.ItemIsEnabled
        )

    def _update_rules(self) -> None:
        """Grey the plans that cannot pay for the chosen category and say what the rules do."""
        ui = self.ui
        category = ui.categoryCombo.currentText().strip()
        only = ui.rulesCheck.isChecked()
        ui.rulesList.setEnabled(only)
        greyed = 0
        for item in self.rule_items():
            plan: PlanRow = item.data(PLAN_ROLE)
            can_pay = pays_for(plan, category)
            enabled = Qt.ItemFlag.ItemIsEnabled if can_pay else Qt.ItemFlag.NoItemFlags
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | enabled)
            if not can_pay:
                greyed += 1
                item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(
                "" if can_pay else f"{plan.name} pays for {plan.credit_category}, not {category}."
            )
        if not ui.rulesList.count():
            hint = "No plans yet (Settings → Memberships): any membership that pays for "
            hint += f"{category} may book this class."
        elif not only:
            hint = f"Any membership that pays for {category} may book this class."
        else:
            hint = (
                "Only members holding a ticked plan may book; others are refused, with the reason."
            )
            if greyed:
                hint += f" Greyed plans are for another category than {category}."
        ui.rulesHintLabel.setText(hint)

    def _update_summary(self) -> None:
        data = self.data()
        self.ui.summaryLabel.setText(
            self.schedule.series_summary(data.weekdays, data.start_time, data.starts_on, data.until)
        )

    def save(self) -> None:
        """Create or update the series; a refusal stays in the dialog, in words."""
        data = self.data()
        if self.ui.rulesCheck.isChecked() and not data.allowed_plan_ids:
            show_error(self.ui.errorLabel, RULES_NEED_A_PLAN)
            return
        if self.series_id is None:
            new_id = self.schedule.create_series(data)
            saved = new_id is not None
            self.series_id = new_id
        else:
            saved = self.schedule.update_series(self.series_id, data)
        if not saved:
            show_error(self.ui.errorLabel, self.schedule.last_error)
            return
        self.accept()
