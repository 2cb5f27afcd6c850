"""Date boxes read like every other date in the app: English names, the studio's order, never
ISO (views/date_edits.py)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit
from pytestqt.qtbot import QtBot

from studio_app.domain import formats
from studio_app.domain.formats import DateStyle
from studio_app.gui.views.date_edits import follow_date_format


def _edit(qtbot: QtBot, shown: str, value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value))
    edit.setLocale(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))  # the desktop's
    edit.setDisplayFormat(shown)
    qtbot.addWidget(edit)
    return edit


def test_date_boxes_write_english_days_in_the_studios_order(qtbot: QtBot) -> None:
    iso, weekday = (
        _edit(qtbot, "yyyy-MM-dd", date(2026, 12, 1)),
        _edit(qtbot, "ddd d MMM yyyy", date(2026, 12, 1)),
    )
    moment = QDateTimeEdit(QDateTime(datetime(2026, 12, 8, 18, 30)))
    moment.setDisplayFormat("ddd d MMM yyyy HH:mm")
    qtbot.addWidget(moment)
    assert weekday.text() == "wt. 1 gru 2026"  # as Qt would write it on a Polish desktop

    follow_date_format(iso, weekday, moment)
    assert [iso.text(), weekday.text(), moment.text()] == [
        "1 Dec 2026",
        "Tue 1 Dec 2026",
        "Tue 8 Dec 2026 18:30",
    ]

    formats.use_date_style(DateStyle.MONTH_FIRST)
    follow_date_format(iso, weekday, moment)
    assert [iso.text(), weekday.text(), moment.text()] == [
        "Dec 1, 2026",
        "Tue, Dec 1, 2026",
        "Tue, Dec 8, 2026 18:30",
    ]
