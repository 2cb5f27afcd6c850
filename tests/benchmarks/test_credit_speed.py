"""Credit work on the 20,000-member, one-year demo studio: the start-up "catch up to today"
(run when nothing is due, as on most starts, and on the following day, when batches come
due and lots expire) and opening a member's Credits tab report. Printed with -s."""

from __future__ import annotations

import time
from datetime import timedelta

from sqlalchemy import select

from studio_app.domain.clock import FixedClock
from studio_app.models import CreditLot
from studio_app.services.container import Services
from tests.benchmarks.test_desk_speed import _median_ms


def test_catch_up_and_credit_report(big_studio: Services) -> None:
    clock = big_studio.ctx.clock
    assert isinstance(clock, FixedClock)
    idle = _median_ms(big_studio.credit_schedule.catch_up, runs=5)
    clock.advance_to(clock.now() + timedelta(days=1))
    started = time.perf_counter()
    done = big_studio.credit_schedule.catch_up().value
    next_day = (time.perf_counter() - started) * 1000
    with big_studio.ctx.uow.read() as uow:
        member = uow.session.scalar(
            select(CreditLot.member_id).where(CreditLot.source == "scheduled").limit(1)
        )
    report = _median_ms(lambda: big_studio.credits.report(member), runs=20)
    print(
        f"\ncatch-up with nothing due: {idle:.1f} ms; next day ({done.lots_issued} batches, "
        f"{done.credits_expired} credits expired): {next_day:.1f} ms; "
        f"credit report: {report:.1f} ms"
    )
    assert idle < 2000 and report < 100
    assert big_studio.credit_schedule.catch_up().value.lots_issued == 0
