"""Backups of the studio's SQLite file: how they are named, when the automatic one is due and
which ones the rotation keeps.

Rules (SPEC §9, "automatic, rotating backups of the SQLite file, and restore"):
- One automatic backup a day: at the first start of the day and just after midnight while the
  app runs. A copy is also made before a database upgrade and before every restore.
- Rotation keeps every backup of the last ``keep_days`` days (today included) and, older than
  that, the newest backup of each of the last ``keep_months`` calendar months. It removes the
  rest after each automatic backup. Files the app did not name are never touched.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from dateutil.relativedelta import relativedelta

from studio_app.domain.errors import ValidationError

BACKUP_SUFFIX = ".sqlite3"
_STAMP = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})-(?P<kind>[a-z-]+)\.sqlite3$")


class BackupKind(enum.StrEnum):
    AUTOMATIC = "auto"
    MANUAL = "manual"
    BEFORE_RESTORE = "before-restore"
    BEFORE_UPGRADE = "before-upgrade"

    @property
    def label(self) -> str:
        return {
            "auto": "Automatic (daily)",
            "manual": "Made by hand",
            "before-restore": "Before a restore",
            "before-upgrade": "Before an upgrade",
        }[self.value]


@dataclass(frozen=True, order=True)
class BackupName:
    """A backup file's name: the database it copies, when it was made (local time), and why."""

    made_at: datetime
    kind: BackupKind
    stem: str

    @property
    def file_name(self) -> str:
        return f"{self.stem}-{self.made_at.strftime(_STAMP)}-{self.kind.value}{BACKUP_SUFFIX}"

    @classmethod
    def parse(cls, file_name: str, stem: str) -> BackupName | None:
        """The name's parts if it names a backup of database ``stem``, else None."""
        match = _NAME.match(file_name)
        if match is None or match["stem"] != stem:
            return None
        try:
            made_at = datetime.strptime(match["stamp"], _STAMP)
            kind = BackupKind(match["kind"])
        except ValueError:
            return None
        return cls(made_at, kind, stem)


@dataclass(frozen=True)
class RetentionPolicy:
    """Keep every backup of the last ``keep_days`` days and one a month for ``keep_months``."""

    keep_days: int = 14
    keep_months: int = 12

    def describe(self) -> str:
        days = "1 day" if self.keep_days == 1 else f"{self.keep_days} days"
        if not self.keep_months:
            return f"Keeps every backup of the last {days}."
        months = "1 month" if self.keep_months == 1 else f"{self.keep_months} months"
        return f"Keeps every backup of the last {days} and one a month for {months}."


MAX_KEEP_DAYS = 365
MAX_KEEP_MONTHS = 120


def validated_policy(keep_days: int, keep_months: int) -> RetentionPolicy:
    """At least the last day is always kept; the limits keep the folder a sensible size."""
    if not 1 <= keep_days <= MAX_KEEP_DAYS:
        raise ValidationError(
            f"Keep backups for 1 to {MAX_KEEP_DAYS} days (asked for {keep_days}).",
            rule="backup-retention",
        )
    if not 0 <= keep_months <= MAX_KEEP_MONTHS:
        raise ValidationError(
            f"Keep monthly backups for 0 to {MAX_KEEP_MONTHS} months (asked for {keep_months}).",
            rule="backup-retention",
        )
    return RetentionPolicy(keep_days, keep_months)


def backups_to_remove(
    backups: Iterable[BackupName], today: date, policy: RetentionPolicy
) -> list[BackupName]:
    """The backups the rotation removes on ``today``, oldest first.

    Kept: every backup made from ``today - (keep_days - 1)`` on; older than that, the newest of
    each calendar month from the month ``keep_months - 1`` before this one. A backup dated in
    the future (a clock set wrong) is kept.
    """
    first_daily = today - relativedelta(days=policy.keep_days - 1)
    first_month = (today.replace(day=1) - relativedelta(months=policy.keep_months - 1)).replace(
        day=1
    )
    newest_of_month: dict[tuple[int, int], BackupName] = {}
    older: list[BackupName] = []
    for backup in sorted(backups):
        if backup.made_at.date() >= first_daily:
            continue
        older.append(backup)
        if policy.keep_months and backup.made_at.date() >= first_month:
            newest_of_month[(backup.made_at.year, backup.made_at.month)] = backup
    kept = set(newest_of_month.values())
    return [backup for backup in older if backup not in kept]


def automatic_due(backups: Iterable[BackupName], today: date) -> bool:
    """An automatic backup is due when none has been made today."""
    return not any(b.kind is BackupKind.AUTOMATIC and b.made_at.date() == today for b in backups)


def size_text(size: int) -> str:
    """A file size as people read it: 812 KB, 47.2 MB."""
    if size < 1000 * 1000:
        return f"{max(1, round(size / 1000))} KB"
    if size < 1000**3:
        return f"{size / 1000**2:.1f} MB"
    return f"{size / 1000**3:.2f} GB"
