"""GUI fixtures: real widgets over a real temporary database, the owner logged in."""

from __future__ import annotations

import pytest

from studio_app.gui.controllers.app_signals import AppSignals


@pytest.fixture
def signals(qtbot) -> AppSignals:  # noqa: ANN001
    return AppSignals()
