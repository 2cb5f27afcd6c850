"""Writing the demo's rows in bulk: each table's rows are collected as dictionaries with ids
given here, and written with one executemany-style Core insert per table and batch
(``session.execute(insert(table), rows)``), in the order the
foreign keys need (a membership before its lots, a lot before the bookings it pays for, a
booking before its ledger entries). Rows that change after they are written (a lot's balance,
a membership's end, a class's booked count) are updated by primary key in bulk too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.orm import Session

from studio_app.models import (
    AuditEntry,
    Booking,
    ClassSession,
    CreditLot,
    Installment,
    LedgerEntry,
    Member,
    Membership,
    MembershipCreditGrant,
    MembershipRestriction,
    Payment,
    WaitlistEntry,
)
from studio_app.models.base import Base

Row = dict[str, Any]

#: Tables in the order their rows are inserted (every reference points to an earlier table).
ORDER: tuple[type[Base], ...] = (
    Member,
    ClassSession,
    Membership,
    Installment,
    MembershipRestriction,
    MembershipCreditGrant,
    CreditLot,
    Booking,
    LedgerEntry,
    AuditEntry,
    Payment,
    WaitlistEntry,
)
#: Pending rows written once there are this many (keeps the memory of a large build flat).
BATCH_ROWS = 200_000


class BulkRows:
    """Pending rows of each table, their next ids, and the changed rows to update."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.pending: dict[type[Base], list[Row]] = {model: [] for model in ORDER}
        self.next_id = {
            model: (s.scalar(select(func.max(_table(model).c.id))) or 0) + 1 for model in ORDER
        }
        self.count = 0
        #: Rows written so far, and the first id not yet written, of each table.
        self.written: dict[type[Base], int] = dict.fromkeys(ORDER, 0)
        self._written_below = dict(self.next_id)
        #: Rows built only when written (their values change until then), and changed rows
        #: already written: (model, id) → a function giving the row's current values.
        self._late: dict[type[Base], dict[int, Callable[[], Row]]] = {m: {} for m in ORDER}
        self._changed: dict[type[Base], dict[int, Callable[[], Row]]] = {m: {} for m in ORDER}

    def new_id(self, model: type[Base]) -> int:
        ident = self.next_id[model]
        self.next_id[model] = ident + 1
        return ident

    def add(self, model: type[Base], row: Row) -> int:
        """Queue ``row`` (its id given here unless it has one); returns the id."""
        if "id" not in row:
            row["id"] = self.new_id(model)
        self.pending[model].append(row)
        self.count += 1
        return int(row["id"])

    def add_late(self, model: type[Base], ident: int, values: Callable[[], Row]) -> None:
        """Queue a row whose values are read when it is written (``values()`` gives them)."""
        self._late[model][ident] = values
        self.count += 1

    def changed(self, model: type[Base], ident: int, values: Callable[[], Row]) -> None:
        """A queued row has changed: once written, it is updated with ``values()`` at the next
        write (a row not written yet is written with its new values: a late row reads them
        then, a queued row's dictionary is the one the caller changed)."""
        if ident < self._written_below[model] and ident not in self._late[model]:
            self._changed[model][ident] = values

    def flush_if_full(self) -> None:
        if self.count >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        """Insert every pending row, table by table, then update the changed ones."""
        for model in ORDER:
            rows = self.pending[model]
            late = self._late[model]
            if late:
                rows.extend({"id": ident, **values()} for ident, values in late.items())
                late.clear()
            if rows:
                rows.sort(key=lambda row: row["id"])
                self.s.execute(insert(_table(model)), rows)
                self.written[model] += len(rows)
                self.pending[model] = []
        for model in ORDER:
            changed = self._changed[model]
            if changed:
                self.s.execute(
                    update(model), [{"id": ident, **values()} for ident, values in changed.items()]
                )
                changed.clear()
        self._written_below = dict(self.next_id)
        self.count = 0

    def finish(self) -> None:
        """Write what is left; on PostgreSQL move each table's id sequence past the ids given
        here, so the desk's next inserts get new ids."""
        self.flush()
        if self.s.get_bind().dialect.name != "postgresql":
            return
        for model in ORDER:
            table = _table(model).name
            self.s.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
                )
            )


def _table(model: type[Base]) -> Table:
    """The model's table: rows go in through Core (every row of a batch has the same columns,
    a None written as NULL, so one executemany writes the batch)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table
