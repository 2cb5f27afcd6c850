"""The studio's activity log (Settings → Activity log): every user-log line, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ActivityRow:
    """One user-log line: when (UTC, as stored), who, about which member (if any), what."""

    id: int
    at: datetime
    #: The staff member who acted; "Automatic" for the app's own lines (scheduled credits,
    #: expiries, an account locked after wrong passwords).
    staff_name: str
    member_id: int | None
    #: "" when the line is about no member (staff accounts, plans, products, restores, imports).
    member_name: str
    action: str


@dataclass(frozen=True)
class ActivityCursor:
    """Where the next, older page starts: the oldest line shown so far."""

    at: datetime
    entry_id: int


@dataclass(frozen=True)
class ActivityPage:
    """One page of lines, newest first, and where the older ones continue (None: none left
    in the date range)."""

    rows: tuple[ActivityRow, ...]
    older: ActivityCursor | None
