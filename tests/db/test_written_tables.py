"""What a unit of work really wrote (db/uow.py ``take_written``), the ground truth for the
changes an action announces (dto/changes.py, tests/announced_changes.py)."""

from __future__ import annotations

from sqlalchemy import text, update

from studio_app.dto.changes import Change, Result, changes_of
from studio_app.models import Base, Member
from tests import announced_changes
from tests.factories import StudioFactory


def test_only_committed_writes_are_taken_and_only_once(studio: StudioFactory) -> None:
    peter = studio.member("Peter", "Parker")
    uow = studio.svc.ctx.uow
    uow.take_written()
    with uow() as unit:  # rolled back: nothing was written
        unit.session.execute(update(Member).where(Member.id == peter).values(phone="1"))
    with uow.read() as unit:
        unit.session.execute(text("SELECT count(*) FROM bookings"))
    assert uow.take_written() == frozenset()
    with uow() as unit:
        unit.session.execute(update(Member).where(Member.id == peter).values(phone="555"))
        unit.commit()
    assert uow.take_written() == {"members"}
    assert uow.take_written() == frozenset()


def test_every_table_is_a_kind_of_change_or_said_to_be_none() -> None:
    from studio_app.dto.changes import TABLE_CHANGES, UNANNOUNCED_TABLES

    assert set(Base.metadata.tables) == set(TABLE_CHANGES) | UNANNOUNCED_TABLES
    assert changes_of(["payments", "audit_entries", "sqlite_sequence"]) == {Change.PAYMENTS}


def test_the_suite_check_catches_a_write_that_is_not_announced(studio: StudioFactory) -> None:
    """The check every test runs under (tests/announced_changes.py) can fail: a method that
    writes a member and announces nothing is reported, naming the table and the change."""
    peter = studio.member("Peter", "Parker")

    class ForgetfulService:
        def __init__(self) -> None:
            self.ctx = studio.svc.ctx

        def set_phone(self) -> Result[None]:
            with self.ctx.uow() as unit:
                unit.session.execute(update(Member).where(Member.id == peter).values(phone="2"))
                unit.commit()
            return Result(None, frozenset({Change.BOOKINGS}))

    watched = announced_changes._watched(ForgetfulService, "set_phone", ForgetfulService.set_phone)
    watched(ForgetfulService())
    found, announced_changes.unannounced[:] = list(announced_changes.unannounced), []
    assert found == [
        "ForgetfulService.set_phone wrote ['members'] but announced "
        "[<Change.BOOKINGS: 'bookings'>]: [<Change.MEMBERS: 'members'>] missing"
    ]
