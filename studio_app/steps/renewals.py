"""Automatic renewal, run by the daily catch-up (SPEC §6, E12): a continuous membership whose
last period has ended gets its next installment when it renews by itself, i.e. when a contract
is still running (or renews to 1/N with auto renewal) or when a card is on file. The next
period starts the day after the previous end, so a catch-up after days offline issues every
missed period, and a second run the same day finds nothing to do.

The catch-up reads which memberships are due (``due_renewals``, in a read unit of work) and
renews them a few at a time (``renew_due``, in short write units), each one checked again
inside the write unit, so a membership renewed meanwhile (by another desk's catch-up) is not
renewed twice."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from studio_app.domain.errors import DomainError
from studio_app.domain.formats import day_text
from studio_app.models import Member, Membership
from studio_app.runtime.context import ServiceContext
from studio_app.steps import installments
from studio_app.steps.records import audit
from studio_app.steps.studio_settings import money_format


def _due(today: date) -> tuple[ColumnElement[bool], ...]:
    """A continuous membership that renews by itself and whose last period ended before
    ``today``, short of its maximum end date. Only a contract or a card on file renews by
    itself: lapsed open-ended memberships without a card are not read again every day."""
    return (
        Membership.continuous.is_(True),
        Membership.cancelled.is_(False),
        Membership.package_id.is_(None),
        Membership.ends_on < today,
        or_(Membership.max_end_on.is_(None), Membership.ends_on < Membership.max_end_on),
        or_(Membership.contract_installments.is_not(None), Member.card_on_file != ""),
    )


def due_renewals(s: Session, today: date) -> list[int]:
    """Ids of the memberships that may have installments due by ``today``, in id order."""
    return list(
        s.scalars(
            select(Membership.id)
            .join(Member, Membership.member_id == Member.id)
            .where(*_due(today))
            .order_by(Membership.id)
        )
    )


def renew_due(
    s: Session, ctx: ServiceContext, today: date, membership_ids: Sequence[int]
) -> Iterator[tuple[int, int]]:
    """Write every installment due by ``today`` for those of ``membership_ids`` that are still
    due (checked again here, in the caller's write unit), one membership after another in id
    order; after each, yields its id and how many installments were written."""
    due = s.execute(
        select(Membership, Member.card_on_file)
        .join(Member, Membership.member_id == Member.id)
        .where(Membership.id.in_(membership_ids), *_due(today))
        .order_by(Membership.id)
    ).all()
    money = money_format(s)
    for m, card in due:
        written = 0
        while m.ends_on < today:
            if not installments.extension(m, installments.latest(s, m.id), bool(card)).renews:
                break
            try:
                installment = installments.renew(s, ctx, m, today, automatic=True)
            except DomainError:
                break  # the maximum end date stops it: the membership ends
            written += 1
            text = installments.number_text(m, installment, installment.round)
            audit(
                s,
                ctx,
                member_id=m.member_id,
                membership_id=m.id,
                action=f"Renewed {m.plan_name} automatically: installment {text}, "
                f"{installments.period_text(installment)}, "
                f"{money.text(installment.amount_cents)} due {day_text(installment.due_on)}",
                automatic=True,
            )
        yield m.id, written
