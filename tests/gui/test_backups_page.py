"""Settings → Backups driven by clicks and typing over a real temporary database (SPEC §9):
backups by hand, copies, the folder and rotation, restore, and what the front desk may do."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox, QWidget

from studio_app.domain.backups import RetentionPolicy
from studio_app.domain.clock import FixedClock
from studio_app.domain.privileges import Privilege
from studio_app.dto.backups import BackupStatus
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.backups import BackupsController
from studio_app.gui.controllers.daily_routine import DailyRoutineController
from studio_app.gui.qtmodels.backups import FILE, KIND, MADE, SIZE
from studio_app.gui.views.permissions import needs_text
from studio_app.gui.views.settings.backups_page import NO_AUTOMATIC, NO_FOLDER_YET, BackupsPage
from tests.factories import StudioFactory
from tests.gui.modal import press, when_modal

pytestmark = pytest.mark.sqlite_only("backs up and restores the SQLite file")

LEFT = Qt.MouseButton.LeftButton
REPLACE_WITH = "Replace all of the studio's data with"


def make_page(qtbot, studio: StudioFactory, signals: AppSignals) -> BackupsPage:  # noqa: ANN001
    page = BackupsPage(BackupsController(studio.svc, signals))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown(page: BackupsPage) -> list[tuple[str, ...]]:
    model = page.model
    return [
        tuple(model.data(model.index(row, column)) for column in (MADE, KIND, SIZE, FILE))
        for row in range(model.rowCount())
    ]


def click_row(qtbot, page: BackupsPage, row: int) -> None:  # noqa: ANN001
    table = page.ui.backupsTable
    rect = table.visualRect(page.model.index(row, MADE))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def type_number(qtbot, spin: QSpinBox, value: int) -> None:  # noqa: ANN001
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, str(value))


def member_names(studio: StudioFactory) -> list[str]:
    return [m.full_name for m in studio.svc.members.search("")]


def test_back_up_now_lists_the_new_backup_selected_at_the_top(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    clock: FixedClock,
    qtmodeltester,  # noqa: ANN001
) -> None:
    studio.svc.backups.automatic()
    page = make_page(qtbot, studio, signals)
    folder = studio.svc.backups.status().folder
    assert page.ui.folderValueLabel.text() == str(folder)
    assert page.ui.newestLabel.text() == "Tue 1 Dec 2026 09:00"
    assert page.ui.keptLabel.text() == RetentionPolicy().describe()
    assert not page.ui.lastRestoreLabel.isVisible()
    assert not page.ui.restoreButton.isEnabled()

    clock.advance_to(datetime(2026, 12, 1, 11, 30))
    qtbot.mouseClick(page.ui.backUpButton, LEFT)

    made, kind, size, name = shown(page)[0]
    assert (made, kind, name) == (
        "Tue 1 Dec 2026 11:30",
        "Made by hand",
        "studio-2026-12-01_113000-manual.sqlite3",
    )
    assert size.endswith("KB")
    assert [row[1] for row in shown(page)] == ["Made by hand", "Automatic (daily)"]
    assert page.ui.messageLabel.text() == f"Backup saved: {name} ({size})."
    assert page.selected_backup() is not None and page.selected_backup().path.name == name
    assert page.ui.restoreButton.isEnabled()
    assert page.ui.newestLabel.text() == "Tue 1 Dec 2026 09:00", "the newest automatic one"
    qtmodeltester.check(page.model)


def test_open_folder_waits_for_the_first_backup(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    monkeypatch,  # noqa: ANN001
) -> None:
    page = make_page(qtbot, studio, signals)
    assert page.ui.newestLabel.text() == NO_AUTOMATIC
    assert page.ui.emptyLabel.isVisible()
    assert not page.ui.openFolderButton.isEnabled()
    assert page.ui.openFolderButton.toolTip() == NO_FOLDER_YET
    opened: list[Path] = []
    monkeypatch.setattr(page, "open_in_file_manager", opened.append)

    qtbot.mouseClick(page.ui.backUpButton, LEFT)
    qtbot.mouseClick(page.ui.openFolderButton, LEFT)

    assert not page.ui.emptyLabel.isVisible()
    assert opened == [studio.svc.backups.status().folder]


def test_save_a_copy_writes_the_file_the_desk_chose(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    monkeypatch,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    page = make_page(qtbot, studio, signals)
    target = tmp_path / "usb" / "lotus"
    offered: list[str] = []

    def choose(suggested: str) -> str:
        offered.append(suggested)
        return str(target)

    monkeypatch.setattr(page, "choose_save_path", choose)
    qtbot.mouseClick(page.ui.saveCopyButton, LEFT)

    assert offered == [str(Path.home() / "studio-2026-12-01.sqlite3")]
    saved = target.with_suffix(".sqlite3")
    assert saved.is_file() and saved.stat().st_size > 0
    assert page.ui.messageLabel.text() == f"A copy of the studio's data is saved as {saved}."
    assert shown(page) == [], "a copy is not one of the rotating backups"


def test_backup_settings_round_trip_and_a_refusal_keeps_the_typing(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    monkeypatch,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    page = make_page(qtbot, studio, signals)
    ui = page.ui
    default = studio.svc.backups.status().folder
    assert ui.folderEdit.text() == "" and ui.folderEdit.placeholderText() == str(default)
    assert not ui.saveSettingsButton.isEnabled()
    usb = tmp_path / "usb stick"

    qtbot.keyClicks(ui.folderEdit, str(usb))
    type_number(qtbot, ui.keepDaysSpin, 7)
    type_number(qtbot, ui.keepMonthsSpin, 6)
    assert ui.policyLabel.text() == (
        "Keeps every backup of the last 7 days and one a month for 6 months."
    )
    qtbot.mouseClick(ui.saveSettingsButton, LEFT)

    assert ui.settingsErrorLabel.isHidden()
    assert ui.folderValueLabel.text() == str(usb)
    assert (
        ui.keptLabel.text() == "Keeps every backup of the last 7 days and one a month for 6 months."
    )
    assert not ui.saveSettingsButton.isEnabled(), "nothing left to save"
    status = studio.svc.backups.status()
    assert (status.custom_folder, status.policy) == (str(usb), RetentionPolicy(7, 6))

    ui.folderEdit.clear()
    qtbot.keyClicks(ui.folderEdit, "relative/folder")
    qtbot.mouseClick(ui.saveSettingsButton, LEFT)
    assert ui.settingsErrorLabel.text() == (
        "Choose a full folder path for backups, not 'relative/folder'."
    )
    assert ui.folderEdit.text() == "relative/folder"
    assert studio.svc.backups.status().custom_folder == str(usb)

    # Choose… fills the folder in; Use default empties it, and saving goes back to the default.
    monkeypatch.setattr(page, "choose_folder", lambda start: str(tmp_path / "nas"))
    qtbot.mouseClick(ui.chooseFolderButton, LEFT)
    assert ui.folderEdit.text() == str(tmp_path / "nas")
    qtbot.mouseClick(ui.defaultFolderButton, LEFT)
    assert ui.folderEdit.text() == ""
    qtbot.mouseClick(ui.saveSettingsButton, LEFT)
    assert ui.settingsErrorLabel.isHidden()
    assert ui.folderValueLabel.text() == str(default)


def test_the_front_desk_may_back_up_but_not_change_settings_or_restore(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,  # noqa: ANN001
) -> None:
    studio.svc.backups.back_up()
    studio.front_desk()
    studio.log_in("desk")
    page = make_page(qtbot, studio, signals)
    ui = page.ui
    needs = needs_text(Privilege.SETTINGS)

    assert ui.folderEdit.isReadOnly()
    for widget in (ui.chooseFolderButton, ui.defaultFolderButton, ui.keepDaysSpin):
        assert not widget.isEnabled() and widget.toolTip() == needs
    assert not ui.saveSettingsButton.isEnabled()
    assert "Your account can only look here" in ui.settingsHintLabel.text()
    click_row(qtbot, page, 0)
    assert page.selected_backup() is not None
    for button in (ui.restoreButton, ui.restoreFileButton):
        assert not button.isEnabled() and button.toolTip() == needs

    qtbot.mouseClick(ui.backUpButton, LEFT)
    assert [row[1] for row in shown(page)] == ["Made by hand", "Made by hand"]
    assert ui.messageLabel.text().startswith("Backup saved:")


def test_restore_brings_back_the_backup_and_asks_for_a_login(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    clock: FixedClock,  # noqa: ANN001
) -> None:
    studio.member("Ann", "Archer")
    page = make_page(qtbot, studio, signals)
    qtbot.mouseClick(page.ui.backUpButton, LEFT)
    clock.advance_to(datetime(2026, 12, 1, 10, 0))
    studio.member("Bob", "Baker")
    click_row(qtbot, page, 0)
    asked: list[str] = []

    def confirm(box: QWidget) -> None:
        when_modal(press("OK", asked))  # the message box that follows the restore
        press("Restore", asked)(box)

    when_modal(confirm)
    with qtbot.waitSignal(signals.logged_out, timeout=5000):
        qtbot.mouseClick(page.ui.restoreButton, LEFT)

    assert asked[0] == f"{REPLACE_WITH} the backup made Tue 1 Dec 2026 09:00?"
    assert asked[1].startswith("Restored studio-2026-12-01_090000-manual.sqlite3 (Lotus Yoga).")
    assert member_names(studio) == ["Ann Archer"]
    assert [row[1] for row in shown(page)] == ["Before a restore", "Made by hand"]
    assert page.ui.lastRestoreLabel.text().startswith("2026-12-01 10:00 Olivia Owner restored")
    assert studio.svc.ctx.actor is None


def test_cancel_leaves_the_data_as_it_is(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,  # noqa: ANN001
) -> None:
    page = make_page(qtbot, studio, signals)
    qtbot.mouseClick(page.ui.backUpButton, LEFT)
    studio.member("Bob", "Baker")
    logged_out: list[bool] = []
    signals.logged_out.connect(lambda: logged_out.append(True))
    asked: list[str] = []

    table = page.ui.backupsTable
    center = table.visualRect(page.model.index(0, FILE)).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=center)  # Qt 6 views want press, then dbl
    when_modal(press("Cancel", asked))
    qtbot.mouseDClick(table.viewport(), LEFT, pos=center)

    assert asked == [f"{REPLACE_WITH} the backup made Tue 1 Dec 2026 09:00?"]
    assert member_names(studio) == ["Bob Baker"]
    assert [row[1] for row in shown(page)] == ["Made by hand"]
    assert not logged_out
    assert studio.svc.ctx.actor is not None


def test_restoring_a_file_that_is_no_database_is_refused_in_words(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    monkeypatch,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    studio.member("Ann", "Archer")
    page = make_page(qtbot, studio, signals)
    holiday = tmp_path / "holiday.sqlite3"
    holiday.write_text("photos")
    monkeypatch.setattr(page, "choose_backup_file", lambda start: str(holiday))
    asked: list[str] = []

    when_modal(press("Restore", asked))
    qtbot.mouseClick(page.ui.restoreFileButton, LEFT)

    assert asked == [f"{REPLACE_WITH} the file holiday.sqlite3?"]
    assert page.ui.errorLabel.text().startswith("holiday.sqlite3 cannot be restored: it cannot")
    assert page.ui.errorLabel.text().endswith("Nothing was changed.")
    assert member_names(studio) == ["Ann Archer"]
    assert shown(page) == [], "a refused restore saves nothing either"


@pytest.mark.parametrize("who", ["owner", "desk"])
def test_on_a_database_server_the_page_says_so_and_offers_nothing(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    monkeypatch,
    who: str,  # noqa: ANN001
) -> None:
    note = "This studio's data is on a database server (postgresql://db/studio), not in a file."
    server = BackupStatus(note, None, None, "", RetentionPolicy())
    monkeypatch.setattr(studio.svc.backups, "status", lambda: server)
    if who == "desk":
        studio.front_desk()
        studio.log_in("desk")
    page = make_page(qtbot, studio, signals)
    ui = page.ui

    assert ui.unavailableLabel.isVisible() and ui.unavailableLabel.text() == note
    assert not ui.backupsTable.isVisible() and not ui.emptyLabel.isVisible()
    for widget in (
        ui.backUpButton,
        ui.saveCopyButton,
        ui.restoreButton,
        ui.restoreFileButton,
        ui.folderEdit,
        ui.keepDaysSpin,
        ui.saveSettingsButton,
    ):
        assert not widget.isEnabled()


def test_the_daily_backup_at_midnight_appears_on_the_open_page(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    clock: FixedClock,  # noqa: ANN001
) -> None:
    page = make_page(qtbot, studio, signals)
    assert shown(page) == []
    assert page.ui.newestLabel.text() == NO_AUTOMATIC

    clock.advance_to(datetime(2026, 12, 2, 0, 0, 5))
    routine = DailyRoutineController(studio.svc, signals)
    with qtbot.waitSignal(routine.finished, timeout=10_000):
        routine.run()  # on its worker thread; the page hears of it on the GUI thread

    assert [row[1] for row in shown(page)] == ["Automatic (daily)"]
    assert page.ui.newestLabel.text() == "Wed 2 Dec 2026 00:00"
