"""The outcome of copying a studio into another database."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CopyDone:
    """Rows copied per table, and whatever `check` finds wrong in the copy (nothing, normally)."""

    rows: dict[str, int]
    problems: tuple[str, ...]

    @property
    def total(self) -> int:
        return sum(self.rows.values())
