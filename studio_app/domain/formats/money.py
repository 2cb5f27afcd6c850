"""Amounts of money, held as integer cents and written without a float on the way."""

from __future__ import annotations

from dataclasses import dataclass


def cents_text(cents: int) -> str:
    """An amount in cents as staff type it and files hold it: "12.00", "0.05", "-2.50"."""
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
        amount = cents_text(abs(cents))
        if self.decimal_comma:
            amount = amount.replace(".", ",")
        sign = "-" if cents < 0 else ""
        symbol = self.symbol.strip()
        if not symbol:
            return f"{sign}{amount}"
        return f"{sign}{amount} {symbol}" if self.symbol_after else f"{sign}{symbol}{amount}"


def percent_text(fraction: float, money: MoneyFormat) -> str:
    """ "80.0 %" (or "80,0 %" where the studio writes money with a decimal comma)."""
    text = f"{fraction * 100:.1f} %"
    return text.replace(".", ",") if money.decimal_comma else text
