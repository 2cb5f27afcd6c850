"""File → Export data… (SPEC §8: the studio owns its data): every table to one Excel workbook or
to a folder of CSV files, optionally with bookings, the ledger, payments and the user log
limited to a date range (this year is offered).

While the export runs, a bar and the name of the table being written show how far it is, the
choices are locked and Cancel stops it (nothing is left written). Done, the dialog says how many
rows went where and offers to open the folder; a refusal is shown in red and the dialog stays
open. Accounts without the ``reports`` privilege read why Export is disabled (the service
refuses them too).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from studio_app.domain.privileges import Privilege
from studio_app.gui.controllers.data_export import ExportController, ExportFormat, ExportSummary
from studio_app.gui.forms.ui_export_dialog import Ui_ExportDialog
from studio_app.gui.views.common import set_hint, set_primary, show_error
from studio_app.gui.views.date_edits import follow_date_format
from studio_app.gui.views.permissions import needs_text

NEEDS_REPORTS = "Exporting the studio's data needs the 'reports' privilege (ask the studio owner)."
WORKBOOK_FILTER = "Excel workbook (*.xlsx)"


class ExportDialog(QDialog):
    def __init__(self, controller: ExportController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.summary: ExportSummary | None = None
        self._cancelling = False
        self.ui = ui = Ui_ExportDialog()
        ui.setupUi(self)
        follow_date_format(ui.fromEdit, ui.toEdit)
        set_primary(ui.exportButton)
        set_hint(ui.tableLabel, ui.privilegeLabel)
        first, last = controller.this_year()
        ui.fromEdit.setDate(QDate(first.year, first.month, first.day))
        ui.toEdit.setDate(QDate(last.year, last.month, last.day))
        ui.pathEdit.setText(str(controller.suggested(ExportFormat.XLSX)))
        ui.openFolderButton.setVisible(False)
        ui.progressBar.setVisible(False)
        show_error(ui.errorLabel, "")
        self._say("")
        allowed = controller.can_export()
        ui.privilegeLabel.setText("" if allowed else NEEDS_REPORTS)
        ui.privilegeLabel.setVisible(not allowed)
        ui.exportButton.setEnabled(allowed)
        if not allowed:
            ui.exportButton.setToolTip(needs_text(Privilege.REPORTS))

        ui.xlsxRadio.toggled.connect(self._format_changed)
        ui.browseButton.clicked.connect(self.browse)
        ui.rangeCheck.toggled.connect(self._update_inputs)
        ui.exportButton.clicked.connect(self.export)
        ui.cancelButton.clicked.connect(self.reject)
        ui.openFolderButton.clicked.connect(self.open_folder)
        controller.progress.connect(self._on_progress)
        controller.finished.connect(self._on_finished)
        controller.failed.connect(self._on_failed)
        self._update_inputs()

    # -- choices ---------------------------------------------------------------------------
    def format(self) -> ExportFormat:
        return ExportFormat.XLSX if self.ui.xlsxRadio.isChecked() else ExportFormat.CSV

    def destination(self) -> Path:
        return self.controller.destination(self.ui.pathEdit.text(), self.format())

    def date_range(self) -> tuple[date | None, date | None]:
        if not self.ui.rangeCheck.isChecked():
            return None, None
        return self.ui.fromEdit.date().toPython(), self.ui.toEdit.date().toPython()

    def _format_changed(self) -> None:
        """The path follows the format: a workbook file, or a folder of the same name."""
        if self.ui.pathEdit.text().strip():
            self.ui.pathEdit.setText(str(self.destination()))

    def browse(self) -> None:
        current = self.ui.pathEdit.text().strip() or str(self.controller.suggested(self.format()))
        if self.format() is ExportFormat.XLSX:
            chosen = self.choose_workbook(current)
        else:
            chosen = self.choose_folder(str(Path(current).parent))
        if chosen:
            self.ui.pathEdit.setText(str(self.controller.destination(chosen, self.format())))

    def _update_inputs(self) -> None:
        ui, running = self.ui, self.controller.running
        for widget in (ui.xlsxRadio, ui.csvRadio, ui.pathEdit, ui.browseButton, ui.rangeCheck):
            widget.setEnabled(not running)
        for widget in (ui.fromEdit, ui.toEdit, ui.toLabel):
            widget.setEnabled(not running and ui.rangeCheck.isChecked())
        ui.exportButton.setEnabled(not running and self.controller.can_export())

    # -- running ---------------------------------------------------------------------------
    def export(self) -> None:
        """Start the export; the inputs stay locked until it has finished or failed."""
        if self.controller.running or not self.ui.pathEdit.text().strip():
            return
        self.summary, self._cancelling = None, False
        show_error(self.ui.errorLabel, "")
        self._say("")
        self.ui.openFolderButton.setVisible(False)
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setVisible(True)
        self.ui.tableLabel.setText("Reading the studio's data…")
        date_from, date_to = self.date_range()
        self.controller.start(self.destination(), date_from, date_to)
        self._update_inputs()

    def _on_progress(self, table: str, done: int, total: int) -> None:
        bar = self.ui.progressBar
        bar.setMaximum(max(total, 1))
        bar.setValue(min(done, total))
        self.ui.tableLabel.setText(f"Writing {table}…")

    def _on_finished(self, summary: ExportSummary) -> None:
        self.summary = summary
        ui = self.ui
        ui.progressBar.setValue(ui.progressBar.maximum())
        ui.tableLabel.setText("")
        self._say(f"{summary.text}.")
        ui.openFolderButton.setVisible(True)
        ui.exportButton.setVisible(False)
        ui.cancelButton.setText("Close")
        self._update_inputs()

    def _on_failed(self, message: str) -> None:
        self.ui.progressBar.setVisible(False)
        self.ui.tableLabel.setText("")
        if self._cancelling:
            self._say(message)
        else:
            show_error(self.ui.errorLabel, message)
        self._update_inputs()

    def _say(self, message: str) -> None:
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.setVisible(bool(message))

    def cancel_export(self) -> None:
        if self.controller.running:
            self._cancelling = True
            self.ui.tableLabel.setText("Cancelling…")
            self.controller.cancel()

    def reject(self) -> None:
        """Cancel stops a running export (the dialog stays open to say so); else it closes."""
        if self.controller.running:
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.controller.running:
            self.cancel_export()
            event.ignore()
            return
        super().closeEvent(event)

    def open_folder(self) -> None:
        if self.summary is not None:
            path = self.summary.path
            self.open_in_file_manager(path if path.is_dir() else path.parent)

    # -- dialogs and the desktop (tests replace these) -------------------------------------
    def choose_workbook(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, "Export to an Excel workbook", suggested, WORKBOOK_FILTER
        )
        return path

    def choose_folder(self, start: str) -> str:
        return QFileDialog.getExistingDirectory(self, "Export to a folder of CSV files", start)

    def open_in_file_manager(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
