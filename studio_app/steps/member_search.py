"""The instant member search (Members page; the member words of the activity log).

Rules:

- A member is found when every typed word (lower-cased; words are split at spaces) is somewhere
  in the member's search text: the name both ways round, email, phone (as typed and its
  digits) and card code, lower-cased when saved (``models.member.search_text_of``).
- Members whose name (first-last or last-first) or card code starts with the typed text (its
  words joined by one space) come first, then the others; each group by last name, first name
  and id. At most ``limit`` members.

How it stays instant with 100,000 members (SQLite; migration 0009): a word of three or more
characters is looked up in the trigram index ``member_search``, which names the members holding
it without reading the others, and when they are few (``FEW``) they are sorted. When many match
(one letter, a digit, "555" in every phone) the members are read in name order from the index
``ix_members_search_walk``, which holds everything the search compares, until a page is full;
when that takes long (``WALK``: they are bunched further on, or a short word typed besides is
rare among them), those the trigram index finds are sorted instead. The members whose name or
card code starts with the typed text are found the same way through the index's ``heads``, so
they are never looked for among every member. SQL decides every match (``LIKE`` on the search
text); the indexes only narrow the rows it reads, so the search finds exactly the members a
plain ``LIKE`` over every member finds. Only a search whose words all have one or two
characters and which matches few members reads every member (about 20 ms at 100,000; the
search before the index took 40-60 ms for every word).

The statements are SQL text put together here and, on SQLite, run on the session's own
connection (inside its transaction) by the driver: at a keystroke, building SQLAlchemy
expressions and results cost more than running the statements (about half the time of a search
of 100,000 members; tests/benchmarks/test_member_search_speed.py). PostgreSQL runs one
statement; its trigram index (``pg_trgm``) serves the ``LIKE`` of a word of three or more
characters.
"""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy import ColumnElement, and_, column, select, table, text
from sqlalchemy.orm import Session

from studio_app.db.member_search import SEARCH_TABLE, WALK_INDEX
from studio_app.models import Member

#: What stands before each part of the index's ``heads`` (two characters, so that a one-letter
#: start is a trigram too); a control character, which no typed text holds.
MARK = "\x02\x02"
#: When the index finds at most this many members holding the typed words, times the square
#: root of the number of members (1,581 of 100,000; 707 of 20,000), they are sorted; past it,
#: reading the name order until a page of 200 is full is cheaper, as they are spread through it
#: (sorting costs about 8 times as much a member as reading one in order: the two costs meet
#: where members found² = 200 × members ÷ 8).
FEW = 5.0
#: The same for the members starting with the typed text, higher: they are often bunched in the
#: name order (a last name), which reading in order pays for (3,953 of 100,000).
FEW_STARTING = 12.5
#: How far the name order is read for a page, in pages (10,000 members for 200 rows), before
#: the members the index finds are sorted instead: so far, they are bunched further on (a last
#: name, say) or the words typed besides are rare among them.
WALK = 50

_ROW = (
    "members.id, members.first_name, members.last_name, members.email, members.phone, "
    "members.card_code, members.status"
)
#: A member found: id, first name, last name, email, phone, card code (or None) and status.
Found = tuple[Any, ...]
_FOUND = f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :query"


def _escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _phrase(words: str) -> str:
    """``words`` as an FTS5 phrase: in double quotes, a double quote doubled; whatever it holds
    (``*``, ``AND``, ``NEAR(``, ``-``) is text to find."""
    return '"' + words.replace('"', '""') + '"'


def _starts(sqlite: bool) -> str:
    """SQL: the member's search text ("first last | last first | email | phone | digits |
    card") has a part starting with ``:start`` (``:length`` characters, no "|"): its first
    part (the name first-last), its second (last-first), or its last when the member has a card
    code (the card). These are the parts of the index's ``heads`` (migration 0009)."""
    words, card = "members.search_text", "members.card_code"
    find = "instr" if sqlite else "strpos"
    return (
        f"(substr({words}, 1, :length) = :start"
        f" OR ({find}({words}, ' | ') > 0"
        f" AND substr({words}, {find}({words}, ' | ') + 3, :length) = :start)"
        f" OR (coalesce({card}, '') <> '' AND length({card}) < length({words})"
        f" AND substr({words}, length({words}) - length({card}) + 1, :length) = :start))"
    )


class _Search:
    """One search: the typed words and the SQL conditions made of them."""

    def __init__(self, s: Session, typed: str, include_archived: bool) -> None:
        self.s = s
        self.sqlite = s.get_bind().dialect.name == "sqlite"
        words = typed.lower().split()
        self.words = words
        self.include_archived = include_archived
        start = " ".join(words)
        #: A typed text holding "|" (which separates the parts of the search text) starts none.
        self.can_start = bool(words) and "|" not in start
        self.params: dict[str, Any] = {"start": start, "length": len(start)}
        self.params.update({f"word{i}": f"%{_escaped(w)}%" for i, w in enumerate(words)})
        #: The index query of the members holding every word of three characters or more.
        self.body = " AND ".join(f"body : {_phrase(w)}" for w in words if len(w) >= 3)
        #: The index query of the members starting with the typed text: after a mark (both
        #: marks for one letter, which makes a trigram of three characters).
        self.heads = f"heads : {_phrase(MARK[: max(1, 3 - len(start))] + start)}"

    def wanted(self) -> str:
        """SQL: the member holds every word (and is active unless archived ones are asked)."""
        conditions = [
            f"members.search_text LIKE :word{i} ESCAPE '\\'" for i in range(len(self.words))
        ]
        if not self.include_archived:
            # SQLite's unary + keeps the index on the status out of the plan: the members are
            # reached by id (from the trigram index), not among every active one.
            conditions.append(f"{'+' if self.sqlite else ''}members.status = 'active'")
        return " AND ".join(conditions) or "1 = 1"

    def rows(self, limit: int) -> list[Found]:
        """The first ``limit`` members found, in the order of the module's rules."""
        wanted = self.wanted()
        if not self.sqlite:
            return self._sorted(None, wanted, limit, first=self.can_start)
        if not self.words:
            return self._walk(wanted, limit, None) or []
        root = math.sqrt(self._members())
        if self.body and self._few(self.body, FEW * root):
            return self._sorted(self.body, wanted, limit, first=self.can_start)
        # Many match (or every word is short): those starting with the typed text, then the
        # others, each read in name order (when bunched far down it, sorted instead).
        found: list[Found] = []
        rest = wanted
        if self.can_start:
            starting = f"{wanted} AND {_starts(True)}"
            if self._few(self.heads, FEW_STARTING * root):
                found = self._sorted(self.heads, starting, limit)
            else:
                found = self._in_order(self.heads, starting, limit)
            rest = f"{wanted} AND NOT {_starts(True)}"
        if len(found) < limit:
            if self.body:
                found += self._in_order(self.body, rest, limit - len(found))
            else:  # every word is short: nothing narrows the members but reading them
                found += self._walk(rest, limit - len(found), None) or []
        return found

    def _in_order(self, query: str, where: str, limit: int) -> list[Found]:
        """The first ``limit`` members in name order that the SQL ``where`` keeps, the index
        ``query`` finding more than a few of them: read in name order if ``WALK`` pages of it
        hold them, else those the index finds sorted (they are few, or bunched further on)."""
        rows = self._walk(where, limit, WALK * limit)
        return self._sorted(query, where, limit) if rows is None else rows

    def _execute(self, sql: str, **params: Any) -> list[Found]:
        """The rows of ``sql`` with the search's parameters and ``params`` (named ``:name``)."""
        if self.sqlite:
            driver = self.s.connection().connection.driver_connection
            return driver.execute(sql, {**self.params, **params}).fetchall()  # type: ignore[union-attr]
        return [tuple(row) for row in self.s.execute(text(sql), {**self.params, **params})]

    def _members(self) -> int:
        """About how many members there are (the highest id: members are never deleted)."""
        # Exactly this statement, which SQLite answers from the end of the table alone.
        return int(self._execute("SELECT max(id) FROM members")[0][0] or 0)

    def _few(self, query: str, most: float) -> bool:
        """The index finds at most ``most`` members for ``query`` (reading no more)."""
        counted = f"SELECT count(*) FROM ({_FOUND} LIMIT :most)"
        return int(self._execute(counted, query=query, most=int(most) + 1)[0][0]) <= most

    def _sorted(
        self, query: str | None, where: str, limit: int, *, first: bool = False
    ) -> list[Found]:
        """The first ``limit`` members that the SQL ``where`` keeps among those the index
        ``query`` finds (among all for None), in name order; those starting with the typed text
        first if ``first``."""
        found = f" AND members.id IN ({_FOUND})" if query else ""
        starting = f"NOT {_starts(self.sqlite)}, " if first else ""
        sql = (
            f"SELECT {_ROW} FROM members WHERE {where}{found} ORDER BY {starting}"
            "members.last_name, members.first_name, members.id LIMIT :limit"
        )
        return self._execute(sql, query=query, limit=limit)

    def _walk(self, where: str, limit: int, within: int | None) -> list[Found] | None:
        """The first ``limit`` members in name order that the SQL ``where`` keeps, read in name
        order from the index ``ix_members_search_walk`` (SQLite), which holds all ``where``
        reads: no row is read from the table but those kept, and reading stops at ``limit``.
        With ``within``, only the first ``within`` members of the name order are read, and None
        says that fewer than ``limit`` of them are kept."""
        order = "members.last_name, members.first_name, members.id"
        bound, last = "", {}
        if within is not None:
            found = self._execute(
                f"SELECT {order} FROM members INDEXED BY {WALK_INDEX} ORDER BY {order} "
                "LIMIT 1 OFFSET :within",
                within=within,
            )
            if found:  # else the name order is shorter: all of it is read
                bound = f"({order}) <= (:last_name, :first_name, :id) AND "
                last = dict(zip(("last_name", "first_name", "id"), found[0], strict=True))
        sql = (
            f"SELECT {_ROW} FROM members INDEXED BY {WALK_INDEX} WHERE {bound}{where} "
            f"ORDER BY {order} LIMIT :limit"
        )
        rows = self._execute(sql, limit=limit, **last)
        return None if bound and len(rows) < limit else rows


def find_members(s: Session, typed: str, *, include_archived: bool, limit: int) -> list[Found]:
    """The members found for ``typed`` (see the module's rules), at most ``limit``: rows of id,
    first and last name, email, phone, card code and status."""
    return _Search(s, typed, include_archived).rows(limit)


def holding(s: Session, word: str) -> ColumnElement[bool]:
    """A condition on ``Member``: the member's search text holds ``word`` (lower-cased); through
    the trigram index on SQLite for a word of three characters or more."""
    contains = Member.search_text.like(f"%{_escaped(word)}%", escape="\\")
    if len(word) < 3 or s.get_bind().dialect.name != "sqlite":
        return contains
    index = table(SEARCH_TABLE, column("rowid"), column(SEARCH_TABLE))
    query = f"body : {_phrase(word)}"  # an anonymous parameter: one per word in a statement
    found = select(index.c.rowid).where(index.c[SEARCH_TABLE].op("MATCH")(query))
    return and_(Member.id.in_(found), contains)
