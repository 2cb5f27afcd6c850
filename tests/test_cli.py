"""The command line: demo, check and report work on a fresh database (SQLite, or PostgreSQL
when the suite runs there)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, make_url, text

from studio_app.cli import main
from studio_app.cli_login import PASSWORD_ENV
from studio_app.demo import DEMO_OWNER
from studio_app.domain.errors import DatabaseDamaged
from tests.databases import Databases
from tests.pdf_text import pdf_text


@pytest.fixture(scope="module")
def demo_db(databases: Databases, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a demo studio built by `studio-app demo`."""
    with databases.fresh(tmp_path_factory.mktemp("cli")) as url:
        assert main(["--db", url, "demo", "--members", "60", "--weeks", "2"]) == 0
        yield url


def _rows(url: str, sql: str) -> Sequence[Any]:
    """Run one statement on the database directly, not through the app; its rows, if any."""
    engine = create_engine(url)
    try:
        with engine.begin() as db:
            result = db.execute(text(sql))
            return result.all() if result.returns_rows else []
    finally:
        engine.dispose()


def test_demo_fills_a_believable_studio(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    members = _rows(demo_db, "select count(*) from members")[0][0]
    series = _rows(demo_db, "select count(*) from class_series")[0][0]
    booked = _rows(demo_db, "select count(*) from bookings where status='booked'")[0][0]
    staff = [r[0] for r in _rows(demo_db, "select username from staff order by id")]
    assert (members, series, staff) == (60, 12, ["owner", "desk"])
    assert booked > 200


def test_demo_refuses_a_database_in_use(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_db), "demo"]) == 2
    assert "needs an empty database" in capsys.readouterr().err


def test_check_passes_on_demo_then_reports_tampering(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_db), "check"]) == 0
    assert "OK" in capsys.readouterr().out
    _rows(demo_db, "update class_sessions set booked_count = booked_count + 1 where id = 1")
    try:
        assert main(["--db", str(demo_db), "check"]) == 1
        assert "Class session #1 shows" in capsys.readouterr().out
    finally:
        _rows(demo_db, "update class_sessions set booked_count = booked_count - 1 where id = 1")


def test_report_attendance_writes_a_pdf(demo_db: str, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    [(session_id, name)] = _rows(
        demo_db, "select id, name from class_sessions where booked_count > 0 limit 1"
    )
    assert (
        main(
            [
                "--db",
                str(demo_db),
                "report",
                "attendance",
                "--session",
                str(session_id),
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert name in pdf_text(out)


def test_report_for_unknown_session_says_so(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "--db",
                str(demo_db),
                "report",
                "attendance",
                "--session",
                "999999",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 2
    )
    assert "Class session #999999 does not exist" in capsys.readouterr().err


def test_catch_up_is_idempotent_and_credit_report_exports(
    demo_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert main(["--db", str(demo_db), "catch-up"]) == 0
    assert "nothing to do" in capsys.readouterr().out  # the demo caught up already
    [(member,)] = _rows(
        demo_db, "select member_id from credit_lots where source = 'scheduled' limit 1"
    )
    xlsx, pdf = tmp_path / "credits.xlsx", tmp_path / "credits.pdf"
    monkeypatch.setenv(PASSWORD_ENV, DEMO_OWNER[1])  # the report is printed as the owner
    assert (
        main(
            ["--db", str(demo_db), "report", "credits", "--member", str(member), "--out", str(xlsx)]
        )
        == 0
    )
    assert (
        main(
            ["--db", str(demo_db), "report", "credits", "--member", str(member), "--out", str(pdf)]
        )
        == 0
    )
    from openpyxl import load_workbook

    history = load_workbook(xlsx)["History"]
    assert history.max_row > 1
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.sqlite_only("backs up, damages and restores the SQLite file")
def test_backup_list_and_restore_from_the_command_line(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    live = tmp_path / "studio.sqlite3"
    with sqlite3.connect(make_url(demo_db).database or "") as source, sqlite3.connect(live) as db:
        source.backup(db)
    assert main(["--db", str(live), "backup"]) == 0
    assert "Backup saved: studio-" in capsys.readouterr().out
    assert main(["--db", str(live), "backup", "--automatic"]) == 0
    assert "Daily backup saved" in capsys.readouterr().out
    assert main(["--db", str(live), "backup", "--automatic"]) == 0
    assert capsys.readouterr().out == "Today's backup exists already.\n"
    copy = tmp_path / "usb" / "copy.sqlite3"
    copy.parent.mkdir()  # the folder must exist: a mistyped one is refused, not created
    assert main(["--db", str(live), "backup", "--out", str(copy)]) == 0
    assert capsys.readouterr().out == f"A copy of the studio's data is saved as {copy}.\n"
    assert main(["--db", str(live), "backups"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].startswith(f"Backups of {live} in {tmp_path / 'backups'}. Keeps every")
    assert sorted(line.split()[5] for line in listing[1:]) == ["Automatic", "Made"]
    [automatic] = (tmp_path / "backups").glob("studio-*-auto.sqlite3")

    # The studio's file gets damaged: it no longer opens, but the backup restores it.
    with sqlite3.connect(live) as db:
        db.execute("DELETE FROM bookings")
    with live.open("r+b") as raw:
        raw.seek(8192)
        raw.write(b"\xff" * 20000)
    assert main(["--db", str(live), "check"]) == 1
    problem = capsys.readouterr().out
    assert problem.startswith(f"PROBLEM: The studio's data file {live} is damaged (")
    assert f'Restore it with: studio-app --db "{live}" restore "' in problem
    assert main(["--db", str(live), "restore", str(automatic)]) == 1
    assert "Run again with --yes" in capsys.readouterr().out
    assert main(["--db", str(live), "restore", str(automatic), "--yes"]) == 0
    assert f"Restored {automatic.name} (" in capsys.readouterr().out
    assert main(["--db", str(live), "check"]) == 0
    with sqlite3.connect(live) as db:
        assert db.execute("select count(*) from bookings").fetchone()[0] > 200
    assert len(list((tmp_path / "backups").glob("studio-*-before-restore.sqlite3"))) == 1
    assert main(["--db", str(live), "restore", str(tmp_path / "missing.sqlite3"), "--yes"]) == 2
    assert "There is no backup file at" in capsys.readouterr().err


@pytest.mark.sqlite_only("damages and restores the SQLite file")
def test_a_damaged_file_at_start_restores_the_newest_backup_then_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import studio_app.gui.launch

    live = tmp_path / "studio.sqlite3"
    assert main(["--db", str(live), "demo", "--members", "5", "--weeks", "1"]) == 0
    assert main(["--db", str(live), "backup"]) == 0
    with live.open("r+b") as raw:
        raw.seek(8192)
        raw.write(b"\xff" * 20000)
    offered: list[str] = []
    opened: list[int] = []

    def answer(damaged: DatabaseDamaged) -> bool:
        offered.append(damaged.summary)
        return True

    monkeypatch.setattr(studio_app.gui.launch, "offer_restore", answer)
    monkeypatch.setattr(
        studio_app.gui.launch,
        "run_desktop",
        lambda open_studio, new_studio: opened.append(len(open_studio().members.search(""))) or 0,
    )
    assert main(["--db", str(live)]) == 0
    assert offered and offered[0].startswith(f"The studio's data file {live} is damaged")
    assert opened == [5], "the app opened on the restored data"
    assert "Restored studio-" in capsys.readouterr().out


def test_copy_to_moves_the_studio_into_a_new_database_once(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "server-stand-in.sqlite3"
    assert main(["--db", demo_db, "copy-to", str(target)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Copied ") and "check passed on the copy" in out
    assert _rows(f"sqlite:///{target}", "select count(*) from members")[0][0] == 60
    assert f"Start the app on it with: studio-app --db sqlite:///{target}\n" in out
    assert main(["--db", str(target), "check"]) == 0
    capsys.readouterr()
    assert main(["--db", demo_db, "copy-to", str(target)]) == 2
    assert "already holds the studio" in capsys.readouterr().err
