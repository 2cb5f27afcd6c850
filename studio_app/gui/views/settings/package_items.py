"""The plans a package contains (SPEC §2, §5): a list of every plan that is not a package, each
with a tick box; the ticked ones are sold together whenever the package is sold, each as its own
membership inside the package.

Inactive plans are listed too (marked so), so a package keeps showing what it contains after one
of its plans is no longer sold on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

from studio_app.domain.formats import validity_text
from studio_app.dto.plans import PlanRow

PLAN_ROLE = Qt.ItemDataRole.UserRole + 1


def item_text(plan: PlanRow) -> str:
    """ "10-class pass (Session pass, 3 months)"; "…, inactive)" for a plan no longer sold."""
    parts = [plan.kind.label, validity_text(plan.duration_count, plan.duration_unit)]
    if not plan.active:
        parts.append("inactive")
    return f"{plan.name} ({', '.join(parts)})"


class PackageItems(QObject):
    """Fills ``items_list`` with the plans a package may contain; ``changed`` fires on a tick."""

    changed = Signal()

    def __init__(self, items_list: QListWidget, empty_label: QLabel, plans: Sequence[PlanRow]):
        super().__init__(items_list)
        self.list = items_list
        self.plans = {plan.id: plan for plan in plans}
        for plan in plans:
            item = QListWidgetItem(item_text(plan), items_list)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(PLAN_ROLE, plan.id)
        items_list.setVisible(bool(plans))
        empty_label.setVisible(not plans)
        items_list.itemChanged.connect(lambda _item: self.changed.emit())

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def set_chosen(self, plan_ids: Iterable[int]) -> None:
        chosen = set(plan_ids)
        for item in self._items():
            ticked = item.data(PLAN_ROLE) in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[PlanRow]:
        """The ticked plans, in list order (by name)."""
        return [
            self.plans[item.data(PLAN_ROLE)]
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def item_for(self, plan_id: int) -> QListWidgetItem:
        return next(item for item in self._items() if item.data(PLAN_ROLE) == plan_id)
