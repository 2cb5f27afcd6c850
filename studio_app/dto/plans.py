from __future__ import annotations

from dataclasses import dataclass

from studio_app.domain.contracts import ContractTerms
from studio_app.domain.credit_grants import CreditGrantTerms
from studio_app.domain.durations import DurationUnit
from studio_app.domain.holds import HoldPolicy
from studio_app.domain.plans import PlanKind
from studio_app.domain.restrictions import Restriction


@dataclass(frozen=True)
class PlanInput:
    name: str
    kind: PlanKind
    price_cents: int
    duration_count: int
    duration_unit: DurationUnit
    entries: int | None
    credit_category: str
    active: bool = True
    #: Credit settings: what the plan issues on a schedule (limited plans) or includes on top
    #: (e.g. 2 Personal training credits every 30 days with a class pass).
    grants: tuple[CreditGrantTerms, ...] = ()
    #: Attendance restrictions (SPEC §5): all must hold.
    restrictions: tuple[Restriction, ...] = ()
    hold_policy: HoldPolicy = HoldPolicy()
    #: A package's plans (ids), sold together with it.
    package_items: tuple[int, ...] = ()
    #: Advanced settings: continuous, from the 1st, prorata, contract, max end, discount.
    contract: ContractTerms = ContractTerms()


@dataclass(frozen=True)
class PlanRow:
    id: int
    name: str
    kind: PlanKind
    price_cents: int
    duration_count: int
    duration_unit: DurationUnit
    entries: int | None
    credit_category: str
    active: bool
    grants: tuple[CreditGrantTerms, ...] = ()
    restrictions: tuple[Restriction, ...] = ()
    hold_policy: HoldPolicy = HoldPolicy()
    package_items: tuple[int, ...] = ()
    contract: ContractTerms = ContractTerms()
    #: The price as the studio writes money ("€31.00").
    price: str = ""

    def as_input(self) -> PlanInput:
        return PlanInput(
            self.name,
            self.kind,
            self.price_cents,
            self.duration_count,
            self.duration_unit,
            self.entries,
            self.credit_category,
            self.active,
            self.grants,
            self.restrictions,
            self.hold_policy,
            self.package_items,
            self.contract,
        )
