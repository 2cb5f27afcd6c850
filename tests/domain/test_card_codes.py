"""Card codes the app gives (domain/card_codes.py): 9 digits with a Luhn check digit, so a
mistyped digit is caught; and which codes a printed card can carry as a barcode."""

from __future__ import annotations

import itertools
import random

from studio_app.domain.card_codes import (
    check_digit,
    is_valid_code,
    new_code,
    printable_on_card,
)


def test_a_mistyped_or_swapped_digit_makes_the_code_invalid() -> None:
    assert check_digit("7992739871") == "3"  # the textbook Luhn example
    code = "12345678" + check_digit("12345678")
    assert is_valid_code(code)

    for position, digit in itertools.product(range(9), "0123456789"):
        typo = code[:position] + digit + code[position + 1 :]
        assert is_valid_code(typo) == (typo == code), typo
    for position in range(8):
        swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
        assert not is_valid_code(swapped) or swapped == code, swapped
    for wrong in ("", "12345678", "1234567890", "012345674", "１２３４５６７８２", "1234 5678"):
        assert not is_valid_code(wrong), wrong


def test_new_codes_have_nine_digits_never_a_leading_zero() -> None:
    draws = random.Random(13)
    codes = [new_code(draws.randrange) for _ in range(2_000)]
    assert all(is_valid_code(code) for code in codes)
    assert {code[0] for code in codes} == set("123456789")
    assert new_code(lambda _: 0) == "100000009"
    assert is_valid_code(new_code())  # the real source: secrets

    assert printable_on_card("100000009") and printable_on_card("CARD-7 / B")
    assert printable_on_card("X" * 20) and not printable_on_card("X" * 21)
    assert not printable_on_card("") and not printable_on_card("ŻÓŁW-1")
    assert not printable_on_card("A\tB")
