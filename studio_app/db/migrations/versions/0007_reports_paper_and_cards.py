"""Reports (issue 13): the studio's paper size, when a member's card was last printed, and an
index on when payments were made (the revenue report reads a date range of them).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("studio_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("paper_size", sa.String(length=10), nullable=False, server_default="A4")
        )
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(sa.Column("card_printed_at", sa.DateTime(), nullable=True))
    op.create_index("ix_payments_paid_at", "payments", ["paid_at"])


def downgrade() -> None:
    op.drop_index("ix_payments_paid_at", table_name="payments")
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_column("card_printed_at")
    with op.batch_alter_table("studio_settings", schema=None) as batch_op:
        batch_op.drop_column("paper_size")
