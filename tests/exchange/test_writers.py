"""The export writers: an .xlsx workbook (read back with openpyxl) and a folder of CSV files
(read back with csv); a cancelled or failed export leaves nothing behind."""

from __future__ import annotations

import csv
import errno
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from studio_app.exchange import writers
from studio_app.exchange.writers import (
    Column,
    ColumnKind,
    CsvFolderWriter,
    ExportCancelled,
    ExportRefused,
    XlsxWriter,
)

COLUMNS = [
    Column("Member id", ColumnKind.INTEGER),
    Column("Name"),
    Column("Born", ColumnKind.DATE),
    Column("Paid at", ColumnKind.DATETIME),
    Column("Amount", ColumnKind.MONEY),
    Column("Active", ColumnKind.BOOLEAN),
]
ROWS = [
    (1, "Łukasz Żółć", date(1990, 5, 17), datetime(2026, 12, 1, 9, 30), 1250, True),
    (2, "Zoë Ångström", None, None, -5, False),
    (3, "=1+1 & <b>bold</b>", date(2026, 1, 2), datetime(2026, 1, 2, 18, 5, 59), 0, True),
    (4, "Bell\x07 and\x00 nul", None, None, None, None),
    (5, "  spaced  ", None, None, 100000, False),
]


def _write(writer: XlsxWriter | CsvFolderWriter, rows: list[tuple] = ROWS) -> None:  # type: ignore[type-arg]
    with writer, writer.table("Members", COLUMNS) as table:
        for row in rows:
            table.write(row)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_workbook_has_a_frozen_bold_header_real_dates_money_and_widths(tmp_path: Path) -> None:
    out = tmp_path / "studio.xlsx"
    _write(XlsxWriter(out))
    assert _leftovers(tmp_path) == ["studio.xlsx"]
    sheet = load_workbook(out)["Members"]
    assert sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]] == [c.name for c in COLUMNS]
    assert all(c.font.b for c in sheet[1])
    first = [c for c in sheet[2]]
    assert first[0].value == 1 and first[1].value == "Łukasz Żółć"
    assert first[2].value == datetime(1990, 5, 17) and first[2].number_format == "yyyy-mm-dd"
    assert first[3].value == datetime(2026, 12, 1, 9, 30)
    assert first[3].number_format == "yyyy-mm-dd hh:mm"
    assert first[4].value == 12.5 and first[4].number_format == "0.00"
    assert first[5].value is True
    assert [c.value for c in sheet[3]] == [2, "Zoë Ångström", None, None, -0.05, False]
    third = sheet[4]
    assert third[1].value == "=1+1 & <b>bold</b>" and third[1].data_type == "s"
    assert third[3].value == datetime(2026, 1, 2, 18, 5, 59)
    assert sheet["B5"].value == "Bell and nul"  # control characters an .xlsx cannot hold
    assert sheet["B6"].value == "  spaced  " and sheet["E6"].value == 1000
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDEF"}
    assert widths["B"] == len("=1+1 & <b>bold</b>") + 2
    assert widths["C"] == len("yyyy-mm-dd") + 2 and widths["D"] == len("yyyy-mm-dd hh:mm") + 2
    assert widths["A"] == len("Member id") + 2


def test_workbook_widths_come_from_the_first_rows_within_limits(tmp_path: Path) -> None:
    out = tmp_path / "wide.xlsx"
    columns = [Column("N", ColumnKind.INTEGER), Column("Text")]
    with (
        XlsxWriter(out) as writer,
        writer.table("A very long table name, longer than 31", columns) as t,
    ):
        for n in range(500):
            t.write((n, "x" * (300 if n == 400 else 20)))
    book = load_workbook(out)
    [name] = book.sheetnames
    assert name == "A very long table name, longer "[:31] and len(name) == 31
    sheet = book[name]
    assert sheet.max_row == 501
    assert sheet.column_dimensions["A"].width == 8  # the minimum
    assert sheet.column_dimensions["B"].width == 22  # row 400 is past the measured rows
    assert sheet["B402"].value == "x" * 300


def test_csv_folder_is_utf8_with_iso_dates_money_and_yes_no(tmp_path: Path) -> None:
    out = tmp_path / "export"
    _write(CsvFolderWriter(out))
    assert _leftovers(out) == ["members.csv"]
    raw = (out / "members.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # plain UTF-8, no byte-order mark
    with (out / "members.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == [c.name for c in COLUMNS]
    assert rows[1] == ["1", "Łukasz Żółć", "1990-05-17", "2026-12-01 09:30:00", "12.50", "yes"]
    assert rows[2] == ["2", "Zoë Ångström", "", "", "-0.05", "no"]
    assert rows[3][1] == "=1+1 & <b>bold</b>"
    assert rows[5] == ["5", "  spaced  ", "", "", "1000.00", "no"]


def test_a_csv_export_into_an_existing_folder_keeps_other_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    (tmp_path / "members.csv").write_text("old export")
    _write(CsvFolderWriter(tmp_path))
    assert _leftovers(tmp_path) == ["members.csv", "notes.txt"]
    assert "Łukasz Żółć" in (tmp_path / "members.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize("make", [XlsxWriter, CsvFolderWriter])
def test_a_cancelled_export_leaves_nothing(tmp_path: Path, make: type) -> None:
    out = tmp_path / ("studio.xlsx" if make is XlsxWriter else "export")
    openpyxl_files = list(ALL_TEMP_FILES)
    with pytest.raises(ExportCancelled), make(out) as writer:
        with writer.table("Members", COLUMNS) as table:
            table.write(ROWS[0])
        with writer.table("Payments", COLUMNS) as table:
            table.write(ROWS[1])
            raise ExportCancelled()
    assert _leftovers(tmp_path) == []
    assert openpyxl_files == ALL_TEMP_FILES  # openpyxl's own temporary files are gone too


def test_an_unwritable_target_is_refused_in_words(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    for writer in (XlsxWriter(blocker / "studio.xlsx"), CsvFolderWriter(blocker / "export")):
        with pytest.raises(ExportRefused, match=r"Cannot write the export to .*a-file"):
            _write(writer)
    assert _leftovers(tmp_path) == ["a-file"]


def test_a_full_disk_is_refused_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writers, "splice_rows", full)
    with pytest.raises(ExportRefused) as refused:
        _write(XlsxWriter(tmp_path / "studio.xlsx"))
    assert refused.value.message == (
        f"Cannot write the export to {tmp_path / 'studio.xlsx'}: No space left on device"
    )
    assert _leftovers(tmp_path) == []
