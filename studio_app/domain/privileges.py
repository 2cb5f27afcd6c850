"""Staff roles and privileges, checked by the services (not only by hiding buttons)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from studio_app.domain.errors import PermissionDenied


class Role(enum.StrEnum):
    OWNER = "owner"
    MANAGER = "manager"
    FRONT_DESK = "front_desk"

    @property
    def label(self) -> str:
        return {"owner": "Owner", "manager": "Manager", "front_desk": "Front desk"}[self.value]


class Privilege(enum.StrEnum):
    """What an account may do beyond the front desk's daily work (members, sign-ups, sales)."""

    BILLING = "billing"
    SETTINGS = "settings"
    REPORTS = "reports"
    STAFF = "staff"

    @property
    def label(self) -> str:
        return {
            "billing": "Billing (prices, credits adjustments)",
            "settings": "Settings (plans, classes, studio)",
            "reports": "Reports",
            "staff": "Staff accounts and access",
        }[self.value]


DEFAULT_PRIVILEGES: dict[Role, frozenset[Privilege]] = {
    Role.OWNER: frozenset(Privilege),
    Role.MANAGER: frozenset({Privilege.BILLING, Privilege.SETTINGS, Privilege.REPORTS}),
    Role.FRONT_DESK: frozenset({Privilege.REPORTS}),
}


@dataclass(frozen=True)
class Actor:
    """The logged-in staff member on whose behalf a service acts."""

    staff_id: int
    name: str
    role: Role
    privileges: frozenset[Privilege]

    def can(self, privilege: Privilege) -> bool:
        return self.role is Role.OWNER or privilege in self.privileges


def require(actor: Actor, privilege: Privilege, action: str) -> None:
    """Refuse ``action`` unless the actor holds ``privilege``; the owner holds every privilege."""
    if not actor.can(privilege):
        raise PermissionDenied(
            f"{actor.name} ({actor.role.label}) may not {action}: "
            f"it needs the '{privilege.value}' privilege."
        )


def encode_privileges(privileges: frozenset[Privilege]) -> str:
    return ",".join(sorted(p.value for p in privileges))


def decode_privileges(text: str) -> frozenset[Privilege]:
    return frozenset(Privilege(part) for part in text.split(",") if part)
