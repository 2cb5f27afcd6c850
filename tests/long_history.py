"""A member whose booking history and user log are longer than a page of the profile."""

from __future__ import annotations

from datetime import date

from tests.factories import StudioFactory


def member_with_long_history(studio: StudioFactory, rounds: int = 55) -> int:
    """Lena Long, with a 10-session pass, signed up for Tuesday 8 December's class and signed out
    again ``rounds`` times: ``rounds`` bookings in her history (all "signed out") and
    2 × ``rounds`` + 2 lines in her user log (created, bought, then each sign-up and sign-out)."""
    svc = studio.svc
    lena = studio.member("Lena", "Long")
    svc.memberships.sell(lena, studio.pass_plan(10), date(2026, 12, 1))
    session = studio.session_on(date(2026, 12, 8), studio.series())
    for _ in range(rounds):
        svc.bookings.sign_out(svc.bookings.sign_up(session, lena).value)
    return lena
