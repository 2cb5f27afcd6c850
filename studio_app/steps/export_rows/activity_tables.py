"""The export's tables of classes, attendance, credits, staff and the user log (see
``export_tables`` for how a table is defined)."""

from __future__ import annotations

from sqlalchemy.orm import aliased

from studio_app.models import (
    AuditEntry,
    Booking,
    ClassSeries,
    ClassSession,
    CreditLot,
    LedgerEntry,
    Member,
    Staff,
)
from studio_app.steps.export_rows.tables import (
    BOOLEAN,
    BY,
    DATE,
    DATETIME,
    INTEGER,
    TEXT,
    ExportTable,
    Field,
    member_fields,
    member_name,
    staff_fields,
    utc_field,
)

ENDED_BY = aliased(Staff, name="ended_by_staff")

CLASS_SERIES = ExportTable(
    "Class series",
    (
        Field("Series id", INTEGER, ClassSeries.id),
        Field("Name", TEXT, ClassSeries.name),
        Field("Instructor", TEXT, ClassSeries.instructor),
        Field("Room", TEXT, ClassSeries.room),
        Field("Capacity", INTEGER, ClassSeries.capacity),
        Field("Minutes", INTEGER, ClassSeries.duration_minutes),
        Field("Weekdays", TEXT, ClassSeries.weekdays),  # 0 = Monday
        Field("Starts at", TEXT, ClassSeries.start_time),
        Field("Starts on", DATE, ClassSeries.starts_on),
        Field("Until", DATE, ClassSeries.until),
        Field("Credit category", TEXT, ClassSeries.credit_category),
        Field("Colour", TEXT, ClassSeries.color),
        Field("Own booking policy", BOOLEAN, ClassSeries.policy_override),
        Field("Booking window days", INTEGER, ClassSeries.booking_window_days),
        Field("Cancel cut-off hours", INTEGER, ClassSeries.cancel_cutoff_hours),
        utc_field("Created", ClassSeries.created_at),
    ),
    lambda q: q.select_from(ClassSeries),
    ClassSeries.id,
)
_CLASS_STARTS = Field("Class starts", DATETIME, ClassSession.starts_at)  # local already
CLASS_SESSIONS = ExportTable(
    "Class sessions",
    (
        Field("Session id", INTEGER, ClassSession.id),
        Field("Series id", INTEGER, ClassSession.series_id),
        Field("Name", TEXT, ClassSession.name),
        Field("Instructor", TEXT, ClassSession.instructor),
        Field("Room", TEXT, ClassSession.room),
        Field("Capacity", INTEGER, ClassSession.capacity),
        Field("Starts", DATETIME, ClassSession.starts_at),
        Field("Minutes", INTEGER, ClassSession.duration_minutes),
        Field("Credit category", TEXT, ClassSession.credit_category),
        Field("Colour", TEXT, ClassSession.color),
        Field("Edited on its own", BOOLEAN, ClassSession.detached),
        Field("Cancelled", BOOLEAN, ClassSession.cancelled),
        Field("Appointment", BOOLEAN, ClassSession.appointment),
        Field("Booked", INTEGER, ClassSession.booked_count),
    ),
    lambda q: q.select_from(ClassSession),
    ClassSession.id,
)
BOOKINGS = ExportTable(
    "Bookings",
    (
        Field("Booking id", INTEGER, Booking.id),
        Field("Session id", INTEGER, Booking.session_id),
        Field("Class", TEXT, ClassSession.name),
        _CLASS_STARTS,
        *member_fields(Booking.member_id),
        Field("Membership id", INTEGER, Booking.membership_id),
        Field("Lot id", INTEGER, Booking.lot_id),
        Field("Status", TEXT, Booking.status),
        Field("Present", BOOLEAN, Booking.present),
        Field("No-show", BOOLEAN, Booking.no_show),
        Field("Unpaid", BOOLEAN, Booking.unpaid),
        utc_field("Booked", Booking.booked_at),
        *staff_fields("Booked by", Booking.booked_by_id),
        utc_field("Ended", Booking.ended_at),
        Field("Ended by id", INTEGER, Booking.ended_by_id),
        Field("Ended by", TEXT, ENDED_BY.full_name),
    ),
    lambda q: (
        q.select_from(Booking)
        .join(ClassSession, ClassSession.id == Booking.session_id)
        .join(Member, Member.id == Booking.member_id)
        .join(BY, BY.id == Booking.booked_by_id)
        .outerjoin(ENDED_BY, ENDED_BY.id == Booking.ended_by_id)
    ),
    Booking.id,
    dated=_CLASS_STARTS,
)
CREDIT_LOTS = ExportTable(
    "Credit lots",
    (
        Field("Lot id", INTEGER, CreditLot.id),
        Field("Membership id", INTEGER, CreditLot.membership_id),
        *member_fields(CreditLot.member_id),
        Field("Source", TEXT, CreditLot.source),
        Field("Category", TEXT, CreditLot.category),
        Field("Amount", INTEGER, CreditLot.amount),
        Field("Issued on", DATE, CreditLot.issued_on),
        Field("Valid from", DATE, CreditLot.valid_from),
        Field("Expires on", DATE, CreditLot.expires_on),
        Field("Remaining", INTEGER, CreditLot.remaining),
        Field("Grant id", INTEGER, CreditLot.grant_id),
    ),
    lambda q: q.select_from(CreditLot).join(Member, Member.id == CreditLot.member_id),
    CreditLot.id,
)
_ENTRY_CREATED = utc_field("Created", LedgerEntry.created_at)
LEDGER = ExportTable(
    "Ledger entries",
    (
        Field("Entry id", INTEGER, LedgerEntry.id),
        _ENTRY_CREATED,
        Field("Lot id", INTEGER, LedgerEntry.lot_id),
        *member_fields(LedgerEntry.member_id),
        Field("Kind", TEXT, LedgerEntry.kind),
        Field("Amount", INTEGER, LedgerEntry.amount),
        Field("Booking id", INTEGER, LedgerEntry.booking_id),
        Field("Reason", TEXT, LedgerEntry.reason),
        *staff_fields("Staff", LedgerEntry.staff_id, automatic=True),
    ),
    lambda q: (
        q.select_from(LedgerEntry)
        .join(Member, Member.id == LedgerEntry.member_id)
        .outerjoin(BY, BY.id == LedgerEntry.staff_id)
    ),
    LedgerEntry.id,
    dated=_ENTRY_CREATED,
)
STAFF = ExportTable(  # never the password hash
    "Staff",
    (
        Field("Staff id", INTEGER, Staff.id),
        Field("User name", TEXT, Staff.username),
        Field("Full name", TEXT, Staff.full_name),
        Field("Role", TEXT, Staff.role),
        Field("Privileges", TEXT, Staff.privileges),
        Field("Active", BOOLEAN, Staff.active),
        utc_field("Created", Staff.created_at),
    ),
    lambda q: q.select_from(Staff),
    Staff.id,
)
_LOGGED = utc_field("Date/time", AuditEntry.at)
USER_LOG = ExportTable(
    "User log",
    (
        Field("Entry id", INTEGER, AuditEntry.id),
        _LOGGED,
        *staff_fields("Staff", AuditEntry.staff_id, automatic=True),
        Field("Member id", INTEGER, AuditEntry.member_id),
        Field("Member", TEXT, member_name(Member)),
        Field("Membership id", INTEGER, AuditEntry.membership_id),
        Field("Action", TEXT, AuditEntry.action),
        Field("Entries after", INTEGER, AuditEntry.entries_after),
    ),
    lambda q: (
        q.select_from(AuditEntry)
        .outerjoin(Member, Member.id == AuditEntry.member_id)
        .outerjoin(BY, BY.id == AuditEntry.staff_id)
    ),
    AuditEntry.id,
    dated=_LOGGED,
)

#: Classes, attendance, credits, staff and the user log, in the order of the sheets.
ACTIVITY_TABLES = (CLASS_SERIES, CLASS_SESSIONS, BOOKINGS, CREDIT_LOTS, LEDGER, STAFF, USER_LOG)
