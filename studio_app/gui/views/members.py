"""The Members page: instant search on the left, the selected member's profile on the right.

Search matches any part of a name, email, phone or card code and runs on every keystroke; the
database returns at most one page of rows, so it stays instant with 20,000 members. The search
has the focus whenever the page opens (Ctrl+F from anywhere); Enter on a search that found
exactly one member opens that member.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from studio_app.domain.privileges import Privilege
from studio_app.gui.controllers.billing import BillingController
from studio_app.gui.controllers.data_import import ImportController
from studio_app.gui.controllers.holds import HoldController
from studio_app.gui.controllers.member_profile import MemberProfileController
from studio_app.gui.controllers.members import SEARCH_LIMIT, MembersController
from studio_app.gui.forms.ui_members import Ui_MembersView
from studio_app.gui.qtmodels.members import MembersModel
from studio_app.gui.qtmodels.rows import ROW_ROLE
from studio_app.gui.views.import_wizard import ImportWizard
from studio_app.gui.views.member_editor import MemberEditorDialog
from studio_app.gui.views.member_profile import MemberProfileView
from studio_app.gui.views.permissions import allow, follow_privileges
from studio_app.gui.views.shortcuts import Command, with_keys
from studio_app.gui.views.table_selection import select_row

EMPTY_PAGE, PROFILE_PAGE = 0, 1


class MembersView(QWidget):
    def __init__(
        self,
        members: MembersController,
        profile: MemberProfileController,
        parent: QWidget | None = None,
        *,
        profile_tabs: Sequence[tuple[str, QWidget]] = (),
        holds: HoldController | None = None,
        billing: BillingController | None = None,
        imports: ImportController | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = members
        self.imports = imports
        self.ui = Ui_MembersView()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = MembersModel(self)
        ui.membersTable.setModel(self.model)
        header = ui.membersTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Names are read in full; the email column gives way when the profile needs the room.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(2, 95)
        self.profile = MemberProfileView(
            members, profile, ui.profilePage, tabs=profile_tabs, holds=holds, billing=billing
        )
        ui.profileLayout.addWidget(self.profile)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([380, 820])  # the profile (credits, logs) gets the room
        ui.cappedLabel.setText(f"Showing first {SEARCH_LIMIT} — type more to narrow")
        ui.searchEdit.textChanged.connect(self.reload)
        ui.searchEdit.returnPressed.connect(self._open_single_result)
        ui.searchEdit.setToolTip(with_keys("Find a member", Command.FIND_MEMBER))
        ui.showArchivedCheck.toggled.connect(self.reload)
        ui.membersTable.selectionModel().selectionChanged.connect(self._on_selection)
        ui.newMemberButton.clicked.connect(self.new_member)
        ui.importButton.setVisible(imports is not None)
        ui.importButton.clicked.connect(self.import_members)
        if imports is not None:  # importing needs the settings privilege: greyed without it
            follow_privileges(self, imports, self._allow_import)
            self._allow_import()
        members.signals.changed.connect(self._on_changed)
        self.reload()

    # -- the list --------------------------------------------------------------------------
    def reload(self) -> None:
        """Search again with the typed text, keeping the selected member selected if listed."""
        ui = self.ui
        text = ui.searchEdit.text()
        result = self.controller.search(text, ui.showArchivedCheck.isChecked())
        selected = self.profile.member_id
        self.model.set_rows(result.rows)
        found = len(result.rows)
        if text.strip():
            ui.countLabel.setText(f"{found}+ found" if result.capped else f"{found} found")
        else:
            total = self.controller.count() if result.capped else found
            ui.countLabel.setText(f"{total:,} member{'s' if total != 1 else ''}")
        ui.cappedLabel.setVisible(result.capped)
        if selected is not None:
            self._select_row(self.model.row_of(selected))

    def focus_search(self) -> None:
        """Put the cursor in the search with its text selected, so typing starts a new one."""
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def _open_single_result(self) -> None:
        """Enter in the search: exactly one member found opens their profile (the list takes
        the focus, so ↑/↓ go on from there); with more or none, Enter does nothing."""
        if self.model.rowCount() == 1:
            self._select_row(0)
            self.ui.membersTable.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_row(self, row: int) -> None:
        table = self.ui.membersTable
        if row < 0:
            table.clearSelection()
            return
        select_row(table, row)
        table.scrollTo(self.model.index(row, 0))

    def _on_selection(self) -> None:
        rows = self.ui.membersTable.selectionModel().selectedRows()
        if rows:
            member_id = rows[0].data(ROW_ROLE).id
            if member_id != self.profile.member_id:
                self._show_profile(member_id)

    def _on_changed(self, changes: frozenset[object]) -> None:
        if self.controller.concerns(changes):  # type: ignore[arg-type]
            self.reload()

    # -- the profile -----------------------------------------------------------------------
    def show_member(self, member_id: int) -> None:
        """Open a member's profile (e.g. from the schedule), selecting them if listed."""
        self._show_profile(member_id)
        self._select_row(self.model.row_of(member_id))

    def _show_profile(self, member_id: int) -> None:
        self.profile.show(member_id)
        found = self.profile.current is not None
        self.ui.profileStack.setCurrentIndex(PROFILE_PAGE if found else EMPTY_PAGE)

    def selected_member_id(self) -> int | None:
        """The member whose profile is shown, or None on the "Select a member" page."""
        on_profile = self.ui.profileStack.currentIndex() == PROFILE_PAGE
        return self.profile.member_id if on_profile else None

    # -- new member ------------------------------------------------------------------------
    def new_member_dialog(self) -> MemberEditorDialog:
        """The "New member…" dialog, not yet executed (tests drive it directly)."""
        return MemberEditorDialog(self.controller, None, self)

    def new_member(self) -> None:
        """Create a member and open their profile, with the search cleared so they are listed."""
        dialog = self.new_member_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.member_id is not None:
            self.ui.searchEdit.clear()
            self.show_member(dialog.member_id)

    # -- import ----------------------------------------------------------------------------
    def _allow_import(self) -> None:
        """Importing members needs the ``settings`` privilege: greyed, with the reason, without."""
        assert self.imports is not None
        allow(self.ui.importButton, Privilege.SETTINGS, self.imports.can(Privilege.SETTINGS))

    def import_wizard(self) -> ImportWizard:
        """The "Import…" wizard, not yet executed (tests drive it directly)."""
        assert self.imports is not None
        return ImportWizard(self.imports, self)

    def import_members(self) -> None:
        """Import members from another system's file; the list reloads through the changes
        the import publishes, and the banner says what was imported."""
        if self.imports is not None:
            self.import_wizard().exec()
