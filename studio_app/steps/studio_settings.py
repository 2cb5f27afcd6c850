"""How the studio writes money and dates, what paper it prints on and whether it enforces billing:
the studio settings read inside the caller's unit of work (defaults before set-up)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from studio_app.domain.formats import DateStyle, MoneyFormat
from studio_app.dto.reports import Paper
from studio_app.models import StudioSettings


def money_format(s: Session) -> MoneyFormat:
    """The studio's money format (Settings → Products & money), read inside a unit of work."""
    settings = s.get(StudioSettings, 1)
    if settings is None:
        return MoneyFormat()
    return MoneyFormat(settings.currency_symbol, settings.currency_after, settings.decimal_comma)


def paper(s: Session) -> Paper:
    """The studio's paper size for printed reports (A4 until set), read inside a unit of work."""
    settings = s.get(StudioSettings, 1)
    if settings is None or settings.paper_size not in Paper._value2member_map_:
        return Paper.A4
    return Paper(settings.paper_size)


#: Money as it is written until the studio says otherwise: "1234.50".
PLAIN_MONEY = MoneyFormat()


def date_style(s: Session) -> DateStyle:
    """The studio's date format (day first until set), read inside a unit of work."""
    settings = s.get(StudioSettings, 1)
    if settings is None or settings.date_format not in DateStyle._value2member_map_:
        return DateStyle.DAY_FIRST
    return DateStyle(settings.date_format)


def enforce_billing(s: Session) -> bool:
    """ "Enforce billing for session registration", read inside the caller's unit of work:
    on (the default, also before set-up) a sign-up needs a paying membership."""
    settings = s.get(StudioSettings, 1)
    return True if settings is None else settings.enforce_billing
