"""Later starts: the unlock page, the main window's first page.

A store that cannot be opened is never replaced: damaged, too new or locked stores get
an explanation and the app stops without touching the file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage.errors import WrongPassphrase
from ipsdesk.core.storage.lock import StoreLock
from ipsdesk.ui.kit.errors import explain_store_error
from ipsdesk.ui.start.lock import LockPage
from ipsdesk.ui.start.preload import Preloader


class UnlockPage(LockPage):
    """Later starts: the main window's first page. The passphrase (or the recovery key)
    opens the store; a store that cannot be opened is explained and left untouched.

    The page is up before the storage stack is imported: ``preload`` imports it in the
    background while the user types, and unlocking waits for it to finish.
    """

    opened = Signal(object)  # the open Store
    failed = Signal(object)  # a StoreError other than a wrong secret: the app must stop

    def __init__(
        self,
        paths: DataPaths,
        preload: Preloader,
        parent: QWidget | None = None,
        *,
        lock: StoreLock | None = None,
    ):
        super().__init__(
            lambda _secret: False,
            parent,
            title=QCoreApplication.translate("UnlockDialog", "Unlock ipsdesk"),
            hint=QCoreApplication.translate(
                "UnlockDialog",
                "Type your passphrase. If you have forgotten it, type the recovery key "
                "from the recovery sheet.",
            ),
        )
        self.paths = paths
        self.preload = preload
        self.lock = lock  # held by the app for this store (None: open_store takes it)
        self.passphrase.setObjectName("unlock_passphrase")
        self.error.setObjectName("unlock_error")
        self.setFocusProxy(self.passphrase)

    def try_unlock(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            return
        from PySide6.QtCore import Qt

        self.error.setText(QCoreApplication.translate("UnlockDialog", "Opening…"))
        self.error.repaint()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.preload.wait()
            from ipsdesk.core.storage.lifecycle import open_store

            store = open_store(self.paths, secret, lock=self.lock)
        except WrongPassphrase as exc:
            self.error.setText(explain_store_error(self, exc))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        except Exception as exc:  # noqa: BLE001 - damaged, too new, disk full, a bug: stop
            self.error.clear()
            self.failed.emit(exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.passphrase.clear()
        self.error.clear()
        self.opened.emit(store)
