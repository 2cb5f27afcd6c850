"""Staff accounts, login, and the owner's Access tab (privileges granted per account)."""

from __future__ import annotations

from sqlalchemy import select

from studio_app.domain.errors import AuthenticationFailed, ValidationError
from studio_app.domain.passwords import hash_password, verify_password
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
from studio_app.services.context import ServiceContext
from studio_app.services.records import load

_CHANGED = frozenset({Change.STAFF})


def _row(staff: Staff) -> StaffRow:
    return StaffRow(
        staff.id,
        staff.username,
        staff.full_name,
        Role(staff.role),
        decode_privileges(staff.privileges),
        staff.active,
    )


class StaffService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def log_in(self, username: str, password: str) -> Actor:
        """Check the password and make this account the acting staff member."""
        with self.ctx.uow.read() as uow:
            staff = uow.session.scalars(
                select(Staff).where(Staff.username == username.strip())
            ).first()
            if staff is None or not verify_password(password, staff.password_hash):
                raise AuthenticationFailed("Unknown user name or wrong password.")
            if not staff.active:
                raise AuthenticationFailed(f"The account '{staff.username}' is deactivated.")
            actor = Actor(
                staff.id, staff.full_name, Role(staff.role), decode_privileges(staff.privileges)
            )
        self.ctx.actor = actor
        return actor

    def log_out(self) -> None:
        self.ctx.actor = None

    def list_staff(self) -> list[StaffRow]:
        with self.ctx.uow.read() as uow:
            return [_row(s) for s in uow.session.scalars(select(Staff).order_by(Staff.full_name))]

    def create(self, *, username: str, full_name: str, role: Role, password: str) -> Result[int]:
        """Add an account with its role's default privileges; needs the staff privilege."""
        self.ctx.acting(Privilege.STAFF, "add staff accounts")
        username, full_name = username.strip(), full_name.strip()
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
            uow.commit()
            return Result(staff.id, _CHANGED)

    def set_privileges(self, staff_id: int, privileges: frozenset[Privilege]) -> Result[None]:
        """Grant or revoke privileges of one account (the owner always keeps all of them)."""
        self.ctx.acting(Privilege.STAFF, "change staff privileges")
        with self.ctx.uow() as uow:
            staff = load(uow.session, Staff, staff_id, "Staff account")
            if staff.role == Role.OWNER.value:
                raise ValidationError("The owner always holds every privilege.")
            staff.privileges = encode_privileges(privileges)
            uow.commit()
        return Result(None, _CHANGED)

    def set_active(self, staff_id: int, active: bool) -> Result[None]:
        actor = self.ctx.acting(Privilege.STAFF, "deactivate staff accounts")
        with self.ctx.uow() as uow:
            staff = load(uow.session, Staff, staff_id, "Staff account")
            if staff.role == Role.OWNER.value or staff.id == actor.staff_id:
                raise ValidationError("The owner's own account cannot be deactivated.")
            staff.active = active
            uow.commit()
        return Result(None, _CHANGED)

    def set_password(self, staff_id: int, password: str) -> Result[None]:
        """Staff change their own password; the staff privilege may reset anyone's."""
        actor = self.ctx.acting()
        if staff_id != actor.staff_id:
            self.ctx.acting(Privilege.STAFF, "reset another account's password")
        password_hash = hash_password(password)
        with self.ctx.uow() as uow:
            load(uow.session, Staff, staff_id, "Staff account").password_hash = password_hash
            uow.commit()
        return Result(None, _CHANGED)
