"""The demo's sales and cancellations, written as the desk writes them. A sale
(services/memberships.record_sale) makes the membership with the plan's terms, installment 1,
the restrictions and credit settings copied, a pass's lot, the initial credits and the
"Bought …" user-log line; a package sells each of its plans too, inside its price. A leaving
member asks to stop each contract that would renew: one more installment to pay
(ContractService.cancel, by the owner).
"""

from __future__ import annotations

from datetime import date, datetime

from studio_app.demo.catch_up import CatchUp
from studio_app.demo.ledger_rows import LedgerRows
from studio_app.demo.rows import BulkRows
from studio_app.demo.state import Client, Grant, Held, SoldPlan
from studio_app.domain.credit_grants import batch_expiry
from studio_app.domain.formats import MoneyFormat
from studio_app.domain.formats import range_text as days_text
from studio_app.domain.installments import Numbering, cancelled_last, first_amount, first_span
from studio_app.domain.plans import PlanKind
from studio_app.models import (
    LotSource,
    Membership,
    MembershipCreditGrant,
    MembershipRestriction,
)
from studio_app.models.restrictions import restriction_columns
from studio_app.steps.installments import numbered


class Sales:
    """Memberships sold at the desk, and contracts cancelled by members leaving."""

    def __init__(
        self,
        rows: BulkRows,
        ledger: LedgerRows,
        catch_up: CatchUp,
        *,
        money: MoneyFormat,
        desk_id: int,
        owner_id: int,
    ) -> None:
        self.rows, self.ledger, self.catch_up = rows, ledger, catch_up
        self.money, self.desk_id, self.owner_id = money, desk_id, owner_id

    def sell(
        self,
        client: Client,
        plan: SoldPlan,
        starts_on: date,
        at: datetime,
        package: Held | None = None,
    ) -> Held:
        """memberships.record_sale: the membership with the plan's terms, installment 1, the
        restrictions and credit settings copied, a pass's lot, initial credits, the user-log
        line; a package sells each of its plans too, inside its price."""
        rows, catch_up, today = self.rows, self.catch_up, at.date()
        span = first_span(starts_on, plan.duration_count, plan.unit, plan.terms)
        held = Held(
            rows.new_id(Membership),
            client,
            plan,
            starts_on,
            span.ends_on,
            0 if package else plan.price_cents,
            at,
            self.desk_id,
            package,
        )
        categories = {g.category for g in plan.grants}
        if plan.kind is PlanKind.SESSION_PASS:
            categories.add(plan.category)
        held.categories = frozenset(categories)
        rows.add_late(Membership, held.id, held.row)
        client.held.append(held)
        amount = first_amount(held.price_cents, span, plan.terms)
        self.ledger.installment(held, Numbering(1), span, amount, at, self.desk_id)
        for position, restriction in enumerate(plan.restrictions):
            rows.add(
                MembershipRestriction,
                {
                    "membership_id": held.id,
                    "position": position,
                    **restriction_columns(restriction),
                },
            )
        if plan.kind is PlanKind.SESSION_PASS and plan.entries:
            lot = self.ledger.grant_lot(
                held,
                None,
                LotSource.PASS,
                plan.category,
                plan.entries,
                (today, starts_on, span.ends_on),
                f"Bought {plan.name}",
                at,
                self.desk_id,
            )
            catch_up.granted(lot)
        for position, terms in enumerate(plan.grants):
            grant_id = rows.add(
                MembershipCreditGrant,
                {
                    "membership_id": held.id,
                    "position": position,
                    "category": terms.category,
                    "credits": terms.credits,
                    "every_days": terms.every_days,
                    "expire_days": terms.expire_days,
                    "initial_credits": terms.initial_credits,
                },
            )
            grant = Grant(grant_id, held, terms)
            held.grants.append(grant)
            if terms.initial_credits:
                expires_on = batch_expiry(terms, today, span.ends_on)
                lot = self.ledger.grant_lot(
                    held,
                    grant_id,
                    LotSource.INITIAL,
                    terms.category,
                    terms.initial_credits,
                    (today, min(today, starts_on), expires_on),
                    f"Initial credits of {plan.name}",
                    at,
                    self.desk_id,
                )
                catch_up.granted(lot)
            if terms.credits > 0:
                catch_up.issue_from(starts_on, grant)
        has_lots = bool(held.lots) or bool(plan.grants)
        price = f"in package {package.plan.name}" if package else self.money.text(plan.price_cents)
        self.ledger.audit(
            at,
            self.desk_id,
            held,
            f"Bought {plan.name} ({price}), valid {days_text(starts_on, span.ends_on)}",
            held.left() if has_lots else None,
        )
        if package is None:
            catch_up.sold(held)
        catch_up.paid_until(client, held.ends_on)
        for item in plan.items:
            held.items.append(self.sell(client, item, starts_on, at, held))
        return held

    def leave(self, client: Client, at: datetime, today: date) -> None:
        """A leaving member asks to stop each contract that would renew: one more
        installment to pay (ContractService.cancel, by the owner)."""
        for held in client.held:
            if held.last_installment is not None or held.ends_on < today:
                continue
            if not self.catch_up.renews(held):
                continue
            current = held.current(today)
            newest = held.latest()
            newest_round = max(p.round for p in held.installments)
            latest = newest.number if newest.round == current.round else current.number
            contract = held.plan.terms.installments
            before = numbered(current.number, current.round, newest_round, contract, None)
            held.last_installment = cancelled_last(current.number, 1, latest)
            self.rows.changed(Membership, held.id, held.changed_row)
            after = numbered(
                current.number, current.round, newest_round, contract, held.last_installment
            )
            self.ledger.audit(
                at,
                self.owner_id,
                held,
                f"Registered cancellation of {held.plan.name}: pay 1 more installment, "
                f"{before} → {after}",
                None,
            )
