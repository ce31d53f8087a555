"""Start the GUI: application object, translations, opening the store, main window."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from ipsdesk import APP_NAME, __version__
from ipsdesk.core import settings
from ipsdesk.core.paths import DataPaths, data_paths
from ipsdesk.core.storage.lock import StoreLock
from ipsdesk.core.storage.store import Store, StoreError
from ipsdesk.ui import dialogs
from ipsdesk.ui.i18n import DEFAULT_LANGUAGE, install_translators, tr_msg
from ipsdesk.ui.main_window import MainWindow
from ipsdesk.ui.ops import Ops


def make_app(lang: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    install_translators(app, lang)
    return app


def open_store_interactively(args: argparse.Namespace) -> tuple[Store | None, Path | None]:
    """The store to work on, or None when the user cancelled or it cannot be opened.

    Returns the temporary folder too when it is a throwaway demo store.
    """
    paths = data_paths(args.data_dir)
    if args.demo or (args.demo_if_new and not paths.store_exists()):
        from ipsdesk.core import demo

        tmp = Path(tempfile.mkdtemp(prefix="ipsdesk-demo-"))
        return demo.build(data_paths(tmp)), tmp
    if paths.store_exists():
        if args.passphrase_file:
            from ipsdesk.commands.common import read_passphrase
            from ipsdesk.ui.start import explain_store_error

            try:
                return Store.open(paths, read_passphrase(args)), None
            except StoreError as exc:
                dialogs.error(None, "ipsdesk", explain_store_error(QDialog(), exc))
                return None, None
        from ipsdesk.ui.start import UnlockDialog

        unlock = UnlockDialog(paths)
        dialogs.exec_dialog(unlock)
        return unlock.store, None
    from ipsdesk.ui.start import RecoveryKeyDialog, SetupDialog

    setup = SetupDialog(paths)
    if dialogs.exec_dialog(setup) != QDialog.DialogCode.Accepted or setup.store is None:
        return None, None
    dialogs.exec_dialog(
        RecoveryKeyDialog(setup.recovery_key, setup.name.text(), setup.team.text(), str(paths.root))
    )
    return setup.store, None


def _guard_store(paths: DataPaths) -> StoreLock | None:
    """Lock the real store for this process (a second instance is refused), start the
    crash log and the app log. Returns None, after telling the user, when refused."""
    from ipsdesk.core import crash
    from ipsdesk.core.storage.lock import acquire_lock

    try:
        lock = acquire_lock(paths)
    except StoreError as exc:
        message = getattr(exc, "message", None)
        dialogs.error(None, "ipsdesk", tr_msg(message) if message else str(exc))
        return None
    paths.ensure()
    crash.install_excepthook(paths)
    crash.setup_logging(paths)
    return lock


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


def run_gui(args: argparse.Namespace) -> int:
    app = make_app(args.lang or DEFAULT_LANGUAGE)
    paths = data_paths(args.data_dir)
    demo = args.demo or (args.demo_if_new and not paths.store_exists())
    lock = None
    if not demo:
        lock = _guard_store(paths)
        if lock is None:
            return 1
    store, demo_dir = open_store_interactively(args)
    if store is None:
        if lock is not None:
            lock.release()
        return 1
    store.lock = lock
    if not args.lang:  # the language chosen in Settings, kept in the store
        with store.session() as session:
            install_translators(app, settings.get(session, settings.UI_LANGUAGE))
    ops = Ops(store)
    window = MainWindow(ops, demo=demo_dir is not None)
    window.show()
    if not demo and not args.quit_when_ready:  # a timing/smoke run must not wait on a dialog
        QTimer.singleShot(0, lambda: tell_about_crashes(window, paths))
    if args.quit_when_ready:
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        window.finish()
        window.close()
        window.deleteLater()
        store.close()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
