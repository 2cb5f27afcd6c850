"""Choosing a member and the membership that pays, shared by the attendance panel's sign-up, the
appointment dialog and the pay-visit dialog: suggestions appear as staff type a name (↑/↓ pick
one, the first is chosen by default), and memberships that cannot pay are listed disabled with
the reason as a tooltip."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem

from studio_app.dto.attendance import PayerOption
from studio_app.dto.members import MemberRow

_STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}
_NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class MemberSuggestions(QObject):
    """Drives a name field and its suggestions list; ``on_change`` runs when the choice moves."""

    def __init__(
        self,
        edit: QLineEdit,
        listing: QListWidget,
        search: Callable[[str], Sequence[MemberRow]],
        on_change: Callable[[], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.edit, self.listing, self.search, self.on_change = edit, listing, search, on_change
        edit.textChanged.connect(self._suggest)
        edit.installEventFilter(self)
        listing.hide()
        listing.currentRowChanged.connect(lambda _row: on_change())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the name field move through the suggestions."""
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _STEPS
        ):
            row = self.listing.currentRow() + _STEPS[event.key()]
            self.listing.setCurrentRow(max(0, min(self.listing.count() - 1, row)))
            return True
        return super().eventFilter(watched, event)

    def _suggest(self, text: str) -> None:
        """List the members matching what was typed; the first is chosen unless staff pick
        another (↑/↓ or a click)."""
        listing = self.listing
        listing.clear()
        for m in self.search(text):
            contact = m.email or m.phone or m.card_code
            item = QListWidgetItem(f"{m.full_name} · {contact}" if contact else m.full_name)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setData(_NAME_ROLE, m.full_name)
            listing.addItem(item)
        listing.setVisible(listing.count() > 0)
        listing.setCurrentRow(0)
        self.on_change()

    def chosen_member(self) -> int | None:
        """The suggestion chosen in the list (the first match unless staff picked another)."""
        item = self.listing.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def chosen_name(self) -> str:
        item = self.listing.currentItem()
        return item.data(_NAME_ROLE) if item is not None else ""


def add_payer_options(
    combo: QComboBox, options: Iterable[PayerOption], *, can_pay_suffix: str = ""
) -> None:
    """Append each membership to ``combo``; one that cannot pay is disabled, marked "can't pay"
    and carries the reason as its tooltip."""
    model = combo.model()
    for option in options:
        suffix = " — can't pay" if option.reason else can_pay_suffix
        combo.addItem(option.label + suffix, option.membership_id)
        if option.reason:
            combo.setItemData(combo.count() - 1, option.reason, Qt.ItemDataRole.ToolTipRole)
            if isinstance(model, QStandardItemModel):
                model.item(combo.count() - 1).setEnabled(False)
