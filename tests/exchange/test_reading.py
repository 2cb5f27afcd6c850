"""Reading another system's export into text cells, and refusing, with a message a person can
act on, every file that is not a member list."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import openpyxl
import pytest

from studio_app.domain.errors import ImportRefused
from studio_app.exchange import reading
from studio_app.exchange.reading import read_table

DATA = Path(__file__).parent.parent / "data"


def _refusal(path: Path, encoding: str | None = None) -> str:
    with pytest.raises(ImportRefused) as refused:
        read_table(path, encoding)
    return refused.value.message


def _csv(tmp_path: Path, text: str, name: str = "clients.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode())
    return path


# The sample exports ---------------------------------------------------------------------------


def test_an_english_comma_export_in_utf8() -> None:
    table = read_table(DATA / "clients_us_export.csv")
    assert (table.file_name, table.encoding, table.encoding_certain, table.delimiter) == (
        "clients_us_export.csv",
        "utf-8",
        True,
        ",",
    )
    assert table.headers[:3] == ("First Name", "Last Name", "Email")
    assert len(table.headers) == 10 and len(table.rows) == 11
    zoe = table.rows[1]
    assert zoe[:2] == ("Zoë", "Ångström")
    assert zoe[6] == "Knee injury, no jumping"  # a quoted cell with the delimiter in it
    assert table.rows[4][:3] == ("", "", "walkin@example.com")
    assert [table.line_at(i) for i in (0, 10)] == [2, 12]


def test_a_polish_semicolon_export_in_windows_1250() -> None:
    table = read_table(DATA / "klienci_cp1250.csv")
    assert (table.encoding, table.encoding_certain, table.delimiter) == ("cp1250", True, ";")
    assert table.headers == (
        "Imię",
        "Nazwisko",
        "E-mail",
        "Telefon",
        "Data urodzenia",
        "Karta",
        "Karnet",
        "Pozostało wejść",
        "Ważny do",
        "Uwagi",
    )
    assert [row[:2] for row in table.rows[:3]] == [
        ("Łukasz", "Żółć"),
        ("Zofia", "Świątek"),
        ("Grzegorz", "Brzęczyszczykiewicz"),
    ]
    assert table.rows[1][9] == "Kontuzja kolana – bez skłonów"
    assert table.rows[7][9] == "Przyszła z polecenia; woli zajęcia rano"


def test_the_encoding_the_user_picks_wins_over_the_detected_one() -> None:
    table = read_table(DATA / "klienci_cp1250.csv", "cp1252")
    assert table.encoding == "cp1252"
    assert table.rows[0][:2] == ("£ukasz", "¯ó³æ")


def test_a_tab_delimited_utf8_file_with_a_byte_order_mark() -> None:
    table = read_table(DATA / "clients_utf8_bom_tabs.tsv")
    assert (table.encoding, table.delimiter) == ("utf-8-sig", "\t")
    assert table.headers[0] == "Full name"  # no byte-order mark left in the first header
    assert table.rows[0][:2] == ("Þór Odinsson", "thor@example.is")
    assert table.rows[1][8] == "Two lines:\nmorning and evening"
    # The quoted cell spans lines 3-4 and line 7 is blank: each row keeps its own line.
    assert table.lines == (2, 3, 5, 6, 8, 9, 10, 11)
    assert table.line_at(4) == 8


def test_a_workbook_reads_its_first_sheet_with_dates_and_numbers_as_text() -> None:
    table = read_table(DATA / "members_export.xlsx")
    assert (table.encoding, table.encoding_certain, table.delimiter) == ("xlsx", True, "")
    assert table.headers[:4] == ("Name", "Email", "Phone", "Date of birth")
    lukasz, zoe, thor = table.rows[:3]
    assert lukasz[:8] == (
        "Łukasz Żółć",
        "lukasz@example.pl",
        "48601234567",
        "1990-07-14",
        "5001",
        "Karnet 8 wejść",
        "5",
        "2027-01-31",
    )
    assert (zoe[3], zoe[7]) == ("1994-11-02", "2027-01-15")
    assert thor[6] == "10"  # 10.0 in the cell
    assert table.rows[4][6] == "2.5"
    assert table.rows[6][0] == "Chloé   Dubois"
    # Row 5 of the sheet is blank: the rows after it keep their sheet row numbers.
    assert table.lines == (2, 3, 4, 6, 7, 8, 9)


def test_a_workbook_whose_first_sheet_is_empty_reads_the_first_sheet_with_rows(
    tmp_path: Path,
) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Cover"
    sheet = book.create_sheet("Members")
    sheet.append([None, None])
    sheet.append(["First name", "Last name", None])
    sheet.append(["Þór", "Odinsson", None])
    path = tmp_path / "members.xlsx"
    book.save(path)
    table = read_table(path)
    assert (table.headers, table.rows, table.lines) == (
        ("First name", "Last name"),
        (("Þór", "Odinsson"),),
        (3,),
    )


# Delimiters, rows and headers -----------------------------------------------------------------


def test_the_delimiter_is_the_one_the_header_uses_even_with_commas_in_the_cells(
    tmp_path: Path,
) -> None:
    path = _csv(tmp_path, "Name;Notes\nAnna Kowalska;likes tea, coffee, and cake\n")
    table = read_table(path)
    assert table.delimiter == ";"
    assert table.rows == (("Anna Kowalska", "likes tea, coffee, and cake"),)


def test_a_one_column_file_reads(tmp_path: Path) -> None:
    table = read_table(_csv(tmp_path, "Name\nZoë Ångström\nÞór Odinsson\n"))
    assert table.headers == ("Name",)
    assert table.rows == (("Zoë Ångström",), ("Þór Odinsson",))


def test_cells_are_stripped_and_empty_rows_skipped(tmp_path: Path) -> None:
    text = 'Name , Email\n\n  Zoë ,  "zoe@example.com" \n,\n ; \nÞór,thor@example.is\n'
    table = read_table(_csv(tmp_path, text))
    assert table.headers == ("Name", "Email")
    assert table.rows[0] == ("Zoë", "zoe@example.com")
    assert table.rows[-1] == ("Þór", "thor@example.is")
    assert table.lines == (3, 5, 6)  # line 5 holds "; " under a comma header: not empty


def test_rows_are_padded_and_cut_to_the_header(tmp_path: Path) -> None:
    table = read_table(_csv(tmp_path, "A,B,C\n1\n1,2,3,4,5\n"))
    assert table.rows == (("1", "", ""), ("1", "2", "3"))


def test_blank_and_repeated_headers_get_names_of_their_own(tmp_path: Path) -> None:
    table = read_table(_csv(tmp_path, "Name,,Phone,phone,\nZoë,x,1,2,\n"))
    assert table.headers == ("Name", "Column 2", "Phone", "phone (2)")


def test_old_mac_line_endings(tmp_path: Path) -> None:
    table = read_table(_csv(tmp_path, "Name,Email\rZoë,zoe@example.com\rÞór,\r"))
    assert table.rows == (("Zoë", "zoe@example.com"), ("Þór", ""))


# Files that are not a member list ---------------------------------------------------------------


def test_a_missing_file(tmp_path: Path) -> None:
    message = _refusal(tmp_path / "gone.csv")
    assert message == f"{tmp_path / 'gone.csv'} was not found: it may have been moved or deleted."


def test_a_folder(tmp_path: Path) -> None:
    (tmp_path / "exports.csv").mkdir()
    assert _refusal(tmp_path / "exports.csv").endswith("is a folder, not a file.")


@pytest.mark.parametrize(
    "content", [b"", b"\n", b"\r\n\r\n  \n", b"\xef\xbb\xbf\r\n", b";;;\n;;\n"]
)
def test_an_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(content)
    assert _refusal(path) == "clients.csv is empty: there is nothing to import."


def test_a_header_without_rows(tmp_path: Path) -> None:
    message = _refusal(_csv(tmp_path, "First name;Last name\n\n"))
    assert message == "clients.csv has a header row but no data rows: nothing to import."


def test_binary_noise(tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(random.Random(7).randbytes(4096))
    message = _refusal(path)
    assert message.startswith("clients.csv is not a text table (it holds binary data)")


def test_control_characters_without_a_nul_byte_are_binary_too(tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(b"Name\x01\x02\x03\x04\x05\x06\x07\x08;x\n" * 50)
    assert "binary data" in _refusal(path)


def test_a_pdf_named_csv(tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    assert _refusal(path) == (
        "clients.csv is a PDF document, not a table: export the member list as CSV or .xlsx."
    )


@pytest.mark.parametrize("name", ["members.xlsx", "members.xls"])
def test_a_password_protected_workbook_or_an_old_xls(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert _refusal(path) == (
        f"{name} is password-protected or an old .xls workbook: save it as .xlsx or CSV "
        "without a password."
    )


def test_a_truncated_workbook(tmp_path: Path) -> None:
    whole = (DATA / "members_export.xlsx").read_bytes()
    path = tmp_path / "members.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    assert _refusal(path).startswith(
        "members.xlsx is damaged: it is not a complete .xlsx workbook."
    )


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "members.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a workbook")
    assert _refusal(path).startswith("members.xlsx cannot be read as an Excel workbook")


def test_a_text_file_named_xlsx(tmp_path: Path) -> None:
    message = _refusal(_csv(tmp_path, "Name,Email\nZoë,zoe@example.com\n", "members.xlsx"))
    assert message.startswith("members.xlsx is not an .xlsx workbook: it is damaged or another")


def test_an_opendocument_spreadsheet(tmp_path: Path) -> None:
    message = _refusal(_csv(tmp_path, "x", "members.ods"))
    assert message == "members.ods is an OpenDocument spreadsheet: save it as .xlsx or CSV first."


def test_utf16_unicode_text(tmp_path: Path) -> None:
    path = tmp_path / "clients.txt"
    path.write_bytes("Name\tEmail\nZoë\tzoe@example.com\n".encode("utf-16"))
    assert "saved as UTF-16" in _refusal(path)


def test_a_web_page(tmp_path: Path) -> None:
    message = _refusal(_csv(tmp_path, "\n<!DOCTYPE html><html><table></table></html>"))
    assert message.startswith("clients.csv is a web page or XML, not a table")


def test_a_line_longer_than_a_megabyte(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Name,Notes\nZoë,short\nÞór," + "x" * 1_100_000 + "\n")
    assert _refusal(path) == ("clients.csv: line 3 is longer than 1 MB: this is not a member list.")


def test_more_than_200_columns(tmp_path: Path) -> None:
    header = ",".join(f"c{i}" for i in range(201))
    message = _refusal(_csv(tmp_path, f"{header}\n{'x,' * 200}x\n"))
    assert message == "clients.csv has 201 columns (at most 200): this is not a member list."


def test_200_columns_are_fine_and_trailing_empty_columns_do_not_count(tmp_path: Path) -> None:
    header = ",".join(f"c{i}" for i in range(200)) + "," * 300
    table = read_table(_csv(tmp_path, f"{header}\n{'x,' * 199}x,,,\n"))
    assert len(table.headers) == 200


def test_a_file_larger_than_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_BYTES", 3 * 1024 * 1024)
    path = _csv(tmp_path, "Name\n" + "Zoë Ångström\n" * 300_000)
    assert _refusal(path) == "clients.csv is 5 MB (at most 3 MB): this is not a member list."


def test_a_cell_too_long_for_the_csv_reader(tmp_path: Path) -> None:
    path = _csv(tmp_path, 'Name,Notes\nZoë,"' + ("x" * 1000 + "\n") * 200 + '"\n')
    assert _refusal(path).startswith("clients.csv: line 2 cannot be read: field larger than")


@pytest.mark.parametrize("name", ["clients.csv", "members.xlsx"])
def test_a_file_open_in_excel_or_not_readable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # Tests run as root, which chmod 000 does not stop: Windows refuses a locked file so.
    path = tmp_path / name
    path.write_bytes((DATA / "members_export.xlsx").read_bytes())

    def locked(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", locked)
    assert _refusal(path) == (
        f"{name} is open in another program (Excel?) or you may not read it: close it and "
        "try again."
    )


def test_a_read_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _csv(tmp_path, "Name\nZoë\n")

    def failing(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "open", failing)
    assert _refusal(path) == "clients.csv cannot be read: Input/output error."


def test_an_encoding_that_cannot_read_the_file(tmp_path: Path) -> None:
    message = _refusal(DATA / "klienci_cp1250.csv", "utf-8")
    assert message.startswith("klienci_cp1250.csv cannot be read as UTF-8: byte 3 (0xEA)")


def test_an_encoding_that_is_not_offered(tmp_path: Path) -> None:
    message = _refusal(_csv(tmp_path, "Name\nZoë\n"), "latin-1")
    assert message == "latin-1 is not one of the encodings: utf-8, cp1250, cp1252."
