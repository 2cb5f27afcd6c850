"""Contract terms (SPEC §6) stored on plans and copied into each membership sold, and the
installments: one row per billing period of a membership, never overwritten by a renewal."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.domain.contracts import ContractTerms
from studio_app.models.base import Base


class ContractColumns:
    """A plan's advanced settings; a membership keeps the copy it was sold with."""

    continuous: Mapped[bool] = mapped_column(default=False)
    from_first: Mapped[bool] = mapped_column(default=False)
    prorata: Mapped[bool] = mapped_column(default=False)
    contract_installments: Mapped[int | None]
    auto_renew: Mapped[bool] = mapped_column(default=False)
    max_end_on: Mapped[date | None]
    loyalty_discount_cents: Mapped[int] = mapped_column(default=0)

    @property
    def contract_terms(self) -> ContractTerms:
        return ContractTerms(
            self.continuous,
            self.from_first,
            self.prorata,
            self.contract_installments,
            self.auto_renew,
            self.max_end_on,
            self.loyalty_discount_cents,
        )

    @contract_terms.setter
    def contract_terms(self, terms: ContractTerms) -> None:
        self.continuous, self.from_first, self.prorata = (
            terms.continuous,
            terms.from_first,
            terms.prorata,
        )
        self.contract_installments, self.auto_renew = terms.installments, terms.auto_renew
        self.max_end_on = terms.max_end
        self.loyalty_discount_cents = terms.loyalty_discount_cents


class Installment(Base):
    """One period of a membership: number k of contract round r, the days it pays for, its due
    date (the period's first day) and amount. Paid when its payments cover it."""

    __tablename__ = "installments"
    __table_args__ = (UniqueConstraint("membership_id", "starts_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(ForeignKey("memberships.id"), index=True)
    number: Mapped[int]
    round: Mapped[int] = mapped_column(default=1)
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    due_on: Mapped[date] = mapped_column(index=True)
    amount_cents: Mapped[int]
    paid: Mapped[bool] = mapped_column(default=False, index=True)
    #: Sold before installments were tracked (migration 0004): counted as paid, no payment row.
    paid_before_tracking: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    #: None: created by the automatic renewal (catch-up).
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
