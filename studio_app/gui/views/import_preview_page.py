"""Import wizard, page 3: every row and what the import will do with it, then the import.

Nothing has been written while this page shows: the counts and each row's verdict (new,
update, skip, rejected, with the reason) come from the preview. Rejected rows can be saved as
CSV with their reasons, to correct and import again. "Import N members" writes every accepted
row in one transaction; a refusal is shown on the page and the wizard stays open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard, QWizardPage

from studio_app.exchange.preview import RowStatus
from studio_app.gui.controllers.data_import import ImportController, ImportDraft, ImportPreview
from studio_app.gui.forms.ui_import_preview_page import Ui_ImportPreviewPage
from studio_app.gui.qtmodels.import_preview import (
    ACTION,
    BALANCE,
    BIRTH_DATE,
    CARD,
    EMAIL,
    LINE,
    NAME,
    STATUS,
    ImportPreviewModel,
)
from studio_app.gui.views.common import show_error

CSV_FILTER = "CSV files (*.csv);;All files (*)"
FILTERS = (("All rows", None), ("Errors", RowStatus.ERROR), ("Warnings", RowStatus.WARNING))
AMBER_STYLE = "color: #7a4b00; font-weight: 600;"
#: Columns as wide as their text in the first rows, but never wider than this (Reason, last,
#: takes the rest).
WIDEST = {
    LINE: 46,
    STATUS: 70,
    ACTION: 72,
    NAME: 150,
    EMAIL: 164,
    CARD: 76,
    BIRTH_DATE: 90,
    BALANCE: 256,
}


def members(count: int) -> str:
    return f"{count} member{'' if count == 1 else 's'}"


class ImportPreviewPage(QWizardPage):
    def __init__(
        self, controller: ImportController, draft: ImportDraft, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.draft = draft
        self.ui = ui = Ui_ImportPreviewPage()
        ui.setupUi(self)
        self.model = ImportPreviewModel(self)
        ui.previewTable.setModel(self.model)
        ui.previewTable.horizontalHeader().setResizeContentsPrecision(200)
        for text, status in FILTERS:
            ui.filterCombo.addItem(text, status.value if status else None)
        show_error(ui.errorLabel, "")
        ui.filterCombo.currentIndexChanged.connect(lambda _index: self._filter())
        ui.saveRejectedButton.clicked.connect(self.save_rejected)

    def writes(self) -> int:
        """How many members the import creates or updates."""
        preview = self.draft.preview
        return preview.new + preview.updated if preview is not None else 0

    # -- the wizard ------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        preview, chosen = self.draft.preview, self.draft.mapping
        assert preview is not None and chosen is not None
        ui = self.ui
        plan_names = {plan.id: plan.name for plan in self.draft.plans}
        self.model.set_preview(preview, chosen.fields, plan_names)
        self._fit_columns()
        self._filter()
        ui.summaryLabel.setText(preview.summary())
        count = self.writes()
        finish = f"Import {members(count)}"
        self.setButtonText(QWizard.WizardButton.FinishButton, finish)
        ui.nothingWrittenLabel.setText(
            f"Nothing has been written yet: the members are imported when you press “{finish}”."
            if count
            else "Nothing has been written yet, and no row of the file would be imported."
        )
        self._show_dates(preview)
        ui.saveRejectedButton.setEnabled(preview.rejected > 0)
        ui.messageLabel.clear()
        show_error(ui.errorLabel, "")

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.writes() > 0

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        """Finish imports; the wizard closes on success and the banner says what was done."""
        table, chosen = self.draft.table, self.draft.mapping
        assert table is not None and chosen is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.controller.run(table, chosen)
        finally:
            QGuiApplication.restoreOverrideCursor()
        show_error(self.ui.errorLabel, self.controller.last_error)
        return result is not None

    # -- the rows --------------------------------------------------------------------------
    def _show_dates(self, preview: ImportPreview) -> None:
        """How the dates were read, and a warning when the order was a guess."""
        label = self.ui.datesLabel
        order = preview.date_order
        text = f"Dates read as {order.label}." if order is not None else ""
        if preview.ambiguous_date_columns and order is not None:
            columns = " and ".join(preview.ambiguous_date_columns)
            text = (
                f"Dates in {columns} could be day/month or month/day: they are read as "
                f"{order.label}. Go back to choose the order."
            )
        label.setText(text)
        label.setStyleSheet(AMBER_STYLE if preview.ambiguous_date_columns else "")
        label.setVisible(bool(text))

    def _fit_columns(self) -> None:
        table = self.ui.previewTable
        for column, widest in WIDEST.items():
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column) + 12, widest))

    def _filter(self) -> None:
        """Show the rows of one status; a rejected row has no birth date or balance to show,
        so the errors alone leave their reasons the room."""
        status = self.ui.filterCombo.currentData()
        self.model.set_status_filter(RowStatus(status) if status else None)
        for column in (BIRTH_DATE, BALANCE):
            self.ui.previewTable.setColumnHidden(column, status == RowStatus.ERROR.value)
        total = len(self.draft.preview.rows) if self.draft.preview is not None else 0
        shown = self.model.rowCount()
        self.ui.shownLabel.setText(f"{shown} of {total} rows" if status else "")

    def save_rejected(self) -> None:
        """The rejected rows as CSV with a Reason column, named after the file."""
        table, preview = self.draft.table, self.draft.preview
        assert table is not None and preview is not None
        suggested = Path.home() / f"{Path(table.file_name).stem}-rejected.csv"
        chosen = self.choose_rejected_save_path(str(suggested))
        if not chosen:
            return
        path = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".csv")
        saved = self.controller.save_rejected(table, preview, path)
        self.ui.messageLabel.setText(
            f"Saved {preview.rejected} rejected rows as {saved}." if saved is not None else ""
        )
        show_error(self.ui.errorLabel, self.controller.last_error)

    # -- dialogs (tests replace these) -----------------------------------------------------
    def choose_rejected_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save the rejected rows", suggested, CSV_FILTER
        )
        return path
