"""The verdict on every row of an import file, before anything is written.

Rules, row by row (an error rejects the row; a warning imports it with something left out):

* Text is cleaned first: control characters go, runs of spaces become one (notes keep their
  line breaks). A column mapped more than once gives the first non-empty cell.
* A member needs a name: a first, last or full name. A full name is split at its last space
  ("Łukasz Żółć" → "Łukasz" + "Żółć"); a single word is a first name.
* Cells longer than the member columns hold are errors: first and last name 80 characters,
  email 160, phone 40, card code 64, notes 2,000 (the member editor's bound, domain/bounds.py).
* An email must look like one (the members form's rule): else "invalid email 'x'". The same
  email (ignoring case) or card code on a later line is an error naming the first line, unless
  the later line has the same name: then it is the same member with another balance (other
  systems write one row per membership), added to the member of the first line (action
  BALANCE); it follows that line's verdict (skipped or rejected with it).
* A birth date must be a real date from 1900-01-01 to today; a valid-until date one up to
  2100-12-31 (the bounds of domain/bounds.py).
* Dates are read in ``mapping.date_order``, or else in the order detected from every birth
  date and valid-until cell. When both day/month and month/day read them all, the columns are
  listed in ``ambiguous_date_columns`` and the rows are read as day/month meanwhile: the wizard
  asks the user. When no order reads them all, the order that reads the most is used.
* A row matches a member on file by card code, then by email (ignoring case): it updates or
  skips that member as ``mapping.on_existing`` says. A row whose email is one member's and card
  code another's is an error.
* A balance needs a plan cell mapped onto one of this studio's plans. Sessions left must be a
  whole number from 0 to 10,000, and given only with a plan; a session pass or credits plan needs
  them (0 left: a warning, nothing to import); a time-based plan ignores them (a warning). A
  balance that ended before today, or of a plan an updated member already holds, is not
  imported (a warning). A skipped row imports nothing, so its balance cells are not checked.
* A credit category cell names the category of the sessions left (e.g. "Personal training"
  credits that came with a time-based plan); without one they are of the plan's category.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from studio_app.domain.bounds import LAST_DAY, NOTE_MAX, OLDEST_BIRTH
from studio_app.domain.errors import ImportRefused
from studio_app.domain.formats import day_text
from studio_app.domain.plans import PlanKind
from studio_app.exchange.dates import best_order, detect_order, parse_date
from studio_app.exchange.fields import DateOrder, Field, OnExisting
from studio_app.exchange.mapping import one_line
from studio_app.exchange.preview import (
    BalanceRecord,
    ColumnMapping,
    ExistingMembers,
    ImportPreview,
    MemberRecord,
    PreviewRow,
    RowAction,
    RowStatus,
    StudioPlan,
)
from studio_app.exchange.table import SourceTable

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")  # the rule of services/members.py
#: Control characters but tabs and line breaks, and lone surrogates (see mapping._CONTROL).
_CONTROL_IN_NOTES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_NUMBER = re.compile(r"([+-]?)(\d+)(?:[.,]0+)?")
_LIMITS = {
    Field.FIRST_NAME: 80,
    Field.LAST_NAME: 80,
    Field.EMAIL: 160,
    Field.PHONE: 40,
    Field.CARD_CODE: 64,
    Field.NOTES: NOTE_MAX,
}
#: More sessions or credits than any member has: a misread column (or a number the database
#: cannot hold).
MAX_REMAINING = 10_000
_NAMES = (Field.FIRST_NAME, Field.LAST_NAME, Field.FULL_NAME)
_DATES = (Field.BIRTH_DATE, Field.VALID_UNTIL)


def preview_rows(
    table: SourceTable,
    mapping: ColumnMapping,
    existing: ExistingMembers,
    plans: Sequence[StudioPlan],
    today: date,
) -> ImportPreview:
    """Every row of ``table`` with its verdict under ``mapping`` against the members and
    ``plans`` on file (the module docstring lists the rules). Refused when no column is mapped
    to a name."""
    fields = (tuple(mapping.fields) + (Field.IGNORE,) * len(table.headers))[: len(table.headers)]
    columns = {f: tuple(i for i, g in enumerate(fields) if g is f) for f in Field}
    if not any(columns[f] for f in _NAMES):
        raise ImportRefused(
            f"No column of {table.file_name} is mapped to a name: map one to "
            f"{Field.FIRST_NAME.label}, {Field.LAST_NAME.label} or {Field.FULL_NAME.label}."
        )
    order, ambiguous = _date_order(table, mapping.date_order, fields)
    check = _RowCheck(table, columns, mapping, existing, plans, today, order)
    return ImportPreview(
        file_name=table.file_name,
        headers=table.headers,
        rows=tuple(check(i, cells) for i, cells in enumerate(table.rows)),
        date_order=order,
        ambiguous_date_columns=ambiguous,
        encoding=table.encoding,
        encoding_certain=table.encoding_certain,
    )


def ambiguous_date_columns(table: SourceTable, fields: Sequence[Field]) -> tuple[str, ...]:
    """The date columns whose order the user must give: when day/month and month/day both read
    every date of the file (no day above 12 anywhere), each date column that reads both ways."""
    columns = [i for i, field in enumerate(fields) if field in _DATES]
    if detect_order(row[i] for row in table.rows for i in columns) != (None, True):
        return ()
    return tuple(
        table.headers[i]
        for i in columns
        if detect_order(row[i] for row in table.rows) == (None, True)
    )


def _date_order(
    table: SourceTable, chosen: DateOrder | None, fields: Sequence[Field]
) -> tuple[DateOrder, tuple[str, ...]]:
    """The order the date columns are read in, and the columns whose order is ambiguous."""
    if chosen is not None:
        return chosen, ()
    if unclear := ambiguous_date_columns(table, fields):
        return DateOrder.DMY, unclear
    values = [row[i] for row in table.rows for i, f in enumerate(fields) if f in _DATES]
    detected, _ambiguous = detect_order(values)
    return detected or best_order(values), ()


def _notes(cell: str) -> str:
    if cell.isprintable():
        return cell.strip()
    return _CONTROL_IN_NOTES.sub("", cell.replace("\r\n", "\n").replace("\r", "\n")).strip()


class _RowCheck:
    """Checks one row after another, remembering the card codes and emails already seen."""

    def __init__(
        self,
        table: SourceTable,
        columns: dict[Field, tuple[int, ...]],
        mapping: ColumnMapping,
        existing: ExistingMembers,
        plans: Sequence[StudioPlan],
        today: date,
        order: DateOrder,
    ) -> None:
        self.table, self.existing = table, existing
        self.sources = {
            f: (_notes if f is Field.NOTES else one_line, cols) for f, cols in columns.items()
        }
        self.today, self.order, self.plan_ids = today, order, mapping.plans
        self.update = mapping.on_existing is OnExisting.UPDATE
        self.plans = {plan.id: (plan, PlanKind(plan.kind)) for plan in plans}
        self.header = {
            f: table.headers[cols[0]] if cols else f.label for f, cols in columns.items()
        }
        self.card_lines: dict[str, int] = {}
        self.email_lines: dict[str, int] = {}
        # Per line already checked: the name (to tell the same person from a duplicate) and
        # the verdict a further balance of that person follows.
        self.names: dict[int, tuple[str, str]] = {}
        self.verdicts: dict[int, PreviewRow] = {}

    def __call__(self, index: int, cells: tuple[str, ...]) -> PreviewRow:
        line = self.table.line_at(index)
        errors: list[str] = []
        warnings: list[str] = []
        member = self._member(cells, line, errors)
        first = self._first_line(member, line, errors)
        verdict = (
            self._further(line, cells, member, first, errors, warnings)
            if first is not None
            else self._verdict(line, cells, member, errors, warnings)
        )
        self.verdicts[line] = verdict
        return verdict

    def _first_line(self, member: MemberRecord, line: int, errors: list[str]) -> int | None:
        """The earlier line of the same person (same card code, else same email, and the same
        name), or None; the same card or email under another name is an error."""
        self.names[line] = (member.first_name.casefold(), member.last_name.casefold())
        found = None
        for key, lines, what in (
            (member.card_code, self.card_lines, "card code"),
            (member.email.lower() if _EMAIL.match(member.email) else "", self.email_lines, "email"),
        ):
            if not key or (seen := lines.setdefault(key, line)) == line:
                continue
            if self.names.get(seen) == self.names[line] and found in (None, seen):
                found = seen
            else:
                shown = member.card_code if what == "card code" else member.email
                errors.append(f"{what} {shown} is also on line {seen}")
        return None if errors else found

    def _further(
        self,
        line: int,
        cells: tuple[str, ...],
        member: MemberRecord,
        first: int,
        errors: list[str],
        warnings: list[str],
    ) -> PreviewRow:
        """Another balance of the member on line ``first``: it follows that line's verdict."""
        earlier = self.verdicts[first]
        if earlier.action is RowAction.REJECT:
            reasons = (f"the member on line {first} is rejected",)
            return PreviewRow(line, cells, RowStatus.ERROR, RowAction.REJECT, reasons)
        if earlier.action is RowAction.SKIP:
            reasons = (f"same member as line {first}, which is skipped",)
            return PreviewRow(line, cells, RowStatus.WARNING, RowAction.SKIP, reasons, member)
        balance = self._balance(cells, earlier.existing_id, errors, warnings)
        if errors:
            return PreviewRow(line, cells, RowStatus.ERROR, RowAction.REJECT, tuple(errors))
        if balance is None:
            warnings.append(f"same member as line {first}, with no balance to add")
        status = RowStatus.WARNING if warnings else RowStatus.OK
        action = RowAction.BALANCE if balance is not None else RowAction.SKIP
        return PreviewRow(
            line, cells, status, action, tuple(warnings), member, balance,
            earlier.existing_id, first,
        )  # fmt: skip

    def _verdict(
        self,
        line: int,
        cells: tuple[str, ...],
        member: MemberRecord,
        errors: list[str],
        warnings: list[str],
    ) -> PreviewRow:
        existing_id = self._match(member, errors)
        action = RowAction.NEW
        if existing_id is not None:
            action = RowAction.UPDATE if self.update else RowAction.SKIP
        balance = None
        if action is not RowAction.SKIP:
            balance = self._balance(cells, existing_id, errors, warnings)
        if errors:
            reasons = tuple(errors + warnings)
            return PreviewRow(line, cells, RowStatus.ERROR, RowAction.REJECT, reasons)
        status = RowStatus.WARNING if warnings else RowStatus.OK
        return PreviewRow(
            line, cells, status, action, tuple(warnings), member, balance, existing_id
        )

    def _cell(self, cells: tuple[str, ...], field: Field) -> str:
        clean, columns = self.sources[field]
        for i in columns:
            if text := clean(cells[i]):
                return text
        return ""

    def _member(self, cells: tuple[str, ...], line: int, errors: list[str]) -> MemberRecord:
        first, last = self._name(cells, errors)
        email = self._cell(cells, Field.EMAIL)
        phone = self._cell(cells, Field.PHONE)
        card = self._cell(cells, Field.CARD_CODE)
        for field, text in ((Field.EMAIL, email), (Field.PHONE, phone), (Field.CARD_CODE, card)):
            self._check_length(field, field, text, errors)
        if email and len(email) <= _LIMITS[Field.EMAIL] and not _EMAIL.match(email):
            errors.append(f"invalid email '{email}'")
        birth = self._date(cells, Field.BIRTH_DATE, errors)
        if birth is not None and birth > self.today:
            errors.append(f"birth date {day_text(birth)} is in the future")
        if birth is not None and birth < OLDEST_BIRTH:
            errors.append(f"birth date {day_text(birth)} is before {day_text(OLDEST_BIRTH)}")
        notes = self._cell(cells, Field.NOTES)
        self._check_length(Field.NOTES, Field.NOTES, notes, errors)
        return MemberRecord(first, last, email, phone, birth, card, notes)

    def _name(self, cells: tuple[str, ...], errors: list[str]) -> tuple[str, str]:
        """First and last name: from their columns, or the full name split at its last space."""
        first, last = self._cell(cells, Field.FIRST_NAME), self._cell(cells, Field.LAST_NAME)
        source = (Field.FIRST_NAME, Field.LAST_NAME)
        if not first and not last and (full := self._cell(cells, Field.FULL_NAME)):
            head, space, tail = full.rpartition(" ")
            first, last = (head, tail) if space else (full, "")
            source = (Field.FULL_NAME, Field.FULL_NAME)
        if not first and not last:
            errors.append("no name: a member needs a first or last name")
        self._check_length(Field.FIRST_NAME, source[0], first, errors)
        self._check_length(Field.LAST_NAME, source[1], last, errors)
        return first, last

    def _check_length(self, field: Field, column: Field, text: str, errors: list[str]) -> None:
        """A ``field`` value longer than the member column holds: an error naming the column
        it came from."""
        limit = _LIMITS[field]
        if len(text) > limit:
            errors.append(f"{self.header[column]} is {len(text)} characters long (at most {limit})")

    def _date(self, cells: tuple[str, ...], field: Field, errors: list[str]) -> date | None:
        try:
            return parse_date(self._cell(cells, field), self.order)
        except ValueError as error:
            errors.append(f"{self.header[field]}: {error}")
            return None

    def _match(self, member: MemberRecord, errors: list[str]) -> int | None:
        """The member on file the row is: by card code, then by email."""
        by_card = self.existing.by_card.get(member.card_code) if member.card_code else None
        by_email = self.existing.by_email.get(member.email.lower()) if member.email else None
        if by_card is not None and by_email is not None and by_card != by_email:
            errors.append(f"card code {member.card_code} already belongs to another member")
        return by_card if by_card is not None else by_email

    def _balance(
        self,
        cells: tuple[str, ...],
        existing_id: int | None,
        errors: list[str],
        warnings: list[str],
    ) -> BalanceRecord | None:
        """What the member has left, or None when the row brings none or it is not imported."""
        name, left = self._cell(cells, Field.PLAN), self._cell(cells, Field.REMAINING)
        until = self._date(cells, Field.VALID_UNTIL, errors)
        if until is not None and until > LAST_DAY:
            errors.append(
                f"{self.header[Field.VALID_UNTIL]} {day_text(until)} is after {day_text(LAST_DAY)}"
            )
        if not name:
            if left:
                errors.append(f"sessions left '{left}' given without a plan")
            elif until is not None:
                warnings.append(f"{self.header[Field.VALID_UNTIL]} given without a plan: ignored")
            return None
        plan_id = self.plan_ids.get(name)
        if plan_id is None or plan_id not in self.plans:
            errors.append(f"unknown plan '{name}': map it to one of this studio's plans")
            return None
        plan, kind = self.plans[plan_id]
        remaining = None
        if kind.pays_with_credits or (left and self._cell(cells, Field.CATEGORY)):
            remaining = self._remaining(plan, left, errors)
            if remaining == 0:
                warnings.append(f"no sessions left on {plan.name}: balance not imported")
        elif left:
            warnings.append(f"{plan.name} is {kind.label.lower()}: sessions left '{left}' ignored")
        if errors or remaining == 0:
            return None
        if until is not None and until < self.today:
            warnings.append(f"balance ended on {day_text(until)}: not imported")
            return None
        if existing_id is not None and plan.id in self.existing.running_plans.get(existing_id, ()):
            warnings.append(f"already has {plan.name}: balance not imported")
            return None
        return BalanceRecord(plan.id, remaining, until, self._cell(cells, Field.CATEGORY) or None)

    @staticmethod
    def _remaining(plan: StudioPlan, text: str, errors: list[str]) -> int | None:
        if not text:
            errors.append(f"no sessions left given for {plan.name}")
            return None
        number = _NUMBER.fullmatch(text)
        if number is None:
            errors.append(f"sessions left '{text}' is not a whole number")
            return None
        sign, digits = number.groups()
        if sign == "-" and int(digits):
            errors.append(f"sessions left '{text}' is negative")
            return None
        if int(digits) > MAX_REMAINING:
            errors.append(f"sessions left '{text}' is more than {MAX_REMAINING}")
            return None
        return int(digits)
