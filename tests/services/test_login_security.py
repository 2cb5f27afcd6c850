"""Logins resist guessing (issue 12, items 8 and 9).

- Five wrong passwords in a row lock the account for 30 s, each further one doubles the lock
  up to 15 minutes; the lock is stored with the account (every desk and a restart see it),
  refuses without checking the password and says how long to wait; a correct password resets
  the count. The owner sees the count and the lock in the staff list; the user log records it.
- An unknown user name costs the same hash as a known one.
- Passwords are hashed at OWASP's scrypt cost (N=2^17, r=8, p=1); an older, weaker hash is
  replaced at the next correct login.

The tests hash at a lower cost (tests/conftest.py); the two tests of the production cost say so.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from studio_app.container import Services, open_services
from studio_app.domain import passwords
from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import AuthenticationFailed, ValidationError
from studio_app.domain.formats import wait_text
from studio_app.domain.logins import lock_after
from studio_app.domain.privileges import Role
from studio_app.dto.staff import StaffRow
from studio_app.models import AuditEntry, Staff
from studio_app.services import staff as staff_service
from studio_app.services.staff import LOCKED, WRONG_PASSWORD
from tests.factories import StudioFactory

NINE = datetime(2026, 12, 1, 9, 0)


def _guess(svc: Services, password: str = "wrong-guess", username: str = "desk") -> str:
    """One login attempt that must fail; the refusal's words."""
    with pytest.raises(AuthenticationFailed) as refused:
        svc.staff.log_in(username, password)
    return refused.value.message


def _account(svc: Services, username: str = "desk") -> StaffRow:
    return next(s for s in svc.staff.list_staff() if s.username == username)


def _stored_hash(svc: Services, username: str) -> str:
    with svc.ctx.uow.read() as uow:
        return uow.session.scalars(
            select(Staff.password_hash).where(Staff.username == username)
        ).one()


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The stored hashes the login checked a password against, in order."""
    seen: list[str] = []
    verify = staff_service.verify_password

    def spy(password: str, stored: str) -> bool:
        seen.append(stored)
        return verify(password, stored)

    monkeypatch.setattr(staff_service, "verify_password", spy)
    return seen


def test_lock_grows_from_30_seconds_doubling_up_to_15_minutes() -> None:
    locks = [lock_after(n) for n in range(1, 13)]
    assert locks[:4] == [None] * 4
    assert [lock.total_seconds() if lock else None for lock in locks[4:]] == [
        30,
        60,
        120,
        240,
        480,
        900,
        900,
        900,
    ]
    assert lock_after(10_000) == timedelta(minutes=15)
    assert wait_text(timedelta(seconds=29.2)) == "30 seconds"
    assert wait_text(timedelta(seconds=90)) == "1 minute 30 seconds"
    assert wait_text(timedelta(minutes=15)) == "15 minutes"


def test_five_wrong_passwords_lock_the_account_and_the_lock_refuses_even_the_right_one(
    studio: StudioFactory, clock: FixedClock, checks: list[str]
) -> None:
    studio.front_desk()
    svc = studio.svc
    for _ in range(4):
        assert _guess(svc) == WRONG_PASSWORD
    assert _account(svc).failed_logins == 4 and _account(svc).locked_until is None

    assert _guess(svc) == (
        "Unknown user name or wrong password. After 5 wrong passwords in a row, logins to "
        "'desk' are refused for 30 seconds (until 09:00:30)."
    )
    clock.advance_to(NINE + timedelta(seconds=10))
    checked = len(checks)
    with pytest.raises(AuthenticationFailed) as refused:
        svc.staff.log_in("desk", "desk-secret")
    assert refused.value.rule == LOCKED
    assert refused.value.message == (
        "Too many wrong passwords for 'desk': logins to this account are refused for "
        "20 seconds more (until 09:00:30). Try again then, or ask the owner to set a new "
        "password."
    )
    assert len(checks) == checked, "while locked the password is not even checked"
    assert _account(svc).failed_logins == 5, "a refusal while locked is not counted"

    clock.advance_to(NINE + timedelta(seconds=30))
    assert svc.staff.log_in("desk", "desk-secret").name == "Dana Desk"
    assert (_account(svc).failed_logins, _account(svc).locked_until) == (0, None)
    for _ in range(4):
        assert _guess(svc) == WRONG_PASSWORD, "the count started again"


def test_each_further_wrong_password_doubles_the_lock_and_the_lock_is_in_the_database(
    studio: StudioFactory, clock: FixedClock, db_url: str
) -> None:
    studio.front_desk()
    for _ in range(5):
        _guess(studio.svc)
    clock.advance_to(NINE + timedelta(seconds=30))
    assert "refused for 1 minute (until 09:01:30)" in _guess(studio.svc)

    # Another desk (or the app started again) sees the same lock: nothing is kept in memory.
    other = open_services(db_url, clock)
    try:
        assert _guess(other, "desk-secret").startswith("Too many wrong passwords for 'desk'")
        clock.advance_to(NINE + timedelta(seconds=90))
        assert "refused for 2 minutes (until 09:03:30)" in _guess(other)
    finally:
        other.ctx.uow.engine.dispose()
    desk = _account(studio.svc)
    assert (desk.failed_logins, desk.locked_until) == (7, NINE + timedelta(minutes=3, seconds=30))
    with studio.svc.ctx.uow.read() as uow:
        log = uow.session.execute(
            select(AuditEntry.action, AuditEntry.staff_id).order_by(AuditEntry.id)
        ).all()
    locks = [(action, who) for action, who in log if "locked" in action]
    assert locks == [
        ("Staff account Dana Desk locked until 09:00:30 after 5 wrong passwords in a row", None),
        ("Staff account Dana Desk locked until 09:01:30 after 6 wrong passwords in a row", None),
        ("Staff account Dana Desk locked until 09:03:30 after 7 wrong passwords in a row", None),
    ]


def test_a_new_password_from_the_owner_ends_the_lock(studio: StudioFactory) -> None:
    desk = studio.front_desk()
    for _ in range(5):
        _guess(studio.svc)
    studio.svc.staff.set_password(desk, "fresh-secret")
    assert (_account(studio.svc).failed_logins, _account(studio.svc).locked_until) == (0, None)
    assert studio.svc.staff.log_in("desk", "fresh-secret").name == "Dana Desk"


def test_an_unknown_user_name_costs_the_same_hash_as_a_known_one(
    studio: StudioFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both answers cost one scrypt at the production cost (recorded, not computed, so the test
    stays fast): the time taken does not tell whether a user name exists."""
    calls: list[tuple[Any, ...]] = []

    def recorded_scrypt(password: bytes, *, salt: bytes, **cost: Any) -> bytes:
        calls.append(tuple(sorted(cost.items())))
        return hashlib.sha512(password + salt).digest()  # as scrypt: 64 bytes, per input

    monkeypatch.setattr(passwords, "cost", passwords.PRODUCTION_COST)
    monkeypatch.setattr(hashlib, "scrypt", recorded_scrypt)
    studio.front_desk()
    calls.clear()
    assert _guess(studio.svc, username="desk") == WRONG_PASSWORD
    known = calls[:]
    calls.clear()
    assert _guess(studio.svc, username="nobody-here") == WRONG_PASSWORD
    assert calls == known
    maxmem = passwords.PRODUCTION_COST.maxmem  # above the 128 MiB that N=2^17, r=8 needs
    assert known == [(("dklen", 64), ("maxmem", maxmem), ("n", 2**17), ("p", 1), ("r", 8))]


def test_new_passwords_get_owasp_scrypt_cost(monkeypatch: pytest.MonkeyPatch) -> None:
    """The production cost (the tests otherwise lower it): N=2^17, r=8, p=1, which needs more
    memory than hashlib allows by default (the hash would fail without ``maxmem``)."""
    monkeypatch.undo()  # the autouse fixture's lower cost
    assert passwords.cost == passwords.PRODUCTION_COST == passwords.ScryptCost(2**17, 8, 1)
    stored = passwords.hash_password("correct horse")
    assert stored.startswith("scrypt$131072$8$1$")
    assert passwords.verify_password("correct horse", stored)
    assert not passwords.verify_password("correct horsf", stored)


def test_a_weaker_old_hash_is_replaced_at_the_next_correct_login(
    studio: StudioFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An account whose password was hashed before issue 12 (N=2^14) logs in as before, and
    from then on its hash has today's cost; a wrong password changes nothing."""
    monkeypatch.setattr(passwords, "cost", passwords.ScryptCost(2**14, 8, 1))
    studio.front_desk()
    old = _stored_hash(studio.svc, "desk")
    assert old.startswith("scrypt$16384$8$1$")

    monkeypatch.setattr(passwords, "cost", passwords.PRODUCTION_COST)
    _guess(studio.svc)
    assert _stored_hash(studio.svc, "desk") == old, "a wrong password upgrades nothing"
    assert studio.svc.staff.log_in("desk", "desk-secret").name == "Dana Desk"
    upgraded = _stored_hash(studio.svc, "desk")
    assert upgraded.startswith("scrypt$131072$8$1$")
    assert studio.svc.staff.log_in("desk", "desk-secret").name == "Dana Desk"
    assert _stored_hash(studio.svc, "desk") == upgraded, "hashed once, not at every login"


def test_half_a_character_in_a_name_or_password_is_refused_not_a_crash(
    studio: StudioFactory,
) -> None:
    staff = studio.svc.staff
    for username, password in (("owner\ud800", "owner-secret"), ("owner", "secret\udfff")):
        with pytest.raises(AuthenticationFailed):
            staff.log_in(username, password)
    with pytest.raises(ValidationError) as refused:
        staff.create(
            username="zoe", full_name="Zoë Żółć", role=Role.FRONT_DESK, password="zoë\ud800secret"
        )
    assert "half of a character" in refused.value.message
    assert [row.full_name for row in staff.list_staff()] == ["Olivia Owner"]
