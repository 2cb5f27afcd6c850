"""Move out and in again (SPEC §8): the demo studio's members and balances, exported and then
imported into a new, empty studio, arrive as the same members with the same credits available
per member and category, and `check` passes on the new studio."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from studio_app.container import Services, open_services
from studio_app.demo import DEMO_OWNER, build_demo
from studio_app.domain.clock import FixedClock
from studio_app.domain.plans import PlanKind
from studio_app.exchange.mapping import guess_fields, guess_plan_ids, plan_names
from studio_app.exchange.preview import ColumnMapping
from studio_app.steps.export_rows.balances import BALANCES_NAME
from tests.databases import Databases


@pytest.fixture
def new_studio(databases: Databases, tmp_path: Path, clock: FixedClock) -> Iterator[Services]:
    (tmp_path / "new").mkdir()
    with databases.fresh(tmp_path / "new") as url:
        services = open_services(url, clock, create=True)
        services.studio.set_up(
            studio_name="New Home", owner_name="Olivia Owner", username="owner", password="secret1"
        )
        services.staff.log_in("owner", "secret1")
        yield services
        services.ctx.uow.engine.dispose()


def _people(svc: Services) -> set[tuple[str, str, str, str]]:
    return {
        (d.first_name, d.last_name, d.email, d.card_code)
        for d in (svc.members.get(row.id) for row in svc.members.search("", limit=10_000,
                                                                           include_archived=True))
    }  # fmt: skip


def _credits(svc: Services) -> dict[str, dict[str, int]]:
    """Available credits per member (by card code) and category, leaving out zeros."""
    found: dict[str, dict[str, int]] = {}
    for row in svc.members.search("", limit=10_000, include_archived=True):
        totals = {t.category: t.available for t in svc.credits.report(row.id).totals}
        found[row.card_code] = {category: n for category, n in totals.items() if n}
    return found


@pytest.mark.parametrize("out", ["export", "export.xlsx"], ids=["csv-folder", "workbook"])
def test_demo_members_and_balances_move_into_an_empty_studio(
    services: Services, new_studio: Services, tmp_path: Path, out: str
) -> None:
    """From a folder of CSV files its members_and_balances.csv is imported; from a workbook the
    import reads its "Members and balances" sheet by itself."""
    old = services
    build_demo(old.ctx, members=60, weeks=2)
    old.staff.log_in(DEMO_OWNER[0], DEMO_OWNER[1])
    exported = old.exports.export(tmp_path / out).value.path
    balances = exported
    if exported.is_dir():
        balances = exported / f"{BALANCES_NAME.lower().replace(' ', '_')}.csv"

    for plan in old.plans.list_plans():
        if plan.kind is not PlanKind.PACKAGE:
            new_studio.plans.create(plan.as_input())
    table = new_studio.imports.read(balances)
    fields = guess_fields(table.headers)
    plans = guess_plan_ids(plan_names(table, fields), new_studio.imports.plans())
    mapping = ColumnMapping(fields, plans=plans)
    preview = new_studio.imports.preview(table, mapping)
    assert preview.rejected == 0, [r.reason_text for r in preview.rows if r.reason_text][:5]
    assert preview.new == 60
    new_studio.imports.run(table, mapping)

    assert _people(new_studio) == _people(old)
    expected = _credits(old)
    assert sum(len(c) for c in expected.values()) >= 10  # the demo's passes and PT credits
    assert _credits(new_studio) == expected
    assert new_studio.integrity.problems() == []
