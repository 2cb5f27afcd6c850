"""The rejected rows of an import, saved as a CSV file to fix and import again."""

from __future__ import annotations

import csv
import os
import tempfile
from contextlib import suppress
from pathlib import Path

from studio_app.domain.errors import ImportRefused
from studio_app.exchange.preview import ImportPreview, RowAction
from studio_app.exchange.table import SourceTable


def write_rejected(table: SourceTable, preview: ImportPreview, path: Path) -> Path:
    """Write the rejected rows to ``path``: a "Line" column with each row's line in the
    original file, the original columns as they were read, and a "Reason" column.

    The file is UTF-8 with a byte-order mark (so Excel shows "Ł" as "Ł"), comma-delimited, and
    reads back as an import file once its rows are fixed. It is written to a temporary file
    beside ``path`` and then moved into place, so a failed write leaves no half file; a
    folder that cannot be written refuses with the reason."""
    rejected = [row for row in preview.rows if row.action is RowAction.REJECT]
    temporary: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "w",
            encoding="utf-8-sig",
            errors="replace",  # half a character (a lone surrogate) is written as "?"
            newline="",
            dir=path.parent,
            prefix=f".{path.name}.",
            suffix=".tmp",
            delete=False,
        ) as file:
            temporary = Path(file.name)
            writer = csv.writer(file)
            writer.writerow(["Line", *table.headers, "Reason"])
            writer.writerows([row.line, *row.cells, row.reason_text] for row in rejected)
        os.replace(temporary, path)
    except OSError as error:
        raise ImportRefused(
            f"The rejected rows could not be saved to {path}: {error.strerror or error}."
        ) from error
    finally:
        if temporary is not None:
            with suppress(OSError):
                temporary.unlink(missing_ok=True)  # gone already once moved into place
    return path
