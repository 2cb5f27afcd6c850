"""Regenerate the committed Qt forms and resources.

ui/<name>.ui          -> studio_app/gui/forms/ui_<name>.py   (pyside6-uic)
resources/studio.qrc  -> studio_app/gui/resources_rc.py       (pyside6-rcc)

Run after editing any .ui file, icon or stylesheet: ``python packaging/build_qt.py``.
``--check`` exits 1 (and lists the files) when a generated file is stale; a test runs it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "studio_app" / "gui" / "forms"
QRC = ROOT / "resources" / "studio.qrc"
RC_OUT = ROOT / "studio_app" / "gui" / "resources_rc.py"


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def generated() -> dict[Path, bytes]:
    """Every generated file and the bytes it should hold."""
    outputs: dict[Path, bytes] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for ui in sorted(UI_DIR.glob("*.ui")):
            target = FORMS_DIR / f"ui_{ui.stem}.py"
            scratch = Path(tmp) / target.name
            subprocess.run(
                [
                    _tool("pyside6-uic"),
                    "--from-imports",
                    "--no-autoconnection",
                    str(ui),
                    "-o",
                    str(scratch),
                ],
                check=True,
            )
            outputs[target] = scratch.read_bytes()
        scratch = Path(tmp) / RC_OUT.name
        # Format version 1 carries no file timestamps and zlib is in every build, so the output
        # depends only on the files' contents (a fresh checkout regenerates the same bytes).
        subprocess.run(
            [
                _tool("pyside6-rcc"),
                "--format-version",
                "1",
                "--compress-algo",
                "zlib",
                str(QRC),
                "-o",
                str(scratch),
            ],
            check=True,
        )
        outputs[RC_OUT] = scratch.read_bytes()
    return outputs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale files, write nothing")
    args = parser.parse_args()
    stale = []
    for path, content in generated().items():
        if not path.exists() or path.read_bytes() != content:
            stale.append(path)
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(content)
    if args.check and stale:
        print("Stale generated Qt files (run python packaging/build_qt.py):")
        for path in stale:
            print(f"  {path.relative_to(ROOT)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
