"""One way to write a day, a range, a time, a moment, a duration and money (domain/formats/),
in English whatever the machine's language, day first or month first as the studio chose."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from studio_app.domain import formats
from studio_app.domain.durations import DurationUnit
from studio_app.domain.formats import (
    DateStyle,
    MoneyFormat,
    cents_text,
    day_text,
    duration_text,
    moment_range_text,
    moment_text,
    percent_text,
    range_text,
    time_range_text,
    time_text,
    validity_text,
    wait_text,
    weekday_day_text,
    weekday_name,
    weekday_text,
)

DAY, MONTH = DateStyle.DAY_FIRST, DateStyle.MONTH_FIRST
TUE = date(2026, 12, 1)
ZLOTY = MoneyFormat("zł", symbol_after=True, decimal_comma=True)


def test_a_day_reads_day_first_or_month_first() -> None:
    assert [day_text(TUE, style=s) for s in (DAY, MONTH)] == ["1 Dec 2026", "Dec 1, 2026"]
    assert [weekday_text(TUE, style=s) for s in (DAY, MONTH)] == [
        "Tue 1 Dec 2026",
        "Tue, Dec 1, 2026",
    ]
    assert weekday_text(TUE, long=True, style=DAY) == "Tuesday 1 December 2026"
    assert weekday_text(TUE, long=True, style=MONTH) == "Tuesday, December 1, 2026"
    assert weekday_text(TUE, year=False, style=MONTH) == "Tue, Dec 1"
    assert day_text(date(2027, 5, 31), long=True, style=MONTH) == "May 31, 2027"
    assert day_text(date(2026, 11, 2), year=False) == "2 Nov"


@pytest.mark.parametrize(
    ("first", "last", "day_first", "month_first"),
    [
        (TUE, TUE, "1 Dec 2026", "Dec 1, 2026"),
        (date(2026, 12, 6), date(2026, 12, 12), "6–12 Dec 2026", "Dec 6–12, 2026"),
        (date(2026, 11, 30), date(2026, 12, 6), "30 Nov – 6 Dec 2026", "Nov 30 – Dec 6, 2026"),
        (
            date(2026, 12, 20),
            date(2027, 1, 19),
            "20 Dec 2026 – 19 Jan 2027",
            "Dec 20, 2026 – Jan 19, 2027",
        ),
    ],
)
def test_a_range_writes_each_part_once(
    first: date, last: date, day_first: str, month_first: str
) -> None:
    assert range_text(first, last, style=DAY) == day_first
    assert range_text(first, last, style=MONTH) == month_first


def test_a_range_may_name_its_months_in_full() -> None:
    assert range_text(date(2026, 6, 28), date(2026, 7, 4), long=True) == "28 June – 4 July 2026"


def test_weekdays_are_named_by_day_or_by_number() -> None:
    assert [weekday_name(d) for d in range(7)] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert (weekday_name(TUE), weekday_name(6, long=True)) == ("Tue", "Sunday")
    assert weekday_day_text(TUE) == "Tue 1"
    formats.use_date_style(MONTH)
    assert weekday_day_text(TUE) == "Tue 1"


def test_times_use_the_24_hour_clock_and_a_moment_has_its_day_first() -> None:
    evening = datetime(2026, 12, 8, 18, 5, 9)
    assert (time_text(time(7, 0)), time_text(evening)) == ("07:00", "18:05")
    assert time_text(evening, seconds=True) == "18:05:09"
    assert moment_text(evening, style=DAY) == "8 Dec 2026 18:05"
    assert moment_text(evening, weekday=True, style=MONTH) == "Tue, Dec 8, 2026 18:05"
    assert moment_text(evening, weekday=True, year=False) == "Tue 8 Dec 18:05"


def test_a_span_of_time_has_a_dash_without_spaces() -> None:
    start, end = datetime(2026, 12, 8, 18, 0), datetime(2026, 12, 8, 19, 15)
    assert time_range_text(start, end) == "18:00–19:15"
    assert time_range_text(time(7, 0), time(8, 30)) == "07:00–08:30"
    assert moment_range_text(start, end) == "Tue 8 Dec 2026 18:00–19:15"
    formats.use_date_style(MONTH)
    assert moment_range_text(start, end) == "Tue, Dec 8, 2026 18:00–19:15"


@pytest.mark.parametrize(
    ("length", "text"),
    [
        (timedelta(minutes=54), "54 min"),
        (timedelta(hours=0.9), "54 min"),
        (timedelta(hours=1, minutes=30), "1 h 30 min"),
        (timedelta(hours=9), "9 h"),
        (timedelta(hours=8, minutes=59, seconds=59), "8 h 59 min"),
        (timedelta(seconds=20), "less than 1 min"),
    ],
)
def test_a_duration_reads_in_hours_and_minutes(length: timedelta, text: str) -> None:
    assert duration_text(length) == text


@pytest.mark.parametrize(
    ("wait", "text"),
    [
        (timedelta(milliseconds=200), "1 second"),
        (timedelta(seconds=29.2), "30 seconds"),
        (timedelta(seconds=61), "1 minute 1 second"),
        (timedelta(minutes=15), "15 minutes"),
    ],
)
def test_a_wait_is_rounded_up_to_the_second(wait: timedelta, text: str) -> None:
    assert wait_text(wait) == text


def test_a_validity_counts_its_units() -> None:
    assert [
        validity_text(1, DurationUnit.MONTHS),
        validity_text(3, DurationUnit.WEEKS),
        validity_text(10, DurationUnit.DAYS),
        validity_text(1, DurationUnit.DAYS),
    ] == ["1 month", "3 weeks", "10 days", "1 day"]


def test_an_amount_is_written_from_its_cents_without_a_float() -> None:
    assert [cents_text(c) for c in (1200, 5, -250, 0, 100_000_000)] == [
        "12.00",
        "0.05",
        "-2.50",
        "0.00",
        "1000000.00",
    ]


@pytest.mark.parametrize(
    ("money", "texts"),
    [
        (MoneyFormat(), ("12.00", "-3.50", "80.0 %")),
        (MoneyFormat("€"), ("€12.00", "-€3.50", "80.0 %")),
        (MoneyFormat("$"), ("$12.00", "-$3.50", "80.0 %")),
        (ZLOTY, ("12,00 zł", "-3,50 zł", "80,0 %")),
    ],
)
def test_money_has_the_studios_symbol_and_decimal_mark(
    money: MoneyFormat, texts: tuple[str, str, str]
) -> None:
    assert (money.text(1200), money.text(-350), percent_text(0.8, money)) == texts


def test_the_studios_format_is_the_one_in_use_until_changed() -> None:
    assert formats.date_style() is DAY
    formats.use_date_style(MONTH)
    assert (day_text(TUE), range_text(TUE, date(2026, 12, 7))) == ("Dec 1, 2026", "Dec 1–7, 2026")
    formats.use_date_style(DAY)
    assert day_text(TUE) == "1 Dec 2026"
    assert [s.label for s in DateStyle] == [
        "Tue 1 Dec 2026 (day first)",
        "Tue, Dec 1, 2026 (month first)",
    ]


#: strftime directives whose text follows the machine's locale: names of days and months,
#: AM/PM and the locale's own date and time layouts.
_LOCALE_DIRECTIVE = re.compile(r"%[-#_^0]?[aAbBchpxX]")
#: A ``str.format`` field with a date format: "{:%d %b}".
_TEMPLATE_FIELD = re.compile(r"\{[^{}]*:[^{}]*%")
#: The package, wherever it is imported from.
_PACKAGE = Path(formats.__file__).resolve().parents[2]


def _date_formats(tree: ast.AST) -> Iterator[ast.Constant]:
    """The texts that ``tree`` hands to ``strftime``/``strptime``/``format`` as a date format,
    or writes after a colon in an f-string or a ``str.format`` template."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in ("strftime", "strptime", "format"):
                for arg in node.args:
                    yield from (c for c in ast.walk(arg) if isinstance(c, ast.Constant))
        elif isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            yield from (c for c in ast.walk(node.format_spec) if isinstance(c, ast.Constant))
        elif isinstance(node, ast.Constant) and _TEMPLATE_FIELD.search(str(node.value)):
            yield node


def _locale_formats(source: str) -> list[str]:
    return [
        c.value
        for c in _date_formats(ast.parse(source))
        if isinstance(c.value, str) and _LOCALE_DIRECTIVE.search(c.value)
    ]


def test_the_check_for_locale_formats_finds_them() -> None:
    found = _locale_formats(
        "a = f'{day:%d %b}'\n"
        "b = day.strftime('%A')\n"
        "c = '{:%B %Y}'.format(day)\n"
        "d = datetime.strptime(text, '%d %b %Y')\n"
        "e = f'{day:%Y-%m-%d %H:%M}' + day.strftime('%d.%m.%Y') + f'{n:02d}%'\n"
    )
    assert sorted(found) == ["%A", "%d %b", "%d %b %Y", "{:%B %Y}"]


def test_no_module_writes_or_reads_a_date_in_the_machines_language() -> None:
    """Names of days and months come from domain/formats, never from ``%a``/``%b``/``%p``…:
    the GUI sets the process's locale from the desktop, so those would change with it."""
    modules = sorted(_PACKAGE.rglob("*.py"))
    assert len(modules) > 100
    offenders = [
        f"{path.relative_to(_PACKAGE)}: {text!r}"
        for path in modules
        for text in _locale_formats(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
