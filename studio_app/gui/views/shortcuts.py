"""The desk's keyboard: one table of every shortcut. The main window binds its commands from
this table and Help → Keyboard shortcuts lists it, so the list and the real keys cannot drift.

Window shortcuts (a ``command``) work on every page; the others are keys a widget handles
itself where it has the focus (the week calendar, the Members search, the sign-up field).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from studio_app.gui.forms.ui_shortcuts_dialog import Ui_ShortcutsDialog


class Command(StrEnum):
    """What a window shortcut does (the main window has one handler for each)."""

    FIND_MEMBER = "find_member"
    OPEN_PAGE = "open_page"
    PRINT_SHEET = "print_sheet"
    SHOW_SHORTCUTS = "show_shortcuts"


ANYWHERE = "Anywhere"
CALENDAR = "Schedule calendar"

#: The pages in the navigation's order: Ctrl+1 opens the first.
PAGES = ("Schedule", "Front desk", "Members", "Reports", "Settings")


@dataclass(frozen=True)
class Shortcut:
    """``keys`` as QKeySequence reads them ("Ctrl+F") for a window shortcut, or as shown for
    a widget's own keys; ``page`` is the navigation row an OPEN_PAGE shortcut opens."""

    keys: str
    what: str
    where: str = ANYWHERE
    command: Command | None = None
    page: int | None = None


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "Ctrl+F", "Find a member: Members, with the search selected", command=Command.FIND_MEMBER
    ),
    *(
        Shortcut(f"Ctrl+{row + 1}", f"Open {name}", command=Command.OPEN_PAGE, page=row)
        for row, name in enumerate(PAGES)
    ),
    Shortcut("Ctrl+P", "Print the selected class's attendance sheet", command=Command.PRINT_SHEET),
    Shortcut("F1", "This list of keyboard shortcuts", command=Command.SHOW_SHORTCUTS),
    Shortcut("← / →", "Previous / next day", CALENDAR),
    Shortcut("↑ / ↓", "Previous / next class of the day, in time order", CALENDAR),
    Shortcut("Enter", "Open the class: its attendance list, cursor in the member field", CALENDAR),
    Shortcut("Enter", "Open the member when the search finds exactly one", "Members search"),
    Shortcut("↑ / ↓, Enter", "Choose a suggested member, sign them up", "Sign-up field"),
)


def shortcut_for(command: Command, page: int | None = None) -> Shortcut:
    """The table's shortcut of ``command`` (of ``page`` for OPEN_PAGE)."""
    return next(s for s in SHORTCUTS if s.command == command and s.page == page)


def shown_keys(shortcut: Shortcut) -> str:
    """The keys as this system writes them (e.g. "Ctrl+F", "⌘F" on macOS)."""
    if shortcut.command is None:
        return shortcut.keys
    return QKeySequence(shortcut.keys).toString(QKeySequence.SequenceFormat.NativeText)


def with_keys(text: str, command: Command, page: int | None = None) -> str:
    """A tooltip naming the shortcut: "Members (Ctrl+3)"."""
    return f"{text} ({shown_keys(shortcut_for(command, page))})"


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: every row of ``SHORTCUTS``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ShortcutsDialog()
        ui.setupUi(self)
        table = ui.shortcutsTable
        table.setRowCount(len(SHORTCUTS))
        for row, shortcut in enumerate(SHORTCUTS):
            for column, text in enumerate((shown_keys(shortcut), shortcut.where, shortcut.what)):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        ui.closeButton.clicked.connect(self.accept)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows: keys, where, what it does."""
        table = self.ui.shortcutsTable
        return [
            tuple(table.item(row, column).text() for column in range(3))  # type: ignore[misc]
            for row in range(table.rowCount())
        ]
