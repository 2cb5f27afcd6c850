"""`studio-app --install-desktop-entry`: Studio App in the Linux desktop's applications menu.

The desktop entry shipped with the package (studio-app.desktop) is written to
$XDG_DATA_HOME/applications with its Exec line naming this installation's program (the
built app's executable, or the `studio-app` script beside this Python), and the app's icon
(resources/icons/studio-app.svg, compiled into the Qt resources) to the hicolor icon theme in
$XDG_DATA_HOME/icons: the SVG as scalable, and PNGs of 48, 128 and 256 pixels rendered from
it. XDG_DATA_HOME unset, empty or relative means ~/.local/share (the XDG base-directory
rule). Existing files of an earlier install are replaced; nothing else is touched.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path

#: The desktop file's name and the icon's theme name; the app announces the same name to the
#: desktop (QGuiApplication.setDesktopFileName), so windows are matched to the entry.
APP_ID = "studio-app"
ICON_SIZES = (48, 128, 256)
ICON_RESOURCE = ":/icons/studio-app.svg"

# Characters that make an Exec argument need quotes (Desktop Entry Specification, "The Exec
# key"); inside quotes ", `, $ and \ are escaped with a backslash.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """$XDG_DATA_HOME when it is an absolute path, else ~/.local/share."""
    chosen = environ.get("XDG_DATA_HOME", "")
    return Path(chosen) if chosen and Path(chosen).is_absolute() else Path.home() / ".local/share"


def launch_command() -> list[str]:
    """The program that starts this installation: the built app's executable, the
    `studio-app` script installed beside this Python, or this Python running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).with_name("studio-app")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "studio_app"]


def exec_line(command: Sequence[str]) -> str:
    """``command`` as the value of an Exec key: % doubled, an argument holding a reserved
    character quoted, then every backslash doubled (the string-value escape)."""
    quoted = []
    for argument in command:
        argument = argument.replace("%", "%%")
        if any(character in _RESERVED for character in argument):
            argument = '"' + re.sub(r'(["`$\\])', r"\\\1", argument) + '"'
        quoted.append(argument.replace("\\", "\\\\"))
    return " ".join(quoted)


def desktop_entry_text(command: Sequence[str]) -> str:
    """The shipped desktop entry with its Exec line starting ``command``."""
    template = resources.files("studio_app").joinpath(f"{APP_ID}.desktop").read_text("utf-8")
    line = f"Exec={exec_line(command)}"
    return re.sub(r"^Exec=.*$", lambda _: line, template, count=1, flags=re.MULTILINE)


def install_desktop_entry(
    home: Path | None = None, command: Sequence[str] | None = None
) -> list[Path]:
    """Write the desktop entry and the icons under ``home`` (default: data_home()); the
    files written, the desktop entry first."""
    home = home or data_home()
    entry = home / "applications" / f"{APP_ID}.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry_text(command or launch_command()), encoding="utf-8")
    written = [entry]
    icons = home / "icons" / "hicolor"
    svg = icons / "scalable" / "apps" / f"{APP_ID}.svg"
    svg.parent.mkdir(parents=True, exist_ok=True)
    svg.write_bytes(icon_svg())
    written.append(svg)
    for size in ICON_SIZES:
        png = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        png.parent.mkdir(parents=True, exist_ok=True)
        render_icon(size, png)
        written.append(png)
    return written


def icon_svg() -> bytes:
    """The app's icon, the SVG compiled into the Qt resources."""
    from PySide6.QtCore import QFile

    from studio_app.gui import resources_rc  # noqa: F401  (registers :/icons)

    source = QFile(ICON_RESOURCE)
    if not source.open(QFile.OpenModeFlag.ReadOnly):
        raise OSError(f"{ICON_RESOURCE}: {source.errorString()}")
    return bytes(source.readAll().data())


def render_icon(size: int, path: Path) -> None:
    """Render the app's icon, ``size``×``size`` pixels on a transparent background, into an
    image file whose format its suffix names (.png; .ico and .icns for the installer)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from studio_app.gui import resources_rc  # noqa: F401  (registers :/icons)

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(ICON_RESOURCE).render(painter)
    painter.end()
    if not image.save(str(path)):
        raise OSError(f"{path}: the icon could not be written")
