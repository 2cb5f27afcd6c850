"""The attendance panel: sign-up by typing a name, Present, sign-out, waitlist, refusals, and
unpaid visits (enforce billing off) registered at once and paid later."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.appointments import AppointmentController
from studio_app.gui.controllers.attendance import AttendanceController
from studio_app.gui.controllers.schedule import ScheduleController
from studio_app.gui.qtmodels.attendance import PRESENT_COLUMN
from studio_app.gui.views import attendance_panel as panel_module
from studio_app.gui.views.attendance_panel import AUTOMATIC, REGISTER_UNPAID
from studio_app.gui.views.pay_visit_dialog import PayVisitDialog
from studio_app.gui.views.pdf_output import SAVE_AS
from studio_app.gui.views.schedule import ScheduleView
from tests.factories import StudioFactory
from tests.gui.modal import when_modal
from tests.pdf_text import pdf_text

TUE = date(2026, 12, 1)


@pytest.fixture
def view(qtbot, studio: StudioFactory, signals: AppSignals) -> ScheduleView:
    view = ScheduleView(
        ScheduleController(studio.svc, signals),
        AttendanceController(studio.svc, signals),
        AppointmentController(studio.svc, signals),
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
    assert listing.item(0).text() == "Peter Parker — 10-session pass, 10 left"
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
    assert view.panel.ui.suggestionsList.currentItem().text().startswith("Bruce Wayne — ")
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
    member_with_pass(studio, "Mary", "Jane")
    session_id = studio.session_on(TUE, studio.series(capacity=1))
    open_class(qtbot, view, session_id)
    sign_up(qtbot, view, "Peter")
    sign_up(qtbot, view, "Mary")
    view.panel.ui.waitlistTable.selectRow(0)
    qtbot.mouseClick(view.panel.ui.removeWaitingButton, Qt.MouseButton.LeftButton)
    assert view.panel.waitlist.rowCount() == 0


def test_a_refusal_is_shown_once_in_words_under_the_field_and_changes_nothing(
    qtbot,
    view: ScheduleView,
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    studio.member("Walter", "White")  # no membership at all
    session_id = studio.session_on(TUE, studio.series())
    open_class(qtbot, view, session_id)
    with qtbot.assertNotEmitted(signals.error):  # not repeated in the window's message
        sign_up(qtbot, view, "walter")
    message = view.panel.attendance.last_error
    assert message.startswith("Cannot sign up Walter White for Vinyasa Flow on Tue ")
    assert message.endswith(": Walter White has no membership.")
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


def test_a_sheet_no_viewer_opens_is_saved_where_the_desk_chooses(
    qtbot,
    view: ScheduleView,
    studio: StudioFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    session_id = studio.session_on(TUE, studio.series())
    studio.svc.bookings.sign_up(session_id, member_with_pass(studio, "Łukasz", "Żółć"))
    open_class(qtbot, view, session_id)
    monkeypatch.setattr(panel_module, "open_pdf", lambda _path: False)
    suggested: list[str] = []

    def choose(_parent, _title: str, name: str, _filter: str) -> tuple[str, str]:  # noqa: ANN001
        suggested.append(Path(name).name)
        return str(tmp_path / "tonight"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    seen: list[str] = []
    when_modal(answer(SAVE_AS, seen))
    qtbot.mouseClick(view.panel.ui.openSheetButton, Qt.MouseButton.LeftButton)
    assert seen == [f"No PDF viewer could open attendance-{session_id}.pdf."]
    assert suggested == ["Attendance sheet 2026-12-01 18.00.pdf"]
    assert "Łukasz Żółć" in pdf_text(tmp_path / "tonight.pdf")


# ------------------------------------------------------------------------------ unpaid visits
def answer(button_text: str, seen: list[str]) -> Callable[[QWidget], None]:
    def click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    return click


def register_walter_unpaid(qtbot, view: ScheduleView, studio: StudioFactory) -> int:
    studio.svc.studio.set_enforce_billing(False)
    studio.member("Walter", "White")  # no membership at all
    session_id = studio.session_on(TUE, studio.series())
    open_class(qtbot, view, session_id)
    asked: list[str] = []
    when_modal(answer(REGISTER_UNPAID, asked))
    sign_up(qtbot, view, "walter")
    assert "Walter White has no membership" in asked[0]
    assert "Register an unpaid visit for Walter White?" in asked[0]
    return session_id


def test_no_paying_membership_offers_an_unpaid_visit_marked_on_the_list(
    qtbot, qtmodeltester, view: ScheduleView, studio: StudioFactory
) -> None:
    session_id = register_walter_unpaid(qtbot, view, studio)
    panel = view.panel
    model = panel.attendees
    assert [(r.member_name, r.membership, r.left_after) for r in model.rows()] == [
        ("Walter White", "Unpaid visit", "to pay")
    ]
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    assert model.index(0, 2).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert panel.ui.countLabel.text() == "1 of 12 booked"  # the unpaid visit takes a place
    assert "1/12" in view.calendar.block_text(session_id)
    assert panel.ui.errorLabel.isHidden() and panel.ui.signUpEdit.text() == ""
    assert panel.ui.payVisitButton.isVisible() and not panel.ui.payVisitButton.isEnabled()
    qtmodeltester.check(model)


def test_declining_the_unpaid_visit_changes_nothing(
    qtbot, view: ScheduleView, studio: StudioFactory
) -> None:
    studio.svc.studio.set_enforce_billing(False)
    studio.member("Walter", "White")
    open_class(qtbot, view, studio.session_on(TUE, studio.series()))
    asked: list[str] = []
    when_modal(answer("Cancel", asked))
    sign_up(qtbot, view, "walter")
    assert asked and view.panel.attendees.rowCount() == 0
    assert view.panel.ui.errorLabel.isHidden()  # the question showed the refusal: once
    suggestion = view.panel.ui.suggestionsList.currentItem().text()
    assert suggestion == "Walter White — cannot pay: no membership"
    assert not view.panel.ui.payVisitButton.isVisible()


def test_pay_visit_with_a_drop_in_shows_the_row_paid(
    qtbot, view: ScheduleView, studio: StudioFactory
) -> None:
    register_walter_unpaid(qtbot, view, studio)
    panel = view.panel
    panel.ui.attendeesTable.selectRow(0)
    assert panel.ui.payVisitButton.isEnabled()
    shown: list[str] = []

    def pay_cash(dialog: QWidget) -> None:
        assert isinstance(dialog, PayVisitDialog)
        ui = dialog.ui
        shown.extend([ui.memberLabel.text(), ui.classLabel.text(), ui.reasonLabel.text()])
        assert ui.dropInRadio.isChecked() and not ui.membershipRadio.isEnabled()
        qtbot.keyClicks(ui.priceEdit, "15,00")
        assert ui.methodCombo.currentText() == "Cash"
        qtbot.mouseClick(ui.payButton, Qt.MouseButton.LeftButton)

    when_modal(pay_cash)
    qtbot.mouseClick(panel.ui.payVisitButton, Qt.MouseButton.LeftButton)
    assert shown == [
        "Pay Walter White's unpaid visit",
        "Vinyasa Flow · Tue 1 Dec 2026, 18:00–19:00",
        "Walter White has no membership.",
    ]
    row = panel.attendees.row_at(0)
    assert (row.membership, row.left_after, row.unpaid) == ("Drop-in 15.00 (cash)", "", False)
    assert panel.attendees.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert not panel.ui.payVisitButton.isVisible()


def test_pay_visit_with_a_membership_lists_who_can_pay_and_shows_refusals(
    qtbot, view: ScheduleView, studio: StudioFactory
) -> None:
    register_walter_unpaid(qtbot, view, studio)
    walter = view.panel.attendees.row_at(0).member_id
    studio.svc.memberships.sell(
        walter, studio.pass_plan(5, name="Next year pass"), date(2027, 1, 1)
    )
    studio.svc.memberships.sell(walter, studio.pass_plan(10), TUE)
    panel = view.panel
    panel.ui.attendeesTable.selectRow(0)
    dialog = panel.pay_visit_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    ui = dialog.ui
    combo = ui.membershipCombo
    assert ui.membershipRadio.isChecked()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "10-session pass — can pay",
        "Next year pass — can't pay",
    ]
    assert not combo.model().item(1).isEnabled()
    assert "not on 1 Dec 2026" in combo.itemData(1, Qt.ItemDataRole.ToolTipRole)
    assert ui.reasonLabel.text() == "10-session pass can pay for this class."
    assert not ui.priceEdit.isEnabled()
    qtbot.mouseClick(ui.dropInRadio, Qt.MouseButton.LeftButton)  # a price that is no number
    qtbot.keyClicks(ui.priceEdit, "fifteen")
    qtbot.mouseClick(ui.payButton, Qt.MouseButton.LeftButton)
    assert ui.errorLabel.text() == "Price 'fifteen' is not a number."
    assert dialog.result() == 0 and panel.attendees.row_at(0).unpaid
    qtbot.mouseClick(ui.membershipRadio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.payButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    row = panel.attendees.row_at(0)
    assert (row.membership, row.left_after, row.unpaid) == ("10-session pass", "9 left", False)


def test_a_visit_paid_at_another_desk_is_refused_in_the_dialog(
    qtbot, view: ScheduleView, studio: StudioFactory
) -> None:
    register_walter_unpaid(qtbot, view, studio)
    panel = view.panel
    panel.ui.attendeesTable.selectRow(0)
    dialog = panel.pay_visit_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    booking = panel.attendees.row_at(0).booking_id
    studio.svc.bookings.pay_visit_drop_in(booking, 1200, "card")  # another desk was quicker
    qtbot.keyClicks(dialog.ui.priceEdit, "15")
    qtbot.mouseClick(dialog.ui.payButton, Qt.MouseButton.LeftButton)
    assert "is already paid" in dialog.ui.errorLabel.text()
    assert dialog.result() == 0
    panel.reload()
    assert panel.attendees.row_at(0).membership == "Drop-in 12.00 (card)"
