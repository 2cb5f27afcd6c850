"""Booking window and cancellation policy (SPEC §3), set for the studio and overridable per
class series.

The booking window is how many days ahead a member may be booked (None: no window). A sign-out
later than the cut-off (e.g. 12 hours before the start) is a late cancel: the session stays
charged unless staff forgive it (None: no cut-off, every sign-out returns the session, seed 000).
A member booked but not marked present once the class is over may be flagged a no-show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from studio_app.domain.bounds import MAX_CUTOFF_HOURS, MAX_WINDOW_DAYS, check_int
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import day_text, duration_text


@dataclass(frozen=True)
class BookingPolicy:
    window_days: int | None = None
    cancel_cutoff_hours: int | None = None

    def describe(self) -> str:
        window = (
            "no booking window"
            if self.window_days is None
            else f"bookings open {self.window_days} days ahead"
        )
        cutoff = (
            "sign-outs always return the session"
            if self.cancel_cutoff_hours is None
            else f"late cancel less than {self.cancel_cutoff_hours} h before the start"
        )
        return f"{window}; {cutoff}"


def validated(policy: BookingPolicy) -> BookingPolicy:
    """A window of 0 to 365 days and a cut-off of 0 to 336 hours (two weeks), as the editor
    offers."""
    if policy.window_days is not None and policy.window_days < 0:
        raise ValidationError(f"The booking window cannot be negative (got {policy.window_days}).")
    if policy.cancel_cutoff_hours is not None and policy.cancel_cutoff_hours < 0:
        raise ValidationError(
            f"The cancellation cut-off cannot be negative (got {policy.cancel_cutoff_hours} h)."
        )
    if policy.window_days is not None:
        check_int(policy.window_days, "The booking window in days", 0, MAX_WINDOW_DAYS)
    if policy.cancel_cutoff_hours is not None:
        check_int(
            policy.cancel_cutoff_hours, "The cancellation cut-off in hours", 0, MAX_CUTOFF_HOURS
        )
    return policy


def window_refusal(policy: BookingPolicy, *, today: date, session_day: date) -> str | None:
    """Why a session is too far ahead to book, or None."""
    if policy.window_days is None:
        return None
    opens_on = session_day - timedelta(days=policy.window_days)
    if today >= opens_on:
        return None
    ahead = (session_day - today).days
    return (
        f"bookings open {policy.window_days} days ahead: the class is {ahead} days away "
        f"(booking opens on {day_text(opens_on)})"
    )


def late_cancel_left(
    policy: BookingPolicy, *, now: datetime, starts_at: datetime
) -> timedelta | None:
    """How long before the start a sign-out after the cut-off (a late cancel) comes (zero once
    the class has started), or None when it is no late cancel."""
    if policy.cancel_cutoff_hours is None:
        return None
    if now <= starts_at - timedelta(hours=policy.cancel_cutoff_hours):
        return None
    return max(timedelta(0), starts_at - now)


def late_cancel_text(policy: BookingPolicy, before_start: timedelta) -> str:
    """ "Late cancel: signing out 54 min before the start, inside the 12 h cancellation
    cut-off" (hours and minutes from an hour on: "1 h 30 min")."""
    when = (
        "after the start"
        if before_start <= timedelta(0)
        else f"{duration_text(before_start)} before the start"
    )
    return (
        f"Late cancel: signing out {when}, inside the {policy.cancel_cutoff_hours} h "
        "cancellation cut-off"
    )


def class_over(*, now: datetime, starts_at: datetime, duration_minutes: int) -> bool:
    """A booked member can be flagged a no-show only once the class has ended."""
    return now >= starts_at + timedelta(minutes=duration_minutes)
