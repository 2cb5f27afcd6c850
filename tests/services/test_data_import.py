"""Importing members and their balances from another system (SPEC §8): nothing is written
before the import runs, then every accepted row in one transaction, logged with the staff
member and the file, with no duplicates on a second import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from studio_app.domain.errors import PermissionDenied
from studio_app.domain.privileges import Privilege
from studio_app.exchange.fields import Field, OnExisting
from studio_app.exchange.mapping import guess_fields
from studio_app.exchange.preview import ColumnMapping, RowAction
from studio_app.steps import import_writes
from tests.factories import StudioFactory

HEADER = "First Name;Last Name;E-mail;Birthday;Card;Plan;Sessions left;Valid until"
ROWS = [
    "Łukasz;Żółć;lukasz@example.com;14.07.1990;C-100;Karnet 10;7;31.03.2027",
    "Zoë;Ångström;zoe@example.com;29.02.1992;C-101;;;",
    "Þór;Odinsson;thor@example;01.01.1980;C-102;;;",  # invalid email: rejected
]


def _file(tmp_path: Path, rows: list[str] = ROWS, name: str = "clients.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _mapping(studio: StudioFactory, path: Path, **kw: object) -> ColumnMapping:
    table = studio.svc.imports.read(path)
    plans = {p.name: p.id for p in studio.svc.imports.plans()}
    fields = guess_fields(table.headers)
    assert fields[:5] == (
        Field.FIRST_NAME,
        Field.LAST_NAME,
        Field.EMAIL,
        Field.BIRTH_DATE,
        Field.CARD_CODE,
    )
    return ColumnMapping(fields, plans={"Karnet 10": plans.get("10-session pass")}, **kw)  # type: ignore[arg-type]


def _names(studio: StudioFactory) -> list[str]:
    return sorted(row.full_name for row in studio.svc.members.search(""))


def test_preview_writes_nothing_and_counts_every_row(studio: StudioFactory, tmp_path: Path) -> None:
    studio.pass_plan(10)
    path = _file(tmp_path)
    table = studio.svc.imports.read(path)
    preview = studio.svc.imports.preview(table, _mapping(studio, path))
    assert (preview.new, preview.updated, preview.skipped, preview.rejected) == (2, 0, 0, 1)
    [rejected] = [r for r in preview.rows if r.action is RowAction.REJECT]
    assert rejected.line == 4 and "thor@example" in rejected.reason_text
    assert _names(studio) == []


def test_import_creates_members_as_typed_with_their_balance_and_logs_the_file(
    studio: StudioFactory, tmp_path: Path
) -> None:
    svc = studio.svc
    studio.pass_plan(10)
    path = _file(tmp_path)
    table = svc.imports.read(path)
    result = svc.imports.run(table, _mapping(studio, path))

    assert (result.value.created, result.value.memberships, result.value.rejected) == (2, 1, 1)
    assert "2 new members" in result.message
    assert _names(studio) == ["Zoë Ångström", "Łukasz Żółć"]
    [lukasz] = svc.members.search("Żółć")
    detail = svc.members.get(lukasz.id)
    assert (detail.birth_date, detail.card_code) == (date(1990, 7, 14), "C-100")
    profile = svc.profiles.profile(lukasz.id)
    [membership] = profile.memberships
    assert (membership.plan_name, membership.entries_left) == ("10-session pass", 7)
    assert (membership.starts_on, membership.ends_on) == (date(2026, 12, 1), date(2027, 3, 31))
    actions = [(log.staff_name, log.action, log.entries_after) for log in profile.logs.rows]
    assert ("Olivia Owner", "Member imported from clients.csv", None) in actions
    assert any(
        staff == "Olivia Owner" and "from clients.csv" in action and after == 7
        for staff, action, after in actions
        if action.startswith("Imported 10-session pass")
    )
    report = svc.credits.report(lukasz.id)
    assert [e.detail for e in report.ledger if e.amount == 7] == ["Imported from clients.csv"]
    assert svc.integrity.problems() == []


def test_an_imported_balance_pays_for_a_class(studio: StudioFactory, tmp_path: Path) -> None:
    svc = studio.svc
    studio.pass_plan(10)
    path = _file(tmp_path)
    svc.imports.run(svc.imports.read(path), _mapping(studio, path))
    [lukasz] = svc.members.search("Łukasz")
    session = studio.session_on(date(2026, 12, 3), studio.series(weekdays=frozenset({3})))
    svc.bookings.sign_up(session, lukasz.id)
    assert svc.profiles.profile(lukasz.id).memberships[0].entries_left == 6
    assert svc.integrity.problems() == []


def test_importing_the_same_file_twice_creates_no_duplicate(
    studio: StudioFactory, tmp_path: Path
) -> None:
    svc = studio.svc
    studio.pass_plan(10)
    path = _file(tmp_path)
    mapping = _mapping(studio, path)
    svc.imports.run(svc.imports.read(path), mapping)
    again = svc.imports.run(svc.imports.read(path), mapping).value
    assert (again.created, again.updated, again.skipped, again.memberships) == (0, 0, 2, 0)
    assert _names(studio) == ["Zoë Ångström", "Łukasz Żółć"]


def test_update_fills_details_and_keeps_a_balance_already_imported(
    studio: StudioFactory, tmp_path: Path
) -> None:
    svc = studio.svc
    studio.pass_plan(10)
    path = _file(tmp_path)
    svc.imports.run(svc.imports.read(path), _mapping(studio, path))
    changed = [ROWS[0].replace("lukasz@example.com", "lukasz.zolc@example.com")]
    second = _file(tmp_path, changed, name="clients-2.csv")
    mapping = _mapping(studio, second, on_existing=OnExisting.UPDATE)
    done = svc.imports.run(svc.imports.read(second), mapping).value
    assert (done.created, done.updated, done.memberships) == (0, 1, 0)
    [lukasz] = svc.members.search("Żółć")
    assert svc.members.get(lukasz.id).email == "lukasz.zolc@example.com"
    profile = svc.profiles.profile(lukasz.id)
    assert len(profile.memberships) == 1
    assert "Member details updated from clients-2.csv" in [log.action for log in profile.logs.rows]


def test_a_member_added_meanwhile_is_matched_not_duplicated(
    studio: StudioFactory, tmp_path: Path
) -> None:
    svc = studio.svc
    studio.pass_plan(10)
    path = _file(tmp_path)
    table = svc.imports.read(path)
    mapping = _mapping(studio, path)
    assert svc.imports.preview(table, mapping).new == 2
    studio.member("Zoë", "Ångström", card_code="C-101")  # typed at another desk meanwhile
    done = svc.imports.run(table, mapping).value
    assert (done.created, done.skipped) == (1, 1)
    assert _names(studio) == ["Zoë Ångström", "Łukasz Żółć"]


def test_a_failure_mid_import_leaves_nothing_written(
    studio: StudioFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = studio.svc
    studio.pass_plan(10)
    path = _file(tmp_path)

    def fail(*args: object, **kwargs: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(import_writes, "_write_balances", fail)
    with pytest.raises(OSError):
        svc.imports.run(svc.imports.read(path), _mapping(studio, path))
    assert _names(studio) == []


def test_import_needs_the_settings_privilege(studio: StudioFactory, tmp_path: Path) -> None:
    svc = studio.svc
    studio.pass_plan(10)
    path = _file(tmp_path)
    mapping = _mapping(studio, path)
    desk = studio.front_desk()
    svc.staff.set_privileges(desk, frozenset({Privilege.REPORTS}))
    studio.log_in("desk")
    table = svc.imports.read(path)
    with pytest.raises(PermissionDenied, match="'settings' privilege"):
        svc.imports.run(table, mapping)
    with pytest.raises(PermissionDenied):
        svc.imports.preview(table, mapping)
    assert _names(studio) == []


def test_one_row_per_membership_gives_one_member_with_each_balance(
    studio: StudioFactory, tmp_path: Path
) -> None:
    """Other systems (and our own export) write a row per membership: the same person on a
    further line adds a balance, here personal-training credits that came with a time-based
    plan; the same card under another name is still a duplicate."""
    svc = studio.svc
    studio.pass_plan(10)
    studio.time_plan(name="Unlimited + PT")
    path = tmp_path / "balances.csv"
    path.write_text(
        "Name,Card,Plan,Credit category,Sessions left,Valid until\n"
        "Łukasz Żółć,C-1,Karnet 10,,7,2027-03-31\n"
        "Łukasz Żółć,C-1,Unlimited + PT,Personal training,2,2027-01-31\n"
        "Zoë Ångström,C-1,Karnet 10,,3,2027-03-31\n",
        encoding="utf-8",
    )
    table = svc.imports.read(path)
    plans = {p.name: p.id for p in svc.imports.plans()}
    mapping = ColumnMapping(
        guess_fields(table.headers),
        plans={"Karnet 10": plans["10-session pass"], "Unlimited + PT": plans["Unlimited + PT"]},
    )
    preview = svc.imports.preview(table, mapping)
    assert [r.action for r in preview.rows] == [RowAction.NEW, RowAction.BALANCE, RowAction.REJECT]
    assert preview.rows[2].reason_text == "card code C-1 is also on line 2"
    done = svc.imports.run(table, mapping).value
    assert (done.created, done.memberships) == (1, 2)
    [lukasz] = svc.members.search("Łukasz")
    totals = {t.category: t.available for t in svc.credits.report(lukasz.id).totals}
    assert totals == {"Group class": 7, "Personal training": 2}
    assert svc.integrity.problems() == []
