"""The studio's booking policy as the settings page shows and saves it (SPEC §3, §5)."""

from __future__ import annotations

from dataclasses import dataclass

from studio_app.domain.booking_policy import BookingPolicy


@dataclass(frozen=True)
class StudioPolicy:
    """The studio's booking window and cancellation cut-off, and whether clients may only book
    sessions within their current paid period."""

    booking: BookingPolicy
    paid_period_only: bool
