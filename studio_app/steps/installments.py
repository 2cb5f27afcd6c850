"""Installment records inside the caller's unit of work (SPEC §6): the first one written at sale,
the next one on every renewal (by staff or by the automatic catch-up), never overwriting an
earlier one. A membership's ``ends_on`` is the last day of its latest installment (lengthened by
holds)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cache
from typing import NamedTuple

from sqlalchemy import bindparam, case, func, select
from sqlalchemy.orm import Session, aliased

from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import ValidationError
from studio_app.domain.installments import (
    Numbering,
    Span,
    extended_automatically,
    first_amount,
    installment_text,
    last_installment,
    next_numbering,
    renewal_span,
)
from studio_app.domain.plans import PlanKind
from studio_app.domain.restrictions import range_text
from studio_app.models import Installment, Member, Membership
from studio_app.runtime.context import ServiceContext
from studio_app.steps.records import streamed_rows


def write_first(s: Session, ctx: ServiceContext, m: Membership) -> Installment:
    """Installment 1 at sale: due on the first day; prorated with "from the 1st" + prorata (E11).
    Nothing to pay (a plan inside a package, a free plan) counts as paid."""
    span = Span(m.starts_on, m.ends_on)
    amount = first_amount(m.price_cents, span, m.contract_terms)
    return _write(s, ctx, m, Numbering(1), span, amount, automatic=False)


def _write(
    s: Session,
    ctx: ServiceContext,
    m: Membership,
    numbering: Numbering,
    span: Span,
    amount: int,
    *,
    automatic: bool,
) -> Installment:
    installment = Installment(
        membership_id=m.id,
        number=numbering.number,
        round=numbering.round,
        starts_on=span.starts_on,
        ends_on=span.ends_on,
        due_on=span.starts_on,
        amount_cents=amount,
        paid=amount == 0,
        created_at=ctx.clock.utcnow(),
        created_by_id=None if automatic else ctx.acting().staff_id,
    )
    s.add(installment)
    s.flush()
    return installment


def latest(s: Session, membership_id: int) -> Installment | None:
    return s.scalars(
        select(Installment)
        .where(Installment.membership_id == membership_id)
        .order_by(Installment.starts_on.desc())
        .limit(1)
    ).first()


def current(s: Session, membership_id: int, today: date) -> Installment | None:
    """The installment running today: the latest one begun by today, else the first."""
    begun = s.scalars(
        select(Installment)
        .where(Installment.membership_id == membership_id, Installment.starts_on <= today)
        .order_by(Installment.starts_on.desc())
        .limit(1)
    ).first()
    if begun is not None:
        return begun
    return s.scalars(
        select(Installment)
        .where(Installment.membership_id == membership_id)
        .order_by(Installment.starts_on)
        .limit(1)
    ).first()


def newest_round(s: Session, membership_id: int) -> int:
    """The membership's running contract round (1 until auto renewal starts a new one)."""
    query = select(func.max(Installment.round)).where(Installment.membership_id == membership_id)
    return s.scalar(query) or 1


def newest_rounds(s: Session, ids: list[int]) -> dict[int, int]:
    """``newest_round`` of many memberships in one query (lists of thousands of rows)."""
    if not ids:
        return {}
    rows = s.execute(
        select(Installment.membership_id, func.max(Installment.round))
        .where(Installment.membership_id.in_(ids))
        .group_by(Installment.membership_id)
    )
    return {membership_id: newest for membership_id, newest in rows}


#: Installments of some memberships in the order they begin (built once: profiles read it).
_OF_MEMBERSHIPS = (
    select(Installment)
    .where(Installment.membership_id.in_(bindparam("ids", expanding=True)))
    .order_by(Installment.starts_on, Installment.id)
)


def of_memberships(s: Session, ids: Sequence[int]) -> dict[int, list[Installment]]:
    """Every installment of the memberships ``ids``, by membership, in the order they begin
    (a member's profile: a few memberships of a few dozen installments)."""
    found: dict[int, list[Installment]] = {}
    if ids:
        for i in s.scalars(_OF_MEMBERSHIPS, {"ids": list(ids)}):
            found.setdefault(i.membership_id, []).append(i)
    return found


def numbering(installment: Installment) -> Numbering:
    return Numbering(installment.number, installment.round)


def number_text(m: Membership, installment: Installment, newest_round: int) -> str:
    """ "k/N" of one installment of ``m`` (see ``numbered``)."""
    return numbered(
        installment.number,
        installment.round,
        newest_round,
        m.contract_installments,
        m.last_installment,
    )


def numbered(
    number: int, round_: int, newest_round: int, contract: int | None, cancelled_at: int | None
) -> str:
    """ "k/N": N is today's last installment (cancellation, else the contract's) for the
    running round; an earlier contract round ran to the contract's N."""
    if round_ < newest_round:
        return installment_text(number, contract)
    return installment_text(number, cancelled_at if cancelled_at is not None else contract)


def text_of(s: Session, m: Membership, installment: Installment) -> str:
    """ "k/N" of one of the membership's installments as it reads today."""
    return number_text(m, installment, newest_round(s, m.id))


def renewable(m: Membership) -> None:
    """Refuse renewing what does not renew period after period."""
    if m.package_id is not None:
        raise ValidationError(
            f"{m.plan_name} is part of a package: extend the package's plans by selling the "
            "package again.",
            rule="renewal",
        )
    if PlanKind(m.kind) in (PlanKind.SESSION_PASS, PlanKind.PACKAGE):
        raise ValidationError(
            f"{m.plan_name} is a {PlanKind(m.kind).label.lower()}: sell a new one instead of "
            "extending it.",
            rule="renewal",
        )
    if m.cancelled:
        raise ValidationError(
            f"{m.plan_name} was cancelled; it cannot be extended.", rule="renewal"
        )


def next_installment(
    s: Session, m: Membership, purchase_day: date, *, by_staff: bool
) -> tuple[Numbering, Span]:
    """The number and period of the installment that would follow, or a refusal naming why
    none follows (last installment of a cancellation, contract over, maximum end date)."""
    renewable(m)
    previous = latest(s, m.id)
    if previous is None:
        raise ValidationError(f"{m.plan_name} has no installment to follow.", rule="renewal")
    following = next_numbering(
        numbering(previous), m.contract_terms, m.last_installment, by_staff=by_staff
    )
    if following is None:
        last = installment_text(
            previous.number, last_installment(m.contract_terms, m.last_installment)
        )
        why = (
            "the cancellation ends it"
            if m.last_installment is not None
            else "the contract has no auto renewal"
        )
        raise ValidationError(
            f"{m.plan_name} is on its last installment {last}: {why}.", rule="last-installment"
        )
    unit = DurationUnit(m.duration_unit)
    span = renewal_span(
        m.ends_on, purchase_day, m.duration_count, unit, m.contract_terms, m.starts_on.day
    )
    return following, span


def uncapped_end(m: Membership, purchase_day: date) -> date:
    """Where the next period would end without the maximum end date (for the "capped" note)."""
    terms = replace(m.contract_terms, max_end=None)
    unit = DurationUnit(m.duration_unit)
    span = renewal_span(m.ends_on, purchase_day, m.duration_count, unit, terms, m.starts_on.day)
    return span.ends_on


def renew(
    s: Session, ctx: ServiceContext, m: Membership, purchase_day: date, *, automatic: bool
) -> Installment:
    """Write the next installment and move the membership's last day to its end."""
    following, span = next_installment(s, m, purchase_day, by_staff=not automatic)
    installment = _write(s, ctx, m, following, span, m.price_cents, automatic=automatic)
    m.ends_on = span.ends_on
    return installment


def period_text(installment: Installment) -> str:
    return range_text((installment.starts_on, installment.ends_on))


def shift_latest_end(s: Session, m: Membership, old_end: date) -> None:
    """A hold lengthens (or its removal shortens) the membership; the installment that ended on
    the old last day moves with it, so the next period still starts the day after."""
    last = latest(s, m.id)
    if last is not None and last.ends_on == old_end:
        last.ends_on = m.ends_on


class Extension(NamedTuple):
    """What happens when a membership's period ends: what the desk reads, whether the catch-up
    renews it by itself, and whether it carries seed 003's extension notice."""

    text: str
    renews: bool = False
    notice: bool = False


def extension(m: Membership, last: Installment | None, has_card: bool) -> Extension:
    """ "Will be extended automatically" (the notice) for a continuous membership with a card on
    file that is not on its last installment; a contract still running renews without a card
    too; otherwise why it will not renew."""
    if last is None or m.package_id is not None or not m.continuous:
        return Extension("Not continuous: sell or extend at the desk")
    terms = m.contract_terms
    following = next_numbering(numbering(last), terms, m.last_installment, by_staff=False)
    if following is None:
        return Extension("Last installment: it ends")
    if terms.max_end is not None and m.ends_on >= terms.max_end:
        return Extension("Maximum end date reached: it ends")
    if extended_automatically(terms, numbering(last), m.last_installment, has_card):
        return Extension("Will be extended automatically", renews=True, notice=True)
    if terms.installments is not None:
        return Extension("Contract continues: next installment issued automatically", renews=True)
    return Extension("No card on file: extend at the desk")


class OpenInstallment(NamedTuple):
    """An unpaid installment as the front desk and the dues report list it."""

    installment_id: int
    member_id: int
    member_name: str
    plan_name: str
    #: "3/12", or "3" for an open-ended membership (``numbered``).
    numbered: str
    due_on: date
    amount_cents: int
    card_on_file: bool


#: The newest round only changes "k/N" where a cancellation set the last installment
#: (``numbered``), so it is looked up (a correlated subquery) for those memberships alone: looked
#: up for every row, it took longer than the rest of the due list's query.
_later = aliased(Installment)
_NEWEST_ROUND_IF_CANCELLED = case(
    (Membership.last_installment.is_(None), None),
    else_=select(func.max(_later.round))
    .where(_later.membership_id == Membership.id)
    .scalar_subquery(),
)
#: The unpaid installments due by ``due_by`` (built once: the desk opens the list all day).
_OPEN = (
    select(
        Installment.id,
        Member.id,
        Member.first_name,
        Member.last_name,
        Membership.plan_name,
        Installment.number,
        Installment.round,
        _NEWEST_ROUND_IF_CANCELLED,
        Membership.contract_installments,
        Membership.last_installment,
        Installment.due_on,
        Installment.amount_cents,
        Member.card_on_file,
    )
    .join(Membership, Installment.membership_id == Membership.id)
    .join(Member, Membership.member_id == Member.id)
    .where(
        Installment.paid.is_(False),
        Installment.due_on <= bindparam("due_by"),
        Membership.cancelled.is_(False),
    )
    .order_by(Installment.due_on, Member.last_name, Member.first_name, Installment.id)
)


def open_installments(s: Session, due_by: date) -> list[OpenInstallment]:
    """Every unpaid installment of a membership not cancelled, due on or before ``due_by``:
    oldest due first, then by member (last, first name). Plain columns in one query (the list
    holds thousands of rows at a large studio)."""
    rows = streamed_rows(s, _OPEN, {"due_by": due_by})
    text = cache(numbered)  # thousands of rows share a few dozen "k/N"
    return [
        OpenInstallment(
            installment_id,
            member_id,
            f"{first} {last}".strip(),
            plan,
            text(number, round_, newest or 1, contract, last_one),
            due_on,
            amount,
            bool(card),
        )
        for (
            installment_id,
            member_id,
            first,
            last,
            plan,
            number,
            round_,
            newest,
            contract,
            last_one,
            due_on,
            amount,
            card,
        ) in rows
    ]
