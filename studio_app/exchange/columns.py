"""What an export writes: columns of a kind (text, ids, dates, money…), rows fed one at a time,
and the refusals a writer raises."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from studio_app.domain.errors import DomainError

CANCELLED = "Export cancelled: nothing was written."


class ColumnKind(enum.Enum):
    TEXT = "text"
    INTEGER = "integer"  # ids and counts
    DATE = "date"
    DATETIME = "datetime"
    MONEY = "money"  # integer cents in, a number with 2 decimals out
    BOOLEAN = "boolean"


@dataclass(frozen=True)
class Column:
    name: str
    kind: ColumnKind = ColumnKind.TEXT


class RowWriter(Protocol):
    def write(self, row: Sequence[Any]) -> None:
        """Write one row: a value per column, None for an empty cell."""


class ExportRefused(DomainError):
    """The export cannot be written (a full disk, an unwritable folder, a bad choice of file);
    nothing was written."""

    rule = "export"


class ExportCancelled(ExportRefused):
    """The user cancelled the export while it ran; what was written so far is removed."""

    rule = "export-cancelled"

    def __init__(self) -> None:
        super().__init__(CANCELLED)
