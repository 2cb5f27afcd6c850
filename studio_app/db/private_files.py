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


def make_private(path: Path) -> None:
    """Make the file ``path`` owner-only (POSIX; elsewhere the folder's rights apply)."""
    if os.name == "posix" and path.exists():
        path.chmod(PRIVATE_FILE)
