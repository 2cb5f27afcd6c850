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

from sqlalchemy import and_, func, select
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
from studio_app.services.report_builder import ReportBuilder


def _range(request: ReportRequest) -> tuple[date, date]:
    """The checked request's first and last day (services/reports.py sets both)."""
    assert request.date_from is not None and request.date_to is not None
    return request.date_from, request.date_to


def _member_name(first: str, last: str) -> str:
    return f"{first} {last}".strip()


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


def _outcomes() -> Callable[..., tuple[str, Outcome]]:
    """What happens at the end of a membership, from the plain columns it is read with: the
    front desk's text (``installments.extension``) and how the report counts it. Extended
    when it renews; "no card" when it would renew if the member had a card on file;
    otherwise it ends.

    Thousands of memberships share a few combinations of terms, so each combination is
    worked out once, on an unsaved copy of the membership and its latest installment. The
    last day counts only against the maximum end date, so memberships that differ only in
    their last day (on the same side of it) share one combination."""

    @cache
    def outcome(
        number: int | None, round_: int | None, has_card: bool, ended: bool, *terms: Any
    ) -> tuple[str, Outcome]:
        columns = dict(zip((c.key for c in _TERMS), terms, strict=True))
        # A last day on the maximum end date or after it, or one well before it.
        ends_on = columns["max_end_on"] if ended else date.min
        m = Membership(package_id=None, ends_on=ends_on, **columns)
        last = None if number is None else Installment(number=number, round=round_)
        ending = installments.extension(m, last, has_card)
        if ending.renews:
            return ending.text, Outcome.EXTENDED
        if not has_card and installments.extension(m, last, True).renews:
            return ending.text, Outcome.NO_CARD
        return ending.text, Outcome.ENDS

    return outcome


def _gather_expiring(s: Session, request: ReportRequest, _now: datetime) -> ExpiringReport:
    first, last = _range(request)
    newer = aliased(Installment)
    latest_start = (
        select(func.max(newer.starts_on))
        .where(newer.membership_id == Membership.id)
        .scalar_subquery()
    )
    rows = s.execute(
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
            and_(Installment.membership_id == Membership.id, Installment.starts_on == latest_start),
        )
        .where(
            Membership.ends_on >= first,
            Membership.ends_on <= last,
            Membership.cancelled.is_(False),
            Membership.package_id.is_(None),
        )
        .order_by(Membership.ends_on, Member.last_name, Member.first_name, Membership.id)
    ).all()
    outcome = _outcomes()
    result = []
    for (
        membership_id,
        first_name,
        last_name,
        card,
        plan,
        price,
        ends_on,
        number,
        round_,
        *terms,
    ) in rows:
        contract, max_end, cancelled_at = terms[3], terms[5], terms[7]  # by place in _TERMS
        ended = max_end is not None and ends_on >= max_end
        text, counted = outcome(number, round_, bool(card), ended, *terms)
        # "k/N" of the latest installment, which is of the newest round: rounds only go up.
        shown = (
            ""
            if number is None
            else installments.numbered(number, round_, round_, contract, cancelled_at)
        )
        result.append(
            ExpiringMembership(
                membership_id,
                _member_name(first_name, last_name),
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
