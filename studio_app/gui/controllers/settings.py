"""Settings: the plans the studio sells, staff accounts and their access, the studio's name
and whether sign-ups must be paid ("Enforce billing for session registration").

Every write goes through a service, which checks the privilege it needs (plans and the studio
name need ``settings``; staff accounts need ``staff``), so a refusal reaches the view as words in
``last_error`` even when a button was not disabled in time.
"""

from __future__ import annotations

from studio_app.domain.credit_grants import PERSONAL_TRAINING
from studio_app.domain.plans import DEFAULT_CATEGORY, PlanKind
from studio_app.domain.privileges import Actor, Privilege, Role
from studio_app.dto.plans import PlanInput, PlanRow
from studio_app.dto.staff import StaffRow
from studio_app.gui.controllers.base import Controller


class SettingsController(Controller):
    USES = ("plans", "schedule", "staff", "studio")

    # -- plans (Settings → Memberships) ---------------------------------------------------
    def plans(self) -> list[PlanRow]:
        """Every plan, inactive ones included, by name."""
        return self.ask(self.services.plans.list_plans) or []

    def credit_categories(self) -> list[str]:
        """Categories offered for plans, credit grants and restrictions: Group class, Personal
        training, then every category already used by a plan, a plan's credit grants or
        restrictions, or a class series."""
        plans = self.plans()
        series = self.ask(self.services.schedule.list_series) or []
        used = (
            {p.credit_category for p in plans}
            | {g.category for p in plans for g in p.grants}
            | {r.category for p in plans for r in p.restrictions if r.category}
            | {s.credit_category for s in series}
        )
        return list(dict.fromkeys([DEFAULT_CATEGORY, PERSONAL_TRAINING, *sorted(used)]))

    def package_choices(self, package_id: int | None = None) -> list[PlanRow]:
        """The plans a package may contain, by name: every plan that is not a package (so not
        ``package_id`` itself either); inactive ones too, so a package keeps showing them."""
        return [p for p in self.plans() if p.kind is not PlanKind.PACKAGE and p.id != package_id]

    def create_plan(self, data: PlanInput) -> int | None:
        """The new plan's id, or None when refused (see ``last_error``)."""
        result = self.act(self.services.plans.create, data)
        return result.value if result else None

    def update_plan(self, plan_id: int, data: PlanInput) -> bool:
        """Change a plan for future sales; memberships already sold keep their terms."""
        return self.act(self.services.plans.update, plan_id, data) is not None

    # -- staff and access -----------------------------------------------------------------
    def staff(self) -> list[StaffRow]:
        return self.ask(self.services.staff.list_staff) or []

    def create_staff(self, username: str, full_name: str, role: Role, password: str) -> int | None:
        """A new account with its role's default privileges, or None when refused."""
        result = self.act(
            self.services.staff.create,
            username=username,
            full_name=full_name,
            role=role,
            password=password,
        )
        return result.value if result else None

    def set_privileges(self, staff_id: int, privileges: frozenset[Privilege]) -> bool:
        """Grant exactly ``privileges`` to one account (the owner always keeps all)."""
        return self.act(self.services.staff.set_privileges, staff_id, privileges) is not None

    def set_active(self, staff_id: int, active: bool) -> bool:
        """A deactivated account can no longer log in; the owner's account stays active."""
        return self.act(self.services.staff.set_active, staff_id, active) is not None

    def set_password(self, staff_id: int, password: str) -> bool:
        """Anyone may change their own password; resetting another's needs ``staff``."""
        return self.act(self.services.staff.set_password, staff_id, password) is not None

    # -- studio ---------------------------------------------------------------------------
    def studio_name(self) -> str:
        return self.ask(self.services.studio.studio_name) or ""

    def rename_studio(self, name: str) -> bool:
        return self.act(self.services.studio.rename, name) is not None

    def enforce_billing(self) -> bool:
        """On (the default): a sign-up needs a membership that can pay."""
        result = self.ask(self.services.studio.enforce_billing)
        return True if result is None else result

    def set_enforce_billing(self, on: bool) -> bool:
        """Off lets the desk register unpaid visits, paid later; needs ``settings``."""
        return self.act(self.services.studio.set_enforce_billing, on) is not None

    # -- who is asking --------------------------------------------------------------------
    def actor(self) -> Actor | None:
        return self.services.ctx.actor
