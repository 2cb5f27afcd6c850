"""Printed attendance sheets that instructors take into the room (SPEC §7).

One sheet per session: studio, class, date and time, instructor, room and capacity; one row
per booked member (name, membership, what is left after this class, a tick box and a
signature cell), blank rows for walk-ins, the waitlist below. A whole day's sheets print in
one PDF. Architecture rule: reports import only DTOs and ReportLab.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any
from unicodedata import combining, normalize
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from studio_app.dto.attendance import AttendanceList
from studio_app.dto.schedule import SessionBlock

_MARGIN = 15 * mm
_LEFT = _MARGIN + 6  # where text starts: SimpleDocTemplate's frame adds 6pt padding
_TICK = 12  # tick box side; rows are this plus padding, so one-line rows are 24pt tall
_ROW_PAD = 6
_INK = colors.black
_GREY = colors.Color(0.35, 0.35, 0.35)
_FAINT = colors.Color(0.62, 0.62, 0.62)
_RULE = colors.Color(0.7, 0.7, 0.7)
_SHADE = colors.Color(0.9, 0.9, 0.9)
# #, Member, Membership, Left after this class, Present, Signature (fills the A4 frame).
_COLUMNS = (22, 124, 102, 72, 44, 134)
# Letters the built-in fonts cannot draw (their encoding is cp1252) and NFKD cannot split.
_FALLBACK = str.maketrans({"\u0142": "l", "\u0141": "L", "\u0111": "d", "\u0110": "D"})


def _printable(text: str) -> str:
    """Spell text in what Helvetica can draw: "Wiśniewska" prints "Wisniewska", not a box."""
    text = text.translate(_FALLBACK)
    if text.encode("cp1252", "replace").decode("cp1252") == text:
        return text
    bare = "".join(c for c in normalize("NFKD", text) if not combining(c))
    # Recompose so letters the font does have ("Müller") keep their accents.
    return normalize("NFC", bare).encode("cp1252", "replace").decode("cp1252")


def _style(
    name: str, size: float, *, font: str = "Helvetica", color: Any = _INK, **kw: Any
) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=size * 1.2, textColor=color, **kw
    )


_STUDIO = _style("studio", 10, font="Helvetica-Bold", color=_GREY)
_KIND = _style("kind", 8, color=_GREY, alignment=2)
_TITLE = _style("title", 22, font="Helvetica-Bold", spaceBefore=6, spaceAfter=2)
_WHEN = _style("when", 12.5)
_LABEL = _style("label", 7.5, color=_GREY)
_VALUE = _style("value", 11, font="Helvetica-Bold")
_HEAD = _style("head", 8, font="Helvetica-Bold")
_HEAD_C = _style("head_c", 8, font="Helvetica-Bold", alignment=TA_CENTER)
_CELL = _style("cell", 9.5)
_CELL_GREY = _style("cell_grey", 9, color=_GREY)
_WALK_IN = _style("walk_in", 9, font="Helvetica-Oblique", color=_FAINT)
_SECTION = _style("section", 12, font="Helvetica-Bold", spaceBefore=14, spaceAfter=4)
_BANNER = _style("banner", 15, font="Helvetica-Bold", alignment=TA_CENTER)


class _TickBox(Flowable):
    """An empty square to tick by hand, drawn already ticked when the member is present."""

    def __init__(self, ticked: bool, size: float = _TICK) -> None:
        super().__init__()
        self.ticked, self.size = ticked, size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        s = self.size
        self.canv.setStrokeColor(_INK)
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


class _SheetCanvas(Canvas):
    """Defers footers to save() so every page can say "Page n of N"."""

    def __init__(self, *args: Any, printed: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.printed = printed
        self.sheet_label, self.sheet_first_page = "", 1
        self.page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self.page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self.page_states)
        for state in self.page_states:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        right = A4[0] - _LEFT
        y = _MARGIN - 6 * mm
        self.saveState()
        self.setStrokeColor(_RULE)
        self.setLineWidth(0.5)
        self.line(_LEFT, y + 10, right, y + 10)
        self.setFont("Helvetica", 7.5)
        self.setFillColor(_GREY)
        self.drawString(_LEFT, y, f"Printed {self.printed}")
        label = self.sheet_label
        if label and self._pageNumber > self.sheet_first_page:
            label += " (continued)"
        self.drawCentredString(A4[0] / 2, y, label)
        self.drawRightString(right, y, f"Page {self._pageNumber} of {total}")
        self.restoreState()


def _time_range(session: SessionBlock) -> str:
    start = session.starts_at
    end = start + timedelta(minutes=session.duration_minutes)
    # Built by hand: "%-d" (day without zero padding) is not portable to Windows.
    return f"{start:%A} {start.day} {start:%B %Y}, {start:%H:%M}\u2013{end:%H:%M}"


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(_printable(text)), style)


def _masthead(studio_name: str) -> Table:
    return Table(
        [[_p(studio_name, _STUDIO), _p("ATTENDANCE SHEET", _KIND)]],
        colWidths=[sum(_COLUMNS) * 0.7, sum(_COLUMNS) * 0.3],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (0, 0), (-1, 0), 1, _INK),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )


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
        [[_p(k, _LABEL) for k, _ in facts], [_p(v, _VALUE) for _, v in facts]],
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
        [[_p("CANCELLED \u2013 this class will not take place", _BANNER)]],
        colWidths=[sum(_COLUMNS)],
        style=[
            ("BOX", (0, 0), (-1, -1), 2, _INK),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ],
    )


def _register(sheet: AttendanceList, walk_in_rows: int) -> Table:
    titles = ("#", "Member", "Membership", "Left after this class", "Present", "Signature")
    rows: list[list[Any]] = [[_p(t, _HEAD_C if t == "Present" else _HEAD) for t in titles]]
    for n, a in enumerate(sheet.attendees, 1):
        grey = [_p(a.membership, _CELL_GREY), _p(a.left_after, _CELL_GREY)]
        rows.append([str(n), _p(a.member_name, _CELL), *grey, _TickBox(a.present), ""])
    first_walk_in = len(rows)
    for n in range(len(sheet.attendees) + 1, len(sheet.attendees) + walk_in_rows + 1):
        rows.append([str(n), _p("Walk-in", _WALK_IN), "", "", _TickBox(False), ""])
    # Heights follow the content: a long name wraps into a taller row rather than overflow.
    return Table(
        rows,
        colWidths=list(_COLUMNS),
        repeatRows=1,
        style=[
            ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
            ("LINEABOVE", (0, 0), (-1, 0), 1, _INK),
            ("LINEBELOW", (0, 0), (-1, 0), 1, _INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.5, _RULE),
            ("LINEBELOW", (0, -1), (-1, -1), 1, _INK),
            ("LINEBEFORE", (4, 0), (5, -1), 0.5, _RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (0, -1), "RIGHT"),
            ("ALIGN", (4, 0), (4, -1), "CENTER"),
            ("FONT", (0, 1), (0, -1), "Helvetica", 8.5),
            ("TEXTCOLOR", (0, 1), (0, -1), _GREY),
            ("TOPPADDING", (0, 1), (-1, -1), _ROW_PAD),
            ("BOTTOMPADDING", (0, 1), (-1, -1), _ROW_PAD),
            ("TOPPADDING", (0, 0), (-1, 0), 5),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
            # Walk-ins start below a darker rule so late additions are easy to spot.
            ("LINEABOVE", (0, first_walk_in), (-1, first_walk_in), 1, _GREY),
        ],
    )


def _waitlist(sheet: AttendanceList) -> list[Flowable]:
    if not sheet.waitlist:
        return [_p("Waitlist", _SECTION), _p("No one waiting", _CELL_GREY)]
    rows = [
        [
            f"{n}.",
            _p(w.member_name, _CELL),
            _p(f"since {w.since:%a} {w.since.day} {w.since:%b %H:%M}", _CELL_GREY),
            _p(w.note, _CELL_GREY),
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
            ("FONT", (0, 0), (0, -1), "Helvetica", 8.5),
            ("TEXTCOLOR", (0, 0), (0, -1), _GREY),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, _RULE),
        ],
    )
    # Heading, first names stay together; a long list may still run onto the next page.
    return [KeepTogether([_p("Waitlist", _SECTION), table])]


def _sheet(studio_name: str, sheet: AttendanceList, walk_in_rows: int) -> list[Flowable]:
    s = sheet.session
    when = f"{s.starts_at:%a} {s.starts_at.day} {s.starts_at:%b %H:%M}"
    story: list[Flowable] = [
        _SheetLabel(_printable(f"{s.name} \u00b7 {when}")),
        _masthead(studio_name),
        _p(s.name, _TITLE),
        _p(_time_range(s), _WHEN),
        Spacer(1, 8),
        _details(s),
        Spacer(1, 10),
    ]
    if s.cancelled:
        story += [_banner(), Spacer(1, 10)]
    return story + [_register(sheet, walk_in_rows), *_waitlist(sheet)]


def write_attendance_sheets(
    studio_name: str, lists: Sequence[AttendanceList], out: Path, *, walk_in_rows: int = 5
) -> Path:
    """Write one attendance sheet per session (in the given order) into a single A4 PDF.

    A sheet longer than a page continues with the register header repeated; with no
    sessions the PDF holds one page saying "No classes". Returns ``out``.
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
            _masthead(studio_name),
            _p("No classes", _TITLE),
            _p("There are no sessions to print for this selection.", _CELL_GREY),
        ]
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN + 4 * mm,
        title=f"Attendance sheets \u2013 {studio_name}",
        author=studio_name,
        # Uncompressed: a few kilobytes more, and the text stays checkable in the bytes.
        pageCompression=0,
    )
    printed = datetime.now()
    stamp = _printable(f"{printed:%a} {printed.day} {printed:%b %Y %H:%M}")
    doc.build(story, canvasmaker=partial(_SheetCanvas, printed=stamp))
    return out
