"""What every service needs: units of work, the clock and the acting staff member."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import NoReturn

from sqlalchemy import bindparam, inspect, select
from sqlalchemy.orm import Session

from studio_app.db.uow import UnitOfWorkFactory
from studio_app.domain.clock import Clock
from studio_app.domain.errors import PermissionDenied
from studio_app.domain.formats import day_text, time_text
from studio_app.domain.privileges import Actor, Privilege, Role, decode_privileges, require
from studio_app.models import Staff
from studio_app.runtime.payment_provider import ManualSettlementProvider, PaymentProvider

#: The rule of a refusal because the logged-in account was deactivated or deleted since the
#: login; the login is over (``actor`` becomes None).
ACCOUNT_CLOSED = "account-closed"
#: Where a unit of work keeps the acting staff member's row once read, and how it is read.
_ACTING_STAFF = "acting staff"
_STAFF_ROW = select(Staff).where(Staff.id == bindparam("staff_id"))


@dataclass
class ServiceContext:
    uow: UnitOfWorkFactory
    clock: Clock
    actor: Actor | None = None
    #: Charges cards on file (see runtime/payment_provider.py).
    provider: PaymentProvider = field(default_factory=ManualSettlementProvider)
    #: Why ``acting`` ended the last login (its account was deactivated or deleted at another
    #: desk), until the next login; the GUI logs the desk out and says it at the login.
    ended_because: str = ""

    def acting(self, privilege: Privilege | None = None, action: str = "") -> Actor:
        """The logged-in staff member as the database holds it NOW, refusing if nobody is
        logged in, if the account was deactivated or deleted since the login (which ends this
        login), or if it does not hold ``privilege`` (any more).

        ``actor`` is refreshed from the account's row (one primary-key read). Inside a write
        unit of work the row is read in its transaction, under the writer lock; outside one,
        the same check is repeated first in the next write unit of work on this thread, so an
        account deactivated or a privilege revoked at another desk between this check and the
        write still refuses the write.
        """
        claimed = self.actor
        if claimed is None:
            raise PermissionDenied(
                "Log in first: every change records the staff member who made it."
            )
        session = self.uow.writing()
        if session is not None:
            return self._verify(session, claimed, privilege, action)
        with self.uow.read() as uow:
            actor = self._verify(uow.session, claimed, privilege, action)
        self.uow.check_first_in_next_write(
            partial(self._recheck, actor.staff_id, privilege, action)
        )
        return actor

    def _recheck(
        self, staff_id: int, privilege: Privilege | None, action: str, session: Session
    ) -> None:
        """``acting``'s check again, in a write unit of work, unless the desk has logged out or
        logged in as someone else since (their own actions are checked as they come)."""
        claimed = self.actor
        if claimed is not None and claimed.staff_id == staff_id:
            self._verify(session, claimed, privilege, action)

    def _verify(
        self, session: Session, claimed: Actor, privilege: Privilege | None, action: str
    ) -> Actor:
        staff = _staff_row(session, claimed.staff_id)
        if staff is None:
            self._end_login(
                f"{claimed.name}'s account no longer exists (a backup from before it was made "
                "may have been restored); log in again."
            )
        if not staff.active:
            self._end_login(
                f"{staff.full_name}'s account was deactivated{self._when(staff.deactivated_at)}; "
                "log in again as someone else."
            )
        actor = Actor(
            staff.id, staff.full_name, Role(staff.role), decode_privileges(staff.privileges)
        )
        self.actor = actor
        if privilege is not None:
            if claimed.can(privilege) and not actor.can(privilege):
                raise PermissionDenied(
                    f"{actor.name} ({actor.role.label}) may no longer {action}: the "
                    f"'{privilege.value}' privilege was taken away from this account after it "
                    "logged in (ask the studio owner)."
                )
            require(actor, privilege, action)
        return actor

    def _end_login(self, reason: str) -> NoReturn:
        """Nobody is logged in any more; the refusal says why."""
        self.actor = None
        self.ended_because = reason
        raise PermissionDenied(reason, rule=ACCOUNT_CLOSED)

    def _when(self, utc: datetime | None) -> str:
        """ " at 14:05" (today) or " on 30 Nov 2026 at 14:05", by the studio's clock; "" when
        the time was not recorded."""
        if utc is None:
            return ""
        local = studio_time(self.clock, utc)
        if local.date() == self.clock.today():
            return f" at {time_text(local)}"
        return f" on {day_text(local.date())} at {time_text(local)}"


def _staff_row(session: Session, staff_id: int) -> Staff | None:
    """The staff member's row as this unit of work holds it: the one read earlier in the unit
    (kept in the session, so later checks cost no query: what ``session.get`` would return),
    else read now, with a query built once (``session.get`` builds its own at every call)."""
    held = session.info.get(_ACTING_STAFF)
    if held is not None and inspect(held).persistent and held.id == staff_id:
        return held
    staff = session.scalars(_STAFF_ROW, {"staff_id": staff_id}).first()
    session.info[_ACTING_STAFF] = staff
    return staff


def studio_time(clock: Clock, utc: datetime) -> datetime:
    """A stored UTC time as the studio's wall-clock time, by ``clock`` (so a test's fixed
    clock and the desk's real one both read it right)."""
    return clock.now() - (clock.utcnow() - utc)
