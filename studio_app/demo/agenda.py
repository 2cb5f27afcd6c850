"""The timeline's agenda: one clock running forwards through the whole history, and the events
waiting for it in time order. At the same moment the midnight catch-up runs first, then sales,
members leaving, sign-outs and bookings (in the order they were planned among events of one
kind); each desk action moves the clock a few seconds on, so every ledger and user log reads in
the order things happened.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

#: Kinds of event, in the order they run at the same moment.
CATCH_UP, SALE, LEAVE, SIGN_OUT, BOOK = range(5)


class Agenda:
    """The clock (``clock``, never read past ``now`` by the desk) and the events to come."""

    def __init__(self, rng: random.Random, *, start: datetime, now: datetime) -> None:
        self.rng = rng
        self.clock, self.now = start, now
        self._events: list[tuple[datetime, int, int, Any]] = []
        self._seq = 0

    def push(self, moment: datetime, kind: int, payload: Any) -> None:
        """Plan an event of ``kind`` (one of CATCH_UP … BOOK) at ``moment``."""
        self._seq += 1
        heapq.heappush(self._events, (moment, kind, self._seq, payload))

    def due(self) -> Iterator[tuple[int, Any]]:
        """The events in time order, the clock moved on to each (an event may plan others)."""
        while self._events:
            moment, kind, _, payload = heapq.heappop(self._events)
            self.clock = max(self.clock, moment)
            yield kind, payload

    def tick(self) -> datetime:
        """The next moment of the desk's work: a few seconds on, never past now."""
        self.clock += timedelta(seconds=1 + int(self.rng.random() * 12))
        return min(self.clock, self.now)
