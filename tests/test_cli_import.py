"""`studio-app import members FILE`: the preview on the terminal, nothing written without
--yes, the import acting as a staff account whose password comes from the environment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from studio_app.cli import main
from studio_app.cli_login import PASSWORD_ENV
from studio_app.container import open_services
from tests.databases import Databases

DATA = Path(__file__).parent / "data"


@pytest.fixture
def studio_db(databases: Databases, tmp_path: Path) -> Iterator[str]:
    """A new studio with its owner (password "owner-secret") and a 10-class pass."""
    with databases.fresh(tmp_path) as url:
        from tests.factories import StudioFactory

        services = open_services(url, create=True)
        try:
            StudioFactory.set_up(services).pass_plan(10, name="10 Class Pass")
        finally:
            services.ctx.uow.engine.dispose()
        yield url


def _members(url: str) -> list[str]:
    services = open_services(url, create=True)
    try:
        return sorted(row.full_name for row in services.members.search("", limit=1000))
    finally:
        services.ctx.uow.engine.dispose()


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "clients.csv"
    path.write_text(
        "Name,Email,Date of birth,Card\n"
        "Łukasz Żółć,lukasz@example.com,1990-07-14,C-1\n"
        "Zoë Ångström,zoe@example.com,1992-02-29,C-2\n"
        ",nobody@example.com,1980-01-01,C-3\n",
        encoding="utf-8",
    )
    return path


def test_dry_run_prints_the_preview_and_writes_nothing(
    studio_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setenv(PASSWORD_ENV, "owner-secret")
    rejected = tmp_path / "rejected.csv"
    code = main(
        [
            "--db",
            studio_db,
            "import",
            "members",
            str(_csv(tmp_path)),
            "--dry-run",
            "--rejected",
            str(rejected),
        ]  # fmt: skip
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "3 rows: 2 new, 0 to update, 0 skipped, 1 rejected" in out
    assert "Rejected: line 4:" in out
    assert "Name → Full name" in out
    assert rejected.read_text(encoding="utf-8-sig").splitlines()[0].endswith("Reason")
    assert _members(studio_db) == []


def test_yes_imports_and_a_second_run_skips(
    studio_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setenv(PASSWORD_ENV, "owner-secret")
    path = _csv(tmp_path)
    assert main(["--db", studio_db, "import", "members", str(path), "--yes"]) == 0
    assert "Imported clients.csv: 2 new members" in capsys.readouterr().out
    assert main(["--db", studio_db, "import", "members", str(path), "--yes"]) == 0
    assert "0 new members, 0 updated, 0 balances, 2 skipped" in capsys.readouterr().out
    assert _members(studio_db) == ["Zoë Ångström", "Łukasz Żółć"]


def test_without_yes_nothing_is_written(
    studio_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setenv(PASSWORD_ENV, "owner-secret")
    assert main(["--db", studio_db, "import", "members", str(_csv(tmp_path))]) == 1
    assert "Run again with --yes" in capsys.readouterr().out
    assert _members(studio_db) == []


def test_a_wrong_password_or_a_bad_file_is_refused_in_words(
    studio_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setenv(PASSWORD_ENV, "wrong")
    assert main(["--db", studio_db, "import", "members", str(_csv(tmp_path)), "--yes"]) == 2
    assert "wrong password" in capsys.readouterr().err
    monkeypatch.setenv(PASSWORD_ENV, "owner-secret")
    pdf = tmp_path / "clients.csv"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    assert main(["--db", studio_db, "import", "members", str(pdf), "--yes"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "PDF" in err and "Traceback" not in err
    assert _members(studio_db) == []


def test_the_polish_export_in_windows_1250_imports_its_names(
    studio_db: str, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setenv(PASSWORD_ENV, "owner-secret")
    source = DATA / "klienci_cp1250.csv"
    assert main(["--db", studio_db, "import", "members", str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Imię → First name" in out and "Nazwisko → Last name" in out
