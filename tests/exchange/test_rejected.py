"""The rejected rows saved as a CSV file with their line and reason, to fix and import again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from studio_app.domain.errors import ImportRefused
from studio_app.exchange.fields import Field
from studio_app.exchange.mapping import guess_fields
from studio_app.exchange.preview import (
    ColumnMapping,
    ExistingMembers,
    ImportPreview,
    PreviewRow,
    RowAction,
    RowStatus,
    StudioPlan,
)
from studio_app.exchange.reading import read_table
from studio_app.exchange.rejected import write_rejected
from studio_app.exchange.table import SourceTable
from studio_app.exchange.validation import preview_rows

DATA = Path(__file__).parent.parent / "data"
PLANS = (StudioPlan(3, "Karnet 8 wejść", "session_pass"), StudioPlan(4, "Open", "time_based"))


def _polish() -> tuple[SourceTable, ImportPreview]:
    table = read_table(DATA / "klienci_cp1250.csv")
    mapping = ColumnMapping(
        guess_fields(table.headers), plans={"Karnet 8 wejść": 3, "Karnet open miesięczny": 4}
    )
    return table, preview_rows(table, mapping, ExistingMembers(), PLANS, date(2026, 12, 1))


def test_the_rejected_rows_read_back_as_an_import_file(tmp_path: Path) -> None:
    table, preview = _polish()
    path = write_rejected(table, preview, tmp_path / "klienci-odrzuceni.csv")
    assert path == tmp_path / "klienci-odrzuceni.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbfLine,Imi\xc4\x99,Nazwisko,")

    again = read_table(path)
    assert (again.encoding, again.delimiter) == ("utf-8-sig", ",")
    assert again.headers == ("Line", *table.headers, "Reason")
    assert [(row[0], row[1], row[-1]) for row in again.rows] == [
        ("5", "Małgorzata", "Data urodzenia: '31.06.1992' is not a date: June 1992 has 30 days"),
        ("6", "Paweł", "sessions left '-2' is negative"),
        ("7", "Agnieszka", "no sessions left given for Karnet 8 wejść"),
        ("10", "Bożena", "email LUKASZ.ZOLC@example.pl is also on line 2"),
    ]
    assert again.rows[1][1:-1] == table.rows[4]  # the original cells, as they were read


def test_a_fixed_rejected_file_imports_with_the_same_column_mapping(tmp_path: Path) -> None:
    table, preview = _polish()
    path = write_rejected(table, preview, tmp_path / "rejected.csv")
    fields = guess_fields(read_table(path).headers)
    assert fields == (Field.IGNORE, *guess_fields(table.headers), Field.IGNORE)


def test_cells_with_commas_quotes_and_line_breaks_survive(tmp_path: Path) -> None:
    headers = ("Name", "Notes")
    cells = ("Ångström, Zoë", 'She said "hi", then left\nearly')
    table = SourceTable("x.csv", headers, (cells,), "utf-8", lines=(7,))
    row = PreviewRow(7, cells, RowStatus.ERROR, RowAction.REJECT, ("a, b", '"c"'))
    preview = ImportPreview("x.csv", headers, (row,))
    again = read_table(write_rejected(table, preview, tmp_path / "rejected.csv"))
    assert again.rows == (("7", *cells, 'a, b; "c"'),)


def test_an_existing_file_is_replaced_and_no_temporary_file_is_left(tmp_path: Path) -> None:
    table, preview = _polish()
    path = tmp_path / "rejected.csv"
    path.write_text("old content")
    write_rejected(table, preview, path)
    assert read_table(path).rows[0][1] == "Małgorzata"
    assert [p.name for p in tmp_path.iterdir()] == ["rejected.csv"]


def test_a_folder_that_cannot_be_written_refuses_with_the_reason(tmp_path: Path) -> None:
    table, preview = _polish()
    path = tmp_path / "no such folder" / "rejected.csv"
    with pytest.raises(ImportRefused) as refused:
        write_rejected(table, preview, path)
    assert refused.value.message == (
        f"The rejected rows could not be saved to {path}: No such file or directory."
    )


def test_a_failed_move_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table, preview = _polish()

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("studio_app.exchange.rejected.os.replace", full)
    with pytest.raises(ImportRefused, match="No space left on device"):
        write_rejected(table, preview, tmp_path / "rejected.csv")
    assert list(tmp_path.iterdir()) == []
