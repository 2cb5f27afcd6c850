"""The sign-up field's suggestions say who can pay for the class before Enter, and a member no
membership can pay for joins a full class's waitlist only after a warning that says what the
promotion will do."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from studio_app.gui.views.schedule import ScheduleView
from studio_app.gui.views.sign_up_questions import ADD_TO_WAITLIST
from tests.factories import StudioFactory
from tests.gui import test_attendance_panel as panel_tests
from tests.gui.modal import press, when_modal

TUE = date(2026, 12, 1)
view = panel_tests.view  # the attendance panel's fixture: a Schedule page over the studio
open_class = panel_tests.open_class


def suggestions(view: ScheduleView) -> dict[str, tuple[str, bool]]:
    """Each suggestion's text by member name, and whether it is greyed."""
    listing = view.panel.ui.suggestionsList
    grey = listing.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    shown = {}
    for row in range(listing.count()):
        item = listing.item(row)
        greyed = item.foreground().style() != Qt.BrushStyle.NoBrush
        assert not greyed or item.foreground().color() == grey
        shown[item.text().split(" — ")[0]] = (item.text(), greyed)
    return shown


def test_each_suggestion_says_what_would_pay_or_why_nothing_can(
    qtbot,  # noqa: ANN001
    view: ScheduleView,
    studio: StudioFactory,
) -> None:
    svc = studio.svc
    zoe, ola = studio.member("Zoë", "Żak"), studio.member("Ola", "Żuk")
    svc.memberships.sell(zoe, studio.pass_plan(10), TUE)
    svc.memberships.sell(ola, studio.time_plan(), TUE)
    lukasz = studio.member("Łukasz", "Żółć")
    svc.memberships.sell(lukasz, studio.pass_plan(5, name="January pass"), date(2027, 1, 4))
    open_class(qtbot, view, studio.session_on(TUE, studio.series()))
    qtbot.keyClicks(view.panel.ui.signUpEdit, "a")  # all three: QTest types Latin-1 only
    shown = suggestions(view)
    cannot, greyed_out = shown.pop("Łukasz Żółć")
    assert shown == {
        "Zoë Żak": ("Zoë Żak — 10-session pass, 10 left", False),
        "Ola Żuk": ("Ola Żuk — Monthly unlimited, until 31 Dec", False),
    }
    assert greyed_out and cannot.startswith(
        "Łukasz Żółć — cannot pay: 'January pass' is valid 4 Jan"
    )
    assert cannot.endswith("2027, not on 1 Dec 2026")  # the sign-up's own words
    listing = view.panel.ui.suggestionsList
    [greyed] = [
        listing.item(r) for r in range(listing.count()) if "cannot" in listing.item(r).text()
    ]
    assert greyed.toolTip() == greyed.text()  # the whole line, should the list be narrow


def test_a_waitlist_for_someone_who_cannot_pay_asks_first_and_says_what_promotion_does(
    qtbot,  # noqa: ANN001
    view: ScheduleView,
    studio: StudioFactory,
) -> None:
    svc = studio.svc
    zoe = studio.member("Zoë", "Martin")
    svc.memberships.sell(zoe, studio.pass_plan(10), TUE)
    session_id = studio.session_on(TUE, studio.series(capacity=1))
    booking = svc.bookings.sign_up(session_id, zoe).value
    studio.member("Łukasz", "Żółć")  # no membership at all
    open_class(qtbot, view, session_id)
    panel = view.panel
    assert panel.ui.signUpButton.text() == "Add to waitlist"
    qtbot.keyClicks(panel.ui.signUpEdit, "ukasz")
    asked: list[str] = []
    when_modal(press("Cancel", asked))
    qtbot.keyClick(panel.ui.signUpEdit, Qt.Key.Key_Return)
    assert asked == [
        "Łukasz Żółć has no membership that can pay for this class (no membership).\n\n"
        "Add Łukasz Żółć to the waitlist anyway? When a place frees up, the waitlist promotion "
        "passes over Łukasz Żółć while no membership can pay (the reason is noted on the "
        "waitlist; no unpaid visit is registered) and offers the place to the next member "
        "waiting. If a membership can pay when their turn comes, Łukasz Żółć is signed up and "
        "charged as usual."
    ]
    assert panel.waitlist.rowCount() == 0 and panel.ui.errorLabel.isHidden()
    when_modal(press(ADD_TO_WAITLIST))
    qtbot.mouseClick(panel.ui.signUpButton, Qt.MouseButton.LeftButton)
    assert [r.member_name for r in panel.waitlist.rows()] == ["Łukasz Żółć"]
    svc.bookings.sign_out(booking)  # a place frees up: Łukasz is passed over, as the warning said
    panel.reload()
    [waiting] = panel.waitlist.rows()
    assert waiting.note.startswith("Not promoted: Cannot sign up Łukasz Żółć")
    assert panel.attendees.rowCount() == 0
