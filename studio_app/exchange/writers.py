"""Writers of the studio's own data: one .xlsx workbook (a sheet a table) or a folder of CSV
files (a file a table), fed one row at a time so an export of any size runs in flat memory.

Every write goes to a temporary file or folder beside the target and is moved into place only
when the whole export is done, so a cancelled or failed export leaves nothing half written. A
full disk or an unwritable target is refused with ``ExportRefused`` naming the target and the
reason. Use: ``with XlsxWriter(path) as out:``, then per table
``with out.table("Members", columns) as members: members.write(row)``.
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date
from pathlib import Path
from typing import Any, Self, TextIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from studio_app.domain.formats import cents_text
from studio_app.exchange.columns import (
    CANCELLED,
    Column,
    ColumnKind,
    ExportCancelled,
    ExportRefused,
    RowWriter,
)
from studio_app.exchange.sheet_rows import FORMATS, SheetRows, clean_text, splice_rows

__all__ = [
    "CANCELLED",
    "Column",
    "ColumnKind",
    "CsvFolderWriter",
    "ExportCancelled",
    "ExportRefused",
    "RowWriter",
    "XlsxWriter",
]

_NOT_IN_SHEET_NAMES = str.maketrans("", "", "[]:*?/\\")


class _ExportWriter(ABC):
    """Temporary output while the export runs (``_open``), moved into place on a clean exit
    (``_finish``) and removed on any exception, a cancel too (``_discard``); OSErrors become
    ExportRefused."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target)

    def __enter__(self) -> Self:
        with self._refusing():
            self._open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if exc_info[1] is not None:
            self._discard()
            return
        try:
            with self._refusing():
                self._finish()
        except ExportRefused:
            self._discard()
            raise

    @contextmanager
    def _refusing(self) -> Iterator[None]:
        try:
            yield
        except OSError as error:
            reason = error.strerror or error
            raise ExportRefused(f"Cannot write the export to {self.target}: {reason}") from error

    @abstractmethod
    def _open(self) -> None: ...

    @abstractmethod
    def _finish(self) -> None: ...

    @abstractmethod
    def _discard(self) -> None: ...


class XlsxWriter(_ExportWriter):
    """One workbook (openpyxl, write-only), a sheet a table: a bold header row kept in view
    (frozen at A2), dates and times as real Excel dates (yyyy-mm-dd, yyyy-mm-dd hh:mm), money
    as numbers shown with 2 decimals (0.00), columns as wide as the header and the first 200
    rows need. Text stays text (a name typed as "=1+1" is no formula) and loses the control
    characters an .xlsx cannot hold. The rows are streamed by ``sheet_rows`` (see why there)."""

    def _open(self) -> None:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self._temp = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.", dir=self.target.parent))
        self._book = Workbook(write_only=True)
        self._rows: dict[WriteOnlyWorksheet, Path] = {}
        self._styles: dict[ColumnKind, int] = {}

    def _finish(self) -> None:
        book, spliced = self._temp / "book.xlsx", self._temp / "spliced.xlsx"
        self._book.save(book)
        splice_rows(book, {sheet.path[1:]: rows for sheet, rows in self._rows.items()}, spliced)
        os.replace(spliced, self.target)
        shutil.rmtree(self._temp, ignore_errors=True)

    def _discard(self) -> None:
        # A sheet's header row waits in openpyxl's temporary file until the workbook is saved.
        for sheet in self._book.worksheets:
            with suppress(OSError):  # best effort: the export has failed already
                if not sheet.closed:
                    sheet.close()
                if os.path.exists(sheet._writer.out):
                    sheet._writer.cleanup()
        shutil.rmtree(self._temp, ignore_errors=True)

    @staticmethod
    def sheet_name(name: str) -> str:
        """``name`` as Excel allows a sheet to be named: at most 31 characters, none of []:*?/\\."""
        return name.translate(_NOT_IN_SHEET_NAMES)[:31] or "Sheet"

    @contextmanager
    def table(self, name: str, columns: Sequence[Column]) -> Iterator[RowWriter]:
        sheet = self._book.create_sheet(self.sheet_name(name))
        sheet.freeze_panes = "A2"
        path = self._temp / f"sheet{len(self._rows) + 1}.rows"
        with self._refusing():
            with path.open("w", encoding="utf-8") as stream:
                rows = SheetRows(stream, columns, self._style_ids(sheet))
                yield rows
            # A write-only sheet takes its widths before its first row.
            for index, width in enumerate(rows.widths(), 1):
                sheet.column_dimensions[get_column_letter(index)].width = width
            sheet.append([_bold(sheet, column.name) for column in columns])
        self._rows[sheet] = path

    def _style_ids(self, sheet: WriteOnlyWorksheet) -> dict[ColumnKind, int]:
        """The workbook's style of each number format (registered once)."""
        if not self._styles:
            for kind, number_format in FORMATS.items():
                cell = WriteOnlyCell(sheet)
                cell.number_format = number_format
                self._styles[kind] = cell.style_id
        return self._styles


def _bold(sheet: WriteOnlyWorksheet, text: str) -> Any:
    cell = WriteOnlyCell(sheet, clean_text(text))
    cell.font = Font(bold=True)
    return cell


class CsvFolderWriter(_ExportWriter):
    """A folder with one ``<table>.csv`` a table (the table's name in lower case, spaces as
    underscores): comma-separated, a header row, dates as 2026-12-01 and times as
    2026-12-01 09:00:00 (ISO 8601), money as 12.50, booleans as yes/no, ids as integers.

    Plain UTF-8 without a byte-order mark: the files are for other systems and scripts, which
    read a BOM as part of the first column's name; Excel users get the .xlsx instead. Text is
    written exactly as typed (no quote or apostrophe added), so the data round-trips.

    The files are written into a hidden folder inside the target and moved into it at the end,
    replacing the files of an earlier export; other files in the folder are left alone."""

    def _open(self) -> None:
        self._made_target = not self.target.exists()
        self.target.mkdir(parents=True, exist_ok=True)
        self._temp = Path(tempfile.mkdtemp(prefix=".export-", dir=self.target))
        self._files: list[Path] = []

    def _finish(self) -> None:
        for path in self._files:
            os.replace(path, self.target / path.name)
        self._temp.rmdir()

    def _discard(self) -> None:
        shutil.rmtree(self._temp, ignore_errors=True)
        if self._made_target:
            with suppress(OSError):
                self.target.rmdir()

    @staticmethod
    def file_name(name: str) -> str:
        return f"{name.strip().lower().replace(' ', '_')}.csv"

    @contextmanager
    def table(self, name: str, columns: Sequence[Column]) -> Iterator[RowWriter]:
        path = self._temp / self.file_name(name)
        self._files.append(path)
        with self._refusing(), path.open("w", encoding="utf-8", newline="") as stream:
            yield _CsvTable(stream, columns)


class _CsvTable:
    def __init__(self, stream: TextIO, columns: Sequence[Column]) -> None:
        self._writer = csv.writer(stream)
        self._writer.writerow([column.name for column in columns])
        # Text and integers go as they are: csv writes None as an empty cell.
        texts = [_CSV_TEXT.get(column.kind) for column in columns]
        self._texts = [(i, text) for i, text in enumerate(texts) if text is not None]

    def write(self, row: Sequence[Any]) -> None:
        values = list(row)
        for i, text in self._texts:
            if values[i] is not None:
                values[i] = text(values[i])
        self._writer.writerow(values)


_CSV_TEXT: dict[ColumnKind, Callable[[Any], str]] = {
    ColumnKind.DATE: date.isoformat,
    ColumnKind.DATETIME: lambda at: at.isoformat(sep=" ", timespec="seconds"),
    ColumnKind.MONEY: cents_text,
    ColumnKind.BOOLEAN: lambda flag: "yes" if flag else "no",
}
