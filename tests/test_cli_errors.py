"""Every failure of `studio-app` is one line on stderr, "error: …", with exit status 2 (130 for
Ctrl-C) and no traceback unless --debug asks for one; a wrong argument or a missing database
is refused before anything is created."""

from __future__ import annotations

import errno
import socket
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio_app.cli import main
from studio_app.container import open_services
from studio_app.services.integrity import IntegrityService


@pytest.fixture(scope="module")
def studio_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """An empty studio's SQLite file, in a folder of its own."""
    path = tmp_path_factory.mktemp("studio") / "studio.sqlite3"
    open_services(f"sqlite:///{path}", create=True).ctx.uow.engine.dispose()
    yield path


def _files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*"))


def _one_error(capsys: pytest.CaptureFixture[str], argv: list[str], status: int = 2) -> str:
    """Run ``argv``; its only output must be one "error: " line on stderr, exit ``status``."""
    assert main(argv) == status
    printed = capsys.readouterr()
    assert "Traceback" not in printed.out + printed.err
    assert printed.out == ""
    [line] = printed.err.splitlines()
    assert line.startswith("error: ")
    return line


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (
            ["report", "day", "--date", "2026-13-01", "--out", "{tmp}/day.pdf"],
            "--date: '2026-13-01' is not a date; write it as YYYY-MM-DD",
        ),
        (
            ["report", "day", "--date", "9999-12-31", "--out", "{tmp}/day.pdf"],
            "--date: 9999-12-31 is outside 2000-01-01 … 2100-12-31",
        ),
        (
            ["report", "attendance", "--session", "99999999999999999999", "--out", "{tmp}/a.pdf"],
            "--session: 99999999999999999999 is not an id: ids run from 1 to 9223372036854775807",
        ),
        (
            ["report", "credits", "--member", str(2**63), "--out", "{tmp}/c.pdf"],
            f"--member: {2**63} is not an id",
        ),
        (
            ["report", "credits", "--member", "0", "--out", "{tmp}/c.pdf"],
            "--member: 0 is not an id",
        ),
        (
            ["report", "credits", "--member", "1", "--out", "{tmp}/credits.docx"],
            "--out: '{tmp}/credits.docx' must be a file ending in .pdf or .xlsx",
        ),
        (
            ["report", "attendance", "--session", "1", "--out", "{tmp}"],
            "--out: '{tmp}' is a folder; give a file name ending in .pdf",
        ),
        (
            ["report", "day", "--date", "2026-12-01", "--out", "{tmp}"],
            "--out: '{tmp}' is a folder; give a file name ending in .pdf",
        ),
        (
            ["report", "credits", "--member", "1", "--out", "{tmp}/new/c.xlsx"],
            "--out: '{tmp}/new/c.xlsx': the folder {tmp}/new does not exist",
        ),
        (["backup", "--out", "{tmp}"], "--out: '{tmp}' is a folder; give a file name"),
        (
            ["backup", "--out", "{tmp}/usb/copy.sqlite3"],
            "--out: '{tmp}/usb/copy.sqlite3': the folder {tmp}/usb does not exist",
        ),
        (
            ["export", "--out", "{tmp}/new/studio.xlsx"],
            "--out: '{tmp}/new/studio.xlsx': the folder {tmp}/new does not exist",
        ),
        (
            ["export", "--out", "{tmp}/studio.ods"],
            "--out: Cannot export to {tmp}/studio.ods: choose a file ending in .xlsx",
        ),
        (
            ["export", "--out", "{tmp}/csv", "--to", "2026-02-30"],
            "--to: '2026-02-30' is not a date; write it as YYYY-MM-DD",
        ),
        (
            ["import", "members", "{tmp}/m.csv", "--rejected", "{tmp}/rejected.xlsx", "--yes"],
            "--rejected: '{tmp}/rejected.xlsx' must be a file ending in .csv",
        ),
        (
            ["demo", "--members", "-5"],
            "--members: '-5' is not allowed: give a whole number from 1 to 100,000",
        ),
        (["demo", "--members", "0"], "--members: '0' is not allowed"),
        (["demo", "--members", "10000000000"], "--members: '10000000000' is not allowed"),
        (["demo", "--members", "lots"], "--members: 'lots' is not allowed"),
        (
            ["demo", "--weeks", "105"],
            "--weeks: '105' is not allowed: give a whole number from 0 to 104",
        ),
        (["refund"], "invalid choice: 'refund'"),
        (["report", "attendance", "--out", "{tmp}/a.pdf"], "required: --session"),
    ],
)
def test_a_wrong_argument_is_one_line_before_anything_is_opened(
    arguments: list[str],
    expected: str,
    studio_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _files(studio_file.parent) + _files(tmp_path)
    argv = ["--db", str(studio_file), *(a.replace("{tmp}", str(tmp_path)) for a in arguments)]
    line = _one_error(capsys, argv)
    assert expected.replace("{tmp}", str(tmp_path)) in line
    assert line.endswith(" --help")  # "; see studio-app report day --help"
    assert _files(studio_file.parent) + _files(tmp_path) == before


def test_demo_with_a_wrong_count_creates_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "new" / "studio.sqlite3"
    assert "--members: '-5'" in _one_error(capsys, ["--db", str(new), "demo", "--members", "-5"])
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize(
    ("db", "expected"),
    [
        (
            "foo://x",
            "error: --db 'foo://x' is not a database URL or file path: no kind of database is "
            "called 'foo'",
        ),
        (
            "postgresql://::nonsense",
            "error: --db 'postgresql://::nonsense' is not a database URL or file path: its port "
            "is not a number",
        ),
        (
            "sqlite:///studio.sqlite3?plugin=nonsense",
            "error: not a database URL: Can't load plugin: sqlalchemy.plugins:nonsense",
        ),
    ],
)
def test_a_database_option_that_is_no_url_says_so(
    db: str,
    expected: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)  # the plugin URL names a relative file: it must not be made
    assert _one_error(capsys, ["--db", db, "check"]).startswith(expected)
    assert _files(tmp_path) == []


def test_a_missing_driver_is_named_and_the_password_is_not_shown(
    capsys: pytest.CaptureFixture[str],
) -> None:
    line = _one_error(capsys, ["--db", "mysql://staff:s3cret@db.example/studio", "check"])
    assert line == (
        "error: --db 'mysql://staff:***@db.example/studio' needs the database driver 'MySQLdb', "
        "which is not installed"
    )


def test_an_unreachable_server_is_named_with_the_reason(
    capsys: pytest.CaptureFixture[str],
) -> None:
    pytest.importorskip("psycopg")
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))  # bound, never listening: a connection is refused
        port = held.getsockname()[1]
        url = f"postgresql+psycopg://u:p@127.0.0.1:{port}/studio"
        line = _one_error(capsys, ["--db", url, "check"])
    assert (
        line == f"error: cannot reach the PostgreSQL server at 127.0.0.1:{port}: connection refused"
    )


def test_a_folder_as_the_database_is_refused_and_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    line = _one_error(capsys, ["--db", str(folder), "check"])
    assert line == (
        f"error: --db '{folder}' is a folder; give the studio's database file (e.g. studio.sqlite3)"
    )
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755 and _files(folder) == []


@pytest.mark.parametrize(
    "arguments",
    [
        ["check"],
        ["catch-up"],
        ["backup"],
        ["backup", "--automatic"],
        ["backups"],
        ["report", "attendance", "--session", "1", "--out", "{tmp}/a.pdf"],
        ["report", "day", "--date", "2026-12-01", "--out", "{tmp}/day.pdf"],
        ["report", "credits", "--member", "1", "--out", "{tmp}/c.xlsx"],
        ["export", "--out", "{tmp}/studio.xlsx"],
        ["import", "members", "{tmp}/members.csv", "--yes"],
        ["copy-to", "{tmp}/copy.sqlite3"],
    ],
)
def test_every_command_but_demo_and_the_app_refuses_a_missing_database(
    arguments: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "x" / "new" / "studio.sqlite3"
    argv = ["--db", str(missing), *(a.replace("{tmp}", str(tmp_path)) for a in arguments)]
    assert _one_error(capsys, argv) == f"error: No studio database at {missing}."
    assert _files(tmp_path) == []


def test_the_environment_variable_and_the_default_file_are_refused_alike(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "x" / "new" / "studio.sqlite3"
    monkeypatch.setenv("STUDIO_DB_URL", str(missing))
    assert _one_error(capsys, ["check"]) == f"error: No studio database at {missing}."
    monkeypatch.setenv("STUDIO_DB_URL", "")  # empty: the default file in the user data folder
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    default = tmp_path / "data" / "StudioApp" / "studio.sqlite3"
    assert _one_error(capsys, ["catch-up"]) == f"error: No studio database at {default}."
    assert _files(tmp_path) == []
    monkeypatch.setenv("STUDIO_DB_URL", "foo://x")
    assert _one_error(capsys, ["check"]).startswith(
        "error: STUDIO_DB_URL 'foo://x' is not a database URL or file path"
    )


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (
            PermissionError(errno.EACCES, "Permission denied", "/srv/studio/day.pdf"),
            "error: /srv/studio/day.pdf: permission denied",
        ),
        (
            IsADirectoryError(errno.EISDIR, "Is a directory", "/srv/studio/day.pdf"),
            "error: /srv/studio/day.pdf: it is a folder, not a file",
        ),
        (
            OSError(errno.ENOSPC, "No space left on device", "/media/usb/studio.xlsx"),
            "error: /media/usb/studio.xlsx: the disk is full",
        ),
        (
            OSError(errno.EIO, "Input/output error", "/media/usb/a.csv", None, "/media/usb/b.csv"),
            "error: /media/usb/a.csv -> /media/usb/b.csv: input/output error",
        ),
    ],
)
def test_a_file_that_cannot_be_used_is_named_with_the_reason(
    failure: OSError,
    expected: str,
    studio_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def failing(self: IntegrityService) -> list[str]:
        raise failure

    monkeypatch.setattr(IntegrityService, "problems", failing)
    assert _one_error(capsys, ["--db", str(studio_file), "check"]) == expected


def test_a_raw_database_failure_reads_in_the_apps_words(
    studio_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(self: IntegrityService) -> list[str]:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(IntegrityService, "problems", locked)
    line = _one_error(capsys, ["--db", str(studio_file), "check"])
    assert line.startswith("error: Another desk is saving; tried for 10 s.")


def test_an_unexpected_failure_is_one_line_and_debug_shows_the_traceback(
    studio_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: IntegrityService) -> list[str]:
        raise ValueError("the ledger query returned nonsense")

    monkeypatch.setattr(IntegrityService, "problems", broken)
    assert _one_error(capsys, ["--db", str(studio_file), "check"]) == (
        "error: unexpected failure (ValueError: the ledger query returned nonsense); run again "
        "with --debug for details"
    )
    assert main(["--db", str(studio_file), "--debug", "check"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Traceback (most recent call last):")
    assert 'in broken\n    raise ValueError("the ledger query returned nonsense")' in err
    assert err.splitlines()[-1] == (
        "error: unexpected failure (ValueError: the ledger query returned nonsense)"
    )


def test_debug_shows_the_traceback_of_a_refusal_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "studio.sqlite3"
    assert main(["--debug", "--db", str(missing), "check"]) == 2
    err = capsys.readouterr().err
    assert "Traceback (most recent call last):" in err and "DatabaseMissing" in err
    assert err.splitlines()[-1] == f"error: No studio database at {missing}."


def test_ctrl_c_stops_with_130_and_says_nothing_is_half_saved(
    studio_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(self: IntegrityService) -> list[str]:
        raise KeyboardInterrupt

    monkeypatch.setattr(IntegrityService, "problems", interrupted)
    line = _one_error(capsys, ["--db", str(studio_file), "check"], status=130)
    assert line == "error: interrupted; nothing half-saved"


def test_python_dash_m_fails_the_same_way(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "studio_app", "--db", "foo://x", "check"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("error: --db 'foo://x' is not a database URL or file path")
    assert len(done.stderr.splitlines()) == 1
