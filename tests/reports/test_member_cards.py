"""Member cards (SPEC §7): credit-card size cards with the member's name and a Code 128 barcode
of the card code, ten to a sheet with cut marks, written through services.reports.

The barcodes are read back as a desk's scanner would: the page rendered at 300 dpi and decoded
with zxing-cpp, and the decoded text typed into the desk's card field (BookingService
.check_in_card, what the main window's card-scan field calls). The card size is measured from
the cut marks in the PDF (PDFium's page objects)."""

from __future__ import annotations

import itertools
from datetime import date, time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.lib.units import mm

from studio_app.domain.card_codes import check_digit, is_valid_code
from studio_app.domain.errors import BookingRefused, NotFound, ValidationError
from studio_app.dto.reports import Paper, ReportKind, ReportRequest
from studio_app.steps.report_rows import cards as report_cards
from tests.factories import StudioFactory
from tests.pdf_text import pdf_fonts, pdf_lines, pdf_page_count, pdf_page_size, pdf_pages, pdf_text

HOUSE_FONTS = {"DejaVuSansCondensed", "DejaVuSansCondensed-Bold"}
LONG_NAME = ("Maria Magdalena Konstancja", "Wiśniewska-Grabowska-Szczepańska")
CARDS = ReportRequest(ReportKind.CARDS)
TODAY = date(2026, 12, 1)


def _cards(*member_ids: int) -> ReportRequest:
    return ReportRequest(ReportKind.CARDS, member_ids=member_ids)


def _scanned(pdf: Path, page: int = 0) -> list[zxingcpp.Barcode]:
    """Every barcode on the page rendered at 300 dpi, in reading order (row by row)."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        image = document[page].render(scale=300 / 72).to_pil()
    finally:
        document.close()
    found = zxingcpp.read_barcodes(image)
    row_height = 54 / 25.4 * 300  # a card's height in pixels
    return sorted(found, key=lambda b: (b.position.top_left.y // row_height, b.position.top_left.x))


def _cut_lines(pdf: Path, page: int = 0) -> tuple[list[float], list[float]]:
    """Where the cut marks say to cut: the heights of the horizontal cuts and the positions of
    the vertical ones, in points from the page's lower-left corner. A mark is a thin line 3 mm
    long (a bar of a barcode is 13 mm tall)."""
    document = pdfium.PdfDocument(str(pdf))
    across, down = set(), set()
    try:
        for item in document[page].get_objects():
            left, bottom, right, top = item.get_bounds()
            width, height = right - left, top - bottom
            if height < 1 and 2 * mm < width < 4 * mm:
                across.add(round((bottom + top) / 2, 1))
            elif width < 1 and 2 * mm < height < 4 * mm:
                down.add(round((left + right) / 2, 1))
    finally:
        document.close()
    return sorted(across), sorted(down)


def _user_log(studio: StudioFactory) -> list[tuple[str, str, str]]:
    """Today's user-log lines: (staff member, member, action), oldest first."""
    rows = studio.svc.activity_log.page(TODAY, TODAY).rows
    return [(r.staff_name, r.member_name, r.action) for r in reversed(rows)]


def test_printed_barcodes_scan_back_to_the_codes_and_check_the_member_in(
    studio: StudioFactory, tmp_path: Path
) -> None:
    svc = studio.svc
    names = [("Łukasz", "Żółć"), ("Zoë", "Ångström"), ("Þór", "Eiríksson"), LONG_NAME]
    members = [studio.member(first, last) for first, last in names]
    svc.reports.assign_card_codes(tuple(members))
    codes = [svc.members.get(m).card_code for m in members]

    out = svc.reports.write(_cards(*members), tmp_path / "cards.pdf").value

    scanned = _scanned(out)
    assert [b.text for b in scanned] == codes  # in the order chosen, row by row
    assert {b.format for b in scanned} == {zxingcpp.BarcodeFormat.Code128}
    lines = pdf_lines(out)
    for (first, last), code in zip(names, codes, strict=True):
        assert f"{first} {last}" in lines
        assert code in lines  # the digits under the bars
    assert lines.count("Lotus Yoga") == 4
    assert pdf_fonts(out) <= HOUSE_FONTS

    # Łukasz is booked into the 9:30 class; it is 9:00 and he scans his new card at the desk.
    svc.memberships.sell(members[0], studio.pass_plan(10), TODAY)
    session = studio.session_on(TODAY, studio.series(at=time(9, 30)))
    svc.bookings.sign_up(session, members[0])
    checked_in = svc.bookings.check_in_card(scanned[0].text).value
    assert checked_in.startswith("Łukasz Żółć is present for Vinyasa Flow")
    assert svc.bookings.attendance(session).attendees[0].present
    with pytest.raises(BookingRefused, match="^Zoë Ångström has no class starting within"):
        svc.bookings.check_in_card(scanned[1].text)


def test_ten_cards_to_a_sheet_of_a4_or_letter_cut_to_credit_card_size(
    studio: StudioFactory, tmp_path: Path
) -> None:
    svc = studio.svc
    for n in range(11):
        studio.member("Ola", f"Nowak{n:02d}", card_code=f"NOWAK-{n:02d}")
    card_width, card_height = 85.6 * mm, 54 * mm

    for paper, size in ((Paper.A4, (595, 842)), (Paper.LETTER, (612, 792))):
        svc.studio.set_paper(paper)
        heard: list[str] = []
        out = svc.reports.write(CARDS, tmp_path / f"cards-{paper}.pdf", heard.append).value

        assert pdf_page_count(out) == 2
        assert tuple(round(v) for v in pdf_page_size(out)) == size
        assert {"Page 1 of 2", "Page 2 of 2"} <= set(heard)
        first, second = pdf_pages(out)
        assert all(f"Ola Nowak{n:02d}" in first for n in range(10))
        assert "Ola Nowak10" in second and "Nowak09" not in second

        across, down = _cut_lines(out)
        # Five rows touching: six horizontal cuts a card's height apart.
        assert len(across) == 6
        assert all(abs(b - a - card_height) < 0.2 for a, b in itertools.pairwise(across))
        # Two columns apart: each column cut at both sides, a card's width wide.
        assert len(down) == 4
        assert abs(down[1] - down[0] - card_width) < 0.2
        assert abs(down[3] - down[2] - card_width) < 0.2
        # The block of cards is centred on the page, and all of it is on the page.
        width, height = pdf_page_size(out)
        assert abs(down[0] - (width - down[3])) < 0.2 and down[0] > 0
        assert abs(across[0] - (height - across[-1])) < 0.2 and across[0] > 0
        # The second sheet has one card, with its marks only: top-left of the sheet.
        assert _cut_lines(out, 1) == (across[-2:], down[:2])


def test_cards_are_refused_for_members_without_a_code_naming_how_many(
    studio: StudioFactory, tmp_path: Path
) -> None:
    svc = studio.svc
    zoe = studio.member("Zoë", "Ångström", card_code="ZOE-1")
    lukasz = studio.member("Łukasz", "Żółć")
    studio.member("Þór", "Eiríksson")
    out = tmp_path / "cards.pdf"

    assert svc.reports.cards_missing_codes() == 2
    assert svc.reports.cards_missing_codes((zoe, lukasz)) == 1
    with pytest.raises(
        ValidationError,
        match="^2 of the 3 members whose cards would print have no card code: give card codes "
        "first",
    ):
        svc.reports.write(CARDS, out)
    with pytest.raises(ValidationError, match="^1 of the 2 members whose cards would print has"):
        svc.reports.write(_cards(zoe, lukasz), out)
    with pytest.raises(ValidationError, match="^Łukasz Żółć has no card code"):
        svc.reports.write(_cards(lukasz), out)
    ada = studio.member("Ada", "Żak", card_code="ŻAK-1")  # typed by staff: no barcode holds Ż
    with pytest.raises(ValidationError, match="The card code of Ada Żak cannot be printed"):
        svc.reports.write(_cards(zoe, ada), out)
    with pytest.raises(NotFound, match="Member #999 does not exist"):
        svc.reports.write(_cards(zoe, 999), out)
    assert not out.exists()


def test_codes_given_for_cards_are_unique_valid_and_logged_with_the_staff_member(
    studio: StudioFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = studio.svc
    taken = "100000009"
    ada = studio.member("Ada", "Lee", card_code=taken)
    members = [studio.member(first, last) for first, last in (("Łukasz", "Żółć"), LONG_NAME)]
    members += [studio.member("Zoë", "Ångström"), studio.member("Þór", "Eiríksson")]
    fresh = [p + check_digit(p) for p in ("31415926", "27182818", "16180339", "14142135")]
    # The draws repeat a code another member holds, and one code twice: both are drawn again.
    draws = iter([taken, fresh[0], fresh[0], fresh[1], fresh[2], fresh[3]])
    monkeypatch.setattr(report_cards, "new_code", lambda: next(draws))

    given = svc.reports.assign_card_codes()

    assert (given.value, given.message) == (4, "Gave 4 member(s) a new card code.")
    codes = {m: svc.members.get(m).card_code for m in members}
    assert sorted(codes.values()) == sorted(fresh)
    assert all(is_valid_code(code) for code in codes.values())
    assert svc.members.get(ada).card_code == taken
    assert svc.reports.cards_missing_codes() == 0
    assert [r.id for r in svc.members.search(codes[members[0]])] == [members[0]]
    given_lines = [line for line in _user_log(studio) if line[2].startswith("Card code")]
    assert sorted(given_lines) == sorted(
        (
            "Olivia Owner",
            svc.members.get(m).first_name + " " + svc.members.get(m).last_name,
            f"Card code {code} given for printing a member card",
        )
        for m, code in codes.items()
    )
    assert svc.reports.assign_card_codes().value == 0


def test_cards_not_printed_yet_leave_out_members_whose_card_was_printed(
    studio: StudioFactory, tmp_path: Path
) -> None:
    svc = studio.svc
    lukasz = studio.member("Łukasz", "Żółć", card_code="LZ-1")
    studio.member("Zoë", "Ångström", card_code="ZA-2")
    studio.member("Þór", "Eiríksson", card_code="TE-3")
    archived = studio.member("Archie", "Gone", card_code="AG-4")
    svc.members.set_archived(archived, True)

    assert svc.reports.mark_cards_printed((lukasz,)).value == 1

    text = pdf_text(svc.reports.write(CARDS, tmp_path / "new.pdf").value)
    assert "Zoë Ångström" in text and "Þór Eiríksson" in text
    assert "Łukasz Żółć" not in text and "Archie Gone" not in text
    reprint = pdf_text(svc.reports.write(_cards(lukasz), tmp_path / "again.pdf").value)
    assert "Łukasz Żółć" in reprint
    assert svc.reports.mark_cards_printed().value == 2
    with pytest.raises(ValidationError, match="^There are no member cards to print"):
        svc.reports.write(CARDS, tmp_path / "none.pdf")
    printed = [line for line in _user_log(studio) if line[2].startswith("Member card printed")]
    assert printed[0] == ("Olivia Owner", "Łukasz Żółć", "Member card printed (code LZ-1)")
    assert sorted(printed[1:]) == [
        ("Olivia Owner", "Zoë Ångström", "Member card printed (code ZA-2)"),
        ("Olivia Owner", "Þór Eiríksson", "Member card printed (code TE-3)"),
    ]
