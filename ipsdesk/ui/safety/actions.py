"""Data safety in the File menu: back up now, backups and restore, check the store,
change the passphrase.

Restoring swaps the store under the running app without a restart, in core
(:meth:`Store.restore_in_place`): the current state is backed up first, the backup
file replaces the store, and the *same* :class:`Store` object reopens it with the
same key, so every holder of it (``ops``, the lock page, the automatic backups, the
app's close-down) keeps working. Here, every view refreshes (``ops.changed("*")``).
The single-instance lock stays held throughout.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core.dates import local_time
from ipsdesk.core.errors import UserError
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP
from ipsdesk.core.storage import backup as backups
from ipsdesk.core.storage import check as store_check
from ipsdesk.core.storage import lifecycle
from ipsdesk.core.storage.backup import BackupInfo
from ipsdesk.core.storage.store import Store, WrongPassphrase
from ipsdesk.ui.features import Section
from ipsdesk.ui.kit import dialogs, style
from ipsdesk.ui.kit.errors import explain_error
from ipsdesk.ui.kit.i18n import format_size, tr_msg
from ipsdesk.ui.kit.passphrase import strength_problems
from ipsdesk.ui.kit.runner import Job, Task, run_in_background
from ipsdesk.ui.kit.tables import RowTableModel

if TYPE_CHECKING:
    from ipsdesk.ui.features import Host


# Marked for lupdate (plain tuples were never collected, so they stayed English).
REASON_TEXTS = {
    "auto": QT_TRANSLATE_NOOP("BackupsModel", "Automatic"),
    "close": QT_TRANSLATE_NOOP("BackupsModel", "At close"),
    "manual": QT_TRANSLATE_NOOP("BackupsModel", "Made by you"),
    "premigrate": QT_TRANSLATE_NOOP("BackupsModel", "Before an update"),
    "prerestore": QT_TRANSLATE_NOOP("BackupsModel", "Before a restore"),
    "damaged": QT_TRANSLATE_NOOP("BackupsModel", "Damaged store, kept as it was"),
}


class BackupsModel(RowTableModel[BackupInfo]):
    """The backup files, newest first (plain :class:`BackupInfo` rows)."""

    columns = ("made", "why", "size")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.sizes: dict[Path, int] = {}

    def set_rows(self, rows: Iterable[BackupInfo]) -> None:
        with self.resetting():
            self.rows = list(rows)
            self.sizes = {}
            for b in self.rows:
                try:
                    self.sizes[b.path] = b.path.stat().st_size
                except OSError:
                    self.sizes[b.path] = 0

    def title(self, column: str) -> str:
        return {"made": self.tr("Made"), "why": self.tr("Why"), "size": self.tr("Size")}[column]

    def cell(self, row: BackupInfo, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "made":
            return local_time(row.taken_at)
        if column == "why":
            context, text = REASON_TEXTS.get(row.reason, ("BackupsModel", row.reason))
            return QCoreApplication.translate(context, text)
        return format_size(self.sizes[row.path])


class BackupsDialog(QDialog):
    """Lists the backups; restores the selected one (after a confirmation)."""

    def __init__(self, safety: SafetyActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.safety = safety
        self.setWindowTitle(self.tr("Backups and restore"))
        self.resize(620, 440)
        paths = safety.store.paths
        intro = QLabel(
            self.tr(
                "ipsdesk backs your store up automatically while you work and when you close it, "
                "encrypted like the store. It keeps one backup for each of the last 12 days, "
                "10 weeks and 9 months with backups. Backups are in %1."
            ).replace("%1", str(paths.backups))
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupsModel(self)
        self.view = QTableView()
        self.view.setObjectName("backups_view")
        self.view.setAccessibleName(self.tr("Backups and restore"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())
        self.empty = QLabel(self.tr("No backups yet."))
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        self.restore_button.setObjectName("restore_selected")
        self.restore_button.clicked.connect(self.restore_selected)
        backup_button = QPushButton(self.tr("&Back up now"))
        backup_button.setObjectName("backup_now")
        backup_button.clicked.connect(self.backup_now)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(backups.list_backups(self.safety.store.paths))
        self.view.resizeColumnToContents(0)
        has = bool(self.model.rows)
        self.empty.setVisible(not has)
        self.restore_button.setEnabled(has)
        if has:
            self.view.selectRow(0)
        self.view.setFocus()

    def selected(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def backup_now(self) -> None:
        self.safety.backup_now(then=lambda _made: self.refresh())

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if self.safety.restore(chosen):
            self.accept()
        else:
            self.refresh()


class PassphraseDialog(QDialog):
    """Change the passphrase: current (or the recovery key), new, new again."""

    def __init__(self, store: Store, parent: QWidget | None = None, *, recovered: bool = False):
        super().__init__(parent)
        self.store = store
        if recovered:
            self.setWindowTitle(self.tr("Set a new passphrase"))
            text = self.tr(
                "You unlocked ipsdesk with the recovery key. Choose a new passphrase now: a few "
                "unrelated words (at least 8 characters). The recovery key keeps working; put "
                "the recovery sheet back in its safe."
            )
        else:
            self.setWindowTitle(self.tr("Change passphrase"))
            text = self.tr(
                "Choose a new passphrase: a few unrelated words (at least 8 characters) are easy "
                "to remember and hard to guess. Your recovery key keeps working as before; "
                "keep the recovery sheet in its safe."
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.current = self._secret("current_passphrase")
        self.new = self._secret("new_passphrase")
        self.repeat = self._secret("repeat_passphrase")
        self.new.textChanged.connect(self._guide)
        self.guidance = QLabel()
        self.guidance.setObjectName("passphrase_guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setMinimumHeight(3 * self.fontMetrics().lineSpacing())
        self.guidance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.error = QLabel()
        self.error.setObjectName("passphrase_error")
        self.error.setStyleSheet(style.ERROR_CSS)
        self.error.setWordWrap(True)
        form = QFormLayout()
        if not recovered:
            form.addRow(self.tr("Current passphrase (or recovery key)"), self.current)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("New passphrase again"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.guidance)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._guide("")
        (self.new if recovered else self.current).setFocus()

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _guide(self, text: str) -> None:
        problems = strength_problems(text) if text else []
        if not text:
            self.guidance.setText(self.tr("At least 8 characters; several words are best."))
        elif problems:
            self.guidance.setText("\n".join("• " + p for p in problems))
        else:
            self.guidance.setText("✓ " + self.tr("Strong enough."))

    def change(self) -> None:
        problems = strength_problems(self.new.text())
        if self.new.text() != self.repeat.text():
            problems.append(QCoreApplication.translate("SetupDialog", "The passphrases differ."))
        if problems:
            self.error.setText("\n".join(problems))
            return
        try:
            self._save(self.new.text())
        except WrongPassphrase:
            self.error.setText(
                self.tr("The current passphrase (or recovery key) is wrong. Nothing was changed.")
            )
            self.current.selectAll()
            self.current.setFocus()
            return
        except (OSError, UserError) as exc:
            self.error.setText(explain_error(exc, self.store.paths.root))
            return
        self.accept()

    def _save(self, new: str) -> None:
        self.store.change_passphrase(self.current.text(), new)


class NewPassphraseDialog(PassphraseDialog):
    """After unlocking with the recovery key: choose a new passphrase (the store is
    open, so no current one is asked). Cancelling keeps the old passphrase."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(store, parent, recovered=True)

    def _save(self, new: str) -> None:
        lifecycle.set_new_passphrase(self.store.paths, self.store.data_key, new)


class SafetyActions(QObject):
    """The File-menu actions of data safety for one main window."""

    def __init__(self, host: Host):
        super().__init__(host.window())
        self.host = host
        self.window = host.window()  # the parent of this feature's dialogs
        section = Section.FILE_DATA
        self.act_backup = host.add_action(
            section, self.tr("&Back up now"), self.backup_now, name="act_backup_now"
        )
        self.act_backups = host.add_action(
            section, self.tr("Backups and &restore…"), self.show_backups, name="act_backups"
        )
        self.act_check = host.add_action(
            section, self.tr("Chec&k store"), self.check_store, name="act_check"
        )
        self.act_passphrase = host.add_action(
            section, self.tr("Change &passphrase…"), self.change_passphrase, name="act_passphrase"
        )

    @property
    def store(self) -> Store:
        return self.host.ops.store

    def _status(self, text: str) -> None:
        self.host.show_message(text, 15_000)

    # -- backup --------------------------------------------------------------------
    def backup_now(self, *, then: Callable[[Path], Any] | None = None) -> Job[Path]:
        """Back up on a worker thread (a store of years takes a while); then ``then``."""
        store = self.store

        def work(_task: Task) -> Path:
            made = backups.make_backup(store, reason="manual")
            backups.thin_backups(store.paths)
            return made

        def done(made: Path) -> None:
            self._status(self.tr("Backup written: %1").replace("%1", str(made)))
            if then is not None:
                then(made)

        def failed(exc: BaseException) -> None:
            dialogs.error(
                self.window, self.tr("Backup failed"), explain_error(exc, store.paths.root)
            )

        return run_in_background(self.window, self.tr("Backing up"), work, done=done, failed=failed)

    def show_backups(self) -> None:
        dialogs.exec_dialog(BackupsDialog(self, self.window))

    def restore(self, chosen: BackupInfo) -> bool:
        when = local_time(chosen.taken_at)
        if not dialogs.ask(
            self.window,
            self.tr("Restore a backup"),
            self.tr(
                "Restore the backup made %1?\n\n"
                "Your store as it is now is backed up first (that backup is kept for at least "
                "30 days), then replaced by this backup. Anything saved after %1 is only in "
                "that safety backup. ipsdesk then reopens the store and shows the restored data."
            ).replace("%1", when),
        ):
            return False
        store = self.store
        try:
            result = store.restore_in_place(chosen.path)
        except (OSError, UserError) as exc:
            # Refused before the swap: the store is as it was, and still open.
            dialogs.error(
                self.window, self.tr("Restore failed"), explain_error(exc, store.paths.root)
            )
            self.host.ops.changed.emit("*")
            return False
        except Exception as exc:  # noqa: BLE001 - report, never leave silently
            dialogs.error(
                self.window,
                self.tr("Restore failed"),
                self.tr(
                    "The backup was restored but could not be opened (%1). Close ipsdesk; "
                    "your store as it was is kept as backup %2."
                )
                .replace("%1", type(exc).__name__)
                .replace("%2", _newest_prerestore(store)),
            )
            return False
        self.host.ops.changed.emit("*")  # every view refreshes (the window's "who" too)
        self.host.show_caseload()
        text = tr_msg(backups.RESTORED, when)
        if result.safety_backup is not None:
            text += "\n" + tr_msg(backups.SAFETY_BACKUP_MADE, result.safety_backup.name)
        dialogs.inform(self.window, self.tr("Backup restored"), text)
        return True

    # -- check ---------------------------------------------------------------------
    def check_store(self) -> Job[Any]:
        """The full check (integrity_check + foreign_key_check, shared with 'ipsdesk
        check') on a worker thread: its own read-only connection, it writes nothing."""
        store = self.store

        def work(_task: Task) -> Any:
            return store_check.check_store(store.paths.store, store.data_key)

        def done(report: Any) -> None:
            details = "\n".join(f.text(tr_msg) for f in report.problems or report.facts)
            verdict = report.verdict
            if verdict is not None:  # damage, a newer app's schema, a full disk: its advice
                dialogs.error(
                    self.window,
                    self.tr("The check found problems"),
                    verdict.text(tr_msg) + "\n\n" + details,
                )
                return
            dialogs.inform(
                self.window,
                self.tr("The store is healthy"),
                self.tr("The full check found no problems.\n\n%1").replace("%1", details),
            )

        return run_in_background(self.window, self.tr("Checking the store"), work, done=done)

    # -- passphrase ----------------------------------------------------------------
    def change_passphrase(self) -> bool:
        dlg = PassphraseDialog(self.store, self.window)
        if dialogs.exec_dialog(dlg) != QDialog.DialogCode.Accepted:
            return False
        dialogs.inform(
            self.window,
            self.tr("Passphrase changed"),
            self.tr(
                "The passphrase is changed; use the new one from now on. "
                "The recovery key still works."
            ),
        )
        return True


def _newest_prerestore(store: Store) -> str:
    """The name of the backup the restore made of the store as it was."""
    made = [b for b in backups.list_backups(store.paths) if b.reason == "prerestore"]
    return made[0].path.name if made else ""


def install(host: Host) -> None:
    SafetyActions(host)  # kept alive by its parent, the main window


__all__ = [
    "BackupsDialog",
    "BackupsModel",
    "NewPassphraseDialog",
    "PassphraseDialog",
    "SafetyActions",
    "install",
]
