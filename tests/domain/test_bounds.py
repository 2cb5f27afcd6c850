"""Bounds of every input (domain/bounds.py, issue 12): each check refuses with a message naming
the field, the bound and the value, and lets ordinary values (Łukasz Żółć, Zoë) through."""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from datetime import time as clock_time
from decimal import Decimal

import pytest

from studio_app.domain.booking_policy import BookingPolicy
from studio_app.domain.booking_policy import validated as validated_booking_policy
from studio_app.domain.bounds import (
    MAX_ID,
    cents_of,
    check_birth_date,
    check_cents,
    check_count,
    check_date,
    check_datetime,
    check_id,
    check_int,
    check_text,
    check_validity,
)
from studio_app.domain.contracts import ContractTerms, validated_terms
from studio_app.domain.credit_grants import CreditGrantTerms
from studio_app.domain.credit_grants import validated as validated_grant
from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import NotFound, ValidationError
from studio_app.domain.holds import HoldPolicy, check_hold, validated_policy
from studio_app.domain.installments import cancelled_last
from studio_app.domain.money import check_cents as check_price
from studio_app.domain.money import parse_price
from studio_app.domain.plans import PlanKind
from studio_app.domain.recurrence import weekly_occurrences
from studio_app.domain.restrictions import Period, Restriction
from studio_app.domain.restrictions import validated as validated_restriction

TODAY = date(2026, 12, 1)


# Ids -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("ident", [1, 42, MAX_ID])
def test_ids_from_1_to_2_63_minus_1_pass(ident: int) -> None:
    assert check_id(ident, "member") == ident


@pytest.mark.parametrize(
    ("ident", "shown"),
    [
        (0, "0"),
        (-1, "-1"),
        (2**63, "9223372036854775808"),
        (2**64, "18446744073709551616"),
        # too long for str(): still named, never a ValueError
        pytest.param(10**5000, "1.000E\\+5000", id="10**5000"),
        (True, "True"),
        ("7", "'7'"),
    ],
)
def test_an_id_out_of_range_is_not_found(ident: object, shown: str) -> None:
    with pytest.raises(NotFound, match=f"^No member with id {shown}\\.$"):
        check_id(ident, "member")


# Text ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Łukasz Żółć", "Zoë", "O'Brien-Smith", "李小龍", "x" * 100])
def test_names_in_any_alphabet_up_to_100_characters_pass(name: str) -> None:
    assert check_text(name, "First name") == name


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Anna\x00", "First name contains a control character (U+0000 at position 5)"),
        ("An\x07na", "First name contains a control character (U+0007 at position 3)"),
        ("Anna\nSmith", "First name contains a control character (U+000A at position 5)"),
        ("Zo\ud800ë", "First name contains half of a character (a surrogate) (U+D800 at"),
        ("x" * 101, "First name is 101 characters long; at most 100 are allowed"),
        ("x" * 100_000, "First name is 100,000 characters long; at most 100 are allowed"),
    ],
)
def test_control_characters_and_overlong_names_are_refused(name: str, message: str) -> None:
    with pytest.raises(ValidationError, match=f"^{re.escape(message)}"):
        check_text(name, "First name")


def test_a_note_keeps_line_breaks_and_tabs_but_no_other_control_character() -> None:
    note = "Knee injury\r\n\tno jumps — Zoë"
    assert check_text(note, "Notes", limit=2000, multiline=True) == note
    with pytest.raises(ValidationError, match="U\\+001B at position 3"):
        check_text("ab\x1b[31m", "Notes", limit=2000, multiline=True)
    with pytest.raises(ValidationError, match="2,001 characters long; at most 2,000"):
        check_text("n" * 2001, "Notes", limit=2000, multiline=True)


def test_text_must_be_text() -> None:
    with pytest.raises(ValidationError, match="^First name must be text \\(got int\\)\\.$"):
        check_text(7, "First name")


# Numbers and money -----------------------------------------------------------------------------


def test_counts_are_0_to_10_000() -> None:
    assert check_count(0, "Credits") == 0
    assert check_count(10_000, "Credits") == 10_000
    with pytest.raises(ValidationError, match="^Credits must be 0 to 10,000 \\(got 10001\\)\\.$"):
        check_count(10_001, "Credits")
    with pytest.raises(ValidationError, match="got 1.000E\\+30"):
        check_count(10**30, "Credits")
    with pytest.raises(ValidationError, match="must be a whole number \\(got 2.5\\)"):
        check_int(2.5, "Credits", 0, 5)


def test_money_is_0_to_1_000_000_00() -> None:
    assert check_cents(100_000_000) == 100_000_000
    with pytest.raises(
        ValidationError, match="^Price is at most 1,000,000.00 \\(got 1,000,000.01\\)\\.$"
    ):
        check_cents(100_000_001, "Price")
    with pytest.raises(ValidationError, match="got 92,233,720,368,547,758.08"):
        check_cents(2**63, "Price")
    with pytest.raises(ValidationError, match="^Price cannot be negative \\(got -1.00\\)\\.$"):
        check_price(-100)


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (Decimal("NaN"), "Price is not a number \\(got NaN\\)"),
        (Decimal("Infinity"), "Price is not a number \\(got Infinity\\)"),
        (Decimal("1e400"), "Price is at most 1,000,000.00 \\(got 1E\\+400\\)"),
        (Decimal("-0.01"), "Price cannot be negative \\(got -0.01\\)"),
        (Decimal("1.005"), "Price has more than two decimals \\(got 1.005\\)"),
    ],
)
def test_decimal_amounts_that_are_no_money_are_refused(amount: Decimal, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        cents_of(amount, "Price")


def test_typed_prices_are_bounded_too() -> None:
    assert parse_price("1000000") == 100_000_000
    assert parse_price("12,50") == 1250
    for text, message in (
        ("NaN", "not a number"),
        ("1e400", "at most 1,000,000.00"),
        ("1000000.01", "at most 1,000,000.00"),
    ):
        with pytest.raises(ValidationError, match=message):
            parse_price(text)


# Dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("day", [date(2000, 1, 1), TODAY, date(2100, 12, 31)])
def test_business_dates_from_2000_to_2100_pass(day: date) -> None:
    assert check_date(day, "The membership's start") == day


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(79, 6, 1), "1 Jun 0079"),
        (date(1999, 12, 31), "31 Dec 1999"),
        (date(2101, 1, 1), "1 Jan 2101"),
        (date(4642, 3, 1), "1 Mar 4642"),
    ],
)
def test_business_dates_outside_2000_to_2100_are_refused(day: date, text: str) -> None:
    with pytest.raises(
        ValidationError,
        match=f"^The membership's start {text} is outside 1 Jan 2000 … 31 Dec 2100\\.$",
    ):
        check_date(day, "The membership's start")


def test_a_moment_is_checked_by_its_day() -> None:
    assert check_datetime(datetime(2027, 1, 5, 18), "The start") == datetime(2027, 1, 5, 18)
    with pytest.raises(ValidationError, match="31 Dec 9999 is outside"):
        check_datetime(datetime(9999, 12, 31, 23, 59), "The start")


def test_birth_dates_run_from_1900_to_today() -> None:
    assert check_birth_date(None, TODAY) is None
    assert check_birth_date(date(1900, 1, 1), TODAY) == date(1900, 1, 1)
    assert check_birth_date(TODAY, TODAY) == TODAY
    with pytest.raises(ValidationError, match="^Birth date 1 May 0797 is outside 1 Jan 1900"):
        check_birth_date(date(797, 5, 1), TODAY)
    with pytest.raises(ValidationError, match="^Birth date 2 Dec 2026 is in the future\\.$"):
        check_birth_date(date(2026, 12, 2), TODAY)


# Durations and the domain rules that use the bounds --------------------------------------------


@pytest.mark.parametrize(
    ("count", "unit"),
    [(3653, DurationUnit.DAYS), (521, DurationUnit.WEEKS), (120, DurationUnit.MONTHS)],
)
def test_a_plan_lasts_at_most_10_years(count: int, unit: DurationUnit) -> None:
    assert check_validity(count, unit) == count
    with pytest.raises(
        ValidationError,
        match=f"^A plan's validity in {unit.value} must be 1 to {count:,} \\(got {count + 1}\\)",
    ):
        check_validity(count + 1, unit)


def test_a_hundred_year_plan_is_refused() -> None:
    with pytest.raises(ValidationError, match="must be 1 to 120 \\(got 1200\\)"):
        check_validity(1200, DurationUnit.MONTHS)


def test_weekdays_outside_0_to_6_are_refused_at_once() -> None:
    started = time.perf_counter()
    for weekday in (7, -1, 2**63):
        with pytest.raises(
            ValidationError, match=f"^Weekdays are 0 \\(Monday\\) to 6 \\(Sunday\\); {weekday} "
        ):
            weekly_occurrences(
                frozenset({1, weekday}), clock_time(18), date(2026, 1, 1), date(2028, 12, 1)
            )
    assert time.perf_counter() - started < 0.5  # the unbounded rule searched for ~1 s each


def test_credit_grants_are_bounded() -> None:
    ok = CreditGrantTerms("Group class", 10_000, every_days=3653, expire_days=3653)
    assert validated_grant(ok) == ok
    for terms, message in (
        (CreditGrantTerms("Group class", 10_001), "Credits to grant must be 0 to 10,000"),
        (CreditGrantTerms("Group class", 1, initial_credits=2**63), "Initial credits must be"),
        (CreditGrantTerms("Group class", 1, every_days=3654), "Days between new credits must"),
        (CreditGrantTerms("Group class", 1, expire_days=10**9), "Days to expire must be 1 to"),
        (CreditGrantTerms("Group\x00class", 1), "The credit category contains a control"),
    ):
        with pytest.raises(ValidationError, match=message):
            validated_grant(terms)


def test_restrictions_allow_at_most_10_000_visits() -> None:
    assert validated_restriction(Restriction(10_000, Period.WEEK)).max_visits == 10_000
    with pytest.raises(ValidationError, match="^Visits per week must be 1 to 10,000"):
        validated_restriction(Restriction(2**63, Period.WEEK))


def test_hold_policies_and_holds_are_bounded() -> None:
    assert validated_policy(HoldPolicy(7, 365, 52)) == HoldPolicy(7, 365, 52)
    with pytest.raises(ValidationError, match="^The maximum hold must be 0 to 365 \\(got 366\\)"):
        validated_policy(HoldPolicy(max_days=366))
    with pytest.raises(ValidationError, match="^The holds per year must be 0 to 52 \\(got 53\\)"):
        validated_policy(HoldPolicy(per_year=53))
    with pytest.raises(ValidationError, match="^The hold's last day 31 Dec 9999 is outside"):
        check_hold(
            (date(2026, 12, 10), date(9999, 12, 31)),
            HoldPolicy(),
            validity=(date(2026, 12, 1), date(2027, 11, 30)),
            earlier_holds=(),
            today=TODAY,
            plan_name="Monthly unlimited",
        )


def test_booking_policy_bounds_follow_the_editor() -> None:
    assert validated_booking_policy(BookingPolicy(365, 336)) == BookingPolicy(365, 336)
    with pytest.raises(ValidationError, match="^The booking window in days must be 0 to 365"):
        validated_booking_policy(BookingPolicy(window_days=10**6))
    with pytest.raises(ValidationError, match="cut-off in hours must be 0 to 336 \\(got 337\\)"):
        validated_booking_policy(BookingPolicy(cancel_cutoff_hours=337))


def test_a_maximum_end_date_is_a_business_date() -> None:
    terms = ContractTerms(continuous=True, max_end=date(4642, 3, 1))
    with pytest.raises(ValidationError, match="maximum membership end date 1 Mar 4642 is outside"):
        validated_terms(
            terms,
            kind=PlanKind.TIME_BASED,
            duration_count=1,
            duration_unit=DurationUnit.MONTHS,
            price_cents=3100,
        )


def test_a_cancellation_pays_at_most_120_more_installments() -> None:
    assert cancelled_last(1, 120, 1) == 121
    with pytest.raises(ValidationError, match="still to pay must be 0 to 120 \\(got 121\\)"):
        cancelled_last(1, 121, 1)
