"""One member's profile: who they are, what they bought (and its holds), where they are booked,
and the user log of every change to their memberships (newest first, with the entries available
after it). Unpaid visits (upcoming or past) are marked, counted and paid from the Bookings tab.

Opening a member reads the header and the Memberships, Bookings, User logs and Details tabs in
one go (the history and the log their newest page; "Show more" reads the next). The other tabs
(Credits, Installments & payments, Appointments, Can pay?) read the member when the desk opens
them, so selecting members one after another in the list stays instant."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from studio_app.domain.formats import day_text, moment_text
from studio_app.dto.members import BookingRow
from studio_app.gui.controllers.billing import BillingController
from studio_app.gui.controllers.holds import HoldController
from studio_app.gui.controllers.member_profile import (
    PAGE_SIZE,
    MemberProfile,
    MemberProfileController,
)
from studio_app.gui.controllers.members import MembersController
from studio_app.gui.forms.ui_member_profile import Ui_MemberProfileView
from studio_app.gui.qtmodels.member_profile import (
    BookingsModel,
    LogsModel,
    MembershipsModel,
)
from studio_app.gui.views.common import set_primary
from studio_app.gui.views.member_editor import MemberEditorDialog
from studio_app.gui.views.membership_holds import MembershipHolds
from studio_app.gui.views.pay_visit_dialog import PayVisitDialog, VisitToPay
from studio_app.gui.views.sell_membership_dialog import SellMembershipDialog
from studio_app.gui.views.show_more import ShowMore
from studio_app.gui.views.table_selection import fit_columns, selected_row

MEMBERSHIPS_TAB, BOOKINGS_TAB = 0, 1


class MemberTab(Protocol):
    """A profile tab built elsewhere (Credits, Appointments, Can pay?) that shows one member and
    reloads itself when its part changes; ``show_member(None)`` empties it."""

    def show_member(self, member_id: int | None, member_name: str = "") -> None: ...


class MemberProfileView(QWidget):
    """Shows one member; reloads itself whenever members, memberships or bookings change.
    With a HoldController the Memberships tab also puts memberships on hold and lists holds;
    with the BillingController (the app's, where installments are paid) a sale also offers to
    take its first installment's payment in the same step."""

    def __init__(
        self,
        members: MembersController,
        profile: MemberProfileController,
        parent: QWidget | None = None,
        *,
        tabs: Sequence[tuple[str, QWidget]] = (),
        holds: HoldController | None = None,
        billing: BillingController | None = None,
    ) -> None:
        super().__init__(parent)
        self.members, self.controller = members, profile
        self.member_id: int | None = None
        self.current: MemberProfile | None = None
        self.ui = Ui_MemberProfileView()
        self.ui.setupUi(self)
        ui = self.ui
        # Extra tabs go between Bookings and User logs, in the order given. Each shows the
        # member once opened (``_shown_in``: which member each one shows).
        self.extra_tabs: list[MemberTab] = []
        self._shown_in: dict[MemberTab, int | None] = {}
        for title, tab in tabs:
            ui.tabs.insertTab(ui.tabs.indexOf(ui.logsTab), tab, title)
            self.extra_tabs.append(tab)  # type: ignore[arg-type]
            self._shown_in[tab] = None  # type: ignore[index]
        ui.tabs.currentChanged.connect(lambda _index: self._on_tab_changed())
        self.memberships_model = MembershipsModel(self)
        self.upcoming_model = BookingsModel(self)
        self.history_model = BookingsModel(self)
        self.logs_model = LogsModel(self)
        for table, model in (
            (ui.membershipsTable, self.memberships_model),
            (ui.upcomingTable, self.upcoming_model),
            (ui.historyTable, self.history_model),
            (ui.logsTable, self.logs_model),
        ):
            table.setModel(model)
        fit_columns(ui.membershipsTable, stretch=0)
        fit_columns(ui.upcomingTable, stretch=0)
        fit_columns(ui.historyTable, stretch=0)
        fit_columns(ui.logsTable, stretch=2)
        self.holds = MembershipHolds(ui, holds, self)
        self.history_pages = ShowMore(
            self.history_model,
            ui.historyMoreButton,
            ui.historyShownLabel,
            lambda before: profile.older_history(self.member_id or 0, before),
            PAGE_SIZE,
            self,
        )
        self.log_pages = ShowMore(
            self.logs_model,
            ui.logsMoreButton,
            ui.logsShownLabel,
            lambda before: profile.older_logs(self.member_id or 0, before),
            PAGE_SIZE,
            self,
        )
        self.billing = billing
        ui.logsTable.setStyleSheet("QTableView::item { padding: 4px 2px; }")
        self._size_log_rows()
        set_primary(ui.sellButton)
        ui.editButton.clicked.connect(self.edit)
        ui.archiveButton.clicked.connect(self.toggle_archived)
        ui.sellButton.clicked.connect(self.sell)
        ui.signOutButton.clicked.connect(self.sign_out_selected)
        ui.payVisitButton.clicked.connect(self.pay_visit)
        # One booking is selected at a time, in either table, so "Pay visit…" is unambiguous.
        upcoming, history = ui.upcomingTable.selectionModel(), ui.historyTable.selectionModel()
        upcoming.selectionChanged.connect(lambda chosen, _old: self._selected_in(chosen, history))
        history.selectionChanged.connect(lambda chosen, _old: self._selected_in(chosen, upcoming))
        profile.signals.changed.connect(self._on_changed)
        self._fill(None)

    # -- showing ---------------------------------------------------------------------------
    def show(self, member_id: int | None = None) -> None:  # type: ignore[override]
        """Show the profile of ``member_id``; without an id, plain ``QWidget.show()``."""
        if member_id is None:
            super().show()
            return
        if member_id != self.member_id:
            self.ui.tabs.setCurrentIndex(MEMBERSHIPS_TAB)
        self.member_id = member_id
        self.reload()
        self._show_in_current_tab()

    def reload(self) -> None:
        """Read the member again, with as many bookings and log lines as the desk had shown of
        them; a member that no longer exists leaves the profile empty."""
        if self.member_id is None:
            self._fill(None)
            return
        same = self.current is not None and self.current.detail.id == self.member_id
        self._fill(
            self.controller.profile(
                self.member_id,
                max(PAGE_SIZE, self.history_pages.shown) if same else PAGE_SIZE,
                max(PAGE_SIZE, self.log_pages.shown) if same else PAGE_SIZE,
            )
        )

    def _on_tab_changed(self) -> None:
        self._size_log_rows()
        self._show_in_current_tab()

    def _size_log_rows(self) -> None:
        """A log line ("Signed up for Yin Yoga on Thu 03 Dec 2026 19:30 (10-session pass)")
        wraps rather than being cut off, each row as tall as its text; the rows are measured
        while the User logs tab is open (measuring a page of wrapped lines takes longer than
        reading them, so opening a member does not wait for a tab the desk is not looking
        at)."""
        sizing = (
            QHeaderView.ResizeMode.ResizeToContents
            if self.ui.tabs.currentWidget() is self.ui.logsTab
            else QHeaderView.ResizeMode.Interactive
        )
        self.ui.logsTable.verticalHeader().setSectionResizeMode(sizing)

    def _show_in_current_tab(self) -> None:
        """The extra tab open shows the member shown. A tab still showing another member is
        emptied until it is opened again, so it neither reads nor reloads a member the desk has
        moved on from; a tab merely left for another keeps its member and follows its changes."""
        name = self.current.detail.full_name if self.current is not None else ""
        current = self.ui.tabs.currentWidget()
        for tab in self.extra_tabs:
            shown = self._shown_in[tab]
            if tab is current and shown != self.member_id:
                self._shown_in[tab] = self.member_id
                tab.show_member(self.member_id, name)
            elif tab is not current and shown not in (None, self.member_id):
                self._shown_in[tab] = None
                tab.show_member(None)

    def _fill(self, profile: MemberProfile | None) -> None:
        self.current = profile
        ui = self.ui
        for button in (ui.editButton, ui.archiveButton, ui.sellButton):
            button.setEnabled(profile is not None)
        if profile is None:
            self.member_id = None
            for tab in self.extra_tabs:
                self._shown_in[tab] = None
                tab.show_member(None)
            for model in (self.memberships_model, self.upcoming_model):
                model.set_rows([])
            self.history_pages.fill(None)
            self.log_pages.fill(None)
            ui.nameLabel.clear()
            ui.contactLabel.clear()
            ui.archivedBadge.hide()
            ui.noticesBadge.hide()
            self.holds.fill(None)
            self._update_sign_out()
            return
        detail = profile.detail
        ui.nameLabel.setText(detail.full_name)
        ui.archivedBadge.setVisible(detail.archived)
        ui.noticesBadge.setText("\n".join(profile.notices))
        ui.noticesBadge.setVisible(bool(profile.notices))
        contact = [
            f"Card {detail.card_code}" if detail.card_code else "No card",
            detail.email,
            detail.phone,
        ]
        ui.contactLabel.setText("  ·  ".join(part for part in contact if part))
        ui.archiveButton.setText("Restore" if detail.archived else "Archive")
        ui.archiveButton.setToolTip(
            "Bring the member back to the list and to booking"
            if detail.archived
            else "Hide the member from the list and from booking; the history stays"
        )
        ui.sellButton.setEnabled(not detail.archived)
        ui.sellButton.setToolTip("Restore the member first" if detail.archived else "")
        self.memberships_model.set_rows(profile.memberships)
        self.holds.fill(profile)
        self.upcoming_model.set_rows(profile.upcoming)
        self.history_pages.fill(profile.history)
        self.log_pages.fill(profile.logs)
        ui.activeSignupsLabel.setText(f"Active signups: {profile.active_signups}")
        unpaid = profile.unpaid_visits
        ui.unpaidLabel.setText(
            f"· {unpaid} unpaid visit{'s' if unpaid != 1 else ''} to pay" if unpaid else ""
        )
        ui.historyLabel.setText(f"History ({self.history_pages.total:,})")
        ui.emailValue.setText(detail.email or "—")
        ui.phoneValue.setText(detail.phone or "—")
        ui.birthDateValue.setText(day_text(detail.birth_date) if detail.birth_date else "—")
        ui.cardValue.setText(detail.card_code or "—")
        ui.cardOnFileValue.setText(detail.card_on_file or "—")
        ui.notesValue.setText(detail.notes or "—")
        self._update_sign_out()

    def _selected_in(self, chosen: QItemSelection, other: QItemSelectionModel) -> None:
        if not chosen.isEmpty():
            other.clearSelection()
        self._update_sign_out()

    def _update_sign_out(self) -> None:
        self.ui.signOutButton.setEnabled(self.selected_booking_id() is not None)
        booking = self.selected_booking()
        self.ui.payVisitButton.setEnabled(booking is not None and booking.unpaid)

    def selected_booking(self) -> BookingRow | None:
        """The booking selected in the upcoming or the history table."""
        for table in (self.ui.upcomingTable, self.ui.historyTable):
            row = selected_row(table)
            if row is not None:
                return row  # type: ignore[return-value]
        return None

    def selected_booking_id(self) -> int | None:
        """The selected upcoming booking (the one Sign out acts on)."""
        row = selected_row(self.ui.upcomingTable)
        return row.id if row is not None else None  # type: ignore[attr-defined]

    def _on_changed(self, changes: frozenset[object]) -> None:
        concerned = self.controller.concerns(changes) or self.holds.concerns(changes)  # type: ignore[arg-type]
        if self.member_id is not None and concerned:
            self.reload()

    # -- actions ---------------------------------------------------------------------------
    def editor_dialog(self) -> MemberEditorDialog:
        """The member editor for the member shown (not yet executed)."""
        return MemberEditorDialog(self.members, self.member_id, self)

    def edit(self) -> None:
        if self.member_id is not None:
            self.editor_dialog().exec()

    def sell_dialog(self) -> SellMembershipDialog:
        """The sale dialog for the member shown (not yet executed)."""
        name = self.current.detail.full_name if self.current else ""
        return SellMembershipDialog(
            self.controller,
            self.member_id or 0,
            name,
            self,
            can_take_payment=self.billing is not None,
        )

    def sell(self) -> None:
        """Sell a plan; with "Take payment now" its first installment is paid in the same step
        (Cancel sells nothing). The banner says what was sold and what is due."""
        if self.member_id is not None and self.sell_dialog().exec() == QDialog.DialogCode.Accepted:
            self.ui.tabs.setCurrentIndex(MEMBERSHIPS_TAB)

    def toggle_archived(self) -> None:
        """Archive or restore: reversible, so no confirmation; refusals reach the banner."""
        if self.current is not None:
            self.members.set_archived(self.current.detail.id, not self.current.detail.archived)

    def sign_out_selected(self) -> None:
        """Sign out of the selected upcoming class; the session returns to its membership."""
        booking_id = self.selected_booking_id()
        if booking_id is not None:
            self.controller.sign_out(booking_id)

    def pay_visit_dialog(self) -> PayVisitDialog | None:
        """The Pay visit dialog for the selected unpaid booking (not yet executed)."""
        booking = self.selected_booking()
        if booking is None or not booking.unpaid or self.current is None:
            return None
        visit = VisitToPay(
            booking.id,
            booking.session_id,
            self.current.detail.id,
            self.current.detail.full_name,
            f"{booking.class_name} · {moment_text(booking.starts_at, weekday=True)}",
        )
        return PayVisitDialog(self.controller, visit, self)

    def pay_visit(self) -> None:
        """Pay the selected unpaid visit; the tables show it paid once the dialog accepts."""
        dialog = self.pay_visit_dialog()
        if dialog is not None:
            dialog.exec()
