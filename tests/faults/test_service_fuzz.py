"""Fuzz every public method of every service in the Services container with hostile input.

The methods are found by introspection (each service attribute of ``Services``, each public
method), and their arguments are built from the type hints: ints of any size and sign (ids of
the demo studio among them), text with control characters, half characters (lone surrogates),
100,000 characters or any Unicode, dates and times from year 1 to 9999, Decimals with NaN and
infinities, None, enums, lists, paths and the input dataclasses field by field. They run
against a small demo studio (demo/), logged in as the owner, and the test asserts
that

(a) only the app's own refusals escape: a DomainError subclass, never an OverflowError,
    TypeError, ValueError, decimal.InvalidOperation or a database error (the database is a
    healthy file, so a DatabaseUnavailable, the wrapper of driver errors, means bad input
    reached the database and counts as unexpected too), and
(b) a refusal changes nothing: the row counts and a hash of every table's rows are the same
    before and after a refused call.

Paths are always inside the test's temporary folder (the studio's own data file among them),
and the backup folder setting is only ever set to one there (or to something refused), so
nothing is written elsewhere and no method needs skipping. A call slower than 3 s counts as
unexpected too (an input that should have been bounded). It prints
``fuzz: N calls, M refused, K succeeded, 0 unexpected errors`` (visible with ``-s``) and records
the counts as the test's properties (``--junitxml``).
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import inspect
import os
import time as timer
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from types import NoneType, UnionType

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text

from studio_app.container import Services, open_services
from studio_app.demo import DEMO_OWNER, build_demo
from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import DatabaseUnavailable, DomainError
from studio_app.domain.privileges import Actor
from studio_app.models import Base

#: Examples drawn per method: about 100 methods, some 2,000 calls, about 30 s on a laptop.
#: STUDIO_FUZZ_EXAMPLES asks for more in a deeper run of its own (200: some 15,000 calls).
EXAMPLES_PER_METHOD = int(os.environ.get("STUDIO_FUZZ_EXAMPLES", "25"))
#: A call slower than this is reported as an unexpected cost (input that should be bounded).
SLOW_CALL_SECONDS = 3.0
#: Methods not fuzzed, with the reason (only what writes outside the temporary folder or
#: never ends may be listed here).
SKIPPED: dict[str, str] = {}
#: Methods whose refusal writes by design, with the reason (assertion (b) does not apply).
WRITES_ON_REFUSAL = {
    "staff.log_in": "a wrong password is counted towards the lockout (domain/logins.py)",
}

TODAY = date(2026, 12, 1)
EDGE_INTS = (
    0,
    -1,
    1,
    2,
    3,
    7,
    100,
    10_000,
    10_001,
    2**31,
    2**53 + 1,
    2**63 - 1,
    2**63,
    2**64,
    -(2**63),
    -(2**63) - 1,
    10**30,
)
EDGE_TEXT = (
    "",
    " ",
    "\x00",
    "Anna\x00",
    "lone \ud800 surrogate",
    "a\x07b",
    "line\nbreak",
    "tab\there",
    "\u202egnp.exe",
    "Łukasz Żółć",
    "Zoë",
    "🧘‍♀️ yoga",
    "x" * 100_000,
    "y" * 101,
    "%",
    "_",
    "' OR 1=1 --",
    "Group class",
    "Personal training",
    "owner",
    "cash",
    "a@b.co",
    "/",
    "..",
)
EDGE_DATES = (
    date(1, 1, 1),
    date(9999, 12, 31),
    date(79, 6, 1),
    date(797, 1, 1),
    date(1899, 12, 31),
    date(1999, 12, 31),
    date(2101, 1, 1),
    date(4642, 3, 1),
    TODAY,
    TODAY - timedelta(days=1),
    TODAY + timedelta(days=1),
    TODAY + timedelta(days=7),
)


@dataclass
class Tally:
    calls: int = 0
    refused: int = 0
    succeeded: int = 0
    unexpected: list[str] = field(default_factory=list)
    changed_on_refusal: list[str] = field(default_factory=list)
    slow: list[str] = field(default_factory=list)
    #: The call made last, and whether the database could no longer be read after it.
    last: str = ""
    broken: bool = False

    def problems(self) -> list[str]:
        return [
            *self.unexpected,
            *(f"refusal changed the data: {c}" for c in self.changed_on_refusal),
            *self.slow,
        ]

    def summary(self) -> str:
        return (
            f"fuzz: {self.calls} calls, {self.refused} refused, {self.succeeded} succeeded, "
            f"{len(self.problems())} unexpected errors"
        )


def service_methods() -> Iterator[tuple[str, str]]:
    """(service attribute, method name) for every public method of every service."""
    for attribute, kind in typing.get_type_hints(Services).items():
        if attribute == "ctx":
            continue
        for name, _function in inspect.getmembers(kind, inspect.isfunction):
            if not name.startswith("_"):
                yield attribute, name


def fingerprint(engine: Engine) -> str:
    """Row counts and a hash of every table's rows (order-independent)."""
    digest = hashlib.sha256()
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            rows = connection.execute(text(f'SELECT * FROM "{table.name}"')).all()
            digest.update(f"{table.name}:{len(rows)}:".encode())
            for line in sorted(repr(tuple(row)) for row in rows):
                digest.update(line.encode())
    return digest.hexdigest()


class Strategies:
    """Hypothesis strategies for a type hint, with every hostile value the type allows."""

    def __init__(self, tmp: Path, database: Path) -> None:
        self.ints = st.one_of(
            st.integers(1, 12),  # ids of the demo studio's rows (12 members), small counts
            st.integers(1, 60),
            st.sampled_from(EDGE_INTS),
            st.integers(),
            st.integers(-(2**70), 2**70),
        )
        self.texts = st.one_of(st.sampled_from(EDGE_TEXT), st.text(max_size=40))
        self.dates = st.one_of(
            st.sampled_from(EDGE_DATES),
            st.dates(TODAY - timedelta(days=60), TODAY + timedelta(days=60)),
            st.dates(),
        )
        self.datetimes = st.one_of(
            st.builds(datetime.combine, self.dates, st.times()),
            st.datetimes(),
        )
        self.paths = st.one_of(
            st.sampled_from(
                [
                    tmp,
                    tmp / "out.pdf",
                    tmp / "out.xlsx",
                    tmp / "export",
                    tmp / "no" / "such" / "folder" / "file.csv",
                    tmp / "members.csv",
                    database,
                    tmp / ("n" * 300),
                    tmp / "nul\x00.csv",
                ]
            ),
            st.text(st.characters(exclude_characters="/\\"), min_size=1, max_size=20)
            .filter(lambda name: name not in (".", ".."))
            .map(lambda name: tmp / name),
        )
        # Only ever a folder in the temporary folder, a relative path or a bad one.
        self.backup_folders = st.one_of(
            st.sampled_from(["", "  ", "relative/folder", "\x00", f"{tmp}/a\x00b"]),
            st.text(st.characters(exclude_characters="/\\~."), max_size=20).map(
                lambda name: f"{tmp}/backups/{name}"
            ),
        )

    def for_parameter(self, name: str, hint: object) -> st.SearchStrategy[object]:
        if name == "custom_folder":
            return self.backup_folders
        return self.for_type(hint)

    def for_type(self, hint: object) -> st.SearchStrategy[object]:  # noqa: PLR0911, PLR0912
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if hint is NoneType or hint is None:
            return st.none()
        if origin in (typing.Union, UnionType):
            return st.one_of(*(self.for_type(arg) for arg in args))
        if hint is bool:
            return st.booleans()
        if hint is int:
            return self.ints
        if hint is str:
            return self.texts
        if hint is datetime:
            return self.datetimes
        if hint is date:
            return self.dates
        if hint is time:
            return st.times()
        if hint is Decimal:
            return st.one_of(
                st.decimals(allow_nan=True, allow_infinity=True),
                st.sampled_from([Decimal("NaN"), Decimal("1e400"), Decimal("-0.001")]),
            )
        if hint is Path:
            return self.paths
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return st.sampled_from(list(hint))
        if dataclasses.is_dataclass(hint) and isinstance(hint, type):
            fields = typing.get_type_hints(hint)
            return st.builds(
                hint,
                **{f.name: self.for_type(fields[f.name]) for f in dataclasses.fields(hint)},
            )
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return st.lists(self.for_type(args[0]), max_size=4).map(tuple)
            return st.tuples(*(self.for_type(arg) for arg in args))
        if origin in (frozenset, set):
            return st.frozensets(self.for_type(args[0]), max_size=6).map(origin)
        if origin in (list, Sequence):
            return st.lists(self.for_type(args[0]), max_size=4)
        if origin in (dict, Mapping):
            return st.dictionaries(self.for_type(args[0]), self.for_type(args[1]), max_size=3)
        if origin is Callable:
            return st.sampled_from([lambda *_: True, lambda *_: False])
        raise AssertionError(f"No strategy for {hint!r}: teach the fuzz this type.")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, Actor, Path]]:
    """A small demo studio (12 members, a week of history) with the owner logged in."""
    tmp = tmp_path_factory.mktemp("fuzz")
    database = tmp / "studio.sqlite3"
    svc = open_services(
        f"sqlite:///{database}", FixedClock(datetime(2026, 12, 1, 9, 0)), create=True
    )
    build_demo(svc.ctx, members=12, weeks=1)
    owner = svc.staff.log_in(DEMO_OWNER[0], DEMO_OWNER[1])
    yield svc, owner, tmp
    svc.ctx.uow.engine.dispose()


def test_every_service_method_refuses_bad_input_cleanly(
    demo: tuple[Services, Actor, Path], record_property: Callable[[str, object], None]
) -> None:
    svc, owner, tmp = demo
    strategies = Strategies(tmp / "files", tmp / "studio.sqlite3")
    (tmp / "files").mkdir()
    (tmp / "files" / "members.csv").write_text("First name;Last name\nZoë;Żółć\n", "utf-8")
    tally = Tally()
    methods = [m for m in service_methods() if ".".join(m) not in SKIPPED]
    assert len(methods) > 90, "introspection found too few service methods"

    for attribute, name in methods:
        method = getattr(getattr(svc, attribute), name)
        hints = typing.get_type_hints(method)
        parameters = {
            p.name: strategies.for_parameter(p.name, hints[p.name])
            for p in inspect.signature(method).parameters.values()
        }
        fuzz_method(svc, owner, method, f"{attribute}.{name}", parameters, tally)

    print(tally.summary())
    for key in ("calls", "refused", "succeeded"):
        record_property(f"fuzz_{key}", getattr(tally, key))
    record_property("fuzz_unexpected", len(tally.problems()))
    assert not tally.problems(), tally.summary() + "\n" + "\n".join(tally.problems())


def fuzz_method(
    svc: Services,
    owner: Actor,
    method: Callable[..., object],
    label: str,
    parameters: dict[str, st.SearchStrategy[object]],
    tally: Tally,
) -> None:
    """Call ``method`` with drawn arguments, recording each outcome in ``tally``."""
    engine = svc.ctx.uow.engine

    @settings(
        max_examples=EXAMPLES_PER_METHOD,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(arguments=st.fixed_dictionaries(parameters))
    def call(arguments: dict[str, object]) -> None:
        if tally.broken:
            return
        svc.ctx.actor = owner  # a log-out or log-in by an earlier call is undone
        try:
            before = fingerprint(engine)
        except Exception as error:  # noqa: BLE001 — the database itself is gone: stop here
            tally.broken = True
            tally.unexpected.append(f"the database is unreadable after {tally.last}: {error!r}")
            return
        tally.calls += 1
        tally.last = f"{label}({_short(arguments)})"
        started = timer.perf_counter()
        try:
            method(**arguments)
        except DatabaseUnavailable as error:
            tally.unexpected.append(f"{label}({_short(arguments)}): {error!r}")
        except DomainError:
            tally.refused += 1
            if label not in WRITES_ON_REFUSAL and fingerprint(engine) != before:
                tally.changed_on_refusal.append(f"{label}({_short(arguments)})")
        except Exception as error:  # noqa: BLE001 — every other escape is the finding
            found = f"{label}({_short(arguments)}): {type(error).__name__}: {_short(error)}"
            tally.unexpected.append(found)
        else:
            tally.succeeded += 1
        seconds = timer.perf_counter() - started
        if seconds > SLOW_CALL_SECONDS:
            tally.slow.append(f"{label}({_short(arguments)}) took {seconds:.1f} s")

    call()


def _short(value: object, limit: int = 300) -> str:
    text_ = repr(value)
    return text_ if len(text_) <= limit else text_[:limit] + "…"
