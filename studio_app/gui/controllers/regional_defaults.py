"""What the first start suggests for how the studio writes money and dates and the paper it
prints on, read from the computer's region (its QLocale); the owner may change each before the
studio is created, and later in Settings → Products & money.

The currency is the region's own, placed where the region writes it, with its decimal point or
comma: "$1.50" in the United States, "£1.50" in Great Britain, "1,50 €" in Germany, "1,50 zł"
in Poland (the ISO code, "CHF", when the region has no symbol). The United States, Canada and
the Philippines write the month first ("Tue, Dec 1, 2026"); the rest of the world the day first
("Tue 1 Dec 2026"). North and Latin America's Letter countries print on Letter; everyone else on
A4. A region Qt does not know (the "C" locale) gets no symbol, day first and A4.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale

from studio_app.domain.bounds import SYMBOL_MAX
from studio_app.domain.formats import DateStyle, MoneyFormat
from studio_app.dto.reports import Paper

#: The amount a money format's example is written with: big enough to show the decimals.
EXAMPLE_CENTS = 123450
#: The paper sizes offered, as the lists show them.
PAPER_NAMES = {Paper.A4: "A4 (210 × 297 mm)", Paper.LETTER: "Letter (8.5 × 11 in)"}
#: Regions printing on Letter paper (ISO 3166 codes).
LETTER_REGIONS = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE"})
#: Regions writing the month before the day.
MONTH_FIRST_REGIONS = frozenset({"US", "CA", "PH"})


@dataclass(frozen=True)
class StudioStyle:
    """How a studio writes money and dates, and the paper its reports print on."""

    money: MoneyFormat
    paper: Paper
    dates: DateStyle


#: Until a region says otherwise: no currency symbol, day first, A4.
PLAIN_STYLE = StudioStyle(MoneyFormat(), Paper.A4, DateStyle.DAY_FIRST)


def regional_defaults(locale: QLocale) -> StudioStyle:
    """The money format, paper and date format a studio in ``locale``'s region would expect."""
    region = QLocale.territoryToCode(locale.territory())
    symbol = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol) or (
        locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    )
    symbol = symbol.strip()[:SYMBOL_MAX]
    after = bool(symbol) and locale.toCurrencyString(1.5).strip().endswith(symbol)
    money = MoneyFormat(symbol, after, locale.decimalPoint() == ",")
    paper = Paper.LETTER if region in LETTER_REGIONS else Paper.A4
    dates = DateStyle.MONTH_FIRST if region in MONTH_FIRST_REGIONS else DateStyle.DAY_FIRST
    return StudioStyle(money, paper, dates)
