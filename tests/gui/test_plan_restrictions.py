"""The plan editor's restrictions, hold policy and package items (SPEC §5), driven by clicks and
typing over a real temporary database, read back through the plan service."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSpinBox

from studio_app.domain.durations import DurationUnit
from studio_app.domain.holds import HoldPolicy
from studio_app.domain.plans import DEFAULT_CATEGORY, PlanKind
from studio_app.domain.restrictions import Cycle, Period, Restriction
from studio_app.dto.plans import PlanInput, PlanRow
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.settings import SettingsController
from studio_app.gui.qtmodels.plans import RESTRICTIONS, SESSIONS, PlanTableModel
from studio_app.gui.views.settings.plan_editor import (
    CREDITS_TAB,
    KINDS,
    PACKAGE_TAB,
    RESTRICTIONS_TAB,
    PlanEditorDialog,
)
from studio_app.gui.views.settings.restrictions_editor import EMPTY_TEXT
from tests.factories import StudioFactory

LEFT = Qt.MouseButton.LeftButton
THREE_A_WEEK = Restriction(3, Period.WEEK, Cycle.CALENDAR)
TEN_A_MONTH = Restriction(10, Period.MONTH, Cycle.PAYMENT, DEFAULT_CATEGORY)
NO_ITEMS = "A package bundles other plans: choose at least one plan in it."


@pytest.fixture
def controller(studio: StudioFactory, signals: AppSignals) -> SettingsController:
    return SettingsController(studio.svc, signals)


def open_editor(qtbot, controller: SettingsController, plan: PlanRow | None = None):  # noqa: ANN001, ANN201
    dialog = PlanEditorDialog(controller, plan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def go_to(qtbot, dialog: PlanEditorDialog, tab: int) -> None:  # noqa: ANN001
    """Click a tab of the dialog, as the owner does."""
    bar = dialog.ui.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(tab).center())
    assert dialog.ui.tabs.currentIndex() == tab


def type_number(qtbot, spin: QSpinBox, text: str) -> None:  # noqa: ANN001
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def fill_basics(qtbot, dialog: PlanEditorDialog, name: str, price: str) -> None:  # noqa: ANN001
    qtbot.keyClicks(dialog.ui.nameEdit, name)
    qtbot.keyClicks(dialog.ui.priceEdit, price)


def saved(studio: StudioFactory, name: str) -> PlanRow:
    return next(p for p in studio.svc.plans.list_plans() if p.name == name)


def add_two_restrictions(qtbot, dialog: PlanEditorDialog) -> None:  # noqa: ANN001
    """3 visits per week on the calendar cycle + 10 Group class visits per month on the payment
    cycle."""
    editor = dialog.restrictions
    go_to(qtbot, dialog, RESTRICTIONS_TAB)
    qtbot.mouseClick(editor.ui.addRestrictionButton, LEFT)
    qtbot.mouseClick(editor.ui.addRestrictionButton, LEFT)
    first, second = editor.rows
    type_number(qtbot, first.max_visits, "3")
    type_number(qtbot, second.max_visits, "10")
    choose(second.period, "month")
    choose(second.cycle, "payment cycle")
    choose(second.category, f"{DEFAULT_CATEGORY} only")


def test_two_restrictions_are_described_and_saved(
    qtbot,
    controller: SettingsController,
    studio: StudioFactory,  # noqa: ANN001
) -> None:
    dialog = open_editor(qtbot, controller)
    fill_basics(qtbot, dialog, "10-class pass", "90")
    dialog.ui.kindCombo.setCurrentIndex(KINDS.index(PlanKind.SESSION_PASS))
    editor = dialog.restrictions
    assert editor.ui.summaryLabel.text() == EMPTY_TEXT
    hint = editor.ui.cycleHintLabel.text()
    assert "a week resets every Sunday, a month on the 1st" in hint
    assert "28-day windows counted from the Sunday on or before the membership's start" in hint
    assert "start 7 June → resets on the 7th of each month" in hint

    add_two_restrictions(qtbot, dialog)
    assert editor.ui.summaryLabel.text() == (
        "• At most 3 visits per week (calendar cycle)\n"
        "• At most 10 Group class visits per month (payment cycle)"
    )
    assert dialog.ui.summaryLabel.text() == (
        "Session pass: 10 sessions within 1 month for 90.00, Group class; "
        "at most 3 visits per week (calendar cycle); "
        "at most 10 Group class visits per month (payment cycle)"
    )
    qtbot.mouseClick(dialog.ui.okButton, LEFT)

    plan = saved(studio, "10-class pass")
    assert plan.restrictions == (THREE_A_WEEK, TEN_A_MONTH)
    assert dialog.result() == PlanEditorDialog.DialogCode.Accepted


def test_one_visit_reads_singular(qtbot, controller: SettingsController) -> None:  # noqa: ANN001
    dialog = open_editor(qtbot, controller)
    go_to(qtbot, dialog, RESTRICTIONS_TAB)
    qtbot.mouseClick(dialog.restrictions.ui.addRestrictionButton, LEFT)
    [row] = dialog.restrictions.rows
    assert row.visits_label.text() == "visit per"
    assert dialog.restrictions.ui.summaryLabel.text() == "At most 1 visit per week (calendar cycle)"
    type_number(qtbot, row.max_visits, "2")
    assert row.visits_label.text() == "visits per"


def test_remove_a_restriction_before_saving(
    qtbot,
    controller: SettingsController,
    studio: StudioFactory,  # noqa: ANN001
) -> None:
    dialog = open_editor(qtbot, controller)
    fill_basics(qtbot, dialog, "Monthly unlimited", "120")
    add_two_restrictions(qtbot, dialog)
    first, second = dialog.restrictions.rows
    qtbot.mouseClick(first.remove, LEFT)
    assert dialog.restrictions.rows == [second]
    assert dialog.restrictions.ui.summaryLabel.text() == TEN_A_MONTH.describe()
    assert "at most 3 visits" not in dialog.ui.summaryLabel.text()
    qtbot.mouseClick(dialog.ui.okButton, LEFT)

    assert saved(studio, "Monthly unlimited").restrictions == (TEN_A_MONTH,)


def test_editing_a_plan_shows_its_restrictions_and_saves_a_removal(
    qtbot,
    controller: SettingsController,
    studio: StudioFactory,  # noqa: ANN001
) -> None:
    plan_id = studio.pass_plan(10, name="10-class pass")
    plan = saved(studio, "10-class pass")
    studio.svc.plans.update(
        plan_id, replace(plan.as_input(), restrictions=(THREE_A_WEEK, TEN_A_MONTH))
    )
    dialog = open_editor(qtbot, controller, saved(studio, "10-class pass"))
    go_to(qtbot, dialog, RESTRICTIONS_TAB)
    first, second = dialog.restrictions.rows
    assert (first.max_visits.value(), first.period.currentText()) == (3, "week")
    assert (first.cycle.currentText(), first.category.currentText()) == (
        "calendar cycle",
        "every class",
    )
    assert (second.max_visits.value(), second.period.currentText()) == (10, "month")
    assert (second.cycle.currentText(), second.category.currentText()) == (
        "payment cycle",
        "Group class only",
    )
    assert "at most 10 Group class visits per month (payment cycle)" in (
        dialog.ui.summaryLabel.text()
    )

    qtbot.mouseClick(second.remove, LEFT)
    qtbot.mouseClick(dialog.ui.okButton, LEFT)
    assert saved(studio, "10-class pass").restrictions == (THREE_A_WEEK,)


def test_hold_policy_round_trip(
    qtbot,
    controller: SettingsController,
    studio: StudioFactory,  # noqa: ANN001
) -> None:
    dialog = open_editor(qtbot, controller)
    fill_basics(qtbot, dialog, "Monthly unlimited", "120")
    go_to(qtbot, dialog, RESTRICTIONS_TAB)
    holds = dialog.holds.ui
    assert [s.text() for s in (holds.minSpin, holds.maxSpin, holds.perYearSpin)] == ["no limit"] * 3
    assert holds.summaryLabel.text() == "Holds: no limits"
    type_number(qtbot, holds.minSpin, "7")
    type_number(qtbot, holds.maxSpin, "30")
    type_number(qtbot, holds.perYearSpin, "2")
    assert (holds.minSpin.text(), holds.maxSpin.text()) == ("7 days", "30 days")
    assert holds.summaryLabel.text() == "Holds: at least 7 days, at most 30 days, 2 per year"
    qtbot.mouseClick(dialog.ui.okButton, LEFT)
    assert saved(studio, "Monthly unlimited").hold_policy == HoldPolicy(7, 30, 2)

    again = open_editor(qtbot, controller, saved(studio, "Monthly unlimited"))
    holds = again.holds.ui
    assert (holds.minSpin.text(), holds.maxSpin.text(), holds.perYearSpin.text()) == (
        "7 days",
        "30 days",
        "2",
    )
    go_to(qtbot, again, RESTRICTIONS_TAB)
    type_number(qtbot, holds.minSpin, "0")
    assert holds.minSpin.text() == "no limit"
    qtbot.mouseClick(again.ui.okButton, LEFT)
    assert saved(studio, "Monthly unlimited").hold_policy == HoldPolicy(None, 30, 2)


def test_minimum_hold_longer_than_maximum_is_refused(
    qtbot,
    controller: SettingsController,
    studio: StudioFactory,  # noqa: ANN001
) -> None:
    dialog = open_editor(qtbot, controller)
    fill_basics(qtbot, dialog, "Monthly unlimited", "120")
    go_to(qtbot, dialog, RESTRICTIONS_TAB)
    holds = dialog.holds.ui
    type_number(qtbot, holds.minSpin, "40")
    type_number(qtbot, holds.maxSpin, "30")
    refusal = "The minimum hold (40 days) is longer than the maximum (30 days)."
    assert holds.problemLabel.text() == refusal and not holds.problemLabel.isHidden()
    qtbot.mouseClick(dialog.ui.okButton, LEFT)
    assert dialog.ui.errorLabel.text() == refusal
    assert studio.svc.plans.list_plans() == []


def make_package_choices(studio: StudioFactory) -> tuple[int, int]:
    """A pass and a time-based plan to bundle, plus an existing package that cannot be."""
    pass_id = studio.pass_plan(10, name="10-class pass")
    monthly_id = studio.time_plan(name="Monthly unlimited")
    studio.svc.plans.create(
        PlanInput(
            "Old bundle",
            PlanKind.PACKAGE,
            10000,
            1,
            DurationUnit.MONTHS,
            None,
            DEFAULT_CATEGORY,
            package_items=(pass_id,),
        )
    )
    return pass_id, monthly_id


def tick(qtbot, dialog: PlanEditorDialog, plan_id: int) -> None:  # noqa: ANN001
    """Tick a plan in the Package list with the keyboard (space toggles the current item)."""
    items = dialog.ui.itemsList
    items.setCurrentItem(dialog.items.item_for(plan_id))
    qtbot.keyClick(items, Qt.Key.Key_Space)


def test_package_with_two_items(
    qtbot,
    controller: SettingsController,
    studio: StudioFactory,  # noqa: ANN001
) -> None:
    pass_id, monthly_id = make_package_choices(studio)
    dialog = open_editor(qtbot, controller)
    ui = dialog.ui
    assert not ui.tabs.isTabEnabled(PACKAGE_TAB)
    fill_basics(qtbot, dialog, "Pass + unlimited", "180")
    ui.kindCombo.setCurrentIndex(KINDS.index(PlanKind.PACKAGE))
    assert ui.tabs.isTabEnabled(PACKAGE_TAB)
    assert not ui.tabs.isTabEnabled(CREDITS_TAB)
    assert ui.tabs.tabToolTip(CREDITS_TAB) == (
        "A package issues no credits: the plans in it bring their own."
    )
    assert not ui.sessionsSpin.isEnabled()
    assert ui.sessionsHintLabel.text() == (
        "not counted: the plans in the package bring their own sessions"
    )
    assert not ui.kindHintLabel.isHidden()
    assert "they bring their own sessions and credits" in ui.kindHintLabel.text()

    go_to(qtbot, dialog, PACKAGE_TAB)
    listed = [ui.itemsList.item(row).text() for row in range(ui.itemsList.count())]
    assert listed == [
        "10-class pass (Session pass, 3 months)",
        "Monthly unlimited (Time-based, 1 month)",
    ]  # the other package is not offered
    tick(qtbot, dialog, pass_id)
    tick(qtbot, dialog, monthly_id)
    assert ui.summaryLabel.text() == (
        "Package: 10-class pass + Monthly unlimited within 1 month for 180.00, Group class"
    )
    qtbot.mouseClick(ui.okButton, LEFT)

    package = saved(studio, "Pass + unlimited")
    assert package.kind is PlanKind.PACKAGE
    assert package.package_items == (pass_id, monthly_id)
    assert package.grants == ()
    model = PlanTableModel()
    model.set_rows(studio.svc.plans.list_plans())
    row = model.row_of(package.id)
    assert model.data(model.index(row, SESSIONS)) == "in its 2 plans"

    again = open_editor(qtbot, controller, package)
    assert [p.id for p in again.items.chosen()] == [pass_id, monthly_id]
    assert package.id not in again.items.plans  # a package never lists itself


def test_package_without_items_is_refused_and_saves_nothing(
    qtbot,
    controller: SettingsController,
    studio: StudioFactory,  # noqa: ANN001
) -> None:
    make_package_choices(studio)
    before = studio.svc.plans.list_plans()
    dialog = open_editor(qtbot, controller)
    fill_basics(qtbot, dialog, "Empty bundle", "50")
    dialog.ui.kindCombo.setCurrentIndex(KINDS.index(PlanKind.PACKAGE))
    assert "(no plans ticked yet)" in dialog.ui.summaryLabel.text()
    qtbot.mouseClick(dialog.ui.okButton, LEFT)

    assert dialog.ui.errorLabel.text() == NO_ITEMS
    assert not dialog.ui.errorLabel.isHidden()
    assert dialog.plan_id is None
    assert studio.svc.plans.list_plans() == before


def test_plans_table_shows_restrictions_in_short(studio: StudioFactory) -> None:
    plan_id = studio.pass_plan(10, name="10-class pass")
    plan = saved(studio, "10-class pass")
    studio.svc.plans.update(
        plan_id,
        replace(
            plan.as_input(),
            restrictions=(THREE_A_WEEK, TEN_A_MONTH),
            hold_policy=HoldPolicy(7, 30, 2),
        ),
    )
    studio.time_plan(name="Monthly unlimited")
    model = PlanTableModel()
    model.set_rows(studio.svc.plans.list_plans())
    restricted, free = (model.row_of(p.id) for p in studio.svc.plans.list_plans())
    assert model.headerData(RESTRICTIONS, Qt.Orientation.Horizontal) == "Restrictions"
    index = model.index(restricted, RESTRICTIONS)
    assert model.data(index) == "3/week; 10 Group class/month (payment cycle)"
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == (
        "At most 3 visits per week (calendar cycle)\n"
        "At most 10 Group class visits per month (payment cycle)\n"
        "Holds: at least 7 days, at most 30 days, 2 per year"
    )
    assert model.data(model.index(free, RESTRICTIONS)) == ""


def test_the_validity_cannot_be_typed_past_ten_years(qtbot, controller: SettingsController) -> None:  # noqa: ANN001
    """A plan lasts at most 10 years (domain/bounds.py): the editor stops at the bound of the
    chosen unit instead of letting the owner type 999 months and be refused on save."""
    dialog = open_editor(qtbot, controller)
    ui = dialog.ui
    maxima = {}
    for unit in (DurationUnit.MONTHS, DurationUnit.WEEKS, DurationUnit.DAYS):
        ui.unitCombo.setCurrentIndex(ui.unitCombo.findText(unit.value))
        type_number(qtbot, ui.durationSpin, "9999")
        assert ui.durationSpin.value() <= ui.durationSpin.maximum()
        maxima[unit] = ui.durationSpin.maximum()
    assert maxima == {DurationUnit.MONTHS: 120, DurationUnit.WEEKS: 521, DurationUnit.DAYS: 3653}
