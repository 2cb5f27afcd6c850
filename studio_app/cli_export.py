"""`studio-app export --out FILE.xlsx|DIR [--from D] [--to D]`: every table of the studio's data
to one Excel workbook or a folder of CSV files (see services/data_export.py).

It acts as a staff account (``--user``, default the owner) holding the ``reports`` privilege.
Each table is announced on stderr as it is written; the closing line says how many rows went
where. A refusal (no privilege, an unsupported file name, an unwritable folder) goes through
DomainError, so `studio-app` prints it and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from studio_app.cli_login import add_login_options, log_in
from studio_app.dto.exports import ExportProgress
from studio_app.services.container import Services


def iso_day(text: str) -> date:
    """A date option as YYYY-MM-DD (date.fromisoformat); anything else is an argparse error."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_export_command(commands: Any) -> None:
    """The `export` subcommand and its options."""
    export = commands.add_parser(
        "export", help="export every table to an Excel workbook or a folder of CSV files"
    )
    export.add_argument(
        "--out",
        type=Path,
        required=True,
        help="FILE.xlsx for one workbook, or a folder (new or existing) for CSV files",
    )
    export.add_argument(
        "--from",
        dest="date_from",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help="first day of bookings, ledger entries, payments and user log kept",
    )
    export.add_argument(
        "--to",
        dest="date_to",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help="last day (inclusive) of bookings, ledger entries, payments and user log kept",
    )
    add_login_options(export)


def run_export(args: argparse.Namespace, services: Services) -> int:
    log_in(services, args.user)
    result = services.exports.export(args.out, args.date_from, args.date_to, _TableLines())
    print(result.value.text)
    return 0


class _TableLines:
    """Progress on stderr: one line as each table starts."""

    def __init__(self) -> None:
        self._table = ""

    def __call__(self, progress: ExportProgress) -> bool:
        if progress.table != self._table:
            self._table = progress.table
            print(
                f"Writing {progress.table} ({progress.rows_done:,} of "
                f"{progress.rows_total:,} rows done)",
                file=sys.stderr,
            )
        return True
