"""A second desk on the same studio data: another app logged in as another account, while the
owner keeps working at ``studio.svc`` (and may change that account's privileges)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from studio_app.container import Services, open_services
from studio_app.domain.clock import FixedClock


@contextmanager
def desk_app(db_url: str, clock: FixedClock, username: str = "desk") -> Iterator[Services]:
    """The services of another app on ``db_url``, logged in as ``username``."""
    other = open_services(db_url, clock)
    other.staff.log_in(username, "desk-secret")
    try:
        yield other
    finally:
        other.ctx.uow.engine.dispose()
