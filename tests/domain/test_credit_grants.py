"""Credit settings of limited plans: issue days, batch expiry, validation and the summary."""

from __future__ import annotations

import re
from datetime import date

import pytest

from studio_app.domain.credit_grants import (
    CreditGrantTerms,
    batch_expiry,
    describe,
    due_issue_dates,
    issue_dates,
    validated,
)
from studio_app.domain.errors import ValidationError

E3 = CreditGrantTerms("Group class", 4, every_days=28, expire_days=30, initial_credits=2)


def test_batches_come_on_the_start_and_every_n_days_until_the_end() -> None:
    days = list(issue_dates(E3, date(2026, 12, 11), date(2027, 3, 10)))
    assert days == [date(2026, 12, 11), date(2027, 1, 8), date(2027, 2, 5), date(2027, 3, 5)]
    once = CreditGrantTerms("Personal training", 2)
    assert list(issue_dates(once, date(2026, 12, 11), date(2027, 3, 10))) == [date(2026, 12, 11)]


def test_only_days_that_have_come_are_due() -> None:
    start, end = date(2026, 12, 11), date(2027, 3, 10)
    assert due_issue_dates(E3, start, end, date(2026, 12, 10)) == []
    assert due_issue_dates(E3, start, end, date(2027, 1, 8)) == [start, date(2027, 1, 8)]


def test_a_batch_lasts_expire_days_including_its_issue_day() -> None:
    assert batch_expiry(E3, date(2026, 12, 11), date(2027, 3, 10)) == date(2027, 1, 9)
    forever = CreditGrantTerms("Group class", 4)
    assert batch_expiry(forever, date(2026, 12, 11), date(2027, 3, 10)) == date(2027, 3, 10)


def test_summary_sentence_states_the_whole_configuration() -> None:
    assert describe(E3) == (
        "4 Group class credits on the start date and every 28 days after; each batch expires "
        "30 days after issue. 2 Group class credits issued at once when sold, usable even "
        "before the start date, expiring 30 days later."
    )
    assert describe(CreditGrantTerms("Personal training", 1)) == (
        "1 Personal training credit once, on the start date; they last until the membership ends."
    )


@pytest.mark.parametrize(
    ("terms", "message"),
    [
        (CreditGrantTerms(" ", 4), "needs a credit category"),
        (CreditGrantTerms("Group class", -1), "cannot be negative"),
        (CreditGrantTerms("Group class", 0), "issues no credits"),
        (CreditGrantTerms("Group class", 4, every_days=0), "every 1 day or more (got 0)"),
        (CreditGrantTerms("Group class", 4, expire_days=0), "at least 1 day (got 0)"),
    ],
)
def test_impossible_settings_are_refused(terms: CreditGrantTerms, message: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        validated(terms)
