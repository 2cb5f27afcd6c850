"""A login keeps only what the account still holds (issue 12, item 7): every service action
checks the acting staff member as the database holds it now. An account deactivated, or a
privilege revoked, at another desk refuses that desk's very next action (not its next login),
and the refusal changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import event, select

from studio_app.container import Services, open_services
from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import AuthenticationFailed, PermissionDenied
from studio_app.domain.privileges import Privilege
from studio_app.dto.members import MemberInput
from studio_app.models import AuditEntry, Staff
from studio_app.runtime.context import ACCOUNT_CLOSED
from studio_app.services import staff as staff_service
from tests.factories import StudioFactory

DEACTIVATED = "Dana Desk's account was deactivated at 10:15; log in again as someone else."


@pytest.fixture
def desk(db_url: str, clock: FixedClock, studio: StudioFactory) -> Iterator[Services]:
    """Dana's desk: a second app on the same data, logged in as the front desk account, while
    the owner keeps working at ``studio.svc``."""
    studio.front_desk()
    other = open_services(db_url, clock)
    other.staff.log_in("desk", "desk-secret")
    yield other
    other.ctx.uow.engine.dispose()


def _member_names(svc: Services) -> list[str]:
    return [m.full_name for m in svc.members.search()]


def test_an_account_deactivated_at_another_desk_is_refused_at_its_next_action(
    studio: StudioFactory, desk: Services, clock: FixedClock
) -> None:
    desk.members.create(MemberInput("Peter", "Parker"))  # Dana works as usual
    clock.advance_to(datetime(2026, 12, 1, 10, 15))
    dana = next(s.id for s in studio.svc.staff.list_staff() if s.username == "desk")
    studio.svc.staff.set_active(dana, False)

    with pytest.raises(PermissionDenied) as refused:
        desk.members.create(MemberInput("Mary", "Jane"))
    assert refused.value.message == DEACTIVATED
    assert refused.value.rule == ACCOUNT_CLOSED
    assert _member_names(studio.svc) == ["Peter Parker"], "nothing was written"
    assert desk.ctx.actor is None, "the login is over"
    with pytest.raises(PermissionDenied, match="Log in first"):
        desk.members.create(MemberInput("Mary", "Jane"))


def test_a_revoked_privilege_is_refused_at_once_and_a_granted_one_works_at_once(
    studio: StudioFactory, desk: Services
) -> None:
    dana = next(s.id for s in studio.svc.staff.list_staff() if s.username == "desk")
    with pytest.raises(PermissionDenied, match="may not rename the studio"):
        desk.studio.rename("Dana's Studio")
    studio.svc.staff.set_privileges(dana, frozenset({Privilege.REPORTS, Privilege.SETTINGS}))
    desk.studio.rename("Dana's Studio")  # no new login needed
    assert desk.ctx.actor is not None and desk.ctx.actor.can(Privilege.SETTINGS)

    studio.svc.staff.set_privileges(dana, frozenset({Privilege.REPORTS}))
    with pytest.raises(PermissionDenied) as refused:
        desk.studio.rename("Lotus Yoga")
    assert refused.value.message == (
        "Dana Desk (Front desk) may no longer rename the studio: the 'settings' privilege was "
        "taken away from this account after it logged in (ask the studio owner)."
    )
    assert studio.svc.studio.studio_name() == "Dana's Studio", "nothing was changed"
    assert desk.ctx.actor is not None
    assert desk.ctx.actor.privileges == frozenset({Privilege.REPORTS}), "refreshed from the row"


def _dana(studio: StudioFactory) -> int:
    return next(s.id for s in studio.svc.staff.list_staff() if s.username == "desk")


def test_a_deactivation_between_the_check_and_the_write_still_refuses_the_write(
    studio: StudioFactory, desk: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dana changes her password: the check passes, then the slow hash runs (a third of a
    second in production) and the owner deactivates her meanwhile. The write re-checks under
    the writer lock, so her password stays as it was."""
    hash_password = staff_service.hash_password

    def owner_deactivates_dana_meanwhile(password: str) -> str:
        clock.advance_to(datetime(2026, 12, 1, 10, 15))
        studio.svc.staff.set_active(_dana(studio), False)
        return hash_password(password)

    monkeypatch.setattr(staff_service, "hash_password", owner_deactivates_dana_meanwhile)
    with pytest.raises(PermissionDenied) as refused:
        desk.staff.set_password(_dana(studio), "dana-new-secret")
    assert refused.value.message == DEACTIVATED
    monkeypatch.undo()
    studio.svc.staff.set_active(_dana(studio), True)
    with pytest.raises(AuthenticationFailed, match="wrong password"):
        studio.svc.staff.log_in("desk", "dana-new-secret")
    assert studio.svc.staff.log_in("desk", "desk-secret").name == "Dana Desk"


def test_a_privilege_revoked_between_the_check_and_the_write_still_refuses_the_write(
    studio: StudioFactory, desk: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dana (with the staff privilege) resets Maya's password; the owner takes the privilege
    away while the new one is being hashed: Maya's password stays."""
    maya = studio.front_desk("maya", "Maya Manager")
    studio.svc.staff.set_privileges(_dana(studio), frozenset({Privilege.STAFF}))
    hash_password = staff_service.hash_password

    def owner_revokes_meanwhile(password: str) -> str:
        studio.svc.staff.set_privileges(_dana(studio), frozenset())
        return hash_password(password)

    monkeypatch.setattr(staff_service, "hash_password", owner_revokes_meanwhile)
    with pytest.raises(PermissionDenied, match="may no longer reset another account's password"):
        desk.staff.set_password(maya, "maya-new-secret")
    monkeypatch.undo()
    assert studio.svc.staff.log_in("maya", "desk-secret").name == "Maya Manager"


def test_an_account_deleted_by_a_restore_is_refused(studio: StudioFactory, desk: Services) -> None:
    """A restored backup from before Dana's account existed: her desk is refused, by name."""
    with studio.svc.ctx.uow() as uow:  # what a restore of an older backup leaves behind
        uow.session.execute(Staff.__table__.delete().where(Staff.id == _dana(studio)))
        uow.session.execute(AuditEntry.__table__.delete())
        uow.commit()
    with pytest.raises(PermissionDenied, match="Dana Desk's account no longer exists"):
        desk.members.create(MemberInput("Mary", "Jane"))
    assert _member_names(studio.svc) == []


def test_the_check_costs_one_primary_key_read_and_one_more_under_the_writer_lock(
    studio: StudioFactory, desk: Services
) -> None:
    """A write action reads the staff row twice (before, and first thing in its transaction);
    the checks inside the transaction (the user-log line, the booking's staff) read none."""
    statements: list[str] = []

    @event.listens_for(desk.ctx.uow.engine, "before_cursor_execute")
    def count(_conn, _cursor, statement: str, *_args: object) -> None:  # noqa: ANN001
        if "FROM staff" in statement:
            statements.append(statement)

    desk.members.create(MemberInput("Mary", "Jane"))
    assert len(statements) == 2, statements
    assert all("WHERE staff.id = " in s for s in statements)
    desk.members.search("mary")
    assert len(statements) == 2, "a read that checks nobody costs nothing"
    assert _member_names(studio.svc) == ["Mary Jane"]
    with desk.ctx.uow.read() as uow:
        logged_by = uow.session.scalars(select(AuditEntry.staff_id)).all()
    assert _dana(studio) in logged_by
