"""The worker thread the long actions run on (the data export, writing a report, the daily
routine): jobs one after another each end once, their signals first, on the GUI thread; an owner
destroyed while its job runs waits for the job."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from pytestqt.qtbot import QtBot

from studio_app.gui.controllers.worker_thread import Worker, WorkerThread

#: Jobs that end at once, one after another: each is all start and teardown.
JOBS_IN_A_ROW = 500
PATIENCE_MS = 10_000


class _Job(Worker):
    """Tells which thread it ran on; held until ``go_on`` is set, if given."""

    ran_on = Signal(object)

    def __init__(self, go_on: threading.Event | None = None) -> None:
        super().__init__()
        self.go_on = go_on
        self.done = threading.Event()

    def work(self) -> None:
        if self.go_on is not None:
            self.go_on.wait(PATIENCE_MS / 1000)
        self.ran_on.emit(QThread.currentThread())
        self.done.set()


class _Owner(QObject):
    """A controller's part: hears the job's signal and ``ended``, noting the thread of each."""

    def __init__(self) -> None:
        super().__init__()
        self.work = WorkerThread(self)
        self.work.ended.connect(self.ended)
        self.heard: list[tuple[str, bool, bool]] = []  # (what, on the GUI thread, running)

    def start(self, job: _Job) -> None:
        job.ran_on.connect(self.ran_on)
        self.work.start(job)

    def _note(self, what: str) -> None:
        on_gui = QThread.currentThread() is QCoreApplication.instance().thread()
        self.heard.append((what, on_gui, self.work.running))

    @Slot(object)
    def ran_on(self, thread: QThread) -> None:
        self._note("off the GUI thread" if thread is not self.thread() else "on the GUI thread")

    @Slot()
    def ended(self) -> None:
        self._note("ended")


def test_jobs_one_after_another_each_end_once_after_their_signals(qtbot: QtBot) -> None:
    owner = _Owner()
    for _ in range(JOBS_IN_A_ROW):
        with qtbot.waitSignal(owner.work.ended, timeout=PATIENCE_MS):
            owner.start(_Job())  # the owner keeps no reference: the helper lets it go

    # The job ran on its thread; the GUI thread heard of it first, then of the end, the
    # thread by then released.
    one_job = [("off the GUI thread", True, True), ("ended", True, False)]
    assert owner.heard == one_job * JOBS_IN_A_ROW


def test_an_owner_destroyed_while_its_job_runs_waits_for_it(qtbot: QtBot) -> None:
    owner = _Owner()
    go_on = threading.Event()
    job = _Job(go_on)
    owner.start(job)
    work = owner.work
    assert work.running

    release = threading.Timer(0.2, go_on.set)  # the GUI thread is about to block
    release.start()
    with qtbot.assertNotEmitted(work.ended, wait=100):  # nobody is left to hear of it
        shiboken6.delete(owner)  # as a window deletes its controllers
        assert job.done.is_set() and not work.running  # waited for, and let go
    release.join()
