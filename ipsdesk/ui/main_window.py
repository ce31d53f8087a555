"""The main window: caseload and client workspace, menus, shortcuts, status bar."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QStackedWidget, QWidget

from ipsdesk import __version__
from ipsdesk.core import settings
from ipsdesk.core.domain import records as specs
from ipsdesk.core.services import clients
from ipsdesk.core.storage.backup import AutoBackup
from ipsdesk.core.storage.store import StoreError
from ipsdesk.ui import dialogs
from ipsdesk.ui.caseload import CaseloadPage
from ipsdesk.ui.features import install_all
from ipsdesk.ui.forms import FormWidget, RecordDialog
from ipsdesk.ui.lock import IdleWatcher, Locker, LockPage
from ipsdesk.ui.ops import Ops
from ipsdesk.ui.workspace import ClientWorkspace


class MainWindow(QMainWindow):
    closing = Signal()  # features finish their work (e.g. the close-time backup)

    def __init__(self, ops: Ops, *, demo: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.demo = demo
        title = "ipsdesk"
        if demo:
            title += " — " + self.tr("DEMO (invented data, not saved)")
        self.setWindowTitle(title)
        self.resize(1180, 760)
        self.stack = QStackedWidget()
        self.caseload = CaseloadPage(ops)
        self.workspace = ClientWorkspace(ops)
        self.stack.addWidget(self.caseload)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self.lock_page = LockPage(ops.store.verify_secret)
        self.stack.addWidget(self.lock_page)
        self.locker = Locker(self.stack, self.lock_page, self)
        self.locker.locked_changed.connect(self._locked_changed)
        minutes = ops.call(settings.get, settings.IDLE_LOCK_MINUTES)
        self.idle = IdleWatcher(minutes, self)
        self.idle.idle.connect(self.locker.lock)
        self.caseload.open_client.connect(self.open_client)
        self.caseload.new_client.connect(self.new_client)
        self.workspace.back.connect(self.show_caseload)
        self.who = QLabel()
        self.statusBar().addPermanentWidget(self.who)
        self._build_actions()
        self._start_auto_backup()
        install_all(self)
        self.refresh_who()
        self.caseload.refresh()

    def _action(
        self, text: str, slot: Any, shortcut: QKeySequence | str | None = None, name: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.act_new = self._action(
            self.tr("&New client…"), self.new_client, QKeySequence.StandardKey.New, "act_new_client"
        )
        file_menu.addAction(self.act_new)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )
        self.file_menu = file_menu
        go = menu.addMenu(self.tr("&Go"))
        go.addAction(
            self._action(self.tr("&Caseload"), self.show_caseload, "Alt+Left", "act_caseload")
        )
        go.addAction(
            self._action(
                self.tr("&Search clients"), self.search, QKeySequence.StandardKey.Find, "act_search"
            )
        )
        go.addSeparator()
        self.act_lock = self._action(self.tr("&Lock"), self.locker.lock, "Ctrl+L", "act_lock")
        # Works from any window of the app, an open dialog included.
        self.act_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        go.addAction(self.act_lock)
        self.go_menu = go
        self.tools_menu = menu.addMenu(self.tr("&Tools"))
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About ipsdesk"), self.about))
        self.help_menu = help_menu

    def refresh_who(self) -> None:
        person = self.ops.call(clients.specialist)
        if person is not None:
            self.who.setText(f"{person.name} · {person.team}" if person.team else person.name)

    # -- extension points for features (ui/features.py) --------------------------------
    def add_page(self, page: QWidget) -> None:
        """A full-window page besides the caseload and the client workspace."""
        self.stack.addWidget(page)

    def show_page(self, page: QWidget) -> None:
        if not self.locker.locked:
            self.stack.setCurrentWidget(page)

    # -- navigation --------------------------------------------------------------------
    def show_caseload(self) -> None:
        self.caseload.refresh()
        self.stack.setCurrentWidget(self.caseload)
        self.caseload.view.setFocus()

    def search(self) -> None:
        self.show_caseload()
        self.caseload.focus_search()

    def open_client(self, client_id: int) -> None:
        self.workspace.open(client_id)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.tabs.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def new_client(self) -> int | None:
        form = FormWidget(specs.BASICS)
        form.set_values(
            {
                "document_language": "fi",
                "severe_mental_illness": True,
                "agreement_date": date.today(),
            }
        )
        created: list[int] = []

        def save(values: dict[str, Any]) -> None:
            created.append(self.ops.write("caseload", clients.create_client, values))

        dlg = RecordDialog(self.tr("New client"), form, save, self)
        if dialogs.exec_dialog(dlg) == QDialog.DialogCode.Accepted and created:
            self.open_client(created[0])
            return created[0]
        return None

    def _locked_changed(self, locked: bool) -> None:
        """While locked, only the lock page works: menus and shortcuts are off."""
        self.menuBar().setEnabled(not locked)
        for action in self.actions():
            if action is not self.act_lock:
                action.setEnabled(not locked)
        self.who.setVisible(not locked)

    def about(self) -> None:
        dialogs.inform(
            self,
            self.tr("About ipsdesk"),
            self.tr("ipsdesk %1\nAn offline workbench for IPS employment specialists.").replace(
                "%1", __version__
            ),
        )

    def _start_auto_backup(self) -> None:
        """Encrypted backups while working (at most every 30 min, only when data changed)
        and at close; thinned to daily/weekly/monthly copies. Not for the demo store."""
        self.auto_backup: AutoBackup | None = None
        if self.demo:
            return
        self.auto_backup = AutoBackup(self.ops.store)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60_000)
        self.backup_timer.timeout.connect(self._backup_tick)
        self.backup_timer.start()

    def _backup_tick(self) -> None:
        if self.auto_backup is None:
            return
        try:
            self.auto_backup.tick()
        except (OSError, StoreError) as exc:  # disk full, folder gone: say so, keep working
            logging.getLogger("ipsdesk").warning("auto backup failed: %s", type(exc).__name__)
            self.statusBar().showMessage(self.tr("Automatic backup failed; see the log."), 15_000)

    def finish(self) -> None:
        """Called once when the app ends: features finish, the last backup is made."""
        self.closing.emit()
        if self.auto_backup is not None:
            self.backup_timer.stop()
            try:
                self.auto_backup.at_close()
            except (OSError, StoreError) as exc:
                logging.getLogger("ipsdesk").warning(
                    "backup at close failed: %s", type(exc).__name__
                )
            self.auto_backup = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        super().closeEvent(event)
