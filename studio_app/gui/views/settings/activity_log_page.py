"""Settings → Activity log: the studio's whole user log, read-only, newest first.

The lines of the last 30 days show when the page opens; the days, a staff member and words
typed narrow them as soon as they change (every word must be in the line, or in the member's
name, email, phone or card). A page of 500 lines is read at a time and "Show older…" adds the
next one below, so the page opens at once however long the history is. Only accounts with the
``staff`` privilege see the page (SettingsView hides it from the others; the service refuses
them too).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from studio_app.domain.bounds import FIRST_DAY, LAST_DAY
from studio_app.dto.activity_log import ActivityCursor, ActivityPage
from studio_app.dto.changes import Change
from studio_app.gui.controllers.activity_log import ActivityLogController
from studio_app.gui.forms.ui_activity_log_page import Ui_ActivityLogPage
from studio_app.gui.qtmodels.activity_log import ActivityLogModel
from studio_app.gui.views.common import show_error
from studio_app.gui.views.date_edits import follow_date_format
from studio_app.gui.views.table_selection import pad_columns

#: The staff filter's first choice: lines of every account and the app's own.
EVERYONE = "Everyone"


def lines_text(count: int) -> str:
    """ "1 line", "1,250 lines"."""
    return f"{count:,} line{'' if count == 1 else 's'}"


class ActivityLogPage(QWidget):
    def __init__(self, controller: ActivityLogController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ui = ui = Ui_ActivityLogPage()
        ui.setupUi(self)
        follow_date_format(ui.fromEdit, ui.toEdit)
        self.model = ActivityLogModel(self)
        ui.logTable.setModel(self.model)
        ui.logTable.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        for edit in (ui.fromEdit, ui.toEdit):
            edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
        self._default = controller.default_range()
        self._set_range(*self._default)
        self._older: ActivityCursor | None = None
        self._show_page(None)  # loaded when first shown
        show_error(ui.errorLabel, "")

        ui.fromEdit.dateChanged.connect(self._from_changed)
        ui.toEdit.dateChanged.connect(self._to_changed)
        ui.staffCombo.currentIndexChanged.connect(self.search)
        ui.searchEdit.textChanged.connect(self.search)
        ui.olderButton.clicked.connect(self.show_older)
        controller.signals.changed.connect(self._on_changed)

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """The staff accounts to choose from (keeping the one chosen), then the newest lines.
        The last 30 days move on with the clock (the desk may stay logged in past midnight)
        unless other days were chosen."""
        default = self.controller.default_range()
        if default != self._default and self.filters()[:2] == self._default:
            self._set_range(*default)
        self._default = default
        self._fill_staff()
        self.search()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if self.isVisible() and self.controller.concerns(changes):
            self.reload()

    def _fill_staff(self) -> None:
        combo = self.ui.staffCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(EVERYONE, None)
        for staff in self.controller.staff():
            name = staff.full_name if staff.active else f"{staff.full_name} (deactivated)"
            combo.addItem(name, staff.id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def filters(self) -> tuple[date, date, int | None, str]:
        """The first and last day, the staff account (None: everyone) and the words typed."""
        ui = self.ui
        return (
            ui.fromEdit.date().toPython(),
            ui.toEdit.date().toPython(),
            ui.staffCombo.currentData(),
            ui.searchEdit.text(),
        )

    def search(self) -> None:
        """The newest page of lines matching the filters, from the top of the table."""
        page = self.controller.page(*self.filters())
        show_error(self.ui.errorLabel, self.controller.last_error)
        self.model.set_rows(page.rows if page else ())
        pad_columns(self.ui.logTable)
        self._show_page(page)

    def show_older(self) -> None:
        """The next page of older lines, added below those shown."""
        if self._older is None:
            return
        page = self.controller.page(*self.filters(), before=self._older)
        show_error(self.ui.errorLabel, self.controller.last_error)
        if page is not None:
            self.model.append_rows(page.rows)
        self._show_page(page)

    def _show_page(self, page: ActivityPage | None) -> None:
        """Whether older lines are left, how many are shown, or that nothing matches."""
        ui = self.ui
        self._older = page.older if page else None
        shown = self.model.rowCount()
        more = self._older is not None
        ui.olderButton.setVisible(more)
        ui.emptyLabel.setVisible(page is not None and shown == 0)
        ui.countLabel.setVisible(page is not None and shown > 0)
        ui.countLabel.setText(
            f"{lines_text(shown)} shown, newest first; older ones follow."
            if more
            else f"{lines_text(shown)} shown: all of these days."
        )

    # -- the range stays a range -----------------------------------------------------------
    def _set_range(self, first: date, last: date) -> None:
        """Show ``first`` to ``last`` without searching (the caller searches)."""
        for edit, day in ((self.ui.fromEdit, first), (self.ui.toEdit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)

    def _from_changed(self, day: QDate) -> None:
        """A first day after the last one moves the last one with it."""
        if day > self.ui.toEdit.date():
            self._set_range(day.toPython(), day.toPython())
        self.search()

    def _to_changed(self, day: QDate) -> None:
        """A last day before the first one moves the first one with it."""
        if day < self.ui.fromEdit.date():
            self._set_range(day.toPython(), day.toPython())
        self.search()
