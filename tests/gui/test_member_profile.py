"""The member profile: selling a pass, bookings and sign-out, the user log (SPEC §1, E1, E2),
unpaid visits marked and paid from the Bookings tab (SPEC §3, seed 002)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from studio_app.domain.payments import PaymentMethod
from studio_app.dto.billing import PaymentInput
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.member_profile import MemberProfileController
from studio_app.gui.controllers.members import MembersController
from studio_app.gui.views.member_profile import BOOKINGS_TAB, MemberProfileView
from studio_app.gui.views.pay_visit_dialog import PayVisitDialog
from studio_app.gui.views.sell_membership_dialog import SellMembershipDialog
from tests.factories import StudioFactory
from tests.gui.modal import when_modal

_LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def peter(studio: StudioFactory) -> int:
    return studio.member("Peter", "Parker", email="peter@example.com", card_code="0042")


@pytest.fixture
def view(qtbot, studio: StudioFactory, signals: AppSignals, peter: int) -> MemberProfileView:  # noqa: ANN001
    widget = MemberProfileView(
        MembersController(studio.svc, signals), MemberProfileController(studio.svc, signals)
    )
    qtbot.addWidget(widget)
    widget.show(peter)
    return widget


def cells(model) -> list[list[str]]:  # noqa: ANN001
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def sell(qtbot, view: MemberProfileView, plan_id: int) -> SellMembershipDialog:  # noqa: ANN001
    dialog = view.sell_dialog()
    qtbot.addWidget(dialog)
    dialog.select_plan(plan_id)
    qtbot.mouseClick(dialog.ui.sellButton, _LEFT)
    return dialog


def test_sell_dialog_lists_plans_on_sale_with_a_live_preview(
    qtbot,
    studio: StudioFactory,
    view: MemberProfileView,  # noqa: ANN001
) -> None:
    pass_id = studio.pass_plan(10)
    studio.time_plan()
    dialog = view.sell_dialog()
    qtbot.addWidget(dialog)
    combo = dialog.ui.planCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "10-session pass · 90.00 · 10 sessions / 3 months",
        "Monthly unlimited · 120.00 · unlimited / 1 month",
    ]
    assert dialog.ui.memberLabel.text() == "Sell a membership to Peter Parker"
    dialog.select_plan(pass_id)
    assert dialog.ui.startDateEdit.date().toPython() == date(2026, 12, 1)
    assert dialog.ui.previewLabel.text() == "Valid 1 Dec 2026 – 28 Feb 2027, 10 sessions"
    dialog.ui.startDateEdit.setDate(date(2027, 1, 31))
    assert dialog.ui.previewLabel.text() == "Valid 31 Jan – 30 Apr 2027, 10 sessions"


def test_no_plan_on_sale_says_so_and_cannot_sell(qtbot, view: MemberProfileView) -> None:  # noqa: ANN001
    dialog = view.sell_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.ui.sellButton.isEnabled()
    assert "No plan is on sale" in dialog.ui.previewLabel.text()


def test_selling_a_pass_shows_ten_of_ten_and_a_bought_log_line(
    qtbot,
    studio: StudioFactory,
    view: MemberProfileView,
    qtmodeltester,  # noqa: ANN001
) -> None:
    dialog = sell(qtbot, view, studio.pass_plan(10))
    assert dialog.result() == 1 and dialog.membership_id is not None
    assert cells(view.memberships_model) == [
        [
            "10-session pass",
            "Session pass",
            "1 Dec 2026",
            "28 Feb 2027",
            "active",
            "10 of 10",
            "",
            "90.00",
        ],
    ]
    logs = cells(view.logs_model)
    bought = [row for row in logs if row[2].startswith("Bought 10-session pass")]
    assert len(bought) == 1
    when, staff, _what, after = bought[0]
    local = datetime(2026, 12, 1, 9, 0, tzinfo=UTC).astimezone()
    assert when == f"{local.day} Dec 2026 {local:%H:%M}"
    assert (staff, after) == ("Olivia Owner", "10")
    assert logs[-1][2] == "Member created" and logs[-1][3] == ""  # newest first, blank when None
    qtmodeltester.check(view.memberships_model)
    qtmodeltester.check(view.logs_model)


def test_time_based_membership_reads_unlimited(
    qtbot,
    studio: StudioFactory,
    view: MemberProfileView,  # noqa: ANN001
) -> None:
    sell(qtbot, view, studio.time_plan())
    assert cells(view.memberships_model)[0][4:] == ["active", "unlimited", "", "120.00"]


def test_sign_up_elsewhere_then_sign_out_from_the_bookings_tab(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    view: MemberProfileView,
    peter: int,  # noqa: ANN001
    qtmodeltester,  # noqa: ANN001
) -> None:
    sell(qtbot, view, studio.pass_plan(10))
    session = studio.session_on(date(2026, 12, 8), studio.series())
    # Another view (the schedule) signs Peter up and announces what changed.
    result = studio.svc.bookings.sign_up(session, peter)
    signals.changed.emit(result.changes)

    ui = view.ui
    assert ui.activeSignupsLabel.text() == "Active signups: 1"
    assert cells(view.upcoming_model) == [
        ["Vinyasa Flow", "Tue 8 Dec 2026 18:00", "10-session pass", "booked"],
    ]
    assert cells(view.memberships_model)[0][5] == "9 of 10"
    assert cells(view.logs_model)[0][3] == "9"
    qtmodeltester.check(view.upcoming_model)

    ui.tabs.setCurrentIndex(BOOKINGS_TAB)
    assert not ui.signOutButton.isEnabled()
    ui.upcomingTable.selectRow(0)
    assert ui.signOutButton.isEnabled()
    qtbot.mouseClick(ui.signOutButton, _LEFT)

    assert ui.activeSignupsLabel.text() == "Active signups: 0"
    assert cells(view.history_model)[0][3] == "signed out"
    assert ui.historyLabel.text() == "History (1)"
    assert cells(view.memberships_model)[0][5] == "10 of 10"
    assert [row[3] for row in cells(view.logs_model) if row[3]] == ["10", "9", "10"]  # newest first
    assert not ui.signOutButton.isEnabled()


def test_selling_to_an_archived_member_is_refused_inline(
    qtbot,
    studio: StudioFactory,
    view: MemberProfileView,
    peter: int,  # noqa: ANN001
) -> None:
    plan = studio.pass_plan(10)
    dialog = view.sell_dialog()
    qtbot.addWidget(dialog)
    studio.svc.members.set_archived(peter, True)  # another desk archives Peter meanwhile
    dialog.select_plan(plan)
    qtbot.mouseClick(dialog.ui.sellButton, _LEFT)
    assert dialog.ui.errorLabel.text() == "Peter Parker is archived; restore the member first."
    assert dialog.result() == 0
    view.reload()
    assert view.memberships_model.rowCount() == 0
    assert not view.ui.sellButton.isEnabled()
    assert view.ui.archivedBadge.isVisibleTo(view)


def test_details_tab_shows_what_the_editor_saved(
    qtbot,
    view: MemberProfileView,  # noqa: ANN001
) -> None:
    dialog = view.editor_dialog()
    qtbot.addWidget(dialog)
    dialog.ui.phoneEdit.setText("555-0101")
    dialog.ui.notesEdit.setPlainText("Knee injury: no deep lunges.")
    dialog.ui.noBirthDateCheck.setChecked(False)
    dialog.ui.birthDateEdit.setDate(date(1988, 4, 2))
    qtbot.mouseClick(dialog.ui.okButton, _LEFT)
    ui = view.ui
    assert (ui.phoneValue.text(), ui.birthDateValue.text(), ui.notesValue.text()) == (
        "555-0101",
        "2 Apr 1988",
        "Knee injury: no deep lunges.",
    )
    assert ui.contactLabel.text() == "Card 0042  ·  peter@example.com  ·  555-0101"
    assert [row[2] for row in cells(view.logs_model)] == [
        "Member details edited: phone (none) → 555-0101; birth date (none) → 2 Apr 1988; "
        "notes (none) → Knee injury: no deep lunges.",
        "Member created",
    ]


def test_unpaid_visits_are_marked_and_paid_with_a_membership(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    view: MemberProfileView,
    peter: int,
    clock,  # noqa: ANN001
) -> None:
    svc = studio.svc
    svc.studio.set_enforce_billing(False)
    series = studio.series()
    svc.bookings.sign_up(studio.session_on(date(2026, 12, 1), series), peter, unpaid=True)
    svc.bookings.sign_up(studio.session_on(date(2026, 12, 8), series), peter, unpaid=True)
    sold = svc.memberships.sell(peter, studio.pass_plan(10), date(2026, 12, 1))
    clock.advance_to(datetime(2026, 12, 2, 9, 0))  # last night's class has taken place
    signals.changed.emit(sold.changes)
    ui = view.ui
    ui.tabs.setCurrentIndex(BOOKINGS_TAB)
    assert cells(view.upcoming_model) == [
        ["Vinyasa Flow", "Tue 8 Dec 2026 18:00", "Unpaid visit", "booked · unpaid"],
    ]
    assert cells(view.history_model) == [
        ["Vinyasa Flow", "Tue 1 Dec 2026 18:00", "Unpaid visit", "taken place · unpaid"],
    ]
    red = view.history_model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole)
    assert red.name() == "#b3261e"
    assert ui.unpaidLabel.text() == "· 2 unpaid visits to pay"
    assert not ui.payVisitButton.isEnabled()

    ui.historyTable.selectRow(0)  # the past visit: pay it with the pass valid that day
    assert ui.payVisitButton.isEnabled() and not ui.signOutButton.isEnabled()
    shown: list[str] = []

    def pay_with_pass(dialog: QWidget) -> None:
        assert isinstance(dialog, PayVisitDialog)
        shown.extend([dialog.ui.classLabel.text(), dialog.ui.membershipCombo.currentText()])
        qtbot.mouseClick(dialog.ui.payButton, _LEFT)

    when_modal(pay_with_pass)
    qtbot.mouseClick(ui.payVisitButton, _LEFT)
    assert shown == ["Vinyasa Flow · Tue 1 Dec 2026 18:00", "10-session pass — can pay"]
    assert cells(view.history_model)[0][2:] == ["10-session pass", "taken place"]
    assert view.history_model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    assert cells(view.memberships_model)[0][5] == "9 of 10"
    assert ui.unpaidLabel.text() == "· 1 unpaid visit to pay"
    assert cells(view.logs_model)[0][2:] == [
        "Paid unpaid visit for Vinyasa Flow on Tue 1 Dec 2026 18:00 with 10-session pass",
        "9",
    ]
    ui.upcomingTable.selectRow(0)  # selecting here clears the history selection
    assert not ui.historyTable.selectionModel().hasSelection()
    assert ui.payVisitButton.isEnabled() and ui.signOutButton.isEnabled()


def test_card_on_file_typed_in_the_editor_brings_the_extension_badge(
    qtbot,
    studio: StudioFactory,
    view: MemberProfileView,
    peter: int,  # noqa: ANN001
) -> None:
    """Seed 003: a continuous membership about to expire, with a card on file and not on its
    last installment, "will be extended automatically" — shown as a badge in the profile."""
    plan = studio.contract_plan("Open monthly")
    studio.svc.memberships.sell(peter, plan, date(2026, 11, 5))  # ends 4 Dec
    (paid,) = studio.svc.contracts.installments(peter)
    studio.svc.payments.pay_installment(paid.id, PaymentInput(PaymentMethod.CASH))
    view.reload()
    assert not view.ui.noticesBadge.isVisibleTo(view)
    assert cells(view.memberships_model)[0][6] == "1"

    dialog = view.editor_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.cardOnFileEdit, "Visa ending 4242")
    qtbot.mouseClick(dialog.ui.okButton, _LEFT)

    assert view.ui.cardOnFileValue.text() == "Visa ending 4242"
    assert view.ui.noticesBadge.isVisibleTo(view)
    assert view.ui.noticesBadge.text() == (
        "Open monthly will be extended automatically on 5 Dec 2026"
    )


def test_overdue_installments_and_a_cancellation_show_in_the_badge(
    studio: StudioFactory,
    view: MemberProfileView,
    peter: int,
) -> None:
    plan = studio.contract_plan("Open 12 months", installments=12)
    membership = studio.svc.memberships.sell(peter, plan, date(2026, 10, 1)).value
    studio.svc.credit_schedule.catch_up()  # 2/12 due 1 Nov, 3/12 due today
    studio.svc.contracts.cancel(membership, 1)
    view.reload()
    assert view.ui.noticesBadge.text().splitlines() == [
        "Open 12 months: cancellation registered, ends after installment 4",
        "2 installments overdue (62.00)",
    ]
    assert cells(view.memberships_model)[0][6] == "3/4 · cancelled"


def test_a_drop_in_paid_from_the_bookings_tab_shows_at_once_in_the_payment_history(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
    view: MemberProfileView,
    peter: int,
    clock,  # noqa: ANN001
) -> None:
    """The billing tab beside the profile lists the drop-in payment as soon as it is taken:
    the payment announces itself (PAYMENTS), so the history is not left stale."""
    from tests.gui.billing_helpers import open_tab

    svc = studio.svc
    svc.studio.set_enforce_billing(False)
    svc.bookings.sign_up(studio.session_on(date(2026, 12, 1), studio.series()), peter, unpaid=True)
    clock.advance_to(datetime(2026, 12, 2, 9, 0))
    billing = open_tab(qtbot, studio, signals, peter)
    assert billing.payments_model.rowCount() == 0
    view.show(peter)
    ui = view.ui
    ui.tabs.setCurrentIndex(BOOKINGS_TAB)
    ui.historyTable.selectRow(0)

    def pay_drop_in(dialog: QWidget) -> None:
        assert isinstance(dialog, PayVisitDialog)
        assert dialog.ui.dropInRadio.isChecked()  # no membership to pay with
        dialog.ui.priceEdit.setText("15.00")
        qtbot.mouseClick(dialog.ui.payButton, _LEFT)

    when_modal(pay_drop_in)
    qtbot.mouseClick(ui.payVisitButton, _LEFT)

    assert ui.unpaidLabel.text() == ""
    assert cells(billing.payments_model) == [
        [
            "2 Dec 2026 09:00",
            "Drop-in for Vinyasa Flow on Tue 1 Dec 2026 18:00",
            "Cash",
            "15.00",
            "",
            "Olivia Owner",
            "",
        ]
    ]
