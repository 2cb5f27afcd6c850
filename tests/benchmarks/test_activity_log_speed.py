"""Settings → Activity log on the 20,000-member, one-year demo studio (some 90,000 lines): the
first page of the last 30 days, a staff member, "Show older…" and a whole year open in
< 100 ms (median); a search of the 30 days in < 250 ms; a search finding nothing in a whole
year in < 1 s. Each median is printed with -s beside the baseline of the same run: raw sqlite3
reading the same page of lines with their staff and member names, searched the same way (a
member's words through the trigram index ``member_search``), on the same file (baselines.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest

from studio_app.container import Services
from studio_app.demo import DEMO_DESK, DEMO_OWNER
from studio_app.dto.activity_log import ActivityPage
from studio_app.services.activity_log import PAGE_SIZE
from tests.benchmarks.baselines import Statement, ratio_line, versus_raw_read
from tests.benchmarks.conftest import BENCH_NOW

TODAY = BENCH_NOW.date()
MONTH = (TODAY - timedelta(days=29), TODAY)
YEAR = (date(TODAY.year - 1, TODAY.month, TODAY.day), TODAY)
#: A page of lines (one more tells whether older ones are left), newest first along the index
#: on their time, with the names of whom they are by and about.
RAW_PAGE = (
    "SELECT a.id, a.at, a.action, s.full_name, a.member_id, m.first_name, m.last_name"
    " FROM audit_entries a LEFT JOIN staff s ON s.id = a.staff_id"
    " LEFT JOIN members m ON m.id = a.member_id WHERE a.at >= ? AND a.at < ?{}"
    f" ORDER BY a.at DESC, a.id DESC LIMIT {PAGE_SIZE + 1}"
)
#: One word of a search: in the line's text (SQLite ignores the case of ASCII letters only, so
#: each other letter with a case is "_"), or in the member's search text, found through the
#: trigram index.
RAW_WORD = (
    " AND (lower(a.action) LIKE ? OR a.member_id IN (SELECT id FROM members WHERE id IN"
    " (SELECT rowid FROM member_search WHERE member_search MATCH ?) AND search_text LIKE ?))"
)


@pytest.fixture
def as_owner(big_studio: Services) -> Iterator[Services]:
    big_studio.staff.log_in(DEMO_OWNER[0], DEMO_OWNER[1])
    yield big_studio
    big_studio.staff.log_in(DEMO_DESK[0], DEMO_DESK[1])


def _raw_page(
    days: tuple[date, date],
    *,
    staff_id: int | None = None,
    text: str = "",
    before: tuple[str, int] | None = None,
) -> list[Statement]:
    """The statements raw sqlite3 reads a page with (bounds as stored: UTC, the demo's)."""
    start, end = days[0], days[1] + timedelta(days=1)
    where, params = "", [f"{start} 00:00:00.000000", f"{end} 00:00:00.000000"]
    if staff_id is not None:
        where, params = where + " AND a.staff_id = ?", [*params, staff_id]
    if before is not None:
        where += " AND a.at <= ? AND (a.at < ? OR a.id < ?)"
        params += [before[0], before[0], before[1]]
    for word in text.lower().split():
        shape = "".join("_" if not c.isascii() and c.lower() != c.upper() else c for c in word)
        where += RAW_WORD
        params += [f"%{shape}%", f'body : "{word}"', f"%{word}%"]
    return [(RAW_PAGE.format(where), params)]


def test_activity_log_pages_and_filters(as_owner: Services) -> None:
    log = as_owner.activity_log
    first = log.page(*MONTH)
    assert len(first.rows) == PAGE_SIZE and first.older is not None
    desk = next(s.id for s in as_owner.staff.list_staff() if s.username == DEMO_DESK[0])
    member = next(row.member_name for row in first.rows if row.member_name)
    older = (f"{first.older.at:%Y-%m-%d %H:%M:%S.%f}", first.older.entry_id)
    browse = 100
    search = 250
    cases: dict[str, tuple[Callable[[], ActivityPage], list[Statement], int]] = {
        "first page, last 30 days": (lambda: log.page(*MONTH), _raw_page(MONTH), browse),
        "show older": (
            lambda: log.page(*MONTH, before=first.older),
            _raw_page(MONTH, before=older),
            browse,
        ),
        "one staff member": (
            lambda: log.page(*MONTH, staff_id=desk),
            _raw_page(MONTH, staff_id=desk),
            browse,
        ),
        "a whole year": (lambda: log.page(*YEAR), _raw_page(YEAR), browse),
        "a word": (
            lambda: log.page(*MONTH, text="cancel"),
            _raw_page(MONTH, text="cancel"),
            search,
        ),
        "a member's name": (
            lambda: log.page(*MONTH, text=member),
            _raw_page(MONTH, text=member),
            search,
        ),
    }
    for words in ("no-such-word", "żółćxyz"):
        cases[f"'{words}' over the year, nothing found"] = (
            lambda words=words: log.page(*YEAR, text=words),
            _raw_page(YEAR, text=words),
            1000,
        )
    database = as_owner.ctx.uow.engine.url.database
    assert database, "the baseline reads the demo's SQLite file directly"
    year, month = _count(as_owner, YEAR), _count(as_owner, MONTH)
    print(f"\nactivity log ({year} lines in the year, {month} in the last 30 days), medians:")
    for label, (action, statements, limit_ms) in cases.items():
        runs = 15 if limit_ms < 1000 else 3
        median, raw, (rows,) = versus_raw_read(action, database, statements, runs)
        page = action()
        print("  " + ratio_line(f"{label} ({len(page.rows)} lines)", median, raw))
        # The same lines; one more when older ones are left.
        assert len(rows) == len(page.rows) + (page.older is not None), label
        assert median < limit_ms, label


def _count(svc: Services, days: tuple[date, date]) -> str:
    rows, before = 0, None
    while True:
        page = svc.activity_log.page(*days, before=before, limit=100_000)
        rows += len(page.rows)
        if page.older is None:
            return f"{rows:,}"
        before = page.older
