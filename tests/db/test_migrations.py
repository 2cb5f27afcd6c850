"""Migrations: an empty database migrates to head, head matches the models exactly, and each
data-moving revision keeps what an older database holds (on SQLite and on PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, Engine, MetaData, Table, inspect, select, text
from sqlalchemy.orm import Session

from studio_app.db.engine import make_engine
from studio_app.db.member_search import in_models
from studio_app.db.migrate import alembic_config, upgrade_to_head
from studio_app.models import Base
from studio_app.models.member import search_text_of
from studio_app.steps.member_search import find_members
from tests.databases import Databases

BEFORE = datetime(2026, 11, 1, 9, 0)


@pytest.fixture
def blank(databases: Databases, tmp_path: Path) -> Iterator[Engine]:
    """An engine on a new database without any table."""
    with databases.fresh(tmp_path, migrated=False) as url:
        engine = make_engine(url)
        yield engine
        engine.dispose()


def _table(c: Connection, name: str) -> Table:
    """The table as the database holds it now, with its column types (so that dates and
    booleans are written and read the same way on every database)."""
    return Table(name, MetaData(), autoload_with=c)


def _insert(c: Connection, table: str, **values: object) -> None:
    c.execute(_table(c, table).insert().values(**values))


def test_empty_database_to_head_matches_models(blank: Engine) -> None:
    upgrade_to_head(blank)
    with blank.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": in_models}
        )
        assert compare_metadata(context, Base.metadata) == []
    assert set(inspect(blank).get_table_names()) >= {"members", "bookings", "ledger_entries"}


@pytest.mark.sqlite_only("reads SQLite's PRAGMAs; PostgreSQL has no such settings")
def test_sqlite_pragmas_are_on(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000
    engine.dispose()


def _insert_owner_and_member(c: Connection) -> None:
    """Staff #1 (the owner) and member #1, as any older database holds them."""
    _insert(
        c,
        "staff",
        id=1,
        username="o",
        full_name="Olivia",
        role="owner",
        privileges="",
        password_hash="x",
        active=True,
        created_at=BEFORE,
    )
    _insert(
        c,
        "members",
        id=1,
        first_name="Peter",
        last_name="Park",
        email="",
        phone="",
        notes="",
        status="active",
        search_text="peter park",
        created_at=BEFORE,
    )


def _insert_plan(
    c: Connection, name: str, kind: str, count: int, unit: str, **more: object
) -> None:
    _insert(
        c,
        "plans",
        id=1,
        name=name,
        kind=kind,
        price_cents=6000,
        duration_count=count,
        duration_unit=unit,
        credit_category="Group class",
        active=True,
        created_at=BEFORE,
        **more,
    )


def _insert_membership(c: Connection, name: str, kind: str, ends_on: date, **more: object) -> None:
    _insert(
        c,
        "memberships",
        id=1,
        member_id=1,
        plan_id=1,
        plan_name=name,
        kind=kind,
        credit_category="Group class",
        price_cents=6000,
        starts_on=date(2026, 11, 9),
        ends_on=ends_on,
        cancelled=False,
        sold_at=BEFORE,
        sold_by_id=1,
        **more,
    )


def test_0002_keeps_session_pass_lots_and_balances(blank: Engine) -> None:
    """A foundation database's session passes move onto dated lots without losing a credit:
    each lot becomes a "pass" lot valid from its membership's start, its ledger untouched."""
    command.upgrade(alembic_config(blank), "0001")
    with blank.begin() as c:
        _insert_owner_and_member(c)
        _insert_plan(c, "6-pass", "session_pass", 1, "months", entries=6)
        _insert_membership(c, "6-pass", "session_pass", date(2026, 12, 8), entries_total=6)
        _insert(
            c,
            "credit_lots",
            id=1,
            membership_id=1,
            member_id=1,
            category="Group class",
            amount=6,
            issued_on=date(2026, 11, 1),
            expires_on=date(2026, 12, 8),
            remaining=5,
        )
        for kind, amount in (("grant", 6), ("charge", -1)):
            _insert(
                c,
                "ledger_entries",
                lot_id=1,
                member_id=1,
                kind=kind,
                amount=amount,
                reason="",
                staff_id=1,
                created_at=BEFORE,
            )
    upgrade_to_head(blank)
    with blank.connect() as c:
        lots = _table(c, "credit_lots")
        lot = c.execute(
            select(lots.c.source, lots.c.valid_from, lots.c.expires_on, lots.c.remaining)
        ).one()
        ledger = [row.amount for row in c.execute(select(_table(c, "ledger_entries")))]
        settings = c.execute(select(_table(c, "studio_settings"))).all()
    assert tuple(lot) == ("pass", date(2026, 11, 9), date(2026, 12, 8), 5)
    assert sum(ledger) == 5
    assert settings == []


def test_0003_copies_each_plans_duration_into_memberships_sold(blank: Engine) -> None:
    """Memberships sold before restrictions existed take their plan's duration (one payment
    period) and keep every booking as a visit that was not a no-show."""
    command.upgrade(alembic_config(blank), "0002")
    with blank.begin() as c:
        _insert_owner_and_member(c)
        _insert_plan(c, "Weekly", "time_based", 3, "weeks")
        _insert_membership(c, "Weekly", "time_based", date(2026, 11, 29))
    upgrade_to_head(blank)
    with blank.connect() as c:
        memberships = _table(c, "memberships")
        row = c.execute(
            select(
                memberships.c.duration_count, memberships.c.duration_unit, memberships.c.package_id
            )
        ).one()
        holds = c.execute(select(_table(c, "membership_holds"))).all()
    assert tuple(row) == (3, "weeks", None)
    assert holds == []


def test_0004_gives_each_membership_sold_its_first_installment(blank: Engine) -> None:
    """Memberships sold before installments existed get installment 1 over their dates,
    counted as paid before tracking (so no old membership shows as overdue), and are not
    continuous; the studio writes money as before."""
    command.upgrade(alembic_config(blank), "0003")
    with blank.begin() as c:
        _insert_owner_and_member(c)
        _insert_plan(c, "Monthly", "time_based", 1, "months")
        _insert_membership(
            c, "Monthly", "time_based", date(2026, 12, 8), duration_count=1, duration_unit="months"
        )
    upgrade_to_head(blank)
    with blank.connect() as c:
        i = _table(c, "installments").c
        installment = c.execute(
            select(
                i.number,
                i.starts_on,
                i.ends_on,
                i.due_on,
                i.amount_cents,
                i.paid,
                i.paid_before_tracking,
                i.created_at,
                i.created_by_id,
            )
        ).one()
        memberships = _table(c, "memberships")
        terms = c.execute(select(memberships.c.continuous, memberships.c.last_installment)).one()
        card = c.execute(select(_table(c, "members").c.card_on_file)).scalar()
    assert tuple(installment) == (
        1,
        date(2026, 11, 9),
        date(2026, 12, 8),
        date(2026, 11, 9),
        6000,
        True,
        True,
        BEFORE,
        1,
    )
    assert tuple(terms) == (False, None)
    assert card == ""


def test_0008_a_studio_set_up_before_keeps_writing_dates_day_first(blank: Engine) -> None:
    """The date format came with issue 14; a studio set up before writes dates as it always
    did, day first, and keeps its paper and money format."""
    command.upgrade(alembic_config(blank), "0007")
    with blank.begin() as c:
        _insert(c, "studio_settings", id=1, name="Studio Żółw", address="", paper_size="Letter")
    upgrade_to_head(blank)
    with blank.connect() as c:
        s = _table(c, "studio_settings").c
        row = c.execute(select(s.name, s.paper_size, s.currency_symbol, s.date_format)).one()
    assert tuple(row) == ("Studio Żółw", "Letter", "", "day-first")


def test_0009_indexes_the_members_already_on_file(blank: Engine) -> None:
    """Members saved before the search index existed are found through it after the upgrade
    (SQLite's trigram index and its triggers; PostgreSQL's trigram index); a downgrade takes
    it away and the next upgrade brings it back."""
    command.upgrade(alembic_config(blank), "0008")
    with blank.begin() as c:
        _insert_owner_and_member(c)
        _insert(
            c,
            "members",
            id=2,
            first_name="Łukasz",
            last_name="Żółć",
            email="lukasz@example.pl",
            phone="+48 600 100 200",
            notes="",
            card_code="C-9",
            status="active",
            search_text=search_text_of(
                "Łukasz", "Żółć", "lukasz@example.pl", "+48 600 100 200", "C-9"
            ),
            created_at=BEFORE,
        )
    upgrade_to_head(blank)
    sqlite = blank.dialect.name == "sqlite"

    def search(typed: str) -> list[int]:
        with Session(blank) as s:
            return [row[0] for row in find_members(s, typed, include_archived=False, limit=10)]

    def search_objects() -> set[str]:
        with blank.connect() as c:
            if sqlite:
                made = "SELECT name FROM sqlite_master WHERE name LIKE '%search%'"
            else:
                made = "SELECT indexname FROM pg_indexes WHERE indexname LIKE '%search%'"
            return set(c.execute(text(made)).scalars())

    assert search("żółć") == [2]
    assert search("100200") == [2]  # the phone's digits
    assert search("peter park") == [1]
    if sqlite:
        assert search_objects() >= {
            "member_search",
            "member_search_insert",
            "member_search_update",
            "member_search_delete",
            "ix_members_search_walk",
        }
        with blank.connect() as c:
            found = c.execute(
                text("SELECT rowid FROM member_search WHERE member_search MATCH :q"),
                {"q": 'heads : "\x02c-9"'},
            )
            assert found.scalars().all() == [2]  # the card code starts a part
    else:
        assert search_objects() == {"ix_members_search_trgm"}
    command.downgrade(alembic_config(blank), "0008")
    assert search_objects() == set()
    upgrade_to_head(blank)
    assert search("żółć") == [2]
