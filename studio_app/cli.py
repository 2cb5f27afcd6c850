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
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
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
from studio_app.cli_errors import checked_database_url, fail, handled, reach_server
from studio_app.cli_export import add_export_command, run_export
from studio_app.cli_import import add_import_command, run_import
from studio_app.cli_login import add_login_options, log_in
from studio_app.db.engine import make_engine
from studio_app.db.private_files import private_umask
from studio_app.db.sqlite_files import sqlite_file
from studio_app.domain.clock import SystemClock
from studio_app.domain.date_ranges import QuickRange, quick_range
from studio_app.domain.errors import BackupRefused, DatabaseDamaged, DomainError
from studio_app.dto.reports import REPORTS, Param, ReportRequest, ReportSpec
from studio_app.qt_platform_libs import check_qt_platform
from studio_app.services.backup_files import restore_database
from studio_app.services.container import Services, open_services


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


def _report_request(args: argparse.Namespace, today: date) -> ReportRequest:
    """The report the parsed ``args`` of `report <kind>` ask for; --range is seen from
    ``today`` (the service checks the bounds)."""
    spec: ReportSpec = args.spec
    params = spec.params
    request = ReportRequest(spec.kind)
    if Param.DAY_OR_WEEK in params:
        request = replace(request, date_from=args.date, week=args.week)
    if Param.DATE_RANGE in params:
        first, last = (
            quick_range(args.range, today) if args.range else (args.date_from, args.date_to)
        )
        request = replace(request, date_from=first, date_to=last)
    if Param.SERIES in params:
        request = replace(request, series_id=args.series)
    if Param.INSTRUCTOR in params:
        request = replace(request, instructor=args.instructor)
    if Param.MEMBER in params:
        request = replace(request, member_ids=(args.member,))
    if Param.MEMBERS in params:
        request = replace(request, member_ids=tuple(args.members))
    return request


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
    return handled(lambda: _open_and_run(args), debug=args.debug)


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


def _open_and_run(args: argparse.Namespace) -> int:
    """For the GUI, check Qt's system libraries first; check the database option, reach its
    server, open the studio (refusing a missing one except for the GUI and demo) and run the
    command."""
    if args.command in (None, "gui"):
        stopped = check_qt_platform()  # before a database is made: Qt would abort later
        if stopped is not None:
            return stopped
    url = checked_database_url(args.db)
    if args.command == "restore":
        by = f"{getpass.getuser()} (command line)"
        return _restore(url, args.file, by, confirmed=args.yes)
    reach_server(url)
    try:
        # Only the GUI's first start (with its set-up dialog) and demo make a new studio.
        services = open_services(url, create=args.command in (None, "gui", "demo"))
    except DatabaseDamaged as damaged:
        return _damaged(args, url, damaged)
    try:
        return _run(args, services)
    finally:
        services.ctx.uow.engine.dispose()


def _run(args: argparse.Namespace, services: Services) -> int:
    if args.command in (None, "gui"):
        from studio_app.app import run_gui

        return run_gui(services)
    if args.command == "demo":
        from studio_app.services.demo import DEMO_DESK, DEMO_OWNER, build_demo

        started = time.perf_counter()
        summary = build_demo(
            services.ctx,
            members=args.members,
            weeks=args.weeks,
            seed=args.seed,
            large_history=args.large_history,
        )
        print(
            f"Demo studio ready in {time.perf_counter() - started:.1f} s: "
            f"{summary.members:,} members, {summary.series} class series, "
            f"{summary.sessions:,} class sessions, {summary.bookings:,} bookings."
        )
        if args.large_history:
            print("Rows: " + ", ".join(f"{table} {n:,}" for table, n in summary.rows) + ".")
        print(
            f"Log in as {DEMO_OWNER[0]} / {DEMO_OWNER[1]} (owner) or "
            f"{DEMO_DESK[0]} / {DEMO_DESK[1]} (front desk)."
        )
        return 0
    if args.command == "check":
        for note in services.integrity.skipped_checks():
            print(note)
        problems = services.integrity.problems()
        for problem in problems:
            print(f"PROBLEM: {problem}")
        if problems:
            print(f"{len(problems)} problem(s) found.")
            return 1
        print("OK: integrity, foreign keys, capacity and every credit balance match the ledger.")
        return 0
    if args.command == "catch-up":
        done = services.credit_schedule.catch_up().value
        print(done.text or "Credit schedule: nothing to do, every membership is up to date.")
        return 0
    if args.command == "backup":
        return _backup(services, args.automatic, args.out)
    if args.command == "copy-to":
        return _copy_to(services, args.url)
    if args.command == "import":
        return run_import(args, services)
    if args.command == "export":
        return run_export(args, services)
    if args.command == "backups":
        status = services.backups.status()
        if status.unavailable:
            raise BackupRefused(status.unavailable)
        print(f"Backups of {status.database} in {status.folder}. {status.policy.describe()}")
        for row in status.backups:
            print(f"{row.made_text}  {row.kind.label:<18} {row.size_text:>9}  {row.path.name}")
        if not status.backups:
            print("No backups yet.")
        return 0
    if args.report not in ("attendance", "day"):
        return _write_report(args, services)
    if args.report == "attendance":
        out = services.reports.attendance_sheet(args.session, args.out)
    else:
        out = services.reports.day_sheets(args.date, args.out)
    print(f"Wrote {out}")
    return 0


def _write_report(args: argparse.Namespace, services: Services) -> int:
    """One report of the catalog, as ``--user``. Member cards first give codes to members
    without one when --give-codes asks, and are recorded as printed after writing when
    --mark-printed asks; each step says what it did."""
    log_in(services, args.user)
    request = _report_request(args, services.ctx.clock.today())
    reports = services.reports
    cards = Param.MEMBERS in args.spec.params
    if cards and args.give_codes:
        print(reports.assign_card_codes(request.member_ids).message)
    out = reports.write(request, args.out).value
    print(f"Wrote {out}")
    if cards and args.mark_printed:
        print(reports.mark_cards_printed(request.member_ids).message)
    return 0


def _backup(services: Services, automatic: bool, out: Path | None) -> int:
    if out is not None:
        print(services.backups.save_copy(out).message)
    elif automatic:
        print(services.backups.automatic().message or "Today's backup exists already.")
    else:
        print(services.backups.back_up().message)
    return 0


def _damaged(args: argparse.Namespace, url: str, damaged: DatabaseDamaged) -> int:
    """A damaged file: `check` reports it as a problem; the desktop app offers to restore the
    newest backup and then starts (if that backup is refused too, the window says why and the
    app stops); anything else stops with the message."""
    if args.command == "check":
        print(f"PROBLEM: {damaged.message}")
        return 1
    if args.command in (None, "gui"):
        from studio_app.app import offer_restore

        by = f"{getpass.getuser()} (at start-up, the data file was damaged)"
        if not offer_restore(damaged):
            return 2
        try:
            print(_restore_backup(url, Path(str(damaged.backup)), by, confirmed=True))
        except DomainError as refused:
            offer_restore(DatabaseDamaged(f"{damaged.summary} Restoring it failed: {refused}"))
            return _refused(refused)
        return main([*(["--db", args.db] if args.db else []), "gui"])
    return _refused(damaged)


def _restore(url: str, backup: Path, by: str, *, confirmed: bool) -> int:
    """Restore without opening the studio first, so a database that no longer opens can still
    be replaced by its backup. The command line acts for whoever may run it on the file.
    Without ``confirmed`` it only says what a restore would do (exit status 1)."""
    try:
        print(_restore_backup(url, backup, by, confirmed=confirmed))
    except DomainError as refused:
        return _refused(refused)
    return 0 if confirmed else 1


def _restore_backup(url: str, backup: Path, by: str, *, confirmed: bool) -> str:
    """Restore ``backup`` into the SQLite file of ``url`` (``backup_files.restore_database``
    checks it completely first); what was done, or without ``confirmed`` what would be done.
    A refusal raises DomainError, and then the file is as it was."""
    engine = make_engine(url)
    try:
        database = sqlite_file(engine)
        if database is None:
            raise BackupRefused(
                "restore copies SQLite files; restore a server database on the server."
            )
        if not confirmed:
            return (
                f"This replaces all the data in {database} with {backup}; the data as it is now "
                "is saved first in the backup folder. Run again with --yes to go ahead."
            )
        done = restore_database(engine, database, backup, SystemClock().now(), by)
    finally:
        engine.dispose()
    return (
        f"Restored {done.restored.name} ({done.studio_name}) into {database}. The data from "
        f"before is saved as {done.saved_before}."
    )


def _copy_to(source: Services, target_option: str) -> int:
    """Copy the studio into another database; the source stays as it is."""
    from studio_app.services.database_copy import copy_studio

    target_url = checked_database_url(target_option, label="copy-to")
    reach_server(target_url)
    target = open_services(target_url, create=True)
    try:
        done = copy_studio(source, target)
        url = target.ctx.uow.engine.url
        where = url.render_as_string(hide_password=True)
    finally:
        target.ctx.uow.engine.dispose()
    for problem in done.problems:
        print(f"PROBLEM: {problem}")
    if done.problems:
        print(f"The copy in {where} is faulty; keep using the original database.")
        return 1
    largest = sorted(done.rows.items(), key=lambda item: -item[1])[:4]
    print(
        f"Copied {done.total:,} rows in {len(done.rows)} tables into {where} "
        f"({', '.join(f'{n:,} {table}' for table, n in largest)}, ...); check passed on the copy."
    )
    password = " (with the password in place of ***)" if url.password else ""
    print(f"Start the app on it with: studio-app --db {where}{password}")
    return 0


def _refused(refused: DomainError) -> int:
    """A refusal on the command line: its message on one line of stderr, exit status 2."""
    return fail(refused)
