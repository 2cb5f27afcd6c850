"""Money is held as integer cents, never as a float."""

from __future__ import annotations

from dataclasses import dataclass
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


def format_cents(cents: int) -> str:
    """12.00-style text of an amount in cents."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole}.{part:02d}"


@dataclass(frozen=True)
class MoneyFormat:
    """How the studio writes money (Settings → Studio): a currency symbol before or after the
    amount and a decimal point or comma. The default, no symbol and a point, reads "12.00"."""

    symbol: str = ""
    symbol_after: bool = False
    decimal_comma: bool = False

    def text(self, cents: int) -> str:
        """ "€12.00", "12,00 zł", "-$3.50"."""
        amount = format_cents(abs(cents))
        if self.decimal_comma:
            amount = amount.replace(".", ",")
        sign = "-" if cents < 0 else ""
        symbol = self.symbol.strip()
        if not symbol:
            return f"{sign}{amount}"
        return f"{sign}{amount} {symbol}" if self.symbol_after else f"{sign}{symbol}{amount}"
