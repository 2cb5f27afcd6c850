"""Bounds of every value the app accepts, and the checks that refuse the rest (SPEC §9: bad
input gets a clear message naming the problem; the data stays intact).

Without bounds a typing slip or a damaged import reaches the database or the calendar maths:
an id or an amount of 2**63 or more cannot be stored in a 64-bit integer, a date in year 79
or 9999 overflows the first "day after", a 100,000-character name breaks every list and
printout, and a class series on weekday 7 runs seconds of CPU to find no class at all. Each
check below refuses such a value with a ValidationError that names the field, the bound and
the value; an id out of range is a NotFound, like an id of a row that does not exist.

The bounds (what a studio owner would expect of a good commercial product):

- Ids: 1 ≤ id < 2**63 (SQLite's and PostgreSQL's 64-bit integers).
- Text: no control characters (a multi-line note may hold line breaks and tabs); at most 100
  characters for a name (people, plans, classes, products, studio, rooms, trainers,
  categories), 50 for a user name, 254 for an email address, 40 for a phone number, 64 for a
  card code, 8 for a currency symbol, 200 for a search, 2,000 for a note or a reason, 255
  for a file's name, 1,000 for a folder.
- Dates: business dates (a membership's start, a class, a hold, a maximum end date, an
  expiry, an export range, the day a calendar shows) within 2000-01-01 … 2100-12-31; a birth
  date from 1900-01-01 to today.
- Money: 0.00 to 1,000,000.00 with at most two decimals (held as cents), a sale's total too.
- Counts and credits: 0 to 10,000 (sessions of a pass, credits, visits, a quantity, an
  adjustment of ± 10,000); a search returns at most 100,000 rows; a plan has at most 20
  credit grants and 20 restrictions, a package or a class's session rules name at most 1,000
  plans.
- Durations: a plan's validity at most 10 years (3,653 days, 521 weeks, 120 months); a
  credit period or expiry at most 3,653 days; a class 1 to 500 places; a booking window
  365 days, a cancellation cut-off 336 hours; a hold 365 days, 52 holds a year; the front
  desk looks 366 days ahead.

Each bound is checked where the value enters: the service method, or the domain rule it
calls (contracts, credit grants, restrictions, holds, booking policy, recurrence, money).
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from decimal import Decimal

from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import NotFound, ValidationError
from studio_app.domain.formats import day_text

#: Ids are 64-bit integers in the database: 1 ≤ id ≤ MAX_ID.
MAX_ID = 2**63 - 1

NAME_MAX = 100
USERNAME_MAX = 50
EMAIL_MAX = 254
PHONE_MAX = 40
CARD_CODE_MAX = 64
SEARCH_MAX = 200
#: The most rows one search returns.
SEARCH_RESULTS_MAX = 100_000
NOTE_MAX = 2000
#: A currency symbol ("€", "zł", "CHF").
SYMBOL_MAX = 8
#: A folder path typed into the settings (the backup folder).
FOLDER_MAX = 1000
#: A file's name (without its folder), as most file systems allow.
FILE_NAME_MAX = 255
#: A colour as the calendar stores it ("#4f8a8b").
COLOR_MAX = 20
#: Characters a multi-line note may hold besides printable text.
NOTE_CONTROLS = frozenset("\n\r\t")

FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2100, 12, 31)
OLDEST_BIRTH = date(1900, 1, 1)

MAX_CENTS = 100_000_000  # 1,000,000.00
MAX_COUNT = 10_000
#: Credit grants, or attendance restrictions, on one plan.
MAX_PLAN_TERMS = 20
#: Plans named in one list: a class's session rules, a package's plans.
MAX_LISTED_PLANS = 1000
#: Places in one class, as the series editor offers.
MAX_CAPACITY = 500
#: A plan's validity: at most 10 years in its own unit.
MAX_VALIDITY = {DurationUnit.DAYS: 3653, DurationUnit.WEEKS: 521, DurationUnit.MONTHS: 120}
#: Days between credit grants, or a batch's days to expire.
MAX_PERIOD_DAYS = 3653
#: How far ahead a booking window opens (days), as the booking policy editor offers.
MAX_WINDOW_DAYS = 365
#: A plan's hold policy, as its editor offers: a hold's length in days, holds per year.
MAX_HOLD_DAYS = 365
MAX_HOLDS_PER_YEAR = 52
#: How far ahead the front desk lists memberships about to expire (days).
MAX_LOOKAHEAD_DAYS = 366
#: A cancellation cut-off: at most two weeks before the class.
MAX_CUTOFF_HOURS = 14 * 24
#: Members whose payer one preview decides (a name field's suggestions).
MAX_PREVIEWED_MEMBERS = 50


def check_id(value: object, what: str) -> int:
    """An id of a row: an int from 1 to 2**63 − 1, else NotFound naming ``what`` ("member")."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ID:
        raise NotFound(f"No {what} with id {_short(value)}.")
    return value


def check_text(value: object, what: str, *, limit: int = NAME_MAX, multiline: bool = False) -> str:
    """Text of at most ``limit`` characters without control characters (a multi-line note may
    hold line breaks and tabs); ``what`` names the field ("First name")."""
    if not isinstance(value, str):
        raise ValidationError(f"{what} must be text (got {type(value).__name__}).")
    if len(value) > limit:
        raise ValidationError(
            f"{what} is {len(value):,} characters long; at most {limit:,} are allowed."
        )
    allowed = NOTE_CONTROLS if multiline else frozenset()
    for position, char in enumerate(value, start=1):
        kind = unicodedata.category(char)
        if char not in allowed and kind in ("Cc", "Cs"):
            name = "a control character" if kind == "Cc" else "half of a character (a surrogate)"
            raise ValidationError(
                f"{what} contains {name} (U+{ord(char):04X} at position {position}); type "
                "letters, digits and punctuation only."
            )
    return value


def check_int(value: object, what: str, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high``; ``what`` names it ("Capacity")."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{what} must be a whole number (got {_short(value)}).")
    if not low <= value <= high:
        raise ValidationError(f"{what} must be {low:,} to {high:,} (got {_short(value)}).")
    return value


def check_count(value: object, what: str, *, low: int = 0, high: int = MAX_COUNT) -> int:
    """Sessions, credits, visits or a quantity: ``low`` to 10,000 by default."""
    return check_int(value, what, low, high)


def check_cents(value: object, what: str = "The amount") -> int:
    """Money in cents: 0.00 to 1,000,000.00."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{what} must be a whole number of cents (got {_short(value)}).")
    if value < 0:
        raise ValidationError(f"{what} cannot be negative (got {_money(value)}).")
    if value > MAX_CENTS:
        raise ValidationError(f"{what} is at most {_money(MAX_CENTS)} (got {_money(value)}).")
    return value


def cents_of(amount: Decimal, what: str = "The amount") -> int:
    """A decimal amount of money as cents: finite, 0.00 to 1,000,000.00, two decimals at most."""
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise ValidationError(f"{what} is not a number (got {_short(amount)}).")
    if amount < 0:
        raise ValidationError(f"{what} cannot be negative (got {_short(amount)}).")
    if amount > Decimal(MAX_CENTS).scaleb(-2):
        raise ValidationError(f"{what} is at most {_money(MAX_CENTS)} (got {_short(amount)}).")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(f"{what} has more than two decimals (got {amount}).")
    return int(amount * 100)


def check_date(value: object, what: str, *, first: date = FIRST_DAY, last: date = LAST_DAY) -> date:
    """A business date within ``first`` … ``last`` (2000-01-01 … 2100-12-31 by default)."""
    day = value.date() if isinstance(value, datetime) else value
    if not isinstance(day, date):
        raise ValidationError(f"{what} must be a date (got {_short(value)}).")
    if not first <= day <= last:
        raise ValidationError(
            f"{what} {day_text(day)} is outside {day_text(first)} … {day_text(last)}."
        )
    return value  # type: ignore[return-value]  # a date, or the datetime it came as


def check_datetime(value: object, what: str) -> datetime:
    """A moment whose day is a business date."""
    if not isinstance(value, datetime):
        raise ValidationError(f"{what} must be a date and time (got {_short(value)}).")
    check_date(value.date(), what)
    return value


def check_birth_date(value: date | None, today: date) -> date | None:
    """A birth date from 1900-01-01 to today (None: not given)."""
    if value is None:
        return None
    if value > today:
        raise ValidationError(f"Birth date {day_text(value)} is in the future.")
    return check_date(value, "Birth date", first=OLDEST_BIRTH, last=today)


def check_validity(count: object, unit: DurationUnit) -> int:
    """A plan's validity: at least 1 and at most 10 years in ``unit``."""
    return check_int(count, f"A plan's validity in {unit.value}", 1, MAX_VALIDITY[unit])


def _money(cents: int) -> str:
    """1,000,000.00-style text of an amount in cents (any size, for a refusal)."""
    return f"{Decimal(cents).scaleb(-2):,.2f}"


def _short(value: object, limit: int = 40) -> str:
    """A value as a refusal quotes it: whole, or cut to ``limit`` characters; a number too
    long to read (or to print: Python refuses ints over 4,300 digits) in scientific notation."""
    if isinstance(value, int) and abs(value) >= 10**24:
        return f"{Decimal(value):.3E}"
    text = str(value) if isinstance(value, int | Decimal) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
