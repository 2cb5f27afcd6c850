"""One job at a time on a worker thread, for a controller whose action would freeze the window
(the data export, writing a report, the daily routine), started and ended in one safe order.

The worker is made in Python, so its Python reference owns it: it must be deleted once, by
dropping that reference on the GUI thread after its thread has ended. Qt's C++ recipe,
``thread.finished → worker.deleteLater``, gives it a second owner: Qt emits ``finished`` on the
worker thread and only then deletes the worker there, while the slot queued to the GUI thread
may already be dropping the reference, which deletes it too. Both threads then ran the worker's
destructor, and the process died of SIGSEGV or SIGBUS in ``thread.wait()`` now and then. So:

1. the worker runs its job and, however the job ended, moves itself back to the GUI thread and
   quits its thread (its signals, already queued to the GUI thread, arrive first);
2. ``finished`` reaches this object on the GUI thread; it waits for the thread to be over for
   good (``finished`` is emitted just before), lets go of the worker (deleted here, where it now
   lives) and of the thread (``deleteLater``), then emits ``ended``;
3. a controller destroyed while its job runs waits for it before its children go, and so does
   the application as it quits.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot


class Worker(QObject):
    """Lives on the worker thread while it does its ``work`` (a subclass's job and signals)."""

    def __init__(self) -> None:
        super().__init__()
        self._home = self.thread()  # the GUI thread, where it was made and is deleted

    def work(self) -> None:
        raise NotImplementedError

    @Slot()
    def run(self) -> None:
        try:
            self.work()
        finally:
            thread = self.thread()
            self.moveToThread(self._home)
            thread.quit()


class WorkerThread(QObject):
    """The worker thread of ``owner``: one worker at a time, ``ended`` on the GUI thread once
    its thread is over and released. Not a child of ``owner``, so it outlives the owner's
    Python side: the owner's destruction waits for a running worker, then lets it go."""

    #: The worker's thread is over and released: the controller may publish the job's outcome.
    ended = Signal()

    def __init__(self, owner: QObject) -> None:
        super().__init__()
        self._thread: QThread | None = None
        self._worker: Worker | None = None
        # A lambda keeps this object alive until the owner is gone (a bound method would not,
        # and the owner's Python side goes first); the thread, a child of this, goes after.
        owner.destroyed.connect(lambda *_: self.end())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, worker: Worker) -> None:
        """Run ``worker`` on a new thread. Connect its signals first: they are queued to the
        GUI thread, and arrive before ``ended``."""
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        thread.finished.connect(self._finished)  # queued: this object lives on the GUI thread
        self._thread, self._worker = thread, worker
        thread.start()

    @Slot()
    def wait(self) -> None:
        """Block until the running worker (if any) has ended."""
        # At the interpreter's exit Qt may have deleted the thread already (it was over then).
        if self._thread is not None and shiboken6.isValid(self._thread):
            self._thread.wait()

    def end(self) -> None:
        """The owner is going: wait for a running worker and let it go, unannounced."""
        self.wait()
        self._let_go()

    @Slot()
    def _finished(self) -> None:
        if self._thread is None:  # already let go as the owner was destroyed
            return
        self.wait()
        self._let_go()
        self.ended.emit()

    def _let_go(self) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None and shiboken6.isValid(thread):
            thread.deleteLater()
