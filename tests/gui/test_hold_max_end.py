"""The hold dialog tells the desk about the plan's maximum membership end date before the hold
is confirmed: the new end date names it, and a hold that would pass it is refused with the
dates and cannot be confirmed (SPEC §6)."""

from __future__ import annotations

from datetime import date

from studio_app.domain.contracts import ContractTerms
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.holds import HoldController
from studio_app.gui.views.hold_dialog import HoldDialog
from tests.factories import StudioFactory


def test_the_hold_preview_names_the_maximum_end_date_and_refuses_a_hold_past_it(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    svc, member = studio.svc, studio.member()
    plan = studio.plan("Winter season", contract=ContractTerms(max_end=date(2027, 1, 5)))
    svc.memberships.sell(member, plan, date(2026, 12, 1))
    [row] = svc.memberships.for_member(member)
    dialog = HoldDialog(HoldController(svc, signals), row, "Peter Parker")
    qtbot.addWidget(dialog)
    dialog.show()
    d = dialog.ui
    d.fromDateEdit.setDate(date(2026, 12, 10))
    d.toDateEdit.setDate(date(2026, 12, 14))
    assert d.validUntilLabel.text() == (
        "Valid until 31 Dec 2026 → 5 Jan 2027 (+5 days; no later than 5 Jan 2027, the maximum "
        "end date)"
    )
    assert d.okButton.isEnabled() and not d.errorLabel.isVisibleTo(dialog)

    d.toDateEdit.setDate(date(2026, 12, 19))
    assert d.errorLabel.isVisibleTo(dialog)
    assert d.errorLabel.text() == (
        "A hold cannot extend 'Winter season' past its maximum membership end date "
        "5 January 2027: 10 held days would move its end from 31 December 2026 to "
        "10 January 2027; at most 5 held days fit."
    )
    assert not d.validUntilLabel.isVisibleTo(dialog)
    assert not d.okButton.isEnabled()
