"""The table of Settings → Activity log: when, which staff member, which member (if any) and
what, newest first as the service lists them; "Show older…" appends the next page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import QModelIndex

from studio_app.domain.formats import stored_moment_text
from studio_app.dto.activity_log import ActivityRow
from studio_app.gui.qtmodels.rows import AlignedRowsModel

WHEN, STAFF, MEMBER, WHAT = range(4)


class ActivityLogModel(AlignedRowsModel[ActivityRow]):
    COLUMNS: ClassVar = (
        ("When", lambda r: stored_moment_text(r.at)),
        ("Staff", lambda r: r.staff_name),
        ("Member", lambda r: r.member_name),
        ("What", lambda r: r.action),
    )

    def append_rows(self, rows: Sequence[ActivityRow]) -> None:
        """Add older lines below those shown, keeping the desk's place in the table."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
