"""The attendance panel's room in a 1366×768 main window: twelve attendee rows visible, the
waitlist and its note below them uncut, and the splitter between the calendar and the panel
where the desk left it, in the next window too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QTableView

from studio_app.app import build_main_window
from studio_app.gui.launch import apply_style
from studio_app.gui.views.main_window import MainWindow
from tests.factories import StudioFactory

TUE = date(2026, 12, 1)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def house_style(qapp: QApplication) -> Iterator[None]:
    """The app's stylesheet, as the desk sees it (its paddings take room); removed after."""
    before = qapp.styleSheet()
    apply_style(qapp)
    yield
    qapp.setStyleSheet(before)


def laptop_window(qtbot, studio: StudioFactory, settings: QSettings) -> MainWindow:  # noqa: ANN001
    window = build_main_window(studio.svc, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def fully_shown_rows(table: QTableView) -> int:
    """How many rows lie wholly inside the table's viewport."""
    height = table.viewport().height()
    return sum(
        table.rowViewportPosition(r) >= 0
        and table.rowViewportPosition(r) + table.rowHeight(r) <= height
        for r in range(table.model().rowCount())
    )


def full_class_with_a_note(studio: StudioFactory) -> int:
    """A class of 12, full, whose first waiting member (no membership) was passed over."""
    svc = studio.svc
    session_id = studio.session_on(TUE, studio.series(capacity=12))
    plan = studio.time_plan()
    bookings = []
    for n in range(13):
        member = studio.member("Zoë", f"Member {n:02}")
        svc.memberships.sell(member, plan, TUE)
        if n < 12:
            bookings.append(svc.bookings.sign_up(session_id, member).value)
    svc.bookings.join_waitlist(session_id, studio.member("Łukasz", "Żółć"))
    svc.bookings.sign_out(bookings[0])  # Łukasz cannot pay: passed over, with the reason noted
    svc.bookings.sign_up(session_id, member)
    return session_id


@pytest.mark.usefixtures("house_style")
def test_twelve_attendees_and_the_whole_waitlist_note_show_at_1366_by_768(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    tmp_path: Path,
) -> None:
    session_id = full_class_with_a_note(studio)
    window = laptop_window(
        qtbot, studio, QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    )
    schedule = window.schedule_page
    qtbot.mouseClick(schedule.calendar, LEFT, pos=schedule.calendar.block_rect(session_id).center())
    panel = schedule.panel
    attendees, waitlist = panel.ui.attendeesTable, panel.ui.waitlistTable
    assert panel.attendees.rowCount() == 12 and panel.ui.countLabel.text().startswith("12 of 12")
    assert attendees.rowHeight(0) * 12 <= attendees.viewport().height()
    assert fully_shown_rows(attendees) == 12
    [waiting] = panel.waitlist.rows()
    assert waiting.note.startswith("Not promoted: Cannot sign up Łukasz Żółć")
    assert waitlist.isVisible() and not waitlist.horizontalScrollBar().isVisible()
    assert fully_shown_rows(waitlist) == 1  # the wrapped note, whole, no scrollbar over it
    assert waitlist.rowHeight(0) > 2 * waitlist.fontMetrics().height()  # wrapped, not cut
    below = panel.ui.openSheetButton.mapTo(panel, QPoint(0, 0)).y()
    assert waitlist.mapTo(panel, QPoint(0, waitlist.height())).y() <= below


def test_the_splitter_stays_where_the_desk_left_it_in_the_next_window(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    tmp_path: Path,
) -> None:
    ini = str(tmp_path / "desk.ini")
    window = laptop_window(qtbot, studio, QSettings(ini, QSettings.Format.IniFormat))
    splitter = window.schedule_page.ui.splitter
    calendar, panel = splitter.sizes()
    handle = splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, LEFT, pos=middle)
    qtbot.mouseMove(handle, middle - QPoint(120, 0))
    qtbot.mouseRelease(handle, LEFT, pos=middle - QPoint(120, 0))
    assert splitter.sizes() == [calendar - 120, panel + 120]
    window.close()

    again = laptop_window(qtbot, studio, QSettings(ini, QSettings.Format.IniFormat))
    assert again.schedule_page.ui.splitter.sizes() == [calendar - 120, panel + 120]
