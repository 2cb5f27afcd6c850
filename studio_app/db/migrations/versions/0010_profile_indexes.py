"""Issue 15: a member's profile opens at once whatever the length of their history.

The profile lists the member's active signups and the newest page of their booking history
(ordered by the class's start) and of their user log (by time). Two indexes let it read only
what it shows:

- ``ix_bookings_member_visits`` (member, class, status, unpaid) replaces the index on the
  member alone: which of a member's bookings are still to come, which are history and which
  are owed is read from the index, without visiting the bookings' rows (600 of them after five
  years of two classes a week).
- ``ix_audit_entries_member_at`` (member, time, id) replaces the index on the member alone: the
  newest lines of the log are its last entries, so a page reads only its own lines.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_bookings_member_visits", "bookings", ["member_id", "session_id", "status", "unpaid"]
    )
    op.drop_index("ix_bookings_member_id", table_name="bookings")
    op.create_index("ix_audit_entries_member_at", "audit_entries", ["member_id", "at", "id"])
    op.drop_index("ix_audit_entries_member_id", table_name="audit_entries")


def downgrade() -> None:
    op.create_index("ix_audit_entries_member_id", "audit_entries", ["member_id"])
    op.drop_index("ix_audit_entries_member_at", table_name="audit_entries")
    op.create_index("ix_bookings_member_id", "bookings", ["member_id"])
    op.drop_index("ix_bookings_member_visits", table_name="bookings")
