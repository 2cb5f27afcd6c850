"""Member cards and the member credit statement on the 20,000-member demo (issue 13): a sheet
of ten cards and a member's statement (PDF and workbook) each in under 300 ms; a thousand cards
(a hundred sheets, a studio's first print run after moving in) timed for the README. The
baseline of the same run is raw sqlite3 reading the same rows. Medians, printed with -s:

    .venv/bin/pytest tests/benchmarks/test_cards_and_statement_speed.py -s
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from studio_app.container import Services
from studio_app.dto.reports import ReportKind, ReportRequest
from tests.benchmarks.baselines import median_ms

TARGET_MS = 300
CARDS_SQL = "SELECT id, first_name, last_name, card_code FROM members WHERE id IN ({})"
#: The member with the most ledger entries (the longest statement).
BUSIEST_SQL = "SELECT member_id FROM ledger_entries GROUP BY member_id ORDER BY count(*) DESC"
LEDGER_SQL = "SELECT * FROM ledger_entries WHERE member_id = ?"


def _raw(database: str, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(database)) as db:
        return db.execute(sql, params).fetchall()


def test_member_cards_and_a_credit_statement(big_studio: Services, tmp_path: Path) -> None:
    database = big_studio.ctx.uow.engine.url.database
    assert database, "the baseline reads the demo's SQLite file directly"
    slow = []
    for count, target in ((10, TARGET_MS), (1_000, None)):
        ids = tuple(range(1, count + 1))
        sql = CARDS_SQL.format(",".join("?" * count))
        baseline = median_ms(lambda s=sql, i=ids: _raw(database, s, i), runs=5)
        request = ReportRequest(ReportKind.CARDS, member_ids=ids)
        out = tmp_path / f"cards{count}.pdf"
        ms = median_ms(lambda r=request, o=out: big_studio.reports.write(r, o), runs=3)
        print(
            f"\ncards, {count:,} ({count // 10:,} sheets): {ms:.0f} ms "
            f"(raw sqlite3 {baseline:.2f} ms, {ms / baseline:.0f}×)"
        )
        if target is not None and ms >= target:
            slow.append(f"{count} cards {ms:.0f} ms")

    (member_id,) = _raw(database, BUSIEST_SQL)[0]
    entries = len(_raw(database, LEDGER_SQL, (member_id,)))
    baseline = median_ms(lambda: _raw(database, LEDGER_SQL, (member_id,)), runs=5)
    request = ReportRequest(ReportKind.CREDITS, member_ids=(int(member_id),))
    for suffix in (".pdf", ".xlsx"):
        out = tmp_path / f"statement{suffix}"
        ms = median_ms(lambda o=out: big_studio.reports.write(request, o), runs=5)
        print(
            f"\ncredit statement {suffix} ({entries} ledger entries): {ms:.0f} ms "
            f"(raw sqlite3 {baseline:.2f} ms, {ms / baseline:.0f}×)"
        )
        if ms >= TARGET_MS:
            slow.append(f"statement {suffix} {ms:.0f} ms")
    assert entries > 10  # a member with a real history
    assert not slow, f"over {TARGET_MS} ms: {', '.join(slow)}"
