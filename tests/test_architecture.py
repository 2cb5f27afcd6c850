"""The layering rules (import-linter contracts in pyproject.toml) and generated Qt files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_layer_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_forms_and_resources_are_fresh() -> None:
    result = subprocess.run(
        [sys.executable, "packaging/build_qt.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_controllers_use_qtcore_only_never_widgets() -> None:
    """Controllers are QObject adapters with signals; widgets belong to the views."""
    offenders = [
        path.name
        for path in (ROOT / "studio_app" / "gui" / "controllers").glob("*.py")
        if "QtWidgets" in path.read_text() or "QtGui" in path.read_text()
    ]
    assert offenders == []
