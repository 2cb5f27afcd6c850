"""Member names, phones and payments are personal data: on POSIX the studio's file, its -wal
and -shm, backups and exports are readable by the account running Studio App only (0600, folders
0700), whatever the account's umask. Run through the real command line in a new process."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from studio_app.demo import DEMO_OWNER

pytestmark = [
    pytest.mark.sqlite_only("checks the rights of the SQLite file"),
    pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX"),
]


def _studio_app(*args: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STUDIO_APP_PASSWORD": DEMO_OWNER[1]}
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; os.umask(0o022); from studio_app.cli import main;"
            " sys.exit(main(sys.argv[1:]))",
            *args,
        ],
        check=True,
        env=env,
        capture_output=True,
    )


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_backups_and_exports_are_owner_only(tmp_path: Path) -> None:
    data = tmp_path / "new studio" / "studio.sqlite3"
    _studio_app("--db", str(data), "demo", "--members", "5", "--weeks", "1")
    _studio_app("--db", str(data), "backup")
    _studio_app("--db", str(data), "export", "--out", str(tmp_path / "export"), "--user", "owner")
    _studio_app(
        "--db", str(data), "export", "--out", str(tmp_path / "studio.xlsx"), "--user", "owner"
    )
    files = [data, *data.parent.rglob("*.sqlite3*"), *(tmp_path / "export").iterdir()]
    files.append(tmp_path / "studio.xlsx")
    assert len(files) > 5
    assert {str(f.relative_to(tmp_path)): oct(_mode(f)) for f in files} == {
        str(f.relative_to(tmp_path)): oct(0o600) for f in files
    }
    folders = [data.parent, *(p for p in data.parent.rglob("*") if p.is_dir()), tmp_path / "export"]
    assert {str(f): oct(_mode(f)) for f in folders} == {str(f): oct(0o700) for f in folders}


def test_an_older_world_readable_file_is_tightened_when_opened(tmp_path: Path) -> None:
    data = tmp_path / "studio.sqlite3"
    _studio_app("--db", str(data), "demo", "--members", "3", "--weeks", "1")
    data.chmod(0o644)
    _studio_app("--db", str(data), "check")
    assert _mode(data) == 0o600
