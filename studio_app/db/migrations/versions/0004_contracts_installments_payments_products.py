"""Contracts and installments (SPEC §6): plan and membership contract terms, one installment
per billing period, payments against installments with discounts, products sold at the desk,
a card on file per member, and the studio's money format. Every membership sold before this
revision gets its first installment, counted as paid before installments were tracked.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("price_cents", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
    )
    op.create_table(
        "installments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("membership_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("paid", sa.Boolean(), nullable=False),
        sa.Column("paid_before_tracking", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_installments_created_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["memberships.id"],
            name=op.f("fk_installments_membership_id_memberships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_installments")),
        sa.UniqueConstraint(
            "membership_id", "starts_on", name=op.f("uq_installments_membership_id")
        ),
    )
    with op.batch_alter_table("installments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_installments_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_installments_membership_id"), ["membership_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_installments_paid"), ["paid"], unique=False)

    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("card_on_file", sa.String(length=60), nullable=False, server_default="")
        )

    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_installment", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("continuous", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("from_first", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("prorata", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("contract_installments", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("auto_renew", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("max_end_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("loyalty_discount_cents", sa.Integer(), nullable=False, server_default="0")
        )

    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("installment_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("discount_cents", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("discount_kind", sa.String(length=10), nullable=False, server_default="none")
        )
        batch_op.add_column(sa.Column("product_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("quantity", sa.Integer(), nullable=False, server_default="1"))
        batch_op.add_column(
            sa.Column("provider_reference", sa.String(length=80), nullable=False, server_default="")
        )
        batch_op.alter_column("member_id", existing_type=sa.INTEGER(), nullable=True)
        batch_op.create_index(
            batch_op.f("ix_payments_installment_id"), ["installment_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_payments_product_id_products"), "products", ["product_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_payments_installment_id_installments"),
            "installments",
            ["installment_id"],
            ["id"],
        )

    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("continuous", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("from_first", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("prorata", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("contract_installments", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("auto_renew", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("max_end_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("loyalty_discount_cents", sa.Integer(), nullable=False, server_default="0")
        )

    with op.batch_alter_table("studio_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("currency_symbol", sa.String(length=8), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("currency_after", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("decimal_comma", sa.Boolean(), nullable=False, server_default=sa.false())
        )

    # Built with SQLAlchemy so that true is written as each database spells it (1 on SQLite,
    # TRUE on PostgreSQL, which refuses an integer in a boolean column).
    sold = sa.table(
        "memberships",
        *map(sa.column, ("id", "starts_on", "ends_on", "price_cents", "sold_at", "sold_by_id")),
    )
    first_installment = {
        "membership_id": sold.c.id,
        "number": sa.literal_column("1"),
        "round": sa.literal_column("1"),
        "starts_on": sold.c.starts_on,
        "ends_on": sold.c.ends_on,
        "due_on": sold.c.starts_on,
        "amount_cents": sold.c.price_cents,
        "paid": sa.true(),
        "paid_before_tracking": sa.true(),
        "created_at": sold.c.sold_at,
        "created_by_id": sold.c.sold_by_id,
    }
    installments = sa.table("installments", *map(sa.column, first_installment))
    op.execute(
        installments.insert().from_select(
            list(first_installment), sa.select(*first_installment.values())
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("studio_settings", schema=None) as batch_op:
        batch_op.drop_column("decimal_comma")
        batch_op.drop_column("currency_after")
        batch_op.drop_column("currency_symbol")

    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_column("loyalty_discount_cents")
        batch_op.drop_column("max_end_on")
        batch_op.drop_column("auto_renew")
        batch_op.drop_column("contract_installments")
        batch_op.drop_column("prorata")
        batch_op.drop_column("from_first")
        batch_op.drop_column("continuous")

    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_payments_installment_id_installments"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("fk_payments_product_id_products"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_payments_installment_id"))
        batch_op.alter_column("member_id", existing_type=sa.INTEGER(), nullable=False)
        batch_op.drop_column("provider_reference")
        batch_op.drop_column("quantity")
        batch_op.drop_column("product_id")
        batch_op.drop_column("discount_kind")
        batch_op.drop_column("discount_cents")
        batch_op.drop_column("installment_id")

    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_column("loyalty_discount_cents")
        batch_op.drop_column("max_end_on")
        batch_op.drop_column("auto_renew")
        batch_op.drop_column("contract_installments")
        batch_op.drop_column("prorata")
        batch_op.drop_column("from_first")
        batch_op.drop_column("continuous")
        batch_op.drop_column("last_installment")

    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_column("card_on_file")

    with op.batch_alter_table("installments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_installments_paid"))
        batch_op.drop_index(batch_op.f("ix_installments_membership_id"))
        batch_op.drop_index(batch_op.f("ix_installments_due_on"))

    op.drop_table("installments")
    op.drop_table("products")
