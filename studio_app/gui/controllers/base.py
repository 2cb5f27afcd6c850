"""Base of all controllers: run one service action, publish what changed, surface refusals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from PySide6.QtCore import QObject

from studio_app.domain.errors import DomainError
from studio_app.domain.privileges import Privilege
from studio_app.dto.changes import Change, Result, changes_of
from studio_app.dto.members import MemberRow
from studio_app.gui.controllers.app_signals import AppSignals

if TYPE_CHECKING:  # the services load behind the first window (gui/launch.py)
    from studio_app.container import Services

T = TypeVar("T")

#: How many members a type-a-name field suggests (the first is chosen; more words narrow it).
SUGGESTIONS = 20


class Controller(QObject):
    """Holds only the services its class declares in ``USES`` (with its bases' and ``ctx``):
    reaching another one raises AttributeError saying so (``Services.only``)."""

    #: The services this class's own methods use (``self.services.<name>``); ``ctx`` is always
    #: there. tests/test_architecture.py checks it against the source.
    USES: ClassVar[tuple[str, ...]] = ()
    #: The kinds of change after which a view of this controller reloads (see ``concerns``).
    RELOAD_ON: ClassVar[frozenset[Change]] = frozenset()
    #: Refusals of an action that this controller's views show beside the action themselves
    #: (an error line, a dialog): ``act`` does not emit them to the window too, so each shows
    #: once. Any other refusal (a privilege, the database, a login ended) is emitted as usual.
    REFUSALS_SHOWN_INLINE: ClassVar[tuple[type[DomainError], ...]] = ()

    def __init__(self, services: Services, signals: AppSignals, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services.only(type(self).uses(), type(self).__name__)
        self.signals = signals
        self.last_error = ""

    def today(self) -> date:
        """Today by the studio clock (injectable: tests and the demo stand on any day)."""
        return self.services.ctx.clock.today()

    def now(self) -> datetime:
        return self.services.ctx.clock.now()

    def can(self, privilege: Privilege) -> bool:
        """Whether the logged-in account holds ``privilege`` (the owner holds every one), as
        the desk last saw it; the services check again at every action."""
        actor = self.services.ctx.actor
        return actor is not None and actor.can(privilege)

    @classmethod
    def uses(cls) -> frozenset[str]:
        """The services an instance holds: its class's ``USES`` and its bases'."""
        return frozenset(name for klass in cls.__mro__ for name in vars(klass).get("USES", ()))

    @classmethod
    def concerns(cls, changes: frozenset[Change]) -> bool:
        """Whether an operation's changes touch what this controller's views show."""
        return bool(cls.RELOAD_ON & changes)

    def act(self, action: Callable[..., Result[T]], *args: Any, **kwargs: Any) -> Result[T] | None:
        """Run a service action. On success publish its changes (and message: a warning when the
        success carries a problem) and return the result; on a refusal keep its message in
        ``last_error``, emit it and return None. The changes published are those the result
        announces and those its units of work really wrote, so no view is left stale by a
        change an action forgot to announce."""
        self.last_error = ""
        uow = self.services.ctx.uow
        uow.take_written()  # what earlier work on this thread wrote is not this action's
        try:
            result = action(*args, **kwargs)
        except DomainError as refused:
            self.last_error = refused.message
            if not isinstance(refused, self.REFUSALS_SHOWN_INLINE):
                self.signals.error.emit(refused.message)
            return None
        if result.warning:
            self.signals.warning.emit(" ".join(t for t in (result.message, result.warning) if t))
        elif result.message:
            self.signals.info.emit(result.message)
        self.signals.changed.emit(result.changes | changes_of(uow.take_written()))
        return result

    def ask(self, query: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Run a read-only query; a refusal (e.g. a deleted record) is surfaced like ``act``."""
        self.last_error = ""
        try:
            return query(*args, **kwargs)
        except DomainError as refused:
            self.last_error = refused.message
            self.signals.error.emit(refused.message)
            return None


class MemberSearch(Controller):
    """A controller whose views have a type-a-name field for a member."""

    USES = ("members",)

    def search_members(self, text: str, limit: int = SUGGESTIONS) -> list[MemberRow]:
        """Suggestions for a type-a-name field: active members whose name, email, phone or card
        contains every typed word (nothing until something is typed)."""
        if not text.strip():
            return []
        return self.ask(self.services.members.search, text, limit=limit) or []
