"""Settings → Activity log on the 20,000-member, one-year demo studio (some 90,000 lines): the
first page of the last 30 days, a staff member, "Show older…" and a whole year open in
< 100 ms (median); a search of the 30 days in < 250 ms; a search finding nothing in a whole
year in < 1 s."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest

from studio_app.services.activity_log import PAGE_SIZE
from studio_app.services.container import Services
from studio_app.services.demo import DEMO_DESK, DEMO_OWNER
from tests.benchmarks.conftest import BENCH_NOW
from tests.benchmarks.test_desk_speed import _median_ms

TODAY = BENCH_NOW.date()
MONTH = (TODAY - timedelta(days=29), TODAY)
YEAR = (date(TODAY.year - 1, TODAY.month, TODAY.day), TODAY)


@pytest.fixture
def as_owner(big_studio: Services) -> Iterator[Services]:
    big_studio.staff.log_in(DEMO_OWNER[0], DEMO_OWNER[1])
    yield big_studio
    big_studio.staff.log_in(DEMO_DESK[0], DEMO_DESK[1])


def test_activity_log_pages_and_filters(as_owner: Services) -> None:
    log = as_owner.activity_log
    first = log.page(*MONTH)
    assert len(first.rows) == PAGE_SIZE and first.older is not None
    desk = next(s.id for s in as_owner.staff.list_staff() if s.username == DEMO_DESK[0])
    member = next(row.member_name for row in first.rows if row.member_name)
    browse = 100
    search = 250
    cases: dict[str, tuple[Callable[[], object], int]] = {
        "first page, last 30 days": (lambda: log.page(*MONTH), browse),
        "show older": (lambda: log.page(*MONTH, before=first.older), browse),
        "one staff member": (lambda: log.page(*MONTH, staff_id=desk), browse),
        "a whole year": (lambda: log.page(*YEAR), browse),
        "a word": (lambda: log.page(*MONTH, text="cancel"), search),
        "a member's name": (lambda: log.page(*MONTH, text=member), search),
    }
    year, month = _count(as_owner, YEAR), _count(as_owner, MONTH)
    print(f"\nactivity log ({year} lines in the year, {month} in the last 30 days):")
    for label, (action, limit_ms) in cases.items():
        median = _median_ms(action, 15)
        print(f"  {label}: {median:.1f} ms median")
        assert median < limit_ms, label
    for words in ("no-such-word", "żółćxyz"):
        median = _median_ms(lambda words=words: log.page(*YEAR, text=words), runs=3)
        print(f"  '{words}' over the year, nothing found: {median:.0f} ms median")
        assert median < 1000


def _count(svc: Services, days: tuple[date, date]) -> str:
    rows, before = 0, None
    while True:
        page = svc.activity_log.page(*days, before=before, limit=100_000)
        rows += len(page.rows)
        if page.older is None:
            return f"{rows:,}"
        before = page.older
