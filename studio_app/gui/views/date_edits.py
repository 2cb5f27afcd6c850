"""Date boxes write the day as every other date in the app (domain/formats/): English month
and weekday names whatever the desktop's language, day or month first as the studio chose.
A box that shows the weekday or the time keeps showing it; none shows an ISO date."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateTimeEdit

from studio_app.domain.formats import DateStyle, date_style

#: Qt's English names ("Dec", "Tue"), so that a box reads like the tables beside it.
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def display_format(shown: str, style: DateStyle) -> str:
    """The display format for a box that showed ``shown`` (as designed): "d MMM yyyy" or
    "MMM d, yyyy", after "ddd" when it showed the weekday and before "HH:mm" the time."""
    month_first = style is DateStyle.MONTH_FIRST
    day = "MMM d, yyyy" if month_first else "d MMM yyyy"
    if "ddd" in shown:
        day = ("ddd, " if month_first else "ddd ") + day
    return f"{day} HH:mm" if "HH:mm" in shown else day


def follow_date_format(*edits: QDateTimeEdit) -> None:
    """Write the days of ``edits`` in the studio's date format, in English."""
    style = date_style()
    for edit in edits:
        edit.setLocale(ENGLISH)
        edit.setDisplayFormat(display_format(edit.displayFormat(), style))
