"""The Reports page (SPEC §7) driven through its widgets over a real temporary database: who
sees it, the credit statement previewed, saved and exported, the quick date picks, member cards
(codes given, cards marked printed) and a refusal in the banner."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from studio_app.app import build_main_window
from studio_app.dto.reports import ReportKind
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.reports import ReportsController
from studio_app.gui.views import reports_page
from studio_app.gui.views.main_window import REPORTS_PAGE, MainWindow
from studio_app.gui.views.pdf_output import SAVE_AS
from studio_app.gui.views.reports_page import STALE, ReportsPage
from tests.factories import StudioFactory
from tests.gui.modal import press, when_modal
from tests.gui.windows import show_settled
from tests.pdf_text import pdf_text, sheet_rows

LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 10_000


def open_page(qtbot: QtBot, studio: StudioFactory, signals: AppSignals) -> ReportsPage:
    page = ReportsPage(ReportsController(studio.svc, signals))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def click_and_wait(qtbot: QtBot, page: ReportsPage, button) -> None:  # noqa: ANN001
    """Click ``button`` and wait until the report it writes on the worker thread is done."""
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: not page.controller.running, timeout=WAIT_MS)


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The file dialog answers ``path``; the titles it was opened with are returned."""
    asked: list[str] = []

    def answer(_parent, title: str, *_args) -> tuple[str, str]:  # noqa: ANN001
        asked.append(title)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def type_text(edit: QLineEdit, text: str) -> None:
    """Type ``text`` as a keyboard's input method delivers it (QTest types ASCII only)."""
    edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def reports_window(qtbot: QtBot, studio: StudioFactory, *, settled: bool = False) -> MainWindow:
    """The main window; ``settled``: once its daily routine (whose message would replace the
    banner's) is over."""
    window = build_main_window(studio.svc)
    qtbot.addWidget(window)
    if settled:
        show_settled(qtbot, window, WAIT_MS)
    else:
        window.show()
    return window


def test_reports_is_listed_only_for_an_account_with_the_reports_privilege(
    qtbot: QtBot, studio: StudioFactory
) -> None:
    owners = reports_window(qtbot, studio)
    item = owners.ui.navigation.item(REPORTS_PAGE)
    assert item.text() == "Reports" and not item.isHidden()
    owners.ui.navigation.setCurrentRow(REPORTS_PAGE)
    assert owners.ui.pages.currentWidget() is owners.reports_page

    studio.front_desk(privileges=frozenset())
    studio.log_in("desk")
    desks = reports_window(qtbot, studio)
    assert desks.ui.navigation.item(REPORTS_PAGE).isHidden()
    assert [desks.ui.navigation.item(r).text() for r in range(5) if r != REPORTS_PAGE] == [
        "Schedule",
        "Front desk",
        "Members",
        "Settings",
    ]


def test_preview_then_save_and_export_the_credit_statement(
    qtbot: QtBot,
    studio: StudioFactory,
    signals: AppSignals,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    svc = studio.svc
    lukasz = studio.member("Łukasz", "Żółć")
    svc.memberships.sell(lukasz, studio.limited_plan(), date(2026, 11, 2))
    studio.member("Zoë", "Ångström")
    page = open_page(qtbot, studio, signals)
    ui = page.ui
    page.choose_report(ReportKind.CREDITS)
    assert ui.titleLabel.text() == "Member credit statement"
    assert ui.memberEdit.isVisible() and not ui.fromEdit.isVisible()
    assert not ui.previewButton.isEnabled()  # no member chosen yet

    type_text(ui.memberEdit, "Łukasz Żółć")
    assert ui.previewButton.isEnabled()
    qtbot.mouseClick(ui.previewButton, LEFT)
    # While it runs: the buttons wait, a bar and the stage show.
    assert not ui.previewButton.isEnabled() and not ui.saveButton.isEnabled()
    assert ui.progressBar.isVisible() and ui.stageLabel.text().endswith("…")
    qtbot.waitUntil(lambda: not page.controller.running, timeout=WAIT_MS)
    preview = page.preview
    assert preview.page_count() >= 1 and not preview.page_pixmap(0).isNull()
    assert preview.page_label.text() == f"Page 1 of {preview.page_count()}"
    assert page.status_text() == "" and not preview.faded()

    asked = save_as(monkeypatch, tmp_path / "statement")
    qtbot.mouseClick(ui.saveButton, LEFT)  # the preview is current: its file is saved
    assert asked == ["Save the report as a PDF"]
    assert "Łukasz Żółć" in pdf_text(tmp_path / "statement.pdf")

    save_as(monkeypatch, tmp_path / "credits.xlsx")
    click_and_wait(qtbot, page, ui.excelButton)
    cells = {cell for row in sheet_rows(tmp_path / "credits.xlsx") for cell in row}
    assert any("Łukasz Żółć" in str(cell) for cell in cells)

    ui.memberEdit.clear()
    type_text(ui.memberEdit, "Ångström")
    assert page.status_text() == STALE and preview.faded()
    save_as(monkeypatch, tmp_path / "zoe.pdf")
    qtbot.mouseClick(ui.saveButton, LEFT)  # previews Zoë's first, then saves that
    qtbot.waitUntil(lambda: (tmp_path / "zoe.pdf").exists(), timeout=WAIT_MS)
    assert "Zoë Ångström" in pdf_text(tmp_path / "zoe.pdf")
    assert page.status_text() == "" and not preview.faded()


def test_quick_picks_set_the_dates_and_days_chosen_by_hand_are_custom(
    qtbot: QtBot, studio: StudioFactory, signals: AppSignals
) -> None:
    page = open_page(qtbot, studio, signals)
    ui = page.ui
    page.choose_report(ReportKind.REVENUE)
    assert ui.fromEdit.isVisible() and not ui.memberEdit.isVisible()
    assert ui.quickCombo.currentText() == "This month"
    assert page.date_range() == (date(2026, 12, 1), date(2026, 12, 31))

    ui.quickCombo.setCurrentIndex(ui.quickCombo.findText("Last month"))
    assert ui.fromEdit.date() == QDate(2026, 11, 1) and ui.toEdit.date() == QDate(2026, 11, 30)

    ui.fromEdit.setDate(QDate(2026, 11, 15))
    assert ui.quickCombo.currentText() == "Custom"
    assert page.date_range() == (date(2026, 11, 15), date(2026, 11, 30))

    page.choose_report(ReportKind.SCHEDULE)
    assert ui.dayEdit.isVisible() and ui.weekRadio.isVisible() and not ui.fromEdit.isVisible()


def test_member_cards_are_printed_only_as_a_pdf_after_codes_are_given(
    qtbot: QtBot,
    studio: StudioFactory,
    signals: AppSignals,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    studio.member("Þór", "Þórsson")
    studio.member("Zoë", "Ångström", card_code="4711")
    page = open_page(qtbot, studio, signals)
    ui = page.ui
    page.choose_report(ReportKind.CARDS)
    assert not ui.excelButton.isEnabled() and "no Excel version" in ui.excelButton.toolTip()
    assert ui.allMembersRadio.text() == "All members without a printed card (2)"
    assert ui.codesLabel.text() == "1 member without a card code."
    assert ui.giveCodesButton.isEnabled()

    seen: list[str] = []
    when_modal(press("&Yes", seen))
    click_and_wait(qtbot, page, ui.previewButton)  # codes first, then the preview
    assert seen[0].startswith("1 member of these has no card code yet.")
    assert ui.codesLabel.text() == "Every one of them has a card code."
    assert not ui.giveCodesButton.isEnabled()
    assert page.preview.page_label.text() == "Page 1 of 1"

    save_as(monkeypatch, tmp_path / "cards.pdf")
    when_modal(press("&Yes", seen))
    qtbot.mouseClick(ui.saveButton, LEFT)
    assert seen[1].startswith("Mark these 2 cards as printed?")
    assert "Þór Þórsson" in pdf_text(tmp_path / "cards.pdf")
    assert ui.allMembersRadio.text() == "All members without a printed card (0)"


def test_a_refusal_shows_in_the_banner_and_on_the_page(qtbot: QtBot, studio: StudioFactory) -> None:
    window = reports_window(qtbot, studio, settled=True)
    window.ui.navigation.setCurrentRow(REPORTS_PAGE)
    page: ReportsPage = window.reports_page  # type: ignore[assignment]
    ui = page.ui
    page.choose_report(ReportKind.REVENUE)
    ui.fromEdit.setDate(QDate(2020, 1, 1))
    click_and_wait(qtbot, page, ui.previewButton)
    refusal = "A report covers at most 1,830 days (five years)"
    assert refusal in window.banner_text()
    assert refusal in page.status_text()
    assert page.preview.page_count() == 0 and ui.previewButton.isEnabled()


def test_without_a_pdf_viewer_the_message_offers_save_as(
    qtbot: QtBot,
    studio: StudioFactory,
    signals: AppSignals,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    lukasz = studio.member("Łukasz", "Żółć")
    studio.svc.memberships.sell(lukasz, studio.limited_plan(), date(2026, 11, 2))
    page = open_page(qtbot, studio, signals)
    page.choose_report(ReportKind.CREDITS)
    type_text(page.ui.memberEdit, "Łukasz Żółć")
    monkeypatch.setattr(reports_page, "open_pdf", lambda _path: False)
    asked = save_as(monkeypatch, tmp_path / "statement")

    seen: list[str] = []
    when_modal(press("Close", seen))
    click_and_wait(qtbot, page, page.ui.openButton)  # previews first, then opens
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert seen[0].startswith("No PDF viewer could open ") and seen[0].endswith(".pdf.")
    assert asked == [] and not (tmp_path / "statement.pdf").exists()

    when_modal(press(SAVE_AS, seen))
    qtbot.mouseClick(page.ui.openButton, LEFT)  # the preview is current: asked at once
    assert seen[1] == seen[0] and asked == ["Save the report as a PDF"]
    assert "Łukasz Żółć" in pdf_text(tmp_path / "statement.pdf")
