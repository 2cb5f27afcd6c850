"""A desk that gets killed: run as ``python -m tests.faults.kill_worker DB PAIRS``, it signs
each (session, member) pair up and prints ``done S M`` the moment the sign-up is saved, so the
test that SIGKILLs it knows exactly which sign-ups the desk was told were saved."""

from __future__ import annotations

import json
import sys
from datetime import datetime

from studio_app.container import open_services
from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import BookingRefused
from tests.factories import OWNER_PASSWORD

#: The clock every desk of the kill tests stands on.
NOW = datetime(2026, 12, 1, 9, 0)


def main(database: str, pairs_json: str) -> None:
    services = open_services(f"sqlite:///{database}", FixedClock(NOW))
    services.staff.log_in("owner", OWNER_PASSWORD)
    for session_id, member_id in json.loads(pairs_json):
        try:
            services.bookings.sign_up(session_id, member_id)
        except BookingRefused as refused:  # saved just before the last kill, not yet printed
            if "already" not in refused.message:
                raise
        print(f"done {session_id} {member_id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
