"""What a start loads, and when: the first window (login or set-up) paints before the database
layer loads, and the main window opens without the libraries of reports, imports, exports,
printing or schema upgrades (each loads when first used). A fresh interpreter per check, so
what another test imported does not count."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

FIRST_WINDOW = ("studio_app.cli", "studio_app.cli_desktop", "studio_app.gui.launch")
MAIN_WINDOW = ("studio_app.container", "studio_app.app")
DATABASE_LAYER = ("sqlalchemy", "studio_app.models", "studio_app.container")
ON_FIRST_USE = ("alembic", "openpyxl", "reportlab", "pypdfium2")


def _loaded_after(modules: tuple[str, ...], watched: tuple[str, ...]) -> list[str]:
    script = (
        "import importlib, json, sys\n"
        f"for name in {list(modules)!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(json.dumps([m for m in {list(watched)!r} if m in sys.modules]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    return json.loads(done.stdout)


@pytest.mark.parametrize(
    ("modules", "absent"),
    [(FIRST_WINDOW, DATABASE_LAYER + ON_FIRST_USE), (MAIN_WINDOW, ON_FIRST_USE)],
    ids=["first window", "main window"],
)
def test_a_start_loads_only_what_its_window_needs(
    modules: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    assert _loaded_after(modules, absent) == []
