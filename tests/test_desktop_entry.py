"""`studio-app --install-desktop-entry` writes the desktop entry and the icons under
$XDG_DATA_HOME; `studio-app --version` prints the installed package's version; neither
touches a database."""

from __future__ import annotations

import configparser
import struct
import sys
from importlib import metadata
from pathlib import Path

import pytest

from studio_app.cli import main
from studio_app.desktop_entry import data_home, exec_line, launch_command


def _png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  (keys keep their case)
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_desktop_entry_writes_the_entry_and_the_icons(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "Łukasz Żółć" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("STUDIO_DB_URL", str(tmp_path / "studio.sqlite3"))

    assert main(["--install-desktop-entry"]) == 0

    icons = home / "icons" / "hicolor"
    written = [
        home / "applications" / "studio-app.desktop",
        icons / "scalable" / "apps" / "studio-app.svg",
        *(icons / f"{size}x{size}" / "apps" / "studio-app.png" for size in (48, 128, 256)),
    ]
    out = capsys.readouterr().out.splitlines()
    assert out[:-1] == [f"Wrote {path}" for path in written]
    entry = _entry(written[0])
    assert entry["Exec"] == exec_line(launch_command())
    assert entry["Exec"] == str(Path(sys.executable).with_name("studio-app"))
    assert entry["Icon"] == "studio-app"
    assert entry["Name"] == "Studio App"
    assert written[1].read_bytes().startswith(b"<svg")
    assert [_png_size(png) for png in written[2:]] == [(48, 48), (128, 128), (256, 256)]
    assert not (tmp_path / "studio.sqlite3").exists()


def test_installing_again_replaces_the_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    entry = tmp_path / "applications" / "studio-app.desktop"
    entry.parent.mkdir()
    entry.write_text("[Desktop Entry]\nExec=/old/place/studio-app\n")

    assert main(["--install-desktop-entry"]) == 0

    assert _entry(entry)["Exec"] == exec_line(launch_command())


def test_install_desktop_entry_goes_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))

    assert main(["--install-desktop-entry", "demo"]) == 2

    assert "--install-desktop-entry: give it alone" in capsys.readouterr().err
    assert not (tmp_path / "share").exists()


@pytest.mark.parametrize(
    ("command", "line"),
    [
        (["/opt/studio/StudioApp"], "/opt/studio/StudioApp"),
        (["/home/Zoë/Studio App/StudioApp"], '"/home/Zoë/Studio App/StudioApp"'),
        (["/srv/50%/studio-app"], "/srv/50%%/studio-app"),
        (["/srv/a$b/studio-app", "-m"], '"/srv/a\\\\$b/studio-app" -m'),
    ],
)
def test_exec_line_quotes_as_the_desktop_entry_specification_says(
    command: list[str], line: str
) -> None:
    assert exec_line(command) == line


@pytest.mark.parametrize(
    ("value", "expected"),
    [("/data/xdg", Path("/data/xdg")), ("", None), ("relative/share", None)],
)
def test_data_home_is_xdg_data_home_when_absolute(value: str, expected: Path | None) -> None:
    assert data_home({"XDG_DATA_HOME": value}) == (expected or Path.home() / ".local/share")


def test_version_is_the_installed_package_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "studio.sqlite3"

    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(database), "--version"])

    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"studio-app {metadata.version('studio-app')}\n"
    assert not database.exists()
