"""The class schedule seen from the desk: the week, class series and single sessions.

Editing a series changes every future session not edited on its own; cancelling a session returns
every booked member's session (SPEC §3). Refusals are kept in ``last_error`` (see Controller).
"""

from __future__ import annotations

from datetime import date, time, timedelta

from studio_app.domain.booking_policy import BookingPolicy
from studio_app.domain.errors import DomainError
from studio_app.domain.formats import range_text, time_range_text, time_text, weekday_name
from studio_app.domain.plans import DEFAULT_CATEGORY
from studio_app.domain.recurrence import weekly_occurrences
from studio_app.dto.changes import Change
from studio_app.dto.plans import PlanRow
from studio_app.dto.schedule import SeriesInput, SeriesRow, SessionBlock, SessionInput
from studio_app.gui.controllers.base import Controller

# Views import the schedule DTOs from here, never from the service layer.
__all__ = [
    "Change",
    "ScheduleController",
    "SeriesInput",
    "SeriesRow",
    "SessionBlock",
    "SessionInput",
    "DEFAULT_CATEGORY",
    "monday_of",
    "week_label",
    "counts_text",
    "time_span",
    "pays_for",
]


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_label(any_day: date) -> str:
    """'30 Nov – 6 Dec 2026', '7–13 Dec 2026' or '28 Dec 2026 – 3 Jan 2027'."""
    start = monday_of(any_day)
    return range_text(start, start + timedelta(days=6))


def counts_text(block: SessionBlock) -> str:
    """'9/12', '12/12 +2 waiting' or 'Cancelled' (the calendar marks full classes in red)."""
    if block.cancelled:
        return "Cancelled"
    waiting = f" +{block.waiting} waiting" if block.waiting else ""
    return f"{block.booked}/{block.capacity}{waiting}"


def time_span(block: SessionBlock) -> str:
    """'18:00–19:15'."""
    end = block.starts_at + timedelta(minutes=block.duration_minutes)
    return time_range_text(block.starts_at, end)


def pays_for(plan: PlanRow, category: str) -> bool:
    """Whether a membership of ``plan`` can pay for a class of ``category``: the plan's own
    category, or credits of that category it includes (as the session rules require)."""
    return plan.credit_category == category or any(g.category == category for g in plan.grants)


def _and_list(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


class ScheduleController(Controller):
    USES = ("plans", "policies", "schedule")
    RELOAD_ON = frozenset({Change.SCHEDULE, Change.BOOKINGS})

    def week(self, any_day: date) -> list[SessionBlock]:
        """The class sessions of the Monday-to-Sunday week containing ``any_day``."""
        return self.ask(self.services.schedule.week, any_day) or []

    def session(self, session_id: int) -> SessionBlock | None:
        return self.ask(self.services.schedule.session, session_id)

    def list_series(self) -> list[SeriesRow]:
        return self.ask(self.services.schedule.list_series) or []

    def series(self, series_id: int) -> SeriesRow | None:
        """One class series, or None (with ``last_error``) when it no longer exists."""
        found = [row for row in self.list_series() if row.id == series_id]
        if not found:
            self.last_error = f"The class series #{series_id} no longer exists."
            self.signals.error.emit(self.last_error)
            return None
        return found[0]

    def credit_categories(self) -> list[str]:
        """Categories a class can be paid from: the default first, then those of the plans."""
        plans = self.ask(self.services.plans.list_plans) or []
        names = [DEFAULT_CATEGORY, *sorted({p.credit_category for p in plans})]
        return list(dict.fromkeys(names))

    def rule_plans(self, allowed: frozenset[int] = frozenset()) -> list[PlanRow]:
        """Plans the session rules may list: the active ones, plus inactive plans already
        allowed (members may still hold them)."""
        plans = self.ask(self.services.plans.list_plans) or []
        return [p for p in plans if p.active or p.id in allowed]

    def studio_booking(self) -> BookingPolicy:
        """The window and cut-off every class series without its own policy follows (the
        defaults when the studio's policy cannot be read)."""
        policy = self.ask(self.services.policies.get)
        return policy.booking if policy else BookingPolicy()

    def create_series(self, data: SeriesInput) -> int | None:
        """Create a weekly class and all its sessions; the new series id, or None if refused."""
        result = self.act(self.services.schedule.create_series, data)
        return result.value if result else None

    def update_series(self, series_id: int, data: SeriesInput) -> bool:
        """Apply the series to every future session not edited on its own."""
        return self.act(self.services.schedule.update_series, series_id, data) is not None

    def update_session(self, session_id: int, data: SessionInput) -> bool:
        """Edit one session on its own; later series edits leave it alone."""
        return self.act(self.services.schedule.update_session, session_id, data) is not None

    def cancel_session(self, session_id: int) -> int | None:
        """Cancel one session; returns how many booked members got their session back."""
        result = self.act(self.services.schedule.cancel_session, session_id)
        return result.value if result else None

    @staticmethod
    def series_summary(weekdays: frozenset[int], at: time, starts_on: date, until: date) -> str:
        """'Every Tue and Thu at 18:00, 1 Dec 2026 – 30 Nov 2027 (105 classes)', or why the
        schedule is impossible."""
        try:
            count = len(weekly_occurrences(weekdays, at, starts_on, until))
        except DomainError as refused:
            return refused.message
        days = _and_list([weekday_name(d) for d in sorted(weekdays)])
        noun = "class" if count == 1 else "classes"
        return f"Every {days} at {time_text(at)}, {range_text(starts_on, until)} ({count} {noun})"
