"""Members → Import… (SPEC §8): read another system's member list, match its columns to the
member details, preview every row, and only then import them all in one transaction.

Previewing and importing need the ``settings`` privilege (the service checks again). Reading a
file, previewing and saving the rejected rows write nothing to the studio's data; a refusal (a
file that is not a table, a mapping file of another export) ends in ``last_error``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from studio_app.domain.errors import ImportRefused
from studio_app.domain.privileges import Privilege
from studio_app.dto.changes import Result
from studio_app.exchange import mapping, validation
from studio_app.exchange.fields import DateOrder, Field, OnExisting
from studio_app.exchange.preview import ColumnMapping, ImportPreview, ImportSummary, StudioPlan
from studio_app.exchange.table import SourceTable
from studio_app.gui.controllers.base import Controller

__all__ = [
    "ColumnMapping",
    "DateOrder",
    "Field",
    "ImportController",
    "ImportDraft",
    "ImportPreview",
    "OnExisting",
    "SourceTable",
]

#: A member needs a name: at least one column must be mapped onto one of these.
NAME_FIELDS = frozenset({Field.FIRST_NAME, Field.LAST_NAME, Field.FULL_NAME})


@dataclass
class ImportDraft:
    """One run of the import wizard so far: the file as read, the plans a balance may go to,
    the user's mapping and the preview made from it (None until each step is done)."""

    table: SourceTable | None = None
    plans: list[StudioPlan] = field(default_factory=list)
    mapping: ColumnMapping | None = None
    preview: ImportPreview | None = None


class ImportController(Controller):
    USES = ("imports",)

    def can_import(self) -> bool:
        """Whether the logged-in account may import (the owner holds every privilege)."""
        return self.can(Privilege.SETTINGS)

    # -- the file --------------------------------------------------------------------------
    def read(self, path: Path, encoding: str | None = None) -> SourceTable | None:
        """The file as a table of text cells, in ``encoding`` or the detected one; None when
        the file cannot be read as a table (the reason is in ``last_error``)."""
        return self.ask(self.services.imports.read, path, encoding)

    def plans(self) -> list[StudioPlan]:
        """This studio's active plans, which a balance in the file can become."""
        return self.ask(self.services.imports.plans) or []

    # -- the mapping -----------------------------------------------------------------------
    @staticmethod
    def guess_fields(table: SourceTable) -> tuple[Field, ...]:
        """A field per column, guessed from the headers ("E-mail", "Příjmení", "Name"…)."""
        return mapping.guess_fields(table.headers)

    @staticmethod
    def plan_names(table: SourceTable, fields: Sequence[Field]) -> tuple[str, ...]:
        """The distinct plan names in the file's Plan column (none when no column is Plan)."""
        return mapping.plan_names(table, tuple(fields))

    @staticmethod
    def guess_plan_ids(
        names: Sequence[str], plans: Sequence[StudioPlan]
    ) -> Mapping[str, int | None]:
        """This studio's plan for each plan name in the file, where the names match."""
        return mapping.guess_plan_ids(tuple(names), list(plans))

    @staticmethod
    def has_name(fields: Sequence[Field]) -> bool:
        """Whether some column gives the members' names (a member cannot be nameless)."""
        return any(f in NAME_FIELDS for f in fields)

    @staticmethod
    def ambiguous_date_columns(table: SourceTable, fields: Sequence[Field]) -> tuple[str, ...]:
        """The date columns the user must give the order of, as the preview will list them."""
        return validation.ambiguous_date_columns(table, fields)

    def save_mapping(self, path: Path, chosen: ColumnMapping, headers: Sequence[str]) -> bool:
        """Keep the mapping as a JSON file for the next export of the same system; False when
        it cannot be written (the reason is in ``last_error``)."""
        return self.ask(self._write_mapping, path, chosen, tuple(headers)) is not None

    def load_mapping(self, path: Path, headers: Sequence[str]) -> ColumnMapping | None:
        """A mapping saved earlier, fitted to this file's headers; None when the file is not
        a mapping or cannot be read (the reason is in ``last_error``)."""
        return self.ask(mapping.load_mapping, path, tuple(headers))

    @staticmethod
    def _write_mapping(path: Path, chosen: ColumnMapping, headers: tuple[str, ...]) -> Path:
        try:
            path.write_text(mapping.mapping_to_json(chosen, headers), encoding="utf-8")
        except OSError as error:
            raise ImportRefused(f"Cannot save the mapping as {path}: {error.strerror}.") from error
        return path

    # -- preview and import ----------------------------------------------------------------
    def preview(self, table: SourceTable, chosen: ColumnMapping) -> ImportPreview | None:
        """Every row's verdict against the members and plans on file; nothing is written."""
        return self.ask(self.services.imports.preview, table, chosen)

    def run(self, table: SourceTable, chosen: ColumnMapping) -> Result[ImportSummary] | None:
        """Import every accepted row in one transaction (all or none); the summary becomes the
        app's banner. None when refused (the reason is in ``last_error``)."""
        return self.act(self.services.imports.run, table, chosen)

    def save_rejected(self, table: SourceTable, preview: ImportPreview, path: Path) -> Path | None:
        """The rejected rows as CSV with a Reason column, to correct and import again."""
        return self.ask(self.services.imports.save_rejected, table, preview, path)
