"""The real main window end to end: open the week, select a class, sign a member up by typing
a name, sign out, and read the member's user log (SPEC E1/E2 seen through the GUI)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from studio_app.app import build_main_window
from studio_app.gui.views.main_window import MEMBERS_PAGE, SCHEDULE_PAGE, SETTINGS_PAGE
from tests.factories import StudioFactory

LEFT = Qt.MouseButton.LeftButton


def _cell(table, row: int, column: int) -> str:  # noqa: ANN001
    model = table.model()
    return str(model.data(model.index(row, column)))


def test_sign_up_and_out_from_the_week_then_read_the_user_log(qtbot, studio: StudioFactory) -> None:  # noqa: ANN001
    svc = studio.svc
    peter = studio.member("Peter", "Parker")
    svc.memberships.sell(peter, studio.pass_plan(6, months=1), date(2026, 11, 9))
    series = studio.series(weekdays=frozenset({1, 3}))
    window = build_main_window(svc)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.ui.studioNameLabel.text() == "Lotus Yoga"
    assert window.ui.pages.currentIndex() == SCHEDULE_PAGE

    schedule = window.schedule_page
    qtbot.mouseClick(schedule.ui.nextWeekButton, LEFT)
    assert schedule.week_start == date(2026, 12, 7)
    session_id = studio.session_on(date(2026, 12, 8), series)
    qtbot.mouseClick(schedule.calendar, LEFT, pos=schedule.calendar.block_rect(session_id).center())
    panel = schedule.panel
    assert panel.session_id == session_id
    assert "Vinyasa Flow" in panel.ui.titleLabel.text()

    qtbot.keyClicks(panel.ui.signUpEdit, "park")
    qtbot.mouseClick(panel.ui.signUpButton, LEFT)
    attendees = panel.ui.attendeesTable
    assert attendees.model().rowCount() == 1
    row_text = [_cell(attendees, 0, c) for c in range(attendees.model().columnCount())]
    assert "Peter Parker" in row_text and "5 left" in row_text

    attendees.selectRow(0)
    qtbot.mouseClick(panel.ui.signOutButton, LEFT)
    assert attendees.model().rowCount() == 0

    window.ui.navigation.setCurrentRow(MEMBERS_PAGE)
    window.open_member(peter)
    logs = window.members_page.findChild(type(attendees), "logsTable")
    model = logs.model()
    actions = [_cell(logs, r, 2) for r in range(model.rowCount())]
    entries = [_cell(logs, r, 3) for r in range(model.rowCount())]
    staff = {_cell(logs, r, 1) for r in range(model.rowCount())}
    # Newest first.
    assert actions[0].startswith("Signed out of Vinyasa Flow")
    assert actions[1].startswith("Signed up for Vinyasa Flow")
    assert actions[2].startswith("Bought 6-session pass")
    assert actions[3].startswith("Member created")
    assert entries[:3] == ["6", "5", "6"]
    assert staff == {"Olivia Owner"}


def test_a_sign_up_refusal_shows_once_under_the_field_and_changes_nothing(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
) -> None:
    studio.member("Nora", "Nopass")
    series = studio.series()
    window = build_main_window(studio.svc)
    qtbot.addWidget(window)
    window.show()
    session_id = studio.session_on(date(2026, 12, 1), series)
    schedule = window.schedule_page
    qtbot.mouseClick(schedule.calendar, LEFT, pos=schedule.calendar.block_rect(session_id).center())
    qtbot.keyClicks(schedule.panel.ui.signUpEdit, "nora")
    qtbot.mouseClick(schedule.panel.ui.signUpButton, LEFT)
    error = schedule.panel.ui.errorLabel
    assert error.isVisible() and "Nora Nopass has no membership" in error.text()
    assert window.banner_text() == ""  # not repeated at the top of the window
    assert schedule.panel.ui.attendeesTable.model().rowCount() == 0
    assert studio.svc.schedule.session(session_id).booked == 0


def test_card_scan_checks_the_member_in(qtbot, studio: StudioFactory, clock) -> None:  # noqa: ANN001
    from datetime import datetime

    member = studio.member("Carla", "Card", card_code="778899")
    studio.svc.memberships.sell(member, studio.time_plan(), date(2026, 12, 1))
    session_id = studio.session_on(date(2026, 12, 1), studio.series())
    studio.svc.bookings.sign_up(session_id, member)
    clock.advance_to(datetime(2026, 12, 1, 17, 50))
    window = build_main_window(studio.svc)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.ui.cardScanEdit, "778899")
    qtbot.keyClick(window.ui.cardScanEdit, Qt.Key.Key_Return)
    assert "Carla Card is present for Vinyasa Flow" in window.banner_text()
    assert studio.svc.bookings.attendance(session_id).attendees[0].present


def test_navigation_reaches_every_page(qtbot, studio: StudioFactory) -> None:  # noqa: ANN001
    window = build_main_window(studio.svc)
    qtbot.addWidget(window)
    for row, page in (
        (MEMBERS_PAGE, window.members_page),
        (SETTINGS_PAGE, window.settings_page),
        (SCHEDULE_PAGE, window.schedule_page),
    ):
        window.ui.navigation.setCurrentRow(row)
        assert window.ui.pages.currentWidget() is page


def test_member_profile_has_credits_appointments_and_can_pay_tabs(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
) -> None:
    """The profile of a member on a limited plan (SPEC E3's) shows its credits in the window."""
    svc = studio.svc
    ewa = studio.member("Ewa", "Nowak")
    svc.memberships.sell(ewa, studio.limited_plan(), date(2026, 12, 11))
    window = build_main_window(svc)
    qtbot.addWidget(window)
    window.show()
    window.ui.navigation.setCurrentRow(MEMBERS_PAGE)
    members = window.members_page
    qtbot.keyClicks(members.ui.searchEdit, "nowak")
    members.ui.membersTable.selectRow(0)
    profile = members.profile
    tabs = profile.ui.tabs
    # As shown: '&&' in a tab title is a literal '&'.
    titles = [tabs.tabText(i).replace("&&", "&") for i in range(tabs.count())]
    assert titles == [
        "Memberships",
        "Bookings",
        "Credits",
        "Installments & payments",
        "Appointments",
        "Can pay?",
        "User logs",
        "Details",
    ]
    tabs.setCurrentIndex(titles.index("Credits"))
    credits_tab = tabs.currentWidget()
    assert credits_tab.ui.availableValue.text() == "2"


def test_only_the_schedule_is_built_at_start_and_each_page_as_it_first_opens(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
) -> None:
    window = build_main_window(studio.svc)
    qtbot.addWidget(window)
    window.show()
    assert window.built_pages() == [SCHEDULE_PAGE]

    navigation = window.ui.navigation
    members = navigation.visualItemRect(navigation.item(MEMBERS_PAGE)).center()
    qtbot.mouseClick(navigation.viewport(), LEFT, pos=members)
    assert window.built_pages() == [SCHEDULE_PAGE, MEMBERS_PAGE]
    assert window.ui.pages.currentWidget() is window.members_page
