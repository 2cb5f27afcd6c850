"""The billing reports (SPEC §6, §7): memberships expiring in a range and installments due.

Memberships expiring: every membership whose last day (``ends_on``) falls in the range, not
cancelled and not part of a package (a package's plans end with the package), soonest first,
then by member name; with its latest installment "k/N", what happens at its end and its price
(steps/expiring.py, which the front desk's list reads too).

Installments due: every unpaid installment of a membership not cancelled that falls due on or
before the range's last day, so those overdue from before the range are listed too; oldest due
first, with the days overdue as of today and whether the member has a card on file.

Both read plain columns in one query each (a month at a 20,000-member studio is thousands of
rows).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from studio_app.dto.report_billing import (
    DueInstallment,
    DuesReport,
    ExpiringMembership,
    ExpiringReport,
)
from studio_app.dto.reports import ReportRequest
from studio_app.reports.billing_reports import (
    write_dues_pdf,
    write_dues_workbook,
    write_expiring_pdf,
    write_expiring_workbook,
)
from studio_app.steps import installments
from studio_app.steps.expiring import ending_between
from studio_app.steps.report_rows.builder import ReportBuilder


def _range(request: ReportRequest) -> tuple[date, date]:
    """The checked request's first and last day (services/reports.py sets both)."""
    assert request.date_from is not None and request.date_to is not None
    return request.date_from, request.date_to


def _gather_expiring(s: Session, request: ReportRequest, _now: datetime) -> ExpiringReport:
    first, last = _range(request)
    return ExpiringReport(
        first,
        last,
        tuple(
            ExpiringMembership(
                m.membership_id,
                m.member_name,
                m.plan_name,
                m.installment,
                m.ends_on,
                m.ending,
                m.outcome,
                m.price_cents,
            )
            for m in ending_between(s, first, last)
        ),
    )


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
