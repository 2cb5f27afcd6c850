"""Contracts and payments on the 20,000-member demo (SPEC §6): the front desk's lists, a
member's installments tab and paying an installment. The desk opens these all day, so they
should feel instant: under 100 ms, and under 200 ms for the expiring list, which reads each
membership's terms to say whether it renews by itself (about 1,300 memberships end within a week
at this size). Figures are medians, printed with -s beside the baseline of the same run: raw
sqlite3 reading the same rows, or doing the same writes, on the same file (baselines.py)."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from sqlalchemy import select

from studio_app.container import Services
from studio_app.domain.payments import PaymentMethod
from studio_app.dto.billing import PaymentInput
from studio_app.models import Installment, Membership
from tests.benchmarks.baselines import (
    Statement,
    in_blocks,
    ratio_line,
    raw_sqlite,
    versus_raw_read,
)
from tests.benchmarks.conftest import BENCH_NOW

TODAY = BENCH_NOW.date()
SETTINGS: Statement = ("SELECT * FROM studio_settings WHERE id = 1", ())
#: What each list and tab reads, as plain SQL: the rows, each membership's newest installment
#: round (for "3/12"), and on the expiring list the latest installment (whether it renews).
NEWEST_ROUND = "(SELECT max(r.round) FROM installments r WHERE r.membership_id = m.id)"
DUE: Statement = (
    f"SELECT i.id, p.id, p.first_name, p.last_name, m.plan_name, i.number, i.round, {NEWEST_ROUND},"
    " m.contract_installments, m.last_installment, i.due_on, i.amount_cents, p.card_on_file"
    " FROM installments i JOIN memberships m ON m.id = i.membership_id"
    " JOIN members p ON p.id = m.member_id WHERE i.paid = 0 AND i.due_on <= ? AND m.cancelled = 0"
    " ORDER BY i.due_on, p.last_name, p.first_name, i.id",
    (TODAY.isoformat(),),
)
EXPIRING: Statement = (
    "SELECT m.*, p.id, p.first_name, p.last_name, p.card_on_file, i.number, i.round"
    " FROM memberships m JOIN members p ON p.id = m.member_id"
    " LEFT JOIN installments i ON i.membership_id = m.id AND i.starts_on ="
    " (SELECT max(l.starts_on) FROM installments l WHERE l.membership_id = m.id)"
    " WHERE m.ends_on >= ? AND m.ends_on <= ? AND m.cancelled = 0 AND m.package_id IS NULL"
    " ORDER BY m.ends_on, p.last_name, p.first_name, m.id",
    (TODAY.isoformat(), (TODAY + timedelta(days=6)).isoformat()),
)
TAB_INSTALLMENTS = (
    f"SELECT i.*, m.*, {NEWEST_ROUND}, pay.* FROM installments i"
    " JOIN memberships m ON m.id = i.membership_id"
    " LEFT JOIN payments pay ON pay.installment_id = i.id"
    " WHERE m.member_id = ? ORDER BY i.due_on DESC, i.id DESC"
)
TAB_PAYMENTS = (
    f"SELECT pay.*, s.full_name, i.number, i.round, i.starts_on, i.ends_on, m.plan_name,"
    f" m.contract_installments, m.last_installment, {NEWEST_ROUND} FROM payments pay"
    " JOIN staff s ON s.id = pay.staff_id LEFT JOIN installments i ON i.id = pay.installment_id"
    " LEFT JOIN memberships m ON m.id = i.membership_id"
    " WHERE pay.member_id = ? ORDER BY pay.paid_at DESC, pay.id DESC"
)
#: What paying an installment in cash reads and writes (seen with echo), as plain SQL.
RAW_PAY = (
    "SELECT i.membership_id, i.amount_cents, i.paid, m.member_id, m.plan_name"
    " FROM installments i JOIN memberships m ON m.id = i.membership_id WHERE i.id = ?",
    "INSERT INTO payments (member_id, amount_cents, method, paid_at, staff_id, booking_id,"
    " membership_id, installment_id, discount_cents, discount_kind, product_id, quantity,"
    " provider_reference, note) VALUES (?, ?, 'cash', ?, ?, NULL, ?, ?, 0, 'none', NULL, 1, '', ?)",
    "INSERT INTO audit_entries (at, staff_id, member_id, membership_id, action, entries_after)"
    " VALUES (?, ?, ?, ?, ?, NULL)",
    "UPDATE installments SET paid = 1 WHERE id = ?",
)


def _database(svc: Services) -> str:
    database = svc.ctx.uow.engine.url.database
    assert database, "the baseline reads the demo's SQLite file directly"
    return database


def test_front_desk_lists_and_installments(big_studio: Services) -> None:
    svc = big_studio
    database = _database(svc)
    due, raw_due, (_, due_rows) = versus_raw_read(svc.front_desk.due, database, [SETTINGS, DUE], 10)
    expiring, raw_expiring, (_, expiring_rows) = versus_raw_read(
        lambda: svc.front_desk.expiring(7), database, [SETTINGS, EXPIRING], 10
    )
    with svc.ctx.uow.read() as uow:
        member = uow.session.scalar(
            select(Membership.member_id)
            .join(Installment, Installment.membership_id == Membership.id)
            .where(Membership.contract_installments.is_not(None))
            .limit(1)
        )
    tab, raw_tab, (_, installments, payments) = versus_raw_read(
        lambda: (svc.contracts.installments(member), svc.payments.history(member)),
        database,
        [SETTINGS, (TAB_INSTALLMENTS, (member,)), (TAB_PAYMENTS, (member,))],
        20,
    )
    shown = len(svc.front_desk.due()), len(svc.front_desk.expiring(7))
    print(
        "\n"
        + ratio_line(f"front desk due list ({shown[0]:,} rows)", due, raw_due)
        + "\n"
        + ratio_line(f"front desk expiring list ({shown[1]:,} rows)", expiring, raw_expiring)
        + "\n"
        + ratio_line(
            f"installments tab ({len(installments)} installments, {len(payments)} payments)",
            tab,
            raw_tab,
        )
    )
    assert (len(due_rows), len(expiring_rows)) == shown
    assert len(installments) == len(svc.contracts.installments(member))
    assert len(payments) == len(svc.payments.history(member))
    assert due < 100 and expiring < 200 and tab < 100


def _raw_pay(db: sqlite3.Connection, installment_id: int, staff_id: int) -> None:
    """Pay ``installment_id`` in cash, with its user-log line, in one write transaction."""
    read, payment, log, paid = RAW_PAY
    at = f"{BENCH_NOW:%Y-%m-%d %H:%M:%S.%f}"
    db.execute("BEGIN IMMEDIATE")
    row = db.execute(read, (installment_id,)).fetchone()
    membership_id, amount, was_paid, member_id, plan = row
    assert not was_paid
    note = f"{plan} installment (raw sqlite3)"
    db.execute(payment, (member_id, amount, at, staff_id, membership_id, installment_id, note))
    db.execute(log, (at, staff_id, member_id, membership_id, f"Paid {note}"))
    db.execute(paid, (installment_id,))
    db.execute("COMMIT")


def test_pay_an_installment(big_studio: Services) -> None:
    """Installments due paid in cash, alternating in blocks of 10 with the same reads and
    writes through raw sqlite3 on the next installments due."""
    svc = big_studio
    queue = iter(row.installment_id for row in svc.front_desk.due())
    assert svc.ctx.actor is not None
    staff_id = svc.ctx.actor.staff_id
    with raw_sqlite(_database(svc)) as db:
        median, raw = in_blocks(
            lambda: svc.payments.pay_installment(next(queue), PaymentInput(PaymentMethod.CASH)),
            lambda: _raw_pay(db, next(queue), staff_id),
            runs=20,
        )
    print("\n" + ratio_line("pay an installment", median, raw))
    assert median < 50
