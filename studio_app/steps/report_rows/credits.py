"""The member credit statement on the Reports page (SPEC §4 credit report, §7): the same PDF
and workbook the member's Credits tab writes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from studio_app.dto.credits import CreditReport
from studio_app.dto.reports import ReportHeader, ReportRequest
from studio_app.models import Member
from studio_app.reports.credit_statement import write_credit_statement
from studio_app.reports.credit_workbook import write_credit_workbook
from studio_app.reports.pdf_common import Progress
from studio_app.steps.credit_report import build_report
from studio_app.steps.records import load
from studio_app.steps.report_rows.builder import ReportBuilder


def _gather(s: Session, request: ReportRequest, now: datetime) -> CreditReport:
    (member_id,) = request.member_ids
    return build_report(s, load(s, Member, member_id, "Member"), now.date())


def _pdf(report: CreditReport, header: ReportHeader, out: Path, progress: Progress | None) -> Path:
    return write_credit_statement(
        header.studio_name, report, out, paper=header.paper, progress=progress
    )


def _xlsx(report: CreditReport, header: ReportHeader, out: Path) -> Path:
    return write_credit_workbook(header.studio_name, report, out)


CREDITS = ReportBuilder(_gather, _pdf, _xlsx)
