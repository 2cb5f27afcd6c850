"""The revenue report (SPEC §7): what the studio received over a range of days.

Rules:

- A payment counts on the studio day it was taken: ``paid_at`` is stored in UTC, so the range's
  first and last day (both included) are turned into UTC bounds the way the data export does.
- A payment paid for a membership (an installment, with the discount already taken off), a
  drop-in visit (a booking paid with money at the desk), a product sale, or something else.
  Amounts are what was received; a discount is money not received, shown beside it.
- The unpaid visits still open are the bookings registered as unpaid visits that are still
  booked and have no payment, for classes starting up to the range's last day, as they stand
  today (older ones included: they are still owed). No price is held for a visit, so they are
  counted, not priced.

The payments are summed in SQL in one pass, grouped by everything the report breaks them down
by (what they paid for, method, kind of discount, plan, product): a hundred rows or so, which
are folded into the breakdowns here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, case, exists, func, select
from sqlalchemy.orm import Session

from studio_app.domain.installments import Discount
from studio_app.domain.payments import PaymentMethod
from studio_app.dto.report_revenue import RevenueLine, RevenueReport, UnpaidVisit
from studio_app.dto.reports import ReportRequest
from studio_app.models import (
    Booking,
    BookingStatus,
    ClassSession,
    Member,
    Membership,
    Payment,
    Product,
)
from studio_app.reports.revenue_report import write_revenue_pdf, write_revenue_workbook
from studio_app.steps.export_rows.tables import local_to_utc
from studio_app.steps.report_rows.builder import ReportBuilder

MEMBERSHIPS, DROP_INS, PRODUCTS, OTHER = "Memberships", "Drop-in visits", "Products", "Other"

_FOR_MEMBERSHIP = Payment.membership_id.is_not(None) | Payment.installment_id.is_not(None)
_FOR_VISIT = Payment.booking_id.is_not(None)
_FOR_PRODUCT = Payment.product_id.is_not(None)
#: What the payments are grouped by: plain columns and tests without parameters, so that
#: PostgreSQL sees the same expressions in the SELECT and the GROUP BY.
_GROUPS = (
    _FOR_MEMBERSHIP,
    _FOR_VISIT,
    _FOR_PRODUCT,
    Payment.method,
    Payment.discount_kind,
    Membership.plan_name,
    Product.id,
    Product.name,
)
_SUMS = (
    func.count(),
    func.sum(Payment.amount_cents),
    func.sum(case((Payment.discount_cents > 0, 1), else_=0)),
    func.sum(Payment.discount_cents),
    func.sum(Payment.quantity),
)
#: Sums (a count, an amount, maybe discounts) per label of a breakdown.
_Sums = dict[str, tuple[int, ...]]


def _paid_in(first: date, last: date) -> ColumnElement[bool]:
    """Payments taken from the start of ``first`` to the end of ``last``, studio time."""
    return and_(
        Payment.paid_at >= local_to_utc(datetime.combine(first, time())),
        Payment.paid_at < local_to_utc(datetime.combine(last + timedelta(days=1), time())),
    )


def _label(enum: type[PaymentMethod] | type[Discount], value: str) -> str:
    """ "Card on file" for "card_on_file", "On-time discount" for "loyalty"; a value the app
    does not know, as stored."""
    return enum(value).label if value in enum._value2member_map_ else value


def _what(for_membership: bool, for_visit: bool, for_product: bool) -> str:
    """What a payment paid for, from which of its links is set."""
    if for_membership:
        return MEMBERSHIPS
    if for_visit:
        return DROP_INS
    return PRODUCTS if for_product else OTHER


def _add(sums: _Sums, label: str, *values: int) -> None:
    had = sums.get(label, (0,) * len(values))
    sums[label] = tuple(a + b for a, b in zip(had, values, strict=True))


def _lines(
    sums: _Sums, always: Iterable[str], known: Iterable[str] = ()
) -> tuple[RevenueLine, ...]:
    """A line for each label of ``always`` (zero when nothing was summed), then for each of
    ``known`` that was summed, then for any other label summed, by name."""
    shown = list(always)
    shown += [label for label in known if label in sums and label not in shown]
    shown += sorted(label for label in sums if label not in shown)
    return tuple(RevenueLine(label, *sums.get(label, (0, 0))) for label in shown)


def _by_amount(sums: _Sums) -> tuple[RevenueLine, ...]:
    """A line per label, the largest amount first, then by label."""
    lines = (RevenueLine(label, *values) for label, values in sums.items())
    return tuple(sorted(lines, key=lambda line: (-line.amount_cents, line.label)))


def _unpaid(s: Session, last: date) -> tuple[UnpaidVisit, ...]:
    """Open unpaid visits for classes starting before the end of ``last`` (studio time)."""
    rows = s.execute(
        select(Member.first_name, Member.last_name, ClassSession.name, ClassSession.starts_at)
        .select_from(Booking)
        .join(ClassSession, Booking.session_id == ClassSession.id)
        .join(Member, Booking.member_id == Member.id)
        .where(
            Booking.status == BookingStatus.BOOKED.value,
            Booking.unpaid.is_(True),
            ClassSession.starts_at < datetime.combine(last + timedelta(days=1), time()),
            ~exists().where(Payment.booking_id == Booking.id),
        )
        .order_by(ClassSession.starts_at, Member.last_name, Member.first_name, Booking.id)
    )
    return tuple(
        UnpaidVisit(f"{first} {last_name}".strip(), name, starts_at)
        for first, last_name, name, starts_at in rows
    )


def gather(s: Session, request: ReportRequest, now: datetime) -> RevenueReport:
    """The revenue from ``request.date_from`` to ``request.date_to`` (both included)."""
    first, last = request.date_from, request.date_to
    assert first is not None and last is not None  # a date report's request arrives checked
    groups = s.execute(
        select(*_GROUPS, *_SUMS)
        .outerjoin(Membership, Payment.membership_id == Membership.id)
        .outerjoin(Product, Payment.product_id == Product.id)
        .where(_paid_in(first, last))
        .group_by(*_GROUPS)
    )
    received: _Sums = {}
    methods: _Sums = {}
    discounts: _Sums = {}
    plans: _Sums = {}
    products: _Sums = {}
    for row in groups:
        membership, visit, product, method, kind, plan, product_id, product_name = row[:8]
        count, cents, discounted, off, quantity = (int(n) for n in row[8:])
        _add(received, _what(membership, visit, product), count, cents)
        _add(methods, _label(PaymentMethod, method), count, cents)
        if discounted:
            _add(discounts, _label(Discount, kind), discounted, off)
        if plan is not None:
            _add(plans, plan, count, cents, off)
        if product_id is not None:
            _add(products, product_name, quantity, cents)
    lines = _lines(received, (MEMBERSHIPS, DROP_INS, PRODUCTS))
    given = _lines(discounts, (d.label for d in Discount if d is not Discount.NONE))
    return RevenueReport(
        date_from=first,
        date_to=last,
        as_of=now.date(),
        total_cents=sum(line.amount_cents for line in lines),
        payments=sum(line.count for line in lines),
        discount_cents=sum(line.amount_cents for line in given),
        discounted=sum(line.count for line in given),
        received=lines,
        by_method=_lines(methods, (), (m.label for m in PaymentMethod)),
        by_plan=_by_amount(plans),
        by_product=_by_amount(products),
        discounts=given,
        unpaid=_unpaid(s, last),
    )


REVENUE = ReportBuilder(gather, write_revenue_pdf, write_revenue_workbook)
