from __future__ import annotations

from dataclasses import dataclass

from studio_app.domain.privileges import Privilege, Role


@dataclass(frozen=True)
class StaffRow:
    id: int
    username: str
    full_name: str
    role: Role
    privileges: frozenset[Privilege]
    active: bool
