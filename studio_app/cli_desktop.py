"""`studio-app` (or `studio-app gui`): start the desktop app.

Qt's system libraries are checked before anything else (a missing one would abort Qt later,
after a new database was made). The first dialog then paints while the studio opens behind it
(gui/launch.py); the database layer is loaded on that worker thread, not before the paint. A
damaged file is met there too: the window offers its newest backup, restores it and starts
again on it; if the backup is refused as well, the window says why and the app stops.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from studio_app.config import database_url
from studio_app.domain.errors import DatabaseDamaged, DomainError
from studio_app.qt_platform_libs import check_qt_platform

if TYPE_CHECKING:
    from studio_app.container import Services

SQLITE_PREFIX = "sqlite:///"


def start_desktop(args: argparse.Namespace) -> int:
    """Run the desktop app on ``--db`` (or the default studio); its exit status."""
    stopped = check_qt_platform()  # before a database is made: Qt would abort later
    if stopped is not None:
        return stopped
    from studio_app.gui import launch

    try:
        return launch.run_desktop(lambda: open_studio(args.db), new_studio=is_new(args.db))
    except DatabaseDamaged as damaged:
        from studio_app.cli_commands import restore_at_start
        from studio_app.cli_database import checked_database_url

        try:
            restored = restore_at_start(
                checked_database_url(args.db), damaged, launch.offer_restore
            )
        except DomainError as refused:
            from studio_app.cli_errors import fail

            return fail(refused)
        return start_desktop(args) if restored else 2


def open_studio(db_option: str | None) -> Services:
    """Check the database option, reach its server and open the studio (a new SQLite file is
    made: the set-up dialog is waiting for it). Runs on the opening's worker thread."""
    from studio_app.cli_database import checked_database_url, reach_server
    from studio_app.container import open_services

    url = checked_database_url(db_option)
    reach_server(url)
    return open_services(url, create=True)


def is_new(db_option: str | None) -> bool:
    """Whether the studio's SQLite file does not exist yet (so the set-up dialog comes first);
    read from the option alone, without loading the database layer. A server database that
    turns out not to be set up gets the set-up dialog once it is open."""
    url = database_url(db_option)
    if not url.startswith(SQLITE_PREFIX):
        return False
    path = url[len(SQLITE_PREFIX) :].split("?", 1)[0]
    return path not in ("", ":memory:") and not Path(path).exists()
