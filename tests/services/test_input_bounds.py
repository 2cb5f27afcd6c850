"""Every input has a bound (domain/bounds.py, issue 12): out-of-range values are refused at the
service boundary with a ValidationError (a NotFound for an id) that names the rule and the
numbers, never an OverflowError, a database error or seconds of CPU, and a refusal changes
nothing. Ordinary non-ASCII text (Łukasz Żółć, Zoë) still passes."""

from __future__ import annotations

import hashlib
import time
from dataclasses import replace
from datetime import date, datetime
from datetime import time as clock_time
from pathlib import Path

import pytest
from sqlalchemy import text

from studio_app.container import Services
from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import DomainError, ImportRefused, NotFound, ValidationError
from studio_app.domain.payments import PaymentMethod
from studio_app.domain.plans import DEFAULT_CATEGORY, PlanKind
from studio_app.domain.privileges import Role
from studio_app.domain.restrictions import Period, Restriction
from studio_app.dto.appointments import AppointmentInput
from studio_app.dto.billing import ProductInput, ProductSale
from studio_app.dto.members import MemberInput
from studio_app.dto.plans import PlanInput
from studio_app.dto.schedule import SeriesInput
from studio_app.exchange.columns import ExportRefused
from studio_app.exchange.fields import Field
from studio_app.exchange.preview import ColumnMapping, RowAction
from studio_app.exchange.table import SourceTable
from studio_app.models import Base
from tests.factories import StudioFactory

HUGE = 2**63  # one more than SQLite's (and PostgreSQL's) largest integer


def _data(svc: Services) -> str:
    """Row counts and a hash of every table's rows: what a refusal must leave as it was."""
    digest = hashlib.sha256()
    with svc.ctx.uow.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            rows = connection.execute(text(f'SELECT * FROM "{table.name}"')).all()
            digest.update(f"{table.name}:{len(rows)}:".encode())
            for line in sorted(repr(tuple(row)) for row in rows):
                digest.update(line.encode())
    return digest.hexdigest()


def _refused(svc: Services, error: type[DomainError], message: str, action, *args, **kw) -> None:  # type: ignore[no-untyped-def]
    """``action`` is refused with ``error`` whose message contains ``message``, and the data is
    as it was."""
    before = _data(svc)
    with pytest.raises(error) as refusal:
        action(*args, **kw)
    assert message in refusal.value.message
    assert _data(svc) == before


def _series(name: str = "Vinyasa Flow", weekdays: frozenset[int] = frozenset({1})) -> SeriesInput:
    return SeriesInput(
        name,
        "Anna Kowalska",
        "Studio A",
        12,
        60,
        weekdays,
        clock_time(18),
        date(2026, 11, 1),
        date(2027, 2, 28),
        DEFAULT_CATEGORY,
    )


def _plan(
    name: str = "Monthly",
    count: int = 1,
    unit: DurationUnit = DurationUnit.MONTHS,
    price_cents: int = 12000,
) -> PlanInput:
    return PlanInput(name, PlanKind.TIME_BASED, price_cents, count, unit, None, DEFAULT_CATEGORY)


# Names and text --------------------------------------------------------------------------------


def test_names_in_any_alphabet_pass(studio: StudioFactory) -> None:
    svc = studio.svc
    lukasz = studio.member("Łukasz", "Żółć", notes="Knee injury:\n\tno jumps")
    zoe = studio.member("Zoë", "Ångström", email="zoe@example.com")
    assert svc.members.get(lukasz).full_name == "Łukasz Żółć"
    assert svc.members.get(lukasz).notes == "Knee injury:\n\tno jumps"
    assert [m.id for m in svc.members.search("żółć")] == [lukasz]
    assert svc.members.get(zoe).full_name == "Zoë Ångström"
    assert svc.plans.create(_plan("Karnet Łódź — 1 miesiąc")).value


@pytest.mark.parametrize(
    ("first_name", "message"),
    [
        ("Anna\x00", "First name contains a control character (U+0000 at position 5)"),
        ("An\x1bna", "First name contains a control character (U+001B at position 3)"),
        ("Anna\nMaria", "First name contains a control character (U+000A at position 5)"),
        ("x" * 100_000, "First name is 100,000 characters long; at most 100 are allowed"),
    ],
    ids=["NUL", "escape", "line break", "100,000 characters"],
)
def test_control_characters_and_overlong_names_are_refused(
    studio: StudioFactory, first_name: str, message: str
) -> None:
    svc = studio.svc
    _refused(svc, ValidationError, message, svc.members.create, MemberInput(first_name, "Nowak"))
    member = studio.member("Anna", "Nowak")
    _refused(
        svc, ValidationError, message, svc.members.update, member, MemberInput(first_name, "Nowak")
    )
    assert svc.members.get(member).first_name == "Anna"


def test_every_member_field_is_bounded(studio: StudioFactory) -> None:
    svc = studio.svc
    for data, message in (
        (MemberInput("Anna", "Nowak", email="a@" + "b" * 260 + ".pl"), "Email is 265 characters"),
        (MemberInput("Anna", "Nowak", phone="1" * 41), "Phone is 41 characters long"),
        (MemberInput("Anna", "Nowak", card_code="C" * 65), "Card code is 65 characters long"),
        (MemberInput("Anna", "Nowak", notes="n" * 2001), "Notes is 2,001 characters long"),
        (MemberInput("Anna", "Nowak", notes="a\x07b"), "Notes contains a control character"),
    ):
        _refused(svc, ValidationError, message, svc.members.create, data)


def test_names_of_plans_classes_products_and_staff_are_bounded(studio: StudioFactory) -> None:
    svc = studio.svc
    long = "x" * 100_000
    _refused(svc, ValidationError, "The plan's name is 100,000", svc.plans.create, _plan(long))
    _refused(
        svc,
        ValidationError,
        "The class's name contains a control character",
        svc.schedule.create_series,
        _series("Yoga\x00"),
    )
    _refused(
        svc,
        ValidationError,
        "A product name is 100,000",
        svc.products.create,
        ProductInput(long, 500),
    )
    _refused(
        svc,
        ValidationError,
        "The full name contains a control character",
        svc.staff.create,
        username="dana",
        full_name="Dana\x00",
        role=Role.FRONT_DESK,
        password="desk-secret",
    )
    _refused(svc, ValidationError, "The studio's name is 100,000", svc.studio.rename, long)


def test_a_search_is_at_most_200_characters_and_100_000_rows(studio: StudioFactory) -> None:
    svc = studio.svc
    with pytest.raises(ValidationError, match="The search is 201 characters long"):
        svc.members.search("x" * 201)
    with pytest.raises(ValidationError, match="number of results must be 1 to 100,000"):
        svc.members.search("", limit=HUGE)
    assert svc.members.search("\tŁukasz\n") == []  # a scanner's tab or line break is fine


# Dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "text"), [(date(79, 6, 1), "1 Jun 0079"), (date(4642, 3, 1), "1 Mar 4642")]
)
def test_a_membership_cannot_start_in_year_79_or_4642(
    studio: StudioFactory, start: date, text: str
) -> None:
    svc = studio.svc
    member, plan = studio.member(), studio.time_plan()
    message = f"The membership's start {text} is outside 1 Jan 2000 … 31 Dec 2100"
    _refused(svc, ValidationError, message, svc.memberships.sell, member, plan, start)
    with pytest.raises(ValidationError, match=message):
        svc.memberships.preview_end(plan, start)
    assert svc.memberships.for_member(member) == []


def test_a_birth_year_of_797_is_refused(studio: StudioFactory) -> None:
    svc = studio.svc
    _refused(
        svc,
        ValidationError,
        "Birth date 1 May 0797 is outside 1 Jan 1900 … 1 Dec 2026",
        svc.members.create,
        MemberInput("Zoë", "Nowak", birth_date=date(797, 5, 1)),
    )
    member = svc.members.create(MemberInput("Zoë", "Nowak", birth_date=date(1900, 1, 1))).value
    assert svc.members.get(member).birth_date == date(1900, 1, 1)


def test_calendar_days_and_series_dates_are_business_dates(studio: StudioFactory) -> None:
    svc = studio.svc
    for view in (svc.schedule.day, svc.schedule.week, svc.appointments.clients_in_week):
        with pytest.raises(ValidationError, match="The day 31 Dec 9999 is outside"):
            view(date(9999, 12, 31))
    far = replace(_series(), starts_on=date(1, 1, 1), until=date(1, 2, 1))
    _refused(
        svc,
        ValidationError,
        "The series' first day 1 Jan 0001 is outside",
        svc.schedule.create_series,
        far,
    )


def test_holds_and_exports_refuse_far_away_dates(studio: StudioFactory, tmp_path: Path) -> None:
    svc = studio.svc
    member = studio.member()
    membership = svc.memberships.sell(member, studio.time_plan(), date(2026, 12, 1)).value
    _refused(
        svc,
        ValidationError,
        "The hold's last day 31 Dec 9999 is outside",
        svc.holds.place,
        membership,
        date(2026, 12, 10),
        date(9999, 12, 31),
    )
    preview = svc.holds.preview(membership, date(2026, 12, 10), date(9999, 12, 31))
    assert preview.refusal is not None
    assert preview.refusal.startswith("The hold's last day 31 Dec 9999 is outside")
    with pytest.raises(ValidationError, match="The range's first day 1 Jan 0001 is outside"):
        svc.exports.export(tmp_path / "all.xlsx", date(1, 1, 1), date(1, 1, 1))
    assert not (tmp_path / "all.xlsx").exists()


# Durations and counts --------------------------------------------------------------------------


def test_a_plan_lasts_at_most_10_years(studio: StudioFactory) -> None:
    svc = studio.svc
    _refused(
        svc,
        ValidationError,
        "A plan's validity in months must be 1 to 120 (got 1200)",
        svc.plans.create,
        _plan("Century", 1200),
    )
    _refused(
        svc,
        ValidationError,
        "A plan's validity in days must be 1 to 3,653 (got 36525)",
        svc.plans.create,
        _plan("Century", 36_525, DurationUnit.DAYS),
    )
    assert svc.plans.create(_plan("Ten years", 120)).value


def test_a_plan_holds_at_most_20_grants_and_20_restrictions(studio: StudioFactory) -> None:
    svc = studio.svc
    weekly = Restriction(3, Period.WEEK)
    _refused(
        svc,
        ValidationError,
        "Restrictions on a plan must be 0 to 20 (got 21)",
        svc.plans.create,
        replace(_plan("Many rules"), restrictions=(weekly,) * 21),
    )
    assert svc.plans.create(replace(_plan("Twenty rules"), restrictions=(weekly,) * 20)).value
    rules = replace(_series(), allowed_plan_ids=frozenset(range(1, 1002)))
    _refused(
        svc,
        ValidationError,
        "Plans in the session rules must be 0 to 1,000 (got 1001)",
        svc.schedule.create_series,
        rules,
    )


def test_a_series_on_weekday_7_is_refused_at_once(studio: StudioFactory) -> None:
    svc = studio.svc
    started = time.perf_counter()
    _refused(
        svc,
        ValidationError,
        "Weekdays are 0 (Monday) to 6 (Sunday); 7 is not a weekday",
        svc.schedule.create_series,
        _series(weekdays=frozenset({1, 7})),
    )
    assert time.perf_counter() - started < 0.5  # before: ~1 s of CPU for a series of 0 classes
    assert svc.schedule.list_series() == []


def test_class_capacity_and_appointment_length_are_bounded(studio: StudioFactory) -> None:
    svc = studio.svc
    big = replace(_series(), capacity=HUGE)
    _refused(svc, ValidationError, "Capacity must be 1 to 500", svc.schedule.create_series, big)
    member = studio.member()
    _refused(
        svc,
        ValidationError,
        "An appointment lasts 15 to 480 minutes",
        svc.appointments.book,
        AppointmentInput(member, "Tom Trainer", datetime(2026, 12, 2, 10), 10**30),
    )


# Ids, prices and amounts of 2**63 or more ------------------------------------------------------


def test_an_id_of_2_63_or_more_is_not_found(studio: StudioFactory) -> None:
    svc = studio.svc
    member = studio.member()
    for read in (
        svc.members.get,
        svc.profiles.profile,
        svc.memberships.for_member,
        svc.holds.for_member,
        svc.payments.history,
        svc.contracts.installments,
        svc.credits.report,
    ):
        with pytest.raises(NotFound, match=f"^No member with id {HUGE}\\.$"):
            read(HUGE)
    with pytest.raises(NotFound, match=f"^No class session with id {2**64}\\.$"):
        svc.schedule.session(2**64)
    _refused(svc, NotFound, f"No class session with id {HUGE}.", svc.bookings.sign_up, HUGE, member)
    _refused(svc, NotFound, "No booking with id -1.", svc.bookings.sign_out, -1)
    _refused(
        svc,
        NotFound,
        f"No plan with id {HUGE}.",
        svc.memberships.sell,
        member,
        HUGE,
        date(2026, 12, 1),
    )


def test_prices_and_amounts_of_2_63_are_refused(studio: StudioFactory) -> None:
    svc = studio.svc
    _refused(
        svc,
        ValidationError,
        "Price is at most 1,000,000.00 (got 92,233,720,368,547,758.08)",
        svc.plans.create,
        _plan(price_cents=HUGE),
    )
    _refused(
        svc,
        ValidationError,
        "Price is at most 1,000,000.00",
        svc.products.create,
        ProductInput("Water", HUGE),
    )
    assert svc.plans.create(_plan("Top price", price_cents=100_000_000)).value
    member = studio.member()
    membership = svc.memberships.sell(member, studio.pass_plan(10), date(2026, 12, 1)).value
    _refused(
        svc,
        ValidationError,
        f"The adjustment must be -10,000 to 10,000 (got {HUGE})",
        svc.credits.adjust,
        member,
        membership,
        DEFAULT_CATEGORY,
        HUGE,
        "gift",
    )
    product = svc.products.create(ProductInput("Water", 250)).value
    _refused(
        svc,
        ValidationError,
        f"Quantity must be 1 to 10,000 (got {HUGE})",
        svc.payments.sell_product,
        ProductSale(product, HUGE, PaymentMethod.CASH, member),
    )
    studio.svc.studio.set_enforce_billing(False)
    session = studio.session_on(date(2026, 12, 8), studio.series())
    booking = svc.bookings.sign_up(session, member, unpaid=True).value
    _refused(
        svc,
        ValidationError,
        "Price is at most 1,000,000.00",
        svc.bookings.pay_visit_drop_in,
        booking,
        HUGE,
        "cash",
    )
    _refused(svc, ValidationError, "Days ahead must be 0 to 366", svc.front_desk.expiring, HUGE)


# Files -----------------------------------------------------------------------------------------


@pytest.mark.sqlite_only("writes reports at the SQLite file's own path")
def test_the_studios_own_data_file_is_never_written_over(
    studio: StudioFactory, tmp_path: Path
) -> None:
    svc = studio.svc
    database = Path(str(svc.ctx.uow.engine.url.database))
    session = studio.session_on(date(2026, 12, 8), studio.series())
    member = studio.member()
    for action, args in (
        (svc.reports.attendance_sheet, (session, database)),
        (svc.credits.export_workbook, (member, database, "Lotus Yoga")),
        (svc.exports.export, (database,)),
    ):
        _refused(svc, ExportRefused, "is the studio's database itself", action, *args)
    _refused(
        svc,
        ExportRefused,
        "Could not save the attendance sheet to",
        svc.reports.attendance_sheet,
        session,
        tmp_path,  # a folder, not a file
    )
    assert svc.members.get(member).full_name == "Peter Parker"  # the data file is intact


def test_an_import_flags_birth_year_797_and_valid_until_4642(studio: StudioFactory) -> None:
    svc = studio.svc
    plan = studio.pass_plan(10)
    table = SourceTable(
        "clients.csv",
        ("Name", "Birthday", "Plan", "Left", "Valid until"),
        (
            ("Łukasz Żółć", "1990-07-14", "Karnet", "5", "2027-03-31"),
            ("Zoë Ångström", "0797-05-01", "", "", ""),
            ("Anna Nowak", "1985-01-01", "Karnet", "5", "4642-03-01"),
        ),
        "utf-8",
    )
    fields = (Field.FULL_NAME, Field.BIRTH_DATE, Field.PLAN, Field.REMAINING, Field.VALID_UNTIL)
    preview = svc.imports.preview(table, ColumnMapping(fields, plans={"Karnet": plan}))
    assert [row.action for row in preview.rows] == [
        RowAction.NEW,
        RowAction.REJECT,
        RowAction.REJECT,
    ]
    assert preview.rows[1].reason_text == "birth date 1 May 0797 is before 1 Jan 1900"
    assert preview.rows[2].reason_text == "Valid until 1 Mar 4642 is after 31 Dec 2100"
    short = SourceTable("clients.csv", ("Name", "Birthday"), (("Zoë",),), "utf-8")
    with pytest.raises(ImportRefused, match="line 2 has 1 cells, the header row 2"):
        svc.imports.preview(short, ColumnMapping((Field.FULL_NAME, Field.BIRTH_DATE)))
    unnamed = SourceTable("clients\x00.csv", ("Name",), (("Zoë",),), "utf-8")
    _refused(
        svc,
        ImportRefused,
        "The file's name contains a control character (U+0000 at position 8)",
        svc.imports.run,
        unnamed,
        ColumnMapping((Field.FULL_NAME,)),
    )
