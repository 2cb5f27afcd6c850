"""What a sign-up would charge, seen before it is done (the attendance panel's name suggestions).

Decided by the sign-up's own rules, never a copy of them: the class's terms
(``booking_ops.session_terms``), each membership as the booking rules see it
(``payers.candidates_by_member``, which ``payers.payer_candidates`` runs for one member) and the
same choice (``choose_payer``: among the memberships that can pay, the one expiring first). When
none can pay, every membership's reason is given, as the refused sign-up lists them
(``refusal_reason``). Works inside the caller's read unit of work, with the same few queries for
a whole list of members.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from studio_app.domain.booking_rules import (
    Payer,
    PayerCandidate,
    SessionTerms,
    choose_payer,
    refusal_reason,
)
from studio_app.domain.errors import NoPayingMembership
from studio_app.domain.formats import day_text
from studio_app.dto.attendance import PayerPreview
from studio_app.steps import payers

#: The refusal of a member who holds no membership at all.
NO_MEMBERSHIP = "no membership"


def until_text(ends_on: date, class_start: datetime) -> str:
    """ "until 31 Dec" for a time-based membership, with the year when it is not the class's."""
    return f"until {day_text(ends_on, year=ends_on.year != class_start.year)}"


def payer_text(payer: Payer, terms: SessionTerms, class_start: datetime) -> str:
    """ "10-class pass, 4 left" (credits of the class's category left now) or, for a
    time-based membership, "Monthly unlimited, until 31 Dec"."""
    candidate = payer.candidate
    if payer.lot is None:
        return f"{candidate.plan_name}, {until_text(candidate.ends_on, class_start)}"
    return f"{candidate.plan_name}, {candidate.left(terms.category)} left"


def previews(
    s: Session, terms: SessionTerms, class_start: datetime, member_ids: list[int], today: date
) -> dict[int, PayerPreview]:
    """For each member, in order, the membership that would pay in the class of ``terms`` if
    signed up ``today``, or why none can (the same few queries for all of them)."""
    found = payers.candidates_by_member(s, member_ids, today, paid_periods=terms.paid_period_only)
    return {m: _preview(m, found.get(m, []), terms, class_start) for m in member_ids}


def _preview(
    member_id: int, candidates: list[PayerCandidate], terms: SessionTerms, class_start: datetime
) -> PayerPreview:
    try:
        payer = choose_payer(candidates, terms, member_name="")
    except NoPayingMembership:
        reasons = [reason for c in candidates if (reason := refusal_reason(c, terms))]
        return PayerPreview(member_id, refusal="; ".join(reasons) or NO_MEMBERSHIP)
    return PayerPreview(member_id, payer=payer_text(payer, terms, class_start))
