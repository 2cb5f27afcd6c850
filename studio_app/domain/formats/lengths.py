"""How long: a length of time, a wait at the login and a membership's validity."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studio_app.domain.durations import DurationUnit


def duration_text(length: timedelta) -> str:
    """A length of time in whole minutes, rounded down: "54 min", "1 h 30 min", "9 h"; under a
    minute "less than 1 min"."""
    minutes = int(length.total_seconds() // 60)
    if minutes < 1:
        return "less than 1 min"
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def wait_text(wait: timedelta) -> str:
    """ "25 seconds", "1 minute 30 seconds", "15 minutes": how long a desk waits, rounded up
    to the second (never "0 seconds" while any wait remains)."""
    seconds = max(1, math.ceil(wait.total_seconds()))
    minutes, seconds = divmod(seconds, 60)
    parts = [_count(minutes, "minute"), _count(seconds, "second")]
    return " ".join(part for part in parts if part)


def validity_text(count: int, unit: DurationUnit) -> str:
    """How long a plan is valid: "1 month", "3 weeks", "10 days"."""
    word = unit.value if count != 1 else unit.value.rstrip("s")
    return f"{count} {word}"


def _count(number: int, unit: str) -> str:
    if not number:
        return ""
    return f"{number} {unit}" if number == 1 else f"{number} {unit}s"
