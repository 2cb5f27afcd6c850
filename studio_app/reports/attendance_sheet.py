"""Printed attendance sheets that instructors take into the room (SPEC §7).

One sheet per session: studio, class, date and time, instructor, room and capacity; one row
per booked member (name, membership, what is left after this class, a tick box and a
signature cell; an unpaid visit reads "UNPAID" in bold so the payment is collected), blank rows
for walk-ins, the waitlist below. A whole day's sheets print in one PDF. Architecture rule:
reports import only DTOs, the domain's formats and ReportLab.

Walk-in rows fill the space the page has left, never more than asked for (5 by default): at
least 2 when two fit, fewer when the booked members fill the page, and none rather than a
second page just for them. Room is kept for the waitlist under them, so it stays on the page
whenever it would without the walk-ins.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from studio_app.domain.formats import moment_text, time_range_text, weekday_text
from studio_app.dto.attendance import AttendanceList
from studio_app.dto.reports import Paper
from studio_app.dto.schedule import SessionBlock
from studio_app.reports.pdf_common import (
    BOLD,
    FAINT,
    FONT,
    GREY,
    INK,
    ITALIC,
    RULE,
    SHADE,
    PagedCanvas,
    Progress,
    document,
    masthead,
    para,
    printed_stamp,
    style,
)

#: Fewer walk-in rows than this are given only when the page has no room for more.
MIN_WALK_INS = 2
_TICK = 12  # tick box side; rows are this plus padding, so one-line rows are 24pt tall
_ROW_PAD = 6
# #, Member, Membership, Left after this class, Present, Signature (fills the A4 frame).
_COLUMNS = (22, 124, 102, 72, 44, 134)
_TITLE = style("title", 22, font=BOLD, spaceBefore=6, spaceAfter=2)
_WHEN = style("when", 12.5)
_LABEL = style("label", 7.5, color=GREY)
_VALUE = style("value", 11, font=BOLD)
_HEAD = style("head", 8, font=BOLD)
_HEAD_C = style("head_c", 8, font=BOLD, alignment=TA_CENTER)
_CELL = style("cell", 9.5)
_CELL_GREY = style("cell_grey", 9, color=GREY)
_CELL_UNPAID = style("cell_unpaid", 9, font=BOLD, color=INK)
_WALK_IN = style("walk_in", 9, font=ITALIC, color=FAINT)
_SECTION = style("section", 12, font=BOLD, spaceBefore=14, spaceAfter=4)
_BANNER = style("banner", 15, font=BOLD, alignment=TA_CENTER)


class _TickBox(Flowable):
    """An empty square to tick by hand, drawn already ticked when the member is present."""

    def __init__(self, ticked: bool, size: float = _TICK) -> None:
        super().__init__()
        self.ticked, self.size = ticked, size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        s = self.size
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, s, s)
        if self.ticked:  # drawn as a path: the built-in fonts have no check-mark glyph
            self.canv.setLineWidth(1.6)
            self.canv.lines(
                [(s * 0.2, s * 0.5, s * 0.42, s * 0.22), (s * 0.42, s * 0.22, s * 0.82, s * 0.85)]
            )


class _SheetLabel(Flowable):
    """Invisible marker: tells the footer which session the following pages belong to."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def draw(self) -> None:  # zero-sized, so it never moves anything
        self.canv.sheet_label = self.label
        self.canv.sheet_first_page = self.canv.getPageNumber()


class _SheetCanvas(PagedCanvas):
    """The house footer, naming the session a page belongs to ("… (continued)" after its first)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sheet_label, self.sheet_first_page = "", 1

    def page_label(self) -> str:
        label = self.sheet_label
        if label and self._pageNumber > self.sheet_first_page:
            label += " (continued)"
        return label


def _time_range(session: SessionBlock) -> str:
    start = session.starts_at
    end = start + timedelta(minutes=session.duration_minutes)
    day = weekday_text(start.date(), long=True)
    return f"{day}, {time_range_text(start, end)}"


def _short_when(moment: datetime) -> str:
    """ "Tue 8 Dec 18:00", as the footer and the waitlist name a moment."""
    return moment_text(moment, weekday=True, year=False)


def _details(session: SessionBlock) -> Table:
    facts = [
        ("INSTRUCTOR", session.instructor),
        ("ROOM", session.room),
        ("CAPACITY", f"{session.booked} booked of {session.capacity}"),
    ]
    if session.waiting:
        facts.append(("WAITLIST", f"{session.waiting} waiting"))
    width = sum(_COLUMNS) / 4
    return Table(
        [[para(k, _LABEL) for k, _ in facts], [para(v, _VALUE) for _, v in facts]],
        colWidths=[width] * len(facts),
        hAlign="LEFT",
        style=[
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ],
    )


def _banner() -> Table:
    return Table(
        [[para("CANCELLED \u2013 this class will not take place", _BANNER)]],
        colWidths=[sum(_COLUMNS)],
        style=[
            ("BOX", (0, 0), (-1, -1), 2, INK),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ],
    )


def _rows_style(first: int) -> list[tuple[Any, ...]]:
    """How the register's rows look from row ``first`` on: a thin rule under each row and a
    firm one under the last, the number grey on the right, the tick box centred."""
    return [
        ("LINEBELOW", (0, first), (-1, -1), 0.5, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 1, INK),
        ("LINEBEFORE", (4, 0), (5, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
        ("ALIGN", (4, 0), (4, -1), "CENTER"),
        ("FONT", (0, first), (0, -1), FONT, 8.5),
        ("TEXTCOLOR", (0, first), (0, -1), GREY),
        ("TOPPADDING", (0, first), (-1, -1), _ROW_PAD),
        ("BOTTOMPADDING", (0, first), (-1, -1), _ROW_PAD),
    ]


_HEADER_STYLE = (
    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ("LINEABOVE", (0, 0), (-1, 0), 1, INK),
    ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
    ("TOPPADDING", (0, 0), (-1, 0), 5),
    ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
)


def _header() -> list[Any]:
    titles = ("#", "Member", "Membership", "Left after this class", "Present", "Signature")
    return [para(t, _HEAD_C if t == "Present" else _HEAD) for t in titles]


def _register(sheet: AttendanceList) -> Table:
    """The register's header and one row per booked member."""
    rows: list[list[Any]] = [_header()]
    for n, a in enumerate(sheet.attendees, 1):
        if a.unpaid:
            paying = [para("UNPAID", _CELL_UNPAID), para(a.left_after, _CELL_UNPAID)]
        else:
            paying = [para(a.membership, _CELL_GREY), para(a.left_after, _CELL_GREY)]
        rows.append([str(n), para(a.member_name, _CELL), *paying, _TickBox(a.present), ""])
    # Heights follow the content: a long name wraps into a taller row rather than overflow.
    return Table(
        rows, colWidths=list(_COLUMNS), repeatRows=1, style=[*_HEADER_STYLE, *_rows_style(1)]
    )


def _walk_in_table(first: int, count: int, *, header: bool = False) -> Table:
    """``count`` blank rows numbered from ``first``, under a darker rule so that late
    additions are easy to spot; headed like the register when they start a page."""
    rows = [_header()] if header else []
    rows += [
        [str(n), para("Walk-in", _WALK_IN), "", "", _TickBox(False), ""]
        for n in range(first, first + count)
    ]
    start = 1 if header else 0
    rule = ("LINEABOVE", (0, start), (-1, start), 1, GREY)
    style = [*_HEADER_STYLE, rule, *_rows_style(1)] if header else [rule, *_rows_style(0)]
    return Table(rows, colWidths=list(_COLUMNS), style=style)


class _WalkIns(Flowable):
    """The blank walk-in rows under the booked members: as many as the page has room for, up
    to ``most``, keeping room for ``below`` (the waitlist) when it fits on the page. When fewer
    than two fit and ``below`` goes onto the next page anyway, they go there too, headed.
    They never split: they are sized to fit wherever the frame places them."""

    def __init__(self, first: int, most: int, below: Sequence[Flowable]) -> None:
        super().__init__()
        self.first, self.most, self.below = first, most, below
        self.count = 0
        self.table: Table | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frame = getattr(self, "_frame", None)
        at_top = frame is None or bool(frame._atTop)
        below = sum(self._height(f, availWidth, availHeight) for f in self.below)
        room = availHeight - below if below <= availHeight else availHeight
        if at_top:
            room -= Table([_header()], colWidths=list(_COLUMNS)).wrap(availWidth, room)[1]
        row = _walk_in_table(self.first, 1).wrap(availWidth, availHeight)[1]
        self.count = max(0, min(self.most, int(room // row)))
        if self.count < MIN_WALK_INS <= self.most and below > availHeight and not at_top:
            self.count, self.table = 0, None
            return availWidth, availHeight + 1  # too tall here: the frame moves us on
        self.table = _walk_in_table(self.first, self.count, header=at_top) if self.count else None
        return self.table.wrap(availWidth, availHeight) if self.table else (0, 0)

    def _height(self, flowable: Flowable, width: float, height: float) -> float:
        """The height ``flowable`` takes in the frame, the space around it included."""
        _, tall = flowable.wrapOn(self.canv, width, height)
        return tall + flowable.getSpaceBefore() + flowable.getSpaceAfter()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        if self.table is not None:
            self.table.drawOn(canvas, x, y, _sW)


def _waitlist(sheet: AttendanceList) -> list[Flowable]:
    if not sheet.waitlist:
        return [para("Waitlist", _SECTION), para("No one waiting", _CELL_GREY)]
    rows = [
        [
            f"{n}.",
            para(w.member_name, _CELL),
            para(f"since {_short_when(w.since)}", _CELL_GREY),
            para(w.note, _CELL_GREY),
        ]
        for n, w in enumerate(sheet.waitlist, 1)
    ]
    table = Table(
        rows,
        colWidths=[22, 180, 110, sum(_COLUMNS) - 312],
        hAlign="LEFT",
        style=[
            ("ALIGN", (0, 0), (0, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (0, -1), FONT, 8.5),
            ("TEXTCOLOR", (0, 0), (0, -1), GREY),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ],
    )
    return [para("Waitlist", _SECTION), table]


def _sheet(studio_name: str, sheet: AttendanceList, walk_in_rows: int) -> list[Flowable]:
    s = sheet.session
    when = _short_when(s.starts_at)
    story: list[Flowable] = [
        _SheetLabel(f"{s.name} \u00b7 {when}"),
        masthead(studio_name, "ATTENDANCE SHEET", sum(_COLUMNS), 0.7),
        para(s.name, _TITLE),
        para(_time_range(s), _WHEN),
        Spacer(1, 8),
        _details(s),
        Spacer(1, 10),
    ]
    if s.cancelled:
        story += [_banner(), Spacer(1, 10)]
    below = _waitlist(sheet)
    walk_ins = _WalkIns(len(sheet.attendees) + 1, walk_in_rows, below)
    # The waitlist's heading and first names stay together; a long list may still run on.
    return story + [_register(sheet), walk_ins, KeepTogether(below)]


def write_attendance_sheets(
    studio_name: str,
    lists: Sequence[AttendanceList],
    out: Path,
    *,
    walk_in_rows: int = 5,
    paper: Paper = Paper.A4,
    progress: Progress | None = None,
) -> Path:
    """Write one attendance sheet per session (in the given order) into a single PDF on
    ``paper``.

    A sheet longer than a page continues with the register header repeated; up to
    ``walk_in_rows`` blank rows for walk-ins follow, as many as fit the page (see the module's
    docstring); with no sessions the PDF holds one page saying "No classes". Returns ``out``.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    story: list[Flowable] = []
    for i, sheet in enumerate(lists):
        if i:
            story.append(PageBreak())
        story += _sheet(studio_name, sheet, max(walk_in_rows, 0))
    if not story:
        story = [
            masthead(studio_name, "ATTENDANCE SHEET", sum(_COLUMNS), 0.7),
            para("No classes", _TITLE),
            para("There are no sessions to print for this selection.", _CELL_GREY),
        ]
    doc = document(
        out, title=f"Attendance sheets \u2013 {studio_name}", author=studio_name, paper=paper
    )
    stamp = printed_stamp(datetime.now())
    doc.build(story, canvasmaker=partial(_SheetCanvas, printed=stamp, progress=progress))
    return out
