"""Put a membership on hold (SPEC §5), with a live preview of what the hold does before the desk
confirms: the days held, the new end date (time-based memberships and packages last longer by the
held days; passes and credits keep their expiry), the visits kept in restriction periods the hold
overlaps, and the bookings inside it that will be signed out with their sessions returned. The
plan's hold policy is shown; a hold the rules refuse says why and cannot be confirmed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from studio_app.domain.formats import day_text, range_text
from studio_app.dto.members import MembershipRow
from studio_app.gui.controllers.holds import HoldController, HoldPreview
from studio_app.gui.forms.ui_hold_dialog import Ui_HoldDialog
from studio_app.gui.views.common import set_primary, show_error
from studio_app.gui.views.date_edits import follow_date_format

#: A new hold lasts two weeks unless the desk picks other dates.
DEFAULT_DAYS = 14
SIGN_OUT_AND_HOLD = "Sign out and put on hold"


def _plural(n: int, word: str, words: str = "") -> str:
    return f"{n} {word}" if n == 1 else f"{n} {words or word + 's'}"


def valid_until_text(preview: HoldPreview) -> str:
    """ "Valid until 31 Dec 2026 → 15 Jan 2027 (+15 days)", or why the end date stays. Only
    held days within the validity are added: a hold running past the end adds fewer days.
    A plan with a maximum membership end date says so: "…; no later than 30 Jun 2027, the
    maximum end date" (a hold that would pass it is refused, with the reason)."""
    if preview.new_ends_on is None:
        return f"Passes and credits keep their expiry: valid until {day_text(preview.ends_on)}"
    added = _plural((preview.new_ends_on - preview.ends_on).days, "day")
    limit = (
        f"; no later than {day_text(preview.max_ends_on)}, the maximum end date"
        if preview.max_ends_on is not None
        else ""
    )
    return (
        f"Valid until {day_text(preview.ends_on)} → {day_text(preview.new_ends_on)} "
        f"(+{added}{limit})"
    )


def bookings_text(bookings: tuple[str, ...]) -> str:
    if not bookings:
        return "No bookings inside the hold."
    lines = "\n".join(f"•  {b}" for b in bookings)
    count = _plural(len(bookings), "booking")
    return f"{count} inside the hold will be signed out, sessions returned:\n{lines}"


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask a question whose accepting button names the action ("Remove hold"); Cancel is the
    other answer."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    accept = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(accept)
    box.exec()
    return box.clickedButton() is accept


class HoldDialog(QDialog):
    """From, To and a note; "Put on hold" places the hold (after confirming the bookings it signs
    out) and closes, or stays open with the refusal."""

    def __init__(
        self,
        controller: HoldController,
        membership: MembershipRow,
        member_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller, self.membership, self.member_name = controller, membership, member_name
        self.hold_id: int | None = None
        self.preview: HoldPreview | None = None
        self.ui = ui = Ui_HoldDialog()
        ui.setupUi(self)
        follow_date_format(ui.fromDateEdit, ui.toDateEdit)
        set_primary(ui.okButton)
        show_error(ui.errorLabel, "")
        if member_name:
            self.setWindowTitle(f"Put {member_name}'s membership on hold")
        ui.membershipLabel.setText(membership.plan_name)
        validity = f"valid {range_text(membership.starts_on, membership.ends_on)}"
        ui.validityLabel.setText(
            " · ".join(part for part in (member_name, membership.kind_label, validity) if part)
        )
        # From today, or from the first day of a membership that starts later.
        first = max(controller.today(), membership.starts_on)
        self.length = DEFAULT_DAYS
        ui.fromDateEdit.setDate(QDate(first))
        ui.toDateEdit.setDate(QDate(first + timedelta(days=DEFAULT_DAYS - 1)))
        ui.fromDateEdit.dateChanged.connect(self._from_changed)
        ui.toDateEdit.dateChanged.connect(self._to_changed)
        ui.okButton.clicked.connect(self.place)
        ui.cancelButton.clicked.connect(self.reject)
        self.update_preview()

    def dates(self) -> tuple[date, date]:
        return self.ui.fromDateEdit.date().toPython(), self.ui.toDateEdit.date().toPython()

    def _from_changed(self) -> None:
        """Moving the first day keeps the hold's length: the last day moves with it."""
        start, _ = self.dates()
        with QSignalBlocker(self.ui.toDateEdit):
            self.ui.toDateEdit.setDate(QDate(start + timedelta(days=self.length - 1)))
        self.update_preview()

    def _to_changed(self) -> None:
        start, end = self.dates()
        self.length = max(1, (end - start).days + 1)
        self.update_preview()

    def update_preview(self) -> None:
        """Ask the service what these dates would do; a refusal disables "Put on hold"."""
        ui = self.ui
        start, end = self.dates()
        preview = self.controller.preview(self.membership.id, start, end)
        self.preview = preview
        ui.previewBox.setVisible(preview is not None)
        if preview is None:  # the membership is gone: nothing to hold
            show_error(ui.errorLabel, self.controller.last_error)
            ui.okButton.setEnabled(False)
            return
        refused = preview.refusal is not None
        ui.daysLabel.setText(
            f"{_plural(preview.days, 'day')} on hold: {range_text(start, end)}"
            if preview.days > 0
            else f"On hold: {range_text(start, end)}"
        )
        ui.validUntilLabel.setText(valid_until_text(preview))
        ui.proratedLabel.setText(
            "Visits kept in the periods the hold overlaps:\n"
            + "\n".join(f"•  {line}" for line in preview.prorated)
        )
        ui.bookingsLabel.setText(bookings_text(preview.bookings_signed_out))
        ui.validUntilLabel.setVisible(not refused)
        ui.proratedLabel.setVisible(not refused and bool(preview.prorated))
        ui.bookingsLabel.setVisible(not refused)
        ui.policyLabel.setText(f"{preview.policy} (the plan's hold policy).")
        show_error(ui.errorLabel, preview.refusal or "")
        ui.okButton.setEnabled(not refused)
        self.fit_preview()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.fit_preview()

    def fit_preview(self) -> None:
        """Grow the dialog until the whole preview shows, word-wrapped at the box's width, up to
        the screen's height; a longer preview scrolls inside its box. Never shrinks, so the
        buttons stay put while the desk tries dates."""
        if not self.isVisible():
            return
        viewport = self.ui.previewScroll.viewport()
        self.ui.previewContents.layout().activate()
        missing = self.ui.previewContents.heightForWidth(viewport.width()) - viewport.height()
        if missing > 0:
            room = self.screen().availableGeometry().height() - (
                self.frameGeometry().height() - self.height()
            )
            self.resize(self.width(), min(self.height() + missing, room))

    def confirm_sign_out(self, bookings: tuple[str, ...]) -> bool:
        """Ask before signing the member out of classes inside the hold."""
        who = self.member_name or "the member"
        lines = "\n".join(f"•  {b}" for b in bookings)
        return confirm(
            self,
            "Sign out of classes?",
            f"Putting {self.membership.plan_name} on hold signs {who} out of "
            f"{_plural(len(bookings), 'class', 'classes')} inside the hold; their sessions are "
            f"returned:\n\n{lines}",
            SIGN_OUT_AND_HOLD,
        )

    def place(self) -> None:
        """Place the hold; on a refusal stay open and say why."""
        self.update_preview()
        preview = self.preview
        if preview is None or preview.refusal is not None:
            return
        if preview.bookings_signed_out and not self.confirm_sign_out(preview.bookings_signed_out):
            return
        start, end = self.dates()
        note = self.ui.noteEdit.text()
        self.hold_id = self.controller.place(self.membership.id, start, end, note)
        if self.hold_id is None:
            show_error(self.ui.errorLabel, self.controller.last_error)
            return
        self.accept()
