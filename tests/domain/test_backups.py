"""Backup names, the daily automatic backup and the rotation (SPEC §9)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio_app.domain.backups import (
    BackupKind,
    BackupName,
    RetentionPolicy,
    automatic_due,
    backups_to_remove,
    size_text,
    validated_policy,
)
from studio_app.domain.errors import ValidationError


def _auto(day: date, hour: int = 0) -> BackupName:
    return BackupName(datetime(day.year, day.month, day.day, hour), BackupKind.AUTOMATIC, "studio")


def test_name_round_trips_and_ignores_other_databases_and_foreign_files() -> None:
    name = BackupName(datetime(2026, 11, 21, 8, 30, 5), BackupKind.BEFORE_RESTORE, "studio")
    assert name.file_name == "studio-2026-11-21_083005-before-restore.sqlite3"
    assert BackupName.parse(name.file_name, "studio") == name
    assert BackupName.parse(name.file_name, "demo") is None
    assert BackupName.parse("studio-2026-11-21_083005-weird.sqlite3", "studio") is None
    assert BackupName.parse("studio-2026-13-40_083005-auto.sqlite3", "studio") is None
    assert BackupName.parse("notes.txt", "studio") is None
    # A database whose own name has dashes and digits still parses.
    tricky = BackupName(datetime(2027, 1, 2, 3, 4, 5), BackupKind.AUTOMATIC, "my-studio-2")
    assert BackupName.parse(tricky.file_name, "my-studio-2") == tricky


def test_automatic_backup_is_due_once_a_day() -> None:
    today = date(2026, 11, 21)
    assert automatic_due([], today)
    assert automatic_due([_auto(today - timedelta(days=1), 23)], today)
    manual = BackupName(datetime(2026, 11, 21, 8), BackupKind.MANUAL, "studio")
    assert automatic_due([manual], today), "a backup by hand does not replace the daily one"
    assert not automatic_due([_auto(today, 0)], today)


def test_rotation_keeps_the_last_14_days_and_the_newest_of_each_month() -> None:
    today = date(2026, 11, 21)
    daily = [_auto(today - timedelta(days=n)) for n in range(400)]
    removed = set(backups_to_remove(daily, today, RetentionPolicy(14, 12)))
    kept = sorted(set(daily) - removed)
    kept_days = [b.made_at.date() for b in kept]
    # Every day from 8 to 21 November...
    assert kept_days[-14:] == [date(2026, 11, d) for d in range(8, 22)]
    # ...and, before that, the newest of each month: 7 November, then the month ends back to
    # December 2025 (12 months including November).
    assert kept_days[:-14] == [
        date(2025, 12, 31),
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 31),
        date(2026, 6, 30),
        date(2026, 7, 31),
        date(2026, 8, 31),
        date(2026, 9, 30),
        date(2026, 10, 31),
        date(2026, 11, 7),
    ]
    assert len(removed) == 400 - 26


def test_rotation_without_monthly_backups_keeps_only_the_days() -> None:
    today = date(2026, 11, 21)
    backups = [_auto(today - timedelta(days=n)) for n in range(10)]
    removed = backups_to_remove(backups, today, RetentionPolicy(keep_days=3, keep_months=0))
    removed_days = [b.made_at.date() for b in removed]
    assert removed_days == [today - timedelta(days=n) for n in range(9, 2, -1)]


def test_rotation_keeps_every_kind_within_the_days_and_future_dated_files() -> None:
    today = date(2026, 11, 21)
    recent = [
        BackupName(datetime(2026, 11, 20, h), kind, "studio") for h, kind in enumerate(BackupKind)
    ]
    future = _auto(today + timedelta(days=3))
    assert backups_to_remove([*recent, future], today, RetentionPolicy(1, 0)) == recent
    assert backups_to_remove([*recent, future], today, RetentionPolicy(2, 0)) == []


@given(
    st.lists(st.integers(min_value=0, max_value=900), max_size=60),
    st.integers(min_value=1, max_value=60),
    st.integers(min_value=0, max_value=24),
)
def test_rotation_never_removes_a_recent_backup_and_keeps_at_most_one_older_per_month(
    ages: list[int], keep_days: int, keep_months: int
) -> None:
    today = date(2026, 11, 21)
    backups = [_auto(today - timedelta(days=age), hour) for hour, age in enumerate(ages[:24])]
    removed = backups_to_remove(backups, today, RetentionPolicy(keep_days, keep_months))
    kept = [b for b in backups if b not in removed]
    limit = today - timedelta(days=keep_days - 1)
    assert all(b.made_at.date() < limit for b in removed)
    older_months = [(b.made_at.year, b.made_at.month) for b in kept if b.made_at.date() < limit]
    assert len(older_months) == len(set(older_months)) <= keep_months
    # Running the rotation again on what it kept removes nothing.
    assert backups_to_remove(kept, today, RetentionPolicy(keep_days, keep_months)) == []


def test_policy_limits_are_refused_with_the_numbers() -> None:
    assert validated_policy(14, 12) == RetentionPolicy(14, 12)
    with pytest.raises(ValidationError, match="1 to 365 days \\(asked for 0\\)"):
        validated_policy(0, 12)
    with pytest.raises(ValidationError, match="0 to 120 months \\(asked for 121\\)"):
        validated_policy(14, 121)
    assert RetentionPolicy(14, 12).describe() == (
        "Keeps every backup of the last 14 days and one a month for 12 months."
    )
    assert RetentionPolicy(1, 0).describe() == "Keeps every backup of the last 1 day."


def test_size_text() -> None:
    assert size_text(741_376) == "741 KB"
    assert size_text(49_483_776) == "49.5 MB"
    assert size_text(200) == "1 KB"
