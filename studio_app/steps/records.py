"""Shared write helpers: loading rows or refusing, reading plain rows fast, and writing audit
entries."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import Executable, Row, Select, insert
from sqlalchemy.orm import Session

from studio_app.domain.bounds import check_id
from studio_app.domain.errors import NotFound
from studio_app.models import AuditEntry
from studio_app.runtime.context import ServiceContext

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
        raise _missing(what, ident)
    return row


def load_by(session: Session, statement: Select[tuple[T]], ident: int, what: str) -> T:
    """``load`` through a query built once that selects the entity whose id is the bound
    parameter ``id`` (``session.get`` builds its query anew at every call; a hot path, the
    sign-up, loads this way); the same refusal for a missing row or an id out of range."""
    row = session.scalars(statement, {"id": check_id(ident, what.lower())}).first()
    if row is None:
        raise _missing(what, ident)
    return row


def _missing(what: str, ident: int) -> NotFound:
    return NotFound(f"{what} #{ident} does not exist (it may have been deleted at another desk).")


def plain_rows(
    session: Session, statement: Executable, params: Mapping[str, Any]
) -> Sequence[Row[Any]]:
    """The rows of a query of plain columns (no entities), run on the unit of work's connection
    without the ORM's layer (its per-query autoflush and entity handling cost more than SQLite's
    own work): hot paths such as a sign-up read this way. Changes pending in the session are
    flushed first, as autoflush would, so the rows include them."""
    session.flush()
    return session.connection().execute(statement, params).all()


def streamed_rows(
    session: Session, statement: Executable, params: Mapping[str, Any]
) -> Iterator[Row[Any]]:
    """``plain_rows`` one at a time, each let go once the caller has read it: for lists of
    thousands of rows (a report, the desk's due list), which held all at once set the garbage
    collector going twice as often while they are turned into what the caller returns."""
    session.flush()
    return iter(session.connection().execute(statement, params))


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
    by = None if automatic else ctx.acting().staff_id
    session.add(AuditEntry(**_audit_line(ctx, action, member_id, membership_id, entries_after, by)))


_ADD_AUDIT_LINE = insert(AuditEntry)


def audit_at_once(
    session: Session,
    ctx: ServiceContext,
    *,
    by: int,
    action: str,
    member_id: int | None = None,
    membership_id: int | None = None,
    entries_after: int | None = None,
) -> None:
    """``audit`` by staff member ``by`` (the acting one, checked by the caller in this unit of
    work), written at once as one INSERT with no ORM object to flush (flushing one new object
    costs several times its INSERT): for a hot path whose other writes are plain statements
    too, a sign-up."""
    line = _audit_line(ctx, action, member_id, membership_id, entries_after, by)
    session.connection().execute(_ADD_AUDIT_LINE, line)


def _audit_line(
    ctx: ServiceContext,
    action: str,
    member_id: int | None,
    membership_id: int | None,
    entries_after: int | None,
    by: int | None,
) -> dict[str, Any]:
    """The columns of one user-log line, written by staff member ``by`` (None: the app)."""
    return {
        "at": ctx.clock.utcnow(),
        "staff_id": by,
        "member_id": member_id,
        "membership_id": membership_id,
        "action": action,
        "entries_after": entries_after,
    }


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
