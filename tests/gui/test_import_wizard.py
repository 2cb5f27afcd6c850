"""Members → Import… driven like a desk would, over a real temporary database (SPEC §8): the
file is read and described, columns are matched, every row is previewed, and only Finish
writes the members, with their names exactly as typed in the other system."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWizard

from studio_app.exchange.fields import Field
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.data_import import ImportController
from studio_app.gui.controllers.member_profile import MemberProfileController
from studio_app.gui.controllers.members import MembersController
from studio_app.gui.qtmodels.import_preview import BALANCE, BIRTH_DATE, NAME, REASON, STATUS
from studio_app.gui.views.import_wizard import ImportWizard
from studio_app.gui.views.members import MembersView
from tests.factories import StudioFactory

_LEFT = Qt.MouseButton.LeftButton
NEXT, BACK = QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton
FINISH = QWizard.WizardButton.FinishButton

#: A Polish system's export: semicolons, Windows-1250, day.month.year, and a member number
#: column the wizard cannot recognise by its header.
POLISH = (
    "Imię;Nazwisko;E-mail;Data urodzenia;Karnet;Pozostało wejść;Ważny do;Nr klubowy\n"
    "Łukasz;Żółć;lukasz@example.com;24.12.1990;10 Class Pass;7;31.03.2027;A-100\n"
    "Zofia;Wąsik;zofia@example.com;05.01.1985;;;;A-101\n"
    ";;brak@example.com;01.02.1990;;;;A-102\n"
)
#: Month/day/year where every day is 12 or less: it reads both ways.
AMBIGUOUS = (
    "Name,Email,Birthday\nJohn Smith,john@example.com,03/04/1990\n"
    "Mary Jones,mary@example.com,05/06/1985\n"
)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def controller(studio: StudioFactory, signals: AppSignals) -> ImportController:
    studio.pass_plan(10, name="10 Class Pass")
    studio.time_plan(name="Monthly unlimited")
    return ImportController(studio.svc, signals)


def open_wizard(qtbot, controller: ImportController) -> ImportWizard:  # noqa: ANN001
    wizard = ImportWizard(controller)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def choose(qtbot, wizard: ImportWizard, path: Path) -> None:  # noqa: ANN001
    """Pick ``path`` in the (replaced) file dialog."""
    wizard.file_page.choose_file = lambda start: str(path)  # type: ignore[method-assign]
    qtbot.mouseClick(wizard.file_page.ui.chooseButton, _LEFT)


def click(qtbot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:  # noqa: ANN001
    button = wizard.button(which)
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, _LEFT)


def field_combo(wizard: ImportWizard, header: str) -> QComboBox:
    table = wizard.columns_page.ui.columnsTable
    [row] = [r for r in range(table.rowCount()) if table.item(r, 0).text() == header]
    combo = table.cellWidget(row, 2)
    assert isinstance(combo, QComboBox)
    return combo


def set_field(wizard: ImportWizard, header: str, field: Field) -> None:
    combo = field_combo(wizard, header)
    combo.setCurrentIndex(combo.findText(field.label))


def cell(wizard: ImportWizard, row: int, column: int) -> str:
    model = wizard.preview_page.model
    return model.data(model.index(row, column))


def row_of(wizard: ImportWizard, name: str) -> int:
    model = wizard.preview_page.model
    return next(r for r in range(model.rowCount()) if cell(wizard, r, NAME) == name)


def test_polish_file_is_read_mapped_previewed_and_imported(
    qtbot, controller: ImportController, studio: StudioFactory, signals: AppSignals, tmp_path
) -> None:  # noqa: ANN001
    wizard = open_wizard(qtbot, controller)
    page = wizard.file_page
    assert not wizard.button(NEXT).isEnabled()  # nothing read yet
    choose(qtbot, wizard, write(tmp_path, "klienci.csv", POLISH, "cp1250"))
    read = "klienci.csv: 3 rows, 8 columns, semicolon-separated, Windows-1250"
    assert page.ui.readLabel.text() == read
    assert page.ui.encodingNoteLabel.isHidden()  # "ł" is a symbol in Windows-1252: certain
    click(qtbot, wizard, NEXT)

    columns = wizard.columns_page
    assert field_combo(wizard, "Imię").currentText() == "First name"
    assert field_combo(wizard, "Ważny do").currentText() == "Valid until"
    assert field_combo(wizard, "Nr klubowy").currentText() == "(do not import)"
    assert "Łukasz · Zofia" in columns.ui.columnsTable.item(0, 1).text()
    set_field(wizard, "Nr klubowy", Field.CARD_CODE)
    assert columns.ui.dateNoteLabel.isHidden()  # 24.12.1990 can only be day.month.year
    plans = columns.ui.plansTable
    assert plans.item(0, 0).text() == "10 Class Pass"
    assert plans.cellWidget(0, 1).currentText() == "10 Class Pass"  # matched by name
    click(qtbot, wizard, NEXT)

    preview = wizard.preview_page
    assert preview.ui.summaryLabel.text() == "3 rows: 2 new, 0 to update, 0 skipped, 1 rejected."
    assert "Nothing has been written yet" in preview.ui.nothingWrittenLabel.text()
    assert wizard.button(FINISH).text() == "Import 2 members"
    lukasz = row_of(wizard, "Łukasz Żółć")
    assert cell(wizard, lukasz, STATUS) == "OK"
    assert cell(wizard, lukasz, BIRTH_DATE) == "24 Dec 1990"
    assert cell(wizard, lukasz, BALANCE) == "10 Class Pass · 7 left · until 31 Mar 2027"
    rejected = next(r for r in range(3) if cell(wizard, r, STATUS) == "Error")
    assert "name" in cell(wizard, rejected, REASON).lower()
    assert studio.svc.members.search("Żółć") == []  # nothing written before Finish

    with qtbot.waitSignal(signals.info) as banner:
        click(qtbot, wizard, FINISH)
    assert banner.args[0].startswith("Imported klienci.csv: 2 new members")
    assert wizard.result() == QWizard.DialogCode.Accepted and not wizard.isVisible()
    [member] = studio.svc.members.search("Żółć")
    assert (member.full_name, member.card_code) == ("Łukasz Żółć", "A-100")
    assert [m.full_name for m in studio.svc.members.search("Wąsik")] == ["Zofia Wąsik"]


def test_a_guessed_encoding_is_pointed_out_and_another_can_be_picked(
    qtbot, controller: ImportController, tmp_path
) -> None:  # noqa: ANN001
    # "ř" in Windows-1250 is "ø" in Windows-1252: both readings are plausible letters.
    path = write(tmp_path, "clients.csv", "First name,Last name\nŠárka,Dvořák\n", "cp1250")
    wizard = open_wizard(qtbot, controller)
    choose(qtbot, wizard, path)
    ui = wizard.file_page.ui
    assert ui.readLabel.text() == "clients.csv: 1 row, 2 columns, comma-separated, Windows-1250"
    assert ui.encodingNoteLabel.isVisibleTo(wizard)
    assert ui.encodingNoteLabel.text() == (
        "The text encoding was guessed (Windows-1250): check the names in the preview, or pick "
        "another encoding."
    )
    ui.encodingCombo.setCurrentIndex(ui.encodingCombo.findText("Windows-1252 (Western European)"))
    assert ui.readLabel.text().endswith("Windows-1252")
    assert ui.encodingNoteLabel.isHidden()  # chosen, not guessed
    click(qtbot, wizard, NEXT)
    examples = wizard.columns_page.ui.columnsTable
    assert examples.item(1, 1).text() == "Dvoøák"  # the desk sees the wrong letters
    click(qtbot, wizard, BACK)
    ui.encodingCombo.setCurrentIndex(ui.encodingCombo.findText("Windows-1250 (Central European)"))
    click(qtbot, wizard, NEXT)
    assert examples.item(1, 1).text() == "Dvořák"


def test_a_pdf_renamed_csv_is_refused_on_the_first_page(
    qtbot, controller: ImportController, tmp_path
) -> None:  # noqa: ANN001
    path = tmp_path / "members.csv"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n")
    wizard = open_wizard(qtbot, controller)
    choose(qtbot, wizard, path)
    error = wizard.file_page.ui.errorLabel
    assert error.isVisibleTo(wizard) and "is a PDF document" in error.text()
    assert "8a1c1c" in error.styleSheet()  # red
    assert wizard.file_page.ui.readLabel.text() == ""
    assert not wizard.button(NEXT).isEnabled()


def test_an_account_without_settings_cannot_go_on(
    qtbot, controller: ImportController, studio: StudioFactory, tmp_path
) -> None:  # noqa: ANN001
    studio.front_desk()
    studio.log_in("desk")
    wizard = open_wizard(qtbot, controller)
    ui = wizard.file_page.ui
    assert ui.privilegeLabel.isVisibleTo(wizard)
    assert "Importing members needs the 'settings' privilege" in ui.privilegeLabel.text()
    assert not ui.chooseButton.isEnabled() and not ui.pathEdit.isEnabled()
    assert not wizard.button(NEXT).isEnabled()


def test_ambiguous_dates_are_pointed_out_and_the_chosen_order_is_used(
    qtbot, controller: ImportController, tmp_path
) -> None:  # noqa: ANN001
    wizard = open_wizard(qtbot, controller)
    choose(qtbot, wizard, write(tmp_path, "us.csv", AMBIGUOUS))
    click(qtbot, wizard, NEXT)
    ui = wizard.columns_page.ui
    assert ui.dateOrderCombo.currentText() == "Detect automatically"
    assert ui.dateNoteLabel.isVisibleTo(wizard)
    assert ui.dateNoteLabel.text() == (
        "Dates in Birthday could be day/month or month/day: choose the order"
    )
    click(qtbot, wizard, NEXT)
    assert cell(wizard, row_of(wizard, "John Smith"), BIRTH_DATE) == "3 Apr 1990"
    assert "could be day/month or month/day" in wizard.preview_page.ui.datesLabel.text()

    click(qtbot, wizard, BACK)
    ui.dateOrderCombo.setCurrentIndex(ui.dateOrderCombo.findText("Month/day/year"))
    assert ui.dateNoteLabel.isHidden()
    click(qtbot, wizard, NEXT)
    assert cell(wizard, row_of(wizard, "John Smith"), BIRTH_DATE) == "4 Mar 1990"
    assert wizard.preview_page.ui.datesLabel.text() == "Dates read as Month/day/year."


def test_next_needs_a_name_column(qtbot, controller: ImportController, tmp_path) -> None:  # noqa: ANN001
    wizard = open_wizard(qtbot, controller)
    choose(qtbot, wizard, write(tmp_path, "us.csv", AMBIGUOUS))
    click(qtbot, wizard, NEXT)
    hint = wizard.columns_page.ui.nameHintLabel
    assert hint.isHidden() and wizard.button(NEXT).isEnabled()
    set_field(wizard, "Name", Field.IGNORE)
    assert hint.isVisibleTo(wizard) and "First name, Last name or Full name" in hint.text()
    assert not wizard.button(NEXT).isEnabled()
    set_field(wizard, "Email", Field.LAST_NAME)
    assert hint.isHidden() and wizard.button(NEXT).isEnabled()


def test_rejected_rows_are_filtered_and_saved_with_their_reason(
    qtbot, controller: ImportController, tmp_path, qtmodeltester
) -> None:  # noqa: ANN001
    wizard = open_wizard(qtbot, controller)
    choose(qtbot, wizard, write(tmp_path, "klienci.csv", POLISH, "cp1250"))
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    page = wizard.preview_page
    qtmodeltester.check(page.model)
    page.ui.filterCombo.setCurrentIndex(page.ui.filterCombo.findText("Errors"))
    assert page.model.rowCount() == 1 and cell(wizard, 0, STATUS) == "Error"
    assert page.ui.shownLabel.text() == "1 of 3 rows"
    qtmodeltester.check(page.model)

    assert page.ui.saveRejectedButton.isEnabled()
    page.choose_rejected_save_path = lambda suggested: str(tmp_path / "rejected")  # type: ignore[method-assign]
    qtbot.mouseClick(page.ui.saveRejectedButton, _LEFT)
    saved = tmp_path / "rejected.csv"
    assert "Saved 1 rejected rows" in page.ui.messageLabel.text()
    with saved.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";" if ";" in saved.read_text() else ","))
    assert "Reason" in rows[0]
    assert len(rows) == 2 and "brak@example.com" in rows[1]


def test_a_mapping_is_saved_and_loaded_again(qtbot, controller: ImportController, tmp_path) -> None:  # noqa: ANN001
    wizard = open_wizard(qtbot, controller)
    choose(qtbot, wizard, write(tmp_path, "klienci.csv", POLISH, "cp1250"))
    click(qtbot, wizard, NEXT)
    page = wizard.columns_page
    set_field(wizard, "Nr klubowy", Field.CARD_CODE)
    page.ui.updateRadio.setChecked(True)
    page.choose_mapping_save_path = lambda suggested: str(tmp_path / "ours")  # type: ignore[method-assign]
    qtbot.mouseClick(page.ui.saveMappingButton, _LEFT)
    assert page.ui.messageLabel.text() == "Mapping saved as ours.json."

    set_field(wizard, "Nr klubowy", Field.NOTES)
    page.ui.skipRadio.setChecked(True)
    page.choose_mapping_file = lambda start: str(tmp_path / "ours.json")  # type: ignore[method-assign]
    qtbot.mouseClick(page.ui.loadMappingButton, _LEFT)
    assert field_combo(wizard, "Nr klubowy").currentText() == "Card code"
    assert page.ui.updateRadio.isChecked()
    assert page.ui.messageLabel.text() == "Mapping loaded from ours.json."

    page.choose_mapping_file = lambda start: str(tmp_path / "klienci.csv")  # type: ignore[method-assign]
    qtbot.mouseClick(page.ui.loadMappingButton, _LEFT)
    assert page.ui.errorLabel.text() == "klienci.csv is not a saved column mapping."
    assert field_combo(wizard, "Nr klubowy").currentText() == "Card code"  # kept
    (tmp_path / "other.json").write_text('{"columns": 3}', encoding="utf-8")
    page.choose_mapping_file = lambda start: str(tmp_path / "other.json")  # type: ignore[method-assign]
    qtbot.mouseClick(page.ui.loadMappingButton, _LEFT)
    assert page.ui.errorLabel.text() == "This is not a saved column mapping."


def test_a_refused_import_stays_open_with_the_reason(
    qtbot, controller: ImportController, studio: StudioFactory, tmp_path
) -> None:  # noqa: ANN001
    studio.front_desk()
    wizard = open_wizard(qtbot, controller)
    choose(qtbot, wizard, write(tmp_path, "us.csv", AMBIGUOUS))
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    studio.log_in("desk")  # the owner walked away; the desk presses Import
    click(qtbot, wizard, FINISH)
    error = wizard.preview_page.ui.errorLabel
    assert "'settings' privilege" in error.text() and error.isVisibleTo(wizard)
    assert wizard.isVisible()
    assert studio.svc.members.search("Smith") == []


def test_members_page_opens_the_wizard(
    qtbot, studio: StudioFactory, signals: AppSignals, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    def page(imports: ImportController | None) -> MembersView:
        view = MembersView(
            MembersController(studio.svc, signals),
            MemberProfileController(studio.svc, signals),
            imports=imports,
        )
        qtbot.addWidget(view)
        return view

    assert page(None).ui.importButton.isHidden()
    view = page(ImportController(studio.svc, signals))
    assert not view.ui.importButton.isHidden()
    opened: list[str] = []
    monkeypatch.setattr(ImportWizard, "exec", lambda wizard: opened.append(wizard.windowTitle()))
    qtbot.mouseClick(view.ui.importButton, _LEFT)
    assert opened == ["Import members"]


def test_file_import_members_opens_the_wizard_on_the_members_page(
    qtbot,
    studio: StudioFactory,  # noqa: ANN001
) -> None:
    from studio_app.app import build_main_window
    from studio_app.gui.views.main_window import MEMBERS_PAGE
    from tests.gui.modal import when_modal

    window = build_main_window(studio.svc)
    qtbot.addWidget(window)
    window.show()
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    [action] = [a for a in file_menu.actions() if a.text() == "&Import members…"]
    seen: list[str] = []
    when_modal(lambda wizard: seen.append(type(wizard).__name__))
    action.trigger()
    assert seen == ["ImportWizard"]
    assert window.ui.navigation.currentRow() == MEMBERS_PAGE
