"""Shared write helpers: loading rows or refusing, and writing audit entries."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from sqlalchemy.orm import Session

from studio_app.domain.bounds import check_id
from studio_app.domain.errors import NotFound
from studio_app.models import AuditEntry
from studio_app.services.context import ServiceContext

T = TypeVar("T")

#: How an empty value reads in a user-log line ("email (none) → b@x.pl").
NONE_TEXT = "(none)"
#: A changed value longer than this is cut with "…" in the log line (a long note stays whole on
#: the record; the log line says what changed and how it began).
MAX_VALUE_CHARS = 120


def load(session: Session, model: type[T], ident: int, what: str, *, for_update: bool = False) -> T:
    """The row, or a refusal naming it. ``for_update`` locks it for the unit of work (a row
    lock on PostgreSQL, against writers from outside the app; the app's own writers already run
    one at a time, see db/engine.py). An id outside 1 … 2**63 − 1 is refused the same way."""
    row = session.get(model, check_id(ident, what.lower()), with_for_update=for_update)
    if row is None:
        raise NotFound(
            f"{what} #{ident} does not exist (it may have been deleted at another desk)."
        )
    return row


def audit(
    session: Session,
    ctx: ServiceContext,
    *,
    action: str,
    member_id: int | None = None,
    membership_id: int | None = None,
    entries_after: int | None = None,
    automatic: bool = False,
) -> None:
    """Append one user-log line recording who did what (and entries available after it);
    ``automatic`` lines (scheduled grants, expiries) are the app's own, with no staff member."""
    session.add(
        AuditEntry(
            at=ctx.clock.utcnow(),
            staff_id=None if automatic else ctx.acting().staff_id,
            member_id=member_id,
            membership_id=membership_id,
            action=action,
            entries_after=entries_after,
        )
    )


def _value_text(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        return NONE_TEXT
    if len(value) > MAX_VALUE_CHARS:
        return value[: MAX_VALUE_CHARS - 1].rstrip() + "…"
    return value


def changes_text(fields: Iterable[tuple[str, str, str]]) -> str:
    """What an edit changed, as the user log reads it: each ``(field, before, after)`` whose
    values differ, in the order given, as "phone 600 100 200 → 600 100 300; email a@x.pl →
    b@x.pl". Unchanged fields are left out (an edit that changed nothing gives ""); an empty
    value reads "(none)" and a value over 120 characters is shortened with "…". Callers never
    pass a password: a password change is logged as words only."""
    return "; ".join(
        f"{name} {_value_text(before)} → {_value_text(after)}"
        for name, before, after in fields
        if before != after
    )
