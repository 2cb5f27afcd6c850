"""`studio-app` command line: the GUI (default), demo data, integrity check and reports.

studio-app [--db PATH|URL]                      start the desktop app
studio-app --version                            print the version
studio-app --install-desktop-entry              add the app to the Linux applications menu
studio-app demo [--members N] [--weeks W]       fill a new database with a demo studio
studio-app demo --large-history                 … a busy one: 5 years, 200 classes a week
studio-app check                                verify integrity; exit 1 if anything is wrong
studio-app report attendance --session ID --out FILE.pdf
studio-app report day --date YYYY-MM-DD --out FILE.pdf
studio-app report schedule --date YYYY-MM-DD [--week] --out FILE.pdf|FILE.xlsx
studio-app report expiring|dues|revenue (--from D --to D | --range R) --out FILE.pdf|FILE.xlsx
studio-app report attendance-summary (--from D --to D | --range R) [--series ID]
           [--instructor NAME] --out FILE.pdf|FILE.xlsx
studio-app report cards [--member ID ...] [--give-codes] [--mark-printed] --out FILE.pdf
studio-app report credits --member ID --out FILE.pdf|FILE.xlsx
                     (R: today, this-week, last-month, last-30-days, this-year …; every report
                     but attendance and day acts as --user, default owner: see cli_login.py)
studio-app catch-up                             issue due credits, expire old ones (idempotent)
studio-app backup [--automatic | --out FILE]     back up the SQLite file (see Settings → Backups)
studio-app backups                              list the backups, newest first
studio-app restore FILE --yes                   replace the data with a backup (saved first)
studio-app copy-to URL                          copy the studio into a new, empty database
studio-app import members FILE [--dry-run|--yes] import members (and balances) from CSV/.xlsx
studio-app export --out FILE.xlsx|DIR [--from D --to D]  every table to Excel or CSV files

A failure prints one line, "error: …", and exits 2 (cli_errors.py); --debug adds the traceback.
This module parses; cli_desktop.py starts the desktop app, cli_commands.py runs the rest.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from studio_app.cli_args import (
    CommandLineParser,
    UsageError,
    VersionAction,
    date_range_options,
    day,
    name_text,
    out_file,
    quick_range_pick,
    record_id,
    whole_number,
)
from studio_app.cli_errors import fail, handled
from studio_app.cli_export import add_export_command
from studio_app.cli_import import add_import_command
from studio_app.cli_login import add_login_options
from studio_app.db.private_files import private_umask
from studio_app.domain.date_ranges import QuickRange
from studio_app.dto.reports import REPORTS, Param, ReportSpec


def _parser() -> argparse.ArgumentParser:
    parser = CommandLineParser(prog="studio-app", description="Studio App")
    parser.add_argument(
        "--db",
        help="SQLite file path or database URL (default: user data dir; or set STUDIO_DB_URL)",
    )
    parser.add_argument(
        "--debug", action="store_true", help="on a failure, show the full traceback as well"
    )
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="put Studio App and its icon in this Linux desktop's applications menu, and exit",
    )
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("gui", help="start the desktop app (the default)")
    demo = commands.add_parser("demo", help="fill a new, empty database with a demo studio")
    demo.add_argument(
        "--members", type=whole_number(1, 100_000), help="default 150 (9,000 with --large-history)"
    )
    demo.add_argument(
        "--weeks",
        type=whole_number(0, 104),
        help="weeks of past attendance: default 4 (five years with --large-history)",
    )
    demo.add_argument(
        "--large-history",
        action="store_true",
        help="a busy studio's years: about 200 classes a week over five years, ~1M bookings",
    )
    demo.add_argument("--seed", type=int, default=7)
    commands.add_parser("check", help="check integrity, capacity and credit balances")
    commands.add_parser(
        "catch-up", help="issue scheduled credits due by today and expire old lots (idempotent)"
    )
    backup = commands.add_parser("backup", help="copy the SQLite file into the backup folder")
    how = backup.add_mutually_exclusive_group()
    how.add_argument(
        "--automatic",
        action="store_true",
        help="the daily backup: only if none was made today, then rotate (for a scheduler)",
    )
    how.add_argument("--out", type=out_file(), help="write the copy to this file instead")
    commands.add_parser("backups", help="list the backups in the backup folder, newest first")
    restore = commands.add_parser(
        "restore", help="replace the studio's data with a backup (the data now is saved first)"
    )
    restore.add_argument("file", type=Path, help="the backup file to restore")
    restore.add_argument("--yes", action="store_true", help="confirm replacing the data")
    copy = commands.add_parser(
        "copy-to", help="copy the studio into a new, empty database (e.g. a PostgreSQL server)"
    )
    copy.add_argument("url", help="the target: a database URL or an SQLite file path")
    add_import_command(commands)
    add_export_command(commands)
    _add_report_command(commands)
    return parser


def _add_report_command(commands: Any) -> None:
    """`report <kind>`: the attendance sheets, then every report of the catalog (dto/reports.py)
    with the options its parameters need; --out's extension picks among the report's formats."""
    report = commands.add_parser(
        "report", help="write a printed report (PDF) or its Excel workbook (.xlsx)"
    )
    kinds = report.add_subparsers(dest="report", required=True)
    sheet = kinds.add_parser("attendance", help="attendance sheet of one class session")
    sheet.add_argument("--session", type=record_id, required=True, help="class session id")
    sheet.add_argument("--out", type=out_file(".pdf"), required=True)
    sheets = kinds.add_parser("day", help="attendance sheets of every class of a day, one PDF")
    sheets.add_argument("--date", type=day, required=True, metavar="YYYY-MM-DD")
    sheets.add_argument("--out", type=out_file(".pdf"), required=True)
    for spec in REPORTS.values():
        _add_report_options(
            kinds.add_parser(spec.kind.value, help=spec.summary, description=spec.summary), spec
        )


def _add_report_options(parser: argparse.ArgumentParser, spec: ReportSpec) -> None:
    """The options the report's parameters need (dto/reports.py Param), --out limited to the
    report's formats, and --user: every report of the catalog is printed as a staff account
    holding the reports privilege."""
    params = spec.params
    parser.set_defaults(spec=spec)
    if Param.DAY_OR_WEEK in params:
        parser.add_argument("--date", type=day, required=True, metavar="YYYY-MM-DD")
        parser.add_argument(
            "--week", action="store_true", help="the Monday-to-Sunday week holding --date"
        )
    if Param.DATE_RANGE in params:
        parser.add_argument(
            "--from", dest="date_from", type=day, metavar="YYYY-MM-DD", help="the first day"
        )
        parser.add_argument(
            "--to", dest="date_to", type=day, metavar="YYYY-MM-DD", help="the last day, included"
        )
        parser.add_argument(
            "--range",
            type=quick_range_pick,
            metavar="RANGE",
            help="instead of --from and --to, a range seen from today: "
            + ", ".join(pick.value for pick in QuickRange),
        )
    if Param.SERIES in params:
        parser.add_argument(
            "--series", type=record_id, metavar="ID", help="only this class series (its id)"
        )
    if Param.INSTRUCTOR in params:
        parser.add_argument(
            "--instructor",
            type=name_text,
            default="",
            metavar="NAME",
            help="only this instructor's classes",
        )
    if Param.MEMBER in params:
        parser.add_argument("--member", type=record_id, required=True, help="member id")
    if Param.MEMBERS in params:
        parser.add_argument(
            "--member",
            dest="members",
            type=record_id,
            nargs="+",
            action="extend",
            default=[],
            metavar="ID",
            help="these members (default: every active member without a printed card)",
        )
        parser.add_argument(
            "--give-codes",
            action="store_true",
            help="first give a new card code to each of them without one",
        )
        parser.add_argument(
            "--mark-printed",
            action="store_true",
            help="afterwards record their cards as printed",
        )
    parser.add_argument(
        "--out",
        type=out_file(*spec.formats),
        required=True,
        metavar="FILE",
        help=f"the file to write; its extension picks the format: {' or '.join(spec.formats)}",
    )
    add_login_options(parser)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; its exit status. Every failure ends as one line on stderr,
    "error: …", and exit status 2 (130 for Ctrl-C), never a traceback unless --debug asks for
    it (cli_errors.handled); a wrong argument is refused before anything is opened."""
    private_umask()  # the studio's files are personal data: owner-only (db/private_files.py)
    try:
        args = _parser().parse_args(argv)
        spec = getattr(args, "spec", None)
        if spec is not None and Param.DATE_RANGE in spec.params:
            date_range_options(args, f"studio-app report {spec.kind}")
        if args.install_desktop_entry:
            return _install_desktop_entry(args)
    except UsageError as wrong:
        return fail(wrong)
    if args.command in (None, "gui"):
        # Only what the first window needs is loaded before it paints (cli_desktop.py).
        from studio_app.cli_desktop import start_desktop

        return handled(lambda: start_desktop(args), debug=args.debug)
    from studio_app.cli_commands import open_and_run

    return handled(lambda: open_and_run(args), debug=args.debug)


def _install_desktop_entry(args: argparse.Namespace) -> int:
    """--install-desktop-entry alone, on Linux: write the entry and icons, name each file."""
    if args.command is not None or args.db is not None:
        raise UsageError("--install-desktop-entry: give it alone; see studio-app --help")
    if sys.platform in ("win32", "darwin"):
        raise UsageError(
            "--install-desktop-entry: desktop entries are for Linux desktops; on Windows and "
            "macOS the installer adds the app (docs/installer.md)"
        )
    from studio_app.desktop_entry import install_desktop_entry

    def install() -> int:
        for path in install_desktop_entry():
            print(f"Wrote {path}")
        print("Studio App is in the applications menu (log out and in if it does not show).")
        return 0

    return handled(install, debug=args.debug)
