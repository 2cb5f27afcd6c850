"""What an operation changed, so each view reloads only what it shows (Anki's OpChanges)."""

from __future__ import annotations

import enum
from collections.abc import Iterable
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


#: The kind of change a write to each table is (table names as in models/). The user log
#: (``audit_entries``) is no kind of its own: every line of it comes with what it logs.
TABLE_CHANGES: dict[str, Change] = {
    "studio_settings": Change.STUDIO,
    "staff": Change.STAFF,
    "members": Change.MEMBERS,
    "plans": Change.PLANS,
    "plan_credit_grants": Change.PLANS,
    "plan_package_items": Change.PLANS,
    "plan_restrictions": Change.PLANS,
    "memberships": Change.MEMBERSHIPS,
    "membership_credit_grants": Change.MEMBERSHIPS,
    "membership_holds": Change.MEMBERSHIPS,
    "membership_restrictions": Change.MEMBERSHIPS,
    "installments": Change.MEMBERSHIPS,
    "class_series": Change.SCHEDULE,
    "class_sessions": Change.SCHEDULE,
    "session_rules": Change.SCHEDULE,
    "bookings": Change.BOOKINGS,
    "waitlist_entries": Change.BOOKINGS,
    "credit_lots": Change.CREDITS,
    "ledger_entries": Change.CREDITS,
    "payments": Change.PAYMENTS,
    "products": Change.PRODUCTS,
}
#: Tables whose writes are no change a view reloads for.
UNANNOUNCED_TABLES = frozenset({"audit_entries"})


def changes_of(tables: Iterable[str]) -> frozenset[Change]:
    """What writing ``tables`` changed, as the views understand it (a table the app does not
    know, e.g. SQLite's own, changes nothing shown)."""
    return frozenset(TABLE_CHANGES[t] for t in tables if t in TABLE_CHANGES)


@dataclass(frozen=True)
class Result(Generic[T]):
    """The value an action produced (often a new id) plus the set of things it changed.
    ``message`` says what was done; ``warning`` a problem that came with the success (the action
    stands, but the desk must see it: a waiting member who could not be promoted)."""

    value: T
    changes: frozenset[Change] = field(default_factory=frozenset)
    message: str = ""
    warning: str = ""
