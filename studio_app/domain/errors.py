"""Domain errors. Every refusal names the rule that refused and the numbers involved."""

from __future__ import annotations


class DomainError(Exception):
    """A user action was refused by a business rule; nothing was changed.

    ``rule`` is a short stable name of the rule (for tests and logs); the message is what the
    user reads.
    """

    rule: str = "domain"

    def __init__(self, message: str, *, rule: str | None = None) -> None:
        super().__init__(message)
        if rule is not None:
            self.rule = rule

    @property
    def message(self) -> str:
        return str(self.args[0])


class ValidationError(DomainError):
    """Bad input: an impossible date, a negative price, an empty name."""

    rule = "validation"


class NotFound(DomainError):
    rule = "not-found"


class PermissionDenied(DomainError):
    """The acting staff member lacks the privilege the action needs."""

    rule = "privilege"


class AuthenticationFailed(DomainError):
    rule = "login"


class BookingRefused(DomainError):
    """A sign-up, sign-out or waitlist action broke a booking rule."""

    rule = "booking"


class ClassFull(BookingRefused):
    rule = "capacity"


class NoPayingMembership(BookingRefused):
    rule = "no-paying-membership"


class BackupRefused(DomainError):
    """A backup or restore could not be done (no SQLite file, unwritable folder, bad file)."""

    rule = "backup"


class DatabaseDamaged(DomainError):
    """The studio's SQLite file cannot be read; ``backup`` is the newest backup to restore.
    The message adds the command that restores it; ``summary`` is the message without it, for
    a window that offers a button instead."""

    rule = "damaged"

    def __init__(self, summary: str, backup: object = None, command: str = "") -> None:
        super().__init__(f"{summary} Restore it with: {command}" if command else summary)
        self.summary = summary
        self.backup = backup


class ImportRefused(DomainError):
    """An import file cannot be read (empty, binary, not a table, no name column, a locked
    workbook): the message names the file and the problem; nothing was written."""

    rule = "import"


class DatabaseUnavailable(DomainError):
    """The studio's data could not be read or written for a reason outside the app's rules
    (another desk holds the lock, the disk is full, the file is read-only or gone, the server
    cannot be reached). Nothing was saved; the message says what to do."""

    rule = "database"


class DatabaseBusy(DatabaseUnavailable):
    """Another desk held the write lock for longer than the wait allows."""

    rule = "busy"


class DiskFull(DatabaseUnavailable):
    rule = "disk-full"


class ReadOnlyDatabase(DatabaseUnavailable):
    rule = "read-only"


class DatabaseMissing(DatabaseUnavailable):
    """There is no studio database where one was expected (never created, deleted or
    replaced while the app ran). Only the GUI's first start and ``demo`` create one."""

    rule = "no-database"
