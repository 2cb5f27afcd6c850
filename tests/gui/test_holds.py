"""Holds from the member profile (SPEC §5): the hold dialog's live preview (new end date, policy
refusals, bookings signed out), placing a hold, the holds list and removing a hold."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableView

from studio_app.domain.durations import DurationUnit
from studio_app.domain.holds import HoldPolicy
from studio_app.domain.plans import DEFAULT_CATEGORY, PlanKind
from studio_app.domain.restrictions import Cycle, Period, Restriction
from studio_app.dto.plans import PlanInput
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.holds import HoldController
from studio_app.gui.controllers.member_profile import MemberProfileController
from studio_app.gui.controllers.members import MembersController
from studio_app.gui.views.hold_dialog import SIGN_OUT_AND_HOLD, HoldDialog
from studio_app.gui.views.member_profile import BOOKINGS_TAB, MemberProfileView
from studio_app.gui.views.membership_holds import REMOVE_HOLD
from tests.factories import StudioFactory
from tests.gui.modal import press, when_modal

_LEFT = Qt.MouseButton.LeftButton
ACCEPTED = QDialog.DialogCode.Accepted


@pytest.fixture
def peter(studio: StudioFactory) -> int:
    return studio.member("Peter", "Parker")


@pytest.fixture
def view(qtbot, studio: StudioFactory, signals: AppSignals, peter: int) -> MemberProfileView:  # noqa: ANN001
    widget = MemberProfileView(
        MembersController(studio.svc, signals),
        MemberProfileController(studio.svc, signals),
        holds=HoldController(studio.svc, signals),
    )
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    widget.show(peter)
    qtbot.waitExposed(widget)
    return widget


def cells(model) -> list[list[str]]:  # noqa: ANN001
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def click_row(qtbot, table: QTableView, row: int) -> None:  # noqa: ANN001
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), _LEFT, pos=rect.center())


def sell(studio: StudioFactory, signals: AppSignals, member: int, plan: int) -> int:
    """Another desk sells the plan and announces it (as the sell dialog would)."""
    result = studio.svc.memberships.sell(member, plan, date(2026, 12, 1))
    signals.changed.emit(result.changes)
    return result.value


def open_hold_dialog(qtbot, view: MemberProfileView, row: int = 0) -> HoldDialog:  # noqa: ANN001
    click_row(qtbot, view.ui.membershipsTable, row)
    assert view.ui.holdButton.isEnabled()
    dialog = view.holds.hold_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def test_a_time_based_membership_on_hold_lasts_longer_and_is_listed_then_removed(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    view: MemberProfileView,
    clock,
    qtmodeltester,  # noqa: ANN001
) -> None:
    sell(studio, signals, view.member_id, studio.time_plan())  # 1–31 Dec 2026
    ui = view.ui
    assert not ui.holdButton.isEnabled()  # nothing selected yet
    assert ui.holdsLabel.text() == "Holds: none" and not ui.holdsTable.isVisible()
    dialog = open_hold_dialog(qtbot, view)
    d = dialog.ui
    assert (d.membershipLabel.text(), d.validityLabel.text()) == (
        "Monthly unlimited",
        "Peter Parker · Time-based · valid 1–31 Dec 2026",
    )
    # By default two weeks from today.
    assert d.daysLabel.text() == "14 days on hold: 1–14 Dec 2026"
    assert d.validUntilLabel.text() == "Valid until 31 Dec 2026 → 14 Jan 2027 (+14 days)"
    d.fromDateEdit.setDate(date(2026, 12, 16))  # the last day moves with the first
    assert d.toDateEdit.date().toPython() == date(2026, 12, 29)
    d.toDateEdit.setDate(date(2026, 12, 30))
    assert d.daysLabel.text() == "15 days on hold: 16–30 Dec 2026"
    assert d.validUntilLabel.text() == "Valid until 31 Dec 2026 → 15 Jan 2027 (+15 days)"
    assert d.bookingsLabel.text() == "No bookings inside the hold."
    assert d.policyLabel.text() == "Holds: no limits (the plan's hold policy)."
    assert not d.errorLabel.isVisibleTo(dialog) and d.okButton.isEnabled()
    qtbot.keyClicks(d.noteEdit, "Travelling")
    qtbot.mouseClick(d.okButton, _LEFT)

    assert dialog.result() == ACCEPTED
    assert cells(view.memberships_model)[0][2:5] == ["1 Dec 2026", "15 Jan 2027", "active"]
    assert ui.holdsLabel.text() == "Holds (1)" and ui.holdsTable.isVisible()
    assert cells(view.holds.model) == [
        [
            "Monthly unlimited",
            "16–30 Dec 2026",
            "15",
            "+15",
            "Olivia Owner",
            "upcoming",
            "Travelling",
        ]
    ]
    qtmodeltester.check(view.holds.model)
    assert (
        "Put Monthly unlimited on hold 16–30 December 2026 (15 days)"
        in (cells(view.logs_model)[0][2])
    )

    clock.advance_to(datetime(2026, 12, 17, 9, 0))  # inside the hold
    view.reload()
    assert cells(view.memberships_model)[0][4] == "on hold"
    assert cells(view.holds.model)[0][5] == "on hold now"

    assert not ui.removeHoldButton.isEnabled()
    click_row(qtbot, ui.holdsTable, 0)
    asked: list[str] = []
    when_modal(press(REMOVE_HOLD, asked))
    qtbot.mouseClick(ui.removeHoldButton, _LEFT)
    assert "Remove the hold 16–30 Dec 2026 from Monthly unlimited?" in asked[0]
    assert "valid until 31 Dec 2026 instead of 15 Jan 2027" in asked[0]
    assert cells(view.memberships_model)[0][3:5] == ["31 Dec 2026", "active"]
    # It stays listed, as history.
    assert cells(view.holds.model)[0][3:] == [
        "+15, taken back",
        "Olivia Owner",
        "removed",
        "Travelling",
    ]
    click_row(qtbot, ui.holdsTable, 0)
    assert not ui.removeHoldButton.isEnabled()
    assert ui.removeHoldButton.toolTip() == "This hold was already removed."


def test_cancelling_the_removal_keeps_the_hold(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    view: MemberProfileView,  # noqa: ANN001
) -> None:
    membership = sell(studio, signals, view.member_id, studio.time_plan())
    result = studio.svc.holds.place(membership, date(2026, 12, 16), date(2026, 12, 30))
    signals.changed.emit(result.changes)
    click_row(qtbot, view.ui.holdsTable, 0)
    when_modal(press("Cancel"))
    qtbot.mouseClick(view.ui.removeHoldButton, _LEFT)
    assert cells(view.holds.model)[0][5] == "upcoming"
    assert cells(view.memberships_model)[0][3] == "15 Jan 2027"


def test_a_membership_starting_later_is_held_from_its_first_day_by_default(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    view: MemberProfileView,
    peter: int,  # noqa: ANN001
) -> None:
    sold = studio.svc.memberships.sell(peter, studio.time_plan(), date(2026, 12, 10))
    signals.changed.emit(sold.changes)
    dialog = open_hold_dialog(qtbot, view)
    assert dialog.ui.daysLabel.text() == "14 days on hold: 10–23 Dec 2026"
    assert dialog.ui.validUntilLabel.text() == "Valid until 9 Jan 2027 → 23 Jan 2027 (+14 days)"
    assert dialog.ui.okButton.isEnabled()


def test_a_hold_longer_than_the_plan_allows_is_refused_and_cannot_be_confirmed(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    view: MemberProfileView,  # noqa: ANN001
) -> None:
    plan = studio.svc.plans.create(
        PlanInput(
            "Short-hold month",
            PlanKind.TIME_BASED,
            12000,
            1,
            DurationUnit.MONTHS,
            None,
            DEFAULT_CATEGORY,
            hold_policy=HoldPolicy(max_days=10),
        )
    ).value
    sell(studio, signals, view.member_id, plan)
    dialog = open_hold_dialog(qtbot, view)
    d = dialog.ui
    d.fromDateEdit.setDate(date(2026, 12, 10))
    d.toDateEdit.setDate(date(2026, 12, 24))
    assert d.daysLabel.text() == "15 days on hold: 10–24 Dec 2026"
    assert d.errorLabel.isVisibleTo(dialog)
    assert d.errorLabel.text() == "Holds on 'Short-hold month' last at most 10 days (this one: 15)."
    assert d.errorLabel.styleSheet() == "color: #8a1c1c;"
    assert d.policyLabel.text() == "Holds: at most 10 days (the plan's hold policy)."
    assert not d.validUntilLabel.isVisibleTo(dialog)
    assert not d.okButton.isEnabled()

    d.toDateEdit.setDate(date(2026, 12, 19))  # 10 days: allowed
    assert not d.errorLabel.isVisibleTo(dialog) and d.okButton.isEnabled()
    assert d.validUntilLabel.text() == "Valid until 31 Dec 2026 → 10 Jan 2027 (+10 days)"


def test_bookings_inside_the_hold_are_listed_and_signed_out_after_confirming(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    view: MemberProfileView,
    peter: int,  # noqa: ANN001
) -> None:
    sell(studio, signals, peter, studio.pass_plan(10))
    series = studio.series()  # Tuesdays 18:00
    booked = studio.svc.bookings.sign_up(studio.session_on(date(2026, 12, 8), series), peter)
    signals.changed.emit(booked.changes)
    assert cells(view.memberships_model)[0][5] == "9 of 10"
    dialog = open_hold_dialog(qtbot, view)
    d = dialog.ui
    d.fromDateEdit.setDate(date(2026, 12, 5))
    d.toDateEdit.setDate(date(2026, 12, 12))
    assert d.daysLabel.text() == "8 days on hold: 5–12 Dec 2026"
    assert (
        d.validUntilLabel.text() == "Passes and credits keep their expiry: valid until 28 Feb 2027"
    )
    assert d.bookingsLabel.text() == (
        "1 booking inside the hold will be signed out, sessions returned:\n"
        "•  Vinyasa Flow on Tue 8 Dec 2026 18:00"
    )

    # The desk changes its mind at the confirmation: nothing happens, the dialog stays.
    when_modal(press("Cancel"))
    qtbot.mouseClick(d.okButton, _LEFT)
    assert dialog.result() != ACCEPTED
    assert cells(view.upcoming_model)[0][3] == "booked"

    asked: list[str] = []
    when_modal(press(SIGN_OUT_AND_HOLD, asked))
    qtbot.mouseClick(d.okButton, _LEFT)
    assert dialog.result() == ACCEPTED
    assert "signs Peter Parker out of 1 class inside the hold" in asked[0]
    assert "Vinyasa Flow on Tue 8 Dec 2026 18:00" in asked[0]
    assert cells(view.memberships_model)[0][5] == "10 of 10"  # the session went back
    assert cells(view.holds.model)[0][1:4] == ["5–12 Dec 2026", "8", "none"]
    view.ui.tabs.setCurrentIndex(BOOKINGS_TAB)
    assert view.ui.activeSignupsLabel.text() == "Active signups: 0"
    assert view.upcoming_model.rowCount() == 0
    assert cells(view.history_model) == [
        ["Vinyasa Flow", "Tue 8 Dec 2026 18:00", "10-session pass", "signed out"]
    ]


def test_a_plan_inside_a_package_opens_with_the_refusal(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    view: MemberProfileView,  # noqa: ANN001
) -> None:
    """The memberships list does not know which memberships a package holds; the dialog shows
    the service's refusal, which names the package to put on hold instead."""
    item = studio.time_plan()
    package = studio.svc.plans.create(
        PlanInput(
            "Yoga bundle",
            PlanKind.PACKAGE,
            15000,
            1,
            DurationUnit.MONTHS,
            None,
            DEFAULT_CATEGORY,
            package_items=(item,),
        )
    ).value
    sell(studio, signals, view.member_id, package)
    plans = [row[0] for row in cells(view.memberships_model)]
    dialog = open_hold_dialog(qtbot, view, plans.index("Monthly unlimited"))
    assert dialog.ui.errorLabel.text() == (
        "'Monthly unlimited' is part of the package 'Yoga bundle': put the package on hold."
    )
    assert not dialog.ui.okButton.isEnabled()


def test_an_expired_membership_cannot_be_put_on_hold(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    view: MemberProfileView,
    clock,  # noqa: ANN001
) -> None:
    sell(studio, signals, view.member_id, studio.time_plan())
    clock.advance_to(datetime(2027, 1, 5, 9, 0))
    view.reload()
    click_row(qtbot, view.ui.membershipsTable, 0)
    assert cells(view.memberships_model)[0][4] == "expired"
    assert not view.ui.holdButton.isEnabled()
    assert view.ui.holdButton.toolTip() == "An expired membership cannot be put on hold."


def test_without_a_hold_controller_the_profile_shows_no_hold_buttons(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    peter: int,  # noqa: ANN001
) -> None:
    widget = MemberProfileView(
        MembersController(studio.svc, signals), MemberProfileController(studio.svc, signals)
    )
    qtbot.addWidget(widget)
    widget.show(peter)
    ui = widget.ui
    for hidden in (ui.holdButton, ui.holdsLabel, ui.removeHoldButton, ui.holdsTable):
        assert not hidden.isVisibleTo(widget)


def test_a_long_preview_wraps_and_the_dialog_grows_so_no_line_is_clipped(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    view: MemberProfileView,
    peter: int,  # noqa: ANN001
) -> None:
    weekly = (Restriction(3, Period.WEEK), Restriction(2, Period.WEEK, Cycle.PAYMENT))
    sell(studio, signals, peter, studio.plan("Flow month", PlanKind.TIME_BASED, *weekly))
    series = studio.series(weekdays=frozenset({1, 3}))
    for day in (date(2026, 12, 8), date(2026, 12, 10), date(2026, 12, 15)):
        studio.svc.bookings.sign_up(studio.session_on(day, series), peter)
    view.reload()
    dialog = open_hold_dialog(qtbot, view)
    d = dialog.ui
    d.toDateEdit.setDate(date(2026, 12, 1))  # one day: a short preview
    dialog.show()
    qtbot.waitExposed(dialog)
    short_height = dialog.height()
    d.toDateEdit.setDate(date(2026, 12, 28))  # four weeks: twelve lines more, most wrapped
    assert d.proratedLabel.text().count("•") == 9 and d.bookingsLabel.text().count("•") == 3
    assert dialog.height() > short_height
    labels = [d.daysLabel, d.validUntilLabel, d.proratedLabel, d.bookingsLabel, d.policyLabel]
    for label in labels:  # each label is as tall as its wrapped text needs
        assert label.height() >= label.heightForWidth(label.width()) > 0, label.objectName()
    for upper, lower in zip(labels, labels[1:], strict=False):  # and none overlaps the next
        assert upper.geometry().bottom() < lower.geometry().top()
    assert d.previewScroll.verticalScrollBar().maximum() == 0  # all of it shows
