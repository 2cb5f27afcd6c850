"""File → Export data…: runs the export service on a worker thread so the window stays
responsive, reports each table and every few thousand rows, and cancels on request.

The service's read unit of work opens its own database session on the worker thread (sessions
are made per unit of work), so nothing is shared with the GUI thread but the result. Exporting
needs the ``reports`` privilege; the service checks it again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from studio_app.container import Services
from studio_app.domain.errors import DomainError
from studio_app.domain.privileges import Privilege
from studio_app.dto.changes import Result
from studio_app.dto.exports import ExportProgress, ExportSummary
from studio_app.exchange.targets import ExportFormat
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.base import Controller
from studio_app.gui.controllers.worker_thread import Worker, WorkerThread

__all__ = ["ExportController", "ExportFormat", "ExportSummary"]

XLSX_SUFFIX = ".xlsx"


@dataclass
class _Job:
    """One export run: what to call, the cancel flag and the outcome (a summary, or why not)."""

    run: Callable[..., Result[ExportSummary]]  # the export, given its progress callback
    cancelled: threading.Event = field(default_factory=threading.Event)
    outcome: ExportSummary | str = ""


class _Worker(Worker):
    """Runs the export on the worker thread and keeps its outcome, however it ended."""

    progress = Signal(str, int, int)

    def __init__(self, job: _Job) -> None:
        super().__init__()
        self.job = job
        self._shown = ("", -1)  # the table and rows last told to the GUI

    def work(self) -> None:
        try:
            self.job.outcome = self.job.run(progress=self._tell).value
        except DomainError as refused:
            self.job.outcome = refused.message
        except Exception as error:  # any failure: the dialog must hear of it, not wait forever
            self.job.outcome = f"The export failed: {error}"

    def _tell(self, progress: ExportProgress) -> bool:
        """Tell the GUI of each table and of each further 1% of the rows (not of every batch:
        a bar has no more steps), and answer whether to go on."""
        table, done = self._shown
        if progress.table != table or progress.rows_done - done >= progress.rows_total / 100:
            self._shown = (progress.table, progress.rows_done)
            self.progress.emit(progress.table, progress.rows_done, progress.rows_total)
        return not self.job.cancelled.is_set()


class ExportController(Controller):
    USES = ("exports",)
    #: (table being written, rows done, rows in all tables)
    progress = Signal(str, int, int)
    finished = Signal(object)  # ExportSummary
    failed = Signal(str)  # the refusal or the failure, in words

    def __init__(self, services: Services, signals: AppSignals, parent: QObject | None = None):
        super().__init__(services, signals, parent)
        self._job: _Job | None = None
        self._work = WorkerThread(self)  # dropped while exporting, the controller waits
        self._work.ended.connect(self._ended)

    def can_export(self) -> bool:
        return self.can(Privilege.REPORTS)

    def this_year(self) -> tuple[date, date]:
        """The date range offered first: this year by the studio clock."""
        year = self.today().year
        return date(year, 1, 1), date(year, 12, 31)

    def suggested(self, kind: ExportFormat) -> Path:
        """Where an export goes unless the desk chooses: the home folder, named by today."""
        name = f"Studio export {self.today():%Y-%m-%d}"
        return Path.home() / (name + XLSX_SUFFIX if kind is ExportFormat.XLSX else name)

    @staticmethod
    def destination(text: str, kind: ExportFormat) -> Path:
        """The typed path made to fit the format: a workbook ends in .xlsx, a folder does not."""
        path = Path(text.strip()).expanduser()
        is_xlsx = path.suffix.lower() == XLSX_SUFFIX
        if kind is ExportFormat.XLSX and not is_xlsx:
            return path.with_name(path.name + XLSX_SUFFIX)
        if kind is ExportFormat.CSV and is_xlsx:
            return path.with_suffix("")
        return path

    @property
    def running(self) -> bool:
        return self._work.running

    def start(self, out: Path, date_from: date | None, date_to: date | None) -> None:
        """Export on a worker thread; ``finished`` or ``failed`` follows once it has ended."""
        if self.running:
            return
        self._job = job = _Job(partial(self.services.exports.export, out, date_from, date_to))
        worker = _Worker(job)
        worker.progress.connect(self.progress)
        self._work.start(worker)

    def cancel(self) -> None:
        """Stop at the next batch of rows; the export then fails with "Export cancelled"."""
        if self._job is not None:
            self._job.cancelled.set()

    def wait(self) -> None:
        """Block until the worker thread has ended (closing while it runs)."""
        self._work.wait()

    @Slot()
    def _ended(self) -> None:
        """On the GUI thread, the worker thread over and released: publish the outcome."""
        job, self._job = self._job, None
        if job is None:
            return
        if isinstance(job.outcome, ExportSummary):
            self.finished.emit(job.outcome)
        else:
            self.failed.emit(job.outcome)
