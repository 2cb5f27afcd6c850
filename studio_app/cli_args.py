"""What the command line accepts, checked while its arguments are read, before any work.

Dates lie within 2000-01-01 … 2100-12-31 and ids are whole numbers from 1 to 2**63 − 1, as
everywhere in the app (domain/bounds.py); counts lie in the range each option names; a name is
text within the app's bounds; an output path names a file with the right extension in a folder
that exists; a report's dates are either --from and --to or one --range. A wrong argument
stops the command with one line, "error: --option: what is wrong", exit status 2
(cli_errors.py), before anything is opened or written.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Sequence
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any, NoReturn

from studio_app.domain.bounds import FIRST_DAY, LAST_DAY, MAX_ID, check_text
from studio_app.domain.date_ranges import QuickRange
from studio_app.domain.errors import DomainError
from studio_app.exchange.targets import export_format


class UsageError(Exception):
    """The command line was written wrongly; the message names the option and the problem."""


class CommandLineParser(argparse.ArgumentParser):
    """An argument parser whose mistakes raise UsageError (one line ending "see … --help")
    instead of printing the usage and exiting; its subcommands' parsers are of this class too."""

    def error(self, message: str) -> NoReturn:
        named = re.sub(r"^argument (\S+): ", r"\1: ", message)
        raise UsageError(f"{named.rstrip('.')}; see {self.prog} --help")


class VersionAction(argparse.Action):
    """--version: prints "studio-app X.Y.Z", the version of the installed package (its
    metadata), and exits 0 at once: nothing is opened."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "print the version and exit")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> NoReturn:
        print(f"studio-app {metadata.version('studio-app')}")
        parser.exit()


def day(text: str) -> date:
    """A date written YYYY-MM-DD, from FIRST_DAY to LAST_DAY."""
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD"
        ) from None
    if not FIRST_DAY <= value <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            f"{value} is outside {FIRST_DAY} … {LAST_DAY}, the dates the studio keeps"
        )
    return value


def quick_range_pick(text: str) -> QuickRange:
    """One of the Reports page's quick ranges, as --range names it: "last-month"."""
    try:
        return QuickRange(text.strip().lower())
    except ValueError:
        named = ", ".join(pick.value for pick in QuickRange)
        raise argparse.ArgumentTypeError(f"{text!r} is not a range: choose {named}") from None


def date_range_options(args: argparse.Namespace, command: str) -> None:
    """A dated report's days are given one way: --from and --to (both days included), or a
    --range; anything else is a UsageError naming ``command`` for its help."""
    given = [args.date_from is not None, args.date_to is not None]
    if args.range is not None and any(given):
        wrong = "give --from and --to, or --range, not both"
    elif args.range is None and not all(given):
        wrong = "give the first and the last day (--from and --to, YYYY-MM-DD), or --range"
    else:
        return
    raise UsageError(f"{wrong}; see {command} --help")


def name_text(text: str) -> str:
    """A name (an instructor's): text of at most the app's name length, no control
    characters; leading and trailing spaces dropped."""
    try:
        return check_text(text.strip(), "The name")
    except DomainError as refused:
        raise argparse.ArgumentTypeError(refused.message) from None


def record_id(text: str) -> int:
    """The id of a member, class session or other record: a whole number, 1 to MAX_ID."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id (a whole number)") from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text} is not an id: ids run from 1 to {MAX_ID}")
    return value


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """A whole number from ``low`` to ``high``, both included."""

    def number(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not allowed: give a whole number from {low:,} to {high:,}"
            )
        return value

    return number


def out_file(*suffixes: str) -> Callable[[str], Path]:
    """A file to write: it ends in one of ``suffixes`` (any, when none are given), is not a
    folder, and its folder exists (nothing is created for it)."""

    def out(text: str) -> Path:
        path = Path(text).expanduser()
        choices = " or ".join(suffixes)
        if path.is_dir():
            wanted = f" ending in {choices}" if suffixes else ""
            raise argparse.ArgumentTypeError(f"{text!r} is a folder; give a file name{wanted}")
        if suffixes and path.suffix.lower() not in suffixes:
            raise argparse.ArgumentTypeError(f"{text!r} must be a file ending in {choices}")
        return _in_a_folder(path, text)

    return out


def out_folder_or_workbook(text: str) -> Path:
    """Where `export` writes: a .xlsx file, or a folder (existing, or a new name without a
    suffix) for CSV files; either way in a folder that exists."""
    path = Path(text).expanduser()
    try:
        export_format(path)
    except DomainError as refused:
        raise argparse.ArgumentTypeError(refused.message) from None
    return path if path.is_dir() else _in_a_folder(path, text)


def _in_a_folder(path: Path, text: str) -> Path:
    folder = path.absolute().parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise argparse.ArgumentTypeError(f"{text!r}: the folder {folder} {what}")
    return path
