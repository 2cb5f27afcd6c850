"""Import wizard, page 2: what each column of the file holds, and how to read it.

Every column starts with the field its header suggests and can be changed. A member needs a
name, so the page goes on only once a column gives First, Last or Full name. Dates whose day
and month could be swapped (03/04/1990) are pointed out until the order is chosen. The plan
names found in a Plan column are each matched to one of this studio's plans, or left out. The
choices can be saved and loaded again for the next export of the same system. Next makes the
preview; a refusal stays on this page, where the mapping can be corrected.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
    QWizardPage,
)

from studio_app.gui.controllers.data_import import (
    ColumnMapping,
    DateOrder,
    Field,
    ImportController,
    ImportDraft,
    OnExisting,
    SourceTable,
)
from studio_app.gui.forms.ui_import_columns_page import Ui_ImportColumnsPage
from studio_app.gui.views.common import show_error

MAPPING_FILTER = "Import mappings (*.json);;All files (*)"
NOT_IMPORTED = "(not imported)"
DATE_ORDERS = (DateOrder.DMY, DateOrder.MDY, DateOrder.YMD)
#: How many of a column's values the page shows as examples.
SAMPLES = 3
#: The plans table grows with the plan names up to this many rows, then scrolls.
PLAN_ROWS = 5
HEADER, EXAMPLES, FIELD = range(3)


def samples(table: SourceTable, column: int) -> str:
    """The first few different non-empty values of ``column``, e.g. "Anna · Łukasz · Petr"."""
    found: list[str] = []
    for row in table.rows:
        value = row[column]
        if value and value not in found:
            found.append(value)
            if len(found) == SAMPLES:
                break
    return " · ".join(found)


def _combo(table: QTableWidget, row: int, column: int) -> QComboBox:
    combo = table.cellWidget(row, column)
    assert isinstance(combo, QComboBox)
    return combo


def _select_data(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


class ImportColumnsPage(QWizardPage):
    def __init__(
        self, controller: ImportController, draft: ImportDraft, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.draft = draft
        self.ui = ui = Ui_ImportColumnsPage()
        ui.setupUi(self)
        self._headers: tuple[str, ...] | None = None  # of the file the columns table shows
        self._plan_names: tuple[str, ...] = ()
        ui.dateOrderCombo.addItem("Detect automatically", None)
        for order in DATE_ORDERS:
            ui.dateOrderCombo.addItem(order.label, order.value)
        header = ui.columnsTable.horizontalHeader()
        header.setSectionResizeMode(HEADER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EXAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.Fixed)
        ui.columnsTable.setColumnWidth(FIELD, 230)
        ui.plansTable.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        show_error(ui.errorLabel, "")
        ui.messageLabel.clear()
        ui.dateOrderCombo.currentIndexChanged.connect(lambda _index: self._show_dates())
        ui.saveMappingButton.clicked.connect(self.save_mapping)
        ui.loadMappingButton.clicked.connect(self.load_mapping)

    # -- the wizard ------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        """Show the file's columns; choices already made stay while the headers are the same
        (e.g. after picking another encoding)."""
        table = self.draft.table
        assert table is not None
        if table.headers != self._headers:
            self._fill_columns(table, self.controller.guess_fields(table))
        else:
            for column in range(len(table.headers)):
                self._set_text(column, EXAMPLES, samples(table, column))
        self._mapping_changed()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.controller.has_name(self.fields())

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        """Next previews every row with this mapping (nothing is written)."""
        table = self.draft.table
        assert table is not None
        chosen = self.mapping()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = self.controller.preview(table, chosen)
        finally:
            QGuiApplication.restoreOverrideCursor()
        show_error(self.ui.errorLabel, self.controller.last_error)
        self.draft.mapping, self.draft.preview = chosen, preview
        return preview is not None

    # -- the choices -----------------------------------------------------------------------
    def fields(self) -> tuple[Field, ...]:
        table = self.ui.columnsTable
        return tuple(
            Field(_combo(table, row, FIELD).currentData()) for row in range(table.rowCount())
        )

    def mapping(self) -> ColumnMapping:
        """The page's choices as the import takes them."""
        order = self.ui.dateOrderCombo.currentData()
        return ColumnMapping(
            fields=self.fields(),
            date_order=DateOrder(order) if order else None,
            plans=self._plan_choices(),
            on_existing=OnExisting.UPDATE if self.ui.updateRadio.isChecked() else OnExisting.SKIP,
        )

    def apply(self, chosen: ColumnMapping) -> None:
        """Show a loaded mapping's choices."""
        table = self.draft.table
        assert table is not None
        self._fill_columns(table, chosen.fields)
        _select_data(self.ui.dateOrderCombo, chosen.date_order.value if chosen.date_order else None)
        self.ui.updateRadio.setChecked(chosen.on_existing is OnExisting.UPDATE)
        self.ui.skipRadio.setChecked(chosen.on_existing is OnExisting.SKIP)
        self._mapping_changed(chosen.plans)

    def _fill_columns(self, table: SourceTable, fields: Sequence[Field]) -> None:
        widget = self.ui.columnsTable
        widget.setRowCount(len(table.headers))
        for column, (header, kind) in enumerate(zip(table.headers, fields, strict=True)):
            self._set_text(column, HEADER, header)
            self._set_text(column, EXAMPLES, samples(table, column))
            combo = QComboBox(widget)
            for option in Field:
                combo.addItem(option.label, option.value)
            _select_data(combo, kind.value)
            combo.currentIndexChanged.connect(lambda _index: self._mapping_changed())
            widget.setCellWidget(column, FIELD, combo)
        self._headers = table.headers

    def _set_text(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        self.ui.columnsTable.setItem(row, column, item)

    def _mapping_changed(self, plans: Mapping[str, int | None] | None = None) -> None:
        """After any change of a column's field: the name hint, the date note and the plans."""
        self.ui.nameHintLabel.setVisible(not self.isComplete())
        self._show_dates()
        self._show_plans(plans)
        self.completeChanged.emit()

    def _show_dates(self) -> None:
        """Point out date columns that read both as day/month and month/day, until the order
        is chosen."""
        ui = self.ui
        table = self.draft.table
        ambiguous: tuple[str, ...] = ()
        if table is not None and ui.dateOrderCombo.currentData() is None:
            ambiguous = self.controller.ambiguous_date_columns(table, self.fields())
        note = ""
        if ambiguous:
            columns = " and ".join(ambiguous)
            note = f"Dates in {columns} could be day/month or month/day: choose the order"
        ui.dateNoteLabel.setText(note)
        ui.dateNoteLabel.setVisible(bool(note))

    # -- plans -----------------------------------------------------------------------------
    def _plan_choices(self) -> dict[str, int | None]:
        table = self.ui.plansTable
        return {
            name: _combo(table, row, 1).currentData() for row, name in enumerate(self._plan_names)
        }

    def _show_plans(self, chosen: Mapping[str, int | None] | None = None) -> None:
        """A row per plan name in the file, matched to a plan here: as ``chosen``, as chosen
        before, or as the names suggest."""
        ui = self.ui
        table = self.draft.table
        fields = self.fields()
        names = self.controller.plan_names(table, fields) if table is not None else ()
        for widget in (ui.plansLabel, ui.plansHintLabel, ui.plansTable):
            widget.setVisible(Field.PLAN in fields)
        if names == self._plan_names and chosen is None:
            return
        choices = {**self._plan_choices(), **(chosen or {})}
        guesses = self.controller.guess_plan_ids(names, self.draft.plans)
        widget = ui.plansTable
        widget.setRowCount(len(names))
        for row, name in enumerate(names):
            item = QTableWidgetItem(name)
            item.setToolTip(name)
            widget.setItem(row, 0, item)
            combo = QComboBox(widget)
            combo.addItem(NOT_IMPORTED, None)
            for plan in self.draft.plans:
                combo.addItem(plan.name, plan.id)
            _select_data(combo, choices.get(name, guesses.get(name)))
            widget.setCellWidget(row, 1, combo)
        self._plan_names = names
        rows = min(max(len(names), 1), PLAN_ROWS)
        row_height = widget.verticalHeader().defaultSectionSize()
        header = widget.horizontalHeader().sizeHint().height()
        widget.setFixedHeight(header + rows * row_height + 2 * widget.frameWidth())

    # -- saved mappings --------------------------------------------------------------------
    def save_mapping(self) -> None:
        table = self.draft.table
        assert table is not None
        suggested = Path.home() / f"{Path(table.file_name).stem}-mapping.json"
        chosen = self.choose_mapping_save_path(str(suggested))
        if not chosen:
            return
        path = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".json")
        saved = self.controller.save_mapping(path, self.mapping(), table.headers)
        self._report(f"Mapping saved as {path.name}." if saved else "")

    def load_mapping(self) -> None:
        table = self.draft.table
        assert table is not None
        chosen = self.choose_mapping_file(str(Path.home()))
        if not chosen:
            return
        loaded = self.controller.load_mapping(Path(chosen), table.headers)
        if loaded is not None:
            self.apply(loaded)
        self._report(f"Mapping loaded from {Path(chosen).name}." if loaded else "")

    def _report(self, message: str) -> None:
        self.ui.messageLabel.setText(message)
        show_error(self.ui.errorLabel, self.controller.last_error)

    # -- dialogs (tests replace these) -----------------------------------------------------
    def choose_mapping_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save the column mapping", suggested, MAPPING_FILTER
        )
        return path

    def choose_mapping_file(self, start: str) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Load a column mapping", start, MAPPING_FILTER
        )
        return path
