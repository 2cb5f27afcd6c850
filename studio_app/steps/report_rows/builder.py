"""How one report is made: what it reads (inside one read unit of work) and how it is written
(a PDF, and an .xlsx workbook where the report is a table). Each report module in services/
(report_schedule, report_billing, report_attendance, report_cards, report_revenue,
report_credits) defines one or two ReportBuilders; services/reports.py owns the use case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from studio_app.dto.reports import ReportHeader, ReportRequest
from studio_app.reports.pdf_common import Progress

D = TypeVar("D")


@dataclass(frozen=True)
class ReportBuilder(Generic[D]):
    """``gather(session, request, now)`` reads the report's DTO as of ``now`` (the studio
    clock's local time); the request arrives checked
    (services/reports.py: dates within bounds, ``date_from``/``date_to`` both set for a date
    report, ids valid). ``pdf(data, header, out, progress)`` and ``xlsx(data, header, out)``
    write it and return ``out``."""

    gather: Callable[[Session, ReportRequest, datetime], D]
    pdf: Callable[[D, ReportHeader, Path, Progress | None], Path]
    xlsx: Callable[[D, ReportHeader, Path], Path] | None = None


AnyBuilder = ReportBuilder[Any]
