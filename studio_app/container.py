"""All services of one studio database, sharing one context (clock and acting staff)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar, overload

from sqlalchemy.exc import DatabaseError

from studio_app.db.engine import make_engine
from studio_app.db.migrate import ForeignKeysBroken, upgrade_to_head
from studio_app.db.private_files import create_private_file, make_private, make_private_folder
from studio_app.db.sqlite_files import is_damage, sqlite_file
from studio_app.db.uow import UnitOfWorkFactory
from studio_app.domain.clock import Clock, SystemClock
from studio_app.domain.errors import DatabaseMissing, DomainError
from studio_app.domain.formats import use_date_style
from studio_app.runtime.backup_files import (
    backup_before_upgrade,
    check_before_opening,
    damaged,
    reason_of,
)
from studio_app.runtime.context import ServiceContext
from studio_app.runtime.payment_provider import ManualSettlementProvider, PaymentProvider
from studio_app.services.activity_log import ActivityLogService
from studio_app.services.appointments import AppointmentService
from studio_app.services.backups import BackupService
from studio_app.services.bookings import BookingService
from studio_app.services.contracts import ContractService
from studio_app.services.credit_schedule import CreditScheduleService
from studio_app.services.credits import CreditService
from studio_app.services.front_desk import FrontDeskService
from studio_app.services.holds import HoldService
from studio_app.services.integrity import IntegrityService
from studio_app.services.members import MemberService
from studio_app.services.memberships import MembershipService
from studio_app.services.payments import PaymentService
from studio_app.services.plans import PlanService
from studio_app.services.policies import PolicyService
from studio_app.services.products import ProductService
from studio_app.services.profiles import MemberProfileService
from studio_app.services.schedule import ScheduleService
from studio_app.services.staff import StaffService
from studio_app.services.studio import StudioService

if TYPE_CHECKING:
    from studio_app.services.exports import ExportService
    from studio_app.services.imports import ImportService
    from studio_app.services.reports import ReportService

T = TypeVar("T")


class Withheld:
    """Stands in for a service its user did not declare: any attribute of it raises
    AttributeError naming the user and the service."""

    __slots__ = ("_name", "_user")

    def __init__(self, user: str, name: str) -> None:
        self._user, self._name = user, name

    def __getattr__(self, attribute: str) -> NoReturn:
        raise AttributeError(
            f"{self._user} does not use the {self._name} service: add it to its USES"
        )


class loaded_once(cached_property[T]):  # noqa: N801  (a decorator, named like the one it extends)
    """A ``cached_property`` kept in the container's ``loaded``: a container and its copies
    (``Services.only``) load the service once between them, when one of them first uses it."""

    @overload
    def __get__(self, services: None, owner: type | None = None) -> loaded_once[T]: ...
    @overload
    def __get__(self, services: Services, owner: type | None = None) -> T: ...
    def __get__(self, services: Services | None, owner: type | None = None) -> Any:
        if services is None:  # read on the class itself: the descriptor, as for any property
            return self
        loaded = services.loaded
        if self.attrname not in loaded:
            loaded[self.attrname] = self.func(services)
        return loaded[self.attrname]


@dataclass
class Services:
    ctx: ServiceContext
    studio: StudioService
    staff: StaffService
    members: MemberService
    profiles: MemberProfileService
    plans: PlanService
    memberships: MembershipService
    schedule: ScheduleService
    bookings: BookingService
    appointments: AppointmentService
    credits: CreditService
    credit_schedule: CreditScheduleService
    integrity: IntegrityService
    holds: HoldService
    policies: PolicyService
    contracts: ContractService
    payments: PaymentService
    products: ProductService
    front_desk: FrontDeskService
    backups: BackupService
    activity_log: ActivityLogService
    #: The services below once loaded, by name; shared with every copy.
    loaded: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    # Reports, imports and exports bring ReportLab and openpyxl: loaded when first used, not
    # at every start.
    @loaded_once
    def reports(self) -> ReportService:
        from studio_app.services.reports import ReportService

        return ReportService(self.ctx)

    @loaded_once
    def imports(self) -> ImportService:
        from studio_app.services.imports import ImportService

        return ImportService(self.ctx)

    @loaded_once
    def exports(self) -> ExportService:
        from studio_app.services.exports import ExportService

        return ExportService(self.ctx)

    def only(self, names: Iterable[str], user: str) -> Services:
        """A copy holding only the services ``names`` and ``ctx`` (clock, acting staff, units of
        work), which every user has: each other service is Withheld, so ``user`` reaching one
        fails at once, saying what to declare. The services themselves are shared, the lazy ones
        too (loaded by whichever copy first uses them)."""
        kept = {*names, "ctx", "loaded"}
        copy = replace(
            self, **{f.name: Withheld(user, f.name) for f in fields(self) if f.name not in kept}
        )
        for name in LAZY:
            if name not in kept:  # an entry of the instance hides the class's loaded_once
                copy.__dict__[name] = Withheld(user, name)
        return copy


#: The services loaded when first used.
LAZY = tuple(name for name, value in vars(Services).items() if isinstance(value, loaded_once))


def open_services(
    url: str,
    clock: Clock | None = None,
    provider: PaymentProvider | None = None,
    *,
    create: bool = False,
) -> Services:
    """Connect to ``url``, migrate it to the newest schema (keeping a backup of an SQLite file
    from before the upgrade) and build every service. An SQLite file that is damaged in any
    way (it fails SQLite's quick check, is empty or no database, or lacks a table or column of
    its schema; about 0.1 s for 20,000 members) is refused with DatabaseDamaged, naming its
    newest backup, before anything is written into it; so is whatever damage the migration
    still meets. Cards on file are charged through ``provider`` (default: recorded for manual
    settlement). Dates are written from then on in the studio's date format (domain/formats).

    Only a caller that sets up a studio (the GUI's first start, ``demo``) passes ``create``: an
    SQLite file that does not exist is then made (owner-only folder); otherwise it is refused
    with DatabaseMissing, so a mistyped path never becomes a new, empty studio."""
    engine = make_engine(url)
    clock = clock or SystemClock()
    database = sqlite_file(engine)
    existed = database is not None and database.exists()
    if database is not None and database.is_dir():
        engine.dispose()
        raise DatabaseMissing(f"No studio database at {database}: it is a folder.")
    if database is not None and not existed:
        if not create:
            engine.dispose()
            raise DatabaseMissing(f"No studio database at {database}.")
        make_private_folder(database.parent)
        create_private_file(database)
    elif database is not None:
        make_private(database)  # tighten a file made by an older version or another program
    try:
        if existed:
            check_before_opening(database)  # before the engine writes a byte into it
        backup_before_upgrade(engine, database, clock.now())
        upgrade_to_head(engine)
    except DomainError:
        engine.dispose()
        raise
    except (DatabaseError, sqlite3.Error, ForeignKeysBroken, UnicodeDecodeError, OSError) as error:
        # The check reads every page; whatever fails still on the way in is met here.
        engine.dispose()
        if database is None:
            raise
        failure = getattr(error, "orig", None) or error
        if isinstance(failure, OSError) or (
            isinstance(failure, sqlite3.Error) and not is_damage(failure)
        ):
            # Cannot open (a locked or unreadable file, a failing disk): not damaged.
            raise DomainError(
                f"Cannot open the studio's data file {database}: {reason_of(failure)}."
            ) from error
        raise damaged(database, reason_of(failure)) from error
    ctx = ServiceContext(
        UnitOfWorkFactory(engine),
        clock,
        provider=provider or ManualSettlementProvider(),
    )
    services = Services(
        ctx=ctx,
        studio=StudioService(ctx),
        staff=StaffService(ctx),
        members=MemberService(ctx),
        profiles=MemberProfileService(ctx),
        plans=PlanService(ctx),
        memberships=MembershipService(ctx),
        schedule=ScheduleService(ctx),
        bookings=BookingService(ctx),
        appointments=AppointmentService(ctx),
        credits=CreditService(ctx),
        credit_schedule=CreditScheduleService(ctx),
        integrity=IntegrityService(ctx),
        holds=HoldService(ctx),
        policies=PolicyService(ctx),
        contracts=ContractService(ctx),
        payments=PaymentService(ctx),
        products=ProductService(ctx),
        front_desk=FrontDeskService(ctx),
        backups=BackupService(ctx),
        activity_log=ActivityLogService(ctx),
    )
    use_date_style(services.studio.date_style())  # dates are written as the studio writes them
    return services
