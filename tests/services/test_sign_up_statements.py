"""A sign-up stays a handful of SQL statements (issue 15): the class, the member, the series'
terms, the studio's policy and the member's memberships are each read once, and the booking,
the credit, the ledger entry, the booked count and the user-log line are written as one
statement each. Before issue 15 the same sign-up sent 27 (the settings read twice, every lot
and membership loaded again through the ORM, a flush before nearly every query)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine, event

from tests.factories import StudioFactory

#: BEGIN IMMEDIATE; the staff member, the class (locked), the member, the series' terms, the
#: studio's settings, a live booking already there?, the memberships with their lots; INSERT
#: the booking, UPDATE the lot, INSERT the ledger entry, UPDATE the booked count, INSERT the
#: user-log line; the member's place on the waitlist, if any.
SIGN_UP_STATEMENTS = 14


@contextmanager
def statements_sent(engine: Engine) -> Iterator[list[str]]:
    """Every SQL statement sent to the database inside the block, in order."""
    sent: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(" ".join(statement.split()))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", record)


@pytest.mark.sqlite_only("counts what SQLite is sent; PostgreSQL adds its writer lock's statements")
def test_a_sign_up_paid_by_a_pass_sends_at_most_14_statements(studio: StudioFactory) -> None:
    svc = studio.svc
    member = studio.member("Peter", "Parker")
    svc.memberships.sell(member, studio.pass_plan(10), date(2026, 12, 1))
    session = studio.session_on(date(2026, 12, 8), studio.series())

    with statements_sent(svc.ctx.uow.engine) as sent:
        svc.bookings.sign_up(session, member)

    listing = "\n".join(f"  {statement[:110]}" for statement in sent)
    assert len(sent) <= SIGN_UP_STATEMENTS, (
        f"a sign-up paid by a pass sent {len(sent)} SQL statements, more than the "
        f"{SIGN_UP_STATEMENTS} it needs (issue 15; it was 27 before):\n{listing}"
    )
    profile = svc.profiles.profile(member)
    assert (profile.memberships[0].entries_left, profile.active_signups) == (9, 1)
