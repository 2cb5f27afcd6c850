"""The house style shared by the printed reports (SPEC §7): A4 or Letter (the studio's setting)
with 15 mm margins, an embedded Unicode font, a grey palette and a footer saying "Printed …" and
"Page n of N".

The font is DejaVu Sans Condensed (shipped in ``reports/fonts``, Bitstream Vera licence),
embedded as a subset in every PDF, so every name prints as typed: Łukasz Żółć, Zoë, Þór.
ReportLab's built-in Helvetica has only the cp1252 letters. PDFs are written uncompressed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, SimpleDocTemplate, Table
from reportlab.platypus.tables import CellStyle

from studio_app.domain.formats import moment_text
from studio_app.dto.reports import Paper, ReportHeader

FONT, BOLD, ITALIC = "StudioSans", "StudioSans-Bold", "StudioSans-Oblique"
_FONT_FILES = {
    FONT: "DejaVuSansCondensed.ttf",
    BOLD: "DejaVuSansCondensed-Bold.ttf",
    ITALIC: "DejaVuSansCondensed-Oblique.ttf",
}
_FONT_FOLDER = Path(__file__).with_name("fonts")


def _register_fonts() -> None:
    """Register the house font once per process (ReportLab keeps a global registry)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(_FONT_FOLDER / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


_register_fonts()
# A table cell without a FONT command is set in CellStyle's default, Helvetica: make the house
# font the default, so no table (ours or a chart's) ever brings Helvetica into a PDF.
CellStyle.fontname = FONT

MARGIN = 15 * mm
LEFT = MARGIN + 6  # where text starts: SimpleDocTemplate's frame adds 6pt padding
INK = colors.black
GREY = colors.Color(0.35, 0.35, 0.35)
FAINT = colors.Color(0.62, 0.62, 0.62)
RULE = colors.Color(0.7, 0.7, 0.7)
SHADE = colors.Color(0.9, 0.9, 0.9)
#: Told of each page as it is laid out ("Page 3"): long reports show their progress.
Progress = Callable[[str], None]


def page_size(paper: Paper, *, wide: bool = False) -> tuple[float, float]:
    """The page in points: A4 (210 × 297 mm) or Letter (8.5 × 11 in), ``wide`` for landscape."""
    size = A4 if paper is Paper.A4 else LETTER
    return landscape(size) if wide else size


def text_width(paper: Paper, *, wide: bool = False) -> float:
    """The width of the frame's text on that page, between the house margins."""
    return page_size(paper, wide=wide)[0] - 2 * LEFT


def style(
    name: str, size: float, *, font: str = FONT, color: Any = INK, **kw: Any
) -> ParagraphStyle:
    """A paragraph style in the house font, with a leading of 1.2 × the size."""
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=size * 1.2, textColor=color, **kw
    )


def para(text: str, paragraph_style: ParagraphStyle) -> Paragraph:
    """Plain text (never markup) as a paragraph: printed exactly as typed."""
    return Paragraph(escape(text), paragraph_style)


#: The ASCII characters whose PDFDocEncoding is not their ASCII code.
_NOT_PDFDOC_ASCII = tuple(map(chr, range(0x18, 0x20)))


def _encoded(page: Any) -> None:
    """Encode the content stream of a finished page now, when it is ASCII (as ours are: text in
    the embedded font is written as escaped codes) and so reads the same in PDFDocEncoding.
    ReportLab would encode it while saving, through a character map: about a tenth of the
    time of a 180-page report."""
    stream = page.stream
    if (
        isinstance(stream, str)
        and stream.isascii()
        and not any(c in stream for c in _NOT_PDFDOC_ASCII)  # a fast scan each (a regex: slow)
    ):
        page.stream = stream.encode("ascii")


def font_runs(font: TTFont, size: float, text: str, doc: Any) -> list[tuple[str, str]]:
    """``text`` set in the embedded ``font`` at ``size`` in the PDF document ``doc`` (a
    canvas's ``_doc``), as ReportLab writes it: each run of characters in one subset of the
    font, as the operator selecting that subset ("/F1+0 8 Tf") and the run's escaped codes."""
    return [
        (f"{font.getSubsetInternalName(subset, doc)} {size} Tf", escapePDF(run))
        for subset, run in font.splitString(text, doc)
    ]


_FOOTER_SIZE = 7.5


class PagedCanvas(Canvas):
    """Defers footers to save() so every page can say "Page n of N".

    The footer shows when the report was printed, :meth:`page_label` in the middle and the
    page count on the right. ``progress`` (if given) hears of each page as it is laid out.
    """

    def __init__(
        self,
        *args: Any,
        printed: str,
        label: str = "",
        progress: Progress | None = None,
        **kwargs: Any,
    ) -> None:
        # Even the canvas's opening font is the house font: no other font enters the PDF.
        kwargs["initialFontName"] = FONT
        super().__init__(*args, **kwargs)
        self.printed, self.label, self.progress = printed, label, progress
        self.page_states: list[dict[str, Any]] = []
        #: The operators of the footer's texts, by text (the stamp and the label recur).
        self.footer_texts: dict[str, str] = {}

    def showPage(self) -> None:
        self.page_states.append(dict(self.__dict__))
        if self.progress is not None:
            self.progress(f"Page {len(self.page_states)}")
        self._startPage()

    def save(self) -> None:
        total = len(self.page_states)
        pages = self._doc.Pages.pages
        for state in self.page_states:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
            _encoded(pages[-1])
        super().save()

    def page_label(self) -> str:
        """The text in the middle of this page's footer."""
        return self.label

    def _footer(self, total: int) -> None:
        width = self._pagesize[0]
        right = width - LEFT
        y = MARGIN - 6 * mm
        label, count = self.page_label(), f"Page {self._pageNumber} of {total}"
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(LEFT, y + 10, right, y + 10)
        self.setFillColor(GREY)
        # As drawString, drawCentredString and drawRightString write them, with the printed
        # stamp's and the label's operators worked out once for all the pages.
        self.addLiteral(
            "\n".join(
                [
                    self._footer_text(LEFT, y, f"Printed {self.printed}"),
                    self._footer_text(width / 2 - self._footer_width(label) / 2, y, label),
                    self._footer_text(right - self._footer_width(count), y, count),
                ]
            )
        )
        self.restoreState()

    def _footer_width(self, text: str) -> float:
        return pdfmetrics.stringWidth(text, FONT, _FOOTER_SIZE)

    def _footer_text(self, x: float, y: float, text: str) -> str:
        """A text object showing ``text`` in the footer's type from (``x``, ``y``)."""
        shown = self.footer_texts.get(text)
        if shown is None:
            runs = font_runs(pdfmetrics.getFont(FONT), _FOOTER_SIZE, text, self._doc)
            shown = " ".join(f"{font} ({codes}) Tj" for font, codes in runs)
            self.footer_texts[text] = shown
        return f"BT 1 0 0 1 {fp_str(x, y)} Tm {shown} ET"


def printed_stamp(now: datetime) -> str:
    """When a report was printed, as its footer shows it: "Tue 8 Dec 2026 18:05"."""
    return moment_text(now, weekday=True)


def document(
    out: Path, *, title: str, author: str, paper: Paper = Paper.A4, wide: bool = False
) -> SimpleDocTemplate:
    """A document on the studio's paper (``wide``: landscape) in the house margins, with room
    at the bottom for the footer."""
    return SimpleDocTemplate(
        str(out),
        pagesize=page_size(paper, wide=wide),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author=author,
        # Uncompressed: a few kilobytes more (the font subset is the bulk anyway).
        pageCompression=0,
    )


_STUDIO = style("studio", 10, font=BOLD, color=GREY)
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


_HEAD = style("grid_head", 7.5, font=BOLD)
_HEAD_R = style("grid_head_r", 7.5, font=BOLD, alignment=TA_RIGHT)
#: The rules of every ruled table (the table style commands of :func:`grid`, the schedule's week
#: grid): a shaded header row between heavy rules, a light rule under each row, a heavy one
#: under the last.
GRID_RULES: tuple[tuple[Any, ...], ...] = (
    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ("LINEABOVE", (0, 0), (-1, 0), 1, INK),
    ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
    ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
    ("LINEBELOW", (0, -1), (-1, -1), 1, INK),
)


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    numeric: Collection[int] = (),
    *,
    total: bool = False,
    size: float = 8.5,
) -> Table:
    """A ruled table with a shaded header repeated on every page; the ``numeric`` columns
    align right; ``total``: the last row is a bold total under a rule. Cells are text, numbers
    or flowables (a :func:`para` wraps a long name)."""
    head = [para(t, _HEAD_R if i in numeric else _HEAD) for i, t in enumerate(header)]
    commands: list[tuple[Any, ...]] = [
        *GRID_RULES,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 1), (-1, -1), FONT, size),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *(("ALIGN", (i, 0), (i, -1), "RIGHT") for i in numeric),
    ]
    if total:
        commands += [
            ("LINEABOVE", (0, -1), (-1, -1), 1, INK),
            ("FONT", (0, -1), (-1, -1), BOLD, size),
        ]
    return Table([head, *rows], colWidths=list(widths), repeatRows=1, style=commands)


TITLE_STYLE = style("title", 22, font=BOLD, spaceBefore=6, spaceAfter=2)
WHEN_STYLE = style("when", 12.5)
SECTION_STYLE = style("section", 12, font=BOLD, spaceBefore=16, spaceAfter=5)
_LABEL = style("figure_label", 7.5, color=GREY)


def figures(facts: Sequence[tuple[str, str]], width: float, *, size: float = 16) -> Table:
    """The few numbers a reader looks at first, side by side: a small grey label ("RECEIVED")
    over each big figure, set bold at ``size`` points (smaller where many share the line)."""
    figure = style("figure", size, font=BOLD)
    return Table(
        [[para(k, _LABEL) for k, _ in facts], [para(v, figure) for _, v in facts]],
        colWidths=[width / max(len(facts), 1)] * len(facts),
        hAlign="LEFT",
        style=[
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ],
    )


def section(title: str, *body: Flowable) -> list[Flowable]:
    """A heading and what is under it; the heading never ends a page alone: it starts with a
    few rows or on the next page, and a long table runs on under its repeated header row."""
    return [CondPageBreak(120), para(title, SECTION_STYLE), *body]


def write_pdf(
    story: list[Flowable],
    header: ReportHeader,
    out: Path,
    *,
    title: str,
    label: str,
    wide: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Lay ``story`` out on the studio's paper (``wide``: landscape) with the house footer
    (``label`` in its middle) and save it to ``out``; returns ``out``."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = document(out, title=title, author=header.studio_name, paper=header.paper, wide=wide)
    canvas = partial(
        PagedCanvas, printed=printed_stamp(header.printed), label=label, progress=progress
    )
    doc.build(story, canvasmaker=canvas)
    return out
