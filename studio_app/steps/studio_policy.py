"""The studio's booking rules (Settings → Booking policy) and a series' own terms, read inside the
caller's unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from studio_app.domain.booking_policy import (
    BookingPolicy,
    late_cancel_left,
    late_cancel_text,
)
from studio_app.dto.policies import StudioPolicy
from studio_app.models import (
    Booking,
    ClassSeries,
    ClassSession,
    Plan,
    SessionRule,
)
from studio_app.steps.records import plain_rows
from studio_app.steps.studio_settings import studio_settings


def studio_policy(s: Session) -> StudioPolicy:
    settings = studio_settings(s)
    if settings is None:
        return StudioPolicy(BookingPolicy(), False)
    return StudioPolicy(
        BookingPolicy(settings.booking_window_days, settings.cancel_cutoff_hours),
        settings.paid_period_only,
    )


def paid_period_only(s: Session) -> bool:
    return studio_policy(s).paid_period_only


@dataclass(frozen=True)
class SeriesTerms:
    """What a class series sets for its classes: its own booking window and cut-off (None: the
    studio's) and the (id, name) of each plan its session rules allow, by name (none: any)."""

    own_policy: BookingPolicy | None = None
    allowed: tuple[tuple[int, str], ...] = ()


#: A series' own window and cut-off with the plans of its session rules (one row with no plan
#: when it has none), read at every sign-up; built once.
_SERIES_TERMS = (
    select(
        ClassSeries.policy_override,
        ClassSeries.booking_window_days,
        ClassSeries.cancel_cutoff_hours,
        Plan.id,
        Plan.name,
    )
    .outerjoin(SessionRule, SessionRule.series_id == ClassSeries.id)
    .outerjoin(Plan, Plan.id == SessionRule.plan_id)
    .where(ClassSeries.id == bindparam("series_id"))
    .order_by(Plan.name)
)


def series_terms(s: Session, cs: ClassSession) -> SeriesTerms:
    """What the series of ``cs`` sets, in one query; nothing for a class outside a series."""
    rows = plain_rows(s, _SERIES_TERMS, {"series_id": cs.series_id}) if cs.series_id else []
    if not rows:
        return SeriesTerms()
    own = rows[0]
    return SeriesTerms(
        BookingPolicy(own.booking_window_days, own.cancel_cutoff_hours)
        if own.policy_override
        else None,
        tuple((row.id, row.name) for row in rows if row.id is not None),
    )


def booking_policy(
    s: Session, cs: ClassSession, series: SeriesTerms | None = None
) -> BookingPolicy:
    """The window and cut-off for a class: its series' own when it overrides, else the studio's
    (``series``: the series' terms, if already read)."""
    own = (series if series is not None else series_terms(s, cs)).own_policy
    return own if own is not None else studio_policy(s).booking


def late_cancel_notice(s: Session, booking: Booking, cs: ClassSession, now: datetime) -> str | None:
    """The late-cancel notice when signing out of a charged booking now is after the class's
    cancellation cut-off; None when the sign-out returns the session."""
    if booking.membership_id is None:
        return None
    policy = booking_policy(s, cs)
    left = late_cancel_left(policy, now=now, starts_at=cs.starts_at)
    return None if left is None else late_cancel_text(policy, left)
