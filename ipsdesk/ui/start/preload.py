"""Import the storage stack in the background while the passphrase is typed.

Importing SQLAlchemy, SQLModel, pydantic and the models takes most of a second, far
more than showing the window. The window and its unlock page need none of it, so the
app shows them first and imports the rest on a thread while the user types; unlocking
waits for the thread (usually long finished).

Only modules without Qt are imported on the thread (``core`` never imports Qt, and a
test checks that the list holds only ``core`` modules): Qt objects and classes stay on
the main thread. Once the thread is done, the main thread imports the UI modules the
work is built from (caseload, workspace, features: ~0.1 s, with the Python types
PySide6 makes on first use), one per turn of the event loop, so typing stays smooth.
Nothing else imports while the thread runs: the unlock page is all there is until it
is done, and :meth:`Preloader.wait` comes before any storage import on the main thread,
so the two threads never wait on each other's import locks.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Sequence

from PySide6.QtCore import QTimer

from ipsdesk.ui.features import FEATURES

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
# What MainWindow.attach imports, in the order it does.
UI_MODULES: tuple[str, ...] = ("ipsdesk.ui.caseload.page", "ipsdesk.ui.client.workspace", *FEATURES)


class Preloader:
    def __init__(self, modules: Sequence[str] = MODULES, ui_modules: Sequence[str] = UI_MODULES):
        self.modules = tuple(modules)
        self.ui_modules = list(ui_modules)
        self.done: list[str] = []
        self._thread: threading.Thread | None = None
        self._timer: QTimer | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="ipsdesk-preload", daemon=True)
            self._thread.start()
            self._timer = QTimer()
            self._timer.setInterval(50)
            self._timer.timeout.connect(self._ui_step)
            self._timer.start()

    def _run(self) -> None:
        for name in self.modules:
            try:
                importlib.import_module(name)
            except BaseException:  # noqa: BLE001 - the main thread's own import reports it
                return
            self.done.append(name)

    def _ui_step(self) -> None:
        """On the main thread, after the thread: one UI module per call."""
        if self._thread is not None and self._thread.is_alive():
            return
        if not self.ui_modules:
            if self._timer is not None:
                self._timer.stop()
            return
        name = self.ui_modules.pop(0)
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - attach imports it again and reports it
            return
        self.done.append(name)

    @property
    def finished(self) -> bool:
        thread_done = self._thread is not None and not self._thread.is_alive()
        return thread_done and not self.ui_modules

    def wait(self, *, ui: bool = True) -> None:
        """Finish the imports now (at once when never started or already done); with
        ``ui=False`` only let the thread end (the app is closing: no import is left
        half-done at exit, and no UI module is imported for nothing)."""
        if self._thread is None:
            return
        self._thread.join()
        if self._timer is not None and not ui:
            self._timer.stop()
        while ui and self.ui_modules:
            self._ui_step()
