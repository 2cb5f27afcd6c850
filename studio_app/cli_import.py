"""`studio-app import members FILE`: bring members and their balances in from another system.

Without ``--yes`` nothing is written: the preview's counts, the rejected rows with their reasons
and the rows with warnings are printed (``--dry-run`` says so explicitly). ``--mapping`` applies
a column mapping saved in the import wizard; otherwise columns and plans are recognised by name.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio_app.cli_args import out_file
from studio_app.cli_login import add_login_options, log_in
from studio_app.domain.errors import ImportRefused
from studio_app.exchange.encodings import ENCODINGS
from studio_app.exchange.fields import DateOrder, Field, OnExisting
from studio_app.exchange.mapping import guess_fields, guess_plan_ids, load_mapping, plan_names
from studio_app.exchange.preview import ColumnMapping, ImportPreview, RowStatus
from studio_app.exchange.table import SourceTable

if TYPE_CHECKING:
    from studio_app.container import Services

#: Rows listed on the terminal per kind (rejected, warnings); the rest are counted.
LISTED = 50


def add_import_command(commands: Any) -> None:
    """The `import members` subcommand and its options."""
    imports = commands.add_parser("import", help="import members (and balances) from a file")
    kinds = imports.add_subparsers(dest="what", required=True)
    members = kinds.add_parser("members", help="members from a CSV or .xlsx file")
    members.add_argument("file", type=Path, help="the CSV (any delimiter) or .xlsx file")
    members.add_argument("--mapping", type=Path, help="a column mapping saved in the wizard")
    members.add_argument("--encoding", choices=list(ENCODINGS), help="default: detected")
    members.add_argument(
        "--date-order", choices=[o.value for o in DateOrder], help="default: detected"
    )
    members.add_argument(
        "--update-existing",
        action="store_true",
        help="update members already on file (matched by card code, then email); default: skip",
    )
    members.add_argument(
        "--rejected", type=out_file(".csv"), help="save the rejected rows to this CSV file"
    )
    how = members.add_mutually_exclusive_group()
    how.add_argument("--dry-run", action="store_true", help="only show the preview")
    how.add_argument("--yes", action="store_true", help="import the accepted rows")
    add_login_options(members)


def run_import(args: argparse.Namespace, services: Services) -> int:
    log_in(services, args.user)
    table = services.imports.read(args.file, args.encoding)
    mapping = _mapping(args, services, table)
    preview = services.imports.preview(table, mapping)
    _print_preview(preview, mapping)
    if args.rejected and preview.rejected:
        saved = services.imports.save_rejected(table, preview, args.rejected)
        print(f"Rejected rows saved to {saved}")
    if not args.yes:
        if not args.dry_run:
            print("Nothing was written. Run again with --yes to import the accepted rows.")
        return 0 if args.dry_run else 1
    if preview.ambiguous_date_columns and mapping.date_order is None:
        raise ImportRefused(
            f"Dates in {', '.join(preview.ambiguous_date_columns)} could be day/month or "
            "month/day: give --date-order dmy or mdy. Nothing was written."
        )
    print(services.imports.run(table, mapping).message)
    return 0


def _mapping(args: argparse.Namespace, services: Services, table: SourceTable) -> ColumnMapping:
    """The saved mapping, or the columns and plans recognised by name; options override."""
    headers = table.headers
    if args.mapping:
        mapping = load_mapping(args.mapping, headers)
    else:
        fields = guess_fields(headers)
        names = plan_names(table, fields) if Field.PLAN in fields else ()
        mapping = ColumnMapping(fields, plans=guess_plan_ids(names, services.imports.plans()))
    if args.date_order:
        mapping = replace(mapping, date_order=DateOrder(args.date_order))
    if args.update_existing:
        mapping = replace(mapping, on_existing=OnExisting.UPDATE)
    return mapping


def _print_preview(preview: ImportPreview, mapping: ColumnMapping) -> None:
    used = [
        f"{header} → {field.label}"
        for header, field in zip(preview.headers, mapping.fields, strict=False)
        if field is not Field.IGNORE
    ]
    print(f"Columns: {', '.join(used) or 'none recognised (give --mapping)'}")
    print(f"{preview.file_name}: {preview.summary()}")
    if not preview.encoding_certain:
        print(
            f"note: the text encoding was guessed ({preview.encoding}); check the names, or "
            "give --encoding."
        )
    if preview.ambiguous_date_columns:
        print(
            f"note: dates in {', '.join(preview.ambiguous_date_columns)} could be day/month or "
            f"month/day; read as {preview.date_order.label if preview.date_order else 'unknown'}"
            " (give --date-order)."
        )
    for status, title in ((RowStatus.ERROR, "Rejected"), (RowStatus.WARNING, "Warning")):
        rows = [r for r in preview.rows if r.status is status]
        for row in rows[:LISTED]:
            print(f"{title}: line {row.line}: {row.reason_text}")
        if len(rows) > LISTED:
            print(f"... and {len(rows) - LISTED} more {title.lower()} rows.")
