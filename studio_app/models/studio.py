"""Studio-wide settings (one row)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.models.base import Base


class StudioSettings(Base):
    __tablename__ = "studio_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(String(240), default="")
    # On: a sign-up needs a paying membership. Off: staff may register an unpaid visit.
    enforce_billing: Mapped[bool] = mapped_column(default=True)
    # Booking policy (None: no window / no cut-off).
    booking_window_days: Mapped[int | None]
    cancel_cutoff_hours: Mapped[int | None]
    # "Clients can only book sessions within their current paid period".
    paid_period_only: Mapped[bool] = mapped_column(default=False)
    # Money format: currency symbol, before or after the amount, decimal point or comma.
    currency_symbol: Mapped[str] = mapped_column(String(8), default="")
    currency_after: Mapped[bool] = mapped_column(default=False)
    decimal_comma: Mapped[bool] = mapped_column(default=False)
    # Backups (SPEC §9): the folder ("" = "backups" beside the database file) and the rotation.
    backup_folder: Mapped[str] = mapped_column(String(1000), default="")
    backup_keep_days: Mapped[int] = mapped_column(default=14)
    backup_keep_months: Mapped[int] = mapped_column(default=12)
    # Printed reports (SPEC §7): "A4" or "Letter" (dto.reports.Paper).
    paper_size: Mapped[str] = mapped_column(String(10), default="A4")
    # How dates are written (domain.formats.DateStyle): "day-first" or "month-first".
    date_format: Mapped[str] = mapped_column(String(20), default="day-first")
