"""Settings → Activity log: the studio's user log, newest first, filtered by days, staff
member and words, a page at a time.

Reading it needs the ``staff`` privilege (the service checks it; the Settings view hides the
page from other accounts). A refusal reaches the view as words in ``last_error``.
"""

from __future__ import annotations

from datetime import date, timedelta

from studio_app.dto.activity_log import ActivityCursor, ActivityPage
from studio_app.dto.changes import Change
from studio_app.dto.staff import StaffRow
from studio_app.gui.controllers.base import Controller
from studio_app.services.activity_log import PAGE_SIZE

#: The range the page opens with: the last 30 days, today included.
DEFAULT_DAYS = 30


class ActivityLogController(Controller):
    USES = ("activity_log", "staff")
    # Every action writes a line; STAFF may also change who may read the log.
    RELOAD_ON = frozenset(Change)
    #: Lines read at a time: the first page, and each "Show older…".
    page_size = PAGE_SIZE

    def default_range(self) -> tuple[date, date]:
        """The last 30 days by the studio clock, today included."""
        today = self.today()
        return today - timedelta(days=DEFAULT_DAYS - 1), today

    def staff(self) -> list[StaffRow]:
        """Every staff account, deactivated ones too (their lines stay), by name."""
        return self.ask(self.services.staff.list_staff) or []

    def page(
        self,
        first_day: date,
        last_day: date,
        staff_id: int | None,
        text: str,
        before: ActivityCursor | None = None,
    ) -> ActivityPage | None:
        """The newest page of lines matching the filters (older than ``before`` for "Show
        older…"); None when refused (see ``last_error``)."""
        return self.ask(
            self.services.activity_log.page,
            first_day,
            last_day,
            staff_id=staff_id,
            text=text,
            before=before,
            limit=self.page_size,
        )
