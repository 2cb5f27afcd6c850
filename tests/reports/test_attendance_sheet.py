"""Attendance sheets (SPEC §7): one sheet per session, a whole day in one PDF.

The text is read back as a PDF viewer's copy or search sees it (tests/pdf_text.py): one line
per printed line, the cells of a table row side by side. Every name prints exactly as typed, in
the embedded DejaVu font and no other.
"""

from __future__ import annotations

import ctypes
from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from studio_app.dto.attendance import AttendanceList, AttendeeRow, WaitlistRow
from studio_app.dto.schedule import SessionBlock
from studio_app.reports.attendance_sheet import write_attendance_sheets
from tests.pdf_text import pdf_fonts, pdf_lines, pdf_page_count, pdf_pages

HOUSE_FONTS = {"DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"}


def _font_of(pdf: Path, words: str) -> str:
    """The font (without the subset prefix) the first letter of ``words`` is drawn in on the
    first page, as PDFium reports it for that character."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        textpage = document[0].get_textpage()
        index = textpage.get_text_range().index(words)
        name = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, name, len(name), ctypes.byref(flags))
        textpage.close()
        return name.value.decode().split("+", 1)[-1]
    finally:
        document.close()


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

    text = pdf_lines(pdf)
    assert pdf == tmp_path / "day.pdf"
    assert pdf_page_count(pdf) == 1
    assert text[:5] == [
        "Lotus Yoga ATTENDANCE SHEET",
        "Vinyasa Flow",
        "Tuesday 8 December 2026, 18:00\u201319:00",
        "INSTRUCTOR ROOM CAPACITY",
        "Anna Kowalska Studio A 3 booked of 16",
    ]
    assert "# Member Membership Left after this class Present Signature" in " ".join(text)
    members = text.index("1 Peter Nowak 10-class pass 0 left")
    assert text[members + 1 : members + 3] == [
        "2 Maria Lis 10-class pass 1 left",
        "3 John Smith 10-class pass 2 left",
    ]
    assert [line for line in text if line.endswith("Walk-in")] == [
        f"{n} Walk-in" for n in range(4, 9)
    ]
    waitlist = text[text.index("Waitlist") + 1 :]
    assert waitlist[:2] == [
        "1. Hanna Schmidt since Tue 1 Dec 09:00",
        "2. Piotr Mazur since Tue 1 Dec 09:01",
    ]
    assert "CANCELLED" not in " ".join(text)
    assert text[-1].startswith("Printed ") and text[-1].endswith("Page 1 of 1")
    assert pdf_fonts(pdf) <= HOUSE_FONTS


def test_a_day_of_sessions_prints_one_page_each_in_one_file(tmp_path: Path) -> None:
    lists = [
        AttendanceList(_session("Vinyasa Flow", hour=18), _attendees(["Peter Nowak"]), ()),
        AttendanceList(_session("Yin Yoga", hour=20), _attendees(["Maria Lis"]), ()),
    ]

    pdf = write_attendance_sheets("Lotus Yoga", lists, tmp_path / "day.pdf")

    text = pdf_lines(pdf)
    assert pdf_page_count(pdf) == 2
    assert text.index("Vinyasa Flow") < text.index("Yin Yoga")
    assert text.count("No one waiting") == 2
    assert text[-1].endswith("Yin Yoga \u00b7 Tue 8 Dec 20:00 Page 2 of 2")


def test_long_list_continues_on_next_page_with_header_repeated(tmp_path: Path) -> None:
    names = [f"Member {n:02d}" for n in range(1, 41)]
    sheet = AttendanceList(_session(booked=40), _attendees(names), _waitlist(["Late Larry"]))

    pdf = write_attendance_sheets("Lotus Yoga", [sheet], tmp_path / "day.pdf")

    text = pdf_lines(pdf)
    assert pdf_page_count(pdf) == 2
    assert text.count("class Present Signature") == 2  # the register's header, on each page
    assert all(f"{n} {name} 10-class pass {n - 1} left" in text for n, name in enumerate(names, 1))
    assert "1. Late Larry since Tue 1 Dec 09:00" in text
    assert text[-1].endswith("Vinyasa Flow \u00b7 Tue 8 Dec 18:00 (continued) Page 2 of 2")


def test_cancelled_session_shows_banner(tmp_path: Path) -> None:
    sheet = AttendanceList(_session(cancelled=True), _attendees(["Peter Nowak"]), ())

    pdf = write_attendance_sheets("Lotus Yoga", [sheet], tmp_path / "day.pdf")

    assert "CANCELLED \u2013 this class will not take place" in pdf_lines(pdf)


def test_walk_in_rows_follow_the_attendees(tmp_path: Path) -> None:
    sheet = AttendanceList(_session(), _attendees(["Peter Nowak", "Maria Lis"]), ())

    pdf = write_attendance_sheets("Lotus Yoga", [sheet], tmp_path / "day.pdf", walk_in_rows=3)

    text = pdf_lines(pdf)
    after_members = text[
        text.index("2 Maria Lis 10-class pass 1 left") + 1 : text.index("Waitlist")
    ]
    assert after_members == ["3 Walk-in", "4 Walk-in", "5 Walk-in"]
    assert _font_of(pdf, "Walk-in") == "DejaVuSansCondensed-Oblique"


def test_names_print_exactly_as_typed(tmp_path: Path) -> None:
    names = ["Michał Wiśniewski", "Łukasz Żółć", "Zoë Müller", "Þór"]
    sheet = AttendanceList(_session("Joga z Łucją"), _attendees(names), _waitlist(["Zoë Ångström"]))

    pdf = write_attendance_sheets("Studio Żółw", [sheet], tmp_path / "day.pdf")

    text = pdf_lines(pdf)
    assert text[:2] == ["Studio Żółw ATTENDANCE SHEET", "Joga z Łucją"]
    members = text[text.index("# Member Membership Left after this") + 2 :][:4]
    assert members == [f"{n} {name} 10-class pass {n - 1} left" for n, name in enumerate(names, 1)]
    assert "1. Zoë Ångström since Tue 1 Dec 09:00" in text
    assert "Joga z Łucją \u00b7 Tue 8 Dec 18:00 Page 1 of 1" in text[-1]
    assert pdf_fonts(pdf) <= HOUSE_FONTS


def test_an_unpaid_visit_reads_unpaid_in_bold(tmp_path: Path) -> None:
    unpaid = AttendeeRow(7, 7, "Walter White", "Unpaid visit", "to pay", False, unpaid=True)
    sheet = AttendanceList(_session(), (*_attendees(["Peter Nowak"]), unpaid), ())

    pdf = write_attendance_sheets("Lotus Yoga", [sheet], tmp_path / "day.pdf")

    text = pdf_lines(pdf)
    assert "2 Walter White UNPAID to pay" in text
    assert "1 Peter Nowak 10-class pass 0 left" in text  # paid rows as before
    assert _font_of(pdf, "UNPAID") == "DejaVuSansCondensed-Bold"
    assert _font_of(pdf, "10-class pass") == "DejaVuSansCondensed"


def test_no_sessions_writes_a_single_no_classes_page(tmp_path: Path) -> None:
    pdf = write_attendance_sheets("Lotus Yoga", [], tmp_path / "empty.pdf")

    assert pdf_page_count(pdf) == 1
    assert "No classes" in pdf_lines(pdf)
    assert pdf_fonts(pdf) <= HOUSE_FONTS


def _walk_ins(pdf: Path) -> list[str]:
    return [line for line in pdf_lines(pdf) if line.endswith("Walk-in")]


def _sheet_of(booked: int, waiting: int = 0) -> AttendanceList:
    names = ["Łukasz Żółć", "Zoë Müller", *(f"Member {n:02d}" for n in range(3, booked + 1))]
    waitlist = _waitlist([f"Waiting {n}" for n in range(1, waiting + 1)])
    return AttendanceList(_session(booked=booked), _attendees(names[:booked]), waitlist)


def test_walk_in_rows_fit_the_page_instead_of_starting_a_second_one(tmp_path: Path) -> None:
    # 18 booked members with 5 walk-in rows used to run onto a second page (17 with a
    # waitlist of two); 22 fill the page.
    shown = {}
    for booked, waiting in ((16, 0), (18, 0), (17, 2), (22, 0)):
        pdf = write_attendance_sheets(
            "Lotus Yoga", [_sheet_of(booked, waiting)], tmp_path / "s.pdf"
        )
        assert pdf_page_count(pdf) == 1, (booked, waiting)
        shown[booked, waiting] = _walk_ins(pdf)
    assert shown[16, 0] == [f"{n} Walk-in" for n in range(17, 22)]  # room for all five
    assert shown[18, 0] == [f"{n} Walk-in" for n in range(19, 23)]  # four fit
    assert shown[17, 2] == [f"{n} Walk-in" for n in range(18, 22)]  # above the waitlist
    assert shown[22, 0] == []  # a full page: none rather than a page for them


def test_walk_in_rows_go_with_a_waitlist_that_starts_a_page_anyway(tmp_path: Path) -> None:
    pdf = write_attendance_sheets("Lotus Yoga", [_sheet_of(24, 2)], tmp_path / "s.pdf")

    pages = pdf_pages(pdf)
    assert pdf_page_count(pdf) == 2
    assert "Walk-in" not in pages[0] and "24 Member 24" in pages[0]
    second = [line.strip() for line in pages[1].split("\n") if line.strip()]
    assert "class Present Signature" in second[1]  # headed like the register
    assert second[2:7] == [f"{n} Walk-in" for n in range(25, 30)]
    assert second[7:9] == ["Waitlist", "1. Waiting 1 since Tue 1 Dec 09:00"]
