"""The desk's keyboard in the real window (issue 14): typed names never switch pages, Ctrl+F,
Ctrl+1…5, Ctrl+P, the week calendar's arrows and Enter, Enter on a single Members result, and
Help → Keyboard shortcuts listing exactly the shortcuts that work."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from studio_app.gui.views import attendance_panel
from studio_app.gui.views.main_window import (
    MEMBERS_PAGE,
    NO_CLASS,
    NO_REPORTS,
    REPORTS_PAGE,
    SCHEDULE_PAGE,
    MainWindow,
)
from studio_app.gui.views.shortcuts import SHORTCUTS, ShortcutsDialog, shown_keys
from tests.factories import StudioFactory
from tests.gui.windows import open_window

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
TUE, WED = date(2026, 12, 1), date(2026, 12, 2)


def focused():  # noqa: ANN201
    return QApplication.focusWidget()


def type_text(widget, text: str) -> None:  # noqa: ANN001
    """Key presses carrying each character (QTest's keyClicks takes Latin-1 only: no "ż")."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def click_class(qtbot, window: MainWindow, session_id: int) -> None:  # noqa: ANN001
    calendar = window.schedule_page.calendar
    qtbot.mouseClick(calendar, LEFT, pos=calendar.block_rect(session_id).center())


def test_a_name_typed_after_clicking_a_class_goes_to_the_member_field(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
) -> None:
    studio.member("Łukasz", "Żółć")
    session_id = studio.session_on(TUE, studio.series())
    window = open_window(qtbot, studio.svc)
    navigation = window.ui.navigation
    schedule_row = navigation.visualItemRect(navigation.item(SCHEDULE_PAGE)).center()
    qtbot.mouseClick(navigation.viewport(), LEFT, pos=schedule_row)
    assert not navigation.hasFocus()  # a click leaves the focus where it was

    click_class(qtbot, window, session_id)
    field = window.schedule_page.panel.ui.signUpEdit
    qtbot.waitUntil(field.hasFocus)
    type_text(focused(), "Fm Łukasz")
    assert window.ui.pages.currentIndex() == SCHEDULE_PAGE
    assert field.text() == "Fm Łukasz"

    navigation.setFocus()  # reached with Tab: letters do nothing, arrows still move
    qtbot.waitUntil(navigation.hasFocus)
    qtbot.keyClicks(navigation, "fm")
    assert window.ui.pages.currentIndex() == SCHEDULE_PAGE
    qtbot.keyClick(navigation, Qt.Key.Key_Down)
    assert window.ui.pages.currentWidget() is window.front_desk_page


def test_ctrl_numbers_open_the_listed_pages_and_tooltips_name_them(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
) -> None:
    window = open_window(qtbot, studio.svc)
    navigation = window.ui.navigation
    tips = [navigation.item(row).toolTip() for row in range(navigation.count())]
    assert tips == [
        "Schedule (Ctrl+1)",
        "Front desk (Ctrl+2)",
        "Members (Ctrl+3)",
        "Reports (Ctrl+4)",
        "Settings (Ctrl+5)",
    ]
    for key, page in (
        (Qt.Key.Key_5, window.settings_page),
        (Qt.Key.Key_4, window.reports_page),
        (Qt.Key.Key_2, window.front_desk_page),
        (Qt.Key.Key_3, window.members_page),
    ):
        qtbot.keyClick(focused(), key, CTRL)
        assert window.ui.pages.currentWidget() is page
    # The Members search has the focus whenever its page opens.
    assert window.members_page.ui.searchEdit.hasFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_1, CTRL)
    assert window.ui.pages.currentIndex() == SCHEDULE_PAGE
    qtbot.mouseClick(
        navigation.viewport(),
        LEFT,
        pos=navigation.visualItemRect(navigation.item(MEMBERS_PAGE)).center(),
    )
    qtbot.waitUntil(window.members_page.ui.searchEdit.hasFocus)


def test_ctrl_4_without_the_reports_privilege_says_why(qtbot, studio: StudioFactory) -> None:  # noqa: ANN001
    studio.front_desk(privileges=frozenset())
    studio.log_in("desk")
    window = open_window(qtbot, studio.svc)
    assert window.ui.navigation.item(REPORTS_PAGE).isHidden()
    qtbot.keyClick(focused() or window, Qt.Key.Key_4, CTRL)
    assert window.ui.pages.currentIndex() == SCHEDULE_PAGE
    assert window.banner_text() == NO_REPORTS


def test_ctrl_f_finds_a_member_and_enter_opens_the_single_result(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
) -> None:
    lukasz = studio.member("Łukasz", "Żółć")
    studio.member("Zoë", "Nowak")
    studio.member("Zoë", "Kowalska")
    window = open_window(qtbot, studio.svc)
    members = window.members_page
    members.ui.searchEdit.setText("zoë")  # an earlier search, still in the field
    qtbot.keyClick(focused() or window, Qt.Key.Key_F, CTRL)
    search = members.ui.searchEdit
    assert window.ui.pages.currentWidget() is members
    assert search.hasFocus() and search.selectedText() == "zoë"
    assert search.toolTip() == "Find a member (Ctrl+F)"

    qtbot.keyClick(search, Qt.Key.Key_Return)  # two Zoës: Enter opens nobody
    assert members.selected_member_id() is None
    type_text(search, "żółć")  # typed over the selected search
    assert search.text() == "żółć"
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert members.selected_member_id() == lukasz
    assert "Łukasz Żółć" in members.profile.ui.nameLabel.text()
    assert members.ui.membersTable.hasFocus()


def test_arrows_and_enter_move_through_the_week(qtbot, studio: StudioFactory) -> None:  # noqa: ANN001
    studio.series("Morning Flow", at=time(7, 0))  # Tuesdays
    studio.series("Vinyasa Flow")  # Tuesdays 18:00
    studio.series("Lunch Pilates", weekdays=frozenset({2}), at=time(12, 0))  # Wednesdays
    morning, evening = (b.id for b in studio.svc.schedule.day(TUE))
    lunch = studio.session_on(WED)
    window = open_window(qtbot, studio.svc)
    schedule = window.schedule_page
    calendar, panel = schedule.calendar, schedule.panel
    # A click on the empty evening of Tuesday picks the day and gives the calendar the focus.
    qtbot.mouseClick(calendar, LEFT, pos=calendar.block_rect(evening).center() - QPoint(0, 60))
    assert calendar.hasFocus() and calendar.selected_day == TUE

    qtbot.keyClick(calendar, Qt.Key.Key_Down)
    assert calendar.cursor_id == morning
    qtbot.keyClick(calendar, Qt.Key.Key_Down)
    assert calendar.cursor_id == evening
    qtbot.keyClick(calendar, Qt.Key.Key_Down)  # the last class of the day stays
    assert calendar.cursor_id == evening and panel.session_id is None
    qtbot.keyClick(calendar, Qt.Key.Key_Return)
    assert panel.session_id == evening and calendar.selected_id == evening
    qtbot.waitUntil(panel.ui.signUpEdit.hasFocus)

    calendar.setFocus()
    qtbot.keyClick(calendar, Qt.Key.Key_Right)
    assert calendar.selected_day == WED and calendar.cursor_id == lunch
    assert schedule.ui.printDayButton.text() == "Print sheets for Wed 2 Dec…"
    qtbot.keyClick(calendar, Qt.Key.Key_Enter)
    assert panel.session_id == lunch
    calendar.setFocus()
    for _ in range(3):
        qtbot.keyClick(calendar, Qt.Key.Key_Left)
    assert calendar.selected_day == date(2026, 11, 30) and calendar.cursor_id is None
    qtbot.keyClick(calendar, Qt.Key.Key_Left)  # the week's Monday is the first day
    assert calendar.selected_day == date(2026, 11, 30)


def test_ctrl_p_prints_the_selected_class_sheet(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    monkeypatch,  # noqa: ANN001
) -> None:
    printed: list[Path] = []
    monkeypatch.setattr(
        attendance_panel, "print_pdf", lambda path, parent=None: printed.append(path) or True
    )
    session_id = studio.session_on(TUE, studio.series())
    window = open_window(qtbot, studio.svc)
    qtbot.keyClick(focused() or window, Qt.Key.Key_P, CTRL)
    assert printed == [] and window.banner_text() == NO_CLASS

    click_class(qtbot, window, session_id)
    qtbot.keyClick(focused(), Qt.Key.Key_P, CTRL)
    assert len(printed) == 1 and printed[0].suffix == ".pdf" and printed[0].exists()
    tip = window.schedule_page.panel.ui.printSheetButton.toolTip()
    assert tip == "Print this class's attendance sheet (Ctrl+P)"


def test_help_lists_every_shortcut_and_each_listed_one_is_bound(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
) -> None:
    window = open_window(qtbot, studio.svc)
    [help_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    [entry] = help_menu.actions()
    assert entry.text() == "&Keyboard shortcuts…" and entry.shortcut() == QKeySequence("F1")
    qtbot.keyClick(focused() or window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutsDialog))
    dialog = QApplication.activeModalWidget()
    rows = dialog.rows()
    assert rows == [(shown_keys(s), s.where, s.what) for s in SHORTCUTS]
    assert ("Ctrl+F", "Anywhere", "Find a member: Members, with the search selected") in rows
    assert ("Ctrl+3", "Anywhere", "Open Members") in rows
    bound = {a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()}
    assert bound == {s.keys for s in SHORTCUTS if s.command is not None}
    qtbot.mouseClick(dialog.ui.closeButton, LEFT)
    assert not dialog.isVisible()
