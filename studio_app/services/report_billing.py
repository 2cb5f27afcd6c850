"""The billing reports (SPEC §6, §7): memberships expiring in a range and installments due.

Memberships expiring: every membership whose last day (``ends_on``) falls in the range, not
cancelled and not part of a package (a package's plans end with the package), soonest first,
then by member name; with its latest installment "k/N", what happens at its end (the front
desk's words, services/installments.py ``extension``) and its price.

Installments due: every unpaid installment of a membership not cancelled that falls due on or
before the range's last day, so those overdue from before the range are listed too; oldest due
first, with the days overdue as of today and whether the member has a card on file.

Both read plain columns in one query each (a month at a 20,000-member studio is thousands of
rows).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import and_, bindparam, func, select
from sqlalchemy.orm import Session, aliased

from studio_app.dto.report_billing import (
    DueInstallment,
    DuesReport,
    ExpiringMembership,
    ExpiringReport,
    Outcome,
)
from studio_app.dto.reports import ReportRequest
from studio_app.models import Installment, Member, Membership
from studio_app.reports.billing_reports import (
    write_dues_pdf,
    write_dues_workbook,
    write_expiring_pdf,
    write_expiring_workbook,
)
from studio_app.services import installments
from studio_app.services.records import streamed_rows
from studio_app.services.report_builder import ReportBuilder


def _range(request: ReportRequest) -> tuple[date, date]:
    """The checked request's first and last day (services/reports.py sets both)."""
    assert request.date_from is not None and request.date_to is not None
    return request.date_from, request.date_to


#: What ``extension`` reads of a membership and of its latest installment, in this order.
_TERMS = (
    Membership.continuous,
    Membership.from_first,
    Membership.prorata,
    Membership.contract_installments,
    Membership.auto_renew,
    Membership.max_end_on,
    Membership.loyalty_discount_cents,
    Membership.last_installment,
)


def _endings() -> Callable[[tuple[Any, ...], bool, bool], tuple[str, str, Outcome]]:
    """How a membership reads in the report, from the plain columns it is read with (its
    latest installment's number and round, then ``_TERMS``), whether the member has a card on
    file and whether its last day is on or after its maximum end date: "k/N" of the latest
    installment ("" without one), what happens at its end (the front desk's text,
    ``installments.extension``) and how the report counts it. Extended when it renews; "no
    card" when it would renew if the member had a card on file; otherwise it ends.

    Thousands of memberships share a few combinations of terms, so each combination is
    worked out once, on an unsaved copy of the membership and its latest installment. The
    last day counts only against the maximum end date, so memberships that differ only in
    their last day (on the same side of it) share one combination."""

    @cache
    def ending(latest: tuple[Any, ...], has_card: bool, ended: bool) -> tuple[str, str, Outcome]:
        number, round_, *terms = latest
        columns = dict(zip((c.key for c in _TERMS), terms, strict=True))
        # "k/N" of the latest installment, which is of the newest round: rounds only go up.
        shown = (
            ""
            if number is None
            else installments.numbered(
                number,
                round_,
                round_,
                columns["contract_installments"],
                columns["last_installment"],
            )
        )
        # A last day on the maximum end date or after it, or one well before it.
        ends_on = columns["max_end_on"] if ended else date.min
        m = Membership(package_id=None, ends_on=ends_on, **columns)
        last = None if number is None else Installment(number=number, round=round_)
        result = installments.extension(m, last, has_card)
        if result.renews:
            return shown, result.text, Outcome.EXTENDED
        if not has_card and installments.extension(m, last, True).renews:
            return shown, result.text, Outcome.NO_CARD
        return shown, result.text, Outcome.ENDS

    return ending


#: The latest installment of the membership in the row (the one begun last): a correlated
#: subquery over the installments' (membership, start) index. Measured on SQLite against a
#: window function and a GROUP BY join, both of which read every installment: it is the fastest.
_newer = aliased(Installment)
_LATEST_START = (
    select(func.max(_newer.starts_on))
    .where(_newer.membership_id == Membership.id)
    .scalar_subquery()
)
#: The memberships ending from ``first`` to ``last`` with their latest installment (built once):
#: seven columns of the membership and its member, then what ``_endings`` reads.
_EXPIRING = (
    select(
        Membership.id,
        Member.first_name,
        Member.last_name,
        Member.card_on_file,
        Membership.plan_name,
        Membership.price_cents,
        Membership.ends_on,
        Installment.number,
        Installment.round,
        *_TERMS,
    )
    .join(Member, Membership.member_id == Member.id)
    .outerjoin(
        Installment,
        and_(Installment.membership_id == Membership.id, Installment.starts_on == _LATEST_START),
    )
    .where(
        Membership.ends_on >= bindparam("first"),
        Membership.ends_on <= bindparam("last"),
        Membership.cancelled.is_(False),
        Membership.package_id.is_(None),
    )
    .order_by(Membership.ends_on, Member.last_name, Member.first_name, Membership.id)
)
#: Where the maximum end date is in a row of ``_EXPIRING``.
_MAX_END = 9 + [c.key for c in _TERMS].index("max_end_on")


def _gather_expiring(s: Session, request: ReportRequest, _now: datetime) -> ExpiringReport:
    first, last = _range(request)
    rows = streamed_rows(s, _EXPIRING, {"first": first, "last": last})
    ending = _endings()
    result = []
    for row in rows:
        membership_id, first_name, last_name, card, plan, price, ends_on = row[:7]
        max_end = row[_MAX_END]
        shown, text, counted = ending(
            row[7:], bool(card), max_end is not None and ends_on >= max_end
        )
        result.append(
            ExpiringMembership(
                membership_id,
                f"{first_name} {last_name}".strip(),
                plan,
                shown,
                ends_on,
                text,
                counted,
                price,
            )
        )
    return ExpiringReport(first, last, tuple(result))


def _gather_dues(s: Session, request: ReportRequest, now: datetime) -> DuesReport:
    today = now.date()
    first, last = _range(request)
    return DuesReport(
        first,
        last,
        today,
        tuple(
            DueInstallment(
                row.installment_id,
                row.member_name,
                row.plan_name,
                row.numbered,
                row.due_on,
                row.amount_cents,
                (today - row.due_on).days,
                row.card_on_file,
            )
            for row in installments.open_installments(s, last)
        ),
    )


EXPIRING = ReportBuilder(_gather_expiring, write_expiring_pdf, write_expiring_workbook)
DUES = ReportBuilder(_gather_dues, write_dues_pdf, write_dues_workbook)
