"""Backup settings: the folder and the rotation (SPEC §9).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("studio_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("backup_folder", sa.String(length=1000), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("backup_keep_days", sa.Integer(), nullable=False, server_default="14")
        )
        batch_op.add_column(
            sa.Column("backup_keep_months", sa.Integer(), nullable=False, server_default="12")
        )


def downgrade() -> None:
    with op.batch_alter_table("studio_settings", schema=None) as batch_op:
        batch_op.drop_column("backup_keep_months")
        batch_op.drop_column("backup_keep_days")
        batch_op.drop_column("backup_folder")
