"""Every write announces what it changed: the whole suite checks it.

A view reloads when an action's ``Result.changes`` name what it shows; a kind of change left
out of them leaves a stale screen (a payment history without the payment just taken). While
the tests run, each public method of each service (every class in ``studio_app.services``)
is watched: when its outermost call returns a ``Result``, the tables its committed units of
work really wrote (``UnitOfWorkFactory.take_written``, mapped by ``dto.changes.changes_of``)
must all be among the changes it announced. A method announcing less is recorded with what it
wrote, and the test that called it fails at its end (``unannounced_writes``), naming both.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import threading
from collections.abc import Callable, Iterator
from typing import Any

import studio_app.services
from studio_app.dto.changes import Result, changes_of


class _Watch(threading.local):
    def __init__(self) -> None:
        #: Calls of watched methods open on this thread: only the outermost one is checked.
        self.depth = 0


_watch = _Watch()
#: "ServiceClass.method wrote … but announced …", since the running test began.
unannounced: list[str] = []


def service_classes() -> list[type]:
    """Each use-case class: the classes named ``…Service`` defined in studio_app.services."""
    found = []
    for info in pkgutil.iter_modules(studio_app.services.__path__):
        module = importlib.import_module(f"studio_app.services.{info.name}")
        found += [
            cls
            for name, cls in inspect.getmembers(module, inspect.isclass)
            if name.endswith("Service") and cls.__module__ == module.__name__
        ]
    return found


def _watched(cls: type, name: str, method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(self: Any, *args: Any, **kwargs: Any) -> Any:
        uow = self.ctx.uow
        outermost = _watch.depth == 0
        if outermost:
            uow.take_written()  # forget writes made before this action
        _watch.depth += 1
        try:
            result = method(self, *args, **kwargs)
        finally:
            _watch.depth -= 1
        if outermost and isinstance(result, Result):
            written = uow.take_written()
            missing = changes_of(written) - result.changes
            if missing:
                unannounced.append(
                    f"{cls.__name__}.{name} wrote {sorted(written)} but announced "
                    f"{sorted(result.changes)}: {sorted(missing)} missing"
                )
        return result

    return call


def watch_services() -> Iterator[None]:
    """Wrap every public method of every service class while the suite runs."""
    originals: list[tuple[type, str, Any]] = []
    for cls in service_classes():
        for name, method in list(vars(cls).items()):
            if name.startswith("_") or not inspect.isfunction(method):
                continue
            originals.append((cls, name, method))
            setattr(cls, name, _watched(cls, name, method))
    yield
    for cls, name, method in originals:
        setattr(cls, name, method)
