"""Importing members and what they have left from another system (SPEC §8).

Read the file (``exchange.reading``), let the user map its columns, preview every row against
the members and plans on file (``exchange.validation``), and only when the user confirms write
every accepted row in one transaction: all of them or none. The preview is made again inside
that transaction, so a member added at another desk in between is matched, not duplicated, and
importing the same file twice creates no duplicate. Previewing and importing need the
``settings`` privilege; reading a file and saving the rejected rows change nothing.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.domain.bounds import FILE_NAME_MAX, check_text
from studio_app.domain.errors import ImportRefused, ValidationError
from studio_app.domain.plans import PlanKind
from studio_app.domain.privileges import Privilege
from studio_app.dto.changes import Change, Result
from studio_app.exchange.preview import (
    ColumnMapping,
    ExistingMembers,
    ImportPreview,
    ImportSummary,
    StudioPlan,
)
from studio_app.exchange.reading import read_table
from studio_app.exchange.rejected import write_rejected
from studio_app.exchange.table import SourceTable
from studio_app.exchange.validation import preview_rows
from studio_app.models import Member, Membership, Plan
from studio_app.runtime.context import ServiceContext
from studio_app.runtime.output_files import check_target
from studio_app.steps.import_writes import write_rows

_CHANGED = frozenset({Change.MEMBERS, Change.MEMBERSHIPS, Change.CREDITS})
_ACTION = "import members"


def existing_members(s: Session, ctx: ServiceContext) -> ExistingMembers:
    """Card codes and emails on file, and each member's plans still running today."""
    by_card: dict[str, int] = {}
    by_email: dict[str, int] = {}
    for member_id, card, email in s.execute(
        select(Member.id, Member.card_code, Member.email).order_by(Member.id)
    ):
        if card:
            by_card[card] = member_id
        if email:
            by_email.setdefault(email.lower(), member_id)
    running: dict[int, set[int]] = {}
    for member_id, plan_id in s.execute(
        select(Membership.member_id, Membership.plan_id).where(
            Membership.ends_on >= ctx.clock.today(), Membership.cancelled.is_(False)
        )
    ):
        running.setdefault(member_id, set()).add(plan_id)
    return ExistingMembers(
        by_card, by_email, {member: frozenset(plans) for member, plans in running.items()}
    )


def studio_plans(s: Session) -> list[StudioPlan]:
    """The plans a balance can be imported onto: every active plan but packages (a package is
    a bundle of plans; map the other system's package onto one of its plans)."""
    return [
        StudioPlan(p.id, p.name, p.kind, p.active)
        for p in s.scalars(
            select(Plan)
            .where(Plan.active.is_(True), Plan.kind != PlanKind.PACKAGE.value)
            .order_by(Plan.name)
        )
    ]


def _check_shape(table: SourceTable) -> None:
    """A table as ``read_table`` makes it: a file name of at most 255 characters without
    control characters (it goes into the user log), every row as wide as the header row, and a
    file line for each row when lines are given; else ImportRefused naming the problem."""
    try:
        check_text(table.file_name, "The file's name", limit=FILE_NAME_MAX)
    except ValidationError as error:
        raise ImportRefused(error.message) from error
    if table.lines and len(table.lines) != len(table.rows):
        raise ImportRefused(
            f"{table.file_name}: {len(table.lines)} line numbers for {len(table.rows)} rows."
        )
    width = len(table.headers)
    for index, cells in enumerate(table.rows):
        if len(cells) != width:
            raise ImportRefused(
                f"{table.file_name}: line {table.line_at(index)} has {len(cells)} cells, "
                f"the header row {width}."
            )


class ImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def read(self, path: Path, encoding: str | None = None) -> SourceTable:
        """The file as a table of text cells; a bad file is refused with ImportRefused naming
        the problem. ``encoding`` overrides the detected one."""
        return read_table(path, encoding)

    def plans(self) -> list[StudioPlan]:
        with self.ctx.uow.read() as uow:
            return studio_plans(uow.session)

    def preview(self, table: SourceTable, mapping: ColumnMapping) -> ImportPreview:
        """Every row's verdict against the data on file now; nothing is written."""
        self.ctx.acting(Privilege.SETTINGS, _ACTION)
        with self.ctx.uow.read() as uow:
            return self._preview(uow.session, table, mapping)

    def run(self, table: SourceTable, mapping: ColumnMapping) -> Result[ImportSummary]:
        """Write every accepted row in one transaction (all or none) and log each member and
        membership with the staff member and the file name."""
        self.ctx.acting(Privilege.SETTINGS, _ACTION)
        with self.ctx.uow() as uow:
            preview = self._preview(uow.session, table, mapping)
            created, updated, balances = write_rows(
                uow.session, self.ctx, preview.rows, table.file_name
            )
            uow.commit()
        summary = ImportSummary(
            table.file_name, created, updated, preview.skipped, preview.rejected, balances
        )
        return Result(summary, _CHANGED, summary.text())

    def save_rejected(self, table: SourceTable, preview: ImportPreview, path: Path) -> Path:
        """The rejected rows as CSV with a Reason column, to fix and import again (never over
        the studio's own data file)."""
        check_target(self.ctx.uow.engine, path, "the rejected rows")
        return write_rejected(table, preview, path)

    def _preview(self, s: Session, table: SourceTable, mapping: ColumnMapping) -> ImportPreview:
        _check_shape(table)
        return preview_rows(
            table, mapping, existing_members(s, self.ctx), studio_plans(s), self.ctx.clock.today()
        )
