"""A desk whose catch-up gets killed: run as ``python -m tests.faults.catch_up_worker DB``, it
opens the studio on 1 December 2026, prints ``ready`` and then catches the credit schedule up,
printing ``done`` with what it did when it has finished."""

from __future__ import annotations

import sys

from studio_app.container import open_services
from studio_app.domain.clock import FixedClock
from tests.faults.kill_worker import NOW


def main(database: str) -> None:
    services = open_services(f"sqlite:///{database}", FixedClock(NOW))
    print("ready", flush=True)
    done = services.credit_schedule.catch_up().value
    print(f"done {done}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
