"""The revenue report (SPEC §7): a month of payments made through the desk's services, read back
from the PDF's text and the workbook's cells.

November at a studio in Warsaw (UTC+1) writing money as "12,50 zł": two memberships paid with
a discount each (on time, and another amount), a drop-in visit paid by card, two product sales,
one unpaid visit left open, and payments just outside the month that must not count. Payments
are stored in UTC, so the desk's clock runs an hour ahead of UTC and the local time zone is
Warsaw's: a payment at 00:30 on 1 November is stored on 31 October.
"""

from __future__ import annotations

import time as system_time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from studio_app.domain.clock import FixedClock
from studio_app.domain.formats import MoneyFormat
from studio_app.domain.installments import Discount
from studio_app.domain.payments import PaymentMethod
from studio_app.dto.billing import PaymentInput, ProductInput, ProductSale
from studio_app.dto.reports import ReportKind, ReportRequest
from tests.factories import StudioFactory
from tests.pdf_text import pdf_fonts, pdf_lines, pdf_page_size, sheet_rows

HOUSE_FONTS = {"DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"}
ZLOTY = '#,##0.00" zł"'
NOV_1, NOV_30 = date(2026, 11, 1), date(2026, 11, 30)


@dataclass
class WarsawClock(FixedClock):
    """The studio's wall clock in Warsaw in winter: an hour ahead of UTC."""

    def utcnow(self) -> datetime:
        return self.moment - timedelta(hours=1)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[FixedClock]:
    """Tuesday 1 Dec 2026 09:00 in Warsaw, the desk's time zone too."""
    if not hasattr(system_time, "tzset"):
        pytest.skip("the local time zone can only be switched on POSIX")
    monkeypatch.setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")  # POSIX rule: needs no tzdata
    system_time.tzset()
    yield WarsawClock(datetime(2026, 12, 1, 9, 0))
    monkeypatch.undo()
    system_time.tzset()


def _at(clock: FixedClock, *when: int) -> None:
    clock.advance_to(datetime(2026, *when))


def _november(studio: StudioFactory, clock: FixedClock) -> None:
    """The month's payments, through the same services the desk uses."""
    svc = studio.svc
    svc.studio.set_money_format(MoneyFormat("zł", symbol_after=True, decimal_comma=True))
    svc.studio.set_enforce_billing(False)
    _at(clock, 10, 30, 10, 0)
    lukasz = studio.member("Łukasz", "Żółć")
    zoe = studio.member("Zoë", "Ångström", card_on_file="Visa ending 4242")
    thor = studio.member("Þór", "Eriksson")
    monthly = studio.contract_plan("Open monthly", price_cents=3100, loyalty_discount_cents=500)
    year = studio.contract_plan("Yoga year", price_cents=12000, installments=12)
    svc.memberships.sell(lukasz, monthly, NOV_1)
    svc.memberships.sell(zoe, year, date(2026, 11, 10))
    water = svc.products.create(ProductInput("Water 0.5 l", 150)).value
    shirt = svc.products.create(ProductInput("Studio T-shirt", 2500)).value
    vinyasa = studio.series()  # Tuesdays 18:00
    sell = svc.payments.sell_product

    _at(clock, 10, 31, 23, 30)  # the evening before: not November
    sell(ProductSale(water, 1, PaymentMethod.CASH))
    _at(clock, 11, 1, 0, 30)  # stored as 31 Oct 23:30 UTC, a November payment all the same
    svc.payments.pay_installment(
        svc.contracts.installments(lukasz)[0].id, PaymentInput(PaymentMethod.CASH, Discount.LOYALTY)
    )
    _at(clock, 11, 10, 12, 0)
    svc.payments.pay_installment(
        svc.contracts.installments(zoe)[0].id,
        PaymentInput(PaymentMethod.CARD_ON_FILE, Discount.OTHER, other_discount_cents=2000),
    )
    _at(clock, 11, 17, 17, 0)
    visit = svc.bookings.sign_up(studio.session_on(date(2026, 11, 17), vinyasa), thor, unpaid=True)
    _at(clock, 11, 17, 19, 30)
    svc.bookings.pay_visit_drop_in(visit.value, 1800, "card")
    _at(clock, 11, 20, 12, 0)
    sell(ProductSale(shirt, 1, PaymentMethod.CASH, lukasz))
    _at(clock, 11, 24, 10, 0)
    svc.bookings.sign_up(studio.session_on(date(2026, 11, 24), vinyasa), zoe, unpaid=True)
    _at(clock, 11, 30, 23, 30)
    sell(ProductSale(water, 3, PaymentMethod.TRANSFER))
    _at(clock, 12, 1, 0, 30)  # stored as 30 Nov 23:30 UTC, yet a December payment
    sell(ProductSale(water, 2, PaymentMethod.CASH))
    _at(clock, 12, 1, 9, 0)
    # Unpaid too, but for a class after the month: not in November's report.
    svc.bookings.sign_up(studio.session_on(date(2026, 12, 1), vinyasa), lukasz, unpaid=True)


def _write(studio: StudioFactory, out: Path, first: date = NOV_1, last: date = NOV_30) -> Path:
    request = ReportRequest(ReportKind.REVENUE, date_from=first, date_to=last)
    return studio.svc.reports.write(request, out).value


def _table(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """A sheet's table: the rows under the title block (studio, title, two lines, blank)."""
    return rows[5:]


def test_the_pdf_shows_every_figure_of_the_month(
    studio: StudioFactory, clock: FixedClock, tmp_path: Path
) -> None:
    _november(studio, clock)
    pdf = _write(studio, tmp_path / "revenue.pdf")
    lines = pdf_lines(pdf)

    assert lines[:4] == [
        "Lotus Yoga REVENUE",
        "Revenue",
        "1–30 Nov 2026",
        "RECEIVED PAYMENTS DISCOUNTS GIVEN UNPAID VISITS OPEN",
    ]
    assert lines[4] == "173,50 zł 5 25,00 zł 1"

    def section(title: str, rows: int) -> list[str]:
        start = lines.index(title) + 1
        return lines[start : start + rows]

    assert section("Received for", 5) == [
        "Paid for Payments Amount Share",
        "Memberships 2 126,00 zł 72,6 %",
        "Drop-in visits 1 18,00 zł 10,4 %",
        "Products 2 29,50 zł 17,0 %",
        "Total 5 173,50 zł 100,0 %",
    ]
    assert section("By payment method", 6) == [
        "Method Payments Amount Share",
        "Cash 2 51,00 zł 29,4 %",
        "Card terminal 1 18,00 zł 10,4 %",
        "Bank transfer 1 4,50 zł 2,6 %",
        "Card on file 1 100,00 zł 57,6 %",
        "Total 5 173,50 zł 100,0 %",
    ]
    assert section("By plan", 4) == [
        "Plan Payments Discounts Amount",
        "Yoga year 1 20,00 zł 100,00 zł",
        "Open monthly 1 5,00 zł 26,00 zł",
        "Total 2 25,00 zł 126,00 zł",
    ]
    assert section("By product", 4) == [
        "Product Quantity Amount",
        "Studio T-shirt 1 25,00 zł",
        "Water 0.5 l 3 4,50 zł",
        "Total 4 29,50 zł",
    ]
    assert section("Discounts given", 4) == [
        "Discount Payments Amount",
        "On-time discount 1 5,00 zł",
        "Other discount 1 20,00 zł",
        "Total 2 25,00 zł",
    ]
    # Þór's visit was paid and Łukasz's is for a class in December: Zoë's alone is open.
    unpaid = " ".join(lines[lines.index("Unpaid visits still open") + 1 :])
    assert "for classes up to 30 Nov 2026, as of 1 Dec 2026" in unpaid
    assert "Member Class Class starts Zoë Ångström Vinyasa Flow Tue 24 Nov 2026 18:00" in unpaid
    assert "Total 1 visit" in unpaid
    assert "Þór" not in unpaid and "Łukasz Żółć" not in unpaid
    assert "Revenue · 1–30 Nov 2026" in lines[-1]
    assert pdf_fonts(pdf) <= HOUSE_FONTS
    assert pdf_page_size(pdf) == pytest.approx((595.3, 841.9), abs=0.1)  # A4 portrait


def test_the_workbook_holds_the_same_figures_as_numbers_that_add_up(
    studio: StudioFactory, clock: FixedClock, tmp_path: Path
) -> None:
    _november(studio, clock)
    book = _write(studio, tmp_path / "revenue.xlsx")

    summary = sheet_rows(book, "Summary")
    assert summary[:4] == [
        ("Lotus Yoga", None, None, None),
        ("Revenue", None, None, None),
        ("1–30 Nov 2026", None, None, None),
        ("Unpaid visits: classes up to 30 Nov 2026, as of 1 Dec 2026", None, None, None),
    ]
    assert _table(summary) == [
        ("Figure", "Detail", "Count", "Amount"),
        ("Received", "Total", 5, 173.5),
        ("Received", "Memberships", 2, 126),
        ("Received", "Drop-in visits", 1, 18),
        ("Received", "Products", 2, 29.5),
        ("Discounts given", "Total", 2, 25),
        ("Discounts given", "On-time discount", 1, 5),
        ("Discounts given", "Other discount", 1, 20),
        ("Unpaid visits still open", "Total", 1, None),
    ]
    methods = _table(sheet_rows(book, "By method"))
    assert [row[:3] for row in methods] == [
        ("Method", "Payments", "Amount"),
        ("Cash", 2, 51),
        ("Card terminal", 1, 18),
        ("Bank transfer", 1, 4.5),
        ("Card on file", 1, 100),
        ("Total", 5, 173.5),
    ]
    assert [round(row[3], 3) for row in methods[1:]] == [0.294, 0.104, 0.026, 0.576, 1]
    assert _table(sheet_rows(book, "By plan")) == [
        ("Plan", "Payments", "Discounts", "Amount"),
        ("Yoga year", 1, 20, 100),
        ("Open monthly", 1, 5, 26),
        ("Total", 2, 25, 126),
    ]
    assert _table(sheet_rows(book, "By product")) == [
        ("Product", "Quantity", "Amount"),
        ("Studio T-shirt", 1, 25),
        ("Water 0.5 l", 3, 4.5),
        ("Total", 4, 29.5),
    ]
    assert _table(sheet_rows(book, "Unpaid visits")) == [
        ("Member", "Class", "Class starts"),
        ("Zoë Ångström", "Vinyasa Flow", datetime(2026, 11, 24, 18, 0)),
        ("Total", "1 visit", None),
    ]
    # The methods, and what the money paid for, each add up to everything received.
    assert sum(row[2] for row in methods[1:-1]) == methods[-1][2] == 173.5
    assert sum(row[3] for row in _table(summary)[2:5]) == 173.5
    # Money is a number in the studio's currency, shares are percentages.
    workbook = load_workbook(book)
    assert workbook["By method"]["C7"].number_format == ZLOTY
    assert workbook["By method"]["D7"].number_format == "0.0%"
    assert workbook["By plan"]["D9"].number_format == ZLOTY  # the Total row


def test_each_day_of_the_range_is_a_whole_studio_day(
    studio: StudioFactory, clock: FixedClock, tmp_path: Path
) -> None:
    _november(studio, clock)
    received = {}
    for day in (date(2026, 10, 31), NOV_1, NOV_30, date(2026, 12, 1)):
        book = _write(studio, tmp_path / f"{day}.xlsx", day, day)
        received[day] = _table(sheet_rows(book, "Summary"))[1]
    # 00:30 and 23:30 at the desk belong to that day, whatever the date in UTC.
    assert received == {
        date(2026, 10, 31): ("Received", "Total", 1, 1.5),
        NOV_1: ("Received", "Total", 1, 26),
        NOV_30: ("Received", "Total", 1, 4.5),
        date(2026, 12, 1): ("Received", "Total", 1, 3),
    }


def test_a_range_without_payments_says_so(studio: StudioFactory, tmp_path: Path) -> None:
    pdf = _write(studio, tmp_path / "empty.pdf", date(2026, 6, 1), date(2026, 6, 30))
    lines = pdf_lines(pdf)
    assert lines[3:5] == ["RECEIVED PAYMENTS DISCOUNTS GIVEN UNPAID VISITS OPEN", "0.00 0 0.00 0"]
    for said in (
        "No payment was taken in this range.",
        "No membership was paid in this range.",
        "No product was sold in this range.",
        "No unpaid visit is open.",
    ):
        assert said in lines
    assert "Total 0 0.00" in lines  # the discounts given
