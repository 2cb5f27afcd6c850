"""What the desk reloads after an action (controllers/base.py ``act``): the changes the
action announces and those its units of work really wrote."""

from __future__ import annotations

from sqlalchemy import update

from studio_app.dto.changes import Change, Result
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.members import MembersController
from studio_app.models import Member
from tests.factories import StudioFactory


def test_a_write_the_action_forgot_to_announce_is_published_too(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    peter = studio.member("Peter", "Parker")
    uow = studio.svc.ctx.uow
    with uow() as unit:  # an earlier write on this thread, outside the action
        unit.session.execute(update(Member).where(Member.id == peter).values(phone="1"))
        unit.commit()
    controller = MembersController(studio.svc, signals)
    published: list[frozenset[Change]] = []
    signals.changed.connect(published.append)

    def reads_only() -> Result[None]:
        return Result(None, frozenset({Change.BOOKINGS}))

    def forgetful() -> Result[None]:
        with uow() as unit:
            unit.session.execute(update(Member).where(Member.id == peter).values(phone="555"))
            unit.commit()
        return Result(None, frozenset({Change.BOOKINGS}))

    controller.act(reads_only)
    controller.act(forgetful)

    assert published == [{Change.BOOKINGS}, {Change.BOOKINGS, Change.MEMBERS}]
