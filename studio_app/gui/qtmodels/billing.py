"""Tables of the member's "Installments & payments" tab (SPEC §6): every installment with its
period, due date, amount and state (an overdue installment in bold red, a paid one green with how
it was paid), and the payment history, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from studio_app.domain.formats import day_text, moment_text, range_text
from studio_app.gui.controllers.billing import InstallmentRow, InstallmentState
from studio_app.gui.qtmodels.rows import AlignedRowsModel, Index

_PAID = QColor("#1e5b2f")
_OVERDUE = QColor("#b3261e")
STATE_TEXT = {
    InstallmentState.PAID: "Paid",
    InstallmentState.DUE: "Due",
    InstallmentState.OVERDUE: "Overdue",
}


class InstallmentsModel(AlignedRowsModel[Any]):
    """``InstallmentRow``s, newest first. The state column reads Paid (green), Due or Overdue;
    an overdue row is bold red throughout so the desk sees it at a glance."""

    COLUMNS = (
        ("Membership", lambda r: r.plan_name),
        ("Installment", lambda r: r.number_text),
        ("Period", lambda r: range_text(r.starts_on, r.ends_on)),
        ("Due", lambda r: day_text(r.due_on)),
        ("Amount", lambda r: r.amount),
        ("State", lambda r: STATE_TEXT[r.state]),
        ("Paid", lambda r: r.paid_text),
    )
    RIGHT_ALIGNED = frozenset({4})
    STATE_COLUMN = 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            row: InstallmentRow = self.row_at(index.row())
            if row.state is InstallmentState.OVERDUE:
                return _OVERDUE
            if row.state is InstallmentState.PAID and index.column() == self.STATE_COLUMN:
                return _PAID
            return None
        if index.isValid() and role == Qt.ItemDataRole.FontRole:
            if self.row_at(index.row()).state is not InstallmentState.OVERDUE:
                return None
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class PaymentsModel(AlignedRowsModel[Any]):
    """``PaymentRow``s, newest first: when, what was paid, how, how much, the discount taken,
    who took it and the provider's reference (card on file)."""

    COLUMNS = (
        ("Date", lambda r: moment_text(r.paid_at)),
        ("What", lambda r: r.what),
        ("Method", lambda r: r.method),
        ("Amount", lambda r: r.amount),
        ("Discount", lambda r: r.discount),
        ("Staff", lambda r: r.staff_name),
        ("Reference", lambda r: r.reference),
    )
    RIGHT_ALIGNED = frozenset({3, 4})
