"""SQLAlchemy 2 typed ORM entities, one module per aggregate."""

from studio_app.models.audit import AuditEntry
from studio_app.models.base import Base
from studio_app.models.booking import Booking, BookingStatus, WaitlistEntry, WaitlistStatus
from studio_app.models.contract import Installment
from studio_app.models.credit_grants import MembershipCreditGrant, PlanCreditGrant
from studio_app.models.credits import CreditLot, LedgerEntry, LedgerKind, LotSource
from studio_app.models.hold import MembershipHold
from studio_app.models.member import Member, MemberStatus
from studio_app.models.membership import Membership
from studio_app.models.package import PlanPackageItem
from studio_app.models.payment import Payment, Product
from studio_app.models.plan import Plan
from studio_app.models.restrictions import MembershipRestriction, PlanRestriction
from studio_app.models.schedule import ClassSeries, ClassSession, SessionRule
from studio_app.models.staff import Staff
from studio_app.models.studio import StudioSettings

__all__ = [
    "AuditEntry",
    "Base",
    "Booking",
    "BookingStatus",
    "ClassSeries",
    "ClassSession",
    "CreditLot",
    "Installment",
    "LedgerEntry",
    "LedgerKind",
    "LotSource",
    "MembershipCreditGrant",
    "MembershipHold",
    "MembershipRestriction",
    "PlanPackageItem",
    "PlanRestriction",
    "Payment",
    "Product",
    "PlanCreditGrant",
    "SessionRule",
    "Member",
    "MemberStatus",
    "Membership",
    "Plan",
    "Staff",
    "StudioSettings",
    "WaitlistEntry",
    "WaitlistStatus",
]
