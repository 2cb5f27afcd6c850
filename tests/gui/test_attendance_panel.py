"""The attendance panel: sign-up by typing a name, Present, sign-out, waitlist, refusals."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.attendance import AttendanceController
from studio_app.gui.controllers.schedule import ScheduleController
from studio_app.gui.qtmodels.attendance import PRESENT_COLUMN
from studio_app.gui.views import attendance_panel as panel_module
from studio_app.gui.views.attendance_panel import AUTOMATIC
from studio_app.gui.views.schedule import ScheduleView
from tests.factories import StudioFactory

TUE = date(2026, 12, 1)


@pytest.fixture
def view(qtbot, studio: StudioFactory, signals: AppSignals) -> ScheduleView:
    view = ScheduleView(
        ScheduleController(studio.svc, signals), AttendanceController(studio.svc, signals)
    )
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def member_with_pass(studio: StudioFactory, first: str, last: str, *, starts_on: date = TUE) -> int:
    member = studio.member(first, last)
    studio.svc.memberships.sell(member, studio.pass_plan(10), starts_on)
    return member


def open_class(qtbot, view: ScheduleView, session_id: int) -> None:
    view.reload()
    rect = view.calendar.block_rect(session_id)
    qtbot.mouseClick(view.calendar, Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.panel.session_id == session_id


def sign_up(qtbot, view: ScheduleView, typed: str) -> None:
    view.panel.ui.signUpEdit.clear()
    qtbot.keyClicks(view.panel.ui.signUpEdit, typed)
    qtbot.mouseClick(view.panel.ui.signUpButton, Qt.MouseButton.LeftButton)


def test_typing_a_name_and_sign_up_books_the_member(
    qtbot,
    view: ScheduleView,
    studio: StudioFactory,
) -> None:
    member_with_pass(studio, "Peter", "Parker")
    studio.member("Mary", "Jane")
    session_id = studio.session_on(TUE, studio.series())
    open_class(qtbot, view, session_id)
    qtbot.keyClicks(view.panel.ui.signUpEdit, "park")
    listing = view.panel.ui.suggestionsList
    assert listing.isVisible() and listing.count() == 1
    assert listing.item(0).text() == "Peter Parker"
    assert view.panel.ui.payWithCombo.itemText(0) == AUTOMATIC
    assert view.panel.ui.payWithCombo.itemText(1) == "10-session pass"
    qtbot.mouseClick(view.panel.ui.signUpButton, Qt.MouseButton.LeftButton)
    model = view.panel.attendees
    assert [(r.member_name, r.membership, r.left_after) for r in model.rows()] == [
        ("Peter Parker", "10-session pass", "9 left")
    ]
    assert model.index(0, 2).data() == "9 left"
    assert view.panel.ui.countLabel.text() == "1 of 12 booked"
    assert "1/12" in view.calendar.block_text(session_id)
    assert view.panel.ui.signUpEdit.text() == ""


def test_enter_signs_up_the_first_match_and_models_pass_the_tester(
    qtbot,
    qtmodeltester,
    view: ScheduleView,
    studio: StudioFactory,
) -> None:
    member_with_pass(studio, "Bruce", "Banner")
    member_with_pass(studio, "Bruce", "Wayne")
    session_id = studio.session_on(TUE, studio.series())
    open_class(qtbot, view, session_id)
    qtbot.keyClicks(view.panel.ui.signUpEdit, "bruce")
    qtbot.keyClick(view.panel.ui.signUpEdit, Qt.Key.Key_Return)
    assert [r.member_name for r in view.panel.attendees.rows()] == ["Bruce Banner"]
    assert not view.panel.ui.suggestionsList.isVisible()
    qtbot.keyClicks(view.panel.ui.signUpEdit, "bruce")  # ↓ chooses the next suggestion
    qtbot.keyClick(view.panel.ui.signUpEdit, Qt.Key.Key_Down)
    assert view.panel.ui.suggestionsList.currentItem().text() == "Bruce Wayne"
    qtbot.keyClick(view.panel.ui.signUpEdit, Qt.Key.Key_Return)
    assert [r.member_name for r in view.panel.attendees.rows()] == ["Bruce Banner", "Bruce Wayne"]
    qtmodeltester.check(view.panel.attendees)
    qtmodeltester.check(view.panel.waitlist)


def test_present_marks_presence_and_changes_no_balance(
    qtbot,
    view: ScheduleView,
    studio: StudioFactory,
) -> None:
    member_with_pass(studio, "Peter", "Parker")
    session_id = studio.session_on(TUE, studio.series())
    open_class(qtbot, view, session_id)
    sign_up(qtbot, view, "Peter")
    table, model = view.panel.ui.attendeesTable, view.panel.attendees
    table.selectRow(0)
    assert view.panel.ui.presentButton.text() == "Mark present"
    qtbot.mouseClick(view.panel.ui.presentButton, Qt.MouseButton.LeftButton)
    assert model.row_at(0).present and model.row_at(0).left_after == "9 left"
    assert model.index(0, PRESENT_COLUMN).data() == "Present"
    assert (
        model.index(0, PRESENT_COLUMN).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    )
    assert view.panel.ui.presentButton.text() == "Not present"  # the selection survived reload
    # the checkable column does the same
    assert model.setData(
        model.index(0, PRESENT_COLUMN), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    assert not model.row_at(0).present and model.row_at(0).left_after == "9 left"


def test_sign_out_removes_the_row_and_returns_the_session(
    qtbot,
    view: ScheduleView,
    studio: StudioFactory,
) -> None:
    member_with_pass(studio, "Peter", "Parker")
    series = studio.series()
    session_id = studio.session_on(TUE, series)
    open_class(qtbot, view, session_id)
    sign_up(qtbot, view, "Peter")
    view.panel.ui.attendeesTable.selectRow(0)
    qtbot.mouseClick(view.panel.ui.signOutButton, Qt.MouseButton.LeftButton)
    assert view.panel.attendees.rowCount() == 0
    assert "0/12" in view.calendar.block_text(session_id)
    sign_up(qtbot, view, "Peter")  # still 10 sessions: signing up again leaves 9
    assert view.panel.attendees.row_at(0).left_after == "9 left"


def test_full_class_offers_the_waitlist_and_sign_out_promotes(
    qtbot,
    view: ScheduleView,
    studio: StudioFactory,
) -> None:
    member_with_pass(studio, "Peter", "Parker")
    member_with_pass(studio, "Mary", "Jane")
    session_id = studio.session_on(TUE, studio.series(capacity=1))
    open_class(qtbot, view, session_id)
    sign_up(qtbot, view, "Peter")
    panel = view.panel
    assert panel.ui.signUpButton.text() == "Add to waitlist"
    assert panel.ui.countLabel.text() == "1 of 1 booked — full"
    sign_up(qtbot, view, "Mary")
    assert [r.member_name for r in panel.waitlist.rows()] == ["Mary Jane"]
    assert panel.ui.waitlistLabel.text() == "Waitlist (1)"
    assert "1/1 +1 waiting" in view.calendar.block_text(session_id)
    qtmodeltester_rows = panel.waitlist.rowCount()
    assert qtmodeltester_rows == 1
    panel.ui.attendeesTable.selectRow(0)
    qtbot.mouseClick(panel.ui.signOutButton, Qt.MouseButton.LeftButton)
    assert [r.member_name for r in panel.attendees.rows()] == ["Mary Jane"]
    assert panel.attendees.row_at(0).left_after == "9 left"
    assert panel.waitlist.rowCount() == 0
    assert panel.ui.waitlistLabel.text() == "Waitlist: nobody waiting"


def test_remove_from_waitlist(qtbot, view: ScheduleView, studio: StudioFactory) -> None:
    member_with_pass(studio, "Peter", "Parker")
    studio.member("Mary", "Jane")
    session_id = studio.session_on(TUE, studio.series(capacity=1))
    open_class(qtbot, view, session_id)
    sign_up(qtbot, view, "Peter")
    sign_up(qtbot, view, "Mary")
    view.panel.ui.waitlistTable.selectRow(0)
    qtbot.mouseClick(view.panel.ui.removeWaitingButton, Qt.MouseButton.LeftButton)
    assert view.panel.waitlist.rowCount() == 0


def test_a_refusal_is_shown_in_words_and_changes_nothing(
    qtbot,
    view: ScheduleView,
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    studio.member("Walter", "White")  # no membership at all
    session_id = studio.session_on(TUE, studio.series())
    open_class(qtbot, view, session_id)
    with qtbot.waitSignal(signals.error) as banner:
        sign_up(qtbot, view, "walter")
    message = view.panel.attendance.last_error
    assert message and banner.args == [message]
    assert view.panel.ui.errorLabel.isVisible()
    assert view.panel.ui.errorLabel.text() == message
    assert view.panel.attendees.rowCount() == 0
    assert "0/12" in view.calendar.block_text(session_id)
    assert view.panel.ui.signUpEdit.text() == "walter"  # kept, to fix and retry


def test_unknown_name_is_refused_inline(qtbot, view: ScheduleView, studio: StudioFactory) -> None:
    open_class(qtbot, view, studio.session_on(TUE, studio.series()))
    sign_up(qtbot, view, "nobody")
    assert view.panel.ui.errorLabel.text() == "No active member matches “nobody”."


def test_pay_with_disables_memberships_that_cannot_pay(
    qtbot,
    view: ScheduleView,
    studio: StudioFactory,
) -> None:
    member_with_pass(studio, "Peter", "Parker", starts_on=date(2027, 1, 1))
    open_class(qtbot, view, studio.session_on(TUE, studio.series()))
    qtbot.keyClicks(view.panel.ui.signUpEdit, "Peter")
    combo = view.panel.ui.payWithCombo
    assert combo.count() == 2
    assert combo.itemText(1) == "10-session pass — can't pay"
    assert not combo.model().item(1).isEnabled()
    assert "not on" in combo.itemData(1, Qt.ItemDataRole.ToolTipRole)


def test_double_click_opens_the_member(
    qtbot,
    view: ScheduleView,
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    member = member_with_pass(studio, "Peter", "Parker")
    open_class(qtbot, view, studio.session_on(TUE, studio.series()))
    sign_up(qtbot, view, "Peter")
    table = view.panel.ui.attendeesTable
    center = table.visualRect(view.panel.attendees.index(0, 0)).center()
    with qtbot.waitSignal(signals.open_member) as opened:  # Qt 6 views want press, then dbl
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert opened.args == [member]


def test_open_sheet_writes_the_pdf(
    qtbot,
    view: ScheduleView,
    studio: StudioFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list = []
    monkeypatch.setattr(panel_module, "open_pdf", lambda path: opened.append(path) or True)
    open_class(qtbot, view, studio.session_on(TUE, studio.series()))
    qtbot.mouseClick(view.panel.ui.openSheetButton, Qt.MouseButton.LeftButton)
    assert opened and opened[0].read_bytes().startswith(b"%PDF")
