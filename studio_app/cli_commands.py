"""The commands of `studio-app` other than the desktop app (cli.py parses them; each runs on
the opened studio and says what it did)."""

from __future__ import annotations

import argparse
import getpass
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from studio_app.cli_database import checked_database_url, reach_server
from studio_app.cli_errors import fail
from studio_app.cli_export import run_export
from studio_app.cli_import import run_import
from studio_app.cli_login import log_in
from studio_app.container import Services, open_services
from studio_app.db.engine import make_engine
from studio_app.db.sqlite_files import sqlite_file
from studio_app.domain.clock import SystemClock
from studio_app.domain.date_ranges import quick_range
from studio_app.domain.errors import BackupRefused, DatabaseDamaged, DomainError
from studio_app.dto.reports import Param, ReportRequest, ReportSpec
from studio_app.runtime.backup_files import restore_database


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


def open_and_run(args: argparse.Namespace) -> int:
    """Check the database option, reach its server, open the studio (refusing a missing one
    except for demo) and run the command (the desktop app starts in cli_desktop.py)."""
    url = checked_database_url(args.db)
    if args.command == "restore":
        by = f"{getpass.getuser()} (command line)"
        return _restore(url, args.file, by, confirmed=args.yes)
    reach_server(url)
    try:
        # Only the GUI's first start (with its set-up dialog) and demo make a new studio.
        services = open_services(url, create=args.command == "demo")
    except DatabaseDamaged as damaged:
        return _damaged(args, damaged)
    try:
        return _run(args, services)
    finally:
        services.ctx.uow.engine.dispose()


def _run(args: argparse.Namespace, services: Services) -> int:
    if args.command == "demo":
        from studio_app.demo import DEMO_DESK, DEMO_OWNER, build_demo

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


def _damaged(args: argparse.Namespace, damaged: DatabaseDamaged) -> int:
    """A damaged file: `check` reports it as a problem; anything else stops with the message
    (the desktop app offers the newest backup instead: ``restore_at_start``)."""
    if args.command == "check":
        print(f"PROBLEM: {damaged.message}")
        return 1
    return _refused(damaged)


def restore_at_start(
    url: str, damaged: DatabaseDamaged, offer: Callable[[DatabaseDamaged], bool]
) -> bool:
    """The desktop app met a damaged file: ``offer`` the newest backup; whether it was
    restored (the app then starts again). If that backup is refused too, the window says why
    (``offer`` again, without a backup to restore) and the refusal is raised."""
    if not offer(damaged):
        return False
    by = f"{getpass.getuser()} (at start-up, the data file was damaged)"
    try:
        print(_restore_backup(url, Path(str(damaged.backup)), by, confirmed=True))
    except DomainError as refused:
        offer(DatabaseDamaged(f"{damaged.summary} Restoring it failed: {refused}"))
        raise
    return True


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
    from studio_app.studio_copy import copy_studio

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
