"""`studio-app export --out FILE.xlsx|DIR [--from D --to D]`: a line per table on stderr, the
closing line on stdout, refusals with exit status 2, a bad date refused by argparse."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from studio_app.cli import main
from studio_app.cli_login import PASSWORD_ENV
from studio_app.container import open_services
from studio_app.domain.privileges import Privilege
from tests.databases import Databases
from tests.factories import StudioFactory


@pytest.fixture
def studio_db(
    databases: Databases, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A studio with Łukasz on a pass, and a front-desk account without the reports privilege;
    the command line logs in with the password from the environment."""
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
        yield url


def test_export_to_a_workbook_tells_each_table_and_the_total(
    studio_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "exports" / "studio.xlsx"
    out.parent.mkdir()  # the folder must exist: a mistyped one is refused, not created
    assert main(["--db", studio_db, "export", "--out", str(out)]) == 0
    printed = capsys.readouterr()
    assert printed.out.startswith("Exported ") and f"rows in 14 tables to {out} in " in printed.out
    lines = printed.err.splitlines()
    assert len(lines) == 14 and lines[0].startswith("Writing Members (0 of ")
    members = load_workbook(out, read_only=True)["Members"]
    assert [row[1:3] for row in members.iter_rows(min_row=2, values_only=True)] == [
        ("Łukasz", "Żółć")
    ]


def test_export_to_a_folder_with_a_date_range(studio_db: str, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    args = ["--db", studio_db, "export", "--out", str(out), "--from", "2020-01-01"]
    assert main([*args, "--to", "2020-12-31"]) == 0
    assert len(list(out.glob("*.csv"))) == 14
    assert (out / "bookings.csv").read_text(encoding="utf-8").count("\n") == 1  # header only
    assert "Łukasz" in (out / "members.csv").read_text(encoding="utf-8")


def test_refusals_exit_2_and_a_bad_date_is_refused_before_logging_in(
    studio_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert main(["--db", studio_db, "export", "--out", str(tmp_path / "studio.ods")]) == 2
    assert "choose a file ending in .xlsx" in capsys.readouterr().err
    monkeypatch.setenv(PASSWORD_ENV, "desk-secret")
    desk = ["--db", studio_db, "export", "--user", "desk", "--out", str(tmp_path / "x.xlsx")]
    assert main(desk) == 2
    assert f"needs the '{Privilege.REPORTS.value}' privilege" in capsys.readouterr().err
    bad_date = ["--db", studio_db, "export", "--out", str(tmp_path / "x"), "--from", "1.12.2026"]
    assert main(bad_date) == 2
    assert "--from: '1.12.2026' is not a date; write it as YYYY-MM-DD" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "studio.ods").exists()
