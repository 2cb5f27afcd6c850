"""Money received at the desk: how it was paid.

Seed 002: an unpaid visit can only be paid with an accepted payment method or with a purchase
option (a membership); these are the accepted methods.
"""

from __future__ import annotations

import enum

from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import cents_text


class PaymentMethod(enum.StrEnum):
    CASH = "cash"
    CARD = "card"
    TRANSFER = "transfer"
    CARD_ON_FILE = "card_on_file"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "cash": "Cash",
            "card": "Card terminal",
            "transfer": "Bank transfer",
            "card_on_file": "Card on file",
            "other": "Other",
        }[self.value]

    @classmethod
    def parse(cls, method: str) -> PaymentMethod:
        """The accepted method named ``method`` ("Cash" or "cash"), or a refusal listing them."""
        typed = method.strip().lower()
        for m in cls:
            if typed in (m.value, m.label.lower()):
                return m
        accepted = ", ".join(m.label for m in cls)
        raise ValidationError(
            f"'{method}' is not an accepted payment method ({accepted}).",
            rule="payment-method",
        )


def describe_drop_in(amount_cents: int, method: str) -> str:
    """How a drop-in payment reads on lists and in the user log: "Drop-in 15.00 (cash)"."""
    return f"Drop-in {cents_text(amount_cents)} ({method})"
