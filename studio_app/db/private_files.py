"""The studio's files are readable by the account that runs Studio App and no one else.

Member names, phone numbers and payments are personal data: on POSIX the database, its -wal and
-shm files, backups and exports are created 0600 and their folders 0700. ``private_umask`` is
set once when the app or a command starts, so every file the process creates (SQLite's own
included) is owner-only; the helpers below tighten a file or folder made before that.
"""

from __future__ import annotations

import os
from pathlib import Path

#: Group and others get nothing.
PRIVATE_UMASK = 0o077
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_umask() -> None:
    """From now on this process creates owner-only files and folders (POSIX)."""
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) if needed; a folder made here is owner-only."""
    if folder.exists():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    if os.name == "posix":
        folder.chmod(PRIVATE_FOLDER)


def create_private_file(path: Path) -> None:
    """Create the empty file ``path`` owner-only, so SQLite, which gives its -wal and -shm files
    the database file's rights, makes those owner-only too."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE))


def make_private(path: Path) -> None:
    """Make the file ``path`` (and SQLite's -wal and -shm beside it) owner-only (POSIX;
    elsewhere the folder's rights apply). A file this account does not own is left as it is."""
    if os.name != "posix":
        return
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if file.is_file() and file.stat().st_mode & 0o077:
                file.chmod(PRIVATE_FILE)
        except OSError:
            continue
