"""`studio-app check` finds tampering; two desks racing never oversell or double-charge."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import text

from studio_app.domain.errors import DomainError
from studio_app.services.container import open_services
from tests.factories import OWNER_PASSWORD, StudioFactory


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


def test_two_desks_racing_for_the_last_place(studio: StudioFactory, db_url: str, clock) -> None:  # noqa: ANN001
    svc = studio.svc
    session = studio.session_on(date(2026, 12, 8), studio.series(capacity=1))
    plan = studio.pass_plan(10)
    members = [studio.member(f"Desk{i}", "Member") for i in range(2)]
    for m in members:
        svc.memberships.sell(m, plan, date(2026, 12, 1))
    desks = [open_services(db_url, clock) for _ in members]
    for desk in desks:
        desk.staff.log_in("owner", OWNER_PASSWORD)
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def desk_signs_up(desk, member_id: int) -> None:  # noqa: ANN001
        barrier.wait()
        try:
            desk.bookings.sign_up(session, member_id)
            outcomes.append("booked")
        except DomainError as refused:
            outcomes.append(refused.rule)

    threads = [
        threading.Thread(target=desk_signs_up, args=(d, m))
        for d, m in zip(desks, members, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["booked", "capacity"]
    assert svc.schedule.session(session).booked == 1
    left = sorted(svc.profiles.profile(m).memberships[0].entries_left for m in members)
    assert left == [9, 10]
    assert svc.integrity.problems() == []
    for desk in desks:
        desk.ctx.uow.engine.dispose()


def test_a_crash_mid_action_leaves_data_as_before(studio: StudioFactory, monkeypatch) -> None:  # noqa: ANN001
    svc = studio.svc
    member = studio.member()
    svc.memberships.sell(member, studio.pass_plan(10), date(2026, 12, 1))
    session = studio.session_on(date(2026, 12, 8), studio.series())
    from studio_app.services import booking_ops

    def crash(*args, **kwargs) -> None:  # noqa: ANN002, ANN003
        raise RuntimeError("power cut")

    monkeypatch.setattr(booking_ops, "audit", crash)
    with pytest.raises(RuntimeError, match="power cut"):
        svc.bookings.sign_up(session, member)
    assert svc.profiles.profile(member).memberships[0].entries_left == 10
    assert svc.schedule.session(session).booked == 0
    assert svc.integrity.problems() == []
