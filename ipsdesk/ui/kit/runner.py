"""Work that can take more than a moment runs off the GUI thread, with progress.

:func:`run_in_background` (usually through :meth:`Ops.background`) runs ``work(task)`` on
a worker thread while the window stays usable; a progress dialog appears if the work
takes longer than :data:`SHOW_AFTER_MS`, with a Cancel button where cancelling is safe.
The result, or the error, is delivered back on the GUI thread (in the manner of Anki's
``QueryOp`` / ``CollectionOp``): ``done(result)``, or ``failed(exc)`` — by default the
error is shown in the user's words (``kit/errors.explain_error``).

Rules for ``work`` (it runs on another thread):

* it gets a :class:`Task` and plain data, and returns plain data: never Qt objects,
  never ORM objects (a session belongs to the thread that made it: open one inside the
  work, e.g. ``with store.session() as s:``, as :meth:`Ops.background` does);
* it reports progress with ``task.progress(done, total, text)`` and, where stopping
  half-way is safe, checks ``task.check_cancelled()`` between steps (it raises
  :class:`Cancelled`; a unit of work in progress is rolled back with its session).

The app waits for running work before it closes (:func:`wait_all`), so a backup or an
import is never cut off in the middle.
"""

from __future__ import annotations

import gc
import logging
import threading
import weakref
from collections.abc import Callable
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
SHOW_AFTER_MS = 400  # quick work finishes without a flash of a dialog

_running: set[Job[Any]] = set()
_gc_paused = False  # automatic garbage collection is off while work runs (see _hold)


def _hold(job: Job[Any]) -> None:
    """Keep ``job`` alive while it runs. While any work runs, Python's automatic garbage
    collection is off: a collection triggered on the worker thread could free Qt objects
    of the GUI thread (a dialog caught in a reference cycle) on the wrong thread, which
    crashes Qt. It is back on, and collections happen on the GUI thread, when the work ends."""
    global _gc_paused
    if not _running and gc.isenabled():
        gc.disable()
        _gc_paused = True
    _running.add(job)


def _release(job: Job[Any]) -> None:
    global _gc_paused
    _running.discard(job)
    if not _running and _gc_paused:
        _gc_paused = False
        gc.enable()


class Cancelled(Exception):
    """The user cancelled the work; nothing of the unit in progress was saved."""


class Task:
    """What the work sees of its job: progress reporting and the cancel request."""

    def __init__(self, job: Job[Any]):
        # Weak: no reference cycle job ↔ task, which the garbage collector could break on
        # the worker thread (a QObject must die on the thread it lives on).
        self._job = weakref.ref(job)
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        job = self._job()
        if job is not None:
            job._progressed.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()


class Job(QObject, Generic[T]):
    """One piece of background work; lives on the GUI thread, its work on a worker."""

    finished = Signal()  # after done/failed ran (or after a cancel)
    _progressed = Signal(int, int, str)
    _succeeded = Signal(object)
    _raised = Signal(object)

    def __init__(
        self,
        work: Callable[[Task], T],
        *,
        done: Callable[[T], Any] | None,
        failed: Callable[[BaseException], Any] | None,
        dialog: QProgressDialog | None,
    ):
        super().__init__()
        self.task = Task(self)
        self.result: T | None = None
        self.error: BaseException | None = None
        self.is_finished = False
        self.was_cancelled = False
        self._work, self._done, self._failed = work, done, failed
        self.dialog = dialog
        queued = Qt.ConnectionType.QueuedConnection
        self._progressed.connect(self._on_progress, queued)
        self._succeeded.connect(self._on_success, queued)
        self._raised.connect(self._on_error, queued)
        self._thread = threading.Thread(target=self._run, name="ipsdesk-work", daemon=True)

    def start(self) -> None:
        _hold(self)
        if self.dialog is not None:
            self.dialog.canceled.connect(self.cancel)
            QTimer.singleShot(SHOW_AFTER_MS, self._show_dialog)
        self._thread.start()

    def cancel(self) -> None:
        self.task.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work is done (its result is delivered by the event loop)."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    # -- worker thread -------------------------------------------------------------
    def _run(self) -> None:
        try:
            result = self._work(self.task)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            self._raised.emit(exc)
            return
        self._succeeded.emit(result)

    # -- GUI thread ----------------------------------------------------------------
    def _show_dialog(self) -> None:
        if self.dialog is not None and not self.is_finished:
            self.dialog.show()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))  # 0: a busy bar for work of unknown length
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            self.dialog.setLabelText(text)

    def _close(self) -> None:
        self.is_finished = True
        # The worker has emitted its last signal and is returning: let it end, so that it
        # holds no reference to this job, which must be released here, on the GUI thread.
        self._thread.join()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        # Released after this slot has returned (never inside its own event delivery).
        QTimer.singleShot(0, partial(_release, self))

    def _on_success(self, result: T) -> None:
        self.result = result
        self._close()
        try:
            if self._done is not None:
                self._done(result)
        finally:
            self.finished.emit()

    def _on_error(self, exc: BaseException) -> None:
        self.error = exc
        self.was_cancelled = isinstance(exc, Cancelled)
        self._close()
        try:
            if not self.was_cancelled and self._failed is not None:
                self._failed(exc)
        finally:
            self.finished.emit()


def run_in_background(
    parent: QWidget | None,
    title: str,
    work: Callable[[Task], T],
    *,
    done: Callable[[T], Any] | None = None,
    failed: Callable[[BaseException], Any] | None = None,
    label: str = "",
    cancellable: bool = False,
    modal: bool = False,
) -> Job[T]:
    """Run ``work`` on a worker thread; see the module doc. ``modal``: the window waits
    (for work during which the store must not be used, e.g. a restore)."""
    dialog = QProgressDialog(parent)
    dialog.setObjectName("progress_dialog")
    dialog.setWindowTitle(title)
    dialog.setLabelText(label or title)
    dialog.setRange(0, 0)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(
        Qt.WindowModality.ApplicationModal if modal else Qt.WindowModality.NonModal
    )
    if not cancellable:
        dialog.setCancelButton(None)  # type: ignore[arg-type]  # no button: cannot cancel
    dialog.hide()  # shown by the job only if the work takes a while
    if failed is None:
        failed = show_failure(parent, title)
    job: Job[T] = Job(work, done=done, failed=failed, dialog=dialog)
    job.start()
    return job


def show_failure(parent: QWidget | None, title: str) -> Callable[[BaseException], None]:
    """The default ``failed``: the error in the user's words, in a dialog."""

    def show(exc: BaseException) -> None:
        from ipsdesk.ui.kit import dialogs
        from ipsdesk.ui.kit.errors import explain_error

        if not getattr(exc, "message", None) and not isinstance(exc, OSError):
            # a bug: the log keeps the exception's type and code lines, never its message
            logging.getLogger("ipsdesk").error("background work failed", exc_info=exc)
        dialogs.error(parent, title, explain_error(exc))

    return show


def running() -> list[Job[Any]]:
    return list(_running)


def wait_all(timeout: float | None = None) -> None:
    """Let every running work finish (the app is closing)."""
    for job in list(_running):
        job.wait(timeout)
