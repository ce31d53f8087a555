"""The UI's one way to run core services, and the one signal that says data changed.

Widgets never hold sessions or write SQL: they call ``ops.call(service, *args)``,
which runs the service in a fresh session (one unit of work), and views listen to
``ops.changed`` to refresh what the change touched (Anki's "operations" layer).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from ipsdesk.core.storage.store import Store

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
