"""The backups table of Settings → Backups: when each backup was made, why (daily, by hand,
before a restore or an upgrade), its size and its file name, newest first as the service
lists them."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from studio_app.dto.backups import BackupRow
from studio_app.gui.qtmodels.rows import AlignedRowsModel

MADE, KIND, SIZE, FILE = range(4)


class BackupTableModel(AlignedRowsModel[BackupRow]):
    COLUMNS: ClassVar = (
        ("Made", lambda b: b.made_text),
        ("Kind", lambda b: b.kind.label),
        ("Size", lambda b: b.size_text),
        ("File", lambda b: b.path.name),
    )
    RIGHT_ALIGNED: ClassVar = frozenset({SIZE})

    def row_of(self, path: Path) -> int:
        """The table row showing the backup at ``path``, or -1."""
        return next((i for i, b in enumerate(self._rows) if b.path == path), -1)
