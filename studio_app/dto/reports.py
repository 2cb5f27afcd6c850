"""What the Reports page and `studio-app report` ask for (SPEC §7): the reports there are, the
parameters each one takes and the formats it writes, one request, and the header every printed
report shares (studio name, when, paper, money format)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from studio_app.domain.formats import MoneyFormat


class Paper(enum.StrEnum):
    """The studio's paper size (Settings → Products & money): A4 in Europe, Letter in North
    America."""

    A4 = "A4"
    LETTER = "Letter"


class ReportKind(enum.StrEnum):
    """Each report, named as the command line names it (`studio-app report <kind>`)."""

    SCHEDULE = "schedule"
    EXPIRING = "expiring"
    DUES = "dues"
    ATTENDANCE_SUMMARY = "attendance-summary"
    CREDITS = "credits"
    CARDS = "cards"
    REVENUE = "revenue"


class Param(enum.StrEnum):
    """A parameter a report takes."""

    #: ``date_from`` and ``date_to``, both days included.
    DATE_RANGE = "date range"
    #: ``date_from`` alone, with ``week``: that day, or the Monday-to-Sunday week holding it.
    DAY_OR_WEEK = "day or week"
    #: ``series_id``: one class series, or None for all.
    SERIES = "class series"
    #: ``instructor``: one instructor's classes, or "" for all.
    INSTRUCTOR = "instructor"
    #: ``member_ids`` holds exactly one member.
    MEMBER = "member"
    #: ``member_ids``: the chosen members, or () for every active member without a printed card.
    MEMBERS = "members"


PDF, XLSX = ".pdf", ".xlsx"


@dataclass(frozen=True)
class ReportSpec:
    kind: ReportKind
    title: str
    #: One sentence under the title on the Reports page.
    summary: str
    params: tuple[Param, ...]
    #: The file suffixes it writes, PDF first.
    formats: tuple[str, ...]
    #: What it is, inside a sentence: "the schedule", used in messages.
    what: str


REPORTS: dict[ReportKind, ReportSpec] = {
    spec.kind: spec
    for spec in (
        ReportSpec(
            ReportKind.SCHEDULE,
            "Schedule",
            "A day's classes, or a week as a landscape grid: time, class, instructor, room, "
            "booked of capacity; cancelled classes struck through.",
            (Param.DAY_OR_WEEK,),
            (PDF, XLSX),
            "the schedule",
        ),
        ReportSpec(
            ReportKind.EXPIRING,
            "Memberships expiring",
            "Memberships whose last day falls in the range and what happens at the end: "
            "extended automatically, last installment, no card on file.",
            (Param.DATE_RANGE,),
            (PDF, XLSX),
            "the expiring memberships",
        ),
        ReportSpec(
            ReportKind.DUES,
            "Installments due and overdue",
            "Unpaid installments due in the range (and every overdue one before it), with days "
            "overdue and totals.",
            (Param.DATE_RANGE,),
            (PDF, XLSX),
            "the installments due",
        ),
        ReportSpec(
            ReportKind.ATTENDANCE_SUMMARY,
            "Attendance summary",
            "Classes held, places, booked, attended, no-shows, late cancels and fill rate per "
            "class series and per instructor, with charts.",
            (Param.DATE_RANGE, Param.SERIES, Param.INSTRUCTOR),
            (PDF, XLSX),
            "the attendance summary",
        ),
        ReportSpec(
            ReportKind.CREDITS,
            "Member credit statement",
            "One member's session credits: per category, the lots and the full history.",
            (Param.MEMBER,),
            (PDF, XLSX),
            "the credit statement",
        ),
        ReportSpec(
            ReportKind.CARDS,
            "Member cards",
            "Credit-card size cards with the member's name and a barcode of the card code, "
            "ten to a sheet with cut marks.",
            (Param.MEMBERS,),
            (PDF,),
            "the member cards",
        ),
        ReportSpec(
            ReportKind.REVENUE,
            "Revenue",
            "Payments in the range by method, plan and product, discounts given, drop-ins, and "
            "unpaid visits still open.",
            (Param.DATE_RANGE,),
            (PDF, XLSX),
            "the revenue report",
        ),
    )
}


@dataclass(frozen=True)
class ReportRequest:
    """One report to write. Which fields count depends on the report's ``params``."""

    kind: ReportKind
    date_from: date | None = None
    date_to: date | None = None
    #: Schedule: the whole week holding ``date_from`` (else that day only).
    week: bool = False
    series_id: int | None = None
    instructor: str = ""
    member_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ReportHeader:
    """What every printed report shares: whose it is, when it was printed, on what paper and
    how money is written."""

    studio_name: str
    printed: datetime
    paper: Paper
    money: MoneyFormat


@dataclass(frozen=True)
class ReportChoices:
    """What the Reports page offers in its pick lists."""

    #: (id, name) of every class series, by name.
    series: tuple[tuple[int, str], ...]
    #: Every instructor who has a class, by name.
    instructors: tuple[str, ...]
    #: Active members whose card is not printed yet.
    cards_not_printed: int
