"""Shared by the "Installments & payments" tests: contract memberships sold through the real
services, and reading / clicking the tab's tables the way a clerk does."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QTableView

from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.billing import BillingController
from studio_app.gui.views.billing_tab import BillingTab
from tests.factories import StudioFactory

LEFT = Qt.MouseButton.LeftButton
#: The installment table's columns.
PLAN, NUMBER, PERIOD, DUE, AMOUNT, STATE, PAID = range(7)


def at(day: date) -> datetime:
    """A moment of the studio day ``day`` (09:00, when the desk opens)."""
    return datetime(day.year, day.month, day.day, 9, 0)


def sell(studio: StudioFactory, member_id: int, plan_id: int, day: date) -> int:
    return studio.svc.memberships.sell(member_id, plan_id, day).value


def renew(studio: StudioFactory, membership_id: int, times: int = 1) -> list[int]:
    """Extend ``times`` periods ahead through the service; the new installments' ids."""
    return [studio.svc.contracts.renew(membership_id).value for _ in range(times)]


def open_tab(qtbot, studio: StudioFactory, signals: AppSignals, member_id: int) -> BillingTab:  # noqa: ANN001
    tab = BillingTab(BillingController(studio.svc, signals))
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    tab.show_member(member_id, "Peter Parker")
    return tab


def column(table: QTableView, col: int) -> list[str]:
    model = table.model()
    return [str(model.index(row, col).data() or "") for row in range(model.rowCount())]


def row_with(table: QTableView, col: int, text: str) -> int:
    [row] = [r for r, value in enumerate(column(table, col)) if value == text]
    return row


def click_row(qtbot, table: QTableView, row: int) -> None:  # noqa: ANN001
    qtbot.mouseClick(
        table.viewport(), LEFT, pos=table.visualRect(table.model().index(row, 0)).center()
    )


def click_installment(qtbot, tab: BillingTab, number_text: str) -> None:  # noqa: ANN001
    """Click the installment reading ``number_text`` ("2/7")."""
    table = tab.ui.installmentsTable
    click_row(qtbot, table, row_with(table, NUMBER, number_text))


def click_choice(qtbot, button: QAbstractButton) -> None:  # noqa: ANN001
    """Click a radio button or check box on its indicator (its centre may be empty space when
    the layout stretches it)."""
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))
