"""First start (create the store) and later starts (unlock it).

A store that cannot be opened is never replaced: damaged, too new or locked stores
get an explanation and the app stops without touching the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage.errors import (
    MigrationFailed,
    StoreDamaged,
    StoreError,
    StoreTooNew,
    WrongPassphrase,
)
from ipsdesk.ui.lock import LockPage
from ipsdesk.ui.preload import Preloader

if TYPE_CHECKING:
    from ipsdesk.core.storage.store import Store


def explain_store_error(widget: QWidget | None, exc: Exception) -> str:
    """The user's explanation of why a store cannot be opened (never a traceback)."""
    from ipsdesk.commands.common import CommandError
    from ipsdesk.ui.i18n import tr_msg

    message = getattr(exc, "message", None)  # disk full, read-only folder, locked store
    if isinstance(exc, StoreError) and message:
        return tr_msg(message)
    if isinstance(exc, CommandError):  # e.g. an unreadable --passphrase-file
        return str(exc)
    if not isinstance(exc, StoreError):
        return QCoreApplication.translate(
            "StoreErrors",
            "ipsdesk could not start with this store (%1). A log without client data was "
            "written; IT support may ask for it.",
        ).replace("%1", type(exc).__name__)
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "StoreErrors", "Wrong passphrase or recovery key. Nothing was changed."
        )
    if isinstance(exc, StoreTooNew):
        return QCoreApplication.translate(
            "StoreErrors",
            "This store was saved by a newer version of ipsdesk. Update the app; the store was not changed.",
        )
    if isinstance(exc, StoreDamaged):
        return QCoreApplication.translate(
            "StoreErrors",
            "The store is damaged and cannot be opened. It was not changed. "
            "Restore the newest good backup (ipsdesk restore FILE) or contact IT.",
        )
    if isinstance(exc, MigrationFailed):
        return QCoreApplication.translate(
            "StoreErrors",
            "Updating the store to this version failed and was undone; the store is as it was.",
        )
    return str(exc)


class SetupDialog(QDialog):
    """First start: who you are, and a passphrase for the encrypted store."""

    def __init__(self, paths: DataPaths, parent: QWidget | None = None):
        super().__init__(parent)
        self.paths = paths
        self.store: Store | None = None
        self.recovery_key = ""
        self.setWindowTitle(self.tr("Welcome to ipsdesk"))
        intro = QLabel(
            self.tr(
                "ipsdesk keeps your clients' data encrypted on this computer. Choose a passphrase: "
                "a few unrelated words (at least 8 characters) are easy to remember and hard to guess. "
                "You will also get a recovery key to keep in a safe."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("setup_name")
        self.team = QLineEdit()
        self.team.setObjectName("setup_team")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("setup_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("setup_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("setup_error")
        self.error.setStyleSheet("color:#b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Your name *"), self.name)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Passphrase *"), self.passphrase)
        form.addRow(self.tr("Passphrase again *"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def create(self) -> None:
        from ipsdesk.core.storage.keys import check_passphrase_strength

        name, phrase = self.name.text().strip(), self.passphrase.text()
        problems = []
        if not name:
            problems.append(self.tr("Write your name."))
        weak = check_passphrase_strength(phrase)
        if "too_short" in weak:
            problems.append(self.tr("The passphrase must have at least 8 characters."))
        if "surrounding_space" in weak:
            problems.append(self.tr("The passphrase must not begin or end with a space."))
        if "too_repetitive" in weak:
            problems.append(self.tr("The passphrase is too repetitive."))
        if phrase != self.repeat.text():
            problems.append(self.tr("The passphrases differ."))
        if problems:
            self.error.setText("\n".join(problems))
            return
        from ipsdesk.core.storage.store import Store

        try:
            self.store, self.recovery_key = Store.create(
                self.paths, phrase, name=name[:200], team=self.team.text().strip()[:200]
            )
        except (StoreError, OSError) as exc:
            self.error.setText(
                self.tr("The store could not be created: %1").replace("%1", str(exc))
            )
            return
        self.accept()


class RecoveryKeyDialog(QDialog):
    def __init__(self, key: str, name: str, team: str, folder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key, self.name, self.team, self.folder = key, name, team, folder
        self.setWindowTitle(self.tr("Your recovery key"))
        text = QLabel(
            self.tr(
                "This recovery key also unlocks your store if you forget the passphrase. "
                "Save or print the recovery sheet now and give it to your team leader or IT for their safe. "
                "It is shown only once."
            )
        )
        text.setWordWrap(True)
        shown = QLineEdit(key)
        shown.setObjectName("recovery_key")
        shown.setReadOnly(True)
        shown.setStyleSheet("font-size: 14pt; font-family: monospace;")
        save = QPushButton(self.tr("Save recovery sheet (PDF)…"))
        save.clicked.connect(self.save_sheet)
        ok = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(shown)
        layout.addWidget(save)
        layout.addWidget(ok)

    def save_sheet(self) -> None:
        from ipsdesk.core.export.recovery_sheet import write_recovery_sheet

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save recovery sheet"),
            str(Path.home() / "ipsdesk-recovery.pdf"),
            "PDF (*.pdf)",
        )
        if path:
            write_recovery_sheet(
                Path(path), key=self.key, name=self.name, team=self.team, folder=self.folder
            )


class UnlockPage(LockPage):
    """Later starts: the main window's first page. The passphrase (or the recovery key)
    opens the store; a store that cannot be opened is explained and left untouched.

    The page is up before the storage stack is imported: ``preload`` imports it in the
    background while the user types, and unlocking waits for it to finish.
    """

    opened = Signal(object)  # the open Store
    failed = Signal(object)  # a StoreError other than a wrong secret: the app must stop

    def __init__(self, paths: DataPaths, preload: Preloader, parent: QWidget | None = None):
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
            from ipsdesk.core.storage.store import Store

            store = Store.open(self.paths, secret)
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
