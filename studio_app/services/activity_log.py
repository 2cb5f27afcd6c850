"""The studio's activity log (Settings → Activity log): every user-log line, newest first.

A member's lines are on the member's profile too; lines about no member (staff accounts and
their privileges, plan and product prices, restores, imports, accounts locked after wrong
passwords) can be read only here. Reading it needs the ``staff`` privilege, as it shows what
every account did.

Rules of ``ActivityLogService.page``:

- Lines written from the first to the last day given (both included, studio time), newest
  first (by time, then by the order they were written), at most ``limit`` (500) at a time;
  the page says where the older ones continue (``ActivityPage.older``), None when no older
  line is left in the range.
- ``staff_id`` keeps the lines of one staff account.
- ``text``: every word typed must be in the line's text, or in the member's name, email,
  phone or card code; case is ignored ("żółć" finds "Żółć").

It stays instant on a year's history of 20,000 members: the lines are read newest first along
the index on their time, joined to nothing, and reading stops at the page's end; the names of
the staff and members are read for the page's lines only. A search is done in SQL (a member's
words through the members' lower-cased search text, read once per word, found as the member
search finds them: through its trigram index on SQLite). SQLite ignores the case of ASCII
letters only, so for a word with other letters SQL narrows the lines ("_" for each such
letter) and Python decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, or_, select
from sqlalchemy.orm import Session

from studio_app.domain.bounds import (
    SEARCH_MAX,
    SEARCH_RESULTS_MAX,
    check_date,
    check_datetime,
    check_id,
    check_int,
    check_text,
)
from studio_app.domain.clock import Clock
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import day_text
from studio_app.domain.privileges import Privilege
from studio_app.dto.activity_log import ActivityCursor, ActivityPage, ActivityRow
from studio_app.models import AuditEntry, Member, Staff
from studio_app.runtime.context import ServiceContext
from studio_app.steps.member_search import holding

#: Lines per page ("Show older…" reads the next page).
PAGE_SIZE = 500
#: Who the app's own lines (scheduled credits, expiries, lock-outs) are by, as the profile says.
AUTOMATIC = "Automatic"


class ActivityLogService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def page(
        self,
        first_day: date,
        last_day: date,
        *,
        staff_id: int | None = None,
        text: str = "",
        before: ActivityCursor | None = None,
        limit: int = PAGE_SIZE,
    ) -> ActivityPage:
        """The newest ``limit`` lines from ``first_day`` to ``last_day`` (studio days, both
        included) older than ``before`` (the previous page's ``older``), of ``staff_id``'s
        account if given, holding every word of ``text``; needs the ``staff`` privilege. Days
        are within 2000 … 2100 and the first is not after the last; the search has at most 200
        characters; 1 to 100,000 lines a page."""
        self.ctx.acting(Privilege.STAFF, "read the studio's activity log")
        check_date(first_day, "The first day")
        check_date(last_day, "The last day")
        if first_day > last_day:
            raise ValidationError(
                f"The first day {day_text(first_day)} is after the last day {day_text(last_day)}."
            )
        check_text(text, "The search", limit=SEARCH_MAX, multiline=True)
        if staff_id is not None:
            check_id(staff_id, "staff account")
        check_int(limit, "The number of lines", 1, SEARCH_RESULTS_MAX)
        words = text.lower().split()
        query = _lines(
            _utc_of(self.ctx.clock, datetime.combine(first_day, time())),
            _utc_of(self.ctx.clock, datetime.combine(last_day + timedelta(days=1), time())),
        )
        if staff_id is not None:
            query = query.where(AuditEntry.staff_id == staff_id)
        if before is not None:
            check_datetime(before.at, "The oldest line shown")
            check_id(before.entry_id, "user-log line")
            query = query.where(
                AuditEntry.at <= before.at,
                or_(AuditEntry.at < before.at, AuditEntry.id < before.entry_id),
            )
        # SQL compares ASCII letters without case on every database; other letters only
        # Python can (SQLite compares them as they are).
        exact = all(word.isascii() for word in words)
        if exact:
            query = query.limit(limit + 1)  # one more tells whether older lines are left
        found: list[Row[Any]] = []
        with self.ctx.uow.read() as uow:
            s = uow.session
            query = query.where(*(_may_hold(s, word) for word in words))
            members = {} if exact else {word: _members_holding(s, word) for word in words}
            lines = s.execute(query.execution_options(yield_per=PAGE_SIZE))
            for line in lines:
                if exact or _holds(line, members):
                    found.append(line)
                    if len(found) > limit:
                        break
            lines.close()  # the rest is not read
            shown = found[:limit]
            names = _names(s, shown)
        older = ActivityCursor(shown[-1].at, shown[-1].id) if len(found) > limit else None
        return ActivityPage(tuple(_row(line, names) for line in shown), older)


def _lines(start: datetime, end: datetime) -> Select[Any]:
    """Every line from ``start`` to before ``end`` (UTC), newest first (along the index on
    their time; no join, so that a search reads no other table line by line)."""
    return (
        select(
            AuditEntry.id,
            AuditEntry.at,
            AuditEntry.action,
            AuditEntry.staff_id,
            AuditEntry.member_id,
        )
        .where(AuditEntry.at >= start, AuditEntry.at < end)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    )


@dataclass(frozen=True)
class _Names:
    staff: dict[int, str]
    members: dict[int, str]


def _names(s: Session, lines: list[Row[Any]]) -> _Names:
    """The names of every staff account (a handful) and of the members the lines are about."""
    ids = {line.member_id for line in lines if line.member_id is not None}
    members = s.execute(
        select(Member.id, Member.first_name, Member.last_name).where(Member.id.in_(ids))
    )
    return _Names(
        {row.id: row.full_name for row in s.execute(select(Staff.id, Staff.full_name))},
        {row.id: f"{row.first_name} {row.last_name}".strip() for row in members},
    )


def _row(line: Row[Any], names: _Names) -> ActivityRow:
    staff = AUTOMATIC if line.staff_id is None else names.staff.get(line.staff_id, "")
    member = "" if line.member_id is None else names.members.get(line.member_id, "")
    return ActivityRow(line.id, line.at, staff, line.member_id, member, line.action)


def _utc_of(clock: Clock, local: datetime) -> datetime:
    """A studio wall-clock time as the stored UTC time: the inverse of
    ``context.studio_time`` (the clock's offset from UTC now, to the minute)."""
    offset = clock.now() - clock.utcnow()
    return local - timedelta(minutes=round(offset.total_seconds() / 60))


def _escaped(text: str) -> str:
    """``text`` matched as it is in a LIKE pattern (escape character "\\")."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _pattern(word: str) -> str:
    """A LIKE pattern finding ``word`` anywhere, case ignored for ASCII letters; each letter
    beyond ASCII that has a case is "_" (any one character), so SQL finds a superset of the
    lines and ``_holds`` decides."""
    letters = ("_" if not c.isascii() and c.lower() != c.upper() else _escaped(c) for c in word)
    return f"%{''.join(letters)}%"


def _may_hold(s: Session, word: str) -> ColumnElement[bool]:
    """SQL keeping every line that holds ``word`` (lower-cased) in its text or whose member
    holds it; exact for a word of ASCII characters. For other words a superset: the text
    has the word's shape (``_pattern``) and each of its letters beyond ASCII, small or
    capital, somewhere."""
    letters = {c for c in word if not c.isascii() and c.lower() != c.upper()}
    either_case = (
        or_(*(AuditEntry.action.like(f"%{v}%") for v in {c, c.upper()} if len(v) == 1))
        for c in sorted(letters)
    )
    return or_(
        and_(AuditEntry.action.ilike(_pattern(word), escape="\\"), *either_case),
        AuditEntry.member_id.in_(select(Member.id).where(holding(s, word))),
    )


def _members_holding(s: Session, word: str) -> set[int]:
    """The members whose search text (name, email, phone, card; lower-cased when saved) holds
    ``word`` (lower-cased), found as the member search finds them."""
    return set(s.scalars(select(Member.id).where(holding(s, word))))


def _holds(line: Row[Any], members: dict[str, set[int]]) -> bool:
    """Whether every word (lower-cased) is in the line's text or its member holds it."""
    text = line.action.lower()
    return all(word in text or line.member_id in ids for word, ids in members.items())
