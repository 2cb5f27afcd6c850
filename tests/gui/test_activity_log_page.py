"""Settings → Activity log driven by clicks and typing over a real temporary database: the
studio's whole user log newest first, narrowed by days, staff member and words, a page at a
time; only accounts with the staff privilege see it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QTabWidget

from studio_app.app import build_main_window
from studio_app.domain.clock import FixedClock
from studio_app.domain.formats import stored_moment_text
from studio_app.domain.privileges import Privilege, Role
from studio_app.gui.controllers.activity_log import ActivityLogController
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.settings import SettingsController
from studio_app.gui.qtmodels.activity_log import MEMBER, STAFF, WHAT, WHEN
from studio_app.gui.views.main_window import SETTINGS_PAGE
from studio_app.gui.views.settings.activity_log_page import EVERYONE, ActivityLogPage
from studio_app.services.activity_log import PAGE_SIZE
from tests.factories import OWNER_PASSWORD, StudioFactory

LEFT = Qt.MouseButton.LeftButton
ACTIVITY_LOG = "Activity log"
ANNA_CREATED = "Staff account Anna Nowak created: user name anna, Front desk, privileges reports"
ANNA_BILLING = "Staff account Anna Nowak: privileges reports → billing, reports"


def make_page(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
    page_size: int = PAGE_SIZE,
) -> ActivityLogPage:
    controller = ActivityLogController(studio.svc, signals)
    controller.page_size = page_size
    page = ActivityLogPage(controller)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown(page: ActivityLogPage) -> list[tuple[str, str, str]]:
    """(staff, member, what) of each line of the table, top to bottom."""
    model = page.model
    return [
        tuple(model.data(model.index(row, column)) for column in (STAFF, MEMBER, WHAT))
        for row in range(model.rowCount())
    ]


def anna_account(studio: StudioFactory) -> int:
    """A front-desk account for Anna Nowak, then given billing: two lines with no member."""
    return studio.front_desk(
        "anna", "Anna Nowak", frozenset({Privilege.BILLING, Privilege.REPORTS})
    )


def type_text(edit: QLineEdit, text: str) -> None:
    """Type ``text`` key by key, letters beyond ASCII too, as a Polish keyboard sends them
    (QTest.keyClicks takes ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def activity_tab(tabs: QTabWidget) -> int:
    return next(i for i in range(tabs.count()) if tabs.tabText(i) == ACTIVITY_LOG)


def test_the_owner_reads_a_staff_account_change_under_settings(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
) -> None:
    anna_account(studio)
    window = build_main_window(studio.svc)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.ui.navigation.setCurrentRow(SETTINGS_PAGE)
    settings = window.settings_page
    tabs = settings.ui.tabs
    index = activity_tab(tabs)
    assert tabs.isTabVisible(index)

    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    page = settings.activity_page
    assert isinstance(page, ActivityLogPage) and page.isVisible()
    assert shown(page) == [("Olivia Owner", "", ANNA_BILLING), ("Olivia Owner", "", ANNA_CREATED)]
    model = page.model
    when = model.data(model.index(0, WHEN))
    assert when == stored_moment_text(datetime(2026, 12, 1, 9, 0))  # in the desk's time zone
    assert when.startswith("1 Dec 2026 ")  # as every date reads, never 2026-12-01
    assert page.ui.fromEdit.date() == QDate(2026, 11, 2)  # the last 30 days
    assert page.ui.fromEdit.text() == "2 Nov 2026"  # as every date reads, never 2026-11-02
    assert page.ui.toEdit.date() == QDate(2026, 12, 1)
    assert page.ui.countLabel.text() == "2 lines shown: all of these days."
    assert not page.ui.olderButton.isVisible()
    assert not page.ui.emptyLabel.isVisible()


def test_the_front_desk_does_not_see_the_page(qtbot, studio: StudioFactory) -> None:  # noqa: ANN001
    studio.front_desk()
    studio.log_in("desk")
    window = build_main_window(studio.svc)
    qtbot.addWidget(window)
    window.show()
    window.ui.navigation.setCurrentRow(SETTINGS_PAGE)
    tabs = window.settings_page.ui.tabs
    visible = [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    assert ACTIVITY_LOG not in visible
    assert "Backups" in visible
    assert window.settings_page.activity_page.model.rowCount() == 0  # never read


def test_typing_words_narrows_the_lines(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
    qtmodeltester,  # noqa: ANN001
) -> None:
    svc = studio.svc
    anna_account(studio)
    studio.member("Łukasz", "Żółć", email="lukasz@example.pl")
    plan = studio.time_plan(name="Monthly")
    row = next(p for p in svc.plans.list_plans() if p.id == plan)
    svc.plans.update(plan, replace(row.as_input(), price_cents=16000))
    page = make_page(qtbot, studio, signals)
    qtmodeltester.check(page.model)
    assert len(shown(page)) == 5

    qtbot.keyClicks(page.ui.searchEdit, "anna billing")
    assert shown(page) == [("Olivia Owner", "", ANNA_BILLING)]
    assert page.ui.countLabel.text() == "1 line shown: all of these days."

    page.ui.searchEdit.clear()
    type_text(page.ui.searchEdit, "żółć")
    assert page.ui.searchEdit.text() == "żółć"
    assert shown(page) == [("Olivia Owner", "Łukasz Żółć", "Member created")]

    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, "monthly price 160.00")
    assert shown(page) == [("Olivia Owner", "", "Plan 'Monthly': price 120.00 → 160.00")]

    qtbot.keyClicks(page.ui.searchEdit, " nowhere")
    assert shown(page) == []
    assert page.ui.emptyLabel.isVisible()
    assert not page.ui.countLabel.isVisible()

    page.ui.searchEdit.clear()
    assert len(shown(page)) == 5


def test_choosing_a_staff_member_shows_only_their_lines(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    svc = studio.svc
    anna_account(studio)
    zoe = studio.front_desk("zoe", "Zoë Zielińska")
    studio.log_in("zoe")
    studio.member("Łukasz", "Żółć")
    studio.log_in("owner", OWNER_PASSWORD)
    svc.staff.set_active(zoe, False)
    page = make_page(qtbot, studio, signals)
    combo = page.ui.staffCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        EVERYONE,
        "Anna Nowak",
        "Olivia Owner",
        "Zoë Zielińska (deactivated)",
    ]

    combo.setCurrentIndex(combo.findText("Zoë Zielińska (deactivated)"))
    assert shown(page) == [("Zoë Zielińska", "Łukasz Żółć", "Member created")]
    combo.setCurrentIndex(combo.findText("Olivia Owner"))
    assert [what for _, _, what in shown(page)] == [
        "Staff account Zoë Zielińska deactivated",
        "Staff account Zoë Zielińska created: user name zoe, Front desk, privileges reports",
        ANNA_BILLING,
        ANNA_CREATED,
    ]
    combo.setCurrentIndex(combo.findText(EVERYONE))
    assert len(shown(page)) == 5


def test_earlier_days_show_older_lines(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
    clock: FixedClock,
) -> None:
    clock.advance_to(datetime(2026, 10, 15, 12, 0))
    studio.member("Zoë", "Old")
    clock.advance_to(datetime(2026, 12, 1, 9, 0))
    anna_account(studio)
    page = make_page(qtbot, studio, signals)
    assert [member for _, member, _ in shown(page)] == ["", ""]

    page.ui.fromEdit.setDate(QDate(2026, 10, 1))
    assert shown(page)[-1] == ("Olivia Owner", "Zoë Old", "Member created")

    page.ui.toEdit.setDate(QDate(2026, 10, 15))
    assert shown(page) == [("Olivia Owner", "Zoë Old", "Member created")]

    page.ui.fromEdit.setDate(QDate(2026, 11, 1))  # after the last day: it moves along
    assert page.ui.toEdit.date() == QDate(2026, 11, 1)
    assert shown(page) == []
    assert page.ui.emptyLabel.isVisible()


def test_the_last_30_days_move_on_after_midnight_unless_other_days_were_chosen(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
    clock: FixedClock,
) -> None:
    page = make_page(qtbot, studio, signals)
    clock.advance_to(datetime(2026, 12, 2, 8, 0))
    anna_account(studio)
    page.hide()
    page.show()  # the desk comes back to the page the next morning
    assert (page.ui.fromEdit.date(), page.ui.toEdit.date()) == (
        QDate(2026, 11, 3),
        QDate(2026, 12, 2),
    )
    assert shown(page) == [("Olivia Owner", "", ANNA_BILLING), ("Olivia Owner", "", ANNA_CREATED)]

    page.ui.toEdit.setDate(QDate(2026, 12, 1))
    assert shown(page) == []
    clock.advance_to(datetime(2026, 12, 3, 8, 0))
    page.hide()
    page.show()
    assert page.ui.toEdit.date() == QDate(2026, 12, 1)  # chosen: it stays


def test_show_older_adds_the_next_page_below(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    for first in ("Ada", "Bea", "Cleo", "Dora", "Ewa"):
        studio.member(first, "Nowak")
    page = make_page(qtbot, studio, signals, page_size=2)
    members = [member for _, member, _ in shown(page)]
    assert members == ["Ewa Nowak", "Dora Nowak"]
    assert page.ui.countLabel.text() == "2 lines shown, newest first; older ones follow."

    qtbot.mouseClick(page.ui.olderButton, LEFT)
    qtbot.mouseClick(page.ui.olderButton, LEFT)
    assert [member for _, member, _ in shown(page)] == [
        "Ewa Nowak",
        "Dora Nowak",
        "Cleo Nowak",
        "Bea Nowak",
        "Ada Nowak",
    ]
    assert not page.ui.olderButton.isVisible()
    assert page.ui.countLabel.text() == "5 lines shown: all of these days."


def test_a_change_made_at_this_desk_appears_at_once(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    page = make_page(qtbot, studio, signals)
    assert shown(page) == []
    SettingsController(studio.svc, signals).create_staff(
        "anna", "Anna Nowak", Role.FRONT_DESK, "desk-secret"
    )
    assert shown(page) == [("Olivia Owner", "", ANNA_CREATED)]
