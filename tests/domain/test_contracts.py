"""The rules of SPEC §6 without a database: advanced-settings combinations, periods, prorata,
numbering k/N, cancellation, the one-discount rule and the money format."""

from __future__ import annotations

from datetime import date

import pytest

from studio_app.domain.contracts import ContractTerms, validated_terms
from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import MoneyFormat
from studio_app.domain.installments import (
    Discount,
    Numbering,
    Span,
    cancelled_last,
    discount_cents,
    first_amount,
    first_span,
    next_numbering,
    renewal_span,
)
from studio_app.domain.plans import PlanKind

MONTH = DurationUnit.MONTHS


def _check(terms: ContractTerms, kind: PlanKind = PlanKind.TIME_BASED, count: int = 1) -> None:
    validated_terms(terms, kind=kind, duration_count=count, duration_unit=MONTH, price_cents=3100)


@pytest.mark.parametrize(
    ("terms", "kind", "count", "words"),
    [
        (ContractTerms(prorata=True, continuous=True), PlanKind.TIME_BASED, 1, "Prorata is only"),
        (ContractTerms(from_first=True), PlanKind.TIME_BASED, 1, "tick Continuous"),
        (ContractTerms(installments=6), PlanKind.TIME_BASED, 1, "tick Continuous"),
        (ContractTerms(continuous=True, auto_renew=True), PlanKind.TIME_BASED, 1, "auto renewal"),
        (ContractTerms(continuous=True, installments=0), PlanKind.TIME_BASED, 1, "1 to 120"),
        (ContractTerms(continuous=True, from_first=True), PlanKind.TIME_BASED, 3, "1 month"),
        (ContractTerms(continuous=True), PlanKind.SESSION_PASS, 1, "cannot be continuous"),
        (ContractTerms(loyalty_discount_cents=3200), PlanKind.TIME_BASED, 1, "between 0.00"),
    ],
)
def test_invalid_combinations_are_refused_with_the_rule(
    terms: ContractTerms, kind: PlanKind, count: int, words: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        _check(terms, kind, count)
    assert words in refused.value.message


def test_a_full_contract_is_valid() -> None:
    terms = ContractTerms(True, True, True, 12, True, date(2027, 6, 30), 500)
    _check(terms)
    assert terms.describe() == (
        "Continuous, from the 1st, prorata; contract of 12 installments, auto renewal; "
        "on-time discount 5.00; until 30 Jun 2027"
    )


def test_e11_first_installment_prorated() -> None:
    terms = ContractTerms(continuous=True, from_first=True, prorata=True)
    span = first_span(date(2027, 10, 20), 1, MONTH, terms)
    assert span == Span(date(2027, 10, 20), date(2027, 10, 31))
    assert first_amount(3100, span, terms) == 1200
    # Registered on the 1st: the full price.
    assert first_amount(3100, first_span(date(2027, 11, 1), 1, MONTH, terms), terms) == 3100


def test_e10_renewal_spans() -> None:
    on = ContractTerms(continuous=True)
    off = ContractTerms()
    bought = date(2027, 4, 16)
    assert renewal_span(date(2027, 4, 10), bought, 1, MONTH, on, 11) == Span(
        date(2027, 4, 11), date(2027, 5, 10)
    )
    assert renewal_span(date(2027, 4, 10), bought, 1, MONTH, off, 11) == Span(
        date(2027, 4, 16), date(2027, 5, 15)
    )


def test_e12_numbering_after_n_of_n() -> None:
    auto = ContractTerms(continuous=True, installments=7, auto_renew=True)
    plain = ContractTerms(continuous=True, installments=7)
    assert next_numbering(Numbering(6), auto, None, by_staff=False) == Numbering(7)
    assert next_numbering(Numbering(7), auto, None, by_staff=False) == Numbering(1, 2)
    assert next_numbering(Numbering(7), plain, None, by_staff=False) is None
    assert next_numbering(Numbering(7), plain, None, by_staff=True) == Numbering(1, 2)
    # A cancellation's last installment ends it, even with auto renewal.
    assert next_numbering(Numbering(3), auto, 3, by_staff=True) is None


def test_e14_cancellation_numbers() -> None:
    assert cancelled_last(1, 2, latest=1) == 3
    assert cancelled_last(11, 2, latest=11) == 13
    with pytest.raises(ValidationError):
        cancelled_last(1, -1, latest=1)


def test_one_discount_only_and_the_on_time_one_until_the_due_date() -> None:
    due = date(2026, 12, 5)
    kw = {"amount_cents": 3100, "loyalty_cents": 500, "other_cents": 700, "due_on": due}
    assert discount_cents(Discount.LOYALTY, paid_on=due, **kw) == 500
    assert discount_cents(Discount.OTHER, paid_on=due, **kw) == 700  # not 1200
    assert discount_cents(Discount.NONE, paid_on=due, **kw) == 0
    with pytest.raises(ValidationError):
        discount_cents(Discount.LOYALTY, paid_on=date(2026, 12, 6), **kw)
    with pytest.raises(ValidationError):
        discount_cents(Discount.OTHER, paid_on=due, **{**kw, "other_cents": 3200})


@pytest.mark.parametrize(
    ("money", "cents", "text"),
    [
        (MoneyFormat(), 123450, "1234.50"),
        (MoneyFormat("€"), 1200, "€12.00"),
        (MoneyFormat("zł", symbol_after=True, decimal_comma=True), 1200, "12,00 zł"),
        (MoneyFormat("$"), -350, "-$3.50"),
    ],
)
def test_money_format(money: MoneyFormat, cents: int, text: str) -> None:
    assert money.text(cents) == text
