"""The user log records account, plan, product and member edits with before → after (issue 12,
item 11): only the fields that changed, never a password, and nothing for a save that changed
nothing or was refused. Lines about a member show on the member's profile; lines about staff
accounts, plans and products are in the exported user log, naming who acted."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from studio_app.container import Services
from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import PermissionDenied, ValidationError
from studio_app.domain.formats import MoneyFormat
from studio_app.domain.plans import DEFAULT_CATEGORY, PlanKind
from studio_app.domain.privileges import Privilege, Role
from studio_app.dto.billing import ProductInput
from studio_app.dto.members import MemberInput
from studio_app.dto.plans import PlanInput
from tests.factories import StudioFactory

NEW_PASSWORD = "n3w-secret!"


def exported_log(svc: Services, folder: Path) -> list[tuple[str, str, str]]:
    """The user log as the studio reads it in an export: (staff, member, action), oldest first."""
    svc.exports.export(folder)
    with (folder / "user_log.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    return [(row["Staff"], row["Member"], row["Action"]) for row in rows]


def actions(svc: Services, folder: Path) -> list[str]:
    return [action for _, _, action in exported_log(svc, folder)]


def profile_log(svc: Services, member_id: int) -> list[tuple[str, str]]:
    """(staff, action) of a member's user log, oldest first (the profile shows it newest
    first)."""
    rows = svc.profiles.profile(member_id).logs.rows
    return [(row.staff_name, row.action) for row in reversed(rows)]


def test_member_edit_names_each_changed_field_before_and_after(studio: StudioFactory) -> None:
    svc = studio.svc
    member = studio.member("Łukasz", "Żółć", email="a@x.pl", phone="600 100 200")
    detail = svc.members.get(member)
    svc.members.update(member, replace(detail.as_input(), phone="600 100 300", email="b@x.pl"))
    svc.members.update(member, replace(detail.as_input(), phone="600 100 300", email="b@x.pl"))
    svc.members.update(
        member,
        MemberInput("Łukasz", "Żółć-Nowak", "b@x.pl", "600 100 300", date(1990, 5, 17), "", "A7"),
    )
    assert profile_log(svc, member) == [
        ("Olivia Owner", "Member created"),
        (
            "Olivia Owner",
            "Member details edited: email a@x.pl → b@x.pl; phone 600 100 200 → 600 100 300",
        ),
        # The second save changed nothing and wrote no line.
        (
            "Olivia Owner",
            "Member details edited: last name Żółć → Żółć-Nowak; "
            "birth date (none) → 17 May 1990; card code (none) → A7",
        ),
    ]


def test_a_long_note_is_shortened_in_the_log_but_kept_whole(studio: StudioFactory) -> None:
    svc = studio.svc
    member = studio.member("Zoë", "Ångström")
    note = "Knee injury after a skiing fall in Zakopane; no deep lunges, no jumps. " * 3
    svc.members.update(member, replace(svc.members.get(member).as_input(), notes=note))
    line = profile_log(svc, member)[-1][1]
    assert line.startswith("Member details edited: notes (none) → Knee injury after a skiing")
    assert line.endswith("…") and len(line) < 180
    assert svc.members.get(member).notes == note.strip()


def test_staff_account_changes_name_who_acted_and_never_the_password(
    studio: StudioFactory, tmp_path: Path
) -> None:
    svc = studio.svc
    anna = svc.staff.create(
        username="anna", full_name="Anna Nowak", role=Role.FRONT_DESK, password="first-secret"
    ).value
    svc.staff.set_privileges(anna, frozenset({Privilege.BILLING}))
    svc.staff.set_privileges(anna, frozenset({Privilege.BILLING, Privilege.REPORTS}))
    svc.staff.set_privileges(anna, frozenset({Privilege.BILLING, Privilege.REPORTS}))  # same
    svc.staff.set_active(anna, False)
    svc.staff.set_active(anna, True)
    svc.staff.set_password(anna, NEW_PASSWORD)
    studio.log_in("anna", NEW_PASSWORD)
    svc.staff.set_password(anna, "anna-own-secret")
    with pytest.raises(PermissionDenied, match="needs the 'staff' privilege"):
        svc.staff.set_privileges(anna, frozenset())
    log = exported_log(svc, tmp_path / "export")
    assert log == [
        (
            "Olivia Owner",
            "",
            "Staff account Anna Nowak created: user name anna, Front desk, privileges reports",
        ),
        ("Olivia Owner", "", "Staff account Anna Nowak: privileges reports → billing"),
        ("Olivia Owner", "", "Staff account Anna Nowak: privileges billing → billing, reports"),
        ("Olivia Owner", "", "Staff account Anna Nowak deactivated"),
        ("Olivia Owner", "", "Staff account Anna Nowak reactivated"),
        ("Olivia Owner", "", "Staff account Anna Nowak: password reset for anna"),
        ("Anna Nowak", "", "Staff account Anna Nowak: own password changed"),
    ]
    for _, _, action in log:
        assert "secret" not in action


def test_plan_edits_name_the_changed_terms_in_the_studio_money_format(
    studio: StudioFactory, tmp_path: Path
) -> None:
    svc = studio.svc
    monthly = PlanInput(
        "Monthly", PlanKind.TIME_BASED, 15000, 1, DurationUnit.MONTHS, None, DEFAULT_CATEGORY
    )
    plan = svc.plans.create(monthly).value
    svc.plans.update(plan, replace(monthly, price_cents=16000))
    svc.plans.update(plan, replace(monthly, price_cents=16000))  # nothing changed
    svc.studio.set_money_format(MoneyFormat("zł", symbol_after=True, decimal_comma=True))
    svc.plans.update(plan, replace(monthly, name="Miesięczny", price_cents=17050, active=False))
    with pytest.raises(ValidationError, match="Price cannot be negative"):
        svc.plans.update(plan, replace(monthly, price_cents=-100))
    assert actions(svc, tmp_path / "export")[-3:] == [
        "Plan 'Monthly' created: Time-based, price 150.00",
        "Plan 'Monthly': price 150.00 → 160.00",
        "Plan 'Monthly': name Monthly → Miesięczny; price 160,00 zł → 170,50 zł; on sale yes → no",
    ]


def test_product_price_edit_is_logged(studio: StudioFactory, tmp_path: Path) -> None:
    svc = studio.svc
    water = svc.products.create(ProductInput("Woda 0,5 l", 150)).value
    svc.products.update(water, ProductInput("Woda 0,5 l", 200))
    svc.products.update(water, ProductInput("Woda 0,5 l", 200))  # nothing changed
    svc.products.update(water, ProductInput("Woda 0,5 l", 200, active=False))
    assert actions(svc, tmp_path / "export")[-3:] == [
        "Product 'Woda 0,5 l' created: price 1.50",
        "Product 'Woda 0,5 l': price 1.50 → 2.00",
        "Product 'Woda 0,5 l': on sale yes → no",
    ]
