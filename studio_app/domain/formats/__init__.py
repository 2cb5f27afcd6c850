"""How a day, a range of days, a time, a moment, a length of time and money read wherever
people read them: table cells, dialogs, refusals, the user logs and printed reports. Files for
machines (CSV and workbook cells, file names, command-line arguments) keep ISO dates, never
these texts, and plain amounts ("12.00", ``cents_text``).

The words are English and built here, never by ``strftime``: the GUI sets the process's locale
from the desktop, so ``%b`` would print "gru" on a Polish desktop and the studio's papers would
change with the machine. The order of day, month and year is the studio's date format
(Settings → Studio, asked at the first start): day first, "Tue 1 Dec 2026", or month first,
"Tue, Dec 1, 2026". It is one setting for the whole app, so it is held here for the process:
the services set it when they open the studio's data file and when the owner changes it.
Times use the 24-hour clock in both formats ("18:00").

Money is written in the studio's money format (Settings → Studio): its symbol before or after
the amount and a decimal point or comma, "€12.00", "12,00 zł"; ``cents_text`` is the plain
"12.00" that staff type and files hold.

One module per kind: ``dates`` (days, ranges, weekday and month names, the studio's date
format), ``times`` (times of day and moments), ``lengths`` (durations, waits, validities) and
``money`` (amounts and percentages). Import from the package.
"""

from __future__ import annotations

from studio_app.domain.formats.dates import (
    EXAMPLE_DAY,
    MONTH_NAMES,
    DateStyle,
    date_style,
    day_text,
    month_name,
    range_text,
    use_date_style,
    weekday_day_text,
    weekday_name,
    weekday_text,
)
from studio_app.domain.formats.lengths import duration_text, validity_text, wait_text
from studio_app.domain.formats.money import MoneyFormat, cents_text, percent_text
from studio_app.domain.formats.times import (
    moment_range_text,
    moment_text,
    stored_moment_text,
    time_range_text,
    time_text,
)

__all__ = [
    "EXAMPLE_DAY",
    "MONTH_NAMES",
    "DateStyle",
    "MoneyFormat",
    "cents_text",
    "date_style",
    "day_text",
    "duration_text",
    "moment_range_text",
    "moment_text",
    "percent_text",
    "month_name",
    "range_text",
    "stored_moment_text",
    "time_range_text",
    "time_text",
    "use_date_style",
    "validity_text",
    "wait_text",
    "weekday_day_text",
    "weekday_name",
    "weekday_text",
]
