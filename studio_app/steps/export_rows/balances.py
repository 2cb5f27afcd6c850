"""The "Members and balances" table of an export: what each member has left today, in the shape
the member import reads back (SPEC §8: a studio can move its members out and in again).

One row per member and running balance: a time-based membership running today, or the credits
left (not expired) on a membership, per credit category; a member with no balance has one row
with the balance cells empty. The headers are the ones the import recognises ("Plan",
"Credit category", "Credits left", "Valid until"), and a member's further rows repeat the
member's name and card code, so the import adds them as further balances of that member. The
credit category is written only when it is not the plan's own (e.g. personal-training credits
that came with a time-based plan). Packages are left out: the plans inside them carry the
balances.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, and_, case, exists, func, or_, select
from sqlalchemy.orm import aliased

from studio_app.domain.plans import PlanKind
from studio_app.exchange.reading import MEMBERS_AND_BALANCES
from studio_app.models import CreditLot, Member, Membership
from studio_app.steps.export_rows.tables import DATE, INTEGER, TEXT, ExportTable, Field

BALANCES_NAME = MEMBERS_AND_BALANCES  # the sheet the import reads from our own workbook


def balances_table(today: date) -> ExportTable:
    """The table of what every member has left on ``today``."""
    running = aliased(Membership, name="running")
    lots = aliased(CreditLot, name="lots")
    usable = and_(lots.remaining > 0, lots.expires_on >= today)
    left = (
        select(
            lots.membership_id,
            lots.category,
            func.sum(lots.remaining).label("credits"),
            func.max(lots.expires_on).label("until"),
        )
        .where(usable)
        .group_by(lots.membership_id, lots.category)
        .subquery("left_over")
    )
    has_credits = exists().where(
        CreditLot.membership_id == running.id,
        CreditLot.remaining > 0,
        CreditLot.expires_on >= today,
    )
    holds_something = and_(
        running.member_id == Member.id,
        running.ends_on >= today,
        running.kind != PlanKind.PACKAGE.value,
        or_(running.kind == PlanKind.TIME_BASED.value, has_credits),
    )

    def source(query: Select[Any]) -> Select[Any]:
        return (
            query.select_from(Member)
            .outerjoin(running, holds_something)
            .outerjoin(left, left.c.membership_id == running.id)
        )

    fields = (
        Field("Member id", INTEGER, Member.id),
        Field("First name", TEXT, Member.first_name),
        Field("Last name", TEXT, Member.last_name),
        Field("Email", TEXT, Member.email),
        Field("Phone", TEXT, Member.phone),
        Field("Birth date", DATE, Member.birth_date),
        Field("Card code", TEXT, Member.card_code),
        Field("Notes", TEXT, Member.notes),
        Field("Plan", TEXT, running.plan_name),
        Field(
            "Credit category",
            TEXT,
            case((left.c.category == running.credit_category, None), else_=left.c.category),
        ),
        Field("Credits left", INTEGER, left.c.credits),
        Field("Valid until", DATE, func.coalesce(left.c.until, running.ends_on)),
    )
    return ExportTable(BALANCES_NAME, fields, source, (Member.id, running.id, left.c.category))
