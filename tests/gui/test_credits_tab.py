"""The member's Credits tab: the session credit report, adjustments and exports (SPEC §4)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from studio_app.domain.credit_grants import PERSONAL_TRAINING, CreditGrantTerms
from studio_app.domain.plans import DEFAULT_CATEGORY
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.attendance import AttendanceController
from studio_app.gui.controllers.credits import CreditsController
from studio_app.gui.views.adjust_credits_dialog import AdjustCreditsDialog
from studio_app.gui.views.credits_tab import CreditsTab
from tests.factories import StudioFactory

_LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def maria(studio: StudioFactory) -> int:
    return studio.member("Maria", "Lopez")


@pytest.fixture
def memberships(studio: StudioFactory, maria: int) -> tuple[int, int]:
    """SPEC E3's limited plan (2 initial + 4 at the start) and a 10-session pass, both today."""
    sell = studio.svc.memberships.sell
    limited = sell(maria, studio.limited_plan(), date(2026, 12, 1)).value
    pass_ = sell(maria, studio.pass_plan(10), date(2026, 12, 1)).value
    return limited, pass_


@pytest.fixture
def messages(signals: AppSignals) -> dict[str, list[str]]:
    said: dict[str, list[str]] = {"info": [], "error": []}
    signals.info.connect(said["info"].append)
    signals.error.connect(said["error"].append)
    return said


@pytest.fixture
def tab(qtbot, studio: StudioFactory, signals: AppSignals) -> CreditsTab:  # noqa: ANN001
    widget = CreditsTab(CreditsController(studio.svc, signals))
    qtbot.addWidget(widget)
    return widget


def figures(tab: CreditsTab) -> tuple[str, str, str]:
    ui = tab.ui
    return ui.availableValue.text(), ui.usedValue.text(), ui.expiredValue.text()


def cells(model) -> list[list[str]]:  # noqa: ANN001
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def open_adjust(qtbot, tab: CreditsTab) -> AdjustCreditsDialog:  # noqa: ANN001
    dialog = tab.adjust_dialog()
    qtbot.addWidget(dialog)
    return dialog


def fill(qtbot, dialog: AdjustCreditsDialog, membership_id: int, amount: int, reason: str) -> None:  # noqa: ANN001
    """Pick the membership, Add or Remove, type the amount and the reason."""
    ui = dialog.ui
    dialog.select_membership(membership_id)
    qtbot.mouseClick(ui.addRadio if amount > 0 else ui.removeRadio, _LEFT)
    ui.amountSpin.lineEdit().selectAll()
    qtbot.keyClicks(ui.amountSpin, str(abs(amount)))
    qtbot.keyClicks(ui.reasonEdit, reason)


def test_numbers_lots_and_history_match_the_ledger(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    tab: CreditsTab,
    maria: int,
    memberships: tuple[int, int],
) -> None:
    studio.svc.bookings.sign_up(studio.session_on(date(2026, 12, 1), studio.series()), maria)
    tab.show_member(maria, "Maria Lopez")
    assert tab.ui.stack.currentWidget() is tab.ui.reportPage
    assert figures(tab) == ("15", "1", "0")
    assert tab.ui.categoriesLabel.isHidden()  # one category only
    assert cells(tab.active_model) == [
        ["Limited 4 / 28 days", DEFAULT_CATEGORY, "Initial credits", "1 Dec 2026", "30 Dec 2026"]
        + ["2", "", "1", "0", "1", "active"],
        ["Limited 4 / 28 days", DEFAULT_CATEGORY, "Scheduled", "1 Dec 2026", "30 Dec 2026"]
        + ["4", "", "0", "0", "4", "active"],
        ["10-session pass", DEFAULT_CATEGORY, "Session pass", "1 Dec 2026", "28 Feb 2027"]
        + ["10", "", "0", "0", "10", "active"],
    ]
    assert tab.expired_model.rowCount() == 0
    history = cells(tab.history_model)
    assert [row[1:3] + row[5:] for row in history] == [
        ["Grant", "+2", "Initial credits of Limited 4 / 28 days", "Olivia Owner", "2"],
        ["Grant", "+4", "Scheduled credits of Limited 4 / 28 days", "Automatic", "6"],
        ["Grant", "+10", "Bought 10-session pass", "Olivia Owner", "16"],
        ["Charge", "\u22121", "Vinyasa Flow on Tue 1 Dec 2026 18:00", "Olivia Owner", "15"],
    ]
    tabs = tab.ui.sections
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Active lots (3)",
        "Expired lots (0)",
        "History (4)",
    ]


def test_several_categories_are_listed_under_the_numbers(
    studio: StudioFactory, tab: CreditsTab, maria: int
) -> None:
    plan = studio.limited_plan(
        CreditGrantTerms(DEFAULT_CATEGORY, 6, every_days=28, expire_days=28),
        CreditGrantTerms(PERSONAL_TRAINING, 2, every_days=28, expire_days=28),
        name="Flow & PT",
    )
    studio.svc.memberships.sell(maria, plan, date(2026, 12, 1))
    tab.show_member(maria, "Maria Lopez")
    assert tab.ui.availableValue.text() == "8"
    assert tab.ui.categoriesLabel.isVisibleTo(tab)
    assert tab.ui.categoriesLabel.text() == (
        "Group class: 6 available \u00b7 Personal training: 2 available"
    )


def test_adjusting_plus_two_updates_available_and_adds_a_history_line(
    qtbot,  # noqa: ANN001
    tab: CreditsTab,
    maria: int,
    memberships: tuple[int, int],
    messages: dict[str, list[str]],
) -> None:
    _, pass_ = memberships
    tab.show_member(maria, "Maria Lopez")
    assert tab.ui.adjustButton.isEnabled()
    dialog = open_adjust(qtbot, tab)
    assert dialog.ui.memberLabel.text() == "Adjust the credits of Maria Lopez"
    fill(qtbot, dialog, pass_, 2, "Class cancelled by the studio")
    assert dialog.ui.expiresDateEdit.date().toPython() == date(2027, 2, 28)  # the pass's end
    assert dialog.ui.previewLabel.text() == (
        "'10-session pass' has 10 Group class credits available; 12 after adding 2."
    )

    qtbot.mouseClick(dialog.ui.adjustButton, _LEFT)

    assert dialog.result() == AdjustCreditsDialog.DialogCode.Accepted
    assert figures(tab) == ("18", "0", "0")
    last = cells(tab.history_model)[-1]
    assert last[1:3] + last[5:] == [
        "Adjustment",
        "+2",
        "Class cancelled by the studio",
        "Olivia Owner",
        "18",
    ]
    assert messages["info"] == ["Credits adjusted by +2."]


def test_the_reason_is_mandatory(
    qtbot,  # noqa: ANN001
    tab: CreditsTab,
    maria: int,
    memberships: tuple[int, int],
) -> None:
    tab.show_member(maria, "Maria Lopez")
    dialog = open_adjust(qtbot, tab)
    assert not dialog.ui.adjustButton.isEnabled()
    qtbot.keyClicks(dialog.ui.reasonEdit, "   ")
    assert not dialog.ui.adjustButton.isEnabled()
    qtbot.keyClicks(dialog.ui.reasonEdit, "Goodwill")
    assert dialog.ui.adjustButton.isEnabled()


def test_front_desk_is_refused_in_the_dialog_and_nothing_changes(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    tab: CreditsTab,
    maria: int,
    memberships: tuple[int, int],
) -> None:
    limited, _ = memberships
    studio.front_desk()
    studio.log_in("desk")
    tab.show_member(maria, "Maria Lopez")
    dialog = open_adjust(qtbot, tab)
    fill(qtbot, dialog, limited, 2, "Goodwill")

    qtbot.mouseClick(dialog.ui.adjustButton, _LEFT)

    assert dialog.result() != AdjustCreditsDialog.DialogCode.Accepted
    assert dialog.ui.errorLabel.isVisibleTo(dialog)
    assert dialog.ui.errorLabel.text() == (
        "Dana Desk (Front desk) may not adjust credits: it needs the 'billing' privilege."
    )
    assert figures(tab) == ("16", "0", "0")
    assert tab.history_model.rowCount() == 3


def test_removing_more_than_available_is_refused(
    qtbot,  # noqa: ANN001
    tab: CreditsTab,
    maria: int,
    memberships: tuple[int, int],
) -> None:
    limited, _ = memberships
    tab.show_member(maria, "Maria Lopez")
    dialog = open_adjust(qtbot, tab)
    fill(qtbot, dialog, limited, -7, "Double booking")
    assert not dialog.ui.expiresDateEdit.isEnabled()  # removed credits have no new expiry
    assert dialog.ui.previewLabel.text() == (
        "'Limited 4 / 28 days' has 6 Group class credits available: 7 cannot be removed."
    )

    qtbot.mouseClick(dialog.ui.adjustButton, _LEFT)

    assert "only 6 are available" in dialog.ui.errorLabel.text()
    assert figures(tab) == ("16", "0", "0")


def test_removing_credits_through_the_dialog(
    qtbot,  # noqa: ANN001
    tab: CreditsTab,
    maria: int,
    memberships: tuple[int, int],
) -> None:
    limited, _ = memberships
    tab.show_member(maria, "Maria Lopez")
    dialog = open_adjust(qtbot, tab)
    fill(qtbot, dialog, limited, -2, "Booked at the other studio")
    qtbot.mouseClick(dialog.ui.adjustButton, _LEFT)
    assert figures(tab) == ("14", "0", "0")
    assert cells(tab.history_model)[-1][2] == "\u22122"


def test_without_credits_or_memberships_the_tab_says_what_to_do(
    tab: CreditsTab, maria: int
) -> None:
    tab.show_member(maria, "Maria Lopez")
    assert figures(tab) == ("0", "0", "0")
    assert not tab.ui.adjustButton.isEnabled()
    assert not tab.ui.excelButton.isEnabled()
    assert tab.ui.noticeLabel.text() == (
        "Maria Lopez has no session credits yet: sell a session pass or a limited plan "
        "from the profile."
    )
    assert tab.ui.sections.isHidden()


def test_no_member_shows_the_empty_state(
    tab: CreditsTab, maria: int, memberships: tuple[int, int]
) -> None:
    tab.show_member(maria, "Maria Lopez")
    tab.show_member(None)
    assert tab.ui.stack.currentWidget() is tab.ui.emptyPage
    assert tab.ui.emptyLabel.text() == "Select a member to see their session credits"
    assert tab.history_model.rowCount() == 0


def test_a_sign_up_elsewhere_reloads_the_tab(
    studio: StudioFactory,
    signals: AppSignals,
    tab: CreditsTab,
    maria: int,
    memberships: tuple[int, int],
) -> None:
    tab.show_member(maria, "Maria Lopez")
    session = studio.session_on(date(2026, 12, 1), studio.series())
    AttendanceController(studio.svc, signals).sign_up(session, maria)
    assert figures(tab) == ("15", "1", "0")


def test_export_to_excel_writes_the_ledger_and_says_where(
    qtbot,  # noqa: ANN001
    tab: CreditsTab,
    maria: int,
    memberships: tuple[int, int],
    messages: dict[str, list[str]],
    tmp_path: Path,
) -> None:
    asked: list[str] = []

    def choose(title: str, suggested: str, file_filter: str) -> Path:
        asked.append(suggested)
        return tmp_path / "maria credits"

    tab.ask_save_path = choose  # type: ignore[method-assign]
    tab.show_member(maria, "Maria Lopez")

    qtbot.mouseClick(tab.ui.excelButton, _LEFT)

    assert asked == ["Maria Lopez credits 2026-12-01.xlsx"]
    written = tmp_path / "maria credits.xlsx"
    assert messages["info"] == [f"Saved the credit report to {written}"]
    rows = [[c.value for c in row] for row in load_workbook(written)["History"].iter_rows()]
    assert [(r[1], r[2], r[6], r[7]) for r in rows[1:]] == [
        ("grant", 2, "Olivia Owner", 2),
        ("grant", 4, "Automatic", 6),
        ("grant", 10, "Olivia Owner", 16),
    ]


def test_statement_pdf_is_written_where_the_clerk_chose(
    qtbot,  # noqa: ANN001
    tab: CreditsTab,
    maria: int,
    memberships: tuple[int, int],
    messages: dict[str, list[str]],
    tmp_path: Path,
) -> None:
    tab.ask_save_path = lambda *_args: tmp_path / "statement.pdf"  # type: ignore[method-assign]
    tab.show_member(maria, "Maria Lopez")

    qtbot.mouseClick(tab.ui.pdfButton, _LEFT)

    written = tmp_path / "statement.pdf"
    assert messages["info"] == [f"Saved the credit statement to {written}"]
    document = pdfium.PdfDocument(str(written))
    try:
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    assert "Maria Lopez" in text
    assert "Lotus Yoga" in text


def test_cancelling_the_file_dialog_writes_nothing(
    qtbot,  # noqa: ANN001
    tab: CreditsTab,
    maria: int,
    memberships: tuple[int, int],
    messages: dict[str, list[str]],
) -> None:
    tab.ask_save_path = lambda *_args: None  # type: ignore[method-assign]
    tab.show_member(maria, "Maria Lopez")
    qtbot.mouseClick(tab.ui.excelButton, _LEFT)
    assert messages == {"info": [], "error": []}


def test_a_file_that_cannot_be_written_is_reported(
    qtbot,  # noqa: ANN001
    tab: CreditsTab,
    maria: int,
    memberships: tuple[int, int],
    messages: dict[str, list[str]],
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where a folder should be")
    tab.ask_save_path = lambda *_args: blocker / "maria.xlsx"  # type: ignore[method-assign]
    tab.show_member(maria, "Maria Lopez")
    qtbot.mouseClick(tab.ui.excelButton, _LEFT)
    assert messages["info"] == []
    assert messages["error"][0].startswith(
        f"Could not save the credit report to {blocker / 'maria.xlsx'}:"
    )


def test_item_models_pass_the_model_tester(
    qtmodeltester,  # noqa: ANN001
    studio: StudioFactory,
    tab: CreditsTab,
    maria: int,
    memberships: tuple[int, int],
) -> None:
    tab.show_member(maria, "Maria Lopez")
    for model in (tab.active_model, tab.expired_model, tab.history_model):
        qtmodeltester.check(model)
