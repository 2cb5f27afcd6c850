"""The printed reports' one use case (SPEC §7, services/reports.py): who may print, which file
formats each report writes, which date ranges it accepts, and the studio's paper size."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from studio_app.domain.errors import DomainError, PermissionDenied, ValidationError
from studio_app.dto.reports import Paper, ReportKind, ReportRequest
from studio_app.exchange.columns import ExportRefused
from tests.factories import StudioFactory
from tests.pdf_text import pdf_page_size, pdf_text, sheet_rows

A4, LETTER = (595, 842), (612, 792)


def _size(pdf: Path) -> tuple[int, int]:
    width, height = pdf_page_size(pdf)
    return round(width), round(height)


def _folder(tmp_path: Path) -> Path:
    """An empty folder for the reports (the test database lives in ``tmp_path``)."""
    out = tmp_path / "reports"
    out.mkdir()
    return out


def _credits(member_id: int) -> ReportRequest:
    return ReportRequest(ReportKind.CREDITS, member_ids=(member_id,))


def test_a_desk_without_the_reports_privilege_prints_nothing(
    studio: StudioFactory, tmp_path: Path
) -> None:
    member = studio.member("Łukasz", "Żółć")
    studio.front_desk(privileges=frozenset())
    studio.log_in("desk")
    out = tmp_path / "credits.pdf"

    with pytest.raises(PermissionDenied, match="Dana Desk .Front desk. may not print the credit"):
        studio.svc.reports.write(_credits(member), out)

    assert not out.exists()


def test_a_format_the_report_does_not_offer_is_refused_naming_its_formats(
    studio: StudioFactory, tmp_path: Path
) -> None:
    member = studio.member("Zoë", "Ångström")
    folder = _folder(tmp_path)
    refusals = {
        "credits.docx": (_credits(member), "Member credit statement is saved as .pdf or .xlsx"),
        "cards.xlsx": (ReportRequest(ReportKind.CARDS), "Member cards is saved as .pdf, not as"),
        "credits": (_credits(member), "not as a file without an extension"),
    }
    for name, (request, message) in refusals.items():
        with pytest.raises(ExportRefused, match=message):
            studio.svc.reports.write(request, folder / name)
    assert list(folder.iterdir()) == []


def test_a_date_range_is_refused_with_its_numbers(studio: StudioFactory, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    wrong = {
        (date(2026, 12, 31), date(2026, 12, 1)): (
            r"The range ends \(1 Dec 2026\) before it starts \(31 Dec 2026\)"
        ),
        (date(2020, 1, 1), date(2026, 12, 31)): (
            r"at most 1,830 days \(five years\); 1 Jan 2020 – 31 Dec 2026 is 2,557"
        ),
        (date(1999, 12, 31), date(2000, 1, 31)): (
            r"The first day 31 Dec 1999 is outside 1 Jan 2000 … 31 Dec 2100"
        ),
        (date(2100, 12, 1), date(2101, 1, 1)): (
            r"The last day 1 Jan 2101 is outside 1 Jan 2000 … 31 Dec 2100"
        ),
    }
    for (first, last), message in wrong.items():
        for kind in (ReportKind.EXPIRING, ReportKind.REVENUE):
            request = ReportRequest(kind, date_from=first, date_to=last)
            with pytest.raises(ValidationError, match=message):
                studio.svc.reports.write(request, folder / "report.pdf")
    assert list(folder.iterdir()) == []


def test_reports_print_on_a4_until_the_studio_chooses_letter(
    studio: StudioFactory, tmp_path: Path
) -> None:
    svc = studio.svc
    member = studio.member("Łukasz", "Żółć")
    svc.memberships.sell(member, studio.pass_plan(10), date(2026, 12, 1))
    session = studio.session_on(date(2026, 12, 1), studio.series("Þór's Flow"))
    svc.bookings.sign_up(session, member)
    assert svc.studio.paper() is Paper.A4

    sheet = svc.reports.attendance_sheet(session, tmp_path / "a4-sheet.pdf")
    statement = svc.reports.write(_credits(member), tmp_path / "a4-credits.pdf").value
    assert (_size(sheet), _size(statement)) == (A4, A4)

    result = svc.studio.set_paper(Paper.LETTER)
    assert result.message == "Reports now print on Letter paper."
    sheet = svc.reports.attendance_sheet(session, tmp_path / "sheet.pdf")
    written = svc.reports.write(_credits(member), tmp_path / "credits.pdf")
    workbook = svc.reports.write(_credits(member), tmp_path / "credits.xlsx").value

    assert (_size(sheet), _size(written.value)) == (LETTER, LETTER)
    assert written.message == f"Saved the credit statement to {tmp_path / 'credits.pdf'}."
    assert "Þór's Flow" in pdf_text(sheet) and "Łukasz Żółć" in pdf_text(sheet)
    assert "Łukasz Żółć" in pdf_text(written.value)
    assert ("Member", "Łukasz Żółć") in [row[:2] for row in sheet_rows(workbook, "Summary")]


def test_only_an_account_with_the_settings_privilege_changes_the_paper(
    studio: StudioFactory,
) -> None:
    studio.front_desk()
    studio.log_in("desk")

    with pytest.raises(DomainError, match="Dana Desk .Front desk. may not change the paper size"):
        studio.svc.studio.set_paper(Paper.LETTER)

    assert studio.svc.studio.paper() is Paper.A4
