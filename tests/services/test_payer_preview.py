"""The payer preview of the attendance panel's name suggestions: for each member, the membership a
sign-up would charge and what it has left, or the reason it would refuse — the sign-up's own
rules, in one read unit of work."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date

import pytest

from studio_app.domain.bounds import MAX_PREVIEWED_MEMBERS
from studio_app.domain.errors import NoPayingMembership, NotFound, ValidationError
from studio_app.domain.plans import PlanKind
from studio_app.domain.restrictions import Period, Restriction
from studio_app.dto.attendance import PayerPreview
from tests.factories import StudioFactory

TUE = date(2026, 12, 1)


def _sold(studio: StudioFactory, first: str, last: str, plan: int, starts_on: date = TUE) -> int:
    member = studio.member(first, last)
    studio.svc.memberships.sell(member, plan, starts_on)
    return member


def test_the_preview_names_what_the_sign_up_charges_or_the_reason_it_refuses(
    studio: StudioFactory,
) -> None:
    svc = studio.svc
    series = studio.series(weekdays=frozenset({1, 3}))
    tuesday, thursday = studio.session_on(TUE, series), studio.session_on(date(2026, 12, 3), series)
    zoe = _sold(studio, "Zoë", "Martin", studio.pass_plan(10))
    svc.bookings.sign_up(thursday, zoe)
    monthly = _sold(studio, "Ana", "Nowak", studio.time_plan())
    lukasz = studio.member("Łukasz", "Żółć")  # no membership at all
    spent = _sold(studio, "Spent", "Pass", studio.pass_plan(1, name="Single visit"))
    svc.bookings.sign_up(thursday, spent)
    later = _sold(studio, "Later", "Start", studio.pass_plan(5), starts_on=date(2027, 1, 4))
    once = studio.plan("Once a month", PlanKind.TIME_BASED, Restriction(1, Period.MONTH))
    limited = _sold(studio, "Once", "Monthly", once)
    svc.bookings.sign_up(thursday, limited)
    members = [zoe, monthly, lukasz, spent, later, limited]

    previews = svc.bookings.payer_previews(tuesday, [*members, 987_654])

    assert list(previews) == members  # in the order asked; a member that does not exist is left out
    assert previews[zoe] == PayerPreview(zoe, payer="10-session pass, 9 left")
    assert previews[monthly].payer == "Monthly unlimited, until 31 Dec"
    assert previews[lukasz] == PayerPreview(lukasz, refusal="no membership")
    assert previews[spent].refusal == "'Single visit' has 0 of 1 sessions left"
    assert previews[later].refusal.startswith("'5-session pass' is valid 4 Jan")
    assert previews[later].refusal.endswith("2027, not on 1 Dec 2026")
    assert previews[limited].refusal.startswith("'Once a month': ")
    for member, preview in previews.items():  # the sign-up agrees with every preview
        if preview.can_pay:
            svc.bookings.sign_up(tuesday, member)
            [row] = [a for a in svc.bookings.attendance(tuesday).attendees if a.member_id == member]
            assert preview.payer.startswith(f"{row.membership}, ")
        else:
            with pytest.raises(NoPayingMembership) as refused:
                svc.bookings.sign_up(tuesday, member)
            assert (preview.refusal if member != lukasz else "has no membership") in str(
                refused.value
            )


def test_one_read_unit_of_work_for_all_the_suggestions(
    studio: StudioFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    uow = studio.svc.ctx.uow
    members = [_sold(studio, "Zoë", f"Nr {n}", studio.pass_plan(10)) for n in range(3)]
    session = studio.session_on(TUE, studio.series())
    opened: list[str] = []
    read = uow.read

    def counted() -> AbstractContextManager:
        opened.append("read")
        return read()

    monkeypatch.setattr(uow, "read", counted)
    previews = studio.svc.bookings.payer_previews(session, members)
    assert opened == ["read"]
    assert all(p.payer == "10-session pass, 10 left" for p in previews.values())


def test_the_preview_refuses_too_many_members_and_bad_ids(studio: StudioFactory) -> None:
    session = studio.session_on(TUE, studio.series())
    with pytest.raises(ValidationError, match="The number of members must be 0 to 50"):
        studio.svc.bookings.payer_previews(session, [1] * (MAX_PREVIEWED_MEMBERS + 1))
    with pytest.raises(NotFound, match="No member with id 0"):
        studio.svc.bookings.payer_previews(session, [0])
    with pytest.raises(NotFound, match="Class session #999 does not exist"):
        studio.svc.bookings.payer_previews(999, [])
