"""The member profile: details, memberships and their holds, bookings (every active signup and
the history) and the user log; the history and the log are read a page at a time, newest first.

Opening a profile is one read unit of work of about ten queries whatever the member's history:
the memberships' credits, holds and installments are read for all of them at once; the
member's bookings are sorted into the two lists from indexes alone and only the rows shown are
read; the log's newest page is read from the end of its (member, time) index, with the number
of lines counted in the same query."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, bindparam, case, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from studio_app.domain.bounds import SEARCH_RESULTS_MAX, check_datetime, check_id, check_int
from studio_app.domain.formats import day_text
from studio_app.dto.members import (
    AuditRow,
    BookingRow,
    MemberProfile,
    MembershipRow,
    Page,
    PageCursor,
)
from studio_app.models import (
    AuditEntry,
    Booking,
    BookingStatus,
    ClassSession,
    Installment,
    Member,
    Membership,
    Staff,
)
from studio_app.runtime.context import ServiceContext
from studio_app.steps import installments
from studio_app.steps.hold_rows import held_on, hold_rows
from studio_app.steps.member_detail import member_detail
from studio_app.steps.membership_rows import membership_rows, of_member
from studio_app.steps.records import load, plain_rows
from studio_app.steps.studio_settings import money_format
from studio_app.steps.visit_payments import drop_in_texts, visit_text

#: How far ahead the profile announces an automatic extension (as the front desk's list).
EXPIRING_DAYS = 7
#: Rows of the booking history and of the user log read at a time ("Show more" reads more).
PAGE_SIZE = 50
#: Who the app's own lines (scheduled credits, expiries) are by.
AUTOMATIC = "Automatic"

_BOOKED = BookingStatus.BOOKED.value
_STATUS_TEXT = {
    BookingStatus.BOOKED.value: "booked",
    BookingStatus.SIGNED_OUT.value: "signed out",
    BookingStatus.SESSION_CANCELLED.value: "class cancelled",
    BookingStatus.LATE_CANCELLED.value: "late cancel (charged)",
}


def notices(
    s: Session,
    rows: tuple[MembershipRow, ...],
    memberships: Sequence[Membership],
    plan_installments: dict[int, list[Installment]],
    today: date,
) -> tuple[str, ...]:
    """The profile header's badges: memberships that will be extended automatically within
    the next 7 days (seed 003 notice), cancellations registered, installments overdue (unpaid,
    due before today, of a membership not cancelled)."""
    soon = today + timedelta(days=EXPIRING_DAYS)
    texts = [
        f"{r.plan_name} will be extended automatically on {day_text(r.ends_on + timedelta(days=1))}"
        for r in rows
        if r.extends_automatically and today <= r.ends_on < soon
    ]
    texts += [
        f"{r.plan_name}: cancellation registered, ends after installment "
        f"{r.installment.rpartition('/')[2]}"
        for r in rows
        if r.cancellation and r.ends_on >= today
    ]
    overdue = [
        i.amount_cents
        for m in memberships
        if not m.cancelled
        for i in plan_installments.get(m.id, ())
        if not i.paid and i.due_on < today
    ]
    if overdue:
        total = money_format(s).text(sum(overdue))
        texts.append(
            f"{len(overdue)} installment{'s' if len(overdue) != 1 else ''} overdue ({total})"
        )
    return tuple(texts)


#: The columns of a booking as the profile lists it.
_BOOKING_COLUMNS = (
    Booking.id,
    Booking.session_id,
    Booking.status,
    Booking.present,
    Booking.no_show,
    Booking.unpaid,
    ClassSession.name,
    ClassSession.starts_at,
    Membership.plan_name,
)
_MEMBER = bindparam("member_id")
_NOW = bindparam("now")

#: Still booked and not paid: a visit owed.
_OWED = and_(Booking.status == _BOOKED, Booking.unpaid.is_(True))

# The profile's queries are built once (the desk opens profiles all day); the rows are plain
# columns, read without the ORM's part of a query. Which bookings the lists hold is read from
# the member's bookings index (migration 0010: with their status) and their classes' starts; the
# bookings' rows are read only for those shown, by ``_BOOKINGS``.

#: Active signups (still booked, their class not begun), soonest first.
_UPCOMING = (
    select(Booking.id)
    .join(ClassSession, Booking.session_id == ClassSession.id)
    .where(Booking.member_id == _MEMBER, Booking.status == _BOOKED, ClassSession.starts_at >= _NOW)
    .order_by(ClassSession.starts_at, Booking.id)
)
#: The history (every other booking), newest class first, a page at a time. The window
#: columns are over every row the page could hold, before LIMIT: how many there are, and how
#: many of them are owed.
_HISTORY = (
    select(
        Booking.id,
        func.count().over().label("rows"),
        func.sum(case((_OWED, 1), else_=0)).over().label("owed"),
    )
    .join(ClassSession, Booking.session_id == ClassSession.id)
    .where(
        Booking.member_id == _MEMBER,
        or_(Booking.status != _BOOKED, ClassSession.starts_at < _NOW),
    )
    .order_by(ClassSession.starts_at.desc(), Booking.id.desc())
    .limit(bindparam("limit"))
)
#: The bookings ``ids`` as the profile lists them.
_BOOKINGS = (
    select(*_BOOKING_COLUMNS)
    .join(ClassSession, Booking.session_id == ClassSession.id)
    .outerjoin(Membership, Booking.membership_id == Membership.id)
    .where(Booking.id.in_(bindparam("ids", expanding=True)))
)


def _bookings(s: Session, ids: list[int]) -> list[Row[Any]]:
    """The bookings ``ids`` as the profile lists them, in that order."""
    if not ids:
        return []
    found = {row.id: row for row in plain_rows(s, _BOOKINGS, {"ids": ids})}
    return [found[i] for i in ids]


def _check_cursor(before: PageCursor | None, what: str) -> None:
    """The cursor's moment is within the business dates and its id a valid one."""
    if before is not None:
        check_datetime(before.at, "The oldest row shown")
        check_id(before.id, what)


def _after(
    before: PageCursor | None,
    at: InstrumentedAttribute[datetime],
    row_id: InstrumentedAttribute[int],
) -> list[ColumnElement[bool]]:
    """Rows after ``before`` in newest-first order (by ``at``, then ``row_id``)."""
    if before is None:
        return []
    return [at <= before.at, or_(at < before.at, row_id < before.id)]


def _logs(before: PageCursor | None) -> Select[Any]:
    """The user log's lines older than ``before`` (every line without one), newest first, a
    page at a time, each with how many such lines there are (a subquery the database runs
    once, over the (member, time) index)."""
    counted = aliased(AuditEntry)
    rows = (
        select(func.count())
        .where(counted.member_id == _MEMBER, *_after(before, counted.at, counted.id))
        .scalar_subquery()
    )
    return (
        select(
            AuditEntry.id,
            AuditEntry.at,
            AuditEntry.action,
            AuditEntry.entries_after,
            Staff.full_name,
            rows.label("rows"),
        )
        .outerjoin(Staff, AuditEntry.staff_id == Staff.id)
        .where(AuditEntry.member_id == _MEMBER, *_after(before, AuditEntry.at, AuditEntry.id))
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(bindparam("limit"))
    )


#: The newest page of the user log (built once).
_NEWEST_LOGS = _logs(None)


class MemberProfileService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def profile(
        self, member_id: int, *, history_limit: int = PAGE_SIZE, logs_limit: int = PAGE_SIZE
    ) -> MemberProfile:
        """Details, memberships (newest end first) with their holds and header notices, every
        active signup (soonest first), the newest ``history_limit`` bookings of the history and
        the newest ``logs_limit`` lines of the user log, in one read unit of work. The limits
        are 1 to 100,000 (a reload asks for as many rows as the desk had shown)."""
        check_id(member_id, "member")
        check_int(history_limit, "The number of bookings", 1, SEARCH_RESULTS_MAX)
        check_int(logs_limit, "The number of user-log lines", 1, SEARCH_RESULTS_MAX)
        now = self.ctx.clock.now()
        today = now.date()
        with self.ctx.uow.read() as uow:
            s = uow.session
            member = load(s, Member, member_id, "Member")
            memberships = of_member(s, member_id)
            plan_installments = installments.of_memberships(s, [m.id for m in memberships])
            holds = hold_rows(s, member_id)
            rows = membership_rows(
                s,
                memberships,
                plan_installments,
                held_on(holds, today),
                today,
                card_on_file=bool(member.card_on_file),
            )
            ids = {"member_id": member_id, "now": now}
            upcoming_ids = [r.id for r in plain_rows(s, _UPCOMING, ids)]
            page = plain_rows(s, _HISTORY, {**ids, "limit": history_limit})
            shown = _bookings(s, [*upcoming_ids, *(r.id for r in page)])
            upcoming, history = shown[: len(upcoming_ids)], shown[len(upcoming_ids) :]
            drop_ins = _drop_ins(s, shown)
            upcoming_rows = _booking_rows(upcoming, now, drop_ins)
            return MemberProfile(
                detail=member_detail(member),
                memberships=rows,
                upcoming=upcoming_rows,
                history=_history_page(history, page[0].rows if page else 0, now, drop_ins),
                logs=_log_page(
                    plain_rows(s, _NEWEST_LOGS, {"member_id": member_id, "limit": logs_limit})
                ),
                unpaid_visits=sum(r.unpaid for r in upcoming_rows)
                + (int(page[0].owed) if page else 0),
                holds=tuple(holds),
                notices=notices(s, rows, memberships, plan_installments, today),
            )

    def history(
        self, member_id: int, *, before: PageCursor | None = None, limit: int = PAGE_SIZE
    ) -> Page[BookingRow]:
        """The member's booking history (every booking but the active signups), newest class
        first: ``limit`` bookings (1 to 100,000) older than ``before`` (the last page's
        ``older``), and how many older ones are left."""
        check_id(member_id, "member")
        check_int(limit, "The number of bookings", 1, SEARCH_RESULTS_MAX)
        _check_cursor(before, "booking")
        now = self.ctx.clock.now()
        with self.ctx.uow.read() as uow:
            s = uow.session
            load(s, Member, member_id, "Member")
            page = plain_rows(
                s,
                _HISTORY.where(*_after(before, ClassSession.starts_at, Booking.id)),
                {"member_id": member_id, "now": now, "limit": limit},
            )
            rows = _bookings(s, [r.id for r in page])
            return _history_page(rows, page[0].rows if page else 0, now, _drop_ins(s, rows))

    def logs(
        self, member_id: int, *, before: PageCursor | None = None, limit: int = PAGE_SIZE
    ) -> Page[AuditRow]:
        """The member's user log, newest line first: ``limit`` lines (1 to 100,000) older than
        ``before`` (the last page's ``older``), and how many older ones are left."""
        check_id(member_id, "member")
        check_int(limit, "The number of user-log lines", 1, SEARCH_RESULTS_MAX)
        _check_cursor(before, "user-log line")
        query = _NEWEST_LOGS if before is None else _logs(before)
        with self.ctx.uow.read() as uow:
            load(uow.session, Member, member_id, "Member")
            return _log_page(
                plain_rows(uow.session, query, {"member_id": member_id, "limit": limit})
            )


def _drop_ins(s: Session, rows: Sequence[Row[Any]]) -> dict[int, str]:
    """What paid the bookings paid by a drop-in: only a booking without a membership and not
    left unpaid can have been."""
    return drop_in_texts(s, (r.id for r in rows if r.plan_name is None and not r.unpaid))


def _booking_rows(
    rows: Sequence[Row[Any]], now: datetime, drop_ins: dict[int, str]
) -> tuple[BookingRow, ...]:
    """Bookings as the profile lists them: what became of the visit and what paid it."""
    found = []
    for r in rows:
        booked = r.status == _BOOKED
        status = _STATUS_TEXT[r.status]
        if booked and r.starts_at < now:
            status = "attended" if r.present else "no-show" if r.no_show else "taken place"
        # Only a visit still booked is owed; a signed-out unpaid visit owes nothing.
        unpaid = booked and r.unpaid
        found.append(
            BookingRow(
                r.id,
                r.session_id,
                r.name,
                r.starts_at,
                f"{status} · unpaid" if unpaid else status,
                visit_text(r, r.plan_name, drop_ins),
                r.present,
                unpaid,
            )
        )
    return tuple(found)


def _history_page(
    rows: Sequence[Row[Any]], older: int, now: datetime, drop_ins: dict[int, str]
) -> Page[BookingRow]:
    """The page ``rows`` of a history of ``older`` bookings from the page's first on."""
    found = _booking_rows(rows, now, drop_ins)
    left = older - len(rows)
    older = PageCursor(found[-1].starts_at, found[-1].id) if left else None
    return Page(found, left, older)


def _log_page(rows: Sequence[Row[Any]]) -> Page[AuditRow]:
    found = tuple(
        AuditRow(r.id, r.at, r.full_name or AUTOMATIC, r.action, r.entries_after) for r in rows
    )
    left = rows[0].rows - len(rows) if rows else 0
    older = PageCursor(found[-1].at, found[-1].id) if left else None
    return Page(found, left, older)
