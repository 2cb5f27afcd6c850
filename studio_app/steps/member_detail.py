"""A member's details as the profile shows them."""

from __future__ import annotations

from studio_app.dto.members import MemberDetail
from studio_app.models import Member, MemberStatus


def member_detail(member: Member) -> MemberDetail:
    return MemberDetail(
        member.id,
        member.first_name,
        member.last_name,
        member.email,
        member.phone,
        member.birth_date,
        member.notes,
        member.card_code or "",
        member.status == MemberStatus.ARCHIVED.value,
        member.card_on_file,
    )
