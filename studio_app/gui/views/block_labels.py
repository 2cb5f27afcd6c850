"""What a block of the week calendar says. A class shows its name and "booked/capacity" and is
marked full when every place is taken; an appointment (a one-to-one session, capacity 1) shows
"PT · <client>" and "with <trainer>" instead, and is never marked full."""

from __future__ import annotations

from studio_app.domain.formats import weekday_text
from studio_app.gui.controllers.schedule import SessionBlock, counts_text, time_span


def short_category(category: str) -> str:
    """'Personal training' → 'PT'; a one-word category stays as it is."""
    words = category.split()
    return "".join(w[0].upper() for w in words) if len(words) > 1 else category


class BlockLabels:
    """``clients`` names the blocks that are appointments: class session id → client's name
    (empty when nobody is booked any more)."""

    def __init__(self, clients: dict[int, str] | None = None) -> None:
        self.clients = dict(clients or {})

    def is_appointment(self, block: SessionBlock) -> bool:
        return block.id in self.clients

    def title(self, block: SessionBlock) -> str:
        """A class's name, or 'PT · Peter Parker' for an appointment."""
        client = self.clients.get(block.id)
        if client is None:
            return block.name
        return f"{short_category(block.credit_category)} · {client or 'nobody booked'}"

    def counts(self, block: SessionBlock) -> str:
        """'9/12' for a class; 'with Tom Trainer' for an appointment."""
        if self.is_appointment(block) and not block.cancelled:
            return f"with {block.instructor}"
        return counts_text(block)

    def is_full(self, block: SessionBlock) -> bool:
        return (
            not block.cancelled
            and not self.is_appointment(block)
            and block.booked >= block.capacity
        )

    def tooltip(self, block: SessionBlock) -> str:
        """Everything the block says: name, day and time, who and where, counts (or client)."""
        where = " · ".join(part for part in (block.instructor, block.room) if part)
        when = f"{weekday_text(block.starts_at.date(), year=False)} {time_span(block)}"
        if self.is_appointment(block):
            client = self.clients[block.id] or "nobody"
            return f"{block.name}\n{when}\n{where}\nAppointment with {client}"
        full = " (full)" if self.is_full(block) else ""
        return f"{block.name}\n{when}\n{where}\n{counts_text(block)}{full}"
