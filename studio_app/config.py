"""Where the data lives: an SQLite file in the user data directory unless told otherwise.

Precedence: ``--db PATH|URL`` on the command line, then ``STUDIO_DB_URL``, then the default file.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "StudioApp"
DB_ENV = "STUDIO_DB_URL"


def default_db_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "studio.sqlite3"


def database_url(db_option: str | None = None) -> str:
    """Turn ``--db`` (a file path or a SQLAlchemy URL) or the environment into a database URL.
    Nothing is created here: only setting up a studio makes its folder (services/container)."""
    chosen = db_option or os.environ.get(DB_ENV)
    if chosen and "://" in chosen:
        return chosen
    path = Path(chosen).expanduser() if chosen else default_db_path()
    return f"sqlite:///{path.resolve()}"
