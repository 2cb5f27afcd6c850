"""`studio-app export --out FILE.xlsx|DIR [--from D] [--to D]`: every table of the studio's data
to one Excel workbook or a folder of CSV files (see services/exports.py).

It acts as a staff account (``--user``, default the owner) holding the ``reports`` privilege.
Each table is announced on stderr as it is written; the closing line says how many rows went
where. An unsupported file name, a folder that does not exist or a date that is not one is
refused while the arguments are read (cli_args.py); a refusal while exporting (no privilege, an
unwritable folder) is a DomainError. Either way `studio-app` prints one line and exits 2
(cli_errors.py).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from studio_app.cli_args import day, out_folder_or_workbook
from studio_app.cli_login import add_login_options, log_in
from studio_app.dto.exports import ExportProgress

if TYPE_CHECKING:
    from studio_app.container import Services


def add_export_command(commands: Any) -> None:
    """The `export` subcommand and its options."""
    export = commands.add_parser(
        "export", help="export every table to an Excel workbook or a folder of CSV files"
    )
    export.add_argument(
        "--out",
        type=out_folder_or_workbook,
        required=True,
        help="FILE.xlsx for one workbook, or a folder (new or existing) for CSV files",
    )
    export.add_argument(
        "--from",
        dest="date_from",
        type=day,
        metavar="YYYY-MM-DD",
        help="first day of bookings, ledger entries, payments and user log kept",
    )
    export.add_argument(
        "--to",
        dest="date_to",
        type=day,
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
