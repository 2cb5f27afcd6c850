"""Makes tests/data/members_export.xlsx: another system's member export with real date cells,
numbers stored as numbers, a full-name column and a blank row in the middle.

Run once from the project root (``.venv/bin/python tests/data/make_members_xlsx.py``); the
workbook is committed next to this script.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

HEADERS = (
    "Name",
    "Email",
    "Phone",
    "Date of birth",
    "Card number",
    "Plan",
    "Sessions left",
    "Valid until",
    "Comments",
)
ROWS: tuple[tuple[object, ...] | None, ...] = (
    (
        "Łukasz Żółć",
        "lukasz@example.pl",
        48601234567,
        datetime(1990, 7, 14),
        5001,
        "Karnet 8 wejść",
        5,
        datetime(2027, 1, 31),
        None,
    ),
    (
        "Zoë Ångström",
        "zoe@example.se",
        "+46 70 123 45 67",
        date(1994, 11, 2),
        5002,
        "Monthly Unlimited",
        None,
        date(2027, 1, 15),
        "Prefers evening classes",
    ),
    ("Þór Odinsson", "thor@example.is", None, datetime(1980, 1, 1), 5003, "10 Class Pass", 10.0),
    None,  # a blank row: the next row is row 6 of the sheet
    ("Madonna", "madonna@example.com", None, datetime(1958, 8, 16), 5004),
    (
        "Anna Maria Nowak-Kowalska",
        "anna.nowak@example.pl",
        None,
        datetime(1983, 5, 9),
        5005,
        "10 Class Pass",
        2.5,
    ),
    ("Grzegorz Brzęczyszczykiewicz", "grzegorz@example.pl", None, datetime(2031, 1, 1), 5006),
    (
        "  Chloé   Dubois ",
        "chloe@example.fr",
        None,
        None,
        5007,
        None,
        None,
        None,
        "Line one\nline two",
    ),
)


def make(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Clients"
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append(row or ())
    for column in ("D", "H"):
        for cell in sheet[column][1:]:
            cell.number_format = "DD.MM.YYYY"
    book.create_sheet("Notes").append(("Exported from the old booking system",))
    book.save(path)
    return path


if __name__ == "__main__":
    print(make(Path(__file__).with_name("members_export.xlsx")))
