"""Counting the statements an action sends to the database (SQLAlchemy's
``before_cursor_execute``), for tests and benchmarks that bound them."""

from __future__ import annotations

from types import TracebackType
from typing import Any

from sqlalchemy import event

from studio_app.container import Services


class QueryCount:
    """``with QueryCount(svc) as counted: …`` — ``counted.statements`` holds every statement
    sent inside the block, BEGIN included (one per unit of work)."""

    def __init__(self, svc: Services) -> None:
        self.engine = svc.ctx.uow.engine
        self.statements: list[str] = []

    @property
    def count(self) -> int:
        return len(self.statements)

    @property
    def units_of_work(self) -> int:
        return sum(statement.startswith("BEGIN") for statement in self.statements)

    def _seen(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.statements.append(statement)

    def __enter__(self) -> QueryCount:
        self.statements = []
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)
