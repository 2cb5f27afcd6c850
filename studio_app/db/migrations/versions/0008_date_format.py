"""Issue 14: the studio's date format (day first, "Tue 1 Dec 2026", or month first, "Tue, Dec 1,
2026"), asked at the first start and in Settings. A studio set up before it writes day first,
as every date was written until now.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("studio_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "date_format", sa.String(length=20), nullable=False, server_default="day-first"
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("studio_settings", schema=None) as batch_op:
        batch_op.drop_column("date_format")
