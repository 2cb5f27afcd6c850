"""Writing an accepted import preview inside the import's one unit of work.

A new row becomes a member; an "update" row fills the member's details from the row's non-empty
cells (an empty cell keeps what is on file). A balance becomes a membership of the mapped plan
from the import day to its "valid until" day, with the plan's terms and attendance rules, an
installment 1 of nothing to pay (it was paid in the other system), and, for sessions or credits
left, one credit lot whose ledger grant names the file ("Imported from clients.csv"), so
``studio-app check`` proves the balance like any other. The plan's credit schedule is not
copied: the imported lot is what the member has; new credits come with the next sale.
Every member and membership written is in the user log with the staff member and the file.

Rows go in as bulk INSERTs (ids returned in order), so 20,000 members take seconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from studio_app.domain.durations import DurationUnit
from studio_app.domain.formats import range_text
from studio_app.domain.installments import first_span
from studio_app.domain.plans import PlanKind
from studio_app.exchange.preview import BalanceRecord, MemberRecord, PreviewRow, RowAction
from studio_app.models import (
    AuditEntry,
    CreditLot,
    Installment,
    LedgerEntry,
    LedgerKind,
    LotSource,
    Member,
    Membership,
    MembershipRestriction,
    Plan,
    PlanRestriction,
)
from studio_app.models.member import search_text_of
from studio_app.models.restrictions import restriction_columns
from studio_app.runtime.context import ServiceContext

#: Rows written per statement batch: large enough to keep 20,000 rows fast.
BATCH = 2000


@dataclass(frozen=True)
class _Stamp:
    """Who writes, when, and from which file: the same on every row of one import."""

    staff_id: int
    now: datetime
    today: date
    file_name: str


def write_rows(
    s: Session, ctx: ServiceContext, rows: Sequence[PreviewRow], file_name: str
) -> tuple[int, int, int]:
    """Write the NEW and UPDATE rows and every balance (further balances of a member go to the
    member of their first line); returns (members created, members updated, balances)."""
    stamp = _Stamp(ctx.acting().staff_id, ctx.clock.utcnow(), ctx.clock.today(), file_name)
    new = [r for r in rows if r.action is RowAction.NEW and r.member is not None]
    updates = [r for r in rows if r.action is RowAction.UPDATE and r.member is not None]
    plans = {p.id: p for p in s.scalars(select(Plan))}
    sold: list[tuple[int, BalanceRecord]] = []
    logs: list[dict[str, Any]] = []
    member_at: dict[int, int] = {}  # file line → member id, for further balances
    for start in range(0, len(new), BATCH):
        batch = new[start : start + BATCH]
        ids = _insert_members(s, [r.member for r in batch if r.member], stamp)
        for row, member_id in zip(batch, ids, strict=True):
            member_at[row.line] = member_id
            logs.append(_log(stamp, member_id, f"Member imported from {file_name}"))
    for row in updates:
        member = s.get(Member, row.existing_id) if row.existing_id is not None else None
        if member is None or row.member is None:
            continue
        member_at[row.line] = member.id
        _fill(member, row.member)
        logs.append(_log(stamp, member.id, f"Member details updated from {file_name}"))
    for row in rows:
        owner = member_at.get(row.same_as if row.action is RowAction.BALANCE else row.line)
        if row.balance is not None and owner is not None:
            sold.append((owner, row.balance))
    s.flush()
    _bulk(s, AuditEntry, logs)
    for start in range(0, len(sold), BATCH):
        _write_balances(s, sold[start : start + BATCH], plans, stamp)
    return len(new), len(updates), len(sold)


def _bulk(s: Session, model: type[Any], rows: list[dict[str, Any]]) -> None:
    if rows:
        s.execute(insert(model), rows)


def _insert_returning(s: Session, model: type[Any], rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` and return their new ids in the same order."""
    if not rows:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(s.scalars(statement, rows))


def _insert_members(s: Session, records: list[MemberRecord], stamp: _Stamp) -> list[int]:
    return _insert_returning(
        s,
        Member,
        [
            {
                "first_name": r.first_name,
                "last_name": r.last_name,
                "email": r.email,
                "phone": r.phone,
                "birth_date": r.birth_date,
                "notes": r.notes,
                "card_code": r.card_code or None,
                "card_on_file": "",
                "status": "active",
                "search_text": search_text_of(
                    r.first_name, r.last_name, r.email, r.phone, r.card_code
                ),
                "created_at": stamp.now,
                "created_by_id": stamp.staff_id,
            }
            for r in records
        ],
    )


def _fill(member: Member, record: MemberRecord) -> None:
    """An update takes the row's non-empty cells; an empty cell keeps what is on file."""
    member.first_name = record.first_name or member.first_name
    member.last_name = record.last_name or member.last_name
    member.email = record.email or member.email
    member.phone = record.phone or member.phone
    member.birth_date = record.birth_date or member.birth_date
    member.card_code = record.card_code or member.card_code
    if record.notes and record.notes not in member.notes:
        member.notes = f"{member.notes}\n{record.notes}".strip()
    member.refresh_search_text()


def restrictions_of(s: Session, plan_ids: set[int]) -> dict[int, list[PlanRestriction]]:
    """The attendance restrictions of each plan, read once for the whole import."""
    found: dict[int, list[PlanRestriction]] = {}
    if plan_ids:
        for rule in s.scalars(
            select(PlanRestriction)
            .where(PlanRestriction.plan_id.in_(plan_ids))
            .order_by(PlanRestriction.plan_id, PlanRestriction.position)
        ):
            found.setdefault(rule.plan_id, []).append(rule)
    return found


def _write_balances(
    s: Session,
    sold: Sequence[tuple[int, BalanceRecord]],
    plans: dict[int, Plan],
    stamp: _Stamp,
) -> None:
    """Each balance as a membership with its installment 1, restrictions, lot and grant."""
    terms = [_membership(member_id, plans[b.plan_id], b, stamp) for member_id, b in sold]
    ids = _insert_returning(s, Membership, terms)
    rules = restrictions_of(s, {b.plan_id for _member, b in sold})
    restrictions: list[dict[str, Any]] = []
    installments: list[dict[str, Any]] = []
    lots: list[dict[str, Any]] = []
    for membership_id, row, (_member, balance) in zip(ids, terms, sold, strict=True):
        plan = plans[balance.plan_id]
        restrictions += [
            {"membership_id": membership_id, "position": r.position}
            | restriction_columns(r.restriction)
            for r in rules.get(plan.id, ())
        ]
        installments.append(_paid_elsewhere(membership_id, row, stamp))
        if balance.remaining:
            lots.append(
                {
                    "membership_id": membership_id,
                    "member_id": row["member_id"],
                    "grant_id": None,
                    "source": LotSource.IMPORT.value,
                    "category": balance.category or plan.credit_category,
                    "amount": balance.remaining,
                    "issued_on": stamp.today,
                    "valid_from": stamp.today,
                    "expires_on": row["ends_on"],
                    "remaining": balance.remaining,
                }
            )
    _bulk(s, MembershipRestriction, restrictions)
    _bulk(s, Installment, installments)
    lot_ids = _insert_returning(s, CreditLot, lots)
    reason = f"Imported from {stamp.file_name}"
    _bulk(
        s,
        LedgerEntry,
        [
            {
                "lot_id": lot_id,
                "member_id": lot["member_id"],
                "kind": LedgerKind.GRANT.value,
                "amount": lot["amount"],
                "booking_id": None,
                "reason": reason,
                "staff_id": stamp.staff_id,
                "created_at": stamp.now,
            }
            for lot_id, lot in zip(lot_ids, lots, strict=True)
        ],
    )
    left = {lot["membership_id"]: lot["amount"] for lot in lots}
    logs = [_balance_log(stamp, i, row, left.get(i)) for i, row in zip(ids, terms, strict=True)]
    _bulk(s, AuditEntry, logs)


def _balance_log(
    stamp: _Stamp, membership_id: int, row: dict[str, Any], entries: int | None
) -> dict[str, Any]:
    what = f", {entries} left" if entries is not None else ""
    action = (
        f"Imported {row['plan_name']} from {stamp.file_name}{what}, valid "
        f"{range_text(row['starts_on'], row['ends_on'])}"
    )
    return _log(stamp, row["member_id"], action, membership_id, entries)


def _membership(
    member_id: int, plan: Plan, balance: BalanceRecord, stamp: _Stamp
) -> dict[str, Any]:
    """The imported balance as a membership from the import day to its "valid until" day (or
    the plan's first period when the file gives none), with the plan's terms as sold."""
    ends_on = (
        balance.valid_until
        or first_span(
            stamp.today, plan.duration_count, DurationUnit(plan.duration_unit), plan.contract_terms
        ).ends_on
    )
    own = balance.category in (None, plan.credit_category)
    counts = PlanKind(plan.kind) is not PlanKind.TIME_BASED and own
    terms = Membership(
        member_id=member_id,
        plan_id=plan.id,
        plan_name=plan.name,
        kind=plan.kind,
        credit_category=plan.credit_category,
        price_cents=plan.price_cents,
        starts_on=stamp.today,
        ends_on=ends_on,
        entries_total=balance.remaining if counts else None,
        duration_count=plan.duration_count,
        duration_unit=plan.duration_unit,
        package_id=None,
        cancelled=False,
        last_installment=None,
        sold_at=stamp.now,
        sold_by_id=stamp.staff_id,
    )
    terms.hold_policy = plan.hold_policy
    terms.contract_terms = plan.contract_terms
    values = {c.key: getattr(terms, c.key) for c in Membership.__mapper__.column_attrs}
    # A column left unset keeps its default (never an explicit NULL over it).
    return {
        key: value
        for key, value in values.items()
        if key != "id" and (value is not None or Membership.__table__.c[key].default is None)
    }


def _paid_elsewhere(membership_id: int, row: dict[str, Any], stamp: _Stamp) -> dict[str, Any]:
    """Installment 1 of an imported membership: paid in the other system, nothing due here;
    a continuous membership renews from its end at the plan's price."""
    return {
        "membership_id": membership_id,
        "number": 1,
        "round": 1,
        "starts_on": row["starts_on"],
        "ends_on": row["ends_on"],
        "due_on": row["starts_on"],
        "amount_cents": 0,
        "paid": True,
        "paid_before_tracking": False,
        "created_at": stamp.now,
        "created_by_id": stamp.staff_id,
    }


def _log(
    stamp: _Stamp,
    member_id: int,
    action: str,
    membership_id: int | None = None,
    entries_after: int | None = None,
) -> dict[str, Any]:
    return {
        "at": stamp.now,
        "staff_id": stamp.staff_id,
        "member_id": member_id,
        "membership_id": membership_id,
        "action": action,
        "entries_after": entries_after,
    }
