"""The UI's one way to run core services, and the one signal that says data changed.

Widgets never hold sessions or write SQL: they call ``ops.call(service, *args)``,
which runs the service in a fresh session (one unit of work), and views listen to
``ops.changed`` to refresh what the change touched (Anki's "operations" layer).
Work that can take more than a moment goes through :meth:`Ops.background` instead: the
same service, in its own session on a worker thread, with progress (``kit/runner.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ipsdesk.core.storage.store import Store
from ipsdesk.ui.kit.runner import Job, Task, run_in_background, show_failure

T = TypeVar("T")


class Ops(QObject):
    changed = Signal(str)  # what changed: "client:<id>", "caseload", "employers", "*"

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store

    def call(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.store.session() as session:
            return service(session, *args, **kwargs)

    def write(self, what: str, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a service that changes data, then tell the views."""
        result = self.call(service, *args, **kwargs)
        self.changed.emit(what)
        return result

    def background(
        self,
        parent: QWidget | None,
        title: str,
        service: Callable[..., T],
        *args: Any,
        what: str = "",
        done: Callable[[T], Any] | None = None,
        failed: Callable[[BaseException], Any] | None = None,
        with_progress: bool = False,
        cancellable: bool = False,
        modal: bool = False,
        **kwargs: Any,
    ) -> Job[T]:
        """Run ``service(session, *args, **kwargs)`` on a worker thread in its own session;
        then (on the GUI thread) tell the views ``what`` changed, if anything, and call
        ``done(result)``. ``with_progress`` passes the job's task as ``progress=`` (a
        :class:`~ipsdesk.core.progress.Progress`)."""

        def work(task: Task) -> T:
            extra = {"progress": task} if with_progress else {}
            with self.store.session() as session:
                return service(session, *args, **kwargs, **extra)

        def finished(result: T) -> None:
            if what:
                self.changed.emit(what)
            if done is not None:
                done(result)

        report = failed or show_failure(parent, title)

        def refused(exc: BaseException) -> None:
            if what:  # part of a batch may have been saved before the failure
                self.changed.emit(what)
            report(exc)

        return run_in_background(
            parent,
            title,
            work,
            done=finished,
            failed=refused,
            cancellable=cancellable,
            modal=modal,
        )
