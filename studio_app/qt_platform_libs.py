"""Before the desktop app starts on Linux: are the system libraries Qt's X11 (xcb) platform
needs there?

Qt loads its platform plugin when the application object is made. When a library the xcb
plugin links to is missing, Qt prints "could not load the xcb platform plugin", blames a
library that is installed, and aborts (exit 134). So when the platform will be xcb (Linux,
QT_QPA_PLATFORM unset or xcb), every library the plugin and the Qt libraries under it link to
is loaded first with the system's own loader, before any database is opened or created; a
missing one stops the start with one line naming the Debian/Ubuntu packages to install, exit
status 1. Loading them costs a few milliseconds: Qt loads the same libraries a moment later.

The list is what `ldd` shows for PySide6's Qt/plugins/platforms/libqxcb.so, libQt6XcbQpa,
libQt6Gui, libQt6Core and libQt6DBus, less the C/C++ runtime every system has
(tests/test_qt_platform_libs.py checks that the Qt libraries name each of them).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Iterable, Mapping

#: Each shared library (soname) Qt's xcb platform needs, and the Debian/Ubuntu package that
#: ships it; README.md's Quick start lists the same packages (less zlib1g and libzstd1, which
#: dpkg itself needs).
QT_XCB_LIBRARIES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}

#: Exit status of a start stopped for missing system libraries.
MISSING_LIBRARIES = 1


def xcb_platform_expected(
    environ: Mapping[str, str] = os.environ, platform: str = sys.platform
) -> bool:
    """Qt will load the xcb platform: on Linux, with QT_QPA_PLATFORM unset, empty or naming
    xcb first ("xcb", "xcb:options", "xcb;wayland")."""
    if not platform.startswith("linux"):
        return False
    first = environ.get("QT_QPA_PLATFORM", "").split(";")[0]
    return first.split(":")[0].strip() in ("", "xcb")


def missing_libraries(
    libraries: Iterable[str] = QT_XCB_LIBRARIES,
    load: Callable[[str], object] = ctypes.CDLL,
) -> list[str]:
    """The sonames of ``libraries`` the system loader cannot load, in order. When a library is
    there but one it links to is not, the loader names that one, and it is the one reported
    (if it is a library of the list)."""
    missing: list[str] = []
    for soname in libraries:
        try:
            load(soname)
        except OSError as failure:
            # "libxcb.so.1: cannot open shared object file: No such file or directory"; in the
            # built app PyInstaller's loader raises its own error from the system loader's.
            said = str(failure.__cause__ or failure)
            named = os.path.basename(said.split(":", 1)[0].strip())
            culprit = named if named in QT_XCB_LIBRARIES else soname
            if culprit not in missing:
                missing.append(culprit)
    return missing


def missing_libraries_message(missing: Iterable[str]) -> str:
    """One line: which libraries are missing and the command that installs their packages."""
    sonames = list(missing)
    packages = dict.fromkeys(QT_XCB_LIBRARIES.get(soname, soname) for soname in sonames)
    return (
        f"error: the desktop app cannot start: Qt's X11 (xcb) platform needs the system "
        f"libraries {', '.join(sonames)}, which are missing; install them "
        f"(Debian/Ubuntu): sudo apt install {' '.join(packages)}"
    )


def check_qt_platform(
    libraries: Iterable[str] = QT_XCB_LIBRARIES,
    load: Callable[[str], object] = ctypes.CDLL,
    environ: Mapping[str, str] = os.environ,
) -> int | None:
    """Before the GUI starts: None when the platform is not xcb or its libraries load;
    otherwise the line of ``missing_libraries_message`` is printed on stderr and the exit
    status MISSING_LIBRARIES is returned."""
    if not xcb_platform_expected(environ):
        return None
    missing = missing_libraries(libraries, load)
    if not missing:
        return None
    print(missing_libraries_message(missing), file=sys.stderr)
    return MISSING_LIBRARIES
