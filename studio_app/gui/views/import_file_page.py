"""Import wizard, page 1: choose the file and say how it was read.

The file is read at once (rows, columns, delimiter, encoding), so a file that is no table is
refused here, in red, before anything else. When the bytes read as text in more than one code
page the encoding was guessed: the page says so, and another one can be picked, which reads
the file again. Accounts without the ``settings`` privilege are told so and cannot go on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget, QWizardPage

from studio_app.exchange.encodings import ENCODINGS, encoding_label
from studio_app.gui.controllers.data_import import ImportController, ImportDraft, SourceTable
from studio_app.gui.forms.ui_import_file_page import Ui_ImportFilePage
from studio_app.gui.views.common import show_error

FILE_FILTER = "Member lists (*.csv *.txt *.tsv *.xlsx);;All files (*)"

DELIMITERS = {",": "comma-separated", ";": "semicolon-separated", "\t": "tab-separated"}


def short_label(codec: str) -> str:
    """An encoding's name in a sentence: "Windows-1250" (the list says "(Central European)")."""
    return encoding_label(codec).split(" (")[0]


def describe(table: SourceTable) -> str:
    """ "clients.csv: 120 rows, 10 columns, comma-separated, UTF-8" (a workbook has no
    delimiter or encoding)."""
    parts = [_count(len(table.rows), "row"), _count(len(table.headers), "column")]
    if table.encoding == "xlsx":
        parts.append("Excel workbook")
    else:
        parts += [DELIMITERS.get(table.delimiter, "one column"), short_label(table.encoding)]
    return f"{table.file_name}: {', '.join(parts)}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


class ImportFilePage(QWizardPage):
    def __init__(
        self, controller: ImportController, draft: ImportDraft, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.draft = draft
        self.ui = ui = Ui_ImportFilePage()
        ui.setupUi(self)
        ui.encodingCombo.addItem("Detect automatically", None)
        for codec in ENCODINGS:
            ui.encodingCombo.addItem(encoding_label(codec), codec)
        self.allowed = controller.can_import()
        ui.privilegeLabel.setVisible(not self.allowed)
        for widget in (ui.pathEdit, ui.chooseButton, ui.encodingCombo):
            widget.setEnabled(self.allowed)
        self._show(None, "")
        ui.chooseButton.clicked.connect(self.choose_clicked)
        ui.pathEdit.returnPressed.connect(self.read)
        ui.encodingCombo.currentIndexChanged.connect(lambda _index: self.read())

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        """Next once the account may import and the file was read as a table."""
        return self.allowed and self.draft.table is not None

    def choose_clicked(self) -> None:
        current = self.ui.pathEdit.text().strip()
        start = str(Path(current).parent) if current else str(Path.home())
        chosen = self.choose_file(start)
        if chosen:
            self.ui.pathEdit.setText(chosen)
            self.read()

    def read(self) -> None:
        """Read the file named in the path field, in the chosen encoding (or the detected
        one); a refusal is shown in red and the page cannot go on."""
        text = self.ui.pathEdit.text().strip()
        if not text:
            self._show(None, "")
            return
        codec = self.ui.encodingCombo.currentData()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            table = self.controller.read(Path(text), codec)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show(table, self.controller.last_error)

    def _show(self, table: SourceTable | None, error: str) -> None:
        ui = self.ui
        self.draft.table = table
        ui.readLabel.setText(describe(table) if table is not None else "")
        note = ""
        if table is not None and not table.encoding_certain:
            note = (
                f"The text encoding was guessed ({short_label(table.encoding)}): check the "
                "names in the preview, or pick another encoding."
            )
        ui.encodingNoteLabel.setText(note)
        ui.encodingNoteLabel.setVisible(bool(note))
        show_error(ui.errorLabel, error)
        self.completeChanged.emit()

    # -- dialogs (tests replace these) -----------------------------------------------------
    def choose_file(self, start: str) -> str:
        path, _filter = QFileDialog.getOpenFileName(self, "Import members from", start, FILE_FILTER)
        return path
