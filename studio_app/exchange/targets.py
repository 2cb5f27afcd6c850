"""Where an export writes: the format its target path asks for (checked on the command line
before anything is opened, and again by the export service)."""

from __future__ import annotations

import enum
from pathlib import Path

from studio_app.exchange.columns import ExportRefused


class ExportFormat(enum.StrEnum):
    XLSX = "xlsx"  # one workbook, a sheet a table
    CSV = "csv"  # a folder, a CSV file a table

    @property
    def label(self) -> str:
        return {"xlsx": "Excel workbook (.xlsx)", "csv": "Folder of CSV files"}[self.value]


def export_format(out: Path) -> ExportFormat:
    """A workbook for a path ending in .xlsx; CSV files for a folder (an existing one, or a
    new path without a suffix); anything else is refused, naming the choices, and so is a path
    the system cannot even look at (a name too long)."""
    try:
        folder, exists = out.is_dir(), out.exists()
    except OSError as error:
        raise ExportRefused(f"Cannot export to {out}: {error.strerror or error}.") from error
    if out.suffix.lower() == ".xlsx" and not folder:
        return ExportFormat.XLSX
    if folder or (not out.suffix and not exists):
        return ExportFormat.CSV
    raise ExportRefused(
        f"Cannot export to {out}: choose a file ending in .xlsx (an Excel workbook) or a folder "
        "(a CSV file for each table)."
    )
