"""How the studio writes money and dates and the paper it prints on: chosen at the first start,
changed in Settings, kept in the studio's file and used by every desk that opens it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from studio_app.container import Services, open_services
from studio_app.domain import formats
from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import DomainError, ValidationError
from studio_app.domain.formats import DateStyle, MoneyFormat
from studio_app.dto.changes import Change
from studio_app.dto.reports import Paper
from tests.factories import StudioFactory
from tests.pdf_text import pdf_text

ZLOTY = MoneyFormat("zł", symbol_after=True, decimal_comma=True)


def test_the_first_start_keeps_the_money_paper_and_dates_chosen(services: Services) -> None:
    services.studio.set_up(
        studio_name="Studio Żółw",
        owner_name="Łukasz Żółć",
        username="lukasz",
        password="lotus123",
        money=ZLOTY,
        paper=Paper.LETTER,
        dates=DateStyle.MONTH_FIRST,
    )
    services.staff.log_in("lukasz", "lotus123")

    studio = services.studio
    assert (studio.money_format(), studio.paper(), studio.date_style()) == (
        ZLOTY,
        Paper.LETTER,
        DateStyle.MONTH_FIRST,
    )
    assert formats.day_text(date(2026, 12, 1)) == "Dec 1, 2026"  # at once, on this desk


def test_a_first_start_with_an_impossible_format_creates_nothing(services: Services) -> None:
    with pytest.raises(ValidationError, match="A currency symbol is 9 characters long; at most 8"):
        services.studio.set_up(
            studio_name="Lotus",
            owner_name="Olivia",
            username="olivia",
            password="lotus123",
            money=MoneyFormat("dollars!!"),
        )
    with pytest.raises(ValidationError, match="day first or month first, not 'ymd'"):
        services.studio.set_up(
            studio_name="Lotus",
            owner_name="Olivia",
            username="olivia",
            password="lotus123",
            dates="ymd",  # type: ignore[arg-type]
        )
    assert services.studio.needs_setup()


def test_the_date_format_is_changed_in_settings_and_read_by_reports_and_the_next_start(
    studio: StudioFactory, db_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    svc = studio.svc
    assert svc.studio.date_style() is DateStyle.DAY_FIRST

    result = svc.studio.set_date_style(DateStyle.MONTH_FIRST)

    assert result.message == "Dates are now written like Tue, Dec 1, 2026."
    assert result.changes == frozenset(Change)  # every view writes its dates again
    session = studio.session_on(date(2026, 12, 8), studio.series())
    sheet = pdf_text(svc.reports.attendance_sheet(session, tmp_path / "sheet.pdf"))
    assert "Tuesday, December 8, 2026, 18:00–19:00" in sheet

    formats.use_date_style(DateStyle.DAY_FIRST)  # as a newly started desk would be
    open_services(db_url, clock)
    assert formats.date_style() is DateStyle.MONTH_FIRST


def test_only_an_account_with_the_settings_privilege_changes_the_date_format(
    studio: StudioFactory,
) -> None:
    studio.front_desk()
    studio.log_in("desk")

    with pytest.raises(DomainError, match="Dana Desk .Front desk. may not change the date format"):
        studio.svc.studio.set_date_style(DateStyle.MONTH_FIRST)

    assert studio.svc.studio.date_style() is DateStyle.DAY_FIRST
    assert formats.date_style() is DateStyle.DAY_FIRST
