"""File → Export data… driven by clicks over a real temporary database: a workbook, a folder of
CSV files with a date range, a refusal shown in red, an account without the reports privilege,
Cancel while the export runs, and the File menu of the main window."""

from __future__ import annotations

import gc
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from studio_app.app import build_main_window
from studio_app.container import Services
from studio_app.domain.privileges import Privilege
from studio_app.dto.exports import ExportProgress
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.data_export import ExportController
from studio_app.gui.views.export_dialog import NEEDS_REPORTS, ExportDialog
from tests.factories import StudioFactory

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def dialog(qtbot: QtBot, studio: StudioFactory, signals: AppSignals) -> ExportDialog:
    studio.member("Łukasz", "Żółć")
    return make_dialog(qtbot, studio, signals)


def make_dialog(qtbot, studio: StudioFactory, signals: AppSignals) -> ExportDialog:
    dialog = ExportDialog(ExportController(studio.svc, signals))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def export_and_wait(qtbot, dialog: ExportDialog) -> None:
    with qtbot.waitSignal(dialog.controller.finished, timeout=20_000):
        qtbot.mouseClick(dialog.ui.exportButton, LEFT)
    assert not dialog.controller.running


def hold_the_export(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> tuple[threading.Event, threading.Event]:
    """The export holds at its first progress report (``reporting`` is then set) until
    ``go_on`` is set."""
    exports = services.exports
    export, reporting, go_on = exports.export, threading.Event(), threading.Event()

    def held(*args: Any, progress: Any = None, **kwargs: Any) -> Any:
        def first_waits(report: ExportProgress) -> bool:
            reporting.set()
            go_on.wait(10)
            return bool(progress(report))

        return export(*args, progress=first_waits, **kwargs)

    monkeypatch.setattr(exports, "export", held)
    return reporting, go_on


def test_export_to_a_workbook_then_open_its_folder(
    qtbot: QtBot,
    dialog: ExportDialog,
    tmp_path: Path,
) -> None:
    ui = dialog.ui
    assert ui.xlsxRadio.isChecked() and ui.pathEdit.text().endswith(".xlsx")
    assert not ui.rangeCheck.isChecked() and not ui.fromEdit.isEnabled()
    assert ui.fromEdit.date() == QDate(2026, 1, 1) and ui.toEdit.date() == QDate(2026, 12, 31)
    dialog.choose_workbook = lambda suggested: str(tmp_path / "studio")  # type: ignore[method-assign]
    qtbot.mouseClick(ui.browseButton, LEFT)
    assert ui.pathEdit.text() == str(tmp_path / "studio.xlsx")

    export_and_wait(qtbot, dialog)
    out = tmp_path / "studio.xlsx"
    assert ui.messageLabel.text().startswith("Exported ")
    assert f"rows in 14 tables to {out} in " in ui.messageLabel.text()
    assert ui.progressBar.value() == ui.progressBar.maximum()
    assert not ui.errorLabel.isVisible() and not ui.exportButton.isVisible()
    assert ui.cancelButton.text() == "Close" and ui.pathEdit.isEnabled()
    members = load_workbook(out, read_only=True)["Members"]
    assert list(members.iter_rows(min_row=2, values_only=True))[0][1:3] == ("Łukasz", "Żółć")

    opened: list[Path] = []
    dialog.open_in_file_manager = opened.append  # type: ignore[method-assign]
    qtbot.mouseClick(ui.openFolderButton, LEFT)
    assert opened == [tmp_path]
    qtbot.mouseClick(ui.cancelButton, LEFT)
    assert not dialog.isVisible()


def test_export_to_a_folder_of_csv_files_for_a_date_range(
    qtbot: QtBot,
    dialog: ExportDialog,
    tmp_path: Path,
) -> None:
    ui = dialog.ui
    ui.csvRadio.click()  # the radio reacts on its label, not the middle of its row
    assert not ui.pathEdit.text().endswith(".xlsx")
    dialog.choose_folder = lambda start: str(tmp_path / "csv")  # type: ignore[method-assign]
    qtbot.mouseClick(ui.browseButton, LEFT)
    ui.rangeCheck.setChecked(True)
    assert ui.fromEdit.isEnabled() and ui.toEdit.isEnabled()
    ui.fromEdit.setDate(QDate(2026, 12, 1))
    assert dialog.date_range() == (date(2026, 12, 1), date(2026, 12, 31))
    export_and_wait(qtbot, dialog)
    assert len(list((tmp_path / "csv").glob("*.csv"))) == 14
    assert dialog.summary is not None and dialog.summary.path == tmp_path / "csv"


#: Export clicked again and again on a refused path: each click is all start and teardown of the
#: worker thread, where a race crashed the app now and then (SIGBUS in the thread's wait).
CLICKS = 300


def test_a_refusal_is_shown_in_red_and_the_dialog_stays_open(
    qtbot: QtBot,
    dialog: ExportDialog,
    tmp_path: Path,
) -> None:
    """However often Export is clicked again: each click is refused, once."""
    ui = dialog.ui
    ui.csvRadio.click()  # the radio reacts on its label, not the middle of its row
    ui.pathEdit.setText(str(tmp_path / "studio.ods"))
    refusals: list[str] = []
    dialog.controller.failed.connect(refusals.append)
    for _ in range(CLICKS):
        with qtbot.waitSignal(dialog.controller.failed, timeout=20_000):
            qtbot.mouseClick(ui.exportButton, LEFT)
        assert not dialog.controller.running and ui.exportButton.isEnabled()
    assert len(refusals) == CLICKS
    assert ui.errorLabel.isVisible() and "color: #8a1c1c" in ui.errorLabel.styleSheet()
    assert "choose a file ending in .xlsx" in ui.errorLabel.text()
    assert dialog.isVisible() and ui.exportButton.isEnabled() and ui.pathEdit.isEnabled()
    assert not (tmp_path / "studio.ods").exists()


def test_an_account_without_reports_cannot_export(
    qtbot: QtBot,
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    studio.svc.staff.set_privileges(studio.front_desk(), frozenset({Privilege.BILLING}))
    studio.log_in("desk")
    dialog = make_dialog(qtbot, studio, signals)
    assert dialog.ui.privilegeLabel.isVisible()
    assert dialog.ui.privilegeLabel.text() == NEEDS_REPORTS
    assert not dialog.ui.exportButton.isEnabled()


def test_cancel_while_the_export_runs_leaves_nothing(
    qtbot: QtBot,
    dialog: ExportDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The export holds at its first progress report until Cancel has been clicked."""
    reporting, go_on = hold_the_export(dialog.controller.services, monkeypatch)
    ui = dialog.ui
    folder = tmp_path / "exports"
    folder.mkdir()
    ui.pathEdit.setText(str(folder / "studio.xlsx"))
    qtbot.mouseClick(ui.exportButton, LEFT)
    assert dialog.controller.running and reporting.wait(10)
    assert not ui.pathEdit.isEnabled() and not ui.xlsxRadio.isEnabled()
    with qtbot.waitSignal(dialog.controller.failed, timeout=20_000):
        qtbot.mouseClick(ui.cancelButton, LEFT)
        assert dialog.isVisible()  # Cancel stops the export; the dialog stays to say so
        go_on.set()
    assert ui.messageLabel.text() == "Export cancelled: nothing was written."
    assert not ui.errorLabel.isVisible() and ui.exportButton.isEnabled()
    assert list(folder.iterdir()) == []


def test_a_controller_dropped_while_exporting_lets_the_export_finish(
    studio: StudioFactory,
    signals: AppSignals,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As the app drops it (the window closing as the app quits): it waits for the export, whose
    workbook is whole, rather than destroying a running thread."""
    studio.member("Łukasz", "Żółć")
    reporting, go_on = hold_the_export(studio.svc, monkeypatch)
    controller = ExportController(studio.svc, signals)
    out = tmp_path / "studio.xlsx"
    controller.start(out, None, None)
    assert reporting.wait(10)

    release = threading.Timer(0.2, go_on.set)  # the GUI thread is about to block
    release.start()
    del controller
    gc.collect()

    members = load_workbook(out, read_only=True)["Members"]
    assert list(members.iter_rows(min_row=2, values_only=True))[0][1:3] == ("Łukasz", "Żółć")
    release.join()


def test_file_export_data_opens_the_dialog(qtbot: QtBot, studio: StudioFactory) -> None:
    window = build_main_window(studio.svc)
    qtbot.addWidget(window)
    window.show()
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    [export] = [a for a in file_menu.actions() if a.text() == "&Export data…"]
    export.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.ui.cancelButton, LEFT)
    assert not dialog.isVisible()
