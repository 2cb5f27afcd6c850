"""Recognising columns by their headers, saving a mapping for the next file, and matching the
other system's plan names onto this studio's plans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio_app.domain.errors import ImportRefused
from studio_app.exchange.fields import DateOrder, Field, OnExisting
from studio_app.exchange.mapping import (
    guess_fields,
    guess_plan_ids,
    mapping_from_json,
    mapping_to_json,
    plan_names,
)
from studio_app.exchange.preview import ColumnMapping, StudioPlan
from studio_app.exchange.reading import read_table
from studio_app.exchange.table import SourceTable

DATA = Path(__file__).parent.parent / "data"
F = Field
MEMBER_AND_BALANCE = (
    F.FIRST_NAME,
    F.LAST_NAME,
    F.EMAIL,
    F.PHONE,
    F.BIRTH_DATE,
    F.CARD_CODE,
)


def test_the_english_export_is_recognised() -> None:
    headers = read_table(DATA / "clients_us_export.csv").headers
    assert guess_fields(headers) == (
        *MEMBER_AND_BALANCE,
        F.NOTES,
        F.PLAN,
        F.REMAINING,
        F.VALID_UNTIL,
    )


def test_the_polish_export_is_recognised() -> None:
    headers = read_table(DATA / "klienci_cp1250.csv").headers
    assert guess_fields(headers) == (
        *MEMBER_AND_BALANCE,
        F.PLAN,
        F.REMAINING,
        F.VALID_UNTIL,
        F.NOTES,
    )


def test_the_workbook_and_the_tab_file_are_recognised() -> None:
    rest = (F.EMAIL, F.PHONE, F.BIRTH_DATE, F.CARD_CODE, F.PLAN, F.REMAINING, F.VALID_UNTIL)
    for name in ("members_export.xlsx", "clients_utf8_bom_tabs.tsv"):
        assert guess_fields(read_table(DATA / name).headers) == (F.FULL_NAME, *rest, F.NOTES)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("FIRST_NAME", F.FIRST_NAME),
        ("given-name", F.FIRST_NAME),
        ("IMIE", F.FIRST_NAME),
        ("Prénom", F.FIRST_NAME),
        ("Family Name", F.LAST_NAME),
        ("surname", F.LAST_NAME),
        ("Client", F.FULL_NAME),
        ("Member", F.FULL_NAME),
        ("Full name", F.FULL_NAME),
        ("Imię i nazwisko", F.FULL_NAME),
        ("Client Name", F.FULL_NAME),
        ("Email address", F.EMAIL),
        ("Mail", F.EMAIL),
        ("Member E-mail", F.EMAIL),
        ("Cell", F.PHONE),
        ("Tel.", F.PHONE),
        ("Telefon komórkowy", F.PHONE),
        ("D.O.B.", F.BIRTH_DATE),
        ("Birth date", F.BIRTH_DATE),
        ("Birthday (MM/DD/YYYY)", F.BIRTH_DATE),
        ("RFID", F.CARD_CODE),
        ("Member ID card", F.CARD_CODE),
        ("Kod karty", F.CARD_CODE),
        ("Card Number", F.CARD_CODE),
        ("Comments", F.NOTES),
        ("UWAGI", F.NOTES),
        ("Pass", F.PLAN),
        ("Product", F.PLAN),
        ("Karnet", F.PLAN),
        ("Membership Type", F.PLAN),
        ("Sessions left", F.REMAINING),
        ("Credits", F.REMAINING),
        ("Visits left", F.REMAINING),
        ("pozostalo_wejsc", F.REMAINING),
        ("Expires", F.VALID_UNTIL),
        ("Expiry date", F.VALID_UNTIL),
        ("End date", F.VALID_UNTIL),
        ("Wazny do", F.VALID_UNTIL),
        ("Membership expiration", F.VALID_UNTIL),
        ("Client ID", F.IGNORE),
        ("Member since", F.IGNORE),
        ("Last visit", F.IGNORE),
        ("", F.IGNORE),
    ],
)
def test_headers_are_recognised_whatever_the_case_accents_and_punctuation(
    header: str, field: Field
) -> None:
    assert guess_fields([header]) == (field,)


def test_each_field_goes_to_the_first_column_that_names_it() -> None:
    fields = guess_fields(["Mobile", "Email", "Home phone", "E-mail address", "Notes"])
    assert fields == (F.PHONE, F.EMAIL, F.IGNORE, F.IGNORE, F.NOTES)


def test_first_and_last_name_columns_win_over_a_full_name_column() -> None:
    assert guess_fields(["Name", "First name", "Last name"]) == (
        F.IGNORE,
        F.FIRST_NAME,
        F.LAST_NAME,
    )
    assert guess_fields(["Full name", "Email"]) == (F.FULL_NAME, F.EMAIL)


HEADERS = ("Imię", "Nazwisko", "Numer klienta", "Karnet", "Ważny do")


def test_a_saved_mapping_comes_back_as_it_was() -> None:
    mapping = ColumnMapping(
        (F.FIRST_NAME, F.LAST_NAME, F.CARD_CODE, F.PLAN, F.VALID_UNTIL),
        DateOrder.DMY,
        {"Karnet 8 wejść": 3, "Wejściówka": None},
        OnExisting.UPDATE,
    )
    text = mapping_to_json(mapping, HEADERS)
    assert json.loads(text)["columns"]["Numer klienta"] == "card_code"
    assert "Karnet 8 wejść" in text  # readable, not escaped
    assert mapping_from_json(text, HEADERS) == mapping


def test_a_saved_mapping_applies_by_header_to_a_file_with_other_columns() -> None:
    saved = ColumnMapping((F.FIRST_NAME, F.LAST_NAME, F.CARD_CODE, F.IGNORE, F.IGNORE))
    text = mapping_to_json(saved, HEADERS)
    headers = ("Karnet", "Numer klienta", "Nazwisko", "Imię", "Telefon", "Karta")
    mapping = mapping_from_json(text, headers)
    # Karnet was set aside by the user; Telefon is new and recognised; Karta would be the
    # card code, which the saved mapping already takes from "Numer klienta".
    assert mapping.fields == (F.IGNORE, F.CARD_CODE, F.LAST_NAME, F.FIRST_NAME, F.PHONE, F.IGNORE)
    assert (mapping.date_order, mapping.plans, mapping.on_existing) == (None, {}, OnExisting.SKIP)


def test_a_saved_first_name_keeps_a_new_full_name_column_out() -> None:
    text = mapping_to_json(ColumnMapping((F.FIRST_NAME,)), ["Vorname"])
    assert mapping_from_json(text, ["Vorname", "Name"]).fields == (F.FIRST_NAME, F.IGNORE)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        '{"fields": []}',
        '{"columns": {"Imię": "shoe size"}}',
        '{"columns": {}, "date_order": "dym"}',
        '{"columns": {}, "plans": {"Karnet": "three"}}',
        '{"columns": {}, "plans": {"Karnet": true}}',
        '{"columns": {}, "on_existing": "merge"}',
    ],
)
def test_anything_but_a_saved_mapping_is_refused(text: str) -> None:
    with pytest.raises(ImportRefused, match="This is not a saved column mapping."):
        mapping_from_json(text, HEADERS)


def test_plan_names_are_the_distinct_names_sorted_ignoring_case() -> None:
    table = SourceTable(
        "x.csv",
        ("Name", "Plan"),
        (
            ("a", "monthly Unlimited"),
            ("b", "10 Class Pass"),
            ("c", ""),
            ("d", " 10  Class Pass "),
            ("e", "Karnet 8 wejść"),
            ("f", "Zumba"),
        ),
        "utf-8",
    )
    assert plan_names(table, (F.FULL_NAME, F.PLAN)) == (
        "10 Class Pass",
        "Karnet 8 wejść",
        "monthly Unlimited",
        "Zumba",
    )
    assert plan_names(table, (F.FULL_NAME, F.IGNORE)) == ()


def test_plan_names_of_the_polish_export() -> None:
    table = read_table(DATA / "klienci_cp1250.csv")
    assert plan_names(table, guess_fields(table.headers)) == (
        "Karnet 8 wejść",
        "Karnet open miesięczny",
    )


def test_plan_names_match_active_plans_ignoring_case_and_accents() -> None:
    plans = [
        StudioPlan(1, "Karnet 8 wejsc", "session_pass"),
        StudioPlan(2, "Monthly Unlimited", "time_based"),
        StudioPlan(3, "10 Class Pass", "session_pass", active=False),
        StudioPlan(4, "Open", "time_based"),
        StudioPlan(5, "OPEN", "time_based"),
    ]
    names = ["Karnet 8 wejść", "monthly  unlimited", "10 Class Pass", "Open", "Drop-in"]
    assert guess_plan_ids(names, plans) == {
        "Karnet 8 wejść": 1,
        "monthly  unlimited": 2,
        "10 Class Pass": None,  # only an archived plan has that name
        "Open": None,  # two plans have it: the user picks
        "Drop-in": None,
    }
