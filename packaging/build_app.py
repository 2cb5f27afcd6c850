"""Build the installer folder: ``python packaging/build_app.py`` → dist/StudioApp/.

Runs PyInstaller on packaging/studio_app.spec (the recipe: what goes in, what stays out) with
the Python that runs this script, which must have the app and its ``[build]`` extra installed
(``pip install ".[build]"``). The result is one folder, dist/StudioApp/ (on macOS also
dist/Studio App.app), that starts without Python or pip: dist/StudioApp/StudioApp, or
StudioApp.exe on Windows. Prints how long the build took and how big the folder is.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "studio_app.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_FOLDER = DIST / "StudioApp"


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (a symbolic link counts as nothing)."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def main() -> int:
    started = time.perf_counter()
    # -P: the installed studio-app (and its metadata, which --version reads) is analysed, not
    # a stale studio_app.egg-info of the source folder.
    command = [sys.executable, "-P", "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    finished = subprocess.run(command, cwd=ROOT)
    if finished.returncode != 0:
        return finished.returncode
    for link in APP_FOLDER.rglob("*"):
        if link.is_symlink() and not link.exists():
            link.unlink()  # PyInstaller's links to the libraries the spec left out
    print(
        f"Built {APP_FOLDER} in {time.perf_counter() - started:.0f} s: "
        f"{folder_size(APP_FOLDER) / 1e6:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
