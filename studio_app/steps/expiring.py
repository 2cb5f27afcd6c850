"""Memberships ending in a range and what happens at their end (SPEC §6, seed 003): the front
desk's "expiring in the next days" list and the expiring report read them the same way.

Every membership whose last day (``ends_on``) falls in the range, not cancelled and not part
of a package (a package's plans end with the package), soonest first, then by member name;
with its latest installment "k/N" and what happens at its end (``installments.extension``).
One query of plain columns: a month at a 20,000-member studio is thousands of rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, aliased

from studio_app.dto.report_billing import Outcome
from studio_app.models import Installment, Member, Membership
from studio_app.steps import installments
from studio_app.steps.records import streamed_rows


class EndingMembership(NamedTuple):
    """A membership ending in the range, as the desk and the report list it."""

    membership_id: int
    member_id: int
    member_name: str
    plan_name: str
    #: "3/12" (the latest installment), "" when there is none.
    installment: str
    ends_on: date
    #: What happens at the end: "Will be extended automatically", "Last installment: it ends"…
    ending: str
    outcome: Outcome
    #: Whether it carries seed 003's "will be extended automatically" notice.
    notice: bool
    price_cents: int


class _Ending(NamedTuple):
    installment: str
    text: str
    outcome: Outcome
    notice: bool


#: What ``extension`` reads of a membership and of its latest installment, in this order.
_TERMS = (
    Membership.continuous,
    Membership.from_first,
    Membership.prorata,
    Membership.contract_installments,
    Membership.auto_renew,
    Membership.max_end_on,
    Membership.loyalty_discount_cents,
    Membership.last_installment,
)
#: The latest installment of the membership in the row (the one begun last): a correlated
#: subquery over the installments' (membership, start) index. Measured on SQLite against a
#: window function and a GROUP BY join, both of which read every installment: it is the fastest.
_newer = aliased(Installment)
_LATEST_START = (
    select(func.max(_newer.starts_on))
    .where(_newer.membership_id == Membership.id)
    .scalar_subquery()
)
#: The memberships ending from ``first`` to ``last`` with their latest installment (built once):
#: eight columns of the membership and its member, then what ``_endings`` reads.
_ENDING = (
    select(
        Membership.id,
        Member.id,
        Member.first_name,
        Member.last_name,
        Member.card_on_file,
        Membership.plan_name,
        Membership.price_cents,
        Membership.ends_on,
        Installment.number,
        Installment.round,
        *_TERMS,
    )
    .join(Member, Membership.member_id == Member.id)
    .outerjoin(
        Installment,
        (Installment.membership_id == Membership.id) & (Installment.starts_on == _LATEST_START),
    )
    .where(
        Membership.ends_on >= bindparam("first"),
        Membership.ends_on <= bindparam("last"),
        Membership.cancelled.is_(False),
        Membership.package_id.is_(None),
    )
    .order_by(Membership.ends_on, Member.last_name, Member.first_name, Membership.id)
)
#: Where the maximum end date is in a row of ``_ENDING``.
_MAX_END = 10 + [c.key for c in _TERMS].index("max_end_on")


def ending_between(s: Session, first: date, last: date) -> Iterator[EndingMembership]:
    """The memberships whose last day is ``first`` to ``last`` (both included), soonest
    first, then by member name, one at a time."""
    ending = _endings()
    for row in streamed_rows(s, _ENDING, {"first": first, "last": last}):
        membership_id, member_id, first_name, last_name, card, plan, price, ends_on = row[:8]
        max_end = row[_MAX_END]
        shown, text, outcome, notice = ending(
            row[8:], bool(card), max_end is not None and ends_on >= max_end
        )
        yield EndingMembership(
            membership_id,
            member_id,
            f"{first_name} {last_name}".strip(),
            plan,
            shown,
            ends_on,
            text,
            outcome,
            notice,
            price,
        )


def _endings() -> Callable[[tuple[Any, ...], bool, bool], _Ending]:
    """How a membership ends, from the plain columns it is read with (its latest
    installment's number and round, then ``_TERMS``), whether the member has a card on file
    and whether its last day is on or after its maximum end date: "k/N" of the latest
    installment ("" without one), what happens at its end (``installments.extension``), how
    the report counts it and whether it carries the notice. Extended when it renews; "no
    card" when it would renew if the member had a card on file; otherwise it ends.

    Thousands of memberships share a few combinations of terms, so each combination is
    worked out once, on an unsaved copy of the membership and its latest installment. The
    last day counts only against the maximum end date, so memberships that differ only in
    their last day (on the same side of it) share one combination."""

    @cache
    def ending(latest: tuple[Any, ...], has_card: bool, ended: bool) -> _Ending:
        number, round_, *terms = latest
        columns = dict(zip((c.key for c in _TERMS), terms, strict=True))
        # "k/N" of the latest installment, which is of the newest round: rounds only go up.
        shown = (
            ""
            if number is None
            else installments.numbered(
                number,
                round_,
                round_,
                columns["contract_installments"],
                columns["last_installment"],
            )
        )
        # A last day on the maximum end date or after it, or one well before it.
        ends_on = columns["max_end_on"] if ended else date.min
        m = Membership(package_id=None, ends_on=ends_on, **columns)
        last = None if number is None else Installment(number=number, round=round_)
        result = installments.extension(m, last, has_card)
        if result.renews:
            outcome = Outcome.EXTENDED
        elif not has_card and installments.extension(m, last, True).renews:
            outcome = Outcome.NO_CARD
        else:
            outcome = Outcome.ENDS
        return _Ending(shown, result.text, outcome, result.notice)

    return ending
