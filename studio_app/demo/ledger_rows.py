"""The demo's money and credit rows, written as the service steps write them: an installment
(steps/installments._write) and, when it was due before today, its payment (most are paid,
see money.installment_payment; a card on file is charged through the payment provider); a
credit lot with its grant entry (steps/ledger.grant_lot); ledger entries, each keeping its lot's
balance equal to the lot's ledger sum (steps/ledger.entry); and the user-log lines, with the
credits left after the action when it touched credits.
"""

from __future__ import annotations

import random
from datetime import date, datetime

from studio_app.demo.money import installment_payment
from studio_app.demo.rows import BulkRows
from studio_app.demo.state import Held, Lot
from studio_app.demo.state import Installment as Period
from studio_app.domain.installments import Numbering, Span
from studio_app.models import (
    AuditEntry,
    CreditLot,
    Installment,
    LedgerEntry,
    LedgerKind,
    LotSource,
    Payment,
)
from studio_app.runtime.payment_provider import CardCharge, PaymentProvider


class LedgerRows:
    """Installments and payments, credit lots and ledger entries, user-log lines."""

    def __init__(
        self,
        rows: BulkRows,
        rng: random.Random,
        *,
        today: date,
        desk_id: int,
        provider: PaymentProvider,
    ) -> None:
        self.rows, self.rng = rows, rng
        self.today, self.desk_id, self.provider = today, desk_id, provider

    # ---------------------------------------------------------------- installments and money

    def installment(
        self,
        held: Held,
        numbering: Numbering,
        span: Span,
        amount: int,
        at: datetime,
        by: int | None,
    ) -> None:
        """One installment (steps/installments._write), and its payment when it was due
        before today (most are paid, see money.installment_payment)."""
        held.installments.append(
            Period(numbering.number, numbering.round, span.starts_on, span.ends_on)
        )
        installment_id = self.rows.new_id(Installment)
        paid = amount == 0
        if not paid and span.starts_on < self.today:
            paid = self._pay(held, installment_id, numbering.number, amount, span.starts_on)
        self.rows.add(
            Installment,
            {
                "id": installment_id,
                "membership_id": held.id,
                "number": numbering.number,
                "round": numbering.round,
                "starts_on": span.starts_on,
                "ends_on": span.ends_on,
                "due_on": span.starts_on,
                "amount_cents": amount,
                "paid": paid,
                "paid_before_tracking": False,
                "created_at": at,
                "created_by_id": by,
            },
        )

    def _pay(self, held: Held, installment_id: int, number: int, amount: int, due: date) -> bool:
        """The payment of an installment due on ``due``, taken at the desk (or charged to the
        card on file); False when it is still unpaid."""
        client = held.client
        paying = installment_payment(
            self.rng,
            amount_cents=amount,
            due_on=due,
            today=self.today,
            continuous=held.continuous,
            loyalty_cents=held.plan.terms.loyalty_discount_cents,
            sold_at=held.sold_at,
            has_card=bool(client.card),
        )
        if paying is None:
            return False
        moment, discount, method = paying
        note = f"{held.plan.name} installment {number}"
        reference = ""
        if client.card:
            reference = self.provider.charge(
                CardCharge(client.id, client.name, client.card, amount - discount, note)
            ).reference
        self.rows.add(
            Payment,
            {
                "member_id": client.id,
                "amount_cents": amount - discount,
                "method": method.value,
                "paid_at": moment,
                "staff_id": self.desk_id,
                "booking_id": None,
                "membership_id": held.id,
                "installment_id": installment_id,
                "product_id": None,
                "quantity": 1,
                "discount_cents": discount,
                "discount_kind": "loyalty" if discount else "none",
                "provider_reference": reference,
                "note": note[:240],
            },
        )
        return True

    # ---------------------------------------------------------------- credits and user logs

    def grant_lot(
        self,
        held: Held,
        grant_id: int | None,
        source: LotSource,
        category: str,
        amount: int,
        days: tuple[date, date, date],
        reason: str,
        at: datetime,
        by: int | None,
    ) -> Lot:
        """steps/ledger.grant_lot: a lot of ``amount`` credits (issued, valid from, expires) and its
        grant entry. The caller has the catch-up expire it (CatchUp.granted)."""
        issued_on, valid_from, expires_on = days
        lot = Lot(
            self.rows.new_id(CreditLot),
            held,
            grant_id,
            source,
            category,
            amount,
            issued_on,
            valid_from,
            expires_on,
        )
        self.rows.add_late(CreditLot, lot.id, lot.row)
        held.lots.append(lot)
        held.version += 1
        self.entry(lot, LedgerKind.GRANT, amount, None, reason, at, by)
        return lot

    def entry(
        self,
        lot: Lot,
        kind: LedgerKind,
        amount: int,
        booking_id: int | None,
        reason: str,
        at: datetime,
        by: int | None,
    ) -> None:
        """steps/ledger.entry: one ledger entry, the lot's balance kept equal to its ledger sum."""
        self.rows.add(
            LedgerEntry,
            {
                "lot_id": lot.id,
                "member_id": lot.held.client.id,
                "kind": kind.value,
                "amount": amount,
                "booking_id": booking_id,
                "reason": reason,
                "staff_id": by,
                "created_at": at,
            },
        )
        lot.remaining += amount
        lot.held.version += 1
        self.rows.changed(CreditLot, lot.id, lot.remaining_row)

    def audit(
        self, at: datetime, by: int | None, held: Held, action: str, entries_after: int | None
    ) -> None:
        """One user-log line about ``held`` (``entries_after``: the credits left, if any)."""
        self.rows.add(
            AuditEntry,
            {
                "at": at,
                "staff_id": by,
                "member_id": held.client.id,
                "membership_id": held.id,
                "action": action,
                "entries_after": entries_after,
            },
        )
