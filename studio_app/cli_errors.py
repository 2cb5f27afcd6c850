"""How a `studio-app` command fails: one line on stderr and an exit status, never a traceback.

Every command runs through ``handled``. A refusal (DomainError) or a wrongly written command
line (UsageError) prints its message; a file that cannot be read or written (OSError) names
the path and why; a database failure outside a unit of work reads as db/errors.explain says;
Ctrl-C stops with status 130 (each change is one transaction, so nothing is half-saved);
anything else is an unexpected failure named by its type. Each prints "error: …" and exits 2.
``--debug`` prints the full traceback before that line. (The database option is checked in
cli_database.py.) The database layer is loaded only to describe a failure, so the desktop app's
first window does not wait for it.
"""

from __future__ import annotations

import errno
import sqlite3
import sys
import traceback
from collections.abc import Callable

from studio_app.cli_args import UsageError
from studio_app.domain.errors import DomainError

FAILED = 2
#: 128 + SIGINT, as a shell reports a program stopped with Ctrl-C.
INTERRUPTED = 130

_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.ENOENT: "no such file or folder",
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the disk is read-only",
}


def handled(command: Callable[[], int], *, debug: bool) -> int:
    """Run ``command``; its exit status, or the status of its failure after one line on
    stderr (2; 130 for Ctrl-C), with the traceback first when ``debug``."""
    try:
        return command()
    except KeyboardInterrupt:
        if debug:
            traceback.print_exc()
        print("error: interrupted; nothing half-saved", file=sys.stderr)
        return INTERRUPTED
    except Exception as failure:  # the last resort: every failure ends as one line
        return fail(failure, debug=debug)


def fail(failure: Exception, *, debug: bool = False) -> int:
    """Print ``failure`` as "error: …" on one line of stderr (after its traceback when
    ``debug``); exit status 2."""
    if debug:
        traceback.print_exception(failure)
    text = " ".join(line.strip() for line in describe(failure, debug).splitlines())
    print(f"error: {text.strip()}", file=sys.stderr)
    return FAILED


def describe(failure: Exception, debug: bool = False) -> str:
    """What went wrong, in the words the person at the terminal needs."""
    from sqlalchemy.exc import DBAPIError, NoSuchModuleError

    from studio_app.db.errors import explain

    if isinstance(failure, DomainError):
        return failure.message
    if isinstance(failure, UsageError):
        return str(failure)
    if isinstance(failure, OSError):
        return _file_problem(failure)
    if isinstance(failure, NoSuchModuleError):
        return f"not a database URL: {failure}"
    if isinstance(failure, DBAPIError | sqlite3.Error):
        return explain(failure).message
    detail = f"{type(failure).__name__}: {failure}" if str(failure) else type(failure).__name__
    hint = "" if debug else "; run again with --debug for details"
    return f"unexpected failure ({detail}){hint}"


def _file_problem(error: OSError) -> str:
    reason = _REASONS.get(error.errno or 0) or str(error.strerror or error).lower()
    if error.filename is None:
        return reason
    where = str(error.filename)
    if error.filename2 is not None:
        where += f" -> {error.filename2}"
    return f"{where}: {reason}"
