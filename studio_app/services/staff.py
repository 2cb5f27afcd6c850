"""Staff accounts, login, and the owner's Access tab (privileges granted per account)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from studio_app.domain.bounds import USERNAME_MAX, check_text
from studio_app.domain.clock import Clock
from studio_app.domain.errors import AuthenticationFailed, ValidationError
from studio_app.domain.formats import time_text, wait_text
from studio_app.domain.logins import lock_after
from studio_app.domain.passwords import (
    hash_password,
    upgraded_hash,
    verify_password,
    verify_unknown_user,
)
from studio_app.domain.privileges import (
    DEFAULT_PRIVILEGES,
    Actor,
    Privilege,
    Role,
    decode_privileges,
    encode_privileges,
)
from studio_app.dto.changes import Change, Result
from studio_app.dto.staff import StaffRow
from studio_app.models import Staff
from studio_app.runtime.context import ServiceContext, studio_time
from studio_app.steps.records import NONE_TEXT, audit, changes_text, load

_CHANGED = frozenset({Change.STAFF})
WRONG_PASSWORD = "Unknown user name or wrong password."
#: The rule of a login refused because the account is locked after wrong passwords.
LOCKED = "login-locked"


def _privileges_text(privileges: frozenset[Privilege]) -> str:
    """ "billing, reports" as the user log writes an account's privileges ("" for none)."""
    return ", ".join(sorted(p.value for p in privileges))


def _row(staff: Staff, clock: Clock) -> StaffRow:
    """The account as the Staff & access tab lists it; ``locked_until`` only while it lasts."""
    until = staff.locked_until
    return StaffRow(
        staff.id,
        staff.username,
        staff.full_name,
        Role(staff.role),
        decode_privileges(staff.privileges),
        staff.active,
        staff.failed_logins,
        studio_time(clock, until) if until is not None and until > clock.utcnow() else None,
    )


class StaffService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def log_in(self, username: str, password: str) -> Actor:
        """Check the password and make this account the acting staff member.

        Throttled per account (domain/logins.py): after five wrong passwords in a row the
        account refuses logins for 30 s, doubling with each further wrong one up to 15 min.
        The count and the time are stored with the account (every desk sees them; a restart
        does not clear them), the lock is a refusal until a time (nobody waits), and while it
        lasts the password is not even checked. An unknown user name costs one hash like a
        known one, so the time taken does not tell which names exist. A correct password
        resets the count and re-hashes a password stored at a weaker cost than today's."""
        now = self.ctx.clock.utcnow()
        staff = self._account_named(username)
        if staff is None:
            verify_unknown_user(password)
            raise AuthenticationFailed(WRONG_PASSWORD)
        if staff.locked_until is not None and staff.locked_until > now:
            until = time_text(studio_time(self.ctx.clock, staff.locked_until), seconds=True)
            raise AuthenticationFailed(
                f"Too many wrong passwords for '{staff.username}': logins to this account are "
                f"refused for {wait_text(staff.locked_until - now)} more (until "
                f"{until}). Try again then, or ask the owner to set a new password.",
                rule=LOCKED,
            )
        if not verify_password(password, staff.password_hash):
            raise AuthenticationFailed(self._count_failure(staff.id, now))
        if not staff.active:
            raise AuthenticationFailed(f"The account '{staff.username}' is deactivated.")
        self._reset_failures(staff, password)
        actor = Actor(
            staff.id, staff.full_name, Role(staff.role), decode_privileges(staff.privileges)
        )
        self.ctx.actor, self.ctx.ended_because = actor, ""
        return actor

    def _account_named(self, username: str) -> Staff | None:
        """The account called ``username`` as it is now, or None; a name no account could have
        (control characters, half characters, too long) is simply not found."""
        try:
            check_text(username, "The user name", limit=USERNAME_MAX)
        except ValidationError:
            return None
        with self.ctx.uow.read() as uow:
            staff = uow.session.scalars(
                select(Staff).where(Staff.username == username.strip())
            ).first()
            if staff is not None:
                uow.session.expunge(staff)  # read as it is now; the checks below need no lock
        return staff

    def _count_failure(self, staff_id: int, now: datetime) -> str:
        """Count one wrong password (under the writer lock, so two desks' guesses both count)
        and lock the account when it has had too many; the refusal's words."""
        with self.ctx.uow() as uow:
            staff = load(uow.session, Staff, staff_id, "Staff account")
            staff.failed_logins += 1
            lock = lock_after(staff.failed_logins)
            if lock is None:
                uow.commit()
                return WRONG_PASSWORD
            staff.locked_until = now + lock
            until = time_text(studio_time(self.ctx.clock, staff.locked_until), seconds=True)
            audit(
                uow.session,
                self.ctx,
                action=f"Staff account {staff.full_name} locked until {until} "
                f"after {staff.failed_logins} wrong passwords in a row",
                automatic=True,
            )
            uow.commit()
            return (
                f"{WRONG_PASSWORD} After {staff.failed_logins} wrong passwords in a row, logins "
                f"to '{staff.username}' are refused for {wait_text(lock)} (until "
                f"{until})."
            )

    def _reset_failures(self, staff: Staff, password: str) -> None:
        """After a correct password: the count starts again, and a password hashed at a weaker
        cost than today's is re-hashed (unless it was changed at another desk meanwhile)."""
        new_hash = upgraded_hash(password, staff.password_hash)
        if new_hash is None and not staff.failed_logins and staff.locked_until is None:
            return  # nothing to write: the usual login costs no transaction
        with self.ctx.uow() as uow:
            row = load(uow.session, Staff, staff.id, "Staff account")
            row.failed_logins, row.locked_until = 0, None
            if new_hash is not None and row.password_hash == staff.password_hash:
                row.password_hash = new_hash
            uow.commit()

    def log_out(self) -> None:
        self.ctx.actor = None

    def list_staff(self) -> list[StaffRow]:
        with self.ctx.uow.read() as uow:
            staff = uow.session.scalars(select(Staff).order_by(Staff.full_name))
            return [_row(s, self.ctx.clock) for s in staff]

    def create(self, *, username: str, full_name: str, role: Role, password: str) -> Result[int]:
        """Add an account with its role's default privileges; needs the staff privilege. The
        user log names the account, its role and privileges (never the password). A user name
        has at most 50 characters, a full name 100 (domain/bounds.py)."""
        self.ctx.acting(Privilege.STAFF, "add staff accounts")
        username = check_text(username.strip(), "The user name", limit=USERNAME_MAX)
        full_name = check_text(full_name.strip(), "The full name")
        if not username or not full_name:
            raise ValidationError("User name and full name are required.")
        if role is Role.OWNER:
            raise ValidationError("A studio has one owner; add managers or front-desk accounts.")
        password_hash = hash_password(password)
        with self.ctx.uow() as uow:
            if uow.session.scalars(select(Staff).where(Staff.username == username)).first():
                raise ValidationError(f"The user name '{username}' is already taken.")
            staff = Staff(
                username=username,
                full_name=full_name,
                role=role.value,
                privileges=encode_privileges(DEFAULT_PRIVILEGES[role]),
                password_hash=password_hash,
                active=True,
                created_at=self.ctx.clock.utcnow(),
            )
            uow.session.add(staff)
            uow.session.flush()
            privileges = _privileges_text(DEFAULT_PRIVILEGES[role]) or NONE_TEXT
            audit(
                uow.session,
                self.ctx,
                action=f"Staff account {full_name} created: user name {username}, "
                f"{role.label}, privileges {privileges}",
            )
            uow.commit()
            return Result(staff.id, _CHANGED)

    def set_privileges(self, staff_id: int, privileges: frozenset[Privilege]) -> Result[None]:
        """Grant or revoke privileges of one account (the owner always keeps all of them). The
        user log reads "Staff account Anna Nowak: privileges billing → billing, reports";
        saving the same privileges writes no line."""
        self.ctx.acting(Privilege.STAFF, "change staff privileges")
        with self.ctx.uow() as uow:
            staff = load(uow.session, Staff, staff_id, "Staff account")
            if staff.role == Role.OWNER.value:
                raise ValidationError("The owner always holds every privilege.")
            before = _privileges_text(decode_privileges(staff.privileges))
            changed = changes_text([("privileges", before, _privileges_text(privileges))])
            staff.privileges = encode_privileges(privileges)
            if changed:
                audit(uow.session, self.ctx, action=f"Staff account {staff.full_name}: {changed}")
            uow.commit()
        return Result(None, _CHANGED)

    def set_active(self, staff_id: int, active: bool) -> Result[None]:
        """Deactivate (no more logins; history kept) or reactivate an account, logged as
        "Staff account Anna Nowak deactivated" / "reactivated"."""
        actor = self.ctx.acting(Privilege.STAFF, "deactivate staff accounts")
        with self.ctx.uow() as uow:
            staff = load(uow.session, Staff, staff_id, "Staff account")
            if staff.role == Role.OWNER.value or staff.id == actor.staff_id:
                raise ValidationError("The owner's own account cannot be deactivated.")
            if staff.active != active:
                state = "reactivated" if active else "deactivated"
                audit(uow.session, self.ctx, action=f"Staff account {staff.full_name} {state}")
                staff.deactivated_at = None if active else self.ctx.clock.utcnow()
            staff.active = active
            uow.commit()
        return Result(None, _CHANGED)

    def set_password(self, staff_id: int, password: str) -> Result[None]:
        """Staff change their own password; the staff privilege may reset anyone's. The user
        log says whose password changed, never the password."""
        actor = self.ctx.acting()
        if staff_id != actor.staff_id:
            self.ctx.acting(Privilege.STAFF, "reset another account's password")
        password_hash = hash_password(password)
        with self.ctx.uow() as uow:
            staff = load(uow.session, Staff, staff_id, "Staff account")
            staff.password_hash = password_hash
            staff.failed_logins, staff.locked_until = 0, None  # a new password ends a lock
            what = (
                "own password changed"
                if staff_id == actor.staff_id
                else f"password reset for {staff.username}"
            )
            audit(uow.session, self.ctx, action=f"Staff account {staff.full_name}: {what}")
            uow.commit()
        return Result(None, _CHANGED)
