"""Money in cents, slow salted password hashes, and privileges."""

from __future__ import annotations

import pytest

from studio_app.domain.errors import PermissionDenied, ValidationError
from studio_app.domain.money import parse_price
from studio_app.domain.passwords import hash_password, verify_password
from studio_app.domain.privileges import DEFAULT_PRIVILEGES, Actor, Privilege, Role, require


@pytest.mark.parametrize(
    ("text", "cents"), [("31", 3100), ("31.00", 3100), ("31,5", 3150), ("0", 0), (" 12.34 ", 1234)]
)
def test_prices_parse_to_cents(text: str, cents: int) -> None:
    assert parse_price(text) == cents
    assert isinstance(parse_price(text), int)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-5", "cannot be negative"),
        ("abc", "not a number"),
        ("1.234", "more than two decimals"),
        ("", "required"),
    ],
)
def test_bad_prices_are_refused(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_price(text)


def test_password_hash_is_salted_and_verifies() -> None:
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first != second and first.startswith("scrypt$")
    assert "correct horse" not in first
    assert verify_password("correct horse", first)
    assert not verify_password("wrong horse", first)


def test_short_password_refused() -> None:
    with pytest.raises(ValidationError, match="at least 6 characters \\(got 3\\)"):
        hash_password("abc")


def test_front_desk_lacks_settings_privilege_and_owner_has_all() -> None:
    desk = Actor(2, "Dana", Role.FRONT_DESK, DEFAULT_PRIVILEGES[Role.FRONT_DESK])
    with pytest.raises(
        PermissionDenied, match="Dana \\(Front desk\\) may not edit plans.*'settings'"
    ):
        require(desk, Privilege.SETTINGS, "edit plans")
    owner = Actor(1, "Olivia", Role.OWNER, frozenset())
    require(owner, Privilege.STAFF, "add staff")
