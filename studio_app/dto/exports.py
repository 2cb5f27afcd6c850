"""What an export of the studio's data reports while it runs and when it is done."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from studio_app.exchange.targets import ExportFormat


@dataclass(frozen=True)
class ExportProgress:
    """The table being written and the rows written so far, of ``rows_total`` in all tables
    (counted in the same snapshot before writing, so the bar ends at 100%)."""

    table: str
    rows_done: int
    rows_total: int


@dataclass(frozen=True)
class ExportSummary:
    """A finished export: where it went, in which format, the rows of each table (in the
    order written) and how long it took."""

    path: Path
    format: ExportFormat
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    @property
    def text(self) -> str:
        """E.g. "Exported 313,654 rows in 13 tables to studio.xlsx in 8.2 s"."""
        return (
            f"Exported {self.total_rows:,} rows in {len(self.rows)} tables to {self.path} "
            f"in {self.seconds:.1f} s"
        )
