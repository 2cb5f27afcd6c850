"""Which text encoding an import file is in: UTF-8 (with or without a byte-order mark), or
the Central European or Western Windows code page, guessed from which reads as real letters."""

from __future__ import annotations

import pytest

from studio_app.domain.errors import ImportRefused
from studio_app.exchange.encodings import ENCODINGS, decode, encoding_label


def test_a_byte_order_mark_means_utf8_and_is_not_part_of_the_text() -> None:
    text, encoding, certain = decode(b"\xef\xbb\xbfImi\xc4\x99;Nazwisko\r\n")
    assert (text, encoding, certain) == ("Imię;Nazwisko\r\n", "utf-8-sig", True)


def test_broken_utf8_after_a_byte_order_mark_is_shown_and_flagged() -> None:
    text, encoding, certain = decode(b"\xef\xbb\xbfZo\xc3\xab;\xb3ukasz")
    assert (text, encoding, certain) == ("Zoë;\ufffdukasz", "utf-8-sig", False)


def test_valid_utf8_is_utf8() -> None:
    assert decode("Þór;Zoë Ångström;Łukasz Żółć".encode()) == (
        "Þór;Zoë Ångström;Łukasz Żółć",
        "utf-8",
        True,
    )


@pytest.mark.parametrize(
    "names",
    [
        "Łukasz Żółć;Zofia Świątek;Grzegorz Brzęczyszczykiewicz",
        "Wołodyjowski;Skrzetuski",
        "Ťapka Jiří",  # 0x8D ("Ť") is not a character in Windows-1252 at all
    ],
)
def test_central_european_text_is_read_as_windows_1250_with_certainty(names: str) -> None:
    text, encoding, certain = decode(names.encode("cp1250"))
    assert (text, encoding, certain) == (names, "cp1250", True)


@pytest.mark.parametrize(
    "names", ["Zoë Ångström", "Þór Odinsson", "José Muñoz", "Hélène Crème", "João Gonçalves"]
)
def test_western_text_is_read_as_windows_1252_but_flagged_for_the_user_to_check(
    names: str,
) -> None:
    # Windows-1250 reads these bytes as letters too ("Ĺngström", "Ţór"): a guess, not certain.
    text, encoding, certain = decode(names.encode("cp1252"))
    assert (text, encoding, certain) == (names, "cp1252", False)


def test_czech_letters_that_windows_1252_reads_as_western_letters_go_to_windows_1250() -> None:
    text, encoding, _ = decode("Antonín Dvořák;Jan Černý;Kateřina Běhalová".encode("cp1250"))
    assert (text, encoding) == ("Antonín Dvořák;Jan Černý;Kateřina Běhalová", "cp1250")


def test_a_single_polish_letter_among_western_letters_is_enough_to_be_certain() -> None:
    # "Kościuszko" alone reads as "Koœciuszko" in Windows-1252; "Łódź" as "£ódŸ" does not.
    text, encoding, certain = decode("Kościuszko;Łódź".encode("cp1250"))
    assert (text, encoding, certain) == ("Kościuszko;Łódź", "cp1250", True)


def test_accents_both_code_pages_share_read_the_same_so_nothing_is_uncertain() -> None:
    assert decode("François Müller".encode("cp1252")) == ("François Müller", "cp1252", True)


def test_text_neither_code_page_reads_as_words_is_not_certain() -> None:
    # ISO-8859-2 (a Linux export): "Świątek" has bytes both code pages read as symbols.
    text, encoding, certain = decode("Zofia Świątek, Źródło".encode("iso-8859-2"))
    assert certain is False
    assert encoding in ("cp1250", "cp1252") and text != "Zofia Świątek, Źródło"


def test_a_chosen_encoding_is_used_as_given() -> None:
    polish = "Łukasz Żółć".encode("cp1250")
    assert decode(polish, "cp1252") == ("£ukasz ¯ó³æ", "cp1252", True)
    assert decode(b"\xef\xbb\xbfZo\xc3\xab", "utf-8") == ("Zoë", "utf-8-sig", True)


def test_a_chosen_encoding_that_cannot_read_the_bytes_names_it_and_the_byte() -> None:
    with pytest.raises(ImportRefused) as refused:
        decode("Imię;Łukasz".encode("cp1250"), "utf-8", source="klienci.csv")
    message = refused.value.message
    assert message.startswith("klienci.csv cannot be read as UTF-8: byte 3 (0xEA)")
    assert "Choose another one" in message


def test_the_encodings_a_user_can_choose_have_labels() -> None:
    assert ENCODINGS == ("utf-8", "cp1250", "cp1252")
    assert [encoding_label(e) for e in ENCODINGS] == [
        "UTF-8",
        "Windows-1250 (Central European)",
        "Windows-1252 (Western European)",
    ]
