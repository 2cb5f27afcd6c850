"""The session credit report, manual adjustments and the exports (SPEC §4, seed 001/004)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from studio_app.domain.clock import FixedClock
from studio_app.domain.credit_grants import PERSONAL_TRAINING, CreditGrantTerms
from studio_app.domain.errors import PermissionDenied, ValidationError
from studio_app.domain.plans import DEFAULT_CATEGORY
from studio_app.dto.changes import Change
from studio_app.dto.credits import CreditReport
from tests.factories import StudioFactory
from tests.pdf_text import pdf_fonts, pdf_text


def _summary(report: CreditReport) -> tuple[int, int, int]:
    return report.available, report.used, report.expired


@pytest.fixture
def maria(studio: StudioFactory) -> int:
    return studio.member("Maria", "Lopez")


def test_report_totals_lots_and_ledger_of_a_limited_plan_and_a_pass(
    studio: StudioFactory, maria: int
) -> None:
    svc = studio.svc
    limited = svc.memberships.sell(maria, studio.limited_plan(), date(2026, 12, 1)).value
    svc.memberships.sell(maria, studio.pass_plan(10), date(2026, 12, 1))
    svc.bookings.sign_up(studio.session_on(date(2026, 12, 1), studio.series()), maria)

    report = svc.credits.report(maria)

    assert (report.member_name, report.as_of) == ("Maria Lopez", date(2026, 12, 1))
    assert _summary(report) == (15, 1, 0)  # 2 initial + 4 at the start + 10 on the pass − 1
    assert [(t.category, t.issued, t.used, t.available) for t in report.totals] == [
        (DEFAULT_CATEGORY, 16, 1, 15)
    ]
    # Active lots first, by expiry: the limited plan's two batches before the pass.
    assert [(lot.source, lot.issued, lot.used, lot.left, lot.state) for lot in report.lots] == [
        ("initial", 2, 1, 1, "active"),
        ("scheduled", 4, 0, 4, "active"),
        ("pass", 10, 0, 10, "active"),
    ]
    assert {lot.membership_id for lot in report.lots[:2]} == {limited}
    assert [(e.kind, e.amount, e.staff_name, e.available_after) for e in report.ledger] == [
        ("grant", 2, "Olivia Owner", 2),
        ("grant", 4, "Automatic", 6),  # the credit schedule issues the first batch
        ("grant", 10, "Olivia Owner", 16),
        ("charge", -1, "Olivia Owner", 15),
    ]
    assert report.ledger[-1].detail == "Vinyasa Flow on Tue 1 Dec 2026 18:00"


def test_e3_unused_batch_shows_as_expired_not_available(
    studio: StudioFactory, maria: int, clock: FixedClock
) -> None:
    """SPEC E3: 2 initial credits usable today; 4 more on the start date 10 days later; 30 days
    after issue the unused batches expire and count as expired (the batch of 8 Jan is new)."""
    svc = studio.svc
    svc.memberships.sell(maria, studio.limited_plan(), date(2026, 12, 11))
    assert _summary(svc.credits.report(maria)) == (2, 0, 0)

    clock.advance_to(datetime(2026, 12, 11, 9, 0))
    svc.credit_schedule.catch_up()
    assert _summary(svc.credits.report(maria)) == (6, 0, 0)

    clock.advance_to(datetime(2027, 1, 11, 9, 0))
    svc.credit_schedule.catch_up()
    report = svc.credits.report(maria)
    assert _summary(report) == (4, 0, 6)
    assert [(lot.source, lot.expired) for lot in report.expired_lots] == [
        ("initial", 2),
        ("scheduled", 4),
    ]
    assert [(lot.issued_on, lot.left) for lot in report.active_lots] == [(date(2027, 1, 8), 4)]
    assert {e.staff_name for e in report.ledger if e.kind == "expiry"} == {"Automatic"}


def test_adding_credits_makes_a_lot_until_the_membership_end_with_the_reason(
    studio: StudioFactory, maria: int
) -> None:
    svc = studio.svc
    membership = svc.memberships.sell(maria, studio.pass_plan(10), date(2026, 12, 1)).value

    result = svc.credits.adjust(maria, membership, DEFAULT_CATEGORY, 2, "  Class cancelled  ")

    assert result.changes == frozenset({Change.CREDITS, Change.MEMBERSHIPS})
    assert result.message == "Credits adjusted by +2."
    report = svc.credits.report(maria)
    assert report.available == 12
    lot = next(lot for lot in report.lots if lot.source == "adjustment")
    assert (lot.adjusted, lot.left, lot.expires_on) == (2, 2, date(2027, 2, 28))
    last = report.ledger[-1]
    assert (last.kind, last.amount, last.detail, last.staff_name, last.available_after) == (
        "adjustment",
        2,
        "Class cancelled",
        "Olivia Owner",
        12,
    )
    newest = svc.profiles.profile(maria).logs.rows[0]
    assert newest.action == (
        f"Adjusted +2 {DEFAULT_CATEGORY} credits on 10-session pass: Class cancelled"
    )
    assert (newest.staff_name, newest.entries_after) == ("Olivia Owner", 12)


def test_added_credits_may_expire_on_a_chosen_day(studio: StudioFactory, maria: int) -> None:
    svc = studio.svc
    membership = svc.memberships.sell(maria, studio.pass_plan(10), date(2026, 12, 1)).value
    svc.credits.adjust(maria, membership, DEFAULT_CATEGORY, 1, "Gift", date(2026, 12, 24))
    lot = next(lot for lot in svc.credits.report(maria).lots if lot.source == "adjustment")
    assert lot.expires_on == date(2026, 12, 24)


def test_removing_credits_takes_from_the_lot_expiring_first(
    studio: StudioFactory, maria: int
) -> None:
    svc = studio.svc
    membership = svc.memberships.sell(maria, studio.limited_plan(), date(2026, 12, 1)).value

    svc.credits.adjust(maria, membership, DEFAULT_CATEGORY, -3, "Booked elsewhere by mistake")

    report = svc.credits.report(maria)
    assert report.available == 3
    assert [(lot.source, lot.adjusted, lot.left) for lot in report.lots] == [
        ("initial", -2, 0),
        ("scheduled", -1, 3),
    ]
    assert [e.amount for e in report.ledger[-2:]] == [-2, -1]
    assert report.ledger[-1].available_after == 3


@pytest.mark.parametrize(
    ("amount", "reason", "message"),
    [
        (-11, "Too many", "only 10 are available"),
        (2, "   ", "Give a reason"),
        (0, "Nothing", "Adjust by at least 1 credit"),
    ],
)
def test_refused_adjustments_change_nothing(
    studio: StudioFactory, maria: int, amount: int, reason: str, message: str
) -> None:
    svc = studio.svc
    membership = svc.memberships.sell(maria, studio.pass_plan(10), date(2026, 12, 1)).value
    before = svc.credits.report(maria)
    with pytest.raises(ValidationError, match=message):
        svc.credits.adjust(maria, membership, DEFAULT_CATEGORY, amount, reason)
    assert svc.credits.report(maria) == before


def test_added_credits_cannot_expire_before_today(studio: StudioFactory, maria: int) -> None:
    svc = studio.svc
    membership = svc.memberships.sell(maria, studio.pass_plan(10), date(2026, 12, 1)).value
    with pytest.raises(ValidationError, match=r"valid today or later \(expiry 30 Nov 2026\)"):
        svc.credits.adjust(maria, membership, DEFAULT_CATEGORY, 1, "Late", date(2026, 11, 30))


def test_front_desk_may_not_adjust_credits(studio: StudioFactory, maria: int) -> None:
    svc = studio.svc
    membership = svc.memberships.sell(maria, studio.pass_plan(10), date(2026, 12, 1)).value
    studio.front_desk()
    studio.log_in("desk")
    with pytest.raises(PermissionDenied, match="Dana Desk .Front desk. may not adjust credits"):
        svc.credits.adjust(maria, membership, DEFAULT_CATEGORY, 2, "Goodwill")
    assert svc.credits.report(maria).available == 10


def test_a_membership_of_another_member_is_refused(studio: StudioFactory, maria: int) -> None:
    svc = studio.svc
    peter = studio.member("Peter", "Parker")
    theirs = svc.memberships.sell(peter, studio.pass_plan(10), date(2026, 12, 1)).value
    with pytest.raises(ValidationError, match="belongs to another member"):
        svc.credits.adjust(maria, theirs, DEFAULT_CATEGORY, 1, "Wrong profile")


def test_totals_are_kept_per_category(studio: StudioFactory, maria: int) -> None:
    svc = studio.svc
    plan = studio.limited_plan(
        CreditGrantTerms(DEFAULT_CATEGORY, 8, every_days=28, expire_days=28),
        CreditGrantTerms(PERSONAL_TRAINING, 2, every_days=28, expire_days=28),
        name="Flow & PT",
    )
    svc.memberships.sell(maria, plan, date(2026, 12, 1))
    report = svc.credits.report(maria)
    assert [(t.category, t.available) for t in report.totals] == [
        (DEFAULT_CATEGORY, 8),
        (PERSONAL_TRAINING, 2),
    ]
    assert report.available == 10


def test_exports_write_the_report_to_excel_and_pdf(
    studio: StudioFactory, maria: int, tmp_path: Path
) -> None:
    svc = studio.svc
    membership = svc.memberships.sell(maria, studio.pass_plan(10), date(2026, 12, 1)).value
    svc.credits.adjust(maria, membership, DEFAULT_CATEGORY, 2, "Class cancelled")

    workbook = svc.credits.export_workbook(maria, tmp_path / "maria.xlsx", "Lotus Yoga")
    history = load_workbook(workbook)["History"]
    rows = [[c.value for c in row] for row in history.iter_rows(min_row=2)]
    assert [(r[1], r[2], r[5], r[6], r[7]) for r in rows] == [
        ("grant", 10, "Bought 10-session pass", "Olivia Owner", 10),
        ("adjustment", 2, "Class cancelled", "Olivia Owner", 12),
    ]

    statement = svc.credits.export_statement(maria, tmp_path / "maria.pdf", "Lotus Yoga")
    text = pdf_text(statement)
    assert "Lotus Yoga" in text
    assert "Maria Lopez" in text
    assert "Class cancelled" in text
    assert pdf_fonts(statement) <= {
        "DejaVuSansCondensed",
        "DejaVuSansCondensed-Bold",
        "DejaVuSansCondensed-Oblique",
    }
