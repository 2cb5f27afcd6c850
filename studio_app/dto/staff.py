from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from studio_app.domain.privileges import Privilege, Role


@dataclass(frozen=True)
class StaffRow:
    id: int
    username: str
    full_name: str
    role: Role
    privileges: frozenset[Privilege]
    active: bool
    #: Wrong passwords in a row since the last correct one.
    failed_logins: int = 0
    #: Until when (studio time) every login to the account is refused; None when it is not.
    locked_until: datetime | None = None
