"""Members: create, edit, archive, and the instant search by name, email, phone or card code."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import func, select

from studio_app.domain.bounds import (
    CARD_CODE_MAX,
    EMAIL_MAX,
    NOTE_MAX,
    PHONE_MAX,
    SEARCH_MAX,
    SEARCH_RESULTS_MAX,
    check_birth_date,
    check_int,
    check_text,
)
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import day_text
from studio_app.dto.changes import Change, Result
from studio_app.dto.members import MemberDetail, MemberInput, MemberRow
from studio_app.models import Member, MemberStatus
from studio_app.runtime.context import ServiceContext
from studio_app.steps.member_detail import member_detail
from studio_app.steps.member_search import find_members
from studio_app.steps.records import audit, changes_text, load

_CHANGED = frozenset({Change.MEMBERS})
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _validated(data: MemberInput, today: date) -> MemberInput:
    """The member's details stripped, or a refusal. Every field is bounded (domain/bounds.py):
    names 100 characters, email 254, phone 40, card code 64, notes 2,000 (line breaks and tabs
    allowed), no control characters; a birth date from 1900-01-01 to today."""
    first = check_text(data.first_name.strip(), "First name")
    last = check_text(data.last_name.strip(), "Last name")
    if not first and not last:
        raise ValidationError("A member needs a first or last name.")
    email = check_text(data.email.strip(), "Email", limit=EMAIL_MAX)
    if email and not _EMAIL.match(email):
        raise ValidationError(f"'{email}' is not an email address.")
    check_birth_date(data.birth_date, today)
    return MemberInput(
        first,
        last,
        email,
        check_text(data.phone.strip(), "Phone", limit=PHONE_MAX),
        data.birth_date,
        check_text(data.notes.strip(), "Notes", limit=NOTE_MAX, multiline=True),
        check_text(data.card_code.strip(), "Card code", limit=CARD_CODE_MAX),
        check_text(data.card_on_file.strip(), "Card on file")[:60],
    )


#: The member editor's fields as the user log names them, in the editor's order.
_FIELD_NAMES = (
    "first name",
    "last name",
    "email",
    "phone",
    "birth date",
    "notes",
    "card code",
    "card on file",
)


def _field_texts(data: MemberInput) -> tuple[str, ...]:
    """The member's details as text, in the order of ``_FIELD_NAMES``."""
    return (
        data.first_name,
        data.last_name,
        data.email,
        data.phone,
        day_text(data.birth_date) if data.birth_date else "",
        data.notes,
        data.card_code,
        data.card_on_file,
    )


class MemberService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def search(
        self, text: str = "", *, include_archived: bool = False, limit: int = 200
    ) -> list[MemberRow]:
        """Members whose name, email, phone or card code contains every typed word, those whose
        name or card code starts with the typed text first (``member_search``); the search is at
        most 200 characters and asks for 1 to 100,000 results."""
        check_text(text, "The search", limit=SEARCH_MAX, multiline=True)
        check_int(limit, "The number of results", 1, SEARCH_RESULTS_MAX)
        archived = MemberStatus.ARCHIVED.value
        with self.ctx.uow.read() as uow:
            found = find_members(uow.session, text, include_archived=include_archived, limit=limit)
            return [
                MemberRow(
                    member_id,
                    f"{first} {last}".strip(),
                    email,
                    phone,
                    card or "",
                    status == archived,
                )
                for member_id, first, last, email, phone, card, status in found
            ]

    def count(self) -> int:
        with self.ctx.uow.read() as uow:
            return int(uow.session.scalar(select(func.count()).select_from(Member)) or 0)

    def get(self, member_id: int) -> MemberDetail:
        with self.ctx.uow.read() as uow:
            return member_detail(load(uow.session, Member, member_id, "Member"))

    def create(self, data: MemberInput) -> Result[int]:
        actor = self.ctx.acting()
        clean = _validated(data, self.ctx.clock.today())
        with self.ctx.uow() as uow:
            self._check_card_free(uow.session, clean.card_code, None)
            member = Member(created_at=self.ctx.clock.utcnow(), created_by_id=actor.staff_id)
            self._apply(member, clean)
            uow.session.add(member)
            uow.session.flush()
            audit(uow.session, self.ctx, action="Member created", member_id=member.id)
            uow.commit()
            return Result(member.id, _CHANGED)

    def update(self, member_id: int, data: MemberInput) -> Result[None]:
        """Save the member editor. The user log gets one line naming each changed field with
        its value before and after ("Member details edited: phone 600 100 200 → 600 100 300");
        a save that changes nothing writes no line."""
        self.ctx.acting()
        clean = _validated(data, self.ctx.clock.today())
        with self.ctx.uow() as uow:
            member = load(uow.session, Member, member_id, "Member")
            self._check_card_free(uow.session, clean.card_code, member_id)
            before = _field_texts(member_detail(member).as_input())
            changed = changes_text(zip(_FIELD_NAMES, before, _field_texts(clean), strict=True))
            self._apply(member, clean)
            if changed:
                audit(
                    uow.session,
                    self.ctx,
                    action=f"Member details edited: {changed}",
                    member_id=member.id,
                )
            uow.commit()
        return Result(None, _CHANGED)

    def set_archived(self, member_id: int, archived: bool) -> Result[None]:
        """Archived members stay in the data (history kept) but are hidden and cannot book."""
        self.ctx.acting()
        with self.ctx.uow() as uow:
            member = load(uow.session, Member, member_id, "Member")
            member.status = (MemberStatus.ARCHIVED if archived else MemberStatus.ACTIVE).value
            audit(
                uow.session,
                self.ctx,
                member_id=member_id,
                action="Member archived" if archived else "Member restored from archive",
            )
            uow.commit()
        return Result(None, _CHANGED)

    @staticmethod
    def _apply(member: Member, data: MemberInput) -> None:
        member.first_name, member.last_name = data.first_name, data.last_name
        member.email, member.phone, member.birth_date = data.email, data.phone, data.birth_date
        member.notes, member.card_code = data.notes, data.card_code or None
        member.card_on_file = data.card_on_file
        member.refresh_search_text()

    @staticmethod
    def _check_card_free(session, card_code: str, member_id: int | None) -> None:  # type: ignore[no-untyped-def]
        if not card_code:
            return
        holder = session.scalars(select(Member).where(Member.card_code == card_code)).first()
        if holder is not None and holder.id != member_id:
            raise ValidationError(f"Card code {card_code} already belongs to {holder.full_name}.")
