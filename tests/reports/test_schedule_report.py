"""The printed schedule (SPEC §7): a day as a portrait list, a week as a landscape grid, and the
workbook of the same classes. Classes are built through the services; the report is written
through the Reports use case and read back as a user would (tests/pdf_text.py)."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from studio_app.container import Services
from studio_app.domain.credit_grants import PERSONAL_TRAINING, CreditGrantTerms
from studio_app.domain.plans import DEFAULT_CATEGORY
from studio_app.dto.appointments import AppointmentInput
from studio_app.dto.reports import Paper, ReportKind, ReportRequest
from studio_app.dto.schedule import SeriesInput
from tests.factories import StudioFactory
from tests.pdf_text import pdf_fonts, pdf_lines, pdf_page_count, pdf_page_size, sheet_rows

MON, TUE, WED = date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2)
HOUSE_FONTS = {"DejaVuSansCondensed", "DejaVuSansCondensed-Bold"}


def _series(
    svc: Services, name: str, weekdays: set[int], at: time, *, instructor: str, room: str
) -> int:
    """A weekly class from Mon 30 Nov to Sun 6 Dec 2026, 10 places, an hour long."""
    return svc.schedule.create_series(
        SeriesInput(
            name,
            instructor,
            room,
            10,
            60,
            frozenset(weekdays),
            at,
            MON,
            date(2026, 12, 6),
            DEFAULT_CATEGORY,
        )
    ).value


def _week_of_classes(studio: StudioFactory) -> None:
    """Þór's Flow Mon/Tue 18:00 (two members on Monday's), "Yoga & <Core>" Tue/Wed 07:00
    (Wednesday's cancelled), and a personal-training appointment on Tuesday."""
    svc = studio.svc
    flow = _series(svc, "Þór's Flow", {0, 1}, time(18), instructor="Zoë Ångström", room="Sala 1")
    core = _series(
        svc, "Yoga & <Core>", {1, 2}, time(7), instructor="Łukasz Żółć", room="Studio <B>"
    )
    plan = studio.pass_plan(10)
    for first, last in (("Łukasz", "Żółć"), ("Zoë", "Ångström")):
        member = studio.member(first, last)
        svc.memberships.sell(member, plan, MON)
        svc.bookings.sign_up(studio.session_on(MON, flow), member)
    svc.schedule.cancel_session(studio.session_on(WED, core))
    client = studio.member("Peter", "Parker")
    pt = studio.limited_plan(CreditGrantTerms(PERSONAL_TRAINING, 4), name="PT 4")
    svc.memberships.sell(client, pt, TUE)
    svc.appointments.book(AppointmentInput(client, "Tom Trainer", datetime(2026, 12, 1, 12)))


def test_a_week_prints_landscape_as_a_grid_and_as_a_workbook(
    studio: StudioFactory, tmp_path: Path
) -> None:
    _week_of_classes(studio)
    svc = studio.svc
    svc.studio.set_paper(Paper.LETTER)
    week = ReportRequest(ReportKind.SCHEDULE, date_from=WED, week=True)

    pdf = svc.reports.write(week, tmp_path / "week.pdf").value
    workbook = svc.reports.write(week, tmp_path / "week.xlsx").value

    assert [round(x) for x in pdf_page_size(pdf)] == [792, 612]  # Letter, landscape
    assert pdf_fonts(pdf) <= HOUSE_FONTS
    lines = pdf_lines(pdf)
    assert lines[:3] == [
        "Lotus Yoga SCHEDULE",
        "Week of 30 Nov 2026",
        "30 Nov – 6 Dec 2026",
    ]
    assert lines[3] == "Mon 30 Nov Tue 1 Dec Wed 2 Dec Thu 3 Dec Fri 4 Dec Sat 5 Dec Sun 6 Dec"
    # Start times down the side; in each cell the class, instructor, room and booked of places
    # (Tuesday's class runs, Wednesday's is struck through and says so).
    assert lines[4:-1] == [
        "07:00 Yoga & <Core>", "Łukasz Żółć", "Studio <B>", "0/10",
        "Yoga & <Core>", "Łukasz Żółć", "Studio <B>", "cancelled",
        "18:00 Þór's Flow", "Zoë Ångström", "Sala 1", "2/10",
        "Þór's Flow", "Zoë Ångström", "Sala 1", "0/10",
    ]  # fmt: skip
    assert "Tom Trainer" not in " ".join(lines)  # appointments are not classes
    assert lines[-1] == "Printed Tue 1 Dec 2026 09:00 Week of 30 Nov 2026 Page 1 of 1"

    rows = sheet_rows(workbook)
    assert [row[0] for row in rows[:3]] == ["Lotus Yoga", "Schedule", "Week of 30 Nov 2026"]
    header = rows.index(
        (
            "Date",
            "Weekday",
            "Start",
            "End",
            "Class",
            "Instructor",
            "Room",
            "Booked",
            "Capacity",
            "Cancelled",
        )
    )
    assert rows[header + 1 :] == [
        (
            datetime(2026, 11, 30),
            "Mon",
            time(18),
            time(19),
            "Þór's Flow",
            "Zoë Ångström",
            "Sala 1",
            2,
            10,
            "No",
        ),
        (
            datetime(2026, 12, 1),
            "Tue",
            time(7),
            time(8),
            "Yoga & <Core>",
            "Łukasz Żółć",
            "Studio <B>",
            0,
            10,
            "No",
        ),
        (
            datetime(2026, 12, 1),
            "Tue",
            time(18),
            time(19),
            "Þór's Flow",
            "Zoë Ångström",
            "Sala 1",
            0,
            10,
            "No",
        ),
        (
            datetime(2026, 12, 2),
            "Wed",
            time(7),
            time(8),
            "Yoga & <Core>",
            "Łukasz Żółć",
            "Studio <B>",
            0,
            10,
            "Yes",
        ),
    ]


def test_a_day_prints_portrait_as_a_list_and_an_empty_day_says_so(
    studio: StudioFactory, tmp_path: Path
) -> None:
    _week_of_classes(studio)
    svc = studio.svc

    day = svc.reports.write(ReportRequest(ReportKind.SCHEDULE, TUE), tmp_path / "day.pdf").value
    cancelled = svc.reports.write(ReportRequest(ReportKind.SCHEDULE, WED), tmp_path / "wed.pdf")
    empty = svc.reports.write(
        ReportRequest(ReportKind.SCHEDULE, date(2026, 12, 10)), tmp_path / "empty.pdf"
    ).value

    assert [round(x) for x in pdf_page_size(day)] == [595, 842]  # A4 portrait
    assert pdf_lines(day)[1:] == [
        "Schedule",
        "Tuesday 1 December 2026",
        "Time Class Instructor Room Booked",
        "07:00–08:00 Yoga & <Core> Łukasz Żółć Studio <B> 0/10",
        "18:00–19:00 Þór's Flow Zoë Ångström Sala 1 0/10",
        "Printed Tue 1 Dec 2026 09:00 Tuesday 1 December 2026 Page 1 of 1",
    ]
    assert "07:00–08:00 Yoga & <Core> cancelled Łukasz Żółć Studio <B> 0/10" in pdf_lines(
        cancelled.value
    )
    assert "There are no classes on Thursday 10 December 2026." in pdf_lines(empty)


def test_a_week_with_many_classes_at_one_time_runs_on_to_more_pages(
    studio: StudioFactory, tmp_path: Path
) -> None:
    names = [f"Class {n:02d} with a rather long name" for n in range(40)]
    for name in names:
        _series(studio.svc, name, {0}, time(18), instructor="Þór", room="Hall")

    pdf = studio.svc.reports.write(
        ReportRequest(ReportKind.SCHEDULE, MON, week=True), tmp_path / "busy.pdf"
    ).value

    assert pdf_page_count(pdf) > 1
    text = " ".join(pdf_lines(pdf))
    assert all(name in text for name in names)
