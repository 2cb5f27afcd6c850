"""A newest-first list of the member profile (the booking history, the user log) shown a page
at a time. Beneath it "Showing 50 of 312" and "Show more", which reads the next page and adds
it below the rows shown; the button hides when every row is shown. A list that fits in one
page needs neither."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QPushButton

from studio_app.gui.controllers.member_profile import Page, PageCursor
from studio_app.gui.qtmodels.rows import RowsModel


class ShowMore(QObject):
    """Drives one list's model, its "Show more" button and its "Showing N of M" label."""

    def __init__(
        self,
        model: RowsModel[Any],
        button: QPushButton,
        label: QLabel,
        read_older: Callable[[PageCursor], Page[Any] | None],
        page_size: int,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.model, self.button, self.label = model, button, label
        self.read_older, self.page_size = read_older, page_size
        self._older: PageCursor | None = None
        self._left = 0
        button.clicked.connect(self.show_more)
        self.fill(None)

    @property
    def shown(self) -> int:
        """Rows shown now."""
        return self.model.rowCount()

    @property
    def total(self) -> int:
        """Rows in the whole list: those shown and the older ones left."""
        return self.shown + self._left

    def fill(self, page: Page[Any] | None) -> None:
        """Show ``page`` (the newest rows) instead of the rows shown; None empties the list."""
        self.model.set_rows(page.rows if page else ())
        self._follow(page)

    def show_more(self) -> None:
        """Read the next page and add it below the rows shown (a refusal, e.g. a member removed
        meanwhile, reaches the window's message and changes nothing)."""
        if self._older is None:
            return
        page = self.read_older(self._older)
        if page is not None:
            self.model.append_rows(page.rows)
            self._follow(page)

    def _follow(self, page: Page[Any] | None) -> None:
        self._older = page.older if page else None
        self._left = page.left if page else 0
        more = self._older is not None
        self.button.setVisible(more)
        self.label.setVisible(self.total > self.page_size)
        self.label.setText(
            f"Showing {self.shown:,} of {self.total:,}" if more else f"Showing all {self.total:,}"
        )
