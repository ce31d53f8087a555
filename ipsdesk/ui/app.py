"""Start the GUI: application object, translations, the main window, opening the store.

The window is shown first, with the unlock page (or "opening…"), and the store is
opened into it (see ``ui/main_window.py``): a specialist sees the app at once and
types the passphrase while the storage stack is still being imported.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ipsdesk import APP_NAME, __version__
from ipsdesk.core import preferences
from ipsdesk.core.paths import DataPaths, data_paths
from ipsdesk.core.storage.errors import StoreError
from ipsdesk.core.storage.lock import StoreLock
from ipsdesk.ui.kit import dialogs, style
from ipsdesk.ui.kit.i18n import DEFAULT_LANGUAGE, install_translators, tr_msg
from ipsdesk.ui.main_window import MainWindow
from ipsdesk.ui.start.preload import Preloader

if TYPE_CHECKING:
    from ipsdesk.core.storage.store import Store


def make_app(lang: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    install_translators(app, lang)
    style.install_focus_style(app)  # a visible focus on every button and text view
    style.follow_system_scheme(app)  # light or dark colours, as the system's scheme
    return app


def create_store_interactively(paths: DataPaths, parent: QWidget | None = None) -> Store | None:
    """First start: who you are and a passphrase, then the recovery key. None if cancelled."""
    from ipsdesk.ui.start.setup import RecoveryKeyDialog, SetupDialog

    setup = SetupDialog(paths, parent)
    if dialogs.exec_dialog(setup) != QDialog.DialogCode.Accepted or setup.store is None:
        return None
    dialogs.exec_dialog(
        RecoveryKeyDialog(
            setup.recovery_key, setup.name.text(), setup.team.text(), str(paths.root), parent
        )
    )
    return setup.store


def tell_refusal(text: str, quit_when_ready: bool, parent: QWidget | None = None) -> None:
    """Why the app cannot go on: in a dialog, or (``--quit-when-ready``: scripts and
    smoke tests, nobody to click) on standard error."""
    if quit_when_ready:
        print(f"ipsdesk: {text}", file=sys.stderr)
    else:
        dialogs.error(parent, "ipsdesk", text)


def _guard_store(paths: DataPaths, quit_when_ready: bool = False) -> StoreLock | int:
    """Lock the real store for this process (a second instance is refused) and start the
    crash log (the app log follows once the window is up). Returns the exit code, after
    telling the user, when refused (another ipsdesk, a file named as the folder…)."""
    from ipsdesk.core import crash
    from ipsdesk.core.storage.lifecycle import check_folder
    from ipsdesk.core.storage.lock import acquire_lock

    try:
        check_folder(paths)
        lock = acquire_lock(paths)
    except StoreError as exc:
        tell_refusal(exc.text(tr_msg), quit_when_ready)
        return int(exc.exit_code)
    paths.ensure()
    crash.install_excepthook(paths)
    return lock


def ask_new_passphrase(window: MainWindow, store: Store) -> bool:
    """After unlocking with the recovery key: set a new passphrase now (the recovery
    sheet says the app asks). The recovery key is the current secret; it keeps working."""
    from ipsdesk.ui.safety.actions import NewPassphraseDialog

    dlg = NewPassphraseDialog(store, window)
    return dialogs.exec_dialog(dlg) == QDialog.DialogCode.Accepted


class CrashNotifier(QObject):
    """Tells the user about an exception that reached the event loop (a bug): once with
    a message, later ones in the status bar. The crash report has been written by then
    (``core/crash``); the app keeps running, as Qt does after a slot raised."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        from ipsdesk.core import crash

        self.window = window
        self.told = 0
        notify = self.notify
        crash.set_notify(notify)
        self.destroyed.connect(lambda *_: crash.unset_notify(notify))

    def notify(self, report: Path | None) -> None:
        translate = QCoreApplication.translate
        self.told += 1
        where = str(report.parent) if report is not None else ""
        if self.told > 1:
            self.window.statusBar().showMessage(
                translate("Startup", "Another fault; a report was written to %1.").replace(
                    "%1", where
                ),
                15_000,
            )
            return
        if self.window.demo:  # the demo's folder, the report in it, goes when it closes
            text = translate(
                "Startup",
                "Something went wrong in the ipsdesk demo. The demo keeps running; if "
                "something looks wrong, close it and start it again. A report without "
                "client data was written to %1. That folder is the demo's: it is deleted, "
                "with the report, when you close ipsdesk, so copy the report first if IT "
                "support wants it.",
            )
        else:
            text = translate(
                "Startup",
                "Something went wrong in ipsdesk. What you had saved is in the store, and "
                "ipsdesk keeps running; if something looks wrong, close it and start it "
                "again. A report without client data was written to %1; IT support may "
                "ask for it.",
            )
        dialogs.error(
            self.window, translate("Startup", "Something went wrong"), text.replace("%1", where)
        )


def tell_about_crashes(window: MainWindow, paths: DataPaths) -> None:
    from ipsdesk.core import crash

    reports = crash.pending_crash_reports(paths)
    if not reports:
        return
    dialogs.inform(
        window,
        QCoreApplication.translate("MainWindow", "ipsdesk closed unexpectedly"),
        QCoreApplication.translate(
            "MainWindow",
            "ipsdesk closed unexpectedly last time. Everything you had saved is in the store. "
            "A crash report without client data was written to %1; IT support may ask for it.",
        ).replace("%1", str(paths.logs)),
    )
    crash.acknowledge(paths, reports)


class Startup(QObject):
    """Brings the shown main window to an open store, the way the arguments say:
    the demo store, a passphrase file, the unlock page, or a first start."""

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        args: argparse.Namespace,
        paths: DataPaths,
        lock: StoreLock | None,
        language: str = DEFAULT_LANGUAGE,
    ):
        super().__init__(window)
        self.app, self.window, self.args, self.paths, self.lock = app, window, args, paths, lock
        self.language = language  # of the translators installed now
        self.store: Store | None = None
        self.demo_dir: Path | None = None
        self.preload = Preloader()
        self.exit_code = 0

    def begin(self) -> None:
        """Put up the first page; what follows runs from the event loop."""
        translate = QCoreApplication.translate
        if self.lock is not None:
            from ipsdesk.core import crash

            QTimer.singleShot(0, lambda: crash.setup_logging(self.paths))
        if self.window.demo:
            self.window.show_busy(translate("Startup", "Building the demo store…"))
            QTimer.singleShot(0, self._open_demo)
        elif not self.paths.store_exists():
            QTimer.singleShot(0, self._create)
        elif self.args.passphrase_file:
            self.window.show_busy(translate("Startup", "Opening the store…"))
            QTimer.singleShot(0, self._open_with_file)
        else:
            from ipsdesk.ui.start.unlock import UnlockPage

            page = UnlockPage(self.paths, self.preload, lock=self.lock)
            page.opened.connect(self._attach)
            page.failed.connect(self._fail)
            self.window.show_start_page(page)
            page.passphrase.setFocus()
            if self.args.quit_when_ready:  # timing and smoke runs end at the unlock page
                QTimer.singleShot(0, self.app.quit)
            else:
                QTimer.singleShot(0, self.preload.start)

    def _paint_busy_page(self) -> None:
        """Let the "opening…" page be drawn before the work that blocks the loop."""
        self.app.processEvents()

    def _open_demo(self) -> None:
        from ipsdesk.core import demo

        self._paint_busy_page()
        self.demo_dir = Path(tempfile.mkdtemp(prefix="ipsdesk-demo-"))
        from ipsdesk.core import crash

        crash.install_excepthook(data_paths(self.demo_dir))  # faults are reported here too
        try:
            store = demo.build(data_paths(self.demo_dir))
        except Exception as exc:  # noqa: BLE001 - told, logged, and the app stops
            self._fail(exc)
            return
        self._attach(store)

    def _open_with_file(self) -> None:
        from ipsdesk.core.storage import lifecycle

        self._paint_busy_page()
        try:
            secret = lifecycle.read_secret_file(self.args.passphrase_file)
            store = lifecycle.open_store(self.paths, secret, lock=self.lock)
        except Exception as exc:  # noqa: BLE001 - told, logged, and the app stops
            self._fail(exc)
            return
        self._attach(store)

    def _create(self) -> None:
        store = create_store_interactively(self.paths, self.window)
        if store is None:
            self.exit_code = 1
            self.app.quit()
            return
        self._attach(store)

    def _fail(self, exc: Exception) -> None:
        """The store cannot be worked on: say why (never a traceback) and stop with the
        error's exit code. With ``--quit-when-ready`` (scripts, smoke tests: nobody to
        click) the message is shown on the window and on standard error, not in a dialog
        that would wait forever."""
        from ipsdesk.core.errors import UserError, exit_code_of
        from ipsdesk.ui.kit.errors import explain_store_error

        log = logging.getLogger("ipsdesk")
        if not isinstance(exc, UserError):  # a bug or an OS error: log it
            # (the log's formatter keeps exception types and code lines, never messages)
            log.error("start failed", exc_info=exc)
        else:
            log.warning("start.refused type=%s code=%s", type(exc).__name__, exc.exit_code)
        text = explain_store_error(self.window, exc)
        self.exit_code = int(exit_code_of(exc))
        if self.args.quit_when_ready:
            self.window.show_busy(text)
        tell_refusal(text, self.args.quit_when_ready, self.window)
        self.app.quit()

    def _attach(self, store: Store) -> None:
        from ipsdesk.ui.kit.ops import Ops

        if self.store is not None:  # opened already (a second Enter): keep the first
            store.close()
            return
        self.store = store
        if store.lock is None:  # the unlock page and open_store were given the app's lock
            store.lock = self.lock
        try:
            if not self.args.lang and not self.window.demo:  # the demo store chose none
                self._follow_store_language(store)
            self.window.attach(Ops(store))
        except Exception as exc:  # noqa: BLE001 - a half-built window must not be used
            self.window.setEnabled(False)
            self._fail(exc)
            return
        if self.args.quit_when_ready:
            QTimer.singleShot(0, self.app.quit)
            return
        if not self.window.demo:
            QTimer.singleShot(0, lambda: tell_about_crashes(self.window, self.paths))
        if store.opened_with_recovery_key:
            QTimer.singleShot(0, lambda: ask_new_passphrase(self.window, store))

    def _follow_store_language(self, store: Store) -> None:
        """The language chosen in Settings is kept in the store and mirrored beside it
        (``core/preferences``) so that the unlock page can use it; a store from before
        the mirror, or one moved from another laptop, sets it here."""
        from ipsdesk.core import settings

        with store.session() as session:
            lang = settings.get(session, settings.UI_LANGUAGE)
        if lang != self.language:
            install_translators(self.app, lang)
            self.language = lang
            self.window.retranslate()
        # Only the next unlock page's language needs it (an unknown one is not mirrored).
        with contextlib.suppress(OSError, ValueError):
            preferences.set_language(self.paths, lang)

    def finish(self) -> None:
        self.preload.wait(ui=False)  # never end the process in the middle of an import
        self.window.finish()
        self.window.close()
        if self.store is not None:
            self.store.close()
        elif self.lock is not None:
            self.lock.release()
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)


def quit_on_termination(app: QApplication) -> None:
    """SIGTERM (logout, shutdown, ``kill``) and SIGINT end the app as Quit does: the
    close-time backup is made and the store closed, instead of dying mid-way."""
    import signal

    for sig in (signal.SIGTERM, signal.SIGINT):  # quit from the event loop, not mid-code
        signal.signal(sig, lambda *_: QTimer.singleShot(0, app.quit))
    # Python runs signal handlers between bytecodes only; while Qt waits for events no
    # bytecode runs, so a timer wakes the interpreter twice a second.
    wake = QTimer(app)
    wake.setObjectName("signal_wake")
    wake.timeout.connect(lambda: None)
    wake.start(500)


def run_gui(args: argparse.Namespace) -> int:
    paths = data_paths(args.data_dir)
    lang = args.lang or preferences.language(paths) or DEFAULT_LANGUAGE
    app = make_app(lang)
    demo = args.demo or (args.demo_if_new and not paths.store_exists())
    lock = None
    if not demo:
        guarded = _guard_store(paths, args.quit_when_ready)
        if isinstance(guarded, int):
            return guarded
        lock = guarded
    window = MainWindow(demo=demo)
    CrashNotifier(window)
    window.show()
    quit_on_termination(app)
    startup = Startup(app, window, args, paths, lock, lang)
    startup.begin()
    try:
        code = app.exec()
    finally:
        from ipsdesk.core import crash

        crash.set_notify(None)
        startup.finish()
        window.deleteLater()
    return startup.exit_code or code
