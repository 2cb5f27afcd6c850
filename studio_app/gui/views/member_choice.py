"""Choosing a member and the membership that pays, shared by the attendance panel's sign-up, the
appointment dialog and the pay-visit dialog: suggestions appear as staff type a name (↑/↓ pick
one, the first is chosen by default), and memberships that cannot pay are listed disabled with
the reason as a tooltip. Where a class is being signed up for, each suggestion also says which
membership would pay and what it has left, or — greyed — why none can ("cannot pay: …")."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QKeyEvent, QPalette, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem

from studio_app.dto.attendance import PayerOption, PayerPreview
from studio_app.dto.members import MemberRow

_STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}
_NAME_ROLE = Qt.ItemDataRole.UserRole + 1

#: What each suggested member's sign-up would charge, by member id (one read for the list).
Previews = Callable[[list[int]], Mapping[int, PayerPreview]]


def suggestion_text(member: MemberRow, preview: PayerPreview | None) -> str:
    """ "Zoë Martin · zoe@example.com"; with a preview the payer comes first, the contact last:
    "Zoë Martin — 10-class pass, 4 left · zoe@example.com" or "Zoë Martin — cannot pay: …"."""
    contact = member.email or member.phone or member.card_code
    if preview is None:
        return f"{member.full_name} · {contact}" if contact else member.full_name
    note = preview.payer if preview.can_pay else f"cannot pay: {preview.refusal}"
    return f"{member.full_name} — {note}" + (f" · {contact}" if contact else "")


class MemberSuggestions(QObject):
    """Drives a name field and its suggestions list; ``on_change`` runs when the choice moves."""

    def __init__(
        self,
        edit: QLineEdit,
        listing: QListWidget,
        search: Callable[[str], Sequence[MemberRow]],
        on_change: Callable[[], None],
        parent: QObject,
        *,
        previews: Previews | None = None,
    ) -> None:
        super().__init__(parent)
        self.edit, self.listing, self.search, self.on_change = edit, listing, search, on_change
        self.previews = previews
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

    def _suggest(self, text: str, keep: int | None = None) -> None:
        """List the members matching what was typed (with what would pay, when previews are
        given); the first is chosen unless staff pick another (↑/↓ or a click) or ``keep``
        names a member still listed."""
        listing = self.listing
        members = self.search(text)
        previews = self.previews([m.id for m in members]) if self.previews and members else {}
        grey = listing.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        chosen = 0
        with QSignalBlocker(listing):  # one on_change for the whole list, below
            listing.clear()
            for row, m in enumerate(members):
                preview = previews.get(m.id)
                item = QListWidgetItem(suggestion_text(m, preview))
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                item.setData(_NAME_ROLE, m.full_name)
                if preview is not None:
                    item.setToolTip(item.text())
                    if not preview.can_pay:
                        item.setForeground(grey)
                listing.addItem(item)
                chosen = row if m.id == keep else chosen
            listing.setCurrentRow(chosen)
        listing.setVisible(listing.count() > 0)
        self.on_change()

    def refresh(self) -> None:
        """Suggest again for the text typed (what each member can pay with may have changed),
        keeping the chosen member."""
        if self.edit.text().strip():
            self._suggest(self.edit.text(), keep=self.chosen_member())
        else:
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
