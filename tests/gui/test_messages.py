"""The window's messages float over the page (issue 14): showing or hiding one never moves a
widget, so a click lands where it was aimed; each kind has its colour (a refusal red, a success
with a problem amber, a success green); once gone, clicks reach the page under it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from studio_app.gui.views import main_window
from studio_app.gui.views.main_window import MEMBERS_PAGE, MainWindow
from studio_app.gui.views.message_overlay import COLOURS, MessageKind
from tests.factories import StudioFactory
from tests.gui.windows import open_window

LEFT = Qt.MouseButton.LeftButton
TUE = date(2026, 12, 1)
LONG = "Power Yoga on Tue 08 Dec 2026 18:00 is full: 18 of 18 places are booked. " * 3


def positions(window: MainWindow) -> dict[str, QPoint]:
    """Where the widgets a clerk aims at are, in window coordinates."""
    schedule, members = window.schedule_page, window.members_page
    widgets = {
        "previous week": schedule.ui.previousWeekButton,
        "calendar": schedule.calendar,
        "attendees": schedule.panel.ui.attendeesTable,
        "members table": members.ui.membersTable,
        "pages": window.ui.pages,
    }
    return {name: w.mapTo(window, QPoint(0, 0)) for name, w in widgets.items()}


def test_a_message_floats_over_the_page_and_moves_nothing(qtbot, studio: StudioFactory) -> None:  # noqa: ANN001
    window = open_window(qtbot, studio.svc)
    before = positions(window)
    overlay = window.ui.messageOverlay
    window.session.signals.error.emit(LONG)
    assert overlay.isVisible() and window.banner_text() == LONG
    assert positions(window) == before
    pages = window.ui.pages.geometry()
    assert pages.contains(overlay.geometry()) and overlay.geometry().top() < pages.top() + 10
    assert overlay.height() > 2 * window.ui.messageLabel.fontMetrics().height()  # wrapped
    aimed = overlay.geometry().center()
    assert window.childAt(aimed) in (overlay, window.ui.messageLabel)  # raised over the page

    window.resize(1100, 700)  # follows the window's size
    assert window.ui.pages.geometry().contains(overlay.geometry())
    qtbot.mouseClick(window.ui.messageCloseButton, LEFT)
    assert not overlay.isVisible() and window.banner_text() == ""
    window.resize(1280, 800)
    assert positions(window) == before

    window.ui.navigation.setCurrentRow(MEMBERS_PAGE)
    before = positions(window)
    window.session.signals.info.emit("Saved.")
    assert positions(window) == before


@pytest.mark.parametrize("kind", list(MessageKind))
def test_each_kind_of_message_has_its_colour(qtbot, studio: StudioFactory, kind) -> None:  # noqa: ANN001
    window = open_window(qtbot, studio.svc)
    getattr(window.session.signals, kind.value).emit("Zoë Nowak: a message")
    image = window.ui.messageOverlay.grab().toImage()
    inside = QColor(image.pixel(6, image.height() // 2))  # within the border, left of the text
    assert inside.name() == COLOURS[kind].background
    assert window.messages.kind() == kind
    red, green, blue = inside.red(), inside.green(), inside.blue()
    if kind == MessageKind.ERROR:
        assert red > green and red > blue
    elif kind == MessageKind.WARNING:
        assert red > green > blue  # amber
    else:
        assert green > red and green > blue


def test_a_waiting_member_who_could_not_be_promoted_is_a_warning(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
) -> None:
    svc = studio.svc
    session_id = studio.session_on(TUE, studio.series(capacity=1))
    zoe = studio.member("Zoë", "Nowak")
    svc.memberships.sell(zoe, studio.pass_plan(), TUE)
    svc.bookings.sign_up(session_id, zoe)
    svc.bookings.join_waitlist(session_id, studio.member("Łukasz", "Żółć"))  # cannot pay
    window = open_window(qtbot, svc)
    calendar, panel = window.schedule_page.calendar, window.schedule_page.panel
    qtbot.mouseClick(calendar, LEFT, pos=calendar.block_rect(session_id).center())
    panel.ui.attendeesTable.selectRow(0)
    qtbot.mouseClick(panel.ui.signOutButton, LEFT)
    assert panel.attendees.rowCount() == 0  # the sign-out stands
    assert window.messages.kind() == MessageKind.WARNING
    assert "Łukasz Żółć could not be promoted" in window.banner_text()


def test_once_gone_a_click_reaches_the_page_under_it(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    monkeypatch,  # noqa: ANN001
) -> None:
    monkeypatch.setattr(main_window, "BANNER_SECONDS", 0.05)
    window = open_window(qtbot, studio.svc)
    window.ui.navigation.setCurrentRow(MEMBERS_PAGE)
    search, table = window.members_page.ui.searchEdit, window.members_page.ui.membersTable
    table.setFocus()
    window.session.signals.info.emit("Renewals: 2 installments issued automatically.")
    overlay = window.ui.messageOverlay.geometry()
    aimed = search.mapTo(window, search.rect().center())
    aimed.setX(overlay.left() + 20)  # the search's part under the message
    assert window.childAt(aimed) in (window.ui.messageOverlay, window.ui.messageLabel)
    qtbot.waitUntil(lambda: not window.ui.messageOverlay.isVisible())
    assert window.childAt(aimed) is search
    qtbot.mouseClick(search, LEFT, pos=search.mapFrom(window, aimed))
    assert search.hasFocus()
