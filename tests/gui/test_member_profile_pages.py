"""The profile's booking history and user log show their newest 50 rows; "Show more" beneath
adds the next 50 and says how many are shown (issue 15). Opening a member reads the profile in
one unit of work of a bounded number of queries, whatever the member's history; the other tabs
read the member when they are opened."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.views.member_profile import BOOKINGS_TAB, MEMBERSHIPS_TAB
from studio_app.gui.views.members import MembersView
from studio_app.services.profiles import PAGE_SIZE
from tests.factories import StudioFactory
from tests.gui.members_page import members_page
from tests.long_history import member_with_long_history
from tests.query_count import QueryCount

_LEFT = Qt.MouseButton.LeftButton
#: What opening a member may read, in one unit of work: BEGIN, the member, the studio's money
#: format, memberships, their installments, their credits, holds, which bookings are active
#: signups and which history, the rows of those shown, the newest page of the user log, and the
#: drop-in payments among the bookings shown.
MAX_QUERIES_PER_OPEN = 11


@pytest.fixture
def lena(studio: StudioFactory) -> int:
    return member_with_long_history(studio, rounds=PAGE_SIZE + 5)


@pytest.fixture
def page(qtbot, studio: StudioFactory, signals: AppSignals) -> MembersView:  # noqa: ANN001
    view = members_page(studio.svc, signals)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    return view


def test_show_more_adds_the_older_bookings_until_all_are_shown(
    qtbot,  # noqa: ANN001
    page: MembersView,
    lena: int,
) -> None:
    page.show_member(lena)
    profile, ui = page.profile, page.profile.ui
    ui.tabs.setCurrentIndex(BOOKINGS_TAB)
    assert profile.history_model.rowCount() == 50
    assert ui.historyLabel.text() == "History (55)"
    assert ui.historyShownLabel.text() == "Showing 50 of 55"
    assert ui.historyMoreButton.isVisible()

    qtbot.mouseClick(ui.historyMoreButton, _LEFT)

    assert profile.history_model.rowCount() == 55
    assert ui.historyShownLabel.text() == "Showing all 55"
    assert not ui.historyMoreButton.isVisible()
    ids = [row.id for row in profile.history_model.rows()]
    assert len(set(ids)) == 55 and ids == sorted(ids, reverse=True)  # newest first, each once


def test_show_more_pages_through_the_user_log(
    qtbot,  # noqa: ANN001
    page: MembersView,
    lena: int,
) -> None:
    page.show_member(lena)
    profile, ui = page.profile, page.profile.ui
    ui.tabs.setCurrentWidget(ui.logsTab)
    model = profile.logs_model
    assert model.rowCount() == 50
    assert ui.logsShownLabel.text() == "Showing 50 of 112"

    qtbot.mouseClick(ui.logsMoreButton, _LEFT)
    assert model.rowCount() == 100
    assert ui.logsShownLabel.text() == "Showing 100 of 112"
    assert ui.logsMoreButton.isVisible()

    qtbot.mouseClick(ui.logsMoreButton, _LEFT)
    assert model.rowCount() == 112
    assert ui.logsShownLabel.text() == "Showing all 112"
    assert not ui.logsMoreButton.isVisible()
    assert model.index(111, 2).data() == "Member created"  # the oldest line comes last


def test_a_reload_keeps_the_lines_shown_and_the_newest_comes_first(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
    page: MembersView,
    lena: int,
) -> None:
    page.show_member(lena)
    ui = page.profile.ui
    ui.tabs.setCurrentWidget(ui.logsTab)
    qtbot.mouseClick(ui.logsMoreButton, _LEFT)
    session = page.profile.history_model.row_at(0).session_id
    signals.changed.emit(studio.svc.bookings.sign_up(session, lena).changes)  # another desk

    model = page.profile.logs_model
    assert model.rowCount() == 100
    assert model.index(0, 2).data().startswith("Signed up for Vinyasa Flow")
    assert ui.logsShownLabel.text() == "Showing 100 of 113"


def test_a_short_history_shows_no_button_and_another_member_starts_at_the_newest(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    page: MembersView,
    lena: int,
) -> None:
    peter = studio.member("Peter", "Parker")
    page.show_member(lena)
    ui = page.profile.ui
    ui.tabs.setCurrentIndex(BOOKINGS_TAB)
    qtbot.mouseClick(ui.historyMoreButton, _LEFT)

    page.show_member(peter)
    assert ui.tabs.currentIndex() == MEMBERSHIPS_TAB
    ui.tabs.setCurrentIndex(BOOKINGS_TAB)
    assert page.profile.history_model.rowCount() == 0
    assert ui.historyMoreButton.isHidden() and ui.historyShownLabel.isHidden()
    ui.tabs.setCurrentWidget(ui.logsTab)
    assert page.profile.logs_model.rowCount() == 1  # "Member created"
    assert ui.logsMoreButton.isHidden() and ui.logsShownLabel.isHidden()

    page.show_member(lena)
    assert page.profile.history_model.rowCount() == 50


def test_opening_a_member_is_one_unit_of_work_whatever_the_history(
    studio: StudioFactory, page: MembersView, lena: int
) -> None:
    """More memberships, installments, holds, bookings or log lines add no query."""
    svc = studio.svc
    peter = studio.member("Peter", "Parker")
    svc.memberships.sell(peter, studio.pass_plan(10), date(2026, 12, 1))
    svc.bookings.sign_up(studio.session_on(date(2026, 12, 8), studio.series()), peter)
    svc.memberships.sell(lena, studio.time_plan(), date(2026, 12, 1))
    svc.memberships.sell(lena, studio.contract_plan("Open monthly"), date(2026, 12, 1))
    with QueryCount(svc) as short:
        page.show_member(peter)
    with QueryCount(svc) as long:
        page.show_member(lena)
    assert short.units_of_work == long.units_of_work == 1
    assert short.count == long.count <= MAX_QUERIES_PER_OPEN
    assert len(page.profile.current.memberships) == 3  # type: ignore[union-attr]


def test_the_other_tabs_read_the_member_when_opened_once_each(
    studio: StudioFactory, signals: AppSignals, page: MembersView, lena: int
) -> None:
    svc = studio.svc
    peter = studio.member("Peter", "Parker")
    profile = page.profile
    tabs = profile.ui.tabs
    page.show_member(peter)
    for tab in profile.extra_tabs:  # the day's classes of "Can pay?" are read once, here
        tabs.setCurrentWidget(tab)  # type: ignore[arg-type]
    page.show_member(lena)
    for tab in profile.extra_tabs:
        with QueryCount(svc) as opened:
            tabs.setCurrentWidget(tab)  # type: ignore[arg-type]
        assert opened.units_of_work == 1, tabs.tabText(tabs.currentIndex())
        assert tab.member_id == lena  # type: ignore[attr-defined]
        with QueryCount(svc) as again:
            tabs.setCurrentIndex(MEMBERSHIPS_TAB)
            tabs.setCurrentWidget(tab)  # type: ignore[arg-type]
        assert again.count == 0  # still showing Lena: it follows changes by itself

    page.show_member(peter)  # the tabs left behind are emptied, not read for Peter
    assert all(tab.member_id is None for tab in profile.extra_tabs)  # type: ignore[attr-defined]
    signed_up = svc.bookings.sign_up(studio.session_on(date(2026, 12, 8)), lena)  # another desk
    with QueryCount(svc) as changed:
        signals.changed.emit(signed_up.changes)
    # Peter's profile and the members list read again; no tab reads Lena's credits,
    # installments, payments, appointments or classes.
    tab_reads = ("SELECT credit_lots", "SELECT ledger_entries", "SELECT installments")
    tab_reads += ("SELECT payments", "SELECT class_sessions")
    assert changed.statements and not [s for s in changed.statements if s.startswith(tab_reads)]
