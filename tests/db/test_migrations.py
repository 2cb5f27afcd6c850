"""Migrations: an empty database migrates to head, and head matches the models exactly."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from studio_app.db.engine import make_engine
from studio_app.db.migrate import upgrade_to_head
from studio_app.models import Base


def test_empty_database_to_head_matches_models(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    upgrade_to_head(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    assert set(inspect(engine).get_table_names()) >= {"members", "bookings", "ledger_entries"}
    engine.dispose()


def test_sqlite_pragmas_are_on(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000
    engine.dispose()


def _insert_owner_and_member(c) -> None:  # type: ignore[no-untyped-def]
    """Staff #1 (the owner) and member #1, as any older database holds them."""
    from sqlalchemy import text

    c.execute(
        text(
            "INSERT INTO staff (id, username, full_name, role, privileges, password_hash, "
            "active, created_at) VALUES (1, 'o', 'Olivia', 'owner', '', 'x', 1, "
            "'2026-11-01 09:00:00')"
        )
    )
    c.execute(
        text(
            "INSERT INTO members (id, first_name, last_name, email, phone, notes, status, "
            "search_text, created_at) VALUES (1, 'Peter', 'Park', '', '', '', 'active', "
            "'peter park', '2026-11-01 09:00:00')"
        )
    )


def test_0002_keeps_session_pass_lots_and_balances(tmp_path: Path) -> None:
    """A foundation database's session passes move onto dated lots without losing a credit:
    each lot becomes a "pass" lot valid from its membership's start, its ledger untouched."""
    from alembic import command
    from sqlalchemy import text

    from studio_app.db.migrate import alembic_config

    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as c:
        _insert_owner_and_member(c)
        c.execute(
            text(
                "INSERT INTO plans (id, name, kind, price_cents, duration_count, duration_unit, "
                "entries, credit_category, active, created_at) VALUES (1, '6-pass', "
                "'session_pass', 6000, 1, 'months', 6, 'Group class', 1, '2026-11-01 09:00:00')"
            )
        )
        c.execute(
            text(
                "INSERT INTO memberships (id, member_id, plan_id, plan_name, kind, "
                "credit_category, price_cents, starts_on, ends_on, entries_total, cancelled, "
                "sold_at, sold_by_id) VALUES (1, 1, 1, '6-pass', 'session_pass', 'Group class', "
                "6000, '2026-11-09', '2026-12-08', 6, 0, '2026-11-01 09:00:00', 1)"
            )
        )
        c.execute(
            text(
                "INSERT INTO credit_lots (id, membership_id, member_id, category, amount, "
                "issued_on, expires_on, remaining) VALUES (1, 1, 1, 'Group class', 6, "
                "'2026-11-01', '2026-12-08', 5)"
            )
        )
        for kind, amount in (("grant", 6), ("charge", -1)):
            c.execute(
                text(
                    "INSERT INTO ledger_entries (lot_id, member_id, kind, amount, reason, "
                    "staff_id, created_at) VALUES (1, 1, :k, :a, '', 1, '2026-11-01 09:00:00')"
                ),
                {"k": kind, "a": amount},
            )
    upgrade_to_head(engine)
    with engine.connect() as c:
        lot = c.execute(
            text("SELECT source, valid_from, expires_on, remaining FROM credit_lots")
        ).one()
        ledger_sum = c.execute(text("SELECT SUM(amount) FROM ledger_entries")).scalar()
        enforce = c.execute(text("SELECT COUNT(*) FROM studio_settings")).scalar()
    assert tuple(lot) == ("pass", "2026-11-09", "2026-12-08", 5)
    assert ledger_sum == 5
    assert enforce == 0
    engine.dispose()


def test_0003_copies_each_plans_duration_into_memberships_sold(tmp_path: Path) -> None:
    """Memberships sold before restrictions existed take their plan's duration (one payment
    period) and keep every booking as a visit that was not a no-show."""
    from alembic import command
    from sqlalchemy import text

    from studio_app.db.migrate import alembic_config

    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    command.upgrade(alembic_config(engine), "0002")
    with engine.begin() as c:
        _insert_owner_and_member(c)
        c.execute(
            text(
                "INSERT INTO plans (id, name, kind, price_cents, duration_count, duration_unit, "
                "entries, credit_category, active, created_at) VALUES (1, 'Weekly', "
                "'time_based', 3000, 3, 'weeks', NULL, 'Group class', 1, '2026-11-01 09:00:00')"
            )
        )
        c.execute(
            text(
                "INSERT INTO memberships (id, member_id, plan_id, plan_name, kind, "
                "credit_category, price_cents, starts_on, ends_on, entries_total, cancelled, "
                "sold_at, sold_by_id) VALUES (1, 1, 1, 'Weekly', 'time_based', 'Group class', "
                "3000, '2026-11-09', '2026-11-29', NULL, 0, '2026-11-01 09:00:00', 1)"
            )
        )
    upgrade_to_head(engine)
    with engine.connect() as c:
        row = c.execute(
            text("SELECT duration_count, duration_unit, package_id FROM memberships")
        ).one()
        policy = c.execute(text("SELECT COUNT(*) FROM membership_holds")).scalar()
    assert tuple(row) == (3, "weeks", None)
    assert policy == 0
    engine.dispose()


def test_0004_gives_each_membership_sold_its_first_installment(tmp_path: Path) -> None:
    """Memberships sold before installments existed get installment 1 over their dates,
    counted as paid before tracking (so no old membership shows as overdue), and are not
    continuous; the studio writes money as before."""
    from alembic import command
    from sqlalchemy import text

    from studio_app.db.migrate import alembic_config

    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    command.upgrade(alembic_config(engine), "0003")
    with engine.begin() as c:
        _insert_owner_and_member(c)
        c.execute(
            text(
                "INSERT INTO plans (id, name, kind, price_cents, duration_count, duration_unit, "
                "entries, credit_category, active, created_at) VALUES (1, 'Monthly', "
                "'time_based', 6000, 1, 'months', NULL, 'Group class', 1, '2026-11-01 09:00:00')"
            )
        )
        c.execute(
            text(
                "INSERT INTO memberships (id, member_id, plan_id, plan_name, kind, "
                "credit_category, price_cents, starts_on, ends_on, entries_total, cancelled, "
                "sold_at, sold_by_id, duration_count, duration_unit) VALUES (1, 1, 1, 'Monthly', "
                "'time_based', 'Group class', 6000, '2026-11-09', '2026-12-08', NULL, 0, "
                "'2026-11-01 09:00:00', 1, 1, 'months')"
            )
        )
    upgrade_to_head(engine)
    with engine.connect() as c:
        installment = c.execute(
            text(
                "SELECT number, starts_on, ends_on, due_on, amount_cents, paid, "
                "paid_before_tracking, created_by_id FROM installments"
            )
        ).one()
        terms = c.execute(text("SELECT continuous, last_installment FROM memberships")).one()
        card = c.execute(text("SELECT card_on_file FROM members")).scalar()
    assert tuple(installment) == (1, "2026-11-09", "2026-12-08", "2026-11-09", 6000, 1, 1, 1)
    assert tuple(terms) == (0, None)
    assert card == ""
    engine.dispose()
