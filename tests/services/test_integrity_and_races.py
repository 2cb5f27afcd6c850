"""`studio-app check` finds tampering; two desks racing never oversell or double-charge.

The races run two desks (each its own engine, as two computers would) in two threads that pass a
barrier together, and each desk pauses between its check and its write, so that without the
database's locking both checks would pass before either write.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from studio_app.container import Services, open_services
from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import DomainError
from studio_app.steps import booking_ops, server_checks
from tests.factories import OWNER_PASSWORD, StudioFactory

PAUSE_SECONDS = 0.2


def test_check_passes_on_consistent_data_and_names_a_wrong_balance(studio: StudioFactory) -> None:
    svc = studio.svc
    member = studio.member()
    svc.memberships.sell(member, studio.pass_plan(10), date(2026, 12, 1))
    svc.bookings.sign_up(studio.session_on(date(2026, 12, 8), studio.series()), member)
    assert svc.integrity.problems() == []
    with svc.ctx.uow() as uow:
        uow.session.execute(text("UPDATE credit_lots SET remaining = 12"))
        uow.commit()
    assert svc.integrity.problems() == [
        "Credit lot #1 of member #1 shows 12 left but its ledger sums to 9."
    ]


def test_check_names_a_class_over_capacity_a_wrong_count_and_a_negative_lot(
    studio: StudioFactory,
) -> None:
    svc = studio.svc
    member = studio.member()
    svc.memberships.sell(member, studio.pass_plan(10), date(2026, 12, 1))
    session_id = studio.session_on(date(2026, 12, 8), studio.series())
    svc.bookings.sign_up(session_id, member)
    with svc.ctx.uow() as uow:
        uow.session.execute(
            text("UPDATE class_sessions SET capacity = 0, booked_count = 3 WHERE id = :id"),
            {"id": session_id},
        )
        uow.session.execute(text("UPDATE ledger_entries SET amount = -20 WHERE amount < 0"))
        uow.session.execute(text("UPDATE credit_lots SET remaining = -10"))
        uow.commit()
    problems = svc.integrity.problems()
    assert problems[:2] == [
        f"Class session #{session_id} (Vinyasa Flow 2026-12-08 18:00:00) has 1 bookings for "
        "0 places.",
        f"Class session #{session_id} shows 3 booked but has 1 live bookings.",
    ]
    assert problems[2:] == ["Credit lot #1 of member #1 is negative (-10)."]


def test_check_names_a_reference_to_a_row_that_is_gone(studio: StudioFactory, db_url: str) -> None:
    """A row that got past the foreign keys (a hand edit or a bad restore: SQLite with its
    check off, PostgreSQL replaying rows as a replica) is named the same way on both."""
    svc = studio.svc
    member = studio.member()
    svc.memberships.sell(member, studio.pass_plan(10), date(2026, 12, 1))
    svc.bookings.sign_up(studio.session_on(date(2026, 12, 8), studio.series()), member)
    outside_the_app = create_engine(db_url)
    with outside_the_app.begin() as c:
        if c.dialect.name == "postgresql":
            c.execute(text("SET LOCAL session_replication_role = replica"))
        c.execute(text("UPDATE bookings SET member_id = 999"))
    outside_the_app.dispose()
    assert svc.integrity.problems() == ["Broken reference in table bookings (row 1) to members."]


def test_check_says_which_checks_a_database_server_skips(studio: StudioFactory) -> None:
    """SQLite runs every check; on PostgreSQL the file check is skipped, saying so."""
    skipped = studio.svc.integrity.skipped_checks()
    if studio.svc.ctx.uow.engine.dialect.name == "sqlite":
        assert skipped == []
    else:
        assert skipped == [server_checks.STORAGE_CHECK_SKIPPED]
        assert "pg_amcheck" in skipped[0]


def _pause_after(function: Callable[..., Any]) -> Callable[..., Any]:
    def paused(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        time.sleep(PAUSE_SECONDS)
        return result

    return paused


def _two_desks_at_once(
    db_url: str, clock: FixedClock, actions: list[Callable[[Services], object]]
) -> list[str]:
    """Run each action at its own desk, both at once; "done" or the rule that refused each."""
    desks = [open_services(db_url, clock) for _ in actions]
    for desk in desks:
        desk.staff.log_in("owner", OWNER_PASSWORD)
    outcomes: list[str] = []
    barrier = threading.Barrier(len(actions))

    def at_desk(desk: Services, action: Callable[[Services], object]) -> None:
        barrier.wait()
        try:
            action(desk)
            outcomes.append("done")
        except DomainError as refused:
            outcomes.append(refused.rule)

    threads = [
        threading.Thread(target=at_desk, args=(desk, action))
        for desk, action in zip(desks, actions, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for desk in desks:
        desk.ctx.uow.engine.dispose()
    return sorted(outcomes)


def test_two_desks_racing_for_the_last_place(
    studio: StudioFactory, db_url: str, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The class session is locked before its places are counted, so the second desk counts
    after the first has booked (seed 000: a class is never oversold)."""
    svc = studio.svc
    session = studio.session_on(date(2026, 12, 8), studio.series(capacity=1))
    plan = studio.pass_plan(10)
    members = [studio.member(f"Desk{i}", "Member") for i in range(2)]
    for m in members:
        svc.memberships.sell(m, plan, date(2026, 12, 1))
    monkeypatch.setattr(booking_ops, "lock_session", _pause_after(booking_ops.lock_session))
    outcomes = _two_desks_at_once(
        db_url, clock, [lambda desk, m=m: desk.bookings.sign_up(session, m) for m in members]
    )
    assert outcomes == ["capacity", "done"]
    assert svc.schedule.session(session).booked == 1
    left = sorted(svc.profiles.profile(m).memberships[0].entries_left for m in members)
    assert left == [9, 10]
    assert svc.integrity.problems() == []


def test_two_desks_spending_the_last_credit_on_two_classes(
    studio: StudioFactory, db_url: str, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two desks sign one member up for two different classes with the pass's last session:
    no single class session lock covers both, yet one is booked and the other refused, and the
    lot's balance still equals its ledger (SPEC §4: a lot never goes negative)."""
    svc = studio.svc
    member = studio.member()
    svc.memberships.sell(member, studio.pass_plan(1), date(2026, 12, 1))
    sessions = [
        studio.session_on(date(2026, 12, 8), studio.series(name))
        for name in ("Vinyasa Flow", "Power Yoga")
    ]
    monkeypatch.setattr(booking_ops, "choose", _pause_after(booking_ops.choose))
    outcomes = _two_desks_at_once(
        db_url, clock, [lambda desk, s=s: desk.bookings.sign_up(s, member) for s in sessions]
    )
    assert outcomes == ["done", "no-paying-membership"]
    assert sorted(svc.schedule.session(s).booked for s in sessions) == [0, 1]
    assert svc.profiles.profile(member).memberships[0].entries_left == 0
    assert svc.integrity.problems() == []


def test_a_crash_mid_action_leaves_data_as_before(studio: StudioFactory, monkeypatch) -> None:  # noqa: ANN001
    svc = studio.svc
    member = studio.member()
    svc.memberships.sell(member, studio.pass_plan(10), date(2026, 12, 1))
    session = studio.session_on(date(2026, 12, 8), studio.series())

    def crash(*args, **kwargs) -> None:  # noqa: ANN002, ANN003
        raise RuntimeError("power cut")

    # The user-log line is the sign-up's last write: the booking, the credit, the ledger entry
    # and the booked count are already in the transaction when the power goes.
    monkeypatch.setattr(booking_ops, "audit_at_once", crash)
    with pytest.raises(RuntimeError, match="power cut"):
        svc.bookings.sign_up(session, member)
    assert svc.profiles.profile(member).memberships[0].entries_left == 10
    assert svc.schedule.session(session).booked == 0
    assert svc.integrity.problems() == []
