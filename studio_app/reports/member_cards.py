"""Member cards as a printed PDF (SPEC §7): credit-card size cards with the studio's name, the
member's name and a Code 128 barcode of the card code, ten to a sheet with cut marks.

Layout rules:

- A card is ISO/IEC 7810 ID-1, 85.6 × 54 mm. A sheet holds 2 columns × 5 rows, centred on the
  page (A4 or Letter): the rows touch, so one cut separates two rows (5 × 54 = 270 mm fits
  Letter's 279.4 mm), and the columns stand 10 mm apart.
- Cut marks are short lines at each card corner along its edges, 1 mm away from the corner and
  only outside every card (in the margins and the gap between the columns), so the sheet is cut
  with a guillotine from mark to mark. On Letter the top and bottom margins are 4.7 mm: a
  printer that cannot print that close to the edge loses part of those marks.
- On each card: the studio's name at the top (bold), the member's full name (16 pt, shrunk to
  fit the card's width), the barcode with its quiet zones (10 modules each side) and the code
  under it. The module is as wide as fits the card, at most 0.5 mm; a code of up to 20
  characters (domain/card_codes.py) keeps it at 0.28 mm or more, which scans from print.
- Cards print in the order given, row by row. There is no footer (it would collide with the
  bottom row); ``progress`` still hears of each page.

Architecture rule: reports import only DTOs, the domain and ReportLab.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscent, getDescent, stringWidth
from reportlab.pdfgen.canvas import Canvas

from studio_app.domain.card_codes import printable_on_card
from studio_app.dto.report_cards import MemberCard, MemberCards
from studio_app.dto.reports import Paper
from studio_app.reports.pdf_common import BOLD, FONT, GREY, INK, Progress, page_size

CARD_WIDTH = 85.6 * mm
CARD_HEIGHT = 54 * mm
COLUMNS, ROWS = 2, 5
CARDS_PER_SHEET = COLUMNS * ROWS
COLUMN_GAP = 10 * mm
#: The blank border inside a card.
PADDING = 4 * mm
#: A cut mark starts this far from its card's corner and is this long.
MARK_GAP = 1 * mm
MARK_LENGTH = 3 * mm
MARK_LINE = 0.3
#: The widest bar (the module) a card prints.
MAX_MODULE = 0.5 * mm
#: Code 128's quiet zone each side of the bars, in modules.
QUIET_MODULES = 10
BAR_HEIGHT = 13 * mm
STUDIO_SIZE, NAME_SIZE, CODE_SIZE = 9.0, 16.0, 9.0

#: A cut mark as a line (x1, y1, x2, y2) in points.
Mark = tuple[float, float, float, float]


def card_slots(paper: Paper) -> tuple[tuple[float, float], ...]:
    """The lower-left corner of each card on a sheet of ``paper``, row by row from the top,
    left to right, the block of cards centred on the page."""
    page_width, page_height = page_size(paper)
    block_width = COLUMNS * CARD_WIDTH + (COLUMNS - 1) * COLUMN_GAP
    left = (page_width - block_width) / 2
    top = (page_height + ROWS * CARD_HEIGHT) / 2
    return tuple(
        (left + column * (CARD_WIDTH + COLUMN_GAP), top - (row + 1) * CARD_HEIGHT)
        for row in range(ROWS)
        for column in range(COLUMNS)
    )


def _touches_a_card(mark: Mark, slots: Sequence[tuple[float, float]]) -> bool:
    """Whether the mark touches any card, its edges included (a mark along the edge of the
    next card would be cut through)."""
    x1, y1, x2, y2 = mark
    low_x, high_x, low_y, high_y = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
    return any(
        low_x <= x + CARD_WIDTH and high_x >= x and low_y <= y + CARD_HEIGHT and high_y >= y
        for x, y in slots
    )


def cut_marks(slots: Sequence[tuple[float, float]]) -> tuple[Mark, ...]:
    """The cut marks of cards at ``slots``: at each corner, a horizontal and a vertical line
    pointing away from the card, each kept only where it touches no card."""
    marks: list[Mark] = []
    near, far = MARK_GAP, MARK_GAP + MARK_LENGTH
    for x, y in slots:
        for corner_x, out_x in ((x, -1), (x + CARD_WIDTH, 1)):
            for corner_y, out_y in ((y, -1), (y + CARD_HEIGHT, 1)):
                marks.append((corner_x + out_x * near, corner_y, corner_x + out_x * far, corner_y))
                marks.append((corner_x, corner_y + out_y * near, corner_x, corner_y + out_y * far))
    return tuple(dict.fromkeys(m for m in marks if not _touches_a_card(m, slots)))


def _fitted(text: str, font: str, size: float, width: float) -> float:
    """``size``, or smaller so that ``text`` fits in ``width``."""
    natural = stringWidth(text, font, size)
    return size if natural <= width else size * width / natural


def _barcode(code: str) -> Code128:
    """The code as Code 128 with its quiet zones, its module as wide as fits the card's inside
    (at most MAX_MODULE)."""
    if not printable_on_card(code):
        raise ValueError(f"The card code {code!r} cannot be printed as a card's barcode.")
    modules = Code128(code, barWidth=1, lquiet=QUIET_MODULES, rquiet=QUIET_MODULES).width
    module = min(MAX_MODULE, (CARD_WIDTH - 2 * PADDING) / modules)
    quiet = QUIET_MODULES * module
    return Code128(
        code, barWidth=module, barHeight=BAR_HEIGHT, lquiet=quiet, rquiet=quiet, humanReadable=0
    )


def _draw_card(canvas: Canvas, x: float, y: float, studio_name: str, card: MemberCard) -> None:
    """One card with its lower-left corner at (x, y)."""
    inner = CARD_WIDTH - 2 * PADDING
    middle = x + CARD_WIDTH / 2
    code_baseline = y + PADDING - getDescent(FONT, CODE_SIZE)
    canvas.setFillColor(INK)
    canvas.setFont(FONT, CODE_SIZE)
    canvas.drawCentredString(middle, code_baseline, card.card_code)
    # The bars stand one em above the digits' baseline: about 1 mm clear of the digits.
    bars_bottom = code_baseline + CODE_SIZE
    barcode = _barcode(card.card_code)
    barcode.drawOn(canvas, middle - barcode.width / 2, bars_bottom)

    studio_size = _fitted(studio_name, BOLD, STUDIO_SIZE, inner)
    studio_baseline = y + CARD_HEIGHT - PADDING - getAscent(BOLD, studio_size)
    canvas.setFillColor(GREY)
    canvas.setFont(BOLD, studio_size)
    canvas.drawCentredString(middle, studio_baseline, studio_name)

    name_size = _fitted(card.full_name, FONT, NAME_SIZE, inner)
    # The name stands in the middle of the space between the studio's name and the bars.
    space_bottom = bars_bottom + BAR_HEIGHT
    space_top = studio_baseline + getDescent(BOLD, studio_size)
    ascent, descent = getAscent(FONT, name_size), getDescent(FONT, name_size)
    baseline = (space_top + space_bottom - ascent - descent) / 2
    canvas.setFillColor(INK)
    canvas.setFont(FONT, name_size)
    canvas.drawCentredString(middle, baseline, card.full_name)


def write_member_cards(
    studio_name: str,
    cards: MemberCards,
    out: Path,
    *,
    paper: Paper = Paper.A4,
    progress: Progress | None = None,
) -> Path:
    """Write the cards, ten to a sheet of ``paper`` with cut marks, and return ``out``; each
    card's code must be printable on a card (domain/card_codes.py)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(out), pagesize=page_size(paper), initialFontName=FONT, pageCompression=0)
    canvas.setTitle("Member cards")
    canvas.setAuthor(studio_name)
    slots = card_slots(paper)
    total = -(-len(cards.cards) // CARDS_PER_SHEET)
    for page in range(total):
        sheet = cards.cards[page * CARDS_PER_SHEET : (page + 1) * CARDS_PER_SHEET]
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(MARK_LINE)
        for mark in cut_marks(slots[: len(sheet)]):
            canvas.line(*mark)
        for (x, y), card in zip(slots, sheet, strict=False):
            _draw_card(canvas, x, y, studio_name, card)
        canvas.showPage()
        if progress is not None:
            progress(f"Page {page + 1} of {total}")
    canvas.save()
    return out
