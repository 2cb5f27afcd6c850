"""The tables of an export: each sheet's (or CSV file's) columns beside the SQL that fills
them, so a header can never drift from its value.

Ids are kept so the tables join (a booking's "Member id" is a "Member id" in Members); member
and staff names stand beside the ids so each sheet reads on its own. Times stored in UTC are
written in the desk's local time, as the app shows them; a class's start is local already.
Codes are written as stored ("session_pass", "card_on_file"), so they match the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import aliased

from studio_app.exchange.columns import Column, ColumnKind
from studio_app.models import (
    Installment,
    Member,
    Membership,
    Payment,
    Plan,
    Product,
    Staff,
)

TEXT, INTEGER, DATE = ColumnKind.TEXT, ColumnKind.INTEGER, ColumnKind.DATE
DATETIME, MONEY, BOOLEAN = ColumnKind.DATETIME, ColumnKind.MONEY, ColumnKind.BOOLEAN
AUTOMATIC = "Automatic"  # done by the app itself (scheduled grants, expiries, renewals)
WALK_IN = "Walk-in"  # a product sold to someone who is not a member

#: The first and last day (inclusive) of the rows a dated table keeps; None: no limit.
Period = tuple[date | None, date | None] | None


class Field(NamedTuple):
    header: str
    kind: ColumnKind
    value: Any  # an SQL column expression
    utc: bool = False  # a UTC time, written in local time


def utc_field(header: str, value: Any) -> Field:
    return Field(header, DATETIME, value, utc=True)


def member_name(member: Any) -> ColumnElement[str]:
    return func.trim(member.first_name + " " + member.last_name)


@dataclass(frozen=True)
class ExportTable:
    """One sheet: its fields, the FROM clause with its joins, and the time that the date range
    limits (``dated``; None: the table is always whole)."""

    name: str
    fields: tuple[Field, ...]
    source: Callable[[Select[Any]], Select[Any]]
    order: Any
    dated: Field | None = None

    @property
    def columns(self) -> list[Column]:
        return [Column(f.header, f.kind) for f in self.fields]

    @property
    def utc_indexes(self) -> list[int]:
        return [i for i, f in enumerate(self.fields) if f.utc]

    def statement(self, period: Period) -> Select[Any]:
        query = self.source(select(*(f.value for f in self.fields)))
        order = self.order if isinstance(self.order, tuple) else (self.order,)
        return self._limited(query, period).order_by(*order)

    def count(self, period: Period) -> Select[Any]:
        return self._limited(self.source(select(func.count())), period)

    def _limited(self, query: Select[Any], period: Period) -> Select[Any]:
        if self.dated is None or period is None:
            return query
        first, last = period
        if first is not None:
            query = query.where(self.dated.value >= self._bound(first))
        if last is not None:
            query = query.where(self.dated.value < self._bound(last + timedelta(days=1)))
        return query

    def _bound(self, day: date) -> datetime:
        """The start of ``day`` at the desk, as the dated column stores it (UTC or local)."""
        start = datetime.combine(day, time())
        return local_to_utc(start) if self.dated is not None and self.dated.utc else start


def local_to_utc(moment: datetime) -> datetime:
    """A local wall-clock time (naive) as the UTC time stored (naive)."""
    return moment.astimezone(UTC).replace(tzinfo=None)


BY = aliased(Staff, name="by_staff")


def staff_fields(header: str, staff_id: Any, automatic: bool = False) -> tuple[Field, Field]:
    """The staff id and, beside it, the name (``automatic``: no staff means the app did it)."""
    name = func.coalesce(BY.full_name, AUTOMATIC) if automatic else BY.full_name
    return Field(f"{header} id", INTEGER, staff_id), Field(header, TEXT, name)


def member_fields(member_id: Any) -> tuple[Field, Field]:
    return Field("Member id", INTEGER, member_id), Field("Member", TEXT, member_name(Member))


def _contract(row: Any) -> tuple[Field, ...]:
    """Contract terms and hold policy, as a plan sells them and a membership keeps them."""
    return (
        Field("Continuous", BOOLEAN, row.continuous),
        Field("From the 1st", BOOLEAN, row.from_first),
        Field("Pro rata", BOOLEAN, row.prorata),
        Field("Contract installments", INTEGER, row.contract_installments),
        Field("Auto renew", BOOLEAN, row.auto_renew),
        Field("Latest end", DATE, row.max_end_on),
        Field("Loyalty discount", MONEY, row.loyalty_discount_cents),
        Field("Hold min days", INTEGER, row.hold_min_days),
        Field("Hold max days", INTEGER, row.hold_max_days),
        Field("Holds per year", INTEGER, row.holds_per_year),
    )


MEMBERS = ExportTable(
    "Members",
    (
        Field("Member id", INTEGER, Member.id),
        Field("First name", TEXT, Member.first_name),
        Field("Last name", TEXT, Member.last_name),
        Field("Email", TEXT, Member.email),
        Field("Phone", TEXT, Member.phone),
        Field("Birth date", DATE, Member.birth_date),
        Field("Card code", TEXT, Member.card_code),
        Field("Card on file", TEXT, Member.card_on_file),
        Field("Status", TEXT, Member.status),
        Field("Notes", TEXT, Member.notes),
        utc_field("Created", Member.created_at),
        *staff_fields("Created by", Member.created_by_id),
    ),
    lambda q: q.select_from(Member).outerjoin(BY, BY.id == Member.created_by_id),
    Member.id,
)
PLANS = ExportTable(
    "Plans",
    (
        Field("Plan id", INTEGER, Plan.id),
        Field("Name", TEXT, Plan.name),
        Field("Kind", TEXT, Plan.kind),
        Field("Price", MONEY, Plan.price_cents),
        Field("Duration", INTEGER, Plan.duration_count),
        Field("Duration unit", TEXT, Plan.duration_unit),
        Field("Entries", INTEGER, Plan.entries),
        Field("Credit category", TEXT, Plan.credit_category),
        Field("Active", BOOLEAN, Plan.active),
        *_contract(Plan),
        utc_field("Created", Plan.created_at),
    ),
    lambda q: q.select_from(Plan),
    Plan.id,
)
MEMBERSHIPS = ExportTable(
    "Memberships",
    (
        Field("Membership id", INTEGER, Membership.id),
        *member_fields(Membership.member_id),
        Field("Plan id", INTEGER, Membership.plan_id),
        Field("Plan", TEXT, Membership.plan_name),
        Field("Kind", TEXT, Membership.kind),
        Field("Credit category", TEXT, Membership.credit_category),
        Field("Price", MONEY, Membership.price_cents),
        Field("Starts on", DATE, Membership.starts_on),
        Field("Ends on", DATE, Membership.ends_on),
        Field("Entries", INTEGER, Membership.entries_total),
        Field("Duration", INTEGER, Membership.duration_count),
        Field("Duration unit", TEXT, Membership.duration_unit),
        Field("In package membership id", INTEGER, Membership.package_id),
        Field("Cancelled", BOOLEAN, Membership.cancelled),
        Field("Last installment", INTEGER, Membership.last_installment),
        *_contract(Membership),
        utc_field("Sold", Membership.sold_at),
        *staff_fields("Sold by", Membership.sold_by_id),
    ),
    lambda q: (
        q.select_from(Membership)
        .join(Member, Member.id == Membership.member_id)
        .join(BY, BY.id == Membership.sold_by_id)
    ),
    Membership.id,
)
INSTALLMENTS = ExportTable(
    "Installments",
    (
        Field("Installment id", INTEGER, Installment.id),
        Field("Membership id", INTEGER, Installment.membership_id),
        *member_fields(Membership.member_id),
        Field("Plan", TEXT, Membership.plan_name),
        Field("Number", INTEGER, Installment.number),
        Field("Round", INTEGER, Installment.round),
        Field("Starts on", DATE, Installment.starts_on),
        Field("Ends on", DATE, Installment.ends_on),
        Field("Due on", DATE, Installment.due_on),
        Field("Amount", MONEY, Installment.amount_cents),
        Field("Paid", BOOLEAN, Installment.paid),
        Field("Paid before tracking", BOOLEAN, Installment.paid_before_tracking),
        utc_field("Created", Installment.created_at),
        *staff_fields("Created by", Installment.created_by_id, automatic=True),
    ),
    lambda q: (
        q.select_from(Installment)
        .join(Membership, Membership.id == Installment.membership_id)
        .join(Member, Member.id == Membership.member_id)
        .outerjoin(BY, BY.id == Installment.created_by_id)
    ),
    Installment.id,
)
_PAID = utc_field("Paid", Payment.paid_at)
PAYMENTS = ExportTable(
    "Payments",
    (
        Field("Payment id", INTEGER, Payment.id),
        _PAID,
        Field("Member id", INTEGER, Payment.member_id),
        Field("Member", TEXT, func.coalesce(member_name(Member), WALK_IN)),
        Field("Amount", MONEY, Payment.amount_cents),
        Field("Method", TEXT, Payment.method),
        Field("Discount", MONEY, Payment.discount_cents),
        Field("Discount kind", TEXT, Payment.discount_kind),
        Field("Membership id", INTEGER, Payment.membership_id),
        Field("Installment id", INTEGER, Payment.installment_id),
        Field("Booking id", INTEGER, Payment.booking_id),
        Field("Product id", INTEGER, Payment.product_id),
        Field("Product", TEXT, Product.name),
        Field("Quantity", INTEGER, Payment.quantity),
        Field("Provider reference", TEXT, Payment.provider_reference),
        Field("Note", TEXT, Payment.note),
        *staff_fields("Taken by", Payment.staff_id),
    ),
    lambda q: (
        q.select_from(Payment)
        .outerjoin(Member, Member.id == Payment.member_id)
        .outerjoin(Product, Product.id == Payment.product_id)
        .join(BY, BY.id == Payment.staff_id)
    ),
    Payment.id,
    dated=_PAID,
)
PRODUCTS = ExportTable(
    "Products",
    (
        Field("Product id", INTEGER, Product.id),
        Field("Name", TEXT, Product.name),
        Field("Price", MONEY, Product.price_cents),
        Field("Active", BOOLEAN, Product.active),
        utc_field("Created", Product.created_at),
    ),
    lambda q: q.select_from(Product),
    Product.id,
)

#: Members and what they bought and paid, in the order of the sheets.
MEMBERSHIP_TABLES = (MEMBERS, PLANS, MEMBERSHIPS, INSTALLMENTS, PAYMENTS, PRODUCTS)
