"""The "Can pay?" tab: for a chosen class, why each membership can or cannot pay (SPEC §5)."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt

from studio_app.domain.credit_grants import PERSONAL_TRAINING, CreditGrantTerms
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.attendance import AttendanceController
from studio_app.gui.controllers.credits import CreditsController
from studio_app.gui.views.payer_check_tab import PayerCheckTab
from tests.factories import StudioFactory

PT_TERMS = CreditGrantTerms(PERSONAL_TRAINING, 2, every_days=28, expire_days=28)


@pytest.fixture
def maria(studio: StudioFactory) -> int:
    return studio.member("Maria", "Lopez")


@pytest.fixture
def vinyasa(studio: StudioFactory) -> int:
    """Vinyasa Flow, Tuesdays 18:00 in Studio A (a Group class)."""
    return studio.series()


@pytest.fixture
def tab(qtbot, studio: StudioFactory, signals: AppSignals) -> PayerCheckTab:  # noqa: ANN001
    widget = PayerCheckTab(CreditsController(studio.svc, signals))
    qtbot.addWidget(widget)
    return widget


def rows(tab: PayerCheckTab) -> list[list[str]]:
    model = tab.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def combo_items(tab: PayerCheckTab) -> list[str]:
    combo = tab.ui.sessionCombo
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_pass_can_pay_and_a_plan_of_another_category_says_why_not(
    studio: StudioFactory, tab: PayerCheckTab, maria: int, vinyasa: int
) -> None:
    sell = studio.svc.memberships.sell
    sell(maria, studio.pass_plan(10), date(2026, 12, 1))
    sell(maria, studio.limited_plan(PT_TERMS, name="PT 2 a month"), date(2026, 12, 1))

    tab.show_member(maria, "Maria Lopez")

    assert tab.ui.dayEdit.date().toPython() == date(2026, 12, 1)
    assert combo_items(tab) == ["18:00 Vinyasa Flow (Studio A) 0/12"]
    assert rows(tab) == [
        ["10-session pass", "Can pay", "Meets every rule for this class"],
        ["PT 2 a month", "Cannot pay", "'PT 2 a month' is for Personal training, not Group class"],
    ]
    assert tab.ui.headlineLabel.text() == "'10-session pass' would pay."


def test_an_expired_membership_names_its_validity(
    studio: StudioFactory, tab: PayerCheckTab, maria: int, vinyasa: int
) -> None:
    studio.svc.memberships.sell(maria, studio.pass_plan(10, months=1), date(2026, 9, 1))

    tab.show_member(maria, "Maria Lopez")

    assert rows(tab) == [
        [
            "10-session pass",
            "Cannot pay",
            "'10-session pass' is valid 1–30 Sep 2026, not on 1 Dec 2026",
        ]
    ]
    assert tab.ui.headlineLabel.text() == "No membership can pay for this class."


def test_picking_another_day_and_class_checks_that_class(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    tab: PayerCheckTab,
    maria: int,
) -> None:
    studio.series(weekdays=frozenset({3}))  # Vinyasa Flow on Thursdays 18:00
    studio.series("Yin Yoga", weekdays=frozenset({3}), at=time(19, 30))
    studio.svc.memberships.sell(maria, studio.pass_plan(10, months=1), date(2026, 12, 1))
    tab.show_member(maria, "Maria Lopez")
    assert tab.ui.headlineLabel.text() == "No classes on Tue 1 Dec 2026."

    tab.ui.dayEdit.setFocus()
    qtbot.keyClick(tab.ui.dayEdit, Qt.Key.Key_Up)  # the day section steps one day at a time
    qtbot.keyClick(tab.ui.dayEdit, Qt.Key.Key_Up)

    assert tab.day() == date(2026, 12, 3)
    assert combo_items(tab) == [
        "18:00 Vinyasa Flow (Studio A) 0/12",
        "19:30 Yin Yoga (Studio A) 0/12",
    ]
    tab.ui.sessionCombo.setCurrentIndex(1)
    assert rows(tab)[0][1] == "Can pay"

    tab.set_day(date(2027, 1, 7))  # past the pass's end (31 Dec 2026)
    assert rows(tab)[0][2] == ("'10-session pass' is valid 1–31 Dec 2026, not on 7 Jan 2027")


def test_several_payers_are_all_named(
    studio: StudioFactory, tab: PayerCheckTab, maria: int, vinyasa: int
) -> None:
    sell = studio.svc.memberships.sell
    sell(maria, studio.pass_plan(10), date(2026, 12, 1))
    sell(maria, studio.limited_plan(), date(2026, 12, 1))
    tab.show_member(maria, "Maria Lopez")
    assert tab.ui.headlineLabel.text() == (
        "Can pay: '10-session pass', 'Limited 4 / 28 days'. "
        "A sign-up uses the one that expires first."
    )


def test_empty_states_explain_themselves(
    studio: StudioFactory, tab: PayerCheckTab, maria: int, vinyasa: int
) -> None:
    assert tab.ui.headlineLabel.text() == (
        "Open a member to check which membership can pay for a class."
    )
    assert tab.ui.optionsTable.isHidden()

    tab.show_member(maria, "Maria Lopez")
    assert tab.ui.headlineLabel.text() == (
        "Maria Lopez has no membership, so nothing can pay: sell one first."
    )
    assert tab.ui.optionsTable.isHidden()

    tab.set_day(date(2026, 12, 6))
    assert tab.ui.headlineLabel.text() == "No classes on Sun 6 Dec 2026."
    assert not tab.ui.sessionCombo.isEnabled()


def test_a_sign_up_updates_the_counts_and_what_is_left(
    studio: StudioFactory,
    signals: AppSignals,
    tab: PayerCheckTab,
    maria: int,
    vinyasa: int,
) -> None:
    studio.svc.memberships.sell(maria, studio.pass_plan(1), date(2026, 12, 1))
    tab.show_member(maria, "Maria Lopez")
    session = tab.session_id()
    assert session is not None

    AttendanceController(studio.svc, signals).sign_up(session, maria)

    assert tab.session_id() == session
    assert combo_items(tab) == ["18:00 Vinyasa Flow (Studio A) 1/12"]
    assert rows(tab) == [
        ["1-session pass", "Cannot pay", "'1-session pass' has 0 of 1 sessions left"]
    ]


def test_the_options_model_passes_the_model_tester(
    qtmodeltester,  # noqa: ANN001
    studio: StudioFactory,
    tab: PayerCheckTab,
    maria: int,
    vinyasa: int,
) -> None:
    studio.svc.memberships.sell(maria, studio.pass_plan(10), date(2026, 12, 1))
    tab.show_member(maria, "Maria Lopez")
    qtmodeltester.check(tab.model)
