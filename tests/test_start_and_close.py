"""The real start, in a new process: the login goes through, the main window paints, and the
app is closed at once, while its daily routine (the day's backup, the catch-up) still runs:
the app waits for it and exits cleanly, without an error window or an error log."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from studio_app.cli import main
from studio_app.demo import DEMO_OWNER

ROOT = Path(__file__).resolve().parent.parent


def test_closing_the_app_while_its_daily_routine_runs_exits_cleanly(tmp_path: Path) -> None:
    database = tmp_path / "studio.sqlite3"
    assert main(["--db", str(database), "demo", "--members", "30", "--weeks", "2"]) == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}

    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "start_probe.py"), str(database), *DEMO_OWNER[:2]],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 0, done.stderr
    marks = json.loads(done.stdout.strip().splitlines()[-1])
    assert marks["LoginDialog"] < marks["MainWindow"]
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "studio-app-errors.log").exists()
    assert len(list((tmp_path / "backups").iterdir())) == 1, "the day's backup was made"
