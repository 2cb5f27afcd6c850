"""The "Can pay?" tab of the member profile (SPEC §5, last rule): for any class session, why each
of the member's memberships can or cannot pay for it.

Only memberships valid on the session's day, allowed by the session rules, of the session's credit
category and with a credit left can pay; a sign-up uses the one that expires first (SPEC §3).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QHeaderView, QWidget

from studio_app.domain.formats import time_text, weekday_text
from studio_app.dto.changes import Change
from studio_app.gui.controllers.credits import CreditsController, PayerOption, SessionBlock
from studio_app.gui.controllers.schedule import counts_text
from studio_app.gui.forms.ui_payer_check_tab import Ui_PayerCheckTab
from studio_app.gui.qtmodels.credits import PayerOptionsModel
from studio_app.gui.views.date_edits import follow_date_format

_GOOD = "color: #1e5b2f; font-size: 15px; font-weight: 600;"
_BAD = "color: #8a1c1c; font-size: 15px; font-weight: 600;"
_PLAIN = "color: #6b7777; font-size: 15px;"


def session_text(block: SessionBlock) -> str:
    """ "18:00 Vinyasa Flow (Studio A) 5/12", or "… Cancelled"."""
    room = f" ({block.room})" if block.room else ""
    return f"{time_text(block.starts_at)} {block.name}{room} {counts_text(block)}"


def headline(options: list[PayerOption]) -> str:
    """The answer in one line: who can pay, or that nobody can."""
    able = [f"'{o.label}'" for o in options if o.reason is None]
    if not able:
        return "No membership can pay for this class."
    if len(able) == 1:
        return f"{able[0]} would pay."
    return f"Can pay: {', '.join(able)}. A sign-up uses the one that expires first."


class PayerCheckTab(QWidget):
    """Pick a day and one of its classes; the table lists every membership with the reason."""

    def __init__(self, controller: CreditsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.member_id: int | None = None
        self.member_name = ""
        # The day's classes are the same for every member: read when a member is first
        # shown, then again when the day or the schedule changes.
        self._sessions_stale = True
        self.ui = ui = Ui_PayerCheckTab()
        ui.setupUi(self)
        follow_date_format(ui.dayEdit)
        self.model = PayerOptionsModel(self)
        ui.optionsTable.setModel(self.model)
        header = ui.optionsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.dayEdit.setDate(QDate(controller.today()))
        ui.dayEdit.dateChanged.connect(lambda _day: self.reload_sessions())
        ui.sessionCombo.currentIndexChanged.connect(lambda _i: self.reload_options())
        controller.signals.changed.connect(self._on_changed)
        self.show_member(None)

    def day(self) -> date:
        return self.ui.dayEdit.date().toPython()

    def set_day(self, day: date) -> None:
        self.ui.dayEdit.setDate(QDate(day))

    def session_id(self) -> int | None:
        return self.ui.sessionCombo.currentData()

    def select_session(self, session_id: int) -> None:
        self.ui.sessionCombo.setCurrentIndex(self.ui.sessionCombo.findData(session_id))

    # -- showing ---------------------------------------------------------------------------
    def show_member(self, member_id: int | None, member_name: str = "") -> None:
        """Check ``member_id``'s memberships against the chosen class; None clears."""
        self.member_id, self.member_name = member_id, member_name
        if member_id is not None and self._sessions_stale:
            self.reload_sessions()
        else:
            self.reload_options()

    def reload_sessions(self) -> None:
        """List the day's classes (counts included), keeping the chosen one if still there;
        otherwise the first class not yet started is chosen."""
        combo, keep = self.ui.sessionCombo, self.session_id()
        blocks = self.controller.sessions_on(self.day())
        combo.blockSignals(True)
        combo.clear()
        for block in blocks:
            combo.addItem(session_text(block), block.id)
        upcoming = [b.id for b in blocks if b.starts_at >= self.controller.now()]
        chosen = keep if keep in {b.id for b in blocks} else (upcoming or [None])[0]
        combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else 0)
        combo.setEnabled(bool(blocks))
        combo.blockSignals(False)
        self._sessions_stale = False
        self.reload_options()

    def reload_options(self) -> None:
        ui, session_id = self.ui, self.session_id()
        options: list[PayerOption] = []
        if self.member_id is None:
            text, style = "Open a member to check which membership can pay for a class.", _PLAIN
        elif session_id is None:
            text, style = f"No classes on {weekday_text(self.day())}.", _PLAIN
        else:
            options = self.controller.payer_check(session_id, self.member_id)
            if not options:
                who = self.member_name or "This member"
                text = f"{who} has no membership, so nothing can pay: sell one first."
                style = _BAD
            else:
                text = headline(options)
                style = _GOOD if any(o.reason is None for o in options) else _BAD
        self.model.set_rows(options)
        ui.optionsTable.setVisible(bool(options))
        ui.headlineLabel.setText(text)
        ui.headlineLabel.setStyleSheet(style)

    def _on_changed(self, changes: frozenset[Change]) -> None:
        # New or edited classes change the day's list too, not only credits and bookings.
        # Without a member (another tab of the profile is open) the list waits for one.
        if self.controller.concerns(changes) or Change.SCHEDULE in changes:
            if self.member_id is None:
                self._sessions_stale = True
            else:
                self.reload_sessions()
