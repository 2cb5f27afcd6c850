"""The member's Credits tab, the session credit report of seed 001/004 (SPEC §4): available, used
and expired credits, the active and expired lots, the full ledger history, manual adjustments
and the Excel / PDF exports. Reloads itself when credits, memberships or bookings change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from studio_app.domain.privileges import Privilege
from studio_app.gui.controllers.credits import CreditReport, CreditsController
from studio_app.gui.forms.ui_credits_tab import Ui_CreditsTab
from studio_app.gui.qtmodels.credits import HistoryModel, LotsModel
from studio_app.gui.views.adjust_credits_dialog import AdjustCreditsDialog
from studio_app.gui.views.permissions import allow, follow_privileges
from studio_app.gui.views.table_selection import fit_columns

EXCEL_FILTER = "Excel workbook (*.xlsx)"
PDF_FILTER = "PDF document (*.pdf)"
ADJUST_TIP = "Add or remove credits by hand, with a reason (needs the billing privilege)"
SELL_FIRST = "Sell a membership first: adjusted credits always belong to a membership"


def with_suffix(path: Path, suffix: str) -> Path:
    """The chosen file name, with ``suffix`` added when the clerk did not type it."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def per_category_text(report: CreditReport) -> str:
    """ "Group class: 6 available · Personal training: 2 available" (only with 2+ categories)."""
    if len(report.totals) < 2:
        return ""
    return " · ".join(f"{t.category}: {t.available} available" for t in report.totals)


class CreditsTab(QWidget):
    """One member's session credits; ``show_member(None)`` shows the empty state."""

    def __init__(self, controller: CreditsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.member_id: int | None = None
        self.member_name = ""
        self.report: CreditReport | None = None
        self.ui = ui = Ui_CreditsTab()
        ui.setupUi(self)
        self.active_model, self.expired_model = LotsModel(self), LotsModel(self)
        self.history_model = HistoryModel(self)
        for table, model, stretch in (
            # The plan name is read in full; the last column (state) takes the spare width.
            (ui.activeTable, self.active_model, len(LotsModel.COLUMNS) - 1),
            (ui.expiredTable, self.expired_model, len(LotsModel.COLUMNS) - 1),
            (ui.historyTable, self.history_model, 5),
        ):
            table.setModel(model)
            fit_columns(table, stretch)
        ui.adjustButton.clicked.connect(self.adjust)
        ui.excelButton.clicked.connect(self.export_workbook)
        ui.pdfButton.clicked.connect(self.export_statement)
        controller.signals.changed.connect(self._on_changed)
        follow_privileges(self, controller, self.reload)
        self.show_member(None)

    # -- showing ---------------------------------------------------------------------------
    def show_member(self, member_id: int | None, member_name: str = "") -> None:
        """Show ``member_id``'s credits (``member_name`` names files and dialogs); None clears."""
        if member_id != self.member_id:
            self.ui.sections.setCurrentWidget(self.ui.activePage)
        self.member_id = member_id
        self.member_name = member_name
        self.reload()

    def reload(self) -> None:
        """Read the report again; a member that no longer exists leaves the empty state."""
        report = self.controller.report(self.member_id) if self.member_id is not None else None
        self.report = report
        ui = self.ui
        if report is None:
            self.member_id = None
            for model in (self.active_model, self.expired_model, self.history_model):
                model.set_rows([])
            ui.stack.setCurrentWidget(ui.emptyPage)
            return
        self.member_name = self.member_name or report.member_name
        ui.stack.setCurrentWidget(ui.reportPage)
        ui.availableValue.setText(str(report.available))
        ui.usedValue.setText(str(report.used))
        ui.expiredValue.setText(str(report.expired))
        ui.categoriesLabel.setText(per_category_text(report))
        ui.categoriesLabel.setVisible(bool(ui.categoriesLabel.text()))
        has_memberships = report.memberships > 0
        allowed = self.controller.can(Privilege.BILLING)
        tip = ADJUST_TIP if has_memberships else SELL_FIRST
        allow(ui.adjustButton, Privilege.BILLING, allowed, ready=has_memberships, tip=tip)
        empty = not report.lots and not report.ledger
        ui.noticeLabel.setVisible(empty)
        how = (
            "add some by hand with “Adjust credits…”"
            if has_memberships
            else "sell a session pass or a limited plan from the profile"
        )
        ui.noticeLabel.setText(
            f"{self.member_name} has no session credits yet: {how}." if empty else ""
        )
        ui.sections.setVisible(not empty)
        for button in (ui.excelButton, ui.pdfButton):
            button.setEnabled(not empty)
        active, expired = report.active_lots, report.expired_lots
        self.active_model.set_rows(active)
        self.expired_model.set_rows(expired)
        self.history_model.set_rows(report.ledger)
        tabs = ui.sections
        tabs.setTabText(tabs.indexOf(ui.activePage), f"Active lots ({len(active)})")
        tabs.setTabText(tabs.indexOf(ui.expiredPage), f"Expired lots ({len(expired)})")
        tabs.setTabText(tabs.indexOf(ui.historyPage), f"History ({len(report.ledger)})")
        ui.historyTable.scrollToBottom()

    def _on_changed(self, changes: frozenset[object]) -> None:
        if self.member_id is not None and self.controller.concerns(changes):  # type: ignore[arg-type]
            self.reload()

    # -- actions ---------------------------------------------------------------------------
    def adjust_dialog(self) -> AdjustCreditsDialog:
        """The adjustment dialog for the member shown (not yet executed)."""
        return AdjustCreditsDialog(
            self.controller, self.member_id or 0, self.member_name, self.report, self
        )

    def adjust(self) -> None:
        if self.member_id is not None:
            self.adjust_dialog().exec()

    def ask_save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        """Ask where to save a file (tests override this); None when the clerk cancels."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / suggested), file_filter
        )
        return Path(chosen) if chosen else None

    def _file_name(self, suffix: str) -> str:
        """ "Peter Parker credits 2026-12-01.xlsx" (the day of the report)."""
        as_of = self.report.as_of.isoformat() if self.report else ""
        return f"{self.member_name} credits {as_of}{suffix}".strip()

    def export_workbook(self) -> None:
        """Save the session credit report as an .xlsx workbook; the banner says where."""
        if self.member_id is None:
            return
        path = self.ask_save_path("Export credits to Excel", self._file_name(".xlsx"), EXCEL_FILTER)
        if path is not None:
            self.controller.export_workbook(self.member_id, with_suffix(path, ".xlsx"))

    def export_statement(self) -> None:
        """Save the printable session credit statement as a PDF; the banner says where."""
        if self.member_id is None:
            return
        path = self.ask_save_path("Save credit statement", self._file_name(".pdf"), PDF_FILTER)
        if path is not None:
            self.controller.export_statement(self.member_id, with_suffix(path, ".pdf"))
