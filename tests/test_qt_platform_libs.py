"""Before the GUI starts on Linux, the system libraries of Qt's xcb platform are checked: a
missing one stops the start with one line naming the packages to install, exit status 1,
before any database is made."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from studio_app.qt_platform_libs import (
    MISSING_LIBRARIES,
    QT_XCB_LIBRARIES,
    check_qt_platform,
    missing_libraries,
    xcb_platform_expected,
)


def _loader(*missing: str, reason: dict[str, str] | None = None):
    """A stand-in for ctypes.CDLL: fails, as the loader does, for the ``missing`` sonames."""
    tried: list[str] = []

    def load(soname: str) -> object:
        tried.append(soname)
        if soname in missing:
            raise OSError(
                (reason or {}).get(soname)
                or f"{soname}: cannot open shared object file: No such file or directory"
            )
        return object()

    load.tried = tried  # type: ignore[attr-defined]
    return load


def test_missing_libraries_are_named_with_the_packages_to_install(
    capsys: pytest.CaptureFixture[str],
) -> None:
    load = _loader("libxcb-icccm.so.4", "libxcb-keysyms.so.1")

    assert check_qt_platform(load=load, environ={}) == MISSING_LIBRARIES

    line = capsys.readouterr().err
    assert line.count("\n") == 1
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in line
    assert line.rstrip().endswith("sudo apt install libxcb-icccm4 libxcb-keysyms1")
    assert load.tried == list(QT_XCB_LIBRARIES)  # every library is tried, not just the first


def test_a_library_missing_under_another_is_the_one_named() -> None:
    # libxcb-icccm is there, but the libxcb it links to is not: the loader names libxcb.
    load = _loader(
        "libxcb-icccm.so.4",
        reason={"libxcb-icccm.so.4": "libxcb.so.1: cannot open shared object file: No such file"},
    )
    assert missing_libraries(load=load) == ["libxcb.so.1"]


def test_the_built_apps_loader_error_is_read_through() -> None:
    # PyInstaller's ctypes.CDLL raises its own OSError from the system loader's.
    def load(soname: str) -> object:
        if soname != "libxcb-keysyms.so.1":
            return object()
        try:
            raise OSError("/usr/lib/x86_64-linux-gnu/libxcb.so.1: file too short")
        except OSError as system:
            raise OSError(f"Failed to load dynlib/dll {soname!r}.") from system

    assert missing_libraries(load=load) == ["libxcb.so.1"]


def test_nothing_is_printed_when_every_library_loads(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_qt_platform(load=_loader(), environ={}) is None
    assert capsys.readouterr().err == ""


def test_other_platforms_are_not_checked() -> None:
    load = _loader(*QT_XCB_LIBRARIES)
    assert check_qt_platform(load=load, environ={"QT_QPA_PLATFORM": "offscreen"}) is None
    assert load.tried == []


@pytest.mark.parametrize(
    ("value", "platform", "expected"),
    [
        (None, "linux", True),
        ("", "linux", True),
        ("xcb", "linux", True),
        ("xcb:dpi=96", "linux", True),
        ("xcb;wayland", "linux", True),
        ("wayland", "linux", False),
        ("offscreen", "linux", False),
        (None, "darwin", False),
        (None, "win32", False),
    ],
)
def test_the_check_runs_only_when_qt_will_load_xcb(
    value: str | None, platform: str, expected: bool
) -> None:
    environ = {} if value is None else {"QT_QPA_PLATFORM": value}
    assert xcb_platform_expected(environ, platform) is expected


def test_the_system_loader_tells_present_from_missing() -> None:
    assert missing_libraries(["libc.so.6", "libstudio-app-absent.so.9"]) == [
        "libstudio-app-absent.so.9"
    ]


def test_every_checked_library_is_one_qt_links_to() -> None:
    qt = Path(PySide6.__file__).parent / "Qt"
    linked = b"".join(
        path.read_bytes()
        for path in [
            qt / "plugins" / "platforms" / "libqxcb.so",
            *(qt / "lib" / f"libQt6{name}.so.6" for name in ("XcbQpa", "Gui", "Core", "DBus")),
        ]
    )
    assert [name for name in QT_XCB_LIBRARIES if name.encode() + b"\0" not in linked] == []


def test_the_readme_lists_every_package_to_install() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    listed = set(quick_start.split("sudo apt install", 1)[1].split("```", 1)[0].split())
    always_there = {"zlib1g", "libzstd1"}  # dpkg and apt need them
    assert set(QT_XCB_LIBRARIES.values()) - always_there - listed == set()


def test_the_app_stops_before_making_its_database(tmp_path: Path) -> None:
    """The real start, in a new process, needing only a library that no system has (the
    machine's own libraries are left out, so the message does not depend on the machine)."""
    database = tmp_path / "studio.sqlite3"
    script = (
        "import sys\n"
        "from studio_app import qt_platform_libs\n"
        "qt_platform_libs.QT_XCB_LIBRARIES.clear()\n"
        "qt_platform_libs.QT_XCB_LIBRARIES['libstudio-app-absent.so.9'] = 'studio-app-absent9'\n"
        "from studio_app.cli import main\n"
        f"sys.exit(main(['--db', {str(database)!r}]))\n"
    )
    environ = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    finished = subprocess.run(
        [sys.executable, "-c", script], env=environ, capture_output=True, text=True, timeout=60
    )
    assert finished.returncode == 1
    assert finished.stdout == ""
    assert finished.stderr.splitlines() == [
        "error: the desktop app cannot start: Qt's X11 (xcb) platform needs the system "
        "libraries libstudio-app-absent.so.9, which are missing; install them "
        "(Debian/Ubuntu): sudo apt install studio-app-absent9"
    ]
    assert list(tmp_path.iterdir()) == []
