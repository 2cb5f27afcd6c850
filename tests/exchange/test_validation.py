"""The verdict on every row before anything is written: who is imported as new, updated or
skipped, who is rejected and why, and which balance comes along."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from studio_app.domain.errors import ImportRefused
from studio_app.exchange import validation
from studio_app.exchange.fields import DateOrder, Field, OnExisting
from studio_app.exchange.mapping import guess_fields
from studio_app.exchange.preview import (
    BalanceRecord,
    ColumnMapping,
    ExistingMembers,
    ImportPreview,
    MemberRecord,
    PreviewRow,
    RowAction,
    RowStatus,
    StudioPlan,
)
from studio_app.exchange.reading import read_table
from studio_app.exchange.table import SourceTable
from studio_app.exchange.validation import preview_rows

DATA = Path(__file__).parent.parent / "data"
TODAY = date(2026, 12, 1)
PASS_10 = StudioPlan(1, "10-class pass", "session_pass")
UNLIMITED = StudioPlan(2, "Unlimited monthly", "time_based")
KARNET_8 = StudioPlan(3, "Karnet 8 wejść", "session_pass")
OPEN = StudioPlan(4, "Open miesięczny", "time_based")
CREDITS = StudioPlan(5, "Pilates credits", "limited")
PLANS = (PASS_10, UNLIMITED, KARNET_8, OPEN, CREDITS)
NOBODY = ExistingMembers()
OK, WARNING, ERROR = RowStatus.OK, RowStatus.WARNING, RowStatus.ERROR
NEW, UPDATE, SKIP, REJECT = RowAction.NEW, RowAction.UPDATE, RowAction.SKIP, RowAction.REJECT


def _preview(
    name: str,
    plans: dict[str, int | None],
    existing: ExistingMembers = NOBODY,
    on_existing: OnExisting = OnExisting.SKIP,
) -> ImportPreview:
    table = read_table(DATA / name)
    mapping = ColumnMapping(guess_fields(table.headers), plans=plans, on_existing=on_existing)
    return preview_rows(table, mapping, existing, PLANS, TODAY)


def _verdicts(preview: ImportPreview) -> list[tuple[int, RowStatus, RowAction, str]]:
    return [(r.line, r.status, r.action, r.reason_text) for r in preview.rows]


def _table(headers: str, *rows: str) -> SourceTable:
    return SourceTable(
        "x.csv", tuple(headers.split(";")), tuple(tuple(r.split(";")) for r in rows), "utf-8"
    )


def _one(headers: str, row: str, existing: ExistingMembers = NOBODY) -> PreviewRow:
    """The verdict on one row; "Old" is mapped onto a plan no longer offered, "Gone" onto none."""
    table = _table(headers, row)
    plans = {"Pass": 1, "Unlimited": 2, "Credits": 5, "Old": 99, "Gone": None}
    mapping = ColumnMapping(guess_fields(table.headers), plans=plans)
    return preview_rows(table, mapping, existing, PLANS, TODAY).rows[0]


# The sample exports ---------------------------------------------------------------------------

US_PLANS = {"10 Class Pass": 1, "Monthly Unlimited": 2, "Drop-in": None}


def test_the_english_export() -> None:
    preview = _preview("clients_us_export.csv", US_PLANS)
    assert (preview.date_order, preview.ambiguous_date_columns) == (DateOrder.MDY, ())
    assert (preview.encoding, preview.encoding_certain) == ("utf-8", True)
    assert _verdicts(preview) == [
        (2, OK, NEW, ""),
        (3, OK, NEW, ""),
        (4, WARNING, NEW, "no sessions left on 10-class pass: balance not imported"),
        (5, ERROR, REJECT, "invalid email 'priya.n@example'"),
        (6, ERROR, REJECT, "no name: a member needs a first or last name"),
        (7, ERROR, REJECT, "card code 100201 is also on line 2"),
        (8, WARNING, NEW, "balance ended on 31 Oct 2026: not imported"),
        (9, OK, NEW, ""),
        (10, ERROR, REJECT, "unknown plan 'Drop-in': map it to one of this studio's plans"),
        (11, OK, NEW, ""),
        (12, ERROR, REJECT, "birth date 10 Oct 2030 is in the future"),
    ]
    assert (
        preview.summary() == "11 rows: 6 new, 0 to update, 0 skipped, 5 rejected (2 with warnings)."
    )
    emily, zoe = preview.rows[0], preview.rows[1]
    assert emily.member == MemberRecord(
        "Emily", "Carter", "emily.carter@example.com", "(555) 201-3344", date(1988, 4, 23), "100201"
    )
    assert emily.balance == BalanceRecord(1, 7, date(2027, 3, 31))
    assert zoe.member is not None and zoe.member.full_name == "Zoë Ångström"
    assert zoe.member.notes == "Knee injury, no jumping"
    assert zoe.balance == BalanceRecord(2, None, date(2027, 1, 15))  # time-based: no count
    assert preview.rows[9].balance == BalanceRecord(1, 12, None)  # no end: the plan's length
    assert all(r.member is None and r.balance is None for r in preview.rows if r.action is REJECT)


PL_PLANS = {"Karnet 8 wejść": 3, "Karnet open miesięczny": 4}


def test_the_polish_export() -> None:
    preview = _preview("klienci_cp1250.csv", PL_PLANS)
    assert preview.date_order is DateOrder.DMY
    assert _verdicts(preview) == [
        (2, OK, NEW, ""),
        (3, OK, NEW, ""),
        (4, OK, NEW, ""),
        (5, ERROR, REJECT, "Data urodzenia: '31.06.1992' is not a date: June 1992 has 30 days"),
        (6, ERROR, REJECT, "sessions left '-2' is negative"),
        (7, ERROR, REJECT, "no sessions left given for Karnet 8 wejść"),
        (8, WARNING, NEW, "Open miesięczny is time-based: sessions left '4' ignored"),
        (9, OK, NEW, ""),
        (10, ERROR, REJECT, "email LUKASZ.ZOLC@example.pl is also on line 2"),
        (11, WARNING, NEW, "balance ended on 30 Sep 2026: not imported"),
    ]
    lukasz, zofia, grzegorz = (r.member for r in preview.rows[:3])
    assert lukasz == MemberRecord(
        "Łukasz", "Żółć", "lukasz.zolc@example.pl", "601 234 567", date(1990, 7, 14), "K-0001"
    )
    assert zofia is not None and zofia.notes == "Kontuzja kolana – bez skłonów"
    assert grzegorz is not None and grzegorz.birth_date == date(1988, 2, 29)
    assert [r.balance for r in preview.rows[:3]] == [
        BalanceRecord(3, 5, date(2027, 1, 31)),
        BalanceRecord(4, None, date(2026, 12, 15)),
        BalanceRecord(3, 8, date(2027, 2, 28)),
    ]
    assert preview.rows[6].balance == BalanceRecord(4, None, date(2026, 12, 31))


def test_the_workbook_splits_full_names_at_the_last_space() -> None:
    plans = {"Karnet 8 wejść": 3, "Monthly Unlimited": 2, "10 Class Pass": 1}
    preview = _preview("members_export.xlsx", plans)
    assert preview.date_order is DateOrder.YMD
    assert _verdicts(preview) == [
        (2, OK, NEW, ""),
        (3, OK, NEW, ""),
        (4, OK, NEW, ""),
        (6, OK, NEW, ""),
        (7, ERROR, REJECT, "sessions left '2.5' is not a whole number"),
        (8, ERROR, REJECT, "birth date 1 Jan 2031 is in the future"),
        (9, OK, NEW, ""),
    ]
    names = [(r.member.first_name, r.member.last_name) for r in preview.rows if r.member]
    assert names == [
        ("Łukasz", "Żółć"),
        ("Zoë", "Ångström"),
        ("Þór", "Odinsson"),
        ("Madonna", ""),  # one word: a first name
        ("Chloé", "Dubois"),  # "  Chloé   Dubois " in the cell
    ]
    lukasz, chloe = preview.rows[0].member, preview.rows[-1].member
    assert lukasz is not None and (lukasz.phone, lukasz.card_code) == ("48601234567", "5001")
    assert chloe is not None and chloe.notes == "Line one\nline two"
    assert preview.rows[2].balance == BalanceRecord(1, 10, None)


def test_the_tab_file_with_iso_dates() -> None:
    preview = _preview("clients_utf8_bom_tabs.tsv", {"10 Class Pass": 1, "Monthly Unlimited": 2})
    assert preview.date_order is DateOrder.YMD
    assert _verdicts(preview) == [
        (2, OK, NEW, ""),
        (3, OK, NEW, ""),
        (5, OK, NEW, ""),
        (6, ERROR, REJECT, "sessions left '2.5' is not a whole number"),
        (8, ERROR, REJECT, "DOB: '1987-02-30' is not a date: February 1987 has 28 days"),
        (9, WARNING, NEW, "balance ended on 30 Nov 2026: not imported"),
        (10, OK, NEW, ""),
        (11, OK, NEW, ""),
    ]
    ana = preview.rows[1].member
    assert ana is not None and (ana.first_name, ana.last_name) == ("Ana María", "López")
    assert preview.rows[0].balance == BalanceRecord(1, 6, date(2027, 2, 28))
    assert preview.rows[6].balance == BalanceRecord(2, None, None)


# Members on file ------------------------------------------------------------------------------

ON_FILE = ExistingMembers(
    by_card={"K-0001": 41, "K-0003": 44, "K-0005": 46},
    by_email={
        "zofia.swiatek@example.pl": 42,
        "jerzy.lecki@example.pl": 43,
        "g.brzeczyszczykiewicz@example.pl": 45,
    },
    running_plans={42: frozenset({4})},
)


def test_rows_of_members_on_file_are_skipped_by_default_and_bring_no_balance() -> None:
    rows = _preview("klienci_cp1250.csv", PL_PLANS, ON_FILE).rows
    lukasz, zofia, grzegorz, pawel = rows[0], rows[1], rows[2], rows[4]
    assert (lukasz.action, lukasz.existing_id, lukasz.balance) == (SKIP, 41, None)  # by card
    assert (zofia.action, zofia.existing_id, zofia.balance) == (SKIP, 42, None)  # by email
    assert lukasz.member is not None and lukasz.status is OK
    # Paweł's "-2" sessions are not checked: nothing of a skipped row is imported.
    assert (pawel.status, pawel.action) == (OK, SKIP)
    assert (grzegorz.status, grzegorz.action, grzegorz.reason_text) == (
        ERROR,
        REJECT,
        "card code K-0003 already belongs to another member",
    )


def test_rows_of_members_on_file_update_them_when_asked() -> None:
    preview = _preview("klienci_cp1250.csv", PL_PLANS, ON_FILE, on_existing=OnExisting.UPDATE)
    lukasz, zofia, jerzy = preview.rows[0], preview.rows[1], preview.rows[6]
    assert (lukasz.action, lukasz.existing_id, lukasz.status) == (UPDATE, 41, OK)
    assert lukasz.balance == BalanceRecord(3, 5, date(2027, 1, 31))
    assert (zofia.action, zofia.status, zofia.balance) == (UPDATE, WARNING, None)
    assert zofia.reasons == ("already has Open miesięczny: balance not imported",)
    assert (jerzy.action, jerzy.existing_id) == (UPDATE, 43)
    assert preview.rows[4].reason_text == "sessions left '-2' is negative"
    assert (preview.updated, preview.skipped) == (3, 0)


def test_emails_match_members_on_file_ignoring_case() -> None:
    row = _one("Name;Email", "Zofia Świątek;Zofia.Swiatek@Example.PL", ON_FILE)
    assert (row.action, row.existing_id) == (SKIP, 42)


# Dates ----------------------------------------------------------------------------------------

AMBIGUOUS = ("Name;Birthday;Expires", "Zoë Ångström;04.03.1994;", "Þór Odinsson;01.12.1980;")


def test_ambiguous_dates_are_listed_and_read_day_first_meanwhile() -> None:
    table = _table(*AMBIGUOUS)
    preview = preview_rows(table, ColumnMapping(guess_fields(table.headers)), NOBODY, PLANS, TODAY)
    assert (preview.date_order, preview.ambiguous_date_columns) == (DateOrder.DMY, ("Birthday",))
    assert [r.member.birth_date for r in preview.rows if r.member] == [
        date(1994, 3, 4),
        date(1980, 12, 1),
    ]


def test_the_users_date_order_is_used_and_nothing_is_ambiguous() -> None:
    table = _table(*AMBIGUOUS)
    mapping = ColumnMapping(guess_fields(table.headers), date_order=DateOrder.MDY)
    preview = preview_rows(table, mapping, NOBODY, PLANS, TODAY)
    assert (preview.date_order, preview.ambiguous_date_columns) == (DateOrder.MDY, ())
    assert preview.rows[0].member is not None
    assert preview.rows[0].member.birth_date == date(1994, 4, 3)


def test_a_valid_until_date_tells_the_order_of_the_birth_dates_too() -> None:
    table = _table(AMBIGUOUS[0], AMBIGUOUS[1], "Þór Odinsson;01.12.1980;", "Ann Lee;;25.01.2027")
    preview = preview_rows(table, ColumnMapping(guess_fields(table.headers)), NOBODY, PLANS, TODAY)
    assert (preview.date_order, preview.ambiguous_date_columns) == (DateOrder.DMY, ())


def test_when_the_dates_disagree_the_order_reading_most_of_them_is_used() -> None:
    table = _table("Name;Birthday", "A B;14.07.1990", "C D;15.08.1991", "E F;07/16/1992")
    preview = preview_rows(table, ColumnMapping(guess_fields(table.headers)), NOBODY, PLANS, TODAY)
    assert preview.date_order is DateOrder.DMY
    assert (
        preview.rows[2].reason_text == "Birthday: '07/16/1992' is not a date: there is no month 16"
    )


# Balances -------------------------------------------------------------------------------------

BALANCE = "Name;Plan;Sessions left;Valid until"


@pytest.mark.parametrize(
    ("row", "status", "reason", "balance"),
    [
        ("Zoë Å;Pass;5;2027-01-31", OK, "", BalanceRecord(1, 5, date(2027, 1, 31))),
        ("Zoë Å;Pass;+5;", OK, "", BalanceRecord(1, 5, None)),
        ("Zoë Å;Pass;5.0;", OK, "", BalanceRecord(1, 5, None)),
        ("Zoë Å;Credits;3;2027-01-31", OK, "", BalanceRecord(5, 3, date(2027, 1, 31))),
        ("Zoë Å;Pass;ten;", ERROR, "sessions left 'ten' is not a whole number", None),
        ("Zoë Å;Pass;-1;", ERROR, "sessions left '-1' is negative", None),
        ("Zoë Å;Pass;10000;", OK, "", BalanceRecord(1, 10_000, None)),
        ("Zoë Å;Pass;10001;", ERROR, "sessions left '10001' is more than 10000", None),
        ("Zoë Å;Pass;;", ERROR, "no sessions left given for 10-class pass", None),
        (
            "Zoë Å;Credits;0;",
            WARNING,
            "no sessions left on Pilates credits: balance not imported",
            None,
        ),
        ("Zoë Å;Unlimited;;2027-01-31", OK, "", BalanceRecord(2, None, date(2027, 1, 31))),
        (
            "Zoë Å;Unlimited;3;",
            WARNING,
            "Unlimited monthly is time-based: sessions left '3' ignored",
            BalanceRecord(2, None, None),
        ),
        (
            "Zoë Å;Unlimited;;2026-11-30",
            WARNING,
            "balance ended on 30 Nov 2026: not imported",
            None,
        ),
        ("Zoë Å;Unlimited;;2026-12-01", OK, "", BalanceRecord(2, None, date(2026, 12, 1))),
        ("Zoë Å;;3;", ERROR, "sessions left '3' given without a plan", None),
        ("Zoë Å;;;2027-01-31", WARNING, "Valid until given without a plan: ignored", None),
        ("Zoë Å;Gone;3;", ERROR, "unknown plan 'Gone': map it to one of this studio's plans", None),
        ("Zoë Å;Old;3;", ERROR, "unknown plan 'Old': map it to one of this studio's plans", None),
        ("Zoë Å;Yoga;3;", ERROR, "unknown plan 'Yoga': map it to one of this studio's plans", None),
        (
            "Zoë Å;Pass;3;2027-02-30",
            ERROR,
            "Valid until: '2027-02-30' is not a date: February 2027 has 28 days",
            None,
        ),
    ],
)
def test_balances(row: str, status: RowStatus, reason: str, balance: BalanceRecord | None) -> None:
    verdict = _one(BALANCE, row)
    assert (verdict.status, verdict.reason_text, verdict.balance) == (status, reason, balance)
    assert (verdict.member is None) == (status is ERROR)


def test_a_rejected_row_lists_every_reason_errors_first() -> None:
    verdict = _one("Name;Email;Plan;Sessions left;Valid until", "Zoë Å;zoe@;Unlimited;3;x")
    assert verdict.reasons == (
        "invalid email 'zoe@'",
        "Valid until: 'x' is not a date",
        "Unlimited monthly is time-based: sessions left '3' ignored",
    )
    verdict = _one(BALANCE, "Zoë Å;Pass;-1;2020-01-01")
    assert verdict.reasons == ("sessions left '-1' is negative",)


# Member details -------------------------------------------------------------------------------


def test_cells_longer_than_the_member_columns_are_errors_naming_the_column() -> None:
    verdict = _one(
        "Given name;Surname;E-mail;Tel;Card",
        f"{'Z' * 81};Å;{'z' * 150}@example.com;{'1' * 41};{'C' * 65}",
    )
    assert verdict.reasons == (
        "Given name is 81 characters long (at most 80)",
        "E-mail is 162 characters long (at most 160)",
        "Tel is 41 characters long (at most 40)",
        "Card is 65 characters long (at most 64)",
    )
    verdict = _one("Full name;Notes", f"Zoë {'Å' * 85};{'n' * 2000}")
    assert verdict.reasons == ("Full name is 85 characters long (at most 80)",)
    assert _one("Full name;Notes", f"Zoë Ångström;{'n' * 2000}").status is OK
    verdict = _one("Full name;Notes", f"Zoë Ångström;{'n' * 5000}")
    assert verdict.reasons == ("Notes is 5000 characters long (at most 2000)",)


def test_control_characters_are_stripped_from_text() -> None:
    verdict = _one("First name;Last name;Notes", "Zo\x00ë\x07;Ång\tström\r\n;a\x1b[31m\r\nb\tc")
    assert verdict.member is not None
    assert (verdict.member.first_name, verdict.member.last_name) == ("Zoë", "Ång ström")
    assert verdict.member.notes == "a[31m\nb\tc"


def test_a_member_with_only_a_last_name_is_fine() -> None:
    verdict = _one("First name;Last name", ";Odinsson")
    assert verdict.status is OK and verdict.member == MemberRecord("", "Odinsson")


def test_a_column_mapped_twice_gives_its_first_non_empty_cell() -> None:
    table = _table("Name;Mobile;Home phone", "Zoë Å;;555-0100")
    mapping = ColumnMapping((Field.FULL_NAME, Field.PHONE, Field.PHONE))
    [row] = preview_rows(table, mapping, NOBODY, PLANS, TODAY).rows
    assert row.member is not None and row.member.phone == "555-0100"


def test_a_mapping_shorter_than_the_headers_ignores_the_rest() -> None:
    table = _table("Name;Email", "Zoë Å;zoe@example")
    [row] = preview_rows(table, ColumnMapping((Field.FULL_NAME,)), NOBODY, PLANS, TODAY).rows
    assert row.status is OK and row.member == MemberRecord("Zoë", "Å")


def test_a_file_with_no_name_column_is_refused() -> None:
    table = _table("Email;Phone", "zoe@example.com;555")
    with pytest.raises(ImportRefused) as refused:
        preview_rows(table, ColumnMapping(guess_fields(table.headers)), NOBODY, PLANS, TODAY)
    assert refused.value.message == (
        "No column of x.csv is mapped to a name: map one to First name, Last name or Full name."
    )


def test_emails_follow_the_members_forms_rule() -> None:
    from studio_app.services.members import _EMAIL

    assert validation._EMAIL.pattern == _EMAIL.pattern
    assert _one("Name;Email", "Zoë Å;zoë@example.se").status is OK
    assert (
        _one("Name;Email", "Zoë Å;zoe @example.se").reason_text == "invalid email 'zoe @example.se'"
    )


# Many rows ----------------------------------------------------------------------------------------


def test_twenty_thousand_rows_are_checked_with_every_rejection_and_update_counted() -> None:
    """The speed of this check is a benchmark (tests/benchmarks/test_import_speed.py)."""
    headers = "First name;Last name;Email;Phone;Birthday;Card;Notes;Plan;Sessions left;Valid until"
    rows = tuple(
        (
            f"Zoë{i}",
            f"Ångström{i}",
            f"zoe{i}@example.com" if i % 50 else "broken",
            f"+48 600 {i:06d}",
            f"{i % 28 + 1:02d}.{i % 12 + 1:02d}.{1950 + i % 50}",
            f"C-{i % 19_000}",
            "Prefers mornings" if i % 3 else "",
            ("Pass", "Unlimited", "Credits", "")[i % 4],
            str(i % 12 + 1) if i % 2 == 0 else "",
            f"{i % 28 + 1:02d}.{i % 12 + 1:02d}.2027",
        )
        for i in range(20_000)
    )
    table = SourceTable("big.csv", tuple(headers.split(";")), rows, "utf-8")
    existing = ExistingMembers({f"C-{i}": i for i in range(5_000)}, {}, {})
    mapping = ColumnMapping(
        guess_fields(table.headers),
        plans={"Pass": 1, "Unlimited": 2, "Credits": 5},
        on_existing=OnExisting.UPDATE,
    )
    preview = preview_rows(table, mapping, existing, PLANS, TODAY)
    assert len(preview.rows) == 20_000 and preview.date_order is DateOrder.DMY
    # 400 broken emails, 1,000 card codes used twice (20 rows have both); 100 of the 5,000
    # members on file have a broken email.
    assert (preview.rejected, preview.updated) == (400 + 1_000 - 20, 5_000 - 100)


def test_the_preview_carries_the_files_encoding() -> None:
    preview = _preview("klienci_cp1250.csv", PL_PLANS)
    assert (preview.file_name, preview.encoding, preview.encoding_certain) == (
        "klienci_cp1250.csv",
        "cp1250",
        True,
    )
    assert preview.headers[0] == "Imię"
    again = replace(read_table(DATA / "klienci_cp1250.csv"), encoding_certain=False)
    preview = preview_rows(again, ColumnMapping(guess_fields(again.headers)), NOBODY, PLANS, TODAY)
    assert preview.encoding_certain is False


def test_the_same_person_on_a_further_line_adds_a_balance_and_follows_the_first_verdict() -> None:
    table = _table(
        "Name;Email;Plan;Sessions left;Credit category",
        "Łukasz Żółć;lukasz@example.com;10-class pass;7;",
        "Łukasz Żółć;LUKASZ@example.com;Unlimited monthly;2;Personal training",
        "Zoë;zoe@example.com;10-class pass;-1;",
        "Zoë;zoe@example.com;10-class pass;3;",
        "Anna Nowak;lukasz@example.com;10-class pass;3;",
    )
    plans = {"10-class pass": PASS_10.id, "Unlimited monthly": UNLIMITED.id}
    mapping = ColumnMapping(guess_fields(table.headers), plans=plans)
    preview = preview_rows(table, mapping, NOBODY, PLANS, TODAY)
    assert [(r.line, r.action, r.same_as) for r in preview.rows] == [
        (2, NEW, None),
        (3, RowAction.BALANCE, 2),
        (4, REJECT, None),
        (5, REJECT, None),
        (6, REJECT, None),
    ]
    assert preview.rows[1].balance == BalanceRecord(UNLIMITED.id, 2, None, "Personal training")
    assert preview.rows[3].reason_text == "the member on line 4 is rejected"
    assert preview.rows[4].reason_text == "email lukasz@example.com is also on line 2"
    assert preview.summary() == (
        "5 rows: 1 new, 0 to update, 0 skipped, 3 rejected, 1 more balances of members above."
    )
