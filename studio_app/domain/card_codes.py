"""Member card codes (SPEC §7 member cards): the codes the app gives and which codes can be
printed on a card as a barcode.

A code the app gives has 9 digits: 8 drawn at random (the first never 0, so the code keeps
its length wherever it is typed or stored as a number) and a Luhn check digit, so a code with
one digit mistyped, or two neighbouring digits swapped (except 09 ↔ 90), is never valid.
The app never gives a code another member already holds; the caller checks that.

Codes typed by staff in the member editor may be anything; a card prints a code of at most
20 characters of plain printable ASCII (what Code 128 encodes and a card's width holds with
bars wide enough to scan).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

#: How many digits a code the app gives has, its check digit included.
CODE_DIGITS = 9
#: The longest code a printed card carries as a barcode.
MAX_PRINTED_LENGTH = 20


def check_digit(payload: str) -> str:
    """The Luhn check digit of ``payload`` (digits only): from the right, every other digit
    starting with the last is doubled (9 subtracted when over 9), and the check digit brings
    the sum to a multiple of 10."""
    total = 0
    for position, char in enumerate(reversed(payload)):
        digit = int(char)
        if position % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def is_valid_code(code: str) -> bool:
    """Whether ``code`` is a code the app could have given: 9 ASCII digits, not starting with
    0, whose last digit is the Luhn check digit of the others."""
    return (
        len(code) == CODE_DIGITS
        and code.isascii()
        and code.isdigit()
        and code[0] != "0"
        and check_digit(code[:-1]) == code[-1]
    )


def new_code(randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    """A fresh code: a random first digit 1–9, seven random digits and the check digit.
    ``randbelow`` is the source of randomness (``secrets`` unless a test fixes it)."""
    payload = str(1 + randbelow(9)) + "".join(str(randbelow(10)) for _ in range(CODE_DIGITS - 2))
    return payload + check_digit(payload)


def printable_on_card(code: str) -> bool:
    """Whether a card can carry ``code`` as a barcode: 1 to 20 characters of printable ASCII
    (letters, digits, signs and spaces)."""
    return 0 < len(code) <= MAX_PRINTED_LENGTH and code.isascii() and code.isprintable()
