"""What synchronous=FULL costs (issue 12, item 6): every commit is on the disk before the desk
is told it is saved, so a power cut at reception loses nothing; NORMAL in WAL mode may lose the
last commits. Measured on a small studio (the cost is per commit, not per member):

    .venv/bin/pytest tests/benchmarks/test_durability_cost.py -s

Baseline in the same run, on the same file with the same setting (baselines.py): raw sqlite3
writing what adding a member writes (the member, whom the search index learns by its trigger,
and the user-log line) in one BEGIN IMMEDIATE … COMMIT, alternating with the app in blocks.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from itertools import count
from pathlib import Path
from typing import Any

from sqlalchemy import event

from studio_app.container import Services, open_services
from studio_app.domain.clock import FixedClock
from studio_app.dto.members import MemberInput
from tests.benchmarks.baselines import in_blocks, ratio_line, raw_sqlite
from tests.factories import StudioFactory

COMMITS = 300
NOW = datetime(2026, 12, 1, 9)
#: What adding a member writes (seen with echo).
RAW_ADD_MEMBER = (
    "INSERT INTO members (first_name, last_name, email, phone, birth_date, notes, card_code,"
    " card_on_file, card_printed_at, status, search_text, created_at, created_by_id)"
    " VALUES (?, ?, '', '', NULL, '', NULL, '', NULL, 'active', ?, ?, ?)",
    "INSERT INTO audit_entries (at, staff_id, member_id, membership_id, action, entries_after)"
    " VALUES (?, ?, ?, NULL, 'Member created', NULL)",
)


@contextmanager
def _studio(path: Path, synchronous: str) -> Iterator[Services]:
    services = open_services(f"sqlite:///{path}", FixedClock(NOW), create=True)

    def override(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA synchronous={synchronous}")

    services.ctx.uow.engine.dispose()
    event.listen(services.ctx.uow.engine, "connect", override)
    try:
        yield services
    finally:
        services.ctx.uow.engine.dispose()


def _add_member_ms(path: Path, synchronous: str) -> tuple[float, float]:
    """Medians in ms of adding a member through the app and of the same writes through raw
    sqlite3, both with ``synchronous``."""
    with _studio(path, synchronous) as services, raw_sqlite(path) as db:
        StudioFactory.set_up(services)
        assert services.ctx.actor is not None
        staff_id = services.ctx.actor.staff_id
        db.execute(f"PRAGMA synchronous={synchronous}")
        member, at = count(), f"{NOW:%Y-%m-%d %H:%M:%S.%f}"

        def raw_add() -> None:
            last = f"Żółć raw {next(member)}"
            search_text = f"zoë {last.lower()} | {last.lower()} zoë"  # as the app writes it
            db.execute("BEGIN IMMEDIATE")
            member_row, log_line = RAW_ADD_MEMBER
            added = db.execute(member_row, ("Zoë", last, search_text, at, staff_id)).lastrowid
            db.execute(log_line, (at, staff_id, added))
            db.execute("COMMIT")

        return in_blocks(
            lambda: services.members.create(MemberInput("Zoë", f"Żółć {next(member)}")),
            raw_add,
            COMMITS,
        )


def test_synchronous_full_costs_little_per_saved_action(tmp_path: Path) -> None:
    normal, raw_normal = _add_member_ms(tmp_path / "normal.sqlite3", "NORMAL")
    full, raw_full = _add_member_ms(tmp_path / "full.sqlite3", "FULL")
    print(
        f"\none saved action (add a member), medians of {COMMITS}:"
        f"\n  {ratio_line('synchronous=NORMAL', normal, raw_normal)}"
        f"\n  {ratio_line('synchronous=FULL', full, raw_full)}"
        f"\n  FULL costs the app +{full - normal:.2f} ms a saved action, "
        f"raw sqlite3 +{raw_full - raw_normal:.2f} ms"
    )
    assert full < 50, "a saved action must stay instant at the desk"
