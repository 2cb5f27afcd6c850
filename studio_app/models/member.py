"""Members: the studio's clients."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.models.base import Base


class MemberStatus(enum.StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"


class Member(Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    email: Mapped[str] = mapped_column(String(160), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    birth_date: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    card_code: Mapped[str | None] = mapped_column(String(64), unique=True)
    # The card the member keeps on file with the payment provider, as staff see it
    # ("Visa ending 4242"); "" when none. The provider keeps the card itself.
    card_on_file: Mapped[str] = mapped_column(String(60), default="")
    # When the member's card (with ``card_code``) was last printed (UTC); None: never.
    card_printed_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(12), default=MemberStatus.ACTIVE.value, index=True)
    # Lower-cased "name email phone card" so one LIKE serves the instant search.
    search_text: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def refresh_search_text(self) -> None:
        self.search_text = search_text_of(
            self.first_name, self.last_name, self.email, self.phone, self.card_code or ""
        )


def search_text_of(first_name: str, last_name: str, email: str, phone: str, card: str) -> str:
    """What the instant search looks in: both name orders, email, phone (as typed and its
    digits) and card code, lower-cased."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    parts = [
        f"{first_name} {last_name}".strip(),
        last_name + " " + first_name,
        email,
        phone,
        digits,
        card,
    ]
    return " | ".join(p.lower() for p in parts if p)
