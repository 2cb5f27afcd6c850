"""Reading another system's member export into a table of text cells.

A CSV file in any of the delimiters "," ";" or tab and any of the encodings in ``ENCODINGS``,
or the first non-empty sheet of an .xlsx workbook. A file that is not a member list is refused
with ``ImportRefused`` naming the file and the problem, before anything else happens: missing,
locked or unreadable, empty, larger than 50 MB, a PDF, binary, a password-protected or damaged
workbook, a line longer than 1 MB, more than 200 columns, or a header with no rows under it.
"""

from __future__ import annotations

import csv
import io
import stat
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from studio_app.domain.errors import ImportRefused
from studio_app.exchange.encodings import ENCODINGS, decode
from studio_app.exchange.table import SourceTable

__all__ = ["ENCODINGS", "MAX_BYTES", "MAX_COLUMNS", "MAX_LINE", "read_table"]

MAX_BYTES = 50 * 1024 * 1024
MAX_LINE = 1024 * 1024
MAX_COLUMNS = 200
_DELIMITERS = (",", ";", "\t")
_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
_OTHER_SPREADSHEETS = {".ods": "an OpenDocument spreadsheet", ".numbers": "a Numbers file"}
_ZIP, _OLE2, _PDF = b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_WEB_PAGE = (b"<!doctype html", b"<html", b"<?xml", b"<table")
#: Control bytes that never occur in a text table (tab, line ends and form feed do).
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\f")
_BINARY_SHARE = 0.05
_EXPORT_AGAIN = "export the member list as CSV or .xlsx"

#: The sheet of a Studio App export that holds members with what they have left.
MEMBERS_AND_BALANCES = "Members and balances"
Record = tuple[int, list[str]]  # (file line or worksheet row, stripped cells)


def read_table(path: Path, encoding: str | None = None) -> SourceTable:
    """The header row and the data rows of ``path`` as stripped text cells.

    Fully empty rows are skipped (each kept row remembers its own line), rows are padded or
    cut to the header's length, and blank or repeated headers get a name of their own
    ("Column 3", "Phone (2)"). ``encoding`` (one of ``ENCODINGS``) overrides the detected one
    for a CSV file."""
    name = path.name
    if encoding is not None and encoding not in ENCODINGS:
        raise ImportRefused(f"{encoding} is not one of the encodings: {', '.join(ENCODINGS)}.")
    suffix = path.suffix.lower()
    if suffix in _OTHER_SPREADSHEETS:
        raise ImportRefused(
            f"{name} is {_OTHER_SPREADSHEETS[suffix]}: save it as .xlsx or CSV first."
        )
    data = _read_bytes(path)
    if not data.strip():
        raise ImportRefused(f"{name} is empty: there is nothing to import.")
    if data.startswith(_PDF):
        raise ImportRefused(f"{name} is a PDF document, not a table: {_EXPORT_AGAIN}.")
    if data.startswith(_OLE2):
        raise ImportRefused(
            f"{name} is password-protected or an old .xls workbook: save it as .xlsx or CSV "
            "without a password."
        )
    if data.startswith(_ZIP):
        records = _workbook_records(data, name)
        return _table(name, records, "xlsx", True, "")
    if suffix in _WORKBOOK_SUFFIXES:
        raise ImportRefused(
            f"{name} is not an .xlsx workbook: it is damaged or another kind of file renamed "
            f"to {suffix}. Open it in Excel and save it again, or {_EXPORT_AGAIN}."
        )
    _check_text(data, name)
    text, used, certain = decode(data, encoding, source=name)
    delimiter = _delimiter(text)
    return _table(name, _csv_records(text, delimiter, name), used, certain, delimiter)


def _read_bytes(path: Path) -> bytes:
    name = path.name
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):  # Windows refuses to open a folder as PermissionError
            raise ImportRefused(f"{path} is a folder, not a file.")
        size = status.st_size
        if size > MAX_BYTES:
            raise ImportRefused(
                f"{name} is {size / 1024 / 1024:.0f} MB (at most {MAX_BYTES // 1024 // 1024} "
                "MB): this is not a member list."
            )
        with path.open("rb") as file:
            return file.read(MAX_BYTES + 1)
    except FileNotFoundError as error:
        raise ImportRefused(f"{path} was not found: it may have been moved or deleted.") from error
    except PermissionError as error:
        raise ImportRefused(
            f"{name} is open in another program (Excel?) or you may not read it: close it and "
            "try again."
        ) from error
    except OSError as error:
        raise ImportRefused(f"{name} cannot be read: {error.strerror or error}.") from error
    except ValueError as error:  # a NUL character or text the system cannot encode
        raise ImportRefused(f"{str(path)!r} is not a file name: choose the file again.") from error


def _check_text(data: bytes, name: str) -> None:
    """Refuse what is not a text table: UTF-16, a web page, binary data, an endless line."""
    sample = data[:65536]
    if sample.startswith(_UTF16_BOMS):
        raise ImportRefused(
            f'{name} is saved as UTF-16 ("Unicode text"): save it as "CSV UTF-8" instead.'
        )
    if sample.lstrip()[:16].lower().startswith(_WEB_PAGE):
        raise ImportRefused(f"{name} is a web page or XML, not a table: {_EXPORT_AGAIN}.")
    control = len(sample) - len(sample.translate(None, _CONTROL))
    if b"\0" in sample or control > _BINARY_SHARE * len(sample):
        raise ImportRefused(f"{name} is not a text table (it holds binary data): {_EXPORT_AGAIN}.")
    lines = data.splitlines()
    if max(map(len, lines)) > MAX_LINE:
        number = next(i for i, line in enumerate(lines, 1) if len(line) > MAX_LINE)
        raise ImportRefused(
            f"{name}: line {number} is longer than 1 MB: this is not a member list."
        )


def _delimiter(text: str) -> str:
    """The delimiter csv.Sniffer finds in the first lines, if the header line has at least as
    many of it (outside quotes) as of any other; else the one the header line has most of
    ("," when the sniffer finds none and the header has none: a one-column file)."""
    sample = text[:65536].splitlines()[:20]
    header = next((line for line in sample if line.strip()), "")
    counts = {d: _count_outside_quotes(header, d) for d in _DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff("\n".join(sample), delimiters="".join(_DELIMITERS))
    except csv.Error:
        sniffed = None
    if sniffed is not None and counts.get(sniffed.delimiter) == max(counts.values()):
        return sniffed.delimiter
    return max(_DELIMITERS, key=counts.__getitem__)


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def _csv_records(text: str, delimiter: str, name: str) -> list[Record]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)
    records: list[Record] = []
    start = 1
    try:
        for cells in reader:
            stripped = [cell.strip() for cell in cells]
            if any(stripped):
                records.append((start, stripped))
            start = reader.line_num + 1
    except csv.Error as error:  # a cell longer than the csv module's limit (128 KB)
        raise ImportRefused(f"{name}: line {start} cannot be read: {error}.") from error
    return records


def _workbook_records(data: bytes, name: str) -> list[Record]:
    """The non-empty rows of the first sheet that has any, with their row numbers; a workbook
    exported by Studio App is read from its "Members and balances" sheet, the one meant to be
    imported again."""
    try:
        with warnings.catch_warnings():  # "no default style" and the like: nothing to act on
            warnings.simplefilter("ignore")
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheets = sorted(book.worksheets, key=lambda s: s.title != MEMBERS_AND_BALANCES)
            for sheet in sheets:
                sheet.reset_dimensions()  # some programs write a wrong used range
                records = _sheet_records(sheet.iter_rows(values_only=True))
                if records:
                    return records
            return []
        finally:
            book.close()
    except zipfile.BadZipFile as error:
        raise ImportRefused(
            f"{name} is damaged: it is not a complete .xlsx workbook. Save it again from "
            f"Excel, or {_EXPORT_AGAIN}."
        ) from error
    except Exception as error:  # openpyxl raises many kinds of error for a broken workbook
        raise ImportRefused(
            f"{name} cannot be read as an Excel workbook (it may be damaged): {error}."
        ) from error


def _sheet_records(rows: Iterable[Sequence[object]]) -> list[Record]:
    records: list[Record] = []
    for number, row in enumerate(rows, 1):
        cells = [_cell_text(value) for value in row]
        if any(cells):
            records.append((number, cells))
    return records


def _cell_text(value: object) -> str:
    """A workbook cell as text: a date "YYYY-MM-DD", a whole number without ".0"."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _table(
    name: str, records: list[Record], encoding: str, certain: bool, delimiter: str
) -> SourceTable:
    if not records:
        raise ImportRefused(f"{name} is empty: there is nothing to import.")
    (_, header), data = records[0], records[1:]
    if not data:
        raise ImportRefused(f"{name} has a header row but no data rows: nothing to import.")
    width = _width(header, [cells for _, cells in data])
    if width > MAX_COLUMNS:
        raise ImportRefused(
            f"{name} has {width} columns (at most {MAX_COLUMNS}): this is not a member list."
        )
    return SourceTable(
        file_name=name,
        headers=_unique_headers(header[:width] + [""] * (width - len(header))),
        rows=tuple(tuple(cells[:width] + [""] * (width - len(cells))) for _, cells in data),
        encoding=encoding,
        encoding_certain=certain,
        delimiter=delimiter,
        lines=tuple(line for line, _ in data),
    )


def _width(header: list[str], rows: list[list[str]]) -> int:
    """The header's length without trailing blank headers that have no data under them."""
    width = _used(header)
    for row in rows:
        if width == len(header):
            break
        width = max(width, min(_used(row), len(header)))
    return width


def _used(cells: list[str]) -> int:
    """How many cells there are up to the last non-empty one."""
    n = len(cells)
    while n and not cells[n - 1]:
        n -= 1
    return n


def _unique_headers(header: list[str]) -> tuple[str, ...]:
    names: list[str] = []
    seen: set[str] = set()
    for i, text in enumerate(header, 1):
        base = text or f"Column {i}"
        unique, n = base, 1
        while unique.casefold() in seen:
            n += 1
            unique = f"{base} ({n})"
        seen.add(unique.casefold())
        names.append(unique)
    return tuple(names)
