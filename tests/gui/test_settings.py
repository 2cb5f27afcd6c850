"""Settings view driven by clicks and typing over a real temporary database (SPEC §2, §9)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from studio_app.domain.credit_grants import PERSONAL_TRAINING, CreditGrantTerms, describe
from studio_app.domain.durations import DurationUnit
from studio_app.domain.plans import DEFAULT_CATEGORY, PlanKind
from studio_app.domain.privileges import Privilege, Role
from studio_app.dto.changes import Change
from studio_app.dto.plans import PlanInput
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.settings import SettingsController
from studio_app.gui.qtmodels.plans import CREDITS, PRICE, SESSIONS, PlanTableModel
from studio_app.gui.qtmodels.staff import PRIVILEGES, StaffTableModel
from studio_app.gui.views.settings.plan_editor import KINDS, PlanEditorDialog
from studio_app.gui.views.settings.screen import SettingsView
from studio_app.gui.views.settings.staff_editor import ROLES, ResetPasswordDialog, StaffEditorDialog
from studio_app.gui.views.settings.staff_page import OWNER_NOTE
from tests.factories import StudioFactory

LEFT = Qt.MouseButton.LeftButton


def make_view(qtbot, studio: StudioFactory, signals: AppSignals) -> SettingsView:  # noqa: ANN001
    view = SettingsView(SettingsController(studio.svc, signals))
    qtbot.addWidget(view)
    return view


@pytest.fixture
def view(qtbot, studio: StudioFactory, signals: AppSignals) -> SettingsView:  # noqa: ANN001
    return make_view(qtbot, studio, signals)


def cell(model: PlanTableModel | StaffTableModel, row: int, column: int) -> str:
    return model.data(model.index(row, column))


def select(view: SettingsView, table: str, text: str) -> int:
    """Select the row whose first column reads ``text``; return its row number."""
    if table == "plans":
        model, rows = view.memberships_page.plans_model, view.memberships_page.ui.plansTable
    else:
        model, rows = view.staff_page.staff_model, view.staff_page.ui.staffTable
    row = next(r for r in range(model.rowCount()) if cell(model, r, 0) == text)
    rows.selectRow(row)
    return row


def test_create_session_pass_through_the_editor(qtbot, view: SettingsView) -> None:  # noqa: ANN001
    qtbot.mouseClick(view.memberships_page.ui.newPlanButton, LEFT)
    dialog = view.memberships_page.dialog
    assert isinstance(dialog, PlanEditorDialog)
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, "10-class pass")
    assert not ui.sessionsSpin.isEnabled()  # time-based by default: unlimited visits
    ui.kindCombo.setCurrentIndex(KINDS.index(PlanKind.SESSION_PASS))
    assert ui.sessionsSpin.isEnabled()
    qtbot.keyClicks(ui.priceEdit, "90")
    ui.sessionsSpin.setValue(10)
    ui.durationSpin.setValue(3)
    assert ui.categoryCombo.currentText() == DEFAULT_CATEGORY
    assert ui.summaryLabel.text() == (
        "Session pass: 10 sessions within 3 months for 90.00, Group class"
    )
    qtbot.mouseClick(ui.okButton, LEFT)

    assert view.memberships_page.plans_model.rowCount() == 1
    assert cell(view.memberships_page.plans_model, 0, 0) == "10-class pass"
    assert cell(view.memberships_page.plans_model, 0, PRICE) == "90.00"
    assert cell(view.memberships_page.plans_model, 0, SESSIONS) == "10"
    assert (
        view.memberships_page.selected_plan() is not None
        and view.memberships_page.selected_plan().name == "10-class pass"
    )
    assert view.memberships_page.dialog is None


def test_negative_price_is_refused_inline_and_creates_nothing(
    qtbot,
    view: SettingsView,
    studio: StudioFactory,  # noqa: ANN001
) -> None:
    dialog = view.memberships_page.plan_editor()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Drop-in")
    qtbot.keyClicks(dialog.ui.priceEdit, "-5")
    assert "no valid price" in dialog.ui.summaryLabel.text()
    qtbot.mouseClick(dialog.ui.okButton, LEFT)

    assert not dialog.ui.errorLabel.isHidden()
    assert "Price cannot be negative" in dialog.ui.errorLabel.text()
    assert studio.svc.plans.list_plans() == []
    assert view.memberships_page.plans_model.rowCount() == 0


def test_decimal_comma_price_and_service_refusal_shown_in_editor(
    qtbot,
    view: SettingsView,
    studio: StudioFactory,  # noqa: ANN001
) -> None:
    dialog = view.memberships_page.plan_editor()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.priceEdit, "31,50")
    qtbot.mouseClick(dialog.ui.okButton, LEFT)  # no name: the service refuses
    assert dialog.ui.errorLabel.text() == "A plan needs a name."
    qtbot.keyClicks(dialog.ui.nameEdit, "Drop-in")
    qtbot.mouseClick(dialog.ui.okButton, LEFT)
    assert [p.price_cents for p in studio.svc.plans.list_plans()] == [3150]


def test_edit_plan_price(qtbot, studio: StudioFactory, signals: AppSignals) -> None:  # noqa: ANN001
    studio.pass_plan(10, name="10-class pass")
    view = make_view(qtbot, studio, signals)
    select(view, "plans", "10-class pass")
    qtbot.mouseClick(view.memberships_page.ui.editPlanButton, LEFT)
    dialog = view.memberships_page.dialog
    assert isinstance(dialog, PlanEditorDialog)
    assert "never rewrites memberships already sold" in dialog.ui.hintLabel.text()
    assert dialog.ui.priceEdit.text() == "90.00"
    dialog.ui.priceEdit.clear()
    qtbot.keyClicks(dialog.ui.priceEdit, "95,50")
    qtbot.mouseClick(dialog.ui.okButton, LEFT)

    [plan] = studio.svc.plans.list_plans()
    assert (plan.price_cents, plan.entries, plan.duration_count) == (9550, 10, 3)
    assert cell(view.memberships_page.plans_model, 0, PRICE) == "95.50"


def test_deactivate_and_activate_plan(qtbot, studio: StudioFactory, signals: AppSignals) -> None:  # noqa: ANN001
    studio.time_plan(name="Monthly unlimited")
    view = make_view(qtbot, studio, signals)
    assert not view.memberships_page.ui.togglePlanButton.isEnabled()  # nothing selected yet
    select(view, "plans", "Monthly unlimited")
    qtbot.mouseClick(view.memberships_page.ui.togglePlanButton, LEFT)
    assert studio.svc.plans.list_plans()[0].active is False
    assert cell(view.memberships_page.plans_model, 0, SESSIONS) == "unlimited"
    assert view.memberships_page.ui.togglePlanButton.text() == "&Activate"
    qtbot.mouseClick(view.memberships_page.ui.togglePlanButton, LEFT)
    assert studio.svc.plans.list_plans()[0].active is True


def test_add_front_desk_account(qtbot, view: SettingsView, studio: StudioFactory) -> None:  # noqa: ANN001
    qtbot.mouseClick(view.staff_page.ui.addStaffButton, LEFT)
    dialog = view.staff_page.dialog
    assert isinstance(dialog, StaffEditorDialog)
    ui = dialog.ui
    qtbot.keyClicks(ui.fullNameEdit, "Dana Desk")
    qtbot.keyClicks(ui.usernameEdit, "desk")
    ui.roleCombo.setCurrentIndex(ROLES.index(Role.FRONT_DESK))
    qtbot.keyClicks(ui.passwordEdit, "desk-secret")
    qtbot.keyClicks(ui.repeatEdit, "desk-secreT")
    qtbot.mouseClick(ui.okButton, LEFT)
    assert ui.errorLabel.text() == "The two passwords differ."
    ui.repeatEdit.clear()
    qtbot.keyClicks(ui.repeatEdit, "desk-secret")
    qtbot.mouseClick(ui.okButton, LEFT)

    desk = next(s for s in studio.svc.staff.list_staff() if s.username == "desk")
    assert desk.role is Role.FRONT_DESK and desk.privileges == {Privilege.REPORTS}
    row = select(view, "staff", "Dana Desk")
    assert cell(view.staff_page.staff_model, row, PRIVILEGES) == "Reports"


def test_grant_and_revoke_privileges_in_access_box(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,  # noqa: ANN001
) -> None:
    studio.front_desk()
    view = make_view(qtbot, studio, signals)
    select(view, "staff", "Olivia Owner")
    assert view.staff_page.ui.accessNoteLabel.text() == OWNER_NOTE
    assert all(
        b.isChecked() and not b.isEnabled() for b in view.staff_page.privilege_checks.values()
    )
    assert not view.staff_page.ui.saveAccessButton.isEnabled()

    select(view, "staff", "Dana Desk")
    checks = view.staff_page.privilege_checks
    assert checks[Privilege.REPORTS].isChecked() and checks[Privilege.REPORTS].isEnabled()
    assert checks[Privilege.SETTINGS].text() == Privilege.SETTINGS.label
    checks[Privilege.REPORTS].click()  # revoke
    checks[Privilege.SETTINGS].click()  # grant
    qtbot.mouseClick(view.staff_page.ui.saveAccessButton, LEFT)

    desk = next(s for s in studio.svc.staff.list_staff() if s.username == "desk")
    assert desk.privileges == {Privilege.SETTINGS}
    assert (
        view.staff_page.selected_staff() is not None
        and view.staff_page.selected_staff().username == "desk"
    )
    assert checks[Privilege.SETTINGS].isChecked() and not checks[Privilege.REPORTS].isChecked()


def test_reset_password_and_deactivate_account(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,  # noqa: ANN001
) -> None:
    studio.front_desk()
    view = make_view(qtbot, studio, signals)
    select(view, "staff", "Dana Desk")
    qtbot.mouseClick(view.staff_page.ui.resetPasswordButton, LEFT)
    dialog = view.staff_page.dialog
    assert isinstance(dialog, ResetPasswordDialog)
    qtbot.keyClicks(dialog.ui.passwordEdit, "abc")
    qtbot.keyClicks(dialog.ui.repeatEdit, "abc")
    qtbot.mouseClick(dialog.ui.okButton, LEFT)
    assert "at least 6 characters" in dialog.ui.errorLabel.text()
    for edit in (dialog.ui.passwordEdit, dialog.ui.repeatEdit):
        edit.clear()
        qtbot.keyClicks(edit, "new-secret")
    qtbot.mouseClick(dialog.ui.okButton, LEFT)
    assert studio.svc.staff.log_in("desk", "new-secret").name == "Dana Desk"
    studio.svc.staff.log_in("owner", "owner-secret")

    qtbot.mouseClick(view.staff_page.ui.toggleStaffButton, LEFT)
    assert not next(s for s in studio.svc.staff.list_staff() if s.username == "desk").active
    assert view.staff_page.ui.toggleStaffButton.text() == "&Activate"
    select(view, "staff", "Olivia Owner")
    assert not view.staff_page.ui.toggleStaffButton.isEnabled()


def test_front_desk_cannot_edit_plans(qtbot, studio: StudioFactory, signals: AppSignals) -> None:  # noqa: ANN001
    studio.front_desk()
    studio.log_in("desk")
    view = make_view(qtbot, studio, signals)
    plans, ui = view.memberships_page.ui, view.staff_page.ui
    assert not plans.newPlanButton.isEnabled()
    assert plans.newPlanButton.toolTip() == "Needs the settings privilege — ask the owner"
    assert not ui.addStaffButton.isEnabled()
    assert ui.addStaffButton.toolTip() == "Needs the staff privilege — ask the owner"
    assert not view.studio_page.ui.saveStudioButton.isEnabled()

    data = PlanInput(
        "Drop-in", PlanKind.TIME_BASED, 1500, 1, DurationUnit.DAYS, None, DEFAULT_CATEGORY
    )
    assert view.controller.create_plan(data) is None
    assert "'settings' privilege" in view.controller.last_error
    assert studio.svc.plans.list_plans() == []

    select(view, "staff", "Dana Desk")  # anyone may change their own password
    assert ui.resetPasswordButton.isEnabled()
    select(view, "staff", "Olivia Owner")
    assert not ui.resetPasswordButton.isEnabled()


def test_refusal_from_service_is_shown_inline(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,  # noqa: ANN001
) -> None:
    studio.time_plan(name="Monthly unlimited")
    studio.front_desk()
    view = make_view(qtbot, studio, signals)
    select(view, "plans", "Monthly unlimited")
    studio.log_in("desk")  # the button was enabled for the owner; the service still refuses
    view.memberships_page.toggle_plan()
    assert "'settings' privilege" in view.memberships_page.ui.plansErrorLabel.text()
    assert not view.memberships_page.ui.plansErrorLabel.isHidden()
    assert studio.svc.plans.list_plans()[0].active is True


def test_rename_studio(qtbot, view: SettingsView, studio: StudioFactory) -> None:  # noqa: ANN001
    assert view.studio_page.ui.studioNameEdit.text() == "Lotus Yoga"
    view.studio_page.ui.studioNameEdit.clear()
    qtbot.mouseClick(view.studio_page.ui.saveStudioButton, LEFT)
    assert view.studio_page.ui.studioErrorLabel.text() == "Studio name is required."
    qtbot.keyClicks(view.studio_page.ui.studioNameEdit, "Lotus Yoga & Pilates")
    qtbot.mouseClick(view.studio_page.ui.saveStudioButton, LEFT)
    assert studio.svc.studio.studio_name() == "Lotus Yoga & Pilates"
    assert view.studio_page.ui.studioErrorLabel.text() == ""


def test_reloads_only_on_its_changes(
    view: SettingsView, studio: StudioFactory, signals: AppSignals
) -> None:
    studio.pass_plan(5)
    signals.changed.emit(frozenset({Change.MEMBERS}))
    assert view.memberships_page.plans_model.rowCount() == 0
    signals.changed.emit(frozenset({Change.PLANS}))
    assert view.memberships_page.plans_model.rowCount() == 1


def test_models_pass_qt_model_tester(qtmodeltester, studio: StudioFactory) -> None:  # noqa: ANN001
    studio.pass_plan(10)
    studio.time_plan()
    studio.limited_plan()
    studio.front_desk()
    plans = PlanTableModel()
    plans.set_rows(studio.svc.plans.list_plans())
    qtmodeltester.check(plans)
    staff = StaffTableModel()
    staff.set_rows(studio.svc.staff.list_staff())
    qtmodeltester.check(staff)


# -- credit settings (SPEC §4) ------------------------------------------------------------------
E3 = CreditGrantTerms(DEFAULT_CATEGORY, 4, every_days=28, expire_days=30, initial_credits=2)


def type_number(qtbot, spin: QSpinBox, text: str) -> None:  # noqa: ANN001
    """Type over a spin box's value, as staff do after clicking into it."""
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def test_limited_plan_credit_settings_summary_and_table(
    qtbot,
    view: SettingsView,
    studio: StudioFactory,  # noqa: ANN001
) -> None:
    qtbot.mouseClick(view.memberships_page.ui.newPlanButton, LEFT)
    dialog = view.memberships_page.dialog
    assert isinstance(dialog, PlanEditorDialog)
    ui, credits = dialog.ui, dialog.credits
    assert ui.creditsGroup.title() == "Included credits (optional)"
    assert credits.rows == [] and credits.ui.summaryLabel.text() == "No credits included."
    qtbot.keyClicks(ui.nameEdit, "Limited 4 / 28 days")
    qtbot.keyClicks(ui.priceEdit, "99")
    ui.kindCombo.setCurrentIndex(KINDS.index(PlanKind.LIMITED))
    assert ui.creditsGroup.title() == "Credit settings"
    [row] = credits.rows  # pre-filled with the plan's category
    assert row.category.currentText() == DEFAULT_CATEGORY
    assert credits.ui.problemsLabel.text() == (
        "The Group class grant issues no credits: set credits to grant."
    )
    assert credits.ui.summaryLabel.isHidden()
    assert row.every.text() == "once, at the start"
    assert row.expire.text() == "with the membership"

    type_number(qtbot, row.credits, "4")
    type_number(qtbot, row.every, "28")
    type_number(qtbot, row.expire, "30")
    type_number(qtbot, row.initial, "2")
    assert (row.every.text(), row.expire.text()) == ("every 28 days", "30 days after issue")
    assert credits.ui.summaryLabel.text() == describe(E3)
    assert credits.ui.problemsLabel.isHidden()
    assert ui.summaryLabel.text() == (
        "Limited (credits): classes paid with the credits below, within 1 month for 99.00, "
        "Group class"
    )
    qtbot.mouseClick(ui.okButton, LEFT)

    [plan] = studio.svc.plans.list_plans()
    assert (plan.kind, plan.grants) == (PlanKind.LIMITED, (E3,))
    assert (
        cell(view.memberships_page.plans_model, 0, CREDITS)
        == "4 every 28 d, expire 30 d, 2 initial"
    )
    assert cell(view.memberships_page.plans_model, 0, SESSIONS) == "by credits"
    assert view.memberships_page.dialog is None


def test_switching_away_from_limited_drops_the_untouched_grant(
    qtbot,
    view: SettingsView,  # noqa: ANN001
) -> None:
    dialog = view.memberships_page.plan_editor()
    qtbot.addWidget(dialog)
    dialog.ui.kindCombo.setCurrentIndex(KINDS.index(PlanKind.LIMITED))
    assert len(dialog.credits.rows) == 1
    dialog.ui.kindCombo.setCurrentIndex(KINDS.index(PlanKind.SESSION_PASS))
    assert dialog.credits.rows == []
    assert dialog.credits.ui.grantsTable.isHidden()


def test_time_based_plan_with_included_personal_training_credits(
    qtbot,
    view: SettingsView,
    studio: StudioFactory,  # noqa: ANN001
) -> None:
    dialog = view.memberships_page.plan_editor()
    qtbot.addWidget(dialog)
    ui, credits = dialog.ui, dialog.credits
    qtbot.keyClicks(ui.nameEdit, "Unlimited + PT")
    qtbot.keyClicks(ui.priceEdit, "150")
    assert "e.g. 2 Personal training credits every 30 days" in ui.creditsIntroLabel.text()
    qtbot.mouseClick(credits.ui.addGrantButton, LEFT)
    qtbot.mouseClick(credits.ui.addGrantButton, LEFT)
    first, second = credits.rows
    qtbot.mouseClick(second.remove, LEFT)
    assert credits.rows == [first] and credits.ui.grantsTable.rowCount() == 1
    first.category.setCurrentIndex(first.category.findText(PERSONAL_TRAINING))
    type_number(qtbot, first.credits, "2")
    type_number(qtbot, first.every, "30")
    included = CreditGrantTerms(PERSONAL_TRAINING, 2, every_days=30)
    assert credits.ui.summaryLabel.text() == describe(included)
    qtbot.mouseClick(ui.okButton, LEFT)

    [plan] = studio.svc.plans.list_plans()
    assert (plan.kind, plan.credit_category, plan.grants) == (
        PlanKind.TIME_BASED,
        DEFAULT_CATEGORY,
        (included,),
    )
    assert cell(view.memberships_page.plans_model, 0, CREDITS) == "2 Personal training every 30 d"
    assert cell(view.memberships_page.plans_model, 0, SESSIONS) == "unlimited"


def test_a_grant_issuing_nothing_is_refused_by_the_service_and_nothing_saved(
    qtbot,
    view: SettingsView,
    studio: StudioFactory,  # noqa: ANN001
) -> None:
    dialog = view.memberships_page.plan_editor()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Limited")
    qtbot.keyClicks(dialog.ui.priceEdit, "80")
    dialog.ui.kindCombo.setCurrentIndex(KINDS.index(PlanKind.LIMITED))
    [row] = dialog.credits.rows
    assert (row.credits.value(), row.initial.value()) == (0, 0)
    qtbot.mouseClick(dialog.ui.okButton, LEFT)

    refusal = "The Group class grant issues no credits: set credits to grant."
    assert dialog.ui.errorLabel.text() == refusal
    assert not dialog.ui.errorLabel.isHidden()
    assert studio.svc.plans.list_plans() == []
    assert view.memberships_page.plans_model.rowCount() == 0


def test_editing_a_limited_plan_shows_its_grants_and_they_follow_its_category(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,  # noqa: ANN001
) -> None:
    studio.limited_plan()
    view = make_view(qtbot, studio, signals)
    select(view, "plans", "Limited 4 / 28 days")
    qtbot.mouseClick(view.memberships_page.ui.editPlanButton, LEFT)
    dialog = view.memberships_page.dialog
    assert isinstance(dialog, PlanEditorDialog)
    [row] = dialog.credits.rows
    assert row.terms() == E3
    assert dialog.credits.ui.summaryLabel.text() == describe(E3)
    dialog.ui.categoryCombo.setEditText("")
    qtbot.keyClicks(dialog.ui.categoryCombo, "Pilates")
    assert row.category.currentText() == "Pilates"
    qtbot.mouseClick(dialog.ui.okButton, LEFT)
    [plan] = studio.svc.plans.list_plans()
    assert plan.credit_category == "Pilates" and plan.grants[0].category == "Pilates"


# -- enforce billing (SPEC §3) -----------------------------------------------------------------
def test_owner_toggles_enforce_billing(
    qtbot,
    view: SettingsView,
    studio: StudioFactory,  # noqa: ANN001
) -> None:
    check = view.studio_page.ui.enforceBillingCheck
    assert check.isChecked() and check.isEnabled()
    assert view.studio_page.ui.enforceBillingHintLabel.text() == (
        "On: a sign-up needs a membership that can pay. Off: the desk may register unpaid "
        "visits and take payment later."
    )
    qtbot.mouseClick(check, LEFT)
    assert studio.svc.studio.enforce_billing() is False
    assert not check.isChecked() and view.studio_page.ui.studioErrorLabel.isHidden()
    qtbot.mouseClick(check, LEFT)
    assert studio.svc.studio.enforce_billing() is True and check.isChecked()


def test_front_desk_cannot_change_enforce_billing(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,  # noqa: ANN001
) -> None:
    studio.front_desk()
    view = make_view(qtbot, studio, signals)  # opened by the owner
    studio.log_in("desk")  # the desk takes over the screen; the service still refuses
    qtbot.mouseClick(view.studio_page.ui.enforceBillingCheck, LEFT)
    assert "'settings' privilege" in view.studio_page.ui.studioErrorLabel.text()
    assert not view.studio_page.ui.studioErrorLabel.isHidden()
    assert view.studio_page.ui.enforceBillingCheck.isChecked()
    assert studio.svc.studio.enforce_billing() is True

    desk_view = make_view(qtbot, studio, signals)  # opened by the desk: the box is locked
    check = desk_view.studio_page.ui.enforceBillingCheck
    assert check.isChecked() and not check.isEnabled()
    assert check.toolTip() == "Needs the settings privilege — ask the owner"
    assert "needs the settings privilege" in desk_view.studio_page.ui.studioHintLabel.text()
