"""`studio-app report <kind>` (SPEC §7): the report's options become one request to the
reports service, `--out`'s extension picks the format among the report's own, and a wrong
argument is refused with one line and exit status 2 before the database is opened."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from studio_app.cli import main
from studio_app.cli_login import PASSWORD_ENV
from studio_app.container import open_services
from studio_app.domain.clock import SystemClock
from studio_app.domain.date_ranges import QuickRange, quick_range
from studio_app.dto.changes import Result
from studio_app.dto.reports import ReportKind, ReportRequest
from studio_app.services.reports import ReportService
from tests.databases import Databases
from tests.factories import StudioFactory
from tests.pdf_text import pdf_text, sheet_rows


@pytest.fixture
def studio_db(
    databases: Databases, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, int]]:
    """The URL of a studio where Łukasz Żółć holds a 10-session pass (and his member id), with
    a front-desk account without the reports privilege; the command line logs in as the owner
    with the password from the environment."""
    monkeypatch.setenv(PASSWORD_ENV, "owner-secret")
    with databases.fresh(tmp_path) as url:
        services = open_services(url, create=True)
        try:
            studio = StudioFactory.set_up(services)
            member = studio.member("Łukasz", "Żółć")
            services.memberships.sell(member, studio.pass_plan(), services.ctx.clock.today())
            services.staff.set_privileges(studio.front_desk(), frozenset())
        finally:
            services.ctx.uow.engine.dispose()
        yield url, member


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What the reports service is asked, in order: each request to write (nothing is
    written), and ("give codes", ids) / ("mark printed", ids) for the member cards."""
    calls: list[object] = []

    def write(service: ReportService, request: ReportRequest, out: Path, *_: object) -> Result:
        calls.append(request)
        return Result(out)

    def give(service: ReportService, ids: tuple[int, ...]) -> Result[int]:
        calls.append(("give codes", ids))
        return Result(2, message="Gave 2 member(s) a new card code.")

    def mark(service: ReportService, ids: tuple[int, ...]) -> Result[int]:
        calls.append(("mark printed", ids))
        return Result(3, message="Marked 3 card(s) as printed.")

    monkeypatch.setattr(ReportService, "write", write)
    monkeypatch.setattr(ReportService, "assign_card_codes", give)
    monkeypatch.setattr(ReportService, "mark_cards_printed", mark)
    return calls


def test_credits_are_written_as_pdf_or_workbook_by_the_extension(
    studio_db: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, member = studio_db
    pdf, xlsx = tmp_path / "łukasz.pdf", tmp_path / "łukasz.xlsx"
    command = ["--db", url, "report", "credits", "--member", str(member), "--out"]

    assert main([*command, str(pdf)]) == 0
    assert main([*command, str(xlsx)]) == 0

    assert capsys.readouterr().out == f"Wrote {pdf}\nWrote {xlsx}\n"
    assert "Łukasz Żółć" in pdf_text(pdf)
    assert ("Member", "Łukasz Żółć") in [row[:2] for row in sheet_rows(xlsx, "Summary")]


def test_a_desk_without_the_reports_privilege_writes_nothing(
    studio_db: tuple[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, member = studio_db
    monkeypatch.setenv(PASSWORD_ENV, "desk-secret")
    out = tmp_path / "credits.pdf"
    command = ["--db", url, "report", "credits", "--member", str(member), "--user", "desk"]

    assert main([*command, "--out", str(out)]) == 2

    assert "Dana Desk (Front desk) may not print the credit statement" in capsys.readouterr().err
    assert not out.exists()


def test_wrong_arguments_are_refused_before_the_database_is_opened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-studio.sqlite3"
    out = tmp_path / "report"
    refused = {
        ("credits", "--member", "7", "--out", f"{out}.docx"): (
            f"--out: '{out}.docx' must be a file ending in .pdf or .xlsx; "
            "see studio-app report credits --help"
        ),
        ("cards", "--out", f"{out}.xlsx"): f"--out: '{out}.xlsx' must be a file ending in .pdf",
        ("bogus", "--out", f"{out}.pdf"): "report: invalid choice: 'bogus'",
        ("dues", "--range", "next-decade", "--out", f"{out}.pdf"): (
            "--range: 'next-decade' is not a range: choose today, this-week, last-week"
        ),
        ("dues", "--from", "2026-11-01", "--out", f"{out}.pdf"): (
            "give the first and the last day (--from and --to, YYYY-MM-DD), or --range; "
            "see studio-app report dues --help"
        ),
        ("revenue", "--range", "this-year", "--to", "2026-12-31", "--out", f"{out}.pdf"): (
            "give --from and --to, or --range, not both"
        ),
        ("schedule", "--out", f"{out}.pdf"): "the following arguments are required: --date",
    }
    for arguments, message in refused.items():
        assert main(["--db", str(missing), "report", *arguments]) == 2
        error = capsys.readouterr().err
        assert error.startswith("error: ") and error.count("\n") == 1
        assert message in error
    assert list(tmp_path.iterdir()) == []  # neither a report nor a database


def test_each_report_asks_for_what_its_options_say(
    studio_db: tuple[str, int],
    asked: list[object],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, _ = studio_db
    out = str(tmp_path / "report.pdf")
    commands = (
        ["expiring", "--range", "last-month"],
        ["dues", "--from", "2026-11-01", "--to", "2026-11-30"],
        ["schedule", "--date", "2026-12-02", "--week"],
        ["attendance-summary", "--range", "this-year", "--series", "3", "--instructor", " Þór "],
        ["cards", "--member", "4", "2", "--member", "9"],
        ["revenue", "--from", "2026-01-01", "--to", "2026-12-31"],
    )
    for command in commands:
        assert main(["--db", url, "report", *command, "--out", out]) == 0

    last_month = quick_range(QuickRange.LAST_MONTH, SystemClock().today())
    this_year = quick_range(QuickRange.THIS_YEAR, SystemClock().today())
    assert asked == [
        ReportRequest(ReportKind.EXPIRING, *last_month),
        ReportRequest(ReportKind.DUES, date(2026, 11, 1), date(2026, 11, 30)),
        ReportRequest(ReportKind.SCHEDULE, date(2026, 12, 2), week=True),
        ReportRequest(ReportKind.ATTENDANCE_SUMMARY, *this_year, series_id=3, instructor="Þór"),
        ReportRequest(ReportKind.CARDS, member_ids=(4, 2, 9)),
        ReportRequest(ReportKind.REVENUE, date(2026, 1, 1), date(2026, 12, 31)),
    ]
    assert capsys.readouterr().out == f"Wrote {out}\n" * len(commands)


def test_cards_get_codes_first_and_are_marked_printed_after_writing(
    studio_db: tuple[str, int],
    asked: list[object],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, _ = studio_db
    out = tmp_path / "cards.pdf"
    command = ["--db", url, "report", "cards", "--give-codes", "--mark-printed", "--out", str(out)]

    assert main(command) == 0

    assert asked == [
        ("give codes", ()),
        ReportRequest(ReportKind.CARDS),
        ("mark printed", ()),
    ]
    assert capsys.readouterr().out == (
        f"Gave 2 member(s) a new card code.\nWrote {out}\nMarked 3 card(s) as printed.\n"
    )
