"""Read helpers of the schedule shared by several services."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from studio_app.dto.schedule import SessionBlock
from studio_app.models import ClassSession, WaitlistEntry, WaitlistStatus


def block_of(s: Session, cs: ClassSession, waiting: int | None = None) -> SessionBlock:
    if waiting is None:
        waiting = int(
            s.scalar(
                select(func.count())
                .select_from(WaitlistEntry)
                .where(
                    WaitlistEntry.session_id == cs.id,
                    WaitlistEntry.status == WaitlistStatus.WAITING.value,
                )
            )
            or 0
        )
    return SessionBlock(
        cs.id,
        cs.series_id,
        cs.name,
        cs.instructor,
        cs.room,
        cs.starts_at,
        cs.duration_minutes,
        cs.capacity,
        cs.booked_count,
        waiting,
        cs.cancelled,
        cs.color,
        cs.credit_category,
    )


def blocks_between(s: Session, start: datetime, end: datetime) -> list[SessionBlock]:
    """Every class session starting in [start, end), with booked and waiting counts."""
    waiting = dict(
        s.execute(
            select(WaitlistEntry.session_id, func.count())
            .join(ClassSession, WaitlistEntry.session_id == ClassSession.id)
            .where(
                ClassSession.starts_at >= start,
                ClassSession.starts_at < end,
                WaitlistEntry.status == WaitlistStatus.WAITING.value,
            )
            .group_by(WaitlistEntry.session_id)
        ).all()
    )
    sessions = s.scalars(
        select(ClassSession)
        .where(ClassSession.starts_at >= start, ClassSession.starts_at < end)
        .order_by(ClassSession.starts_at, ClassSession.id)
    ).all()
    return [block_of(s, cs, waiting.get(cs.id, 0)) for cs in sessions]
