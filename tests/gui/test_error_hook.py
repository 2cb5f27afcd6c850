"""A failure no controller caught shows as a message box in words, not a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from studio_app.domain.errors import DatabaseMissing
from studio_app.gui.error_hook import LOG_NAME, explain_failure, install_error_hook
from tests.gui.modal import when_modal


def test_a_database_fault_reads_as_its_own_message(tmp_path: Path) -> None:
    fault = DatabaseMissing("No studio database at /data/studio.sqlite3.")
    assert explain_failure(fault, tmp_path) == "No studio database at /data/studio.sqlite3."
    assert not (tmp_path / LOG_NAME).exists()


def test_an_unexpected_failure_says_what_to_do_and_logs_the_details(tmp_path: Path) -> None:
    try:
        {}["Zoë"]
    except KeyError as error:
        text = explain_failure(error, tmp_path)
    assert text.startswith("Studio App could not finish that action (KeyError: 'Zoë').")
    assert "Nothing was half-saved" in text
    assert str(tmp_path / LOG_NAME) in text
    log = (tmp_path / LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback" in log and "KeyError: 'Zoë'" in log


def test_the_hook_shows_the_message_in_a_box(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_error_hook(tmp_path)
    seen: list[str] = []
    when_modal(lambda box: seen.append(box.text()))
    sys.excepthook(DatabaseMissing, DatabaseMissing("The data file is gone."), None)
    assert seen == ["The data file is gone."]
