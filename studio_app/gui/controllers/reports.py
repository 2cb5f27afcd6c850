"""The Reports page (SPEC §7): the pick lists, the member cards' codes and "printed" marks, and
writing a report on a worker thread, so the window stays responsive while a long one is laid out
and tells each stage ("Reading the data", "Page 3").

The service's read unit of work opens its own database session on the worker thread (as the data
export's does, see data_export.py); only the outcome crosses back, and it is published on the GUI
thread like any action: a refusal in the banner, a saved file's message as information.

Previews are written to a private temporary folder (owner-only, made by ``tempfile.mkdtemp``):
each replaced preview is deleted, and the folder goes with the controller, when the application
quits, or at the latest when the process ends. Every report needs the ``reports`` privilege
(the service checks it; the main window hides the page from accounts without it).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from studio_app.container import Services
from studio_app.domain.date_ranges import QuickRange, quick_range
from studio_app.domain.errors import DomainError
from studio_app.dto.changes import Change, Result
from studio_app.dto.reports import REPORTS, ReportChoices, ReportRequest
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.base import MemberSearch
from studio_app.gui.controllers.worker_thread import Worker, WorkerThread
from studio_app.runtime.output_files import copy_file


@dataclass
class _Job:
    """One report being written: the write (given its progress callback), and its outcome (the
    service's result, or the failure)."""

    write: Callable[..., Result[Path]]
    announce: bool
    outcome: Result[Path] | BaseException | None = None


class _Worker(Worker):
    """Writes the report on the worker thread, tells each stage, and keeps the outcome."""

    stage = Signal(str)

    def __init__(self, job: _Job) -> None:
        super().__init__()
        self.job = job

    def work(self) -> None:
        try:
            self.job.outcome = self.job.write(progress=self.stage.emit)
        except Exception as failure:  # DomainError or not: the GUI thread decides
            self.job.outcome = failure


class _PreviewFolder:
    """What must outlive the controller's Python side: the preview folder, deleted as the
    controller is destroyed, or when the application quits."""

    def __init__(self) -> None:
        self.path: Path | None = None

    def remove(self) -> None:
        if self.path is not None:
            shutil.rmtree(self.path, ignore_errors=True)
            self.path = None


class ReportsController(MemberSearch):
    USES = ("reports",)
    #: Class series and instructors come from the schedule; the cards' counts from the members.
    RELOAD_ON = frozenset({Change.SCHEDULE, Change.MEMBERS})

    #: A stage of the running report, in words ("Reading the data", "Page 3").
    stage = Signal(str)
    #: The report was written: the file.
    written = Signal(object)
    #: The report was not written: why, in words (also in the banner).
    failed = Signal(str)

    def __init__(
        self, services: Services, signals: AppSignals, parent: QObject | None = None
    ) -> None:
        super().__init__(services, signals, parent)
        # Made first, so it waits for a running report before the previews are removed (Qt
        # calls the slots of ``destroyed`` and ``aboutToQuit`` in the order they were connected).
        self._work = WorkerThread(self)
        self._work.ended.connect(self._ended)
        self._folder = folder = _PreviewFolder()
        self._job: _Job | None = None
        self._previews = 0
        # A lambda holds ``folder`` (a bound method would not keep it alive).
        self.destroyed.connect(lambda *_: folder.remove())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(lambda: folder.remove())

    # -- reading ----------------------------------------------------------------------------
    def choices(self) -> ReportChoices | None:
        """The class series, instructors and card counts to offer; None when refused."""
        return self.ask(self.services.reports.choices)

    def quick_range(self, pick: QuickRange) -> tuple[date, date]:
        """The first and last day of ``pick`` by the studio clock."""
        return quick_range(pick, self.today())

    def cards_missing_codes(self, member_ids: tuple[int, ...]) -> int:
        """How many of the members whose cards would print have no card code (0 if refused)."""
        return self.ask(self.services.reports.cards_missing_codes, member_ids) or 0

    # -- member cards -----------------------------------------------------------------------
    def assign_card_codes(self, member_ids: tuple[int, ...]) -> int | None:
        """Give each of those members without a card code a new one; how many, None if
        refused."""
        result = self.act(self.services.reports.assign_card_codes, member_ids)
        return result.value if result else None

    def mark_cards_printed(self, member_ids: tuple[int, ...]) -> int | None:
        """Record that those members' cards were printed; how many, None if refused."""
        result = self.act(self.services.reports.mark_cards_printed, member_ids)
        return result.value if result else None

    # -- writing ----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._work.running

    def preview_file(self) -> Path:
        """A new file for a preview in the private temporary folder (made on first use)."""
        folder = self._folder
        if folder.path is None:
            folder.path = Path(tempfile.mkdtemp(prefix="studio-app-reports-"))
            atexit.register(shutil.rmtree, folder.path, ignore_errors=True)
        self._previews += 1
        return folder.path / f"preview-{self._previews}.pdf"

    @staticmethod
    def discard(path: Path | None) -> None:
        """Delete a preview that was replaced (or never finished)."""
        if path is not None:
            path.unlink(missing_ok=True)

    def write(self, request: ReportRequest, out: Path, *, announce: bool = True) -> bool:
        """Write the report to ``out`` on a worker thread; ``written`` or ``failed`` follows
        once it has ended. ``announce`` puts the saved file's message in the banner (not for a
        preview). False (and nothing starts) while another report is being written."""
        if self.running:
            return False
        self._job = job = _Job(partial(self.services.reports.write, request, out), announce)
        worker = _Worker(job)
        worker.stage.connect(self.stage)
        self._work.start(worker)
        return True

    def wait(self) -> None:
        """Block until the running report (if any) has been written."""
        self._work.wait()

    def save_copy(self, previewed: Path, out: Path, what: str) -> Path | None:
        """Save the previewed PDF as ``out`` (what was seen is what is saved). The studio's own
        data file is refused and a file that cannot be written is a refusal naming why, as for
        a report written afresh; None when refused."""
        result = self.act(copy_file, self.services.ctx.uow.engine, previewed, out, what)
        return result.value if result else None

    @staticmethod
    def what(request: ReportRequest) -> str:
        """The report inside a sentence: "the credit statement"."""
        return REPORTS[request.kind].what

    @Slot()
    def _ended(self) -> None:
        """On the GUI thread, the worker thread over and released: publish the outcome as
        ``act`` does. An unexpected failure is raised here, for the error hook, once the page
        has heard of it."""
        job, self._job = self._job, None
        if job is None:
            return
        outcome = job.outcome
        if isinstance(outcome, Result):
            self.last_error = ""
            if job.announce and outcome.message:
                self.signals.info.emit(outcome.message)
            self.written.emit(outcome.value)
            return
        if isinstance(outcome, DomainError):
            self.last_error = outcome.message
            self.signals.error.emit(outcome.message)
            self.failed.emit(outcome.message)
            return
        self.last_error = "The report could not be written."
        self.failed.emit(self.last_error)
        if isinstance(outcome, BaseException):
            raise outcome
