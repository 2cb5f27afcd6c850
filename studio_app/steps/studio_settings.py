"""How the studio writes money and dates, what paper it prints on and whether it enforces billing:
the studio settings read inside the caller's unit of work (defaults before set-up)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.domain.formats import DateStyle, MoneyFormat
from studio_app.dto.reports import Paper
from studio_app.models import StudioSettings

#: Where a unit of work keeps the studio's settings row once read (``studio_settings``).
_SETTINGS = "studio settings"


_SETTINGS_ROW = select(StudioSettings).where(StudioSettings.id == 1)


def studio_settings(s: Session) -> StudioSettings | None:
    """The studio's settings row (None before set-up), read once per unit of work: the row is
    held in the session, so every later read of it in the same unit (``s.get(StudioSettings,
    1)`` too) comes from the session instead of the database; a change made to it in the unit
    is the same object, so nothing reads a stale copy."""
    held = s.info.get(_SETTINGS)
    if held is None:
        held = s.scalars(_SETTINGS_ROW).first()
        if held is not None:
            s.info[_SETTINGS] = held
    return held


def money_format(s: Session) -> MoneyFormat:
    """The studio's money format (Settings → Products & money), read inside a unit of work."""
    settings = studio_settings(s)
    if settings is None:
        return MoneyFormat()
    return MoneyFormat(settings.currency_symbol, settings.currency_after, settings.decimal_comma)


def paper(s: Session) -> Paper:
    """The studio's paper size for printed reports (A4 until set), read inside a unit of work."""
    settings = studio_settings(s)
    if settings is None or settings.paper_size not in Paper._value2member_map_:
        return Paper.A4
    return Paper(settings.paper_size)


def date_style(s: Session) -> DateStyle:
    """The studio's date format (day first until set), read inside a unit of work."""
    settings = studio_settings(s)
    if settings is None or settings.date_format not in DateStyle._value2member_map_:
        return DateStyle.DAY_FIRST
    return DateStyle(settings.date_format)


def enforce_billing(s: Session) -> bool:
    """ "Enforce billing for session registration", read inside the caller's unit of work:
    on (the default, also before set-up) a sign-up needs a paying membership."""
    settings = studio_settings(s)
    return True if settings is None else settings.enforce_billing
