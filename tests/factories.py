"""Builders of believable test data through the real services (never the ORM)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from studio_app.container import Services
from studio_app.domain.contracts import ContractTerms
from studio_app.domain.credit_grants import CreditGrantTerms
from studio_app.domain.durations import DurationUnit
from studio_app.domain.holds import HoldPolicy
from studio_app.domain.plans import DEFAULT_CATEGORY, PlanKind
from studio_app.domain.privileges import Privilege, Role
from studio_app.domain.restrictions import Restriction
from studio_app.dto.members import MemberInput
from studio_app.dto.plans import PlanInput
from studio_app.dto.schedule import SeriesInput

OWNER_PASSWORD = "owner-secret"
NO_HOLD_LIMITS = HoldPolicy()
NO_CONTRACT = ContractTerms()


@dataclass
class StudioFactory:
    svc: Services

    @classmethod
    def set_up(cls, svc: Services) -> StudioFactory:
        svc.studio.set_up(
            studio_name="Lotus Yoga",
            owner_name="Olivia Owner",
            username="owner",
            password=OWNER_PASSWORD,
        )
        svc.staff.log_in("owner", OWNER_PASSWORD)
        return cls(svc)

    def front_desk(
        self,
        username: str = "desk",
        name: str = "Dana Desk",
        privileges: frozenset[Privilege] | None = None,
    ) -> int:
        """A front-desk account; then given ``privileges`` instead of the role's, if named."""
        staff_id = self.svc.staff.create(
            username=username, full_name=name, role=Role.FRONT_DESK, password="desk-secret"
        ).value
        if privileges is not None:
            self.svc.staff.set_privileges(staff_id, privileges)
        return staff_id

    def log_in(self, username: str, password: str = "desk-secret") -> None:
        self.svc.staff.log_in(username, password)

    def member(self, first: str = "Peter", last: str = "Parker", **kw: str) -> int:
        return self.svc.members.create(MemberInput(first, last, **kw)).value

    def pass_plan(self, entries: int = 10, *, months: int = 3, name: str = "") -> int:
        return self.svc.plans.create(
            PlanInput(
                name or f"{entries}-session pass",
                PlanKind.SESSION_PASS,
                9000,
                months,
                DurationUnit.MONTHS,
                entries,
                DEFAULT_CATEGORY,
            )
        ).value

    def time_plan(self, months: int = 1, name: str = "Monthly unlimited") -> int:
        return self.svc.plans.create(
            PlanInput(
                name,
                PlanKind.TIME_BASED,
                12000,
                months,
                DurationUnit.MONTHS,
                None,
                DEFAULT_CATEGORY,
            )
        ).value

    def limited_plan(
        self,
        *grants: CreditGrantTerms,
        months: int = 3,
        name: str = "Limited 4 / 28 days",
    ) -> int:
        """A limited plan; by default SPEC E3's: 4 credits every 28 days, each batch expiring
        after 30 days, 2 initial credits."""
        terms = grants or (
            CreditGrantTerms(DEFAULT_CATEGORY, 4, every_days=28, expire_days=30, initial_credits=2),
        )
        return self.svc.plans.create(
            PlanInput(
                name,
                PlanKind.LIMITED,
                9900,
                months,
                DurationUnit.MONTHS,
                None,
                terms[0].category,
                grants=terms,
            )
        ).value

    def plan(
        self,
        name: str,
        kind: PlanKind = PlanKind.TIME_BASED,
        *restrictions: Restriction,
        entries: int | None = None,
        count: int = 1,
        unit: DurationUnit = DurationUnit.MONTHS,
        hold_policy: HoldPolicy = NO_HOLD_LIMITS,
        items: tuple[int, ...] = (),
        contract: ContractTerms = NO_CONTRACT,
    ) -> int:
        """Any plan with attendance restrictions (SPEC §5), a hold policy, package items or
        contract terms (SPEC §6)."""
        return self.svc.plans.create(
            PlanInput(
                name,
                kind,
                10000,
                count,
                unit,
                entries,
                DEFAULT_CATEGORY,
                restrictions=restrictions,
                hold_policy=hold_policy,
                package_items=items,
                contract=contract,
            )
        ).value

    def contract_plan(
        self,
        name: str = "Open monthly",
        *,
        price_cents: int = 3100,
        count: int = 1,
        unit: DurationUnit = DurationUnit.MONTHS,
        continuous: bool = True,
        from_first: bool = False,
        prorata: bool = False,
        installments: int | None = None,
        auto_renew: bool = False,
        max_end: date | None = None,
        loyalty_discount_cents: int = 0,
    ) -> int:
        """A time-based plan with advanced settings (SPEC §6); by default continuous monthly."""
        terms = ContractTerms(
            continuous,
            from_first,
            prorata,
            installments,
            auto_renew,
            max_end,
            loyalty_discount_cents,
        )
        return self.svc.plans.create(
            PlanInput(
                name,
                PlanKind.TIME_BASED,
                price_cents,
                count,
                unit,
                None,
                DEFAULT_CATEGORY,
                contract=terms,
            )
        ).value

    def series(
        self,
        name: str = "Vinyasa Flow",
        *,
        capacity: int = 12,
        weekdays: frozenset[int] = frozenset({1}),
        at: time = time(18, 0),
        starts_on: date = date(2026, 11, 1),
        until: date = date(2027, 2, 28),
    ) -> int:
        return self.svc.schedule.create_series(
            SeriesInput(
                name,
                "Anna Kowalska",
                "Studio A",
                capacity,
                60,
                weekdays,
                at,
                starts_on,
                until,
                DEFAULT_CATEGORY,
            )
        ).value

    def session_on(self, day: date, series_id: int | None = None) -> int:
        blocks = [
            b for b in self.svc.schedule.day(day) if series_id is None or b.series_id == series_id
        ]
        assert blocks, f"no class on {day}"
        return blocks[0].id
