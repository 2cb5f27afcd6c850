"""The attendance summary (SPEC §7): November's classes built through the desk's services (sign
ups, presence, no-shows, a late cancel, a cancelled class, a substitute instructor), read back
from the PDF's text, its rendered page and the workbook's cells.

November 2026, the studio's cancellation cut-off 12 h:

- Vinyasa Flow (Anna Kowalska), 10 places, Tuesdays 18:00: on 10 Nov 8 booked (6 present,
  1 no-show, 1 unmarked) and 1 late cancel; on 17 Nov 2 booked, both present, and a sign-out
  in time (not counted); on 3 Nov nobody; on 24 Nov Zoë Ångström stands in, nobody booked.
- Yin & Restore (Þór Jónsson), 4 places, Thursdays 19:00: on 12 Nov 3 booked (2 present, 1
  no-show), on 19 Nov 1 booked and present, on 5 Nov nobody; 26 Nov cancelled.
- Today (Tue 1 Dec, 09:00) the 18:00 Vinyasa Flow is booked but not held yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from studio_app.domain.booking_policy import BookingPolicy
from studio_app.domain.clock import FixedClock
from studio_app.domain.plans import DEFAULT_CATEGORY
from studio_app.dto.policies import StudioPolicy
from studio_app.dto.report_attendance import AttendanceCounts, AttendanceLine
from studio_app.dto.reports import ReportKind, ReportRequest
from studio_app.dto.schedule import SeriesInput, SessionInput
from studio_app.reports.attendance_summary import chart_bars
from tests.factories import StudioFactory
from tests.pdf_text import pdf_fonts, pdf_lines, sheet_rows

HOUSE_FONTS = {"DejaVuSansCondensed", "DejaVuSansCondensed-Bold"}
NOV_1, NOV_30 = date(2026, 11, 1), date(2026, 11, 30)
#: The last day of the series: a few days into December.
UNTIL = date(2026, 12, 6)
#: The bars' grey (charts.BAR, 0.45) as PDFium renders it.
BAR_GREY = (115, 115, 115)
#: A table's header as its text reads: the longer headings wrap under themselves.
HEADER = ["held", "Places Booked Attended No-shows Late", "cancels", "Fill rate % Attended %"]


@dataclass
class November:
    vinyasa: int
    yin: int


def _at(clock: FixedClock, month: int, day: int, hour: int, minute: int = 0) -> None:
    clock.advance_to(datetime(2026, month, day, hour, minute))


def _members(studio: StudioFactory, names: list[tuple[str, str]]) -> list[int]:
    """Members with a 10-session pass from 1 November each."""
    plan = studio.pass_plan(10)
    members = [studio.member(first, last) for first, last in names]
    for member in members:
        studio.svc.memberships.sell(member, plan, NOV_1)
    return members


def _tuesday_10_nov(studio: StudioFactory, clock: FixedClock) -> tuple[int, list[int]]:
    """Vinyasa Flow with 10 places; on 10 Nov 8 booked: 6 present, 1 no-show, 1 neither; a
    ninth member signs out two hours before the start, a late cancel."""
    svc = studio.svc
    _at(clock, 11, 1, 10)
    svc.policies.set(StudioPolicy(BookingPolicy(cancel_cutoff_hours=12), False))
    members = _members(
        studio,
        [
            ("Łukasz", "Żółć"),
            ("Zoë", "Ångström"),
            ("Þór", "Eriksson"),
            ("Ana", "Silva"),
            ("Ben", "Okafor"),
            ("Chloé", "Dubois"),
            ("Dev", "Patel"),
            ("Emma", "Berg"),
            ("Farid", "Haddad"),
        ],
    )
    vinyasa = studio.series("Vinyasa Flow", capacity=10, weekdays=frozenset({1}), until=UNTIL)
    session = studio.session_on(date(2026, 11, 10), vinyasa)
    bookings = [svc.bookings.sign_up(session, member).value for member in members]
    _at(clock, 11, 10, 16)
    svc.bookings.sign_out(bookings[8])  # inside the 12 h cut-off: a late cancel
    _at(clock, 11, 10, 19, 30)
    for booking in bookings[:7]:
        svc.bookings.set_present(booking, True)
    svc.bookings.mark_no_shows(session)  # Farid Haddad
    svc.bookings.set_present(bookings[6], False)  # Emma Berg: neither present nor a no-show
    return vinyasa, members


def _november(studio: StudioFactory, clock: FixedClock) -> November:
    svc = studio.svc
    vinyasa, members = _tuesday_10_nov(studio, clock)
    lukasz, zoe, thor, emma = members[0], members[1], members[2], members[7]
    _at(clock, 11, 1, 10)
    yin = svc.schedule.create_series(
        SeriesInput(
            "Yin & Restore",
            "Þór Jónsson",
            "Studio B",
            4,
            75,
            frozenset({3}),
            time(19, 0),
            NOV_1,
            UNTIL,
            DEFAULT_CATEGORY,
        )
    ).value
    substitute = SessionInput(
        "Vinyasa Flow", "Zoë Ångström", "Studio A", 10, datetime(2026, 11, 24, 18), 60
    )
    svc.schedule.update_session(studio.session_on(date(2026, 11, 24), vinyasa), substitute)
    svc.schedule.cancel_session(studio.session_on(date(2026, 11, 26), yin))
    yin_12 = studio.session_on(date(2026, 11, 12), yin)
    on_12 = [svc.bookings.sign_up(yin_12, member).value for member in (lukasz, zoe, thor)]
    vinyasa_17 = studio.session_on(date(2026, 11, 17), vinyasa)
    on_17 = [svc.bookings.sign_up(vinyasa_17, member).value for member in (lukasz, zoe, emma)]
    svc.bookings.sign_out(on_17[2])  # days ahead: the session is returned, nothing counted
    on_19 = svc.bookings.sign_up(studio.session_on(date(2026, 11, 19), yin), zoe).value
    svc.bookings.sign_up(studio.session_on(date(2026, 12, 1), vinyasa), lukasz)
    _at(clock, 11, 12, 20, 30)
    for booking in on_12[:2]:
        svc.bookings.set_present(booking, True)
    svc.bookings.mark_no_shows(yin_12)  # Þór Eriksson
    _at(clock, 11, 17, 19, 30)
    for booking in on_17[:2]:
        svc.bookings.set_present(booking, True)
    _at(clock, 11, 19, 20, 30)
    svc.bookings.set_present(on_19, True)
    _at(clock, 12, 1, 9)
    return November(vinyasa, yin)


def _write(
    studio: StudioFactory,
    out: Path,
    first: date = NOV_1,
    last: date = NOV_30,
    *,
    series_id: int | None = None,
    instructor: str = "",
) -> Path:
    request = ReportRequest(
        ReportKind.ATTENDANCE_SUMMARY, first, last, series_id=series_id, instructor=instructor
    )
    return studio.svc.reports.write(request, out).value


def _table(lines: list[str], title: str) -> list[str]:
    """The rows of the table under ``title``, its Total row last."""
    start = lines.index(HEADER[-1], lines.index(title)) + 1
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("Total "))
    return lines[start : end + 1]


def _bar_pixels(pdf: Path) -> int:
    """How many pixels of the first page, rendered, have the grey of the charts' bars."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        image = document[0].render(scale=1).to_pil().convert("RGB")
    finally:
        document.close()
    return sum(n for n, colour in image.getcolors(1 << 24) if colour == BAR_GREY)


def test_a_class_of_10_places_with_8_booked_and_6_attended_is_80_and_60_percent(
    studio: StudioFactory, clock: FixedClock, tmp_path: Path
) -> None:
    _tuesday_10_nov(studio, clock)
    _at(clock, 12, 1, 9)
    lines = pdf_lines(_write(studio, tmp_path / "day.pdf", date(2026, 11, 10), date(2026, 11, 10)))

    assert lines[2:6] == [
        "10 Nov 2026",
        "All class series · all instructors",
        "CLASSES HELD PLACES VISITS ATTENDED AVERAGE FILL RATE",
        "1 10 6 80.0 %",
    ]
    assert _table(lines, "By class series") == [
        "Vinyasa Flow 1 10 8 6 1 1 80.0 % 60.0 %",
        "Total 1 10 8 6 1 1 80.0 % 60.0 %",
    ]


def test_the_pdf_and_the_workbook_show_each_class_series_and_instructor_with_totals(
    studio: StudioFactory, clock: FixedClock, tmp_path: Path
) -> None:
    _november(studio, clock)
    pdf = _write(studio, tmp_path / "november.pdf")
    lines = pdf_lines(pdf)

    assert lines[:6] == [
        "Lotus Yoga ATTENDANCE SUMMARY",
        "Attendance summary",
        "1–30 Nov 2026",
        "All class series · all instructors",
        "CLASSES HELD PLACES VISITS ATTENDED AVERAGE FILL RATE",
        "7 52 11 26.9 %",
    ]
    by_series = lines.index("By class series")
    assert lines[by_series + 1 : by_series + 6] == ["Class Classes", *HEADER]
    assert _table(lines, "By class series") == [
        "Vinyasa Flow 4 40 10 8 1 1 25.0 % 20.0 %",
        "Yin & Restore 3 12 4 3 1 0 33.3 % 25.0 %",
        "Total 7 52 14 11 2 1 26.9 % 21.2 %",
    ]
    assert _table(lines, "By instructor") == [
        "Anna Kowalska 3 30 10 8 1 1 33.3 % 26.7 %",
        "Zoë Ångström 1 10 0 0 0 0 0.0 % 0.0 %",
        "Þór Jónsson 3 12 4 3 1 0 33.3 % 25.0 %",
        "Total 7 52 14 11 2 1 26.9 % 21.2 %",
    ]
    # The charts: each series' bar with its fill rate; the visits of each week over its bar,
    # the weeks named by their Mondays.
    charts = lines[lines.index("Fill rate per class series") : by_series]
    split = charts.index("Visits attended per week")
    fill, weeks = charts[:split], charts[split:]
    assert sorted(fill[1:6]) == ["0 % 25 % 50 % 75 % 100 %", "25.0 %", "33.3 %"] + sorted(
        ["Vinyasa Flow", "Yin & Restore"]
    )
    assert " ".join(weeks[1:5]).split() == ["0", "0", "8", "3", "0", "0"]
    assert weeks[5] == "26 Oct 2 Nov 9 Nov 16 Nov 23 Nov 30 Nov"
    assert _bar_pixels(pdf) > 2_000  # the bars are drawn, not only their labels
    assert "Classes held: those that started before Tue 1 Dec 2026 09:00." in " ".join(lines)
    assert pdf_fonts(pdf) == HOUSE_FONTS

    xlsx = _write(studio, tmp_path / "november.xlsx")
    by_class = sheet_rows(xlsx, "By class")
    assert [row[0] for row in by_class[:4]] == [
        "Lotus Yoga",
        "Attendance summary",
        "1–30 Nov 2026",
        "All class series · all instructors",
    ]
    assert by_class[6:] == [
        ("Class", "Classes held", "Places", "Booked", "Attended", "No-shows", "Late cancels")
        + ("Fill rate %", "Attended %"),
        ("Vinyasa Flow", 4, 40, 10, 8, 1, 1, 0.25, 0.2),
        ("Yin & Restore", 3, 12, 4, 3, 1, 0, pytest.approx(4 / 12), 0.25),
        ("Total", 7, 52, 14, 11, 2, 1, pytest.approx(14 / 52), pytest.approx(11 / 52)),
    ]
    assert [row[:5] for row in sheet_rows(xlsx, "By instructor")[7:]] == [
        ("Anna Kowalska", 3, 30, 10, 8),
        ("Zoë Ångström", 1, 10, 0, 0),
        ("Þór Jónsson", 3, 12, 4, 3),
        ("Total", 7, 52, 14, 11),
    ]
    assert [(row[0], row[4]) for row in sheet_rows(xlsx, "By week")[7:]] == [
        (datetime(2026, 10, 26), 0),
        (datetime(2026, 11, 2), 0),
        (datetime(2026, 11, 9), 6 + 2),
        (datetime(2026, 11, 16), 2 + 1),
        (datetime(2026, 11, 23), 0),
        (datetime(2026, 11, 30), 0),
        ("Total", 11),
    ]
    workbook = load_workbook(xlsx)
    assert [workbook["By class"].cell(8, col).number_format for col in (8, 9)] == ["0.0%"] * 2
    assert workbook["By week"].cell(8, 1).number_format == "yyyy-mm-dd"


def test_the_filters_narrow_the_report_and_classes_not_yet_held_are_counted_apart(
    studio: StudioFactory, clock: FixedClock, tmp_path: Path
) -> None:
    nov = _november(studio, clock)

    yin = pdf_lines(_write(studio, tmp_path / "yin.pdf", series_id=nov.yin))
    assert yin[3:6] == [
        "Class series: Yin & Restore · all instructors",
        "CLASSES HELD PLACES VISITS ATTENDED AVERAGE FILL RATE",
        "3 12 3 33.3 %",
    ]
    assert "Vinyasa Flow" not in yin and "Anna Kowalska" not in " ".join(yin)
    assert _table(yin, "By instructor") == [
        "Þór Jónsson 3 12 4 3 1 0 33.3 % 25.0 %",
        "Total 3 12 4 3 1 0 33.3 % 25.0 %",
    ]

    zoe = pdf_lines(_write(studio, tmp_path / "zoe.pdf", instructor="Zoë Ångström"))
    assert zoe[3] == "All class series · Instructor: Zoë Ångström"
    assert _table(zoe, "By class series") == [
        "Vinyasa Flow 1 10 0 0 0 0 0.0 % 0.0 %",
        "Total 1 10 0 0 0 0 0.0 % 0.0 %",
    ]

    both = pdf_lines(
        _write(studio, tmp_path / "none.pdf", series_id=nov.vinyasa, instructor="Þór Jónsson")
    )
    assert both[3:6] == [
        "Class series: Vinyasa Flow · Instructor: Þór Jónsson",
        "CLASSES HELD PLACES VISITS ATTENDED AVERAGE FILL RATE",
        "0 0 0 0.0 %",
    ]
    assert "No class was held in this range." in both

    # Tonight's Vinyasa Flow (booked) and Thursday's Yin & Restore have not been held yet.
    to_december = pdf_lines(_write(studio, tmp_path / "dec.pdf", NOV_1, date(2026, 12, 6)))
    assert to_december[5:7] == ["7 52 11 26.9 %", "2 more classes are scheduled, not yet held."]
    assert _table(to_december, "By class series")[-1] == "Total 7 52 14 11 2 1 26.9 % 21.2 %"


def test_the_fill_rate_chart_keeps_at_most_20_bars_and_sums_up_the_rest() -> None:
    lines = [
        AttendanceLine(f"Series {n:02d}", AttendanceCounts(1, 10, n % 11, 0, 0, 0))
        for n in range(23)
    ]
    bars = chart_bars(lines)

    assert len(bars) == 20
    assert [label for label, _ in bars[:3]] == ["Series 10", "Series 21", "Series 09"]
    assert [counts.fill_rate for _, counts in bars[:19]] == sorted(
        (counts.fill_rate for _, counts in bars[:19]), reverse=True
    )
    # The four lowest (1, 0, 0 and 0 booked of 10 places each): 1 of 40 places.
    assert bars[-1] == ("Other 4 series", AttendanceCounts(4, 40, 1, 0, 0, 0))
