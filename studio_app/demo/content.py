"""What the demo studio holds: its staff, the members' names, the plans with their credit
settings and session rules, the weekly classes, and the two shapes of demo (the small studio
people try the app with, and the large history the benchmarks and the sizing tests use)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from studio_app.domain.credit_grants import PERSONAL_TRAINING, CreditGrantTerms
from studio_app.domain.durations import DurationUnit
from studio_app.domain.plans import DEFAULT_CATEGORY, PlanKind

DEMO_OWNER = ("owner", "owner123", "Olivia Novak")
DEMO_DESK = ("desk", "desk1234", "Daniel Front")
STUDIO_NAME, STUDIO_ADDRESS = "Lotus & Iron Studio", "12 Harbour Street"


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_NAMES = _words(
    "Anna Peter Maria John Sofia Liam Emma Noah Olivia Lucas Mia Jakub Zoe Ethan Chloe Adam Ella "
    "Oscar Lena Marek Nina Tom Eva Leo Ivy Max Alice Hugo Clara Felix Julia Victor Rosa Theo Lily "
    "Paul Hanna Simon Iris David Laura Mateo Sara Jonas Ada"
)
LAST_NAMES = _words(
    "Smith Novak Garcia Keller Rossi Larsen Dubois Fischer Kowalski Silva Murphy Jensen Moreau "
    "Weber Nowak Costa Brown Wagner Horvat Berg Lopez Martin Schmidt Walsh Kim Meyer Bianchi "
    "Andersen Petit Young Clarke Hughes Varga Ortiz Lindqvist"
)


@dataclass(frozen=True)
class PlanSpec:
    name: str
    kind: PlanKind
    price_cents: int
    duration_count: int
    unit: DurationUnit
    entries: int | None
    #: How often a new member picks it (relative weight).
    weight: int


PLANS = (
    PlanSpec("Drop-in class", PlanKind.SESSION_PASS, 1800, 1, DurationUnit.WEEKS, 1, 5),
    PlanSpec("5-class pass", PlanKind.SESSION_PASS, 8000, 1, DurationUnit.MONTHS, 5, 15),
    PlanSpec("10-class pass", PlanKind.SESSION_PASS, 14500, 3, DurationUnit.MONTHS, 10, 30),
    PlanSpec("Monthly unlimited", PlanKind.TIME_BASED, 11900, 1, DurationUnit.MONTHS, None, 30),
    PlanSpec("Annual unlimited", PlanKind.TIME_BASED, 99000, 12, DurationUnit.MONTHS, None, 12),
    PlanSpec("8 classes / 4 weeks", PlanKind.LIMITED, 9900, 3, DurationUnit.MONTHS, None, 20),
    PlanSpec("Unlimited + 2 PT", PlanKind.TIME_BASED, 18900, 1, DurationUnit.MONTHS, None, 8),
    PlanSpec("2 classes a week", PlanKind.TIME_BASED, 7900, 1, DurationUnit.MONTHS, None, 12),
    PlanSpec("Flow package", PlanKind.PACKAGE, 14900, 1, DurationUnit.MONTHS, None, 6),
)
# Credit settings of the limited plan and the PT credits included with the premium plan.
GRANTS = {
    "8 classes / 4 weeks": CreditGrantTerms(
        DEFAULT_CATEGORY, 8, every_days=28, expire_days=28, initial_credits=2
    ),
    "Unlimited + 2 PT": CreditGrantTerms(PERSONAL_TRAINING, 2, every_days=30, expire_days=30),
}
# The reformer class has few machines: session rules keep out drop-ins and 5-class passes.
SESSION_RULES = {
    "Reformer Pilates": (
        "10-class pass",
        "Monthly unlimited",
        "Annual unlimited",
        "8 classes / 4 weeks",
        "Unlimited + 2 PT",
        "2 classes a week",
    )
}


@dataclass(frozen=True)
class SeriesSpec:
    name: str
    instructor: str
    room: str
    capacity: int
    minutes: int
    weekdays: frozenset[int]
    starts: time
    color: str


def _series(
    name: str, who: str, room: str, cap: int, minutes: int, days: set[int], at: time, color: str
) -> SeriesSpec:
    return SeriesSpec(name, who, room, cap, minutes, frozenset(days), at, color)


#: The small studio's week: 12 series, about 29 classes.
SERIES = (
    _series("Sunrise Vinyasa", "Anna Kowalska", "Studio A", 16, 60, {0, 2, 4}, time(7), "#4f8a8b"),
    _series("Hatha Basics", "Mark Rivera", "Studio A", 14, 75, {1, 3}, time(9, 30), "#6b8e23"),
    _series("Pilates Mat", "Julia Weber", "Studio B", 12, 55, {0, 3}, time(12, 15), "#b5651d"),
    _series("Reformer Pilates", "Julia Weber", "Reformer room", 6, 50, {1, 4}, time(17), "#c0392b"),
    _series("Power Yoga", "Anna Kowalska", "Studio A", 18, 60, {1, 3}, time(18), "#8e44ad"),
    _series("Yin & Restore", "Sofia Lind", "Studio B", 14, 75, {0, 2}, time(19, 30), "#2c3e50"),
    _series("HIIT Circuit", "Tom Berg", "Gym floor", 20, 45, {0, 2, 4}, time(18, 15), "#d35400"),
    _series("Kickboxing", "Marek Nowak", "Dojo", 16, 60, {1, 3}, time(19, 15), "#7f0000"),
    _series("Brazilian Jiu-Jitsu", "Marek Nowak", "Dojo", 20, 90, {5}, time(10), "#34495e"),
    _series("Weekend Flow", "Sofia Lind", "Studio A", 20, 75, {5, 6}, time(9), "#16a085"),
    _series("Barre", "Clara Petit", "Studio B", 12, 50, {2, 4}, time(8), "#c71585"),
    _series("Mobility Lab", "Tom Berg", "Gym floor", 10, 45, {6}, time(17), "#2e86c1"),
)

# The large studio: five rooms with a class in each slot, the same class types as above.
_ROOM_CAPACITY = {"Studio A": 28, "Studio B": 20, "Reformer room": 10, "Gym floor": 26, "Dojo": 24}
_ROOM_CLASSES = {
    "Studio A": ("Sunrise Vinyasa", "Hatha Basics", "Power Yoga", "Weekend Flow"),
    "Studio B": ("Pilates Mat", "Yin & Restore", "Barre"),
    "Reformer room": ("Reformer Pilates",),
    "Gym floor": ("HIIT Circuit", "Mobility Lab"),
    "Dojo": ("Kickboxing", "Brazilian Jiu-Jitsu"),
}
_SLOTS = (time(6, 30), time(8), time(9, 30), time(12), time(17), time(18, 30), time(20))
_WEEKEND_SLOTS = (time(8), time(9, 30), time(12), time(17))
#: Weekday slots left empty: no reformer class at dawn or late, no dojo class at dawn.
_QUIET = {("Reformer room", time(6, 30)), ("Reformer room", time(20)), ("Dojo", time(6, 30))}
_MORE_INSTRUCTORS = ("Ines Duarte", "Kai Jensen", "Lea Moreau", "Omar Haddad", "Rita Sousa")


def large_series() -> tuple[SeriesSpec, ...]:
    """About 200 classes a week: every room in each of 7 slots on weekdays (but ``_QUIET``) and
    4 slots at weekends, class types and instructors taking
    turns; one series per class, room and time, over the weekdays it runs."""
    templates = {s.name: s for s in SERIES}
    days_of: dict[tuple[str, str, time, str], set[int]] = {}
    turn = 0
    for weekday in range(7):
        slots = _SLOTS if weekday < 5 else _WEEKEND_SLOTS
        for room, names in _ROOM_CLASSES.items():
            for at in slots:
                if weekday < 5 and (room, at) in _QUIET:
                    continue
                name = names[(turn + weekday) % len(names)]
                turn += 1
                who = templates[name].instructor
                if turn % 3 == 0:
                    who = _MORE_INSTRUCTORS[turn % len(_MORE_INSTRUCTORS)]
                days_of.setdefault((name, room, at, who), set()).add(weekday)
    return tuple(
        SeriesSpec(
            name,
            who,
            room,
            _ROOM_CAPACITY[room],
            min(templates[name].minutes, 85),
            frozenset(days),
            at,
            templates[name].color,
        )
        for (name, room, at, who), days in days_of.items()
    )


@dataclass(frozen=True)
class DemoShape:
    """How big the demo is and how its members behave."""

    members: int
    #: Weeks of past classes (bookings run 2 weeks ahead, the schedule 4 weeks).
    weeks: int
    series: tuple[SeriesSpec, ...] = SERIES
    #: A class is booked to capacity × uniform(fill, 1) places (rounded), if members can pay.
    fill: float = 0.45
    #: The chance that a member buys again when a plan ends or a pass is used up (0: each
    #: member buys one plan; continuous memberships still renew by themselves).
    loyalty: float = 0.0
    #: Average months a member stays before leaving (None: nobody leaves); a leaving member
    #: registers the cancellation of a running contract.
    stay_months: float | None = None
    #: Share of the members who join in the studio's first two months.
    founders: float = 0.0
    #: Products sold at the desk over the last 3 weeks.
    product_sales: int = 40


#: `studio-app demo --large-history`: about 200 classes a week over five years, ~1M bookings.
LARGE_HISTORY = DemoShape(
    members=9000,
    weeks=260,
    series=large_series(),
    fill=0.65,
    loyalty=0.85,
    stay_months=24,
    founders=0.3,
    product_sales=400,
)
