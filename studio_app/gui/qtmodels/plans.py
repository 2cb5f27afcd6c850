"""The plans table of Settings → Memberships: one row per plan, inactive ones greyed.

The Credits column reads a plan's credit settings in short, e.g. "4 every 28 d, expire 30 d,
2 initial" for a limited plan, or "2 Personal training every 30 d" included with a pass. The
Restrictions column reads its attendance restrictions in short, e.g. "3/week; 10/month (payment
cycle)"; its tooltip says them in full, with the hold policy. The Contract column, last so it
takes the spare width, reads the advanced settings (SPEC §6), e.g. "Continuous, from the 1st;
contract of 12 installments, auto renewal", or "—" for a plain plan; its tooltip repeats it.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from studio_app.domain.credit_grants import CreditGrantTerms
from studio_app.domain.formats import validity_text
from studio_app.domain.plans import PlanKind
from studio_app.domain.restrictions import Cycle, Period, Restriction
from studio_app.dto.plans import PlanRow
from studio_app.gui.qtmodels.rows import Index, RowsModel

NAME, KIND, PRICE, DURATION, SESSIONS, CREDITS, RESTRICTIONS, CATEGORY, ACTIVE, CONTRACT = range(10)
_INACTIVE = QColor("#8a9496")


def sessions_text(plan: PlanRow) -> str:
    """A session pass shows its number of sessions; a time-based plan is unlimited; a limited
    plan counts credits instead; a package's plans bring their own."""
    if plan.kind is PlanKind.LIMITED:
        return "by credits"
    if plan.kind is PlanKind.PACKAGE:
        count = len(plan.package_items)
        return f"in its {count} plan{'' if count == 1 else 's'}"
    return "unlimited" if plan.entries is None else str(plan.entries)


def grant_text(grant: CreditGrantTerms, plan_category: str) -> str:
    """One grant in short; its category is named only when it is not the plan's own."""
    category = "" if grant.category == plan_category else f" {grant.category}"
    if grant.credits:
        every = f"every {grant.every_days} d" if grant.every_days else "at start"
        parts = [f"{grant.credits}{category} {every}"]
    else:
        parts = [f"{grant.initial_credits}{category} initial"]
    if grant.expire_days:
        parts.append(f"expire {grant.expire_days} d")
    if grant.credits and grant.initial_credits:
        parts.append(f"{grant.initial_credits} initial")
    return ", ".join(parts)


def credits_text(plan: PlanRow) -> str:
    return "; ".join(grant_text(g, plan.credit_category) for g in plan.grants)


def restriction_text(r: Restriction) -> str:
    """One restriction in short: "3/week", "2 Personal training/day", "10/month (payment
    cycle)"; the calendar cycle, the usual one, goes unsaid, as does the cycle of a day."""
    category = f" {r.category}" if r.category else ""
    cycle = " (payment cycle)" if r.cycle is Cycle.PAYMENT and r.period is not Period.DAY else ""
    return f"{r.max_visits}{category}/{r.period.value}{cycle}"


def restrictions_text(plan: PlanRow) -> str:
    return "; ".join(map(restriction_text, plan.restrictions))


def restrictions_tooltip(plan: PlanRow) -> str:
    """Every restriction in full, then the hold policy."""
    return "\n".join([*(r.describe() for r in plan.restrictions), plan.hold_policy.describe()])


class PlanTableModel(RowsModel[PlanRow]):
    COLUMNS: ClassVar = (
        ("Name", lambda p: p.name),
        ("Kind", lambda p: p.kind.label),
        ("Price", lambda p: p.price),
        ("Duration", lambda p: validity_text(p.duration_count, p.duration_unit)),
        ("Sessions", sessions_text),
        ("Credits", credits_text),
        ("Restrictions", restrictions_text),
        ("Category", lambda p: p.credit_category),
        ("Active", lambda p: "yes" if p.active else "no"),
        ("Contract", lambda p: p.contract.describe()),
    )

    def row_of(self, plan_id: int) -> int:
        """The table row showing ``plan_id``, or -1."""
        return next((i for i, p in enumerate(self._rows) if p.id == plan_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (PRICE, SESSIONS):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        plan = self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and not plan.active:
            return _INACTIVE
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == RESTRICTIONS:
            return restrictions_tooltip(plan)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == CONTRACT:
            return plan.contract.describe()
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        numeric = orientation == Qt.Orientation.Horizontal and section in (PRICE, SESSIONS)
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().headerData(section, orientation, role)
