"""The house style shared by the printed reports (SPEC §7): A4 with 15 mm margins, the
built-in Helvetica fonts, a grey palette and a footer saying "Printed …" and "Page n of N".

Helvetica's encoding is cp1252, so every text goes through :func:`printable` first: a
Polish name prints without its accents rather than as empty boxes. PDFs are written
uncompressed, which keeps the text checkable in the bytes.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from unicodedata import combining, normalize
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

MARGIN = 15 * mm
LEFT = MARGIN + 6  # where text starts: SimpleDocTemplate's frame adds 6pt padding
INK = colors.black
GREY = colors.Color(0.35, 0.35, 0.35)
FAINT = colors.Color(0.62, 0.62, 0.62)
RULE = colors.Color(0.7, 0.7, 0.7)
SHADE = colors.Color(0.9, 0.9, 0.9)
# Letters the built-in fonts cannot draw (their encoding is cp1252) and NFKD cannot split.
_FALLBACK = str.maketrans({"\u0142": "l", "\u0141": "L", "\u0111": "d", "\u0110": "D"})


def printable(text: str) -> str:
    """Spell text in what Helvetica can draw: "Wiśniewska" prints "Wisniewska", not a box."""
    text = text.translate(_FALLBACK)
    if text.encode("cp1252", "replace").decode("cp1252") == text:
        return text
    bare = "".join(c for c in normalize("NFKD", text) if not combining(c))
    # Recompose so letters the font does have ("Müller") keep their accents.
    return normalize("NFC", bare).encode("cp1252", "replace").decode("cp1252")


def style(
    name: str, size: float, *, font: str = "Helvetica", color: Any = INK, **kw: Any
) -> ParagraphStyle:
    """A paragraph style in the house fonts, with a leading of 1.2 × the size."""
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=size * 1.2, textColor=color, **kw
    )


def para(text: str, paragraph_style: ParagraphStyle) -> Paragraph:
    """Plain text (never markup) as a paragraph, spelt in what the font can draw."""
    return Paragraph(escape(printable(text)), paragraph_style)


class PagedCanvas(Canvas):
    """Defers footers to save() so every page can say "Page n of N".

    The footer shows when the report was printed, :meth:`page_label` in the middle and the
    page count on the right.
    """

    def __init__(self, *args: Any, printed: str, label: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.printed, self.label = printed, label
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

    def page_label(self) -> str:
        """The text in the middle of this page's footer."""
        return self.label

    def _footer(self, total: int) -> None:
        right = A4[0] - LEFT
        y = MARGIN - 6 * mm
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(LEFT, y + 10, right, y + 10)
        self.setFont("Helvetica", 7.5)
        self.setFillColor(GREY)
        self.drawString(LEFT, y, f"Printed {self.printed}")
        self.drawCentredString(A4[0] / 2, y, self.page_label())
        self.drawRightString(right, y, f"Page {self._pageNumber} of {total}")
        self.restoreState()


def printed_stamp(now: datetime) -> str:
    """When a report was printed, as its footer shows it: "Tue 8 Dec 2026 18:05"."""
    # Built by hand: "%-d" (day without zero padding) is not portable to Windows.
    return printable(f"{now:%a} {now.day} {now:%b %Y %H:%M}")


def a4_document(out: Path, *, title: str, author: str) -> SimpleDocTemplate:
    """An A4 document in the house margins, with room at the bottom for the footer."""
    return SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author=author,
        # Uncompressed: a few kilobytes more, and the text stays checkable in the bytes.
        pageCompression=0,
    )


_STUDIO = style("studio", 10, font="Helvetica-Bold", color=GREY)
_KIND = style("kind", 8, color=GREY, alignment=TA_RIGHT)


def masthead(studio_name: str, kind: str, width: float, studio_share: float) -> Table:
    """The top line of every printed report: the studio's name left, what the paper is right
    (e.g. "ATTENDANCE SHEET"), over a rule; ``studio_share`` of ``width`` goes to the name."""
    return Table(
        [[para(studio_name, _STUDIO), para(kind, _KIND)]],
        colWidths=[width * studio_share, width * (1 - studio_share)],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )
