"""Attendance sheets (SPEC §7): one sheet per session, a whole day in one PDF.

The sheets are written uncompressed, so the text is read straight from the PDF bytes and
the tests need no PDF library or poppler.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from studio_app.dto.attendance import AttendanceList, AttendeeRow, WaitlistRow
from studio_app.dto.schedule import SessionBlock
from studio_app.reports.attendance_sheet import write_attendance_sheets

_SHOWN = re.compile(rb"\(((?:\\.|[^\\)])*)\)\s*Tj")
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|.)")


def _lines(pdf: Path) -> list[str]:
    """Every string drawn on the pages, in drawing order (one per text line)."""

    def unescape(m: re.Match[bytes]) -> bytes:
        code = m.group(1)
        return bytes([int(code, 8)]) if code[:1].isdigit() else code

    return [_ESCAPE.sub(unescape, s).decode("cp1252") for s in _SHOWN.findall(pdf.read_bytes())]


def _pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type /Page\b", pdf.read_bytes()))


def _session(
    name: str = "Vinyasa Flow", *, hour: int = 18, cancelled: bool = False, booked: int = 3
) -> SessionBlock:
    return SessionBlock(
        id=hour,
        series_id=None,
        name=name,
        instructor="Anna Kowalska",
        room="Studio A",
        starts_at=datetime(2026, 12, 8, hour, 0),
        duration_minutes=60,
        capacity=16,
        booked=booked,
        waiting=0,
        cancelled=cancelled,
        color="#4f8a8b",
        credit_category="Group class",
    )


def _attendees(names: list[str]) -> tuple[AttendeeRow, ...]:
    return tuple(
        AttendeeRow(i, i, name, "10-class pass", f"{i} left", present=i == 0)
        for i, name in enumerate(names)
    )


def _waitlist(names: list[str]) -> tuple[WaitlistRow, ...]:
    return tuple(
        WaitlistRow(i, 100 + i, name, datetime(2026, 12, 1, 9, i), "")
        for i, name in enumerate(names)
    )


def test_one_sheet_lists_session_details_attendees_and_waitlist(tmp_path: Path) -> None:
    sheet = AttendanceList(
        _session(),
        _attendees(["Peter Nowak", "Maria Lis", "John Smith"]),
        _waitlist(["Hanna Schmidt", "Piotr Mazur"]),
    )

    pdf = write_attendance_sheets("Lotus Yoga", [sheet], tmp_path / "day.pdf")

    text = _lines(pdf)
    assert pdf == tmp_path / "day.pdf"
    assert _pages(pdf) == 1
    for expected in (
        "Lotus Yoga",
        "Vinyasa Flow",
        "Tuesday 8 December 2026, 18:00\u201319:00",
        "Anna Kowalska",
        "Studio A",
        "3 booked of 16",
        "Peter Nowak",
        "Maria Lis",
        "John Smith",
        "10-class pass",
        "2 left",
        "Present",
        "Signature",
    ):
        assert expected in text
    assert "Left after this class" in " ".join(text)
    assert text.count("Walk-in") == 5
    waitlist = text[text.index("Waitlist") :]
    assert waitlist.index("Hanna Schmidt") < waitlist.index("Piotr Mazur")
    assert "CANCELLED" not in " ".join(text)
    assert any(line.startswith("Printed ") for line in text)
    assert "Page 1 of 1" in text


def test_a_day_of_sessions_prints_one_page_each_in_one_file(tmp_path: Path) -> None:
    lists = [
        AttendanceList(_session("Vinyasa Flow", hour=18), _attendees(["Peter Nowak"]), ()),
        AttendanceList(_session("Yin Yoga", hour=20), _attendees(["Maria Lis"]), ()),
    ]

    pdf = write_attendance_sheets("Lotus Yoga", lists, tmp_path / "day.pdf")

    text = _lines(pdf)
    assert _pages(pdf) == 2
    assert text.index("Vinyasa Flow") < text.index("Yin Yoga")
    assert text.count("No one waiting") == 2
    assert "Page 2 of 2" in text


def test_long_list_continues_on_next_page_with_header_repeated(tmp_path: Path) -> None:
    names = [f"Member {n:02d}" for n in range(1, 41)]
    sheet = AttendanceList(_session(booked=40), _attendees(names), _waitlist(["Late Larry"]))

    pdf = write_attendance_sheets("Lotus Yoga", [sheet], tmp_path / "day.pdf")

    text = _lines(pdf)
    assert _pages(pdf) == 2
    assert text.count("Signature") == 2
    assert all(name in text for name in names)
    assert "Late Larry" in text
    assert "Vinyasa Flow \u00b7 Tue 8 Dec 18:00 (continued)" in text


def test_cancelled_session_shows_banner(tmp_path: Path) -> None:
    sheet = AttendanceList(_session(cancelled=True), _attendees(["Peter Nowak"]), ())

    pdf = write_attendance_sheets("Lotus Yoga", [sheet], tmp_path / "day.pdf")

    assert "CANCELLED" in " ".join(_lines(pdf))


def test_walk_in_rows_follow_the_attendees(tmp_path: Path) -> None:
    sheet = AttendanceList(_session(), _attendees(["Peter Nowak", "Maria Lis"]), ())

    pdf = write_attendance_sheets("Lotus Yoga", [sheet], tmp_path / "day.pdf", walk_in_rows=3)

    text = _lines(pdf)
    after_members = text[text.index("1 left") + 1 : text.index("Waitlist")]
    assert after_members == ["3", "Walk-in", "4", "Walk-in", "5", "Walk-in"]


def test_letters_outside_helvetica_print_without_accents(tmp_path: Path) -> None:
    sheet = AttendanceList(_session(), _attendees(["Michał Wiśniewski", "Zoë Müller"]), ())

    pdf = write_attendance_sheets("Lotus Yoga", [sheet], tmp_path / "day.pdf")

    text = _lines(pdf)
    assert "Michal Wisniewski" in text
    assert "Zoë Müller" in text  # within the font's encoding, kept as is


def test_an_unpaid_visit_reads_unpaid_in_bold(tmp_path: Path) -> None:
    unpaid = AttendeeRow(7, 7, "Walter White", "Unpaid visit", "to pay", False, unpaid=True)
    sheet = AttendanceList(_session(), (*_attendees(["Peter Nowak"]), unpaid), ())

    pdf = write_attendance_sheets("Lotus Yoga", [sheet], tmp_path / "day.pdf")

    text = _lines(pdf)
    row = text[text.index("Walter White") : text.index("Walter White") + 3]
    assert row == ["Walter White", "UNPAID", "to pay"]
    assert text[text.index("Peter Nowak") + 1] == "10-class pass"  # paid rows as before
    stream = pdf.read_bytes()
    fonts = re.findall(rb"/(F\d+) [\d.]+ Tf[^()]*\((?:UNPAID|10-class pass)\) Tj", stream)
    assert len(fonts) == 2 and fonts[0] != fonts[1]  # UNPAID is set in the bold face


def test_no_sessions_writes_a_single_no_classes_page(tmp_path: Path) -> None:
    pdf = write_attendance_sheets("Lotus Yoga", [], tmp_path / "empty.pdf")

    assert _pages(pdf) == 1
    assert "No classes" in _lines(pdf)
