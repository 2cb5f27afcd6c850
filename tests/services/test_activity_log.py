"""The studio's activity log (Settings → Activity log): every user-log line, newest first,
filtered by studio days, staff account and words, read a page at a time; only accounts with
the staff privilege may read it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from studio_app.container import Services
from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import AuthenticationFailed, PermissionDenied, ValidationError
from studio_app.domain.privileges import Privilege, Role
from studio_app.dto.activity_log import ActivityPage
from studio_app.services.activity_log import AUTOMATIC
from tests.factories import OWNER_PASSWORD, StudioFactory

TODAY = date(2026, 12, 1)
MONTH_AGO = date(2026, 11, 1)


def lines(page: ActivityPage) -> list[tuple[str, str, str]]:
    """(staff, member, text) of each line, as the page lists them."""
    return [(row.staff_name, row.member_name, row.action) for row in page.rows]


def texts(
    svc: Services, first: date = MONTH_AGO, last: date = TODAY, **filters: object
) -> list[str]:
    return [row.action for row in svc.activity_log.page(first, last, **filters).rows]  # type: ignore[arg-type]


def anna_account(studio: StudioFactory) -> int:
    """A front-desk account for Anna Nowak, then given billing: two lines with no member."""
    return studio.front_desk(
        "anna", "Anna Nowak", frozenset({Privilege.BILLING, Privilege.REPORTS})
    )


def test_lines_about_no_member_are_listed_newest_first_with_who_and_which_member(
    studio: StudioFactory, clock: FixedClock
) -> None:
    svc = studio.svc
    clock.advance_to(datetime(2026, 11, 20, 10, 0))
    anna_account(studio)
    clock.advance_to(datetime(2026, 11, 25, 16, 30))
    plan = studio.time_plan(name="Monthly")
    detail = next(p for p in svc.plans.list_plans() if p.id == plan)
    svc.plans.update(plan, replace(detail.as_input(), price_cents=16000))
    clock.advance_to(datetime(2026, 12, 1, 8, 0))
    studio.member("Łukasz", "Żółć")

    page = svc.activity_log.page(MONTH_AGO, TODAY)
    assert lines(page) == [
        ("Olivia Owner", "Łukasz Żółć", "Member created"),
        ("Olivia Owner", "", "Plan 'Monthly': price 120.00 → 160.00"),
        ("Olivia Owner", "", "Plan 'Monthly' created: Time-based, price 120.00"),
        ("Olivia Owner", "", "Staff account Anna Nowak: privileges reports → billing, reports"),
        (
            "Olivia Owner",
            "",
            "Staff account Anna Nowak created: user name anna, Front desk, privileges reports",
        ),
    ]
    assert [row.at for row in page.rows][:2] == [
        datetime(2026, 12, 1, 8, 0),
        datetime(2026, 11, 25, 16, 30),
    ]
    assert page.older is None


def test_the_apps_own_lines_read_automatic(studio: StudioFactory) -> None:
    svc = studio.svc
    studio.front_desk()
    for _ in range(5):
        with pytest.raises(AuthenticationFailed, match="Unknown user name or wrong password"):
            svc.staff.log_in("desk", "wrong")
    studio.log_in("owner", OWNER_PASSWORD)
    staff, member, text = lines(svc.activity_log.page(TODAY, TODAY))[0]
    assert (staff, member) == (AUTOMATIC, "")
    assert text.startswith("Staff account Dana Desk locked until")


def test_days_staff_and_words_narrow_the_lines(studio: StudioFactory, clock: FixedClock) -> None:
    svc = studio.svc
    clock.advance_to(datetime(2026, 10, 15, 12, 0))
    studio.member("Zoë", "Old")
    clock.advance_to(datetime(2026, 11, 30, 23, 59))
    anna = anna_account(studio)
    clock.advance_to(datetime(2026, 12, 1, 0, 0))
    studio.log_in("anna")
    studio.member("Łukasz", "Żółć", email="lukasz@example.pl")
    studio.log_in("owner", OWNER_PASSWORD)
    studio.time_plan(name="Monthly")

    # Days are whole studio days, both ends included.
    assert texts(svc, TODAY, TODAY) == [
        "Plan 'Monthly' created: Time-based, price 120.00",
        "Member created",
    ]
    assert texts(svc, date(2026, 11, 30), date(2026, 11, 30)) == [
        "Staff account Anna Nowak: privileges reports → billing, reports",
        "Staff account Anna Nowak created: user name anna, Front desk, privileges reports",
    ]
    assert texts(svc) == texts(svc, MONTH_AGO, TODAY)
    assert "Member created" in texts(svc, date(2026, 10, 1), date(2026, 10, 31))
    assert len(texts(svc)) == 4  # Zoë's line is older than the month

    # One staff account's lines.
    assert lines(svc.activity_log.page(MONTH_AGO, TODAY, staff_id=anna)) == [
        ("Anna Nowak", "Łukasz Żółć", "Member created")
    ]

    # Every word, in the line or the member's name, email, phone or card; case ignored.
    assert texts(svc, text="anna BILLING") == [
        "Staff account Anna Nowak: privileges reports → billing, reports"
    ]
    assert texts(svc, text="ŻÓŁĆ") == ["Member created"]
    assert texts(svc, text="łukasz created") == ["Member created"]
    assert texts(svc, text="example.pl") == ["Member created"]
    assert texts(svc, text="monthly 120.00") == ["Plan 'Monthly' created: Time-based, price 120.00"]
    assert texts(svc, text="zoë") == []  # older than the month
    assert texts(svc, date(2026, 10, 1), TODAY, text="ZOË") == ["Member created"]
    assert texts(svc, text="100%") == []
    assert texts(svc, text="anna_") == []


def test_letters_beyond_ascii_are_found_in_either_case(studio: StudioFactory) -> None:
    svc = studio.svc
    studio.time_plan(name="Joga Żółta")
    studio.time_plan(name="Łódź Pass")
    created = "Plan 'Joga Żółta' created: Time-based, price 120.00"
    assert texts(svc, text="żółta") == [created]
    assert texts(svc, text="jOGA żÓŁTA") == [created]
    assert texts(svc, text="ół") == [created]
    assert texts(svc, text="łó") == ["Plan 'Łódź Pass' created: Time-based, price 120.00"]
    assert texts(svc, text="żółw") == []
    assert texts(svc, text="łódź żółta") == []  # every word, in one line


def test_older_lines_come_a_page_at_a_time(studio: StudioFactory, clock: FixedClock) -> None:
    svc = studio.svc
    for day in range(1, 8):
        clock.advance_to(datetime(2026, 11, day, 9, 0))
        studio.member(f"Member{day}", "Same")  # lines at the same moment are paged by order
        studio.member(f"Other{day}", "Same")
    names = [row.member_name for row in svc.activity_log.page(MONTH_AGO, TODAY).rows]
    assert names[:3] == ["Other7 Same", "Member7 Same", "Other6 Same"]
    assert len(names) == 14

    pages, before = [], None
    while True:
        page = svc.activity_log.page(MONTH_AGO, TODAY, before=before, limit=4)
        pages.append([row.member_name for row in page.rows])
        before = page.older
        if before is None:
            break
    assert [len(p) for p in pages] == [4, 4, 4, 2]
    assert sum(pages, []) == names

    # A search pages the same way, over the lines it finds.
    first = svc.activity_log.page(MONTH_AGO, TODAY, text="other", limit=5)
    assert [row.member_name for row in first.rows] == [f"Other{d} Same" for d in (7, 6, 5, 4, 3)]
    rest = svc.activity_log.page(MONTH_AGO, TODAY, text="other", limit=5, before=first.older)
    assert [row.member_name for row in rest.rows] == ["Other2 Same", "Other1 Same"]
    assert rest.older is None


def test_the_front_desk_may_not_read_it(studio: StudioFactory) -> None:
    svc = studio.svc
    studio.front_desk()
    studio.log_in("desk")
    with pytest.raises(PermissionDenied, match="needs the 'staff' privilege"):
        svc.activity_log.page(MONTH_AGO, TODAY)


def test_a_manager_given_the_staff_privilege_may(studio: StudioFactory) -> None:
    svc = studio.svc
    manager = svc.staff.create(
        username="mia", full_name="Mia Manager", role=Role.MANAGER, password="desk-secret"
    ).value
    studio.log_in("mia")
    with pytest.raises(PermissionDenied):
        svc.activity_log.page(MONTH_AGO, TODAY)
    studio.log_in("owner", OWNER_PASSWORD)
    svc.staff.set_privileges(manager, frozenset({Privilege.STAFF}))
    studio.log_in("mia")
    assert (
        texts(svc)[0] == "Staff account Mia Manager: privileges billing, reports, settings → staff"
    )


def test_a_range_backwards_or_outside_the_bounds_is_refused(studio: StudioFactory) -> None:
    svc = studio.svc
    with pytest.raises(ValidationError, match="first day 1 Dec 2026 is after the last day"):
        svc.activity_log.page(TODAY, MONTH_AGO)
    with pytest.raises(ValidationError, match="outside 1 Jan 2000"):
        svc.activity_log.page(date(1999, 12, 31), TODAY)
    with pytest.raises(ValidationError, match="The search is 201 characters long"):
        svc.activity_log.page(MONTH_AGO, TODAY, text="x" * 201)
    with pytest.raises(ValidationError, match="The number of lines"):
        svc.activity_log.page(MONTH_AGO, TODAY, limit=0)
