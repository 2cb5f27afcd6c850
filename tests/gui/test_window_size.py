"""The window fits the desk's screen (issue 14): its minimum size, with every page shown in
turn (a member's profile open), fits a 1366×768 screen at 100 % and a 1600×1000 screen at 150 %
display scaling (at most 1066×666 logical pixels), even with a studio, a staff member and a
member whose names take the full 100 characters.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from studio_app.app import build_main_window
from studio_app.domain.privileges import Role
from studio_app.gui.launch import apply_style
from studio_app.gui.views.main_window import MEMBERS_PAGE, MainWindow
from tests.factories import StudioFactory

ROOT = Path(__file__).resolve().parents[2]
LONG_STUDIO = ("Studio Jogi Łukasza Żółcia i Zoë " * 4)[:100]
LONG_STAFF = ("Zoë Łucja Żółćkiewicz-Brzęczyszczykiewicz " * 3)[:100]
#: 1366×768 at 100 %, and 1600×1000 at 150 % (1066×666 logical pixels): the smaller fits both.
LOGICAL_LIMIT = QSize(1066, 666)

#: The same at 150 % scaling, in a fresh process: the minimum in physical and logical pixels.
AT_150 = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from studio_app.app import build_main_window
from studio_app.gui.launch import apply_style
from studio_app.domain import passwords
from studio_app.domain.clock import FixedClock
from studio_app.gui.controllers.daily_routine import DailyRoutineController
from studio_app.container import open_services
from tests.conftest import TEST_PASSWORD_COST
from tests.gui.test_window_size import minimum_over_pages
passwords.cost = TEST_PASSWORD_COST  # as the test hashed it: the login re-hashes nothing
apply_style(app)
services = open_services(sys.argv[1], FixedClock())
services.staff.log_in("zoe", "desk-secret")
window = build_main_window(services)
hint, ratio = minimum_over_pages(window, int(sys.argv[2])), window.devicePixelRatio()
window.findChild(DailyRoutineController).wait()
print(hint.width() * ratio, hint.height() * ratio, hint.width(), hint.height())
"""


@pytest.fixture
def styled(qtbot):  # noqa: ANN001, ANN201
    """The app's style sheet, as the app runs (its paddings size every button)."""
    app = QApplication.instance()
    apply_style(app)
    yield
    app.setStyleSheet("")


def long_names(studio: StudioFactory) -> int:
    """The longest names there can be; a member with a membership. Returns the member."""
    svc = studio.svc
    svc.studio.rename(LONG_STUDIO)
    member = studio.member(LONG_STAFF[:60], "Żółć-Nowak " * 3, email="zoe.zolc@example.com")
    svc.memberships.sell(member, studio.pass_plan(), date(2026, 12, 1))
    svc.staff.create(
        username="zoe", full_name=LONG_STAFF, role=Role.MANAGER, password="desk-secret"
    )
    studio.series("Vinyasa Flow")
    studio.log_in("zoe")
    return member


def minimum_over_pages(window: MainWindow, member_id: int) -> QSize:
    """The window's minimum size with each page shown in turn (a page's content, loaded when
    shown, may ask for more): the largest width and height met."""
    window.show()
    largest = window.minimumSizeHint()
    for page in range(window.ui.pages.count()):
        window.ui.navigation.setCurrentRow(page)
        if page == MEMBERS_PAGE:
            window.open_member(member_id)
        QApplication.processEvents()
        largest = largest.expandedTo(window.minimumSizeHint())
    return largest


def test_the_window_fits_a_1366_by_768_screen(qtbot, studio: StudioFactory, styled) -> None:  # noqa: ANN001
    member = long_names(studio)
    window = build_main_window(studio.svc)
    qtbot.addWidget(window)
    needed = minimum_over_pages(window, member)
    assert needed.width() <= LOGICAL_LIMIT.width(), needed
    assert needed.height() <= LOGICAL_LIMIT.height(), needed
    # The long names end in "…" and are whole in the tooltips.
    assert window.ui.studioNameLabel.text().endswith("…")
    assert window.ui.studioNameLabel.toolTip() == LONG_STUDIO
    assert window.ui.staffLabel.toolTip() == f"{LONG_STAFF} (Manager)"
    window.resize(needed)
    for page in range(window.ui.pages.count()):  # at that size no page is cut
        window.ui.navigation.setCurrentRow(page)
        shown = window.ui.pages.currentWidget()
        assert shown.width() >= shown.minimumSizeHint().width()
    log_out = window.ui.logOutButton
    assert window.rect().contains(log_out.mapTo(window, log_out.rect().bottomRight()))


def test_the_window_fits_a_1600_by_1000_screen_at_150_percent(
    db_url: str, studio: StudioFactory
) -> None:
    member = long_names(studio)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1.5"}
    run = subprocess.run(
        [sys.executable, "-c", AT_150, db_url, str(member)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    width, height, logical_width, logical_height = map(float, run.stdout.split()[-4:])
    assert width <= 1600 and height <= 1000, run.stdout
    assert logical_width <= LOGICAL_LIMIT.width(), run.stdout
    assert logical_height <= LOGICAL_LIMIT.height(), run.stdout
