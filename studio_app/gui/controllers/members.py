"""The members list: instant search, create, edit, archive and restore."""

from __future__ import annotations

from dataclasses import dataclass

from studio_app.dto.changes import Change
from studio_app.dto.members import MemberDetail, MemberInput, MemberRow
from studio_app.gui.controllers.base import Controller

__all__ = [
    "SEARCH_LIMIT",
    "MemberDetail",
    "MemberInput",
    "MemberRow",
    "MembersController",
    "SearchResult",
]

#: The list never holds more rows than this; typing more words narrows it (20,000 members stay
#: instant because the database returns at most one page).
SEARCH_LIMIT = 200


@dataclass(frozen=True)
class SearchResult:
    """The rows found (at most ``SEARCH_LIMIT``) and whether more matched than are shown."""

    rows: list[MemberRow]
    capped: bool


class MembersController(Controller):
    USES = ("members",)
    # The list shows members; sales and bookings change what the profile beside it shows.
    RELOAD_ON = frozenset({Change.MEMBERS, Change.MEMBERSHIPS, Change.BOOKINGS})

    def search(self, text: str = "", include_archived: bool = False) -> SearchResult:
        """Members whose name, email, phone or card code contains every typed word, those whose
        name or card code starts with the typed text first; archived members only when asked.
        At most ``SEARCH_LIMIT`` rows; ``capped`` tells if more exist."""
        rows = (
            self.ask(
                self.services.members.search,
                text,
                include_archived=include_archived,
                limit=SEARCH_LIMIT + 1,
            )
            or []
        )
        return SearchResult(rows[:SEARCH_LIMIT], capped=len(rows) > SEARCH_LIMIT)

    def count(self) -> int:
        """Every member on file, archived ones included."""
        return self.ask(self.services.members.count) or 0

    def get(self, member_id: int) -> MemberDetail | None:
        return self.ask(self.services.members.get, member_id)

    def create(self, data: MemberInput) -> int | None:
        """Add a member; a refusal (no name, bad email, card code taken) returns None and leaves
        its words in ``last_error``."""
        result = self.act(self.services.members.create, data)
        return result.value if result else None

    def update(self, member_id: int, data: MemberInput) -> bool:
        return self.act(self.services.members.update, member_id, data) is not None

    def set_archived(self, member_id: int, archived: bool) -> bool:
        """Archiving hides a member from the list and from booking; the history stays."""
        return self.act(self.services.members.set_archived, member_id, archived) is not None
