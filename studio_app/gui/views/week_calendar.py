"""A custom-painted Monday-to-Sunday calendar of class sessions.

Each session is a rounded block in its class color showing the name, the time and
"booked/capacity" (plus who is waiting); full classes are marked, cancelled ones greyed and struck
through. Appointments (one-to-one sessions, in their own colour) read "PT · <client>" and "with
<trainer>" instead of counts, and are never marked full. Sessions overlapping in time on one day
are drawn side by side.

The keyboard works it too: ←/→ pick the previous or next day of the week, ↑/↓ move a cursor
(a dashed outline) through that day's classes in time order, and Enter opens the class under
the cursor as a click does.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from studio_app.domain.formats import time_text, weekday_day_text, weekday_text
from studio_app.gui.controllers.schedule import SessionBlock as Block
from studio_app.gui.controllers.schedule import monday_of, time_span
from studio_app.gui.views.block_labels import BlockLabels

HEADER_HEIGHT = 34
GUTTER_WIDTH = 50
FIRST_HOUR, LAST_HOUR = 6, 22
TODAY_TINT = QColor("#fff6dc")
SELECTED_DAY_TINT = QColor("#e3eff0")
GRID = QColor("#e2e8e8")
FULL_MARK = QColor("#b3261e")
CANCELLED_FILL = QColor("#dcdfe0")
RIGHT_TOP = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
_DAY_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
_CLASS_STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
_OPEN_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


def _end(block: Block) -> datetime:
    return block.starts_at + timedelta(minutes=block.duration_minutes)


def _text_color(fill: QColor) -> QColor:
    luminance = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue()
    return QColor("#1d2626") if luminance > 150 else QColor("white")


class WeekCalendar(QWidget):
    """Click a block to select it (``session_selected``); click empty space to pick a day.
    From the keyboard: ←/→ pick a day, ↑/↓ move the cursor through its classes, Enter selects."""

    session_selected = Signal(int)
    day_selected = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._week_start: date | None = None
        self._today: date | None = None
        self._blocks: list[Block] = []
        self._selected_id: int | None = None
        self._selected_day: date | None = None
        self._cursor_id: int | None = None  # the keyboard's class (Enter opens it)
        self._labels = BlockLabels()
        self._hours = (FIRST_HOUR, LAST_HOUR)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # ----------------------------------------------------------------- state
    def set_sessions(
        self,
        week_start: date,
        blocks: list[Block],
        today: date | None = None,
        *,
        appointments: dict[int, str] | None = None,
    ) -> None:
        """Show ``blocks`` in the week containing ``week_start``; hours grow to fit them.
        ``appointments`` names the blocks that are appointments (session id → client)."""
        self._week_start = monday_of(week_start)
        self._labels = BlockLabels(appointments)
        if today is not None:
            self._today = today
        self._blocks = sorted(blocks, key=lambda b: (b.starts_at, b.id))
        shown = {b.id for b in self._blocks}
        if self._selected_id not in shown:
            self._selected_id = None
        if self._cursor_id not in shown:
            self._cursor_id = None
        self._hours = (FIRST_HOUR, LAST_HOUR)
        for b in self._blocks:
            end = _end(b)
            last = 24 if end.date() > b.starts_at.date() else math.ceil(end.hour + end.minute / 60)
            self._hours = (min(self._hours[0], b.starts_at.hour), max(self._hours[1], last))
        self.update()

    @property
    def selected_id(self) -> int | None:
        return self._selected_id

    @property
    def selected_day(self) -> date | None:
        return self._selected_day

    @property
    def cursor_id(self) -> int | None:
        """The class the keyboard is on (↑/↓ move it, Enter opens it)."""
        return self._cursor_id

    def set_selected(self, session_id: int | None) -> None:
        """Highlight a session (and its day) without emitting ``session_selected``; the
        keyboard's cursor goes there too."""
        block = next((b for b in self._blocks if b.id == session_id), None)
        self._selected_id = block.id if block else None
        if block:
            self._selected_day = block.starts_at.date()
            self._cursor_id = block.id
        self.update()

    def set_selected_day(self, day: date | None) -> None:
        self._selected_day = day
        self.update()

    # -------------------------------------------------------------- geometry
    def sizeHint(self) -> QSize:
        return QSize(760, 680)

    def minimumSizeHint(self) -> QSize:
        return QSize(7 * 64 + GUTTER_WIDTH, HEADER_HEIGHT + 16 * 26)

    def _day_width(self) -> float:
        return (self.width() - GUTTER_WIDTH - 1) / 7

    def _hour_height(self) -> float:
        first, last = self._hours
        return (self.height() - HEADER_HEIGHT - 1) / max(1, last - first)

    def _y_of(self, moment: datetime) -> float:
        hours = moment.hour + moment.minute / 60 - self._hours[0]
        return HEADER_HEIGHT + hours * self._hour_height()

    def _day_rect(self, index: int) -> QRectF:
        x = GUTTER_WIDTH + index * self._day_width()
        return QRectF(x, 0, self._day_width(), self.height())

    def _layout(self) -> list[tuple[Block, QRectF]]:
        """Each block's rectangle; blocks overlapping in time share their day's width."""
        if self._week_start is None:
            return []
        placed: list[tuple[Block, QRectF]] = []
        for block, (lane, lanes) in zip(self._blocks, _side_by_side(self._blocks), strict=True):
            day = block.starts_at.date()
            if not 0 <= (day - self._week_start).days < 7:
                continue
            column = self._day_rect((day - self._week_start).days)
            width = (column.width() - 4) / lanes
            end = _end(block)
            top = self._y_of(block.starts_at)
            bottom = self.height() - 1 if end.date() > day else self._y_of(end)
            x = column.x() + 2 + lane * width
            placed.append((block, QRectF(x + 1, top + 1, width - 2, max(14.0, bottom - top - 2))))
        return placed

    def block_rect(self, session_id: int) -> QRect:
        """Where the session is drawn (an empty rect if it is not in this week)."""
        for block, rect in self._layout():
            if block.id == session_id:
                return rect.toRect()
        return QRect()

    def block_text(self, session_id: int) -> str:
        """Everything the block says (its tooltip): name, day and time, who and where, counts."""
        block = next((b for b in self._blocks if b.id == session_id), None)
        if block is None:
            return ""
        return self._labels.tooltip(block)

    def _block_at(self, pos: QPoint) -> Block | None:
        for block, rect in reversed(self._layout()):
            if rect.contains(pos.toPointF()):
                return block
        return None

    def _day_at(self, pos: QPoint) -> date | None:
        if self._week_start is None or pos.x() < GUTTER_WIDTH:
            return None
        index = int((pos.x() - GUTTER_WIDTH) // self._day_width())
        return self._week_start + timedelta(days=index) if 0 <= index < 7 else None

    # ----------------------------------------------------------------- input
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _DAY_STEPS:
            self._step_day(_DAY_STEPS[key])
        elif key in _CLASS_STEPS:
            self._step_class(_CLASS_STEPS[key])
        elif key in _OPEN_KEYS and self._cursor_id is not None:
            self.set_selected(self._cursor_id)
            self.session_selected.emit(self._cursor_id)
        else:
            super().keyPressEvent(event)

    def _day_blocks(self, day: date | None) -> list[Block]:
        """The classes starting on ``day``, in time order."""
        return [b for b in self._blocks if b.starts_at.date() == day]

    def _step_day(self, step: int) -> None:
        """Pick the previous or next day of the week shown (staying inside it); the cursor goes
        to that day's class starting nearest the time it was on (or its first class)."""
        if self._week_start is None:
            return
        last = self._week_start + timedelta(days=6)
        day = min(
            max((self._selected_day or self._week_start) + timedelta(days=step), self._week_start),
            last,
        )
        was = next((b for b in self._blocks if b.id == self._cursor_id), None)
        blocks = self._day_blocks(day)
        if was is not None and blocks:
            minute = was.starts_at.hour * 60 + was.starts_at.minute
            blocks.sort(key=lambda b: abs(b.starts_at.hour * 60 + b.starts_at.minute - minute))
        self._cursor_id = blocks[0].id if blocks else None
        self.set_selected_day(day)
        self.day_selected.emit(day)

    def _step_class(self, step: int) -> None:
        """Move the cursor to the previous or next class of the picked day, in time order."""
        ids = [b.id for b in self._day_blocks(self._selected_day)]
        if not ids:
            return
        if self._cursor_id in ids:
            index = min(max(ids.index(self._cursor_id) + step, 0), len(ids) - 1)
        else:
            index = 0 if step > 0 else len(ids) - 1
        self._cursor_id = ids[index]
        self.update()

    def focusInEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.update()  # the cursor's outline shows only while the calendar has the focus

    def focusOutEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position().toPoint()
        if (block := self._block_at(pos)) is not None:
            self.set_selected(block.id)
            self.session_selected.emit(block.id)
        elif (day := self._day_at(pos)) is not None:
            self._cursor_id = None
            self.set_selected_day(day)
            self.day_selected.emit(day)
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            block = self._block_at(event.pos())  # type: ignore[attr-defined]
            text = self.block_text(block.id) if block else ""
            QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
            return True
        return super().event(event)

    # -------------------------------------------------------------- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        days = [self._week_start + timedelta(days=i) for i in range(7)] if self._week_start else []
        for index, day in enumerate(days):  # today tinted, the picked day lightly
            if day in (self._today, self._selected_day):
                tint = TODAY_TINT if day == self._today else SELECTED_DAY_TINT
                painter.fillRect(self._day_rect(index), tint)
        first, last = self._hours
        painter.setFont(_smaller(self.font()))
        for hour in range(first, last + 1):
            y = round(HEADER_HEIGHT + (hour - first) * self._hour_height())
            painter.setPen(GRID)
            painter.drawLine(GUTTER_WIDTH, y, self.width(), y)
            painter.setPen(QColor("#6b7777"))
            if hour < last:
                label = time_text(time(hour))
                painter.drawText(QRect(0, y + 1, GUTTER_WIDTH - 6, 16), RIGHT_TOP, label)
        header = QFont(self.font())
        for index, day in enumerate(days):
            column = self._day_rect(index)
            painter.setPen(GRID)
            painter.drawLine(column.topLeft(), column.bottomLeft())
            header.setBold(day in (self._today, self._selected_day))
            painter.setFont(header)
            painter.setPen(QColor("#24484b"))
            column.setHeight(HEADER_HEIGHT)
            title = _day_title(day, QFontMetrics(header), column.width() - 4)
            painter.drawText(column, Qt.AlignmentFlag.AlignCenter, title)
        painter.setPen(QColor("#c9d3d3"))
        painter.drawLine(0, HEADER_HEIGHT, self.width(), HEADER_HEIGHT)
        for block, rect in self._layout():
            self._paint_block(painter, block, rect)
            if block.id == self._cursor_id and self.hasFocus():
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor("#111c1c"), 1.5, Qt.PenStyle.DashLine))
                painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 6, 6)
        painter.end()

    def _paint_block(self, painter: QPainter, block: Block, rect: QRectF) -> None:
        full = self._labels.is_full(block)
        fill = CANCELLED_FILL if block.cancelled else QColor(block.color)
        fill = fill if fill.isValid() else QColor("#4f8a8b")
        selected = block.id == self._selected_id
        fill = fill.darker(118) if selected else fill
        painter.setBrush(fill)
        pen = QPen(FULL_MARK, 2) if full else QPen(fill.darker(130), 1)
        painter.setPen(QPen(QColor("#111c1c"), 3) if selected else pen)
        painter.drawRoundedRect(rect, 5, 5)
        if full:  # a red corner flag reads as "full" even where the text is cut short
            painter.setBrush(FULL_MARK)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(QRectF(rect.right() - 9, rect.top() + 3, 6, 6), 3, 3)
        ink = QColor("#6b7373") if block.cancelled else _text_color(fill)
        self._paint_text(painter, block, self._text_area(block, rect), ink)

    def _text_area(self, block: Block, rect: QRectF) -> QRectF:
        return rect.adjusted(5, 1, -8 if self._labels.is_full(block) else -4, -1)

    def _text_lines(self, block: Block, area: QRectF) -> list[tuple[str, QFont]]:
        """As many lines as fit: name, time span, counts (cancelled: struck, 'Cancelled'). A
        name too long for a narrow day goes on two lines where there is room, before the
        time span (the grid shows the time anyway); what still does not fit ends in "…"."""
        font = _smaller(self.font())
        struck, bold = QFont(font), QFont(font)
        bold.setBold(True)
        for face in (struck, bold):
            face.setStrikeOut(block.cancelled)
        metrics = QFontMetrics(font)
        fits = int(area.height() // metrics.height())
        counts, start = self._labels.counts(block), time_text(block.starts_at)
        title = self._labels.title(block)
        lines = [(f"{start} {title} · {counts}", bold)]
        if fits == 2:  # the start time only where it fits: the grid shows it anyway
            timed = f"{start} · {counts}"
            wide = metrics.horizontalAdvance(timed) <= area.width()
            lines = [(title, bold), (timed if wide else counts, font)]
        elif fits >= 3:
            span = time_span(block)
            span = span if metrics.horizontalAdvance(span) <= area.width() else start
            names = [(name, bold) for name in _two_lines(title, QFontMetrics(bold), area.width())]
            spans = [(span, struck)] if len(names) + 2 <= fits else []
            lines = [*names, *spans, (counts, font)]
        return [
            (
                QFontMetrics(face).elidedText(text, Qt.TextElideMode.ElideRight, int(area.width())),
                face,
            )
            for text, face in lines
        ]

    def block_lines(self, session_id: int) -> list[str]:
        """The lines the session's block shows at the calendar's present size."""
        for block, rect in self._layout():
            if block.id == session_id:
                return [text for text, _ in self._text_lines(block, self._text_area(block, rect))]
        return []

    def _paint_text(self, painter: QPainter, block: Block, area: QRectF, ink: QColor) -> None:
        line = QFontMetrics(_smaller(self.font())).height()
        painter.save()
        painter.setClipRect(area)
        painter.setPen(ink)
        for number, (text, face) in enumerate(self._text_lines(block, area)):
            painter.setFont(face)
            row = QRectF(area.left(), area.top() + number * line, area.width(), line)
            painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()


def _day_title(day: date, metrics: QFontMetrics, width: float) -> str:
    """'Tue 1 Dec' where it fits, else 'Tue 1', else '1' (a narrow window, large fonts)."""
    for text in (weekday_text(day, year=False), weekday_day_text(day), str(day.day)):
        if metrics.horizontalAdvance(text) <= width:
            return text
    return str(day.day)


def _two_lines(text: str, metrics: QFontMetrics, width: float) -> list[str]:
    """``text`` on one line if it fits, else split after the last word that fits on the first
    (the second line may still need "…"); a first word too long stays on one line."""
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    words = text.split(" ")
    for cut in range(len(words) - 1, 0, -1):
        first = " ".join(words[:cut])
        if metrics.horizontalAdvance(first) <= width:
            return [first, " ".join(words[cut:])]
    return [text]


def _smaller(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() - 1))
    return small


def _side_by_side(blocks: list[Block]) -> list[tuple[int, int]]:
    """Lane and lane count of each block (sorted by start): blocks overlapping one another in
    time form a cluster, and each takes the first lane free at its start."""
    placed: list[tuple[int, int]] = []
    cluster: list[int] = []
    lane_ends: list[datetime] = []
    for block in [*blocks, None]:
        if block is None or (lane_ends and block.starts_at >= max(lane_ends)):
            for i in cluster:
                placed[i] = (placed[i][0], len(lane_ends))
            cluster, lane_ends = [], []
        if block is None:
            break
        end = _end(block)
        lane = next((i for i, e in enumerate(lane_ends) if e <= block.starts_at), len(lane_ends))
        lane_ends[lane : lane + 1] = [end]
        cluster.append(len(placed))
        placed.append((lane, 0))
    return placed
