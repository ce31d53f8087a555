"""Import the storage stack in the background while the passphrase is typed.

Importing SQLAlchemy, SQLModel, pydantic and the models takes most of a second, far
more than showing the window. The window and its unlock page need none of it, so the
app shows them first and imports the rest on a thread while the user types; unlocking
waits for the thread (usually long finished).

Only modules without Qt are imported here (``core`` never imports Qt, and a test
checks that the list holds only ``core`` modules): Qt objects and classes stay on the
main thread. Nothing else imports while the thread runs: the unlock page is all there
is until it is done, and :meth:`Preloader.wait` comes before any storage import on the
main thread, so the two threads never wait on each other's import locks.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Sequence

# What opening the store and building the caseload and workspace import from core.
MODULES: tuple[str, ...] = (
    "ipsdesk.core.storage.store",
    "ipsdesk.core.storage.backup",
    "ipsdesk.core.settings",
    "ipsdesk.core.services.clients",
    "ipsdesk.core.services.records",
    "ipsdesk.core.services.due",
    "ipsdesk.core.services.week",
    "ipsdesk.core.services.employers",
    "ipsdesk.core.services.employer_contacts",
    "ipsdesk.core.services.plans",
    "ipsdesk.core.services.privacy",
)


class Preloader:
    def __init__(self, modules: Sequence[str] = MODULES):
        self.modules = tuple(modules)
        self.done: list[str] = []
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="ipsdesk-preload", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        for name in self.modules:
            try:
                importlib.import_module(name)
            except BaseException:  # noqa: BLE001 - the main thread's own import reports it
                return
            self.done.append(name)

    def wait(self) -> None:
        """Block until the imports are done (at once when never started or finished)."""
        if self._thread is not None:
            self._thread.join()
