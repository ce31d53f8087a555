"""The main window: caseload and client workspace, menus, shortcuts, status bar.

The window comes up before the store is open: first as a shell (menus, status bar and
a start page: the unlock page, or "opening…"), which needs nothing but Qt, so that it
appears at once. :meth:`MainWindow.attach` then builds the work (caseload, client
workspace, features) on the opened store; the storage stack (SQLAlchemy, SQLModel,
the models) is imported only then, or in the background while the passphrase is
typed (``ui/start/preload.py``). For the same reason the shell does not touch the ``Qt``
namespace or the standard key sequences: PySide6 builds their Python enums (~150 of
them) on first use, which costs more than the window itself; the methods that need
them import ``Qt`` themselves, and the shortcuts (even ``QKeySequence("Ctrl+Q")`` builds
the ``Qt`` enums) are set in :meth:`attach`: the unlock page needs none.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QLayout, QMainWindow, QStackedWidget, QWidget

from ipsdesk import __version__
from ipsdesk.core.storage.errors import StoreError
from ipsdesk.ui.features import Section
from ipsdesk.ui.kit import dialogs
from ipsdesk.ui.start.lock import IdleWatcher, Locker, LockPage

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QMenu

    from ipsdesk.core.domain.due import Target
    from ipsdesk.core.storage.backup import AutoBackup
    from ipsdesk.ui.caseload.page import CaseloadPage
    from ipsdesk.ui.client.workspace import ClientWorkspace
    from ipsdesk.ui.kit.ops import Ops


class PageStack(QStackedWidget):
    """The window's pages, sized by the page shown.

    A plain stack asks for the largest minimum of all its pages, so one wide page (a
    report with a large system font) made the window wider than the screen on every
    page. Here the window needs only what the shown page needs.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = self.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()


class MainWindow(QMainWindow):
    """The main window; it is the :class:`~ipsdesk.ui.features.Host` features install into."""

    closing = Signal()  # features finish their work (e.g. the close-time backup)

    ops: Ops
    caseload: CaseloadPage
    workspace: ClientWorkspace
    lock_page: LockPage
    locker: Locker
    idle: IdleWatcher

    def __init__(
        self, ops: Ops | None = None, *, demo: bool = False, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.demo = demo
        self.is_attached = False
        self.auto_backup: AutoBackup | None = None
        self.resize(1180, 760)
        self.stack = PageStack()
        self.setCentralWidget(self.stack)
        self.start_page: QWidget | None = None
        self._sections: dict[Section, tuple[QMenu, QAction]] = {}
        self._target_handlers: dict[str, Callable[[Target], bool]] = {}
        self.who = QLabel()
        self.statusBar().addPermanentWidget(self.who)
        self._build_actions()
        self.retranslate()
        self._set_work_enabled(False)
        if ops is not None:
            self.attach(ops)

    # -- before the store is open ------------------------------------------------------
    def show_start_page(self, page: QWidget) -> None:
        """Show ``page`` (unlock, "opening…") until :meth:`attach`; it replaces the last."""
        if self.start_page is not None:
            self.stack.removeWidget(self.start_page)
            self.start_page.deleteLater()
        self.start_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def show_busy(self, text: str) -> None:
        from PySide6.QtCore import Qt

        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setObjectName("busy_page")
        self.show_start_page(label)

    def attach(self, ops: Ops) -> None:
        """Build the work on the opened store: pages, lock, features, automatic backups."""
        from ipsdesk.core import settings
        from ipsdesk.ui.caseload.page import CaseloadPage
        from ipsdesk.ui.client.workspace import ClientWorkspace
        from ipsdesk.ui.features import install_all

        self.ops = ops
        self.caseload = CaseloadPage(ops)
        self.workspace = ClientWorkspace(ops)
        self.stack.addWidget(self.caseload)
        self.stack.addWidget(self.workspace)
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
        self.workspace.gone.connect(self._client_gone)
        ops.changed.connect(self._data_changed)
        self.is_attached = True
        self._set_work_shortcuts()
        self._set_work_enabled(True)
        self._start_auto_backup()
        install_all(self)
        self.refresh_who()
        self.caseload.refresh()
        self.stack.setCurrentWidget(self.caseload)
        if self.start_page is not None:
            self.stack.removeWidget(self.start_page)
            self.start_page.deleteLater()
            self.start_page = None
        if self.isVisible():
            self.caseload.view.setFocus()

    def _set_work_enabled(self, enabled: bool) -> None:
        """Before a store is open only Quit and About work (locking has its own switch)."""
        for action in self.work_actions:
            action.setEnabled(enabled)
        self.who.setVisible(enabled)

    def _action(
        self, text: str, slot: Any, shortcut: QKeySequence | str | None = None, name: str = ""
    ) -> QAction:
        action = QAction(self)  # QAction(text, parent) would build QIcon.ThemeIcon (7 ms)
        action.setText(text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.act_new = self._action("", self.new_client, None, "act_new_client")
        self.file_menu.addAction(self.act_new)
        for section in (Section.FILE_CLIENT, Section.FILE_TEAM, Section.FILE_DATA):
            self._sections[section] = (self.file_menu, self.file_menu.addSeparator())
        self.act_quit = self._action("", self.close)
        self.file_menu.addAction(self.act_quit)
        self.go_menu = menu.addMenu("")
        self.act_caseload = self._action("", self.show_caseload, None, "act_caseload")
        self.go_menu.addAction(self.act_caseload)
        self.act_search = self._action("", self.search, None, "act_search")
        self.go_menu.addAction(self.act_search)
        self._sections[Section.GO_PAGES] = (self.go_menu, self.go_menu.addSeparator())
        self.act_lock = self._action("", self.lock, None, "act_lock")
        self.go_menu.addAction(self.act_lock)
        self.tools_menu = menu.addMenu("")
        self._sections[Section.TOOLS] = (self.tools_menu, self.tools_menu.addSeparator())
        self.help_menu = menu.addMenu("")
        self.act_about = self._action("", self.about)
        self.help_menu.addAction(self.act_about)
        self.work_actions = [self.act_new, self.act_caseload, self.act_search, self.act_lock]

    def _set_work_shortcuts(self) -> None:
        from PySide6.QtCore import Qt

        self.act_new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.act_quit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.act_caseload.setShortcut(QKeySequence("Alt+Left"))
        self.act_search.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.act_lock.setShortcut(QKeySequence("Ctrl+L"))
        # Works from any window of the app, an open dialog included.
        self.act_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

    def retranslate(self) -> None:
        """The shell's texts; again when the store's language differs from the start's."""
        title = "ipsdesk"
        if self.demo:
            title += " — " + self.tr("DEMO (invented data, not saved)")
        self.setWindowTitle(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.act_new.setText(self.tr("&New client…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.act_caseload.setText(self.tr("&Caseload"))
        self.act_search.setText(self.tr("&Search clients"))
        self.act_lock.setText(self.tr("&Lock"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_about.setText(self.tr("&About ipsdesk"))

    def lock(self) -> None:
        if self.is_attached:
            self.locker.lock()

    def refresh_who(self) -> None:
        from ipsdesk.core.services import clients

        person = self.ops.call(clients.specialist)
        if person is not None:
            self.who.setText(f"{person.name} · {person.team}" if person.team else person.name)

    # -- the Host of features (ui/features.py) ----------------------------------------
    def add_action(
        self,
        section: Section,
        text: str,
        slot: Callable[[], Any],
        *,
        shortcut: str | None = None,
        name: str = "",
        application_wide: bool = False,
    ) -> QAction:
        action = self._action(text, slot, shortcut, name)
        if application_wide:
            from PySide6.QtCore import Qt

            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        menu, end = self._sections[section]
        menu.insertAction(end, action)
        return action

    def add_page(
        self,
        page: QWidget,
        text: str,
        *,
        shortcut: str | None = None,
        name: str = "",
        on_show: Callable[[], Any] | None = None,
    ) -> QAction:
        self.stack.addWidget(page)

        def show() -> None:
            if self.show_page(page) and on_show is not None:
                on_show()

        return self.add_action(Section.GO_PAGES, text, show, shortcut=shortcut, name=name)

    def show_page(self, page: QWidget) -> bool:
        """Show a page (not while locked); True when it is shown."""
        if not self.is_attached or self.locker.locked:
            return False
        self.stack.setCurrentWidget(page)
        return True

    def add_client_tab(self, widget: QWidget, title: str, *, section: str = "") -> None:
        self.workspace.add_tab(widget, title, section=section)

    def add_target_handler(self, place: str, handler: Callable[[Target], bool]) -> None:
        self._target_handlers[place] = handler

    def open_target(self, target: Target) -> bool:
        """Open where to act on a due item: the client's tab, or what a feature handles."""
        from ipsdesk.core.domain.due import PLACE_CLIENT

        if target.place == PLACE_CLIENT:
            if not self.open_client(target.id):
                return False
            self.workspace.show_section(target.section)
            return True
        handler = self._target_handlers.get(target.place)
        return handler(target) if handler is not None else False

    def current_client_id(self) -> int | None:
        if not self.is_attached:
            return None
        current = self.stack.currentWidget()
        if current is self.workspace:
            return self.workspace.client_id
        if current is self.caseload:
            return self.caseload.selected_client()
        return None

    def is_locked(self) -> bool:
        return self.is_attached and self.locker.locked

    def show_message(self, text: str, ms: int = 8000) -> None:
        self.statusBar().showMessage(text, ms)

    def set_idle_lock(self, minutes: int) -> None:
        self.idle.set_minutes(minutes)

    # -- navigation --------------------------------------------------------------------
    def show_caseload(self) -> None:
        self.caseload.refresh()
        self.stack.setCurrentWidget(self.caseload)
        self.caseload.view.setFocus()

    def search(self) -> None:
        self.show_caseload()
        self.caseload.focus_search()

    def open_client(self, client_id: int) -> bool:
        """Show the client's workspace; False when the client is not in the store (the
        caseload stays, with a message)."""
        from PySide6.QtCore import Qt

        self.workspace.open(client_id)
        if self.workspace.client_id is None:  # gone: _client_gone has told the user
            return False
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.tabs.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def _client_gone(self, text: str) -> None:
        """The workspace's client vanished (a restore, an erase): back to the caseload."""
        if self.stack.currentWidget() is self.workspace:
            self.show_caseload()
        self.show_message(text, 15_000)

    def new_client(self) -> int | None:
        from ipsdesk.core.domain import records as specs
        from ipsdesk.core.services import clients
        from ipsdesk.ui.kit.forms import FormWidget, RecordDialog
        from ipsdesk.ui.kit.i18n import ui_language

        form = FormWidget(specs.BASICS)
        form.set_values(
            {
                "document_language": ui_language(),  # a Swedish UI's clients get Swedish papers
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

    def _data_changed(self, what: str) -> None:
        if what == "*":  # e.g. a restored backup: the store's owner may differ
            self.refresh_who()

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
        from ipsdesk.core.storage.backup import AutoBackup

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
        from ipsdesk.ui.kit import runner

        runner.wait_all()  # an export or import running now is not cut off
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
