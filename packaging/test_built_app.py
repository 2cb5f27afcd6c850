"""The built installer folder runs on this machine, without the Python that built it.

Checks dist/StudioApp (built by `python packaging/build_app.py`) with Qt offscreen, each time
against a new database: --version prints the package's version and opens nothing; the app
starts, makes and migrates its database, and stays up 5 s (then it is ended); the command
line writes member cards, a PDF with the embedded DejaVu font and Code 128 barcodes. Not part
of the suite under tests/: .ci/run runs it after the build, and so does the installer
workflow (.github/workflows/installer.yml) on Windows and macOS.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from studio_app.db.migrate import head_revision

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "dist" / "StudioApp"
PROGRAM = FOLDER / ("StudioApp.exe" if sys.platform == "win32" else "StudioApp")
OFFSCREEN = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STUDIO_APP_PASSWORD": "owner123"}


@pytest.fixture(scope="module")
def program() -> Path:
    assert PROGRAM.is_file(), f"{PROGRAM} is missing: build it with python packaging/build_app.py"
    return PROGRAM


def _run(*arguments: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(argument) for argument in arguments],
        env=OFFSCREEN,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_version_is_printed_without_a_database(program: Path, tmp_path: Path) -> None:
    database = tmp_path / "studio.sqlite3"

    finished = _run(program, "--db", database, "--version")

    assert (finished.returncode, finished.stderr) == (0, "")
    assert finished.stdout == f"studio-app {metadata.version('studio-app')}\n"
    assert not database.exists()


def test_the_app_starts_makes_its_database_and_stays_up(program: Path, tmp_path: Path) -> None:
    database = tmp_path / "studio.sqlite3"
    running = subprocess.Popen(
        [str(program), "--db", str(database)],
        env=OFFSCREEN,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            running.wait(timeout=5)  # still up after 5 s: the first-start dialog is open
    finally:
        running.terminate()
        _, errors = running.communicate(timeout=30)
    assert "Traceback" not in errors
    with sqlite3.connect(database) as db:
        revision = db.execute("SELECT version_num FROM alembic_version").fetchone()
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert revision == (head_revision(),)
    assert {"members", "memberships", "class_sessions"} <= tables


def test_member_cards_print_with_the_embedded_font_and_barcodes(
    program: Path, tmp_path: Path
) -> None:
    database = tmp_path / "studio.sqlite3"
    cards = tmp_path / "cards.pdf"
    demo = _run(program, "--db", database, "demo", "--members", "5", "--weeks", "0")
    assert demo.returncode == 0, demo.stderr

    written = _run(program, "--db", database, "report", "cards", "--give-codes", "--out", cards)

    assert written.returncode == 0, written.stderr
    pdf = cards.read_bytes()
    assert pdf.startswith(b"%PDF") and b"DejaVuSansCondensed" in pdf
