"""The member cards report (SPEC §7): the cards to print, in the order they print."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MemberCard:
    """One card: whose it is and the code its barcode carries."""

    full_name: str
    card_code: str


@dataclass(frozen=True)
class MemberCards:
    """Every card to print, ten to a sheet in this order."""

    cards: tuple[MemberCard, ...]
