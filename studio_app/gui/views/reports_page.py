"""Reports (SPEC §7): every printed report in one place, with its parameters, a preview of its
pages and the ways out: the system's PDF viewer, the printer, a PDF file, an Excel workbook.

The page is built from the catalog (dto/reports.py): the list on the left holds every report;
the parameters shown are those the chosen report takes (a date range with quick picks, a day or
its week, a class series, an instructor, one member typed by name, or the members whose cards
to print). Preview writes the PDF on a worker thread (the window stays responsive and says what
is being done) and shows its pages; changing a parameter fades them and says to preview again.
Open PDF, Print… and Save as… use the previewed file, previewing first when it is missing or no
longer matches the parameters, so what was seen is what goes out. Export to Excel… writes a
workbook for the reports that offer one.

Member cards: members without a card code can be given one (logged per member), and after the
cards are printed or saved the desk is asked whether to mark them printed, so "members without
a printed card" leaves them out next time. Refusals show in the banner and on the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QFileDialog, QListWidgetItem, QMessageBox, QWidget

from studio_app.domain.bounds import FIRST_DAY, LAST_DAY
from studio_app.domain.date_ranges import QuickRange
from studio_app.dto.changes import Change
from studio_app.dto.reports import PDF, REPORTS, XLSX, Param, ReportKind, ReportRequest, ReportSpec
from studio_app.gui.controllers.reports import ReportsController
from studio_app.gui.forms.ui_reports_page import Ui_ReportsPage
from studio_app.gui.views.common import HINT_STYLE, set_hint, set_primary, show_error
from studio_app.gui.views.credits_tab import EXCEL_FILTER, PDF_FILTER, with_suffix
from studio_app.gui.views.date_edits import follow_date_format
from studio_app.gui.views.member_choice import MemberSuggestions
from studio_app.gui.views.pdf_output import offer_save, open_pdf, print_pdf
from studio_app.gui.views.pdf_preview import PdfPreview

CUSTOM = "Custom"
ALL_CLASSES, ALL_INSTRUCTORS = "All classes", "All instructors"
STALE = "Parameters changed — press Preview to see the report as it would print now."
NOT_PREVIEWED = "Choose the parameters and press Preview to see the report here."
CHOOSE_MEMBER = "Type part of a member's name and choose the member."
ADD_MEMBERS = "Add the members whose cards to print."
#: The quick pick a date range starts with.
DEFAULT_RANGE = QuickRange.THIS_MONTH
_ID = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class _Run:
    """The report being written: for what, and what to do with the preview once it shows."""

    request: ReportRequest
    out: Path
    preview: bool
    then: Callable[[Path], None] | None = None


def members_text(count: int) -> str:
    """ "1 member", "1,250 members"."""
    return f"{count:,} member{'' if count == 1 else 's'}"


class ReportsPage(QWidget):
    def __init__(self, controller: ReportsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ui = ui = Ui_ReportsPage()
        ui.setupUi(self)
        follow_date_format(ui.fromEdit, ui.toEdit, ui.dayEdit)
        self.preview = PdfPreview(ui.previewPane)
        ui.previewLayout.addWidget(self.preview, 1)
        ui.splitter.setStretchFactor(2, 1)
        ui.splitter.setSizes([210, 330, 560])
        set_primary(ui.previewButton)
        set_hint(ui.summaryLabel, ui.codesLabel, ui.chosenCountLabel)
        self._previewed: Path | None = None
        self._previewed_request: ReportRequest | None = None
        self._run: _Run | None = None
        self._error = ""
        self._choices_stale = True  # loaded when first shown
        self._cards_not_printed = 0
        self._missing_codes = 0  # of the members whose cards would print

        for spec in REPORTS.values():
            item = QListWidgetItem(spec.title)
            item.setData(_ID, spec.kind.value)
            item.setToolTip(spec.summary)
            ui.reportList.addItem(item)
        for pick in QuickRange:
            ui.quickCombo.addItem(pick.label, pick.value)
        ui.quickCombo.addItem(CUSTOM, None)
        for edit in (ui.fromEdit, ui.toEdit, ui.dayEdit):
            edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
        ui.dayEdit.setDate(QDate(controller.today()))
        ui.seriesCombo.addItem(ALL_CLASSES, None)
        ui.instructorCombo.addItem(ALL_INSTRUCTORS, "")
        self.member = MemberSuggestions(
            ui.memberEdit, ui.memberList, controller.search_members, self._params_changed, self
        )
        self.pick = MemberSuggestions(
            ui.pickEdit, ui.pickList, controller.search_members, self._update, self
        )

        ui.reportList.currentRowChanged.connect(self._report_chosen)
        ui.quickCombo.currentIndexChanged.connect(self._quick_picked)
        ui.fromEdit.dateChanged.connect(self._from_changed)
        ui.toEdit.dateChanged.connect(self._to_changed)
        for combo in (ui.seriesCombo, ui.instructorCombo):
            combo.currentIndexChanged.connect(self._params_changed)
        ui.dayEdit.dateChanged.connect(self._params_changed)
        ui.weekRadio.toggled.connect(self._params_changed)
        ui.chosenMembersRadio.toggled.connect(self._cards_changed)
        ui.addButton.clicked.connect(self.add_member)
        ui.pickEdit.returnPressed.connect(self.add_member)
        ui.removeButton.clicked.connect(self.remove_member)
        ui.chosenList.currentRowChanged.connect(self._update)
        ui.giveCodesButton.clicked.connect(self.give_codes)
        ui.previewButton.clicked.connect(self.preview_report)
        ui.openButton.clicked.connect(self.open_report)
        ui.printButton.clicked.connect(self.print_report)
        ui.saveButton.clicked.connect(self.save_report)
        ui.excelButton.clicked.connect(self.export_workbook)
        controller.stage.connect(self._on_stage)
        controller.written.connect(self._on_written)
        controller.failed.connect(self._on_failed)
        controller.signals.changed.connect(self._on_changed)

        ui.quickCombo.blockSignals(True)
        ui.quickCombo.setCurrentIndex(ui.quickCombo.findData(DEFAULT_RANGE.value))
        ui.quickCombo.blockSignals(False)
        self._set_range(*controller.quick_range(DEFAULT_RANGE))
        ui.reportList.setCurrentRow(0)

    # -- the report and its parameters --------------------------------------------------------
    def spec(self) -> ReportSpec:
        item = self.ui.reportList.currentItem()
        return REPORTS[ReportKind(item.data(_ID))] if item else next(iter(REPORTS.values()))

    def choose_report(self, kind: ReportKind) -> None:
        """Select ``kind`` in the list, as a click on it does."""
        self.ui.reportList.setCurrentRow(list(REPORTS).index(kind))

    def request(self) -> ReportRequest | None:
        """The report the parameters shown ask for; None while they are incomplete (no member
        chosen yet)."""
        ui, spec = self.ui, self.spec()
        fields: dict[str, object] = {}
        if Param.DATE_RANGE in spec.params:
            fields["date_from"], fields["date_to"] = self.date_range()
        if Param.DAY_OR_WEEK in spec.params:
            fields["date_from"] = ui.dayEdit.date().toPython()
            fields["week"] = ui.weekRadio.isChecked()
        if Param.SERIES in spec.params:
            fields["series_id"] = ui.seriesCombo.currentData()
        if Param.INSTRUCTOR in spec.params:
            fields["instructor"] = ui.instructorCombo.currentData() or ""
        if Param.MEMBER in spec.params:
            member = self.member.chosen_member() if ui.memberEdit.text().strip() else None
            if member is None:
                return None
            fields["member_ids"] = (member,)
        if Param.MEMBERS in spec.params:
            if ui.chosenMembersRadio.isChecked() and not self.chosen_members():
                return None
            fields["member_ids"] = self.chosen_members()
        return ReportRequest(spec.kind, **fields)  # type: ignore[arg-type]

    def date_range(self) -> tuple[date, date]:
        return self.ui.fromEdit.date().toPython(), self.ui.toEdit.date().toPython()

    def chosen_members(self) -> tuple[int, ...]:
        """The members whose cards print: those listed, or () for every member without a
        printed card."""
        ui = self.ui
        if not ui.chosenMembersRadio.isChecked():
            return ()
        return tuple(ui.chosenList.item(row).data(_ID) for row in range(ui.chosenList.count()))

    def _report_chosen(self) -> None:
        """Show the chosen report's title, summary and parameters; a preview of another report
        goes."""
        ui, spec = self.ui, self.spec()
        ui.titleLabel.setText(spec.title)
        ui.summaryLabel.setText(spec.summary)
        rows = {
            Param.DATE_RANGE: (ui.quickCombo, ui.fromEdit, ui.toEdit),
            Param.DAY_OR_WEEK: (ui.dayEdit, ui.spanBox),
            Param.SERIES: (ui.seriesCombo,),
            Param.INSTRUCTOR: (ui.instructorCombo,),
            Param.MEMBER: (ui.memberBox,),
            Param.MEMBERS: (ui.membersBox,),
        }
        for param, fields in rows.items():
            for field in fields:
                ui.paramsForm.setRowVisible(field, param in spec.params)
        ui.paramsGroup.setVisible(bool(spec.params))
        workbook = XLSX in spec.formats
        ui.excelButton.setToolTip(
            "Save the report as an Excel workbook"
            if workbook
            else f"{spec.title} is printed only: there is no Excel version."
        )
        previewed = self._previewed_request
        if previewed is not None and previewed.kind is not spec.kind:
            self._drop_preview()
        self._cards_changed()

    def _quick_picked(self, index: int) -> None:
        """A quick pick sets both days."""
        value = self.ui.quickCombo.itemData(index)
        if value is None:
            return
        self._set_range(*self.controller.quick_range(QuickRange(value)))
        self._params_changed()

    def _set_range(self, first: date, last: date) -> None:
        for edit, day in ((self.ui.fromEdit, first), (self.ui.toEdit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)

    def _from_changed(self, day: QDate) -> None:
        """Days chosen by hand are a custom range; a first day after the last one moves the
        last one with it."""
        if day > self.ui.toEdit.date():
            self._set_range(day.toPython(), day.toPython())
        self._custom_range()

    def _to_changed(self, day: QDate) -> None:
        """A last day before the first one moves the first one with it."""
        if day < self.ui.fromEdit.date():
            self._set_range(day.toPython(), day.toPython())
        self._custom_range()

    def _custom_range(self) -> None:
        combo = self.ui.quickCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(None))
        combo.blockSignals(False)
        self._params_changed()

    def _params_changed(self) -> None:
        self._error = ""
        self._update()

    # -- choices and member cards ---------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._choices_stale:
            self.reload()

    def _on_changed(self, changes: frozenset[Change]) -> None:
        """New class series or instructors, or members with new codes: the lists follow (now if
        the page shows, else when it next does)."""
        if self.controller.concerns(changes):
            self._choices_stale = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        """The class series and instructors to choose from (keeping those chosen) and how many
        cards are to print."""
        choices = self.controller.choices()
        if choices is None:
            self._error = self.controller.last_error
            self._update()
            return
        self._choices_stale = False
        ui = self.ui
        _refill(ui.seriesCombo, ALL_CLASSES, None, choices.series)
        _refill(ui.instructorCombo, ALL_INSTRUCTORS, "", [(n, n) for n in choices.instructors])
        ui.allMembersRadio.setText(
            f"All members without a printed card ({choices.cards_not_printed:,})"
        )
        self._cards_not_printed = choices.cards_not_printed
        self._cards_changed()

    def _cards_changed(self) -> None:
        """How many of the members whose cards would print have no card code yet."""
        ui = self.ui
        ui.chosenBox.setEnabled(ui.chosenMembersRadio.isChecked())
        count = ui.chosenList.count()
        ui.chosenCountLabel.setText(members_text(count) if count else "")
        self._missing_codes = 0
        if self.spec().kind is ReportKind.CARDS and self.isVisible():
            request = self.request()
            if request is None:
                ui.codesLabel.setText(ADD_MEMBERS)
            else:
                self._missing_codes = self.controller.cards_missing_codes(request.member_ids)
                ui.codesLabel.setText(
                    f"{members_text(self._missing_codes)} without a card code."
                    if self._missing_codes
                    else "Every one of them has a card code."
                )
        self._params_changed()

    def add_member(self) -> None:
        """Add the member chosen by name to the cards to print (once)."""
        member_id = self.pick.chosen_member()
        if member_id is None or not self.ui.pickEdit.text().strip():
            return
        listed = self.chosen_members()
        if member_id not in listed:
            item = QListWidgetItem(self.pick.chosen_name())
            item.setData(_ID, member_id)
            self.ui.chosenList.addItem(item)
        self.ui.pickEdit.clear()
        self._cards_changed()

    def remove_member(self) -> None:
        row = self.ui.chosenList.currentRow()
        if row >= 0:
            self.ui.chosenList.takeItem(row)
            self._cards_changed()

    def give_codes(self) -> None:
        """Give a card code to each of these members without one, after confirming."""
        request = self.request()
        if request is not None and self._missing_codes:
            self._confirm_codes(request, self._missing_codes, "")

    def _codes_before_cards(self, request: ReportRequest) -> bool:
        """Before member cards are previewed: a card needs a card code, so members without one
        are offered codes first. False when the desk declines (nothing to preview then)."""
        missing = self.controller.cards_missing_codes(request.member_ids)
        return not missing or self._confirm_codes(
            request, missing, "Every card carries its member's code as a barcode. "
        )

    def _confirm_codes(self, request: ReportRequest, missing: int, why: str) -> bool:
        """Ask, then give the codes; whether they were given."""
        have = "has" if missing == 1 else "have"
        answer = QMessageBox.question(
            self,
            "Give card codes",
            f"{members_text(missing)} of these {have} no card code yet. {why}Give "
            f"{'this member a new code' if missing == 1 else 'them new codes'}?\n\n"
            "Each new code is logged in the member's user log with your name.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        given = self.controller.assign_card_codes(request.member_ids)
        refusal = self.controller.last_error if given is None else ""
        self._cards_changed()
        if refusal:
            self._error = refusal
            self._update()
        return given is not None

    def _offer_marking(self, request: ReportRequest) -> None:
        """After member cards were printed or saved: mark them printed, if the desk says so."""
        if request.kind is not ReportKind.CARDS:
            return
        listed = len(request.member_ids) or self._cards_not_printed
        count = listed - self.controller.cards_missing_codes(request.member_ids)
        if count <= 0:
            return
        answer = QMessageBox.question(
            self,
            "Member cards",
            f'Mark these {count:,} cards as printed?\n\nThey are then left out of "All members '
            'without a printed card" next time.',
        )
        if answer == QMessageBox.StandardButton.Yes:
            if self.controller.mark_cards_printed(request.member_ids) is None:
                self._error = self.controller.last_error
            self._update()

    # -- writing ----------------------------------------------------------------------------------
    def preview_report(self) -> None:
        self._write_preview()

    def _write_preview(self, then: Callable[[Path], None] | None = None) -> None:
        """Write the report to a new preview file on the worker thread; ``then`` runs with the
        file once its pages show."""
        request = self.request()
        if request is None or self.controller.running:
            return
        if request.kind is ReportKind.CARDS and not self._codes_before_cards(request):
            return
        out = self.controller.preview_file()
        self._start(_Run(request, out, preview=True, then=then), announce=False)

    def _start(self, run: _Run, *, announce: bool) -> None:
        self._error = ""
        if self.controller.write(run.request, run.out, announce=announce):
            self._run = run
            self.ui.stageLabel.setText("Starting…")
        self._update()

    def _with_preview(self, action: Callable[[Path], None]) -> None:
        """Run ``action`` on the previewed file, previewing first when there is none or it no
        longer matches the parameters."""
        if self._fresh() and self._previewed is not None:
            action(self._previewed)
        else:
            self._write_preview(then=action)

    def open_report(self) -> None:
        self._with_preview(self._open)

    def print_report(self) -> None:
        self._with_preview(self._print)

    def save_report(self) -> None:
        """Save the report as a PDF where the desk chooses."""
        chosen = self.ask_save_path("Save the report as a PDF", PDF, PDF_FILTER)
        if chosen is not None:
            self._with_preview(lambda path: self._save(path, with_suffix(chosen, PDF)))

    def export_workbook(self) -> None:
        """Write the report as an Excel workbook where the desk chooses (on the worker)."""
        request = self.request()
        if request is None or self.controller.running:
            return
        chosen = self.ask_save_path("Export the report to Excel", XLSX, EXCEL_FILTER)
        if chosen is not None:
            self._start(_Run(request, with_suffix(chosen, XLSX), preview=False), announce=True)

    def _open(self, path: Path) -> None:
        if not open_pdf(path) and offer_save(path, self):
            self.save_report()

    def _print(self, path: Path) -> None:
        if print_pdf(path, self) and self._previewed_request is not None:
            self._offer_marking(self._previewed_request)

    def _save(self, previewed: Path, out: Path) -> None:
        request = self._previewed_request
        if request is None:
            return
        saved = self.controller.save_copy(previewed, out, self.controller.what(request))
        if saved is None:
            self._error = self.controller.last_error
            self._update()
            return
        self._offer_marking(request)

    def ask_save_path(self, title: str, suffix: str, file_filter: str) -> Path | None:
        """Ask where to save the report, suggesting "<title> <today>" in the documents folder;
        None when the desk cancels."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{self.spec().title} {self.controller.today().isoformat()}{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), file_filter)
        return Path(chosen) if chosen else None

    def _on_stage(self, text: str) -> None:
        self.ui.stageLabel.setText(f"{text}…")

    def _on_written(self, path: Path) -> None:
        run, self._run = self._run, None
        if run is None:
            return
        if run.preview:
            old = self._previewed
            self._previewed, self._previewed_request = path, run.request
            self.preview.show_pdf(path)
            if old != path:
                self.controller.discard(old)
        self._update()
        if run.then is not None:
            run.then(path)

    def _on_failed(self, message: str) -> None:
        run, self._run = self._run, None
        if run is not None and run.preview:
            self.controller.discard(run.out)
        self._error = message
        self._update()

    def _drop_preview(self) -> None:
        self.preview.clear()
        self.controller.discard(self._previewed)
        self._previewed, self._previewed_request = None, None

    def _fresh(self) -> bool:
        """Whether the pages shown are the report the parameters ask for."""
        request = self._previewed_request
        return request is not None and request == self.request()

    # -- what the page shows ----------------------------------------------------------------------
    def _update(self) -> None:
        """Buttons, the stage of a running report, and what the preview shows (or why not)."""
        ui, running = self.ui, self.controller.running
        request = self.request()
        ready = request is not None and not running
        for button in (ui.previewButton, ui.openButton, ui.printButton, ui.saveButton):
            button.setEnabled(ready)
        ui.excelButton.setEnabled(ready and XLSX in self.spec().formats)
        ui.giveCodesButton.setEnabled(not running and self._missing_codes > 0)
        ui.addButton.setEnabled(not running and self.pick.chosen_member() is not None)
        ui.removeButton.setEnabled(not running and ui.chosenList.currentRow() >= 0)
        ui.reportList.setEnabled(not running)
        ui.paramsGroup.setEnabled(not running)
        ui.stageLabel.setVisible(running)
        ui.progressBar.setVisible(running)
        fresh = self._fresh()
        self.preview.set_faded(self._previewed_request is not None and not fresh)
        if self._error:
            show_error(ui.statusLabel, self._error)
            return
        if request is None:
            hint = ADD_MEMBERS if Param.MEMBERS in self.spec().params else CHOOSE_MEMBER
        elif self._previewed_request is None:
            hint = NOT_PREVIEWED
        else:
            hint = "" if fresh else STALE
        ui.statusLabel.setText(hint)
        ui.statusLabel.setStyleSheet(HINT_STYLE)
        ui.statusLabel.setVisible(bool(hint))

    def status_text(self) -> str:
        """What the page says above the preview ("" when it says nothing)."""
        label = self.ui.statusLabel
        return label.text() if label.isVisible() else ""


def _refill(
    combo: QComboBox, everything: str, all_data: object, items: Iterable[tuple[object, str]]
) -> None:
    """``combo`` holds "All …" then ``items`` (data, text), keeping the choice if it is still
    there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, all_data)
    for data, text in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)
