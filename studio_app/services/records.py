"""Shared write helpers: loading rows or refusing, and writing audit entries."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from studio_app.domain.errors import NotFound
from studio_app.models import AuditEntry
from studio_app.services.context import ServiceContext

T = TypeVar("T")


def load(session: Session, model: type[T], ident: int, what: str, *, for_update: bool = False) -> T:
    """The row, or a refusal naming it. ``for_update`` locks it for the unit of work (a row
    lock on PostgreSQL, against writers from outside the app; the app's own writers already run
    one at a time, see db/engine.py)."""
    row = session.get(model, ident, with_for_update=for_update)
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
