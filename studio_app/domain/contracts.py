"""Continuous memberships and contracts (SPEC §6, seed 003): the advanced settings of a plan.

- Continuous: a renewal starts the day after the previous end, however late it is bought, so
  the payment date never moves. Not continuous: a renewal starts on the day of purchase.
- From the 1st day of the month (continuous, monthly plans only): periods run from the 1st to
  the last day of the month; the first one starts on the registration day.
- Prorata (only with "from the 1st"): the first installment costs
  ``price × days_left / days_in_month``, rounded to cents half up.
- Covered by contract: N installments, shown as ``k/N``. Contract auto renewal (only with a
  contract): after N/N the membership renews to 1/N.
- Maximum membership end date: no period (sale or extension) runs past it.
- On-time payments (loyalty) discount: a fixed amount off an installment paid on or before its
  due date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from studio_app.domain.bounds import check_date
from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import cents_text, day_text
from studio_app.domain.plans import PlanKind

#: The longest contract the editor accepts (ten years of monthly installments).
MAX_INSTALLMENTS = 120


@dataclass(frozen=True)
class ContractTerms:
    continuous: bool = False
    from_first: bool = False
    prorata: bool = False
    #: Covered by contract with this many installments (None: no contract).
    installments: int | None = None
    auto_renew: bool = False
    max_end: date | None = None
    loyalty_discount_cents: int = 0

    def describe(self) -> str:
        """One line for the plans list: "Continuous, from the 1st, prorata; contract of 12
        installments, auto renewal; on-time discount 5.00; until 30 Jun 2027"."""
        parts: list[str] = []
        if self.continuous:
            first = ", from the 1st" if self.from_first else ""
            first += ", prorata" if self.prorata else ""
            parts.append(f"Continuous{first}")
        if self.installments:
            renew = ", auto renewal" if self.auto_renew else ""
            parts.append(f"contract of {self.installments} installments{renew}")
        if self.loyalty_discount_cents:
            parts.append(f"on-time discount {cents_text(self.loyalty_discount_cents)}")
        if self.max_end:
            parts.append(f"until {day_text(self.max_end)}")
        return "; ".join(parts) if parts else "—"


def validated_terms(
    terms: ContractTerms,
    *,
    kind: PlanKind,
    duration_count: int,
    duration_unit: DurationUnit,
    price_cents: int,
) -> ContractTerms:
    """The terms if their combination is valid, else a refusal naming the rule; a maximum end
    date is a business date (2000-01-01 … 2100-12-31)."""
    if terms.max_end is not None:
        check_date(terms.max_end, "The maximum membership end date")
    continuous_only = [
        (terms.from_first, "'From the 1st day of the month'"),
        (terms.installments is not None, "'Covered by contract'"),
    ]
    for on, name in continuous_only:
        if on and not terms.continuous:
            raise ValidationError(f"{name} applies to continuous memberships: tick Continuous.")
    if terms.prorata and not terms.from_first:
        raise ValidationError(
            "Prorata is only offered with 'From the 1st day of the month': the first "
            "installment is prorated to the days left in the month."
        )
    if terms.auto_renew and terms.installments is None:
        raise ValidationError(
            "Contract auto renewal needs 'Covered by contract' with a number of installments."
        )
    if terms.installments is not None and not 1 <= terms.installments <= MAX_INSTALLMENTS:
        raise ValidationError(
            f"A contract has 1 to {MAX_INSTALLMENTS} installments (got {terms.installments})."
        )
    if terms.from_first and (duration_count, duration_unit) != (1, DurationUnit.MONTHS):
        raise ValidationError(
            "'From the 1st day of the month' needs a duration of 1 month "
            f"(got {duration_count} {duration_unit.value})."
        )
    if terms.continuous and kind not in (PlanKind.TIME_BASED, PlanKind.LIMITED):
        raise ValidationError(
            f"A {kind.label.lower()} cannot be continuous: only time-based and limited plans "
            "renew period after period."
        )
    if not 0 <= terms.loyalty_discount_cents <= price_cents:
        raise ValidationError(
            f"The on-time payments discount must be between 0.00 and the price "
            f"{cents_text(price_cents)} (got {cents_text(terms.loyalty_discount_cents)})."
        )
    return terms
