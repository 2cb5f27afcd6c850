"""The layering rules (import-linter contracts in pyproject.toml), generated Qt files, and who
holds the services: each controller only those it declares, views none."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path
from typing import TypeGuard

import pytest

from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.attendance import AttendanceController
from studio_app.gui.controllers.base import Controller
from studio_app.gui.controllers.policies import PolicyController
from tests.factories import StudioFactory

ROOT = Path(__file__).resolve().parent.parent
CONTROLLERS = ROOT / "studio_app" / "gui" / "controllers"
VIEWS = ROOT / "studio_app" / "gui" / "views"


def test_layer_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_forms_and_resources_are_fresh() -> None:
    result = subprocess.run(
        [sys.executable, "packaging/build_qt.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_controllers_use_qtcore_only_never_widgets() -> None:
    """Controllers are QObject adapters with signals; widgets belong to the views."""
    offenders = [
        path.name
        for path in (ROOT / "studio_app" / "gui" / "controllers").glob("*.py")
        if "QtWidgets" in path.read_text() or "QtGui" in path.read_text()
    ]
    assert offenders == []


def _is_self_services(node: ast.AST) -> TypeGuard[ast.Attribute]:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "services"
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    )


def services_reached(tree: ast.AST) -> set[str]:
    """The services named as ``self.services.<name>`` in ``tree``; ``ctx`` (clock, acting staff,
    units of work) is every controller's and left out."""
    return {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and _is_self_services(node.value)
    } - {"ctx"}


def controller_classes() -> dict[type, set[str]]:
    """Every class defined in studio_app/gui/controllers, with the services its own body
    reaches."""
    found: dict[type, set[str]] = {}
    for path in sorted(CONTROLLERS.glob("*.py")):
        module = importlib.import_module(f"studio_app.gui.controllers.{path.stem}")
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.ClassDef):
                found[getattr(module, node.name)] = services_reached(node)
    return found


def test_each_controller_declares_exactly_the_services_it_uses() -> None:
    """A class's ``USES`` names the services its own methods reach, no more and no fewer (a
    class that is no controller reaches none); an instance holds those of its class and bases."""
    classes = controller_classes()
    assert Controller in classes and AttendanceController in classes
    declared = {
        cls: set(vars(cls).get("USES", ())) if issubclass(cls, Controller) else set()
        for cls in classes
    }
    drifted = {
        cls.__name__: f"declares {sorted(declared[cls])}, uses {sorted(reached)}"
        for cls, reached in classes.items()
        if declared[cls] != reached
    }
    assert drifted == {}
    for cls in classes:
        if issubclass(cls, Controller):
            inherited = set().union(*(classes.get(base, set()) for base in cls.__mro__))
            assert cls.uses() == inherited, cls.__name__


def test_controllers_reach_services_only_by_name() -> None:
    """``self.services`` is only ever followed by a service's name (no alias, no getattr), so
    the check above sees every service a controller uses; the one exception is where the base
    class stores it."""
    unnamed = []
    for path in sorted(CONTROLLERS.glob("*.py")):
        tree = ast.parse(path.read_text())
        named = {
            id(node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and _is_self_services(node.value)
        }
        unnamed += [
            f"{path.name}:{node.lineno}"
            for node in ast.walk(tree)
            if _is_self_services(node)
            and id(node) not in named
            and not isinstance(node.ctx, ast.Store)
        ]
    assert unnamed == []


def test_a_controller_reaching_a_service_it_does_not_use_is_told_to_declare_it(
    studio: StudioFactory,
) -> None:
    signals = AppSignals()
    policies = PolicyController(studio.svc, signals)
    assert policies.services.policies is studio.svc.policies
    assert policies.services.ctx is studio.svc.ctx
    assert policies.policy() == studio.svc.policies.get()
    with pytest.raises(
        AttributeError,
        match="^PolicyController does not use the bookings service: add it to its USES$",
    ):
        policies.services.bookings.sign_up  # noqa: B018
    with pytest.raises(AttributeError, match="^PolicyController does not use the reports service"):
        policies.services.reports.write  # noqa: B018

    attendance = AttendanceController(studio.svc, signals)
    # Its own, and those of its bases (VisitPaymentController, MemberSearch), shared with the
    # container: a lazy one is loaded once between them.
    assert attendance.services.studio is studio.svc.studio
    assert attendance.services.bookings is studio.svc.bookings
    assert attendance.services.members is studio.svc.members
    assert attendance.services.reports is studio.svc.reports
    with pytest.raises(
        AttributeError, match="^AttendanceController does not use the plans service"
    ):
        attendance.services.plans.list_plans  # noqa: B018


def test_views_receive_controllers_never_services() -> None:
    """Views are given their controllers (app.py builds them); none reaches ``.services``."""
    reaching = [
        f"{path.relative_to(VIEWS)}:{node.lineno}"
        for path in sorted(VIEWS.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Attribute) and node.attr == "services"
    ]
    assert reaching == []


def test_each_use_case_lives_in_the_module_named_like_its_container_field() -> None:
    """``services.credits`` is services/credits.py, and services/ holds nothing but the use
    cases the container names (the steps they share live in steps/)."""
    import dataclasses

    from studio_app import container

    declared = {  # field: the class named by its annotation
        f.name: str(f.type) for f in dataclasses.fields(container.Services)
    } | {
        name: getattr(container.Services, name).func.__annotations__["return"]
        for name in container.LAZY
    }
    del declared["ctx"], declared["loaded"]
    homes = {
        name: getattr(importlib.import_module(f"studio_app.services.{name}"), kind).__module__
        for name, kind in declared.items()
    }
    assert homes == {name: f"studio_app.services.{name}" for name in declared}
    modules = {p.stem for p in (ROOT / "studio_app" / "services").glob("*.py")} - {"__init__"}
    assert modules == set(declared)
