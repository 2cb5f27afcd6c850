"""What an operation changed, so each view reloads only what it shows (Anki's OpChanges)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


class Change(enum.StrEnum):
    STUDIO = "studio"
    STAFF = "staff"
    MEMBERS = "members"
    PLANS = "plans"
    MEMBERSHIPS = "memberships"
    SCHEDULE = "schedule"
    BOOKINGS = "bookings"
    CREDITS = "credits"
    PAYMENTS = "payments"
    PRODUCTS = "products"
    BACKUPS = "backups"


@dataclass(frozen=True)
class Result(Generic[T]):
    """The value an action produced (often a new id) plus the set of things it changed.
    ``message`` says what was done; ``warning`` a problem that came with the success (the action
    stands, but the desk must see it: a waiting member who could not be promoted)."""

    value: T
    changes: frozenset[Change] = field(default_factory=frozenset)
    message: str = ""
    warning: str = ""
