"""Export everything (SPEC §8): every table to one workbook or a folder of CSV files, read back
and compared with the database: names exactly as typed, ids that join, no password hash
anywhere, a date range that limits bookings, the ledger, payments and the user log, and the
refusals (privilege, file type, date order, cancel)."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from studio_app.container import Services
from studio_app.domain.errors import PermissionDenied, ValidationError
from studio_app.domain.payments import PaymentMethod
from studio_app.domain.privileges import Privilege
from studio_app.dto.billing import PaymentInput, ProductInput, ProductSale
from studio_app.dto.exports import ExportProgress
from studio_app.exchange.targets import ExportFormat
from studio_app.exchange.writers import ExportCancelled, ExportRefused
from studio_app.steps.export_rows.balances import BALANCES_NAME
from tests.factories import StudioFactory

#: Each sheet and the table it holds.
TABLES = {
    "Members": "members",
    "Plans": "plans",
    "Memberships": "memberships",
    "Installments": "installments",
    "Payments": "payments",
    "Products": "products",
    "Class series": "class_series",
    "Class sessions": "class_sessions",
    "Bookings": "bookings",
    "Credit lots": "credit_lots",
    "Ledger entries": "ledger_entries",
    "Staff": "staff",
    "User log": "audit_entries",
}
DAY_ONE, DAY_TWO = date(2026, 12, 1), date(2026, 12, 8)


def _sql(svc: Services, sql: str) -> Any:
    with svc.ctx.uow.engine.connect() as db:
        return db.execute(text(sql)).scalar()


@pytest.fixture
def svc(studio: StudioFactory, clock) -> Services:  # noqa: ANN001
    """Łukasz (a pass, two classes) and Zoë (a contract, paid): a sale, sign-ups and payments on
    1 and 8 December, so a range of one day keeps one of each."""
    svc = studio.svc
    clock.advance_to(datetime(2026, 12, 1, 12, 0))
    lukasz = studio.member("Łukasz", "Żółć", email="lukasz@example.com")
    zoe = studio.member("Zoë", "Ångström", phone="+48 600 100 200")
    svc.memberships.sell(lukasz, studio.pass_plan(10, name="10 wejść"), date(2026, 11, 9))
    svc.memberships.sell(zoe, studio.contract_plan("Open monthly"), DAY_ONE)
    series = studio.series()
    svc.bookings.sign_up(studio.session_on(DAY_ONE, series), lukasz)
    water = svc.products.create(ProductInput("Woda 0,5 l", 150)).value
    svc.payments.sell_product(ProductSale(water, 2, PaymentMethod.CASH))
    clock.advance_to(datetime(2026, 12, 8, 12, 0))
    svc.bookings.sign_up(studio.session_on(DAY_TWO, series), lukasz)
    installment = svc.contracts.installments(zoe)[0].id
    svc.payments.pay_installment(installment, PaymentInput(PaymentMethod.CARD))
    svc.payments.sell_product(ProductSale(water, 1, PaymentMethod.CASH, lukasz))
    return svc


def _sheets(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's rows (the header first) as values."""
    book = load_workbook(path, read_only=True)
    return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in book}


def _csv_tables(folder: Path) -> dict[str, list[tuple[Any, ...]]]:
    tables = {}
    for sheet in [*TABLES, BALANCES_NAME]:
        path = folder / f"{sheet.lower().replace(' ', '_')}.csv"
        with path.open(encoding="utf-8", newline="") as stream:
            tables[sheet] = [tuple(row) for row in csv.reader(stream)]
    return tables


def _column(rows: list[tuple[Any, ...]], header: str) -> list[Any]:
    index = rows[0].index(header)
    return [row[index] for row in rows[1:]]


@pytest.mark.parametrize("kind", [ExportFormat.XLSX, ExportFormat.CSV])
def test_every_table_is_exported_whole_and_joins(
    svc: Services, tmp_path: Path, kind: ExportFormat
) -> None:
    out = tmp_path / ("studio.xlsx" if kind is ExportFormat.XLSX else "studio")
    summary = svc.exports.export(out).value
    tables = _sheets(out) if kind is ExportFormat.XLSX else _csv_tables(out)
    assert (summary.path, summary.format) == (out, kind)
    # The last table is what each member has left, in the shape the import reads back.
    assert list(tables) == [*TABLES, BALANCES_NAME] == list(summary.rows)
    for sheet, table in TABLES.items():
        assert (
            len(tables[sheet]) - 1
            == summary.rows[sheet]
            == _sql(svc, f"select count(*) from {table}")
        )
    assert summary.total_rows == sum(summary.rows.values())
    assert summary.text.startswith(f"Exported {summary.total_rows:,} rows in 14 tables to {out}")

    members = tables["Members"]
    assert [(r[1], r[2]) for r in members[1:]] == [("Łukasz", "Żółć"), ("Zoë", "Ångström")]
    member_ids = {str(i) for i in _column(members, "Member id")}
    for sheet in ("Memberships", "Bookings", "Ledger entries", "Credit lots", "Installments"):
        assert {str(i) for i in _column(tables[sheet], "Member id")} <= member_ids, sheet
    assert set(_column(tables["Bookings"], "Member")) == {"Łukasz Żółć"}
    assert sorted(_column(tables["Payments"], "Member")) == [
        "Walk-in",
        "Zoë Ångström",
        "Łukasz Żółć",
    ]
    assert set(_column(tables["Memberships"], "Sold by")) == {"Olivia Owner"}
    session_ids = {str(i) for i in _column(tables["Class sessions"], "Session id")}
    assert {str(i) for i in _column(tables["Bookings"], "Session id")} <= session_ids


def test_money_and_dates_are_real_numbers_and_dates_in_the_workbook(
    svc: Services, tmp_path: Path
) -> None:
    out = svc.exports.export(tmp_path / "studio.xlsx").value.path
    payments = _sheets(out)["Payments"]
    assert sorted(_column(payments, "Amount")) == [1.5, 3.0, 31.0]
    assert all(isinstance(at, datetime) for at in _column(payments, "Paid"))
    book = load_workbook(out)
    assert book["Payments"]["E2"].number_format == "0.00"
    assert book["Memberships"].freeze_panes == "A2"


@pytest.mark.parametrize("name", ["studio.xlsx", "studio"])
def test_staff_are_exported_without_their_password_hashes(
    svc: Services, tmp_path: Path, name: str
) -> None:
    out = svc.exports.export(tmp_path / name).value.path
    with svc.ctx.uow.engine.connect() as db:
        hashes = db.execute(text("select password_hash from staff")).scalars().all()
    assert hashes and all(hashes)
    if out.suffix == ".xlsx":
        tables = _sheets(out)
        cells = [str(v) for rows in tables.values() for row in rows for v in row if v is not None]
        staff_header = tables["Staff"][0]
    else:
        cells = [p.read_text(encoding="utf-8") for p in out.iterdir()]
        staff_header = _csv_tables(out)["Staff"][0]
    assert staff_header == (
        "Staff id",
        "User name",
        "Full name",
        "Role",
        "Privileges",
        "Active",
        "Created",
    )
    assert not any(h in cell for h in hashes for cell in cells)
    assert not any("password" in str(h).lower() for h in staff_header)


def test_a_date_range_limits_bookings_ledger_payments_and_the_user_log(
    svc: Services, tmp_path: Path
) -> None:
    whole = svc.exports.export(tmp_path / "all.xlsx").value.rows
    first_day = svc.exports.export(tmp_path / "day1.xlsx", DAY_ONE, DAY_ONE).value
    tables = _sheets(first_day.path)
    assert first_day.rows["Bookings"] == 1 < whole["Bookings"] == 2
    assert {at.date() for at in _column(tables["Bookings"], "Class starts")} == {DAY_ONE}
    for sheet, column in (
        ("Ledger entries", "Created"),
        ("Payments", "Paid"),
        ("User log", "Date/time"),
    ):
        assert 0 < first_day.rows[sheet] < whole[sheet], sheet
        assert {at.date() for at in _column(tables[sheet], column)} == {DAY_ONE}, sheet
    for sheet in ("Members", "Memberships", "Installments", "Class sessions", "Credit lots"):
        assert first_day.rows[sheet] == whole[sheet], sheet
    from_day_two = svc.exports.export(tmp_path / "later.xlsx", date_from=DAY_TWO).value.rows
    assert from_day_two["Bookings"] == 1
    assert from_day_two["Payments"] + first_day.rows["Payments"] == whole["Payments"]


def test_progress_names_each_table_and_reaches_the_total(svc: Services, tmp_path: Path) -> None:
    heard: list[ExportProgress] = []
    summary = svc.exports.export(
        tmp_path / "studio", progress=lambda p: heard.append(p) is None
    ).value
    assert [p.table for p in heard if p.rows_done == 0][0] == "Members"
    assert list(dict.fromkeys(p.table for p in heard)) == [*TABLES, BALANCES_NAME]
    done = [p.rows_done for p in heard]
    assert done == sorted(done) and done[-1] == heard[-1].rows_total == summary.total_rows


@pytest.mark.parametrize("name", ["studio.xlsx", "studio"])
def test_cancelling_leaves_nothing_written(svc: Services, tmp_path: Path, name: str) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()

    def cancel_at_payments(progress: ExportProgress) -> bool:
        return progress.table != "Payments"

    with pytest.raises(ExportCancelled) as cancelled:
        svc.exports.export(folder / name, progress=cancel_at_payments)
    assert cancelled.value.message == "Export cancelled: nothing was written."
    assert list(folder.iterdir()) == []


def test_refusals(studio: StudioFactory, svc: Services, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(
        ExportRefused, match=r"studio\.csv: choose a file ending in \.xlsx .* folder"
    ):
        svc.exports.export(folder / "studio.csv")
    with pytest.raises(ValidationError, match="starts on 8 Dec 2026, after it ends"):
        svc.exports.export(folder / "studio.xlsx", DAY_TWO, DAY_ONE)
    desk = studio.front_desk()
    svc.staff.set_privileges(desk, frozenset({Privilege.BILLING}))
    studio.log_in("desk")
    with pytest.raises(PermissionDenied, match="may not export the studio's data"):
        svc.exports.export(folder / "studio.xlsx")
    assert list(folder.iterdir()) == []
