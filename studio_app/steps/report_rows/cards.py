"""The member cards report (SPEC §7) and what printing cards needs: card codes for members
without one, and which cards were printed.

Rules:

- Whose cards print: the chosen members (``member_ids``) in the order given, or, when none are
  chosen, every active member whose card was never printed, by last name, then first name.
- A member without a card code gets no card: the report is refused, saying how many have no
  code, until they are given codes (``assign_codes``, offered by the Reports page). A code
  typed by staff that a card cannot carry as a barcode (domain/card_codes.py) is refused too,
  naming the members. Nobody to print is a refusal as well.
- ``assign_codes`` gives each of those members without a code a new unique code (9 digits with
  a check digit), never one another member holds, logged in each member's user log.
- ``mark_printed`` records that the cards of those members with a code were printed now, so
  the next "cards not printed yet" leaves them out; logged per member.

``missing_codes``, ``assign_codes`` and ``mark_printed`` run inside the caller's unit of work
(services/reports.py opens and commits it).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from studio_app.domain.card_codes import MAX_PRINTED_LENGTH, new_code, printable_on_card
from studio_app.domain.errors import NotFound, ValidationError
from studio_app.dto.report_cards import MemberCard, MemberCards
from studio_app.dto.reports import ReportHeader, ReportRequest
from studio_app.models import Member, MemberStatus
from studio_app.reports.member_cards import write_member_cards
from studio_app.reports.pdf_common import Progress
from studio_app.runtime.context import ServiceContext
from studio_app.steps.records import audit
from studio_app.steps.report_rows.builder import ReportBuilder

#: Ids per IN (…) list: well under every database's limit on bound parameters.
_CHUNK = 500
#: How many members a refusal names before "and N more".
_NAMED = 3


def _chunks(values: tuple[Any, ...]) -> Iterator[tuple[Any, ...]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _not_printed() -> ColumnElement[bool]:
    """Active members whose card was never printed: the cards printed when none are chosen."""
    return (Member.status == MemberStatus.ACTIVE.value) & Member.card_printed_at.is_(None)


def _chosen(s: Session, query: Select[Any], member_ids: tuple[int, ...]) -> list[Any]:
    """``query``'s rows for the chosen members, in the order chosen (the first column is the
    member's id); a member that does not exist is refused."""
    found: dict[int, Any] = {}
    for chunk in _chunks(member_ids):
        found.update((row[0], row) for row in s.execute(query.where(Member.id.in_(chunk))))
    missing = [member_id for member_id in member_ids if member_id not in found]
    if missing:
        raise NotFound(
            f"Member #{missing[0]} does not exist (it may have been deleted at another desk)."
        )
    return [found[member_id] for member_id in member_ids]


def _rows(s: Session, query: Select[Any], member_ids: tuple[int, ...]) -> list[Any]:
    """``query``'s rows for the members whose cards print (the Rules above)."""
    if member_ids:
        return _chosen(s, query, member_ids)
    return list(
        s.execute(
            query.where(_not_printed()).order_by(Member.last_name, Member.first_name, Member.id)
        )
    )


def _members(s: Session, member_ids: tuple[int, ...], *, coded: bool) -> list[Member]:
    """The members whose cards print that have a card code (``coded``) or have none, as
    entities to change."""
    if member_ids:
        chosen = [row[1] for row in _chosen(s, select(Member.id, Member), member_ids)]
        return [m for m in chosen if (m.card_code is not None) == coded]
    has_code = Member.card_code.is_not(None) if coded else Member.card_code.is_(None)
    return list(s.scalars(select(Member).where(_not_printed(), has_code).order_by(Member.id)))


def _names(members: Iterable[Any]) -> str:
    """Who a refusal is about: "Ann Lee, Bo Kim, Cy Ng and 4 more"."""
    names = [f"{m.first_name} {m.last_name}".strip() for m in members]
    shown = ", ".join(names[:_NAMED])
    return f"{shown} and {len(names) - _NAMED} more" if len(names) > _NAMED else shown


def _gather(s: Session, request: ReportRequest, _now: datetime) -> MemberCards:
    """The cards to print; refused when there are none, when a member has no card code, and
    when a code cannot be printed as a barcode."""
    query = select(Member.id, Member.first_name, Member.last_name, Member.card_code)
    rows = _rows(s, query, request.member_ids)
    if not rows:
        raise ValidationError(
            "There are no member cards to print: every active member's card has been printed. "
            "Choose the members whose cards to print again."
        )
    without = [row for row in rows if row.card_code is None]
    if without:
        who = (
            f"{len(without):,} of the {len(rows):,} members whose cards would print"
            if len(rows) > 1
            else _names(without)
        )
        raise ValidationError(
            f"{who} {'has' if len(without) == 1 else 'have'} no card code: give card codes "
            "first (the Reports page offers it)."
        )
    unprintable = [row for row in rows if not printable_on_card(row.card_code)]
    if unprintable:
        raise ValidationError(
            f"The card code of {_names(unprintable)} cannot be printed as a barcode: a card "
            f"carries at most {MAX_PRINTED_LENGTH} letters, digits or signs without accents. "
            "Change the code in the member's details."
        )
    return MemberCards(
        tuple(
            MemberCard(f"{row.first_name} {row.last_name}".strip(), row.card_code) for row in rows
        )
    )


def _pdf(cards: MemberCards, header: ReportHeader, out: Path, progress: Progress | None) -> Path:
    return write_member_cards(header.studio_name, cards, out, paper=header.paper, progress=progress)


CARDS = ReportBuilder(_gather, _pdf)


def missing_codes(s: Session, member_ids: tuple[int, ...]) -> int:
    """How many of the members whose cards would print have no card code."""
    if member_ids:
        rows = _chosen(s, select(Member.id, Member.card_code), member_ids)
        return sum(1 for row in rows if row.card_code is None)
    without = select(func.count()).where(_not_printed(), Member.card_code.is_(None))
    return s.scalar(without) or 0


def _unused_codes(s: Session, count: int) -> list[str]:
    """``count`` new codes, different from each other and from every code in the table (read
    in this transaction, under the writer lock); a code drawn twice is drawn again."""
    codes: set[str] = set()
    while len(codes) < count:
        drawn = tuple({new_code() for _ in range(count - len(codes))} - codes)
        taken: set[str] = set()
        for chunk in _chunks(drawn):
            taken.update(s.scalars(select(Member.card_code).where(Member.card_code.in_(chunk))))
        codes.update(code for code in drawn if code not in taken)
    return sorted(codes)


def assign_codes(s: Session, ctx: ServiceContext, member_ids: tuple[int, ...]) -> int:
    """Give each member whose card would print and who has no card code a new unique code,
    logged in the member's user log; how many were given."""
    members = _members(s, member_ids, coded=False)
    for member, code in zip(members, _unused_codes(s, len(members)), strict=True):
        member.card_code = code
        member.refresh_search_text()
        audit(
            s, ctx, action=f"Card code {code} given for printing a member card", member_id=member.id
        )
    return len(members)


def mark_printed(s: Session, ctx: ServiceContext, member_ids: tuple[int, ...]) -> int:
    """Record that the cards of those members (with a card code) were printed now; logged per
    member; how many were marked."""
    now = ctx.clock.utcnow()
    members = _members(s, member_ids, coded=True)
    for member in members:
        member.card_printed_at = now
        audit(s, ctx, action=f"Member card printed (code {member.card_code})", member_id=member.id)
    return len(members)
