"""Files the desk asks for (a PDF, a workbook, a CSV at a path it chose): a path that cannot be
written is a refusal naming the file and the reason, never a crash, and the studio's own data
file (or its journal) is never written over."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine

from studio_app.db.sqlite_files import sqlite_file
from studio_app.domain.errors import DomainError
from studio_app.dto.changes import Result
from studio_app.exchange.columns import ExportRefused

#: Files SQLite keeps beside the database while it runs.
_COMPANIONS = ("", "-wal", "-shm", "-journal")


def check_target(
    engine: Engine, out: Path, what: str, refusal: type[DomainError] = ExportRefused
) -> None:
    """Refuse ``out`` as the file to save ``what`` in (with ``refusal``) when it is no file
    name at all (a NUL character, text the system cannot encode) or the studio's SQLite file
    or one of its companions: saving there would destroy the studio's data."""
    try:
        encoded = os.fsencode(out)
    except UnicodeEncodeError:
        encoded = b"\x00"
    if b"\x00" in encoded:
        raise refusal(f"{str(out)!r} is not a file name: choose a file for {what}.")
    database = sqlite_file(engine)
    if database is None:
        return
    target = Path(out).expanduser().resolve()
    if any(target == database.with_name(database.name + end) for end in _COMPANIONS):
        raise refusal(
            f"{out} is the studio's database itself (or its journal): choose another file "
            f"for {what}."
        )


@contextmanager
def saving(engine: Engine, what: str, out: Path) -> Iterator[None]:
    """Write ``what`` ("the credit report") to ``out`` inside the block. The studio's data file
    is refused (``check_target``); an OSError (a folder chosen as the file, a name too long, no
    permission, a full disk) becomes ExportRefused, as it does for the data export."""
    try:
        check_target(engine, out, what)
        yield
    except OSError as error:
        raise ExportRefused(
            f"Could not save {what} to {out}: {error.strerror or error}."
        ) from error


def copy_file(engine: Engine, source: Path, out: Path, what: str) -> Result[Path]:
    """Save a copy of ``source`` (a PDF already written for the preview or the viewer) as
    ``out``, so what was seen is what is saved; refused as ``saving`` refuses."""
    with saving(engine, what, out):
        shutil.copyfile(source, out)
    return Result(out, message=f"Saved {what} to {out}.")
