"""Members, search, staff accounts and privileges."""

from __future__ import annotations

from datetime import date

import pytest

from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import AuthenticationFailed, PermissionDenied, ValidationError
from studio_app.domain.plans import PlanKind
from studio_app.domain.privileges import Privilege
from studio_app.dto.members import MemberInput
from studio_app.dto.plans import PlanInput
from tests.factories import StudioFactory


def test_search_by_any_part_of_name_email_phone_or_card(studio: StudioFactory) -> None:
    svc = studio.svc
    studio.member(
        "Peter", "Parker", email="peter@dailybugle.com", phone="+1 555 0101", card_code="A100"
    )
    studio.member("Mary", "Watson", email="mj@example.com", phone="+1 555 0202")
    names = lambda text: [r.full_name for r in svc.members.search(text)]  # noqa: E731
    assert names("park") == ["Peter Parker"]
    assert names("bugle") == ["Peter Parker"]
    assert names("5550202") == ["Mary Watson"]
    assert names("a100") == ["Peter Parker"]
    assert names("watson mary") == ["Mary Watson"]
    assert names("%") == []


def test_long_text_is_kept_whole_on_every_database(studio: StudioFactory) -> None:
    """Text columns are never cut or refused by the database: a 100-character last name (the
    column is declared 80 wide, which SQLite never enforces) and a long waitlist note are kept
    as written on PostgreSQL too."""
    svc = studio.svc
    long_name = "Wolfeschlegelsteinhausenbergerdorff" * 3
    member = studio.member("Hubert", long_name[:100])
    assert [r.full_name for r in svc.members.search("wolfe")] == [f"Hubert {long_name[:100]}"]
    session = studio.session_on(date(2026, 12, 8), studio.series(capacity=1))
    holder = studio.member()
    svc.memberships.sell(holder, studio.pass_plan(10), date(2026, 12, 1))
    booking = svc.bookings.sign_up(session, holder).value
    svc.bookings.join_waitlist(session, member)
    svc.bookings.sign_out(booking)  # frees the place; the waiting member cannot pay
    [waiting] = svc.bookings.attendance(session).waitlist
    assert len(waiting.note) > 240
    assert long_name[:100] in waiting.note


def test_archived_members_are_hidden_unless_asked(studio: StudioFactory) -> None:
    svc = studio.svc
    member = studio.member("Old", "Timer")
    svc.members.set_archived(member, True)
    assert svc.members.search("timer") == []
    assert [r.archived for r in svc.members.search("timer", include_archived=True)] == [True]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (MemberInput("", ""), "needs a first or last name"),
        (MemberInput("A", "B", email="not-an-email"), "is not an email address"),
        (MemberInput("A", "B", birth_date=date(2030, 1, 1)), "is in the future"),
    ],
)
def test_bad_member_input_is_refused(
    studio: StudioFactory, data: MemberInput, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        studio.svc.members.create(data)
    assert studio.svc.members.count() == 0


def test_card_code_is_unique(studio: StudioFactory) -> None:
    studio.member("Peter", "Parker", card_code="A100")
    with pytest.raises(ValidationError, match="Card code A100 already belongs to Peter Parker"):
        studio.member("Mary", "Watson", card_code="A100")


def test_negative_price_refused(studio: StudioFactory) -> None:
    bad = PlanInput("Bad", PlanKind.TIME_BASED, -100, 1, DurationUnit.MONTHS, None, "Group class")
    with pytest.raises(ValidationError, match="cannot be negative \\(got -1.00\\)"):
        studio.svc.plans.create(bad)
    assert studio.svc.plans.list_plans() == []


def test_front_desk_cannot_edit_plans_but_can_sell(studio: StudioFactory) -> None:
    svc = studio.svc
    plan = studio.pass_plan(10)
    member = studio.member()
    studio.front_desk()
    studio.log_in("desk")
    row = svc.plans.list_plans()[0]
    with pytest.raises(PermissionDenied, match="Dana Desk \\(Front desk\\) may not edit plans"):
        svc.plans.update(plan, row.as_input())
    svc.memberships.sell(member, plan, date(2026, 12, 1))
    assert svc.profiles.profile(member).logs.rows[0].staff_name == "Dana Desk"


def test_owner_grants_and_revokes_privileges(studio: StudioFactory) -> None:
    svc = studio.svc
    desk = studio.front_desk()
    svc.staff.set_privileges(desk, frozenset({Privilege.SETTINGS}))
    studio.log_in("desk")
    studio.pass_plan(5)  # allowed now
    with pytest.raises(PermissionDenied, match="'staff' privilege"):
        svc.staff.set_privileges(desk, frozenset(Privilege))


def test_login_refuses_wrong_password_and_deactivated_accounts(studio: StudioFactory) -> None:
    svc = studio.svc
    desk = studio.front_desk()
    with pytest.raises(AuthenticationFailed, match="wrong password"):
        svc.staff.log_in("desk", "nope-nope")
    svc.staff.set_active(desk, False)
    with pytest.raises(AuthenticationFailed, match="deactivated"):
        svc.staff.log_in("desk", "desk-secret")


def test_editing_a_plan_never_rewrites_sold_memberships(studio: StudioFactory) -> None:
    svc = studio.svc
    plan = studio.pass_plan(10)
    member = studio.member()
    svc.memberships.sell(member, plan, date(2026, 12, 1))
    row = svc.plans.list_plans()[0]
    svc.plans.update(
        plan, PlanInput(**{**row.as_input().__dict__, "name": "Renamed", "entries": 20})
    )
    sold = svc.profiles.profile(member).memberships[0]
    assert (sold.plan_name, sold.entries_total, sold.entries_left) == ("10-session pass", 10, 10)
