"""Money is held as integer cents, never as a float: typed prices are read and checked here;
amounts are written by domain/formats (MoneyFormat, cents_text)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from studio_app.domain import bounds
from studio_app.domain.errors import ValidationError


def parse_price(text: str) -> int:
    """Parse a price typed by staff ("31", "31.00", "31,5") into cents: a number from 0.00 to
    1,000,000.00 with at most two decimals ("NaN", "1e400" and "-5" are refused)."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        raise ValidationError("Price is required.")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValidationError(f"Price '{text}' is not a number.") from exc
    return bounds.cents_of(amount, "Price")


def check_cents(cents: int) -> int:
    """A price in cents: 0.00 to 1,000,000.00 (domain/bounds.py)."""
    return bounds.check_cents(cents, "Price")
