"""Starting the GUI: second instance refused, crash noticed, backup at close, first start."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from ipsdesk.cli import build_parser
from ipsdesk.core import crash
from ipsdesk.core.errors import ExitCode
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.services import clients
from ipsdesk.core.storage.backup import list_backups
from ipsdesk.core.storage.lock import acquire_lock
from ipsdesk.core.storage.store import Store
from ipsdesk.ui import app as gui
from ipsdesk.ui.kit import dialogs
from ipsdesk.ui.main_window import MainWindow
from tests.gui.conftest import DialogDriver


def args_for(paths: DataPaths, *extra: str) -> argparse.Namespace:
    return build_parser().parse_args(["--data-dir", str(paths.root), "--quit-when-ready", *extra])


def test_second_instance_is_refused_and_store_untouched(
    qapp,
    store: Store,
    paths: DataPaths,
    passphrase_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # type: ignore[no-untyped-def]
    store.close()
    before = paths.store.read_bytes()
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda _p, _t, text: errors.append(text))
    held = acquire_lock(paths)  # the first instance
    try:
        args = ["--lang", "en", "--passphrase-file", str(passphrase_file)]
        # With --quit-when-ready nobody is there to click: told on stderr, its exit code.
        assert gui.run_gui(args_for(paths, *args)) == ExitCode.STORE
        assert errors == [] and "already running" in capsys.readouterr().err
        plain = build_parser().parse_args(["--data-dir", str(paths.root), *args])
        assert gui.run_gui(plain) == ExitCode.STORE
    finally:
        held.release()
    assert len(errors) == 1 and "already running" in errors[0]
    assert paths.store.read_bytes() == before


def test_previous_crash_is_told_once(
    window: MainWindow, paths: DataPaths, driver: DialogDriver
) -> None:
    secret = "Keksitty" + " Asiakas"  # built at run time: not in the report's code lines
    try:
        raise ValueError(secret)  # a message that must never reach the report
    except ValueError as exc:
        crash.write_crash_report(paths, ValueError, exc, exc.__traceback__)
    gui.tell_about_crashes(window, paths)
    gui.tell_about_crashes(window, paths)  # the next start says nothing more
    assert driver.seen == ["ipsdesk closed unexpectedly"]
    assert crash.pending_crash_reports(paths) == []
    report = next(paths.logs.glob("crash-*"))
    assert secret not in report.read_text()


def test_real_start_to_main_window_in_a_process(
    store: Store, paths: DataPaths, passphrase_file: Path
) -> None:
    import os
    import subprocess
    import sys

    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cmd = [
        sys.executable,
        "-m",
        "ipsdesk",
        "--data-dir",
        str(paths.root),
        "--passphrase-file",
        str(passphrase_file),
        "--quit-when-ready",
    ]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr


def test_backup_at_close_only_when_data_changed(
    qtbot, store: Store, paths: DataPaths, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    from ipsdesk.ui.kit.ops import Ops

    quiet = MainWindow(Ops(store))
    qtbot.addWidget(quiet)
    quiet.finish()
    assert list_backups(paths) == []
    busy = MainWindow(Ops(store))
    qtbot.addWidget(busy)
    busy.ops.write("caseload", clients.create_client, {"full_name": "Varmuus Keksitty"})
    busy.finish()
    backups = list_backups(paths)
    assert len(backups) == 1
    restored = Store.open_with_key(paths, store.data_key)  # the store itself still opens
    restored.close()


def test_first_start_creates_store_and_shows_recovery_key(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from ipsdesk.core.paths import data_paths
    from ipsdesk.ui.start.setup import RecoveryKeyDialog, SetupDialog

    paths = data_paths(tmp_path / "new")
    shown: dict[str, str] = {}

    def exec_dialog(dlg: QDialog) -> int:
        if isinstance(dlg, SetupDialog):
            dlg.name.setText("Keksitty Valmentaja")
            dlg.passphrase.setText("lyhyt")
            dlg.repeat.setText("lyhyt")
            dlg.create_store()
            shown["weak"] = dlg.error.text()
            dlg.passphrase.setText("Pitkä ja hyvä lause")
            dlg.repeat.setText("Pitkä ja hyvä lause")
            dlg.create_store()
            return dlg.result()
        assert isinstance(dlg, RecoveryKeyDialog)
        shown["key"] = dlg.key
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "exec_dialog", exec_dialog)
    store = gui.create_store_interactively(paths)
    assert store is not None
    store.close()
    assert "8" in shown["weak"] and not paths.store.with_name("x").exists()
    Store.open(paths, shown["key"]).close()  # the recovery key unlocks it
    Store.open(paths, "Pitkä ja hyvä lause").close()


# -- the window comes first: unlock page, then the work ---------------------------------


def start_window(qtbot, paths: DataPaths, *extra: str):  # type: ignore[no-untyped-def]
    """The window and its start-up, as ``run_gui`` makes them (without the event loop)."""
    from PySide6.QtWidgets import QApplication

    args = build_parser().parse_args(["--data-dir", str(paths.root), *extra])
    app = QApplication.instance()
    window = MainWindow(demo=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    startup = gui.Startup(app, window, args, paths, None, "en")  # the tests' language
    startup.begin()
    return window, startup


def test_unlock_page_is_in_the_window_and_opens_the_store(
    qtbot, store: Store, paths: DataPaths, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ipsdesk.ui.start import preload
    from ipsdesk.ui.start.unlock import UnlockPage
    from tests.conftest import PASSPHRASE
    from tests.gui.conftest import type_text

    store.close()
    window, startup = start_window(qtbot, paths, "--lang", "en")
    try:
        page = window.stack.currentWidget()
        assert isinstance(page, UnlockPage)
        assert not window.is_attached
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        assert page.passphrase.hasFocus()  # typing goes straight into the passphrase
        assert page.passphrase.accessibleName() == "Passphrase or recovery key"  # no label
        # Before the store is open only Quit and About work.
        assert not window.act_new.isEnabled() and not window.act_lock.isEnabled()
        assert window.act_quit.isEnabled()
        # While the page waits for typing, the storage stack (on a thread) and then the
        # UI modules (on the main thread, one per turn of the event loop) are imported.
        qtbot.waitUntil(lambda: startup.preload.finished, timeout=30_000)
        assert startup.preload.done == [*preload.MODULES, *preload.UI_MODULES]

        page.passphrase.setFocus()
        type_text(qtbot, page.passphrase, "väärä salasana")
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        assert "Wrong passphrase" in page.error.text()
        assert not window.is_attached and page.passphrase.hasFocus()

        page.passphrase.clear()
        type_text(qtbot, page.passphrase, PASSPHRASE)
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        assert window.is_attached
        assert window.stack.currentWidget() is window.caseload
        assert window.act_new.isEnabled() and window.act_lock.isEnabled()
        assert window.findChild(UnlockPage) is None or not window.findChild(UnlockPage).isVisible()
        assert startup.store is not None and startup.store.verify_secret(PASSPHRASE)
        assert driver.seen == []
    finally:
        startup.finish()


def test_a_damaged_store_is_explained_and_the_app_stops(
    qtbot, store: Store, paths: DataPaths, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from tests.conftest import PASSPHRASE
    from tests.gui.conftest import type_text

    store.close()
    data = bytearray(paths.store.read_bytes())
    data[5000:5100] = bytes(100)  # a run of zeros in the middle of a page
    paths.store.write_bytes(bytes(data))
    window, startup = start_window(qtbot, paths, "--lang", "en")
    try:
        page = window.stack.currentWidget()
        type_text(qtbot, page.passphrase, PASSPHRASE)
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        assert startup.exit_code == ExitCode.DAMAGED and not window.is_attached
        assert driver.seen and "damaged" in driver.seen[0]
        assert paths.store.read_bytes() == bytes(data)  # not touched
    finally:
        startup.finish()


def test_passphrase_file_opens_straight_to_the_caseload(
    qtbot, store: Store, paths: DataPaths, passphrase_file: Path, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    store.close()
    window, startup = start_window(
        qtbot, paths, "--lang", "en", "--passphrase-file", str(passphrase_file)
    )
    try:
        assert window.stack.currentWidget().objectName() == "busy_page"
        qtbot.waitUntil(lambda: window.is_attached, timeout=30_000)
        assert window.stack.currentWidget() is window.caseload
    finally:
        startup.finish()


def test_the_store_language_is_followed_and_remembered_for_the_unlock_page(
    qtbot, qapp, store: Store, paths: DataPaths, passphrase_file: Path, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    from ipsdesk.core import preferences, settings

    with store.session() as session:
        settings.put(session, settings.UI_LANGUAGE, "sv")
        session.commit()
    store.close()
    assert preferences.language(paths) is None  # a store from before the mirror
    window, startup = start_window(qtbot, paths, "--passphrase-file", str(passphrase_file))
    try:
        assert window.file_menu.title() == "&File"  # started in the test's English
        qtbot.waitUntil(lambda: window.is_attached, timeout=30_000)
        assert window.file_menu.title() == "&Arkiv"
        assert preferences.language(paths) == "sv"  # the next start's unlock page
    finally:
        startup.finish()


def test_sigterm_ends_the_app_like_quit(
    store: Store, paths: DataPaths, passphrase_file: Path
) -> None:
    """A logout or shutdown (SIGTERM) ends the app through Quit's path (close-time
    backup, store closed): exit 0 and the lock given back, not death by the signal."""
    import os
    import signal
    import subprocess
    import sys
    import time

    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "ipsdesk", "--data-dir", str(paths.root), "--lang", "en",
           "--passphrase-file", str(passphrase_file)]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not (paths.logs / "ipsdesk.log").exists():  # the log starts once the window is up
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.1)
        time.sleep(1.0)  # opening the store
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert b"Traceback" not in err
    acquire_lock(paths).release()  # the lock was given back


def test_an_unreadable_passphrase_file_is_told_and_the_app_stops(
    qtbot, store: Store, paths: DataPaths, tmp_path: Path, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    store.close()
    window, startup = start_window(
        qtbot, paths, "--lang", "en", "--passphrase-file", str(tmp_path / "missing.txt")
    )
    try:
        qtbot.waitUntil(lambda: startup.exit_code != 0, timeout=30_000)
        assert startup.exit_code == ExitCode.USAGE and not window.is_attached
        assert driver.seen and "missing.txt cannot be read" in driver.seen[0]
    finally:
        startup.finish()


def test_an_unexpected_error_while_unlocking_is_told_and_the_app_stops(
    qtbot, store: Store, paths: DataPaths, driver: DialogDriver, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import errno

    from tests.conftest import PASSPHRASE

    def broken_disk(*_a: object, **_k: object) -> Store:
        raise OSError(errno.EIO, "Input/output error")

    store.close()
    monkeypatch.setattr(Store, "open", broken_disk)
    window, startup = start_window(qtbot, paths, "--lang", "en")
    try:
        page = window.stack.currentWidget()
        page.passphrase.setText(PASSPHRASE)
        page.try_unlock()
        assert startup.exit_code == 1 and not window.is_attached
        assert driver.seen == [
            "ipsdesk could not start with this store (OSError). A log without client data "
            "was written; IT support may ask for it."
        ]
        assert page.error.text() == ""  # not left saying "Opening…"
    finally:
        startup.finish()


def test_a_failure_while_building_the_work_closes_the_store_and_stops(
    qtbot,
    store: Store,
    paths: DataPaths,
    passphrase_file: Path,
    driver: DialogDriver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    from ipsdesk.ui import features

    def broken_feature(_window: object) -> None:
        raise RuntimeError("a feature failed")

    store.close()
    monkeypatch.setattr(features, "install_all", broken_feature)
    window, startup = start_window(
        qtbot, paths, "--lang", "en", "--passphrase-file", str(passphrase_file)
    )
    try:
        qtbot.waitUntil(lambda: startup.exit_code != 0, timeout=30_000)
        assert startup.exit_code == 1
        assert not window.isEnabled()  # the half-built window cannot be used
        assert driver.seen and "(RuntimeError)" in driver.seen[0]
    finally:
        startup.finish()
    Store.open(paths, "Testi-salasana 1").close()  # closed properly: it opens again


def test_store_errors_with_their_own_message_are_explained_in_the_ui_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from ipsdesk.core.storage.lock import DiskFull
    from ipsdesk.ui.kit.errors import explain_store_error
    from ipsdesk.ui.kit.i18n import install_translators, tr_msg

    install_translators(qapp, "fi")
    text = explain_store_error(None, DiskFull("ENOSPC"))
    assert text == tr_msg(DiskFull.message) and text != "ENOSPC"
    assert text != DiskFull.message.text  # Finnish, not the English source


def test_first_start_takes_no_more_of_a_name_than_the_store_keeps(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The name and team are never cut short when saved: the fields stop at 200."""
    from ipsdesk.core.paths import data_paths
    from ipsdesk.ui.start.setup import SetupDialog

    dlg = SetupDialog(data_paths(tmp_path / "new"))
    qtbot.addWidget(dlg)
    for field in (dlg.name, dlg.team):
        field.setFocus()
        qtbot.keyClicks(field, "x" * 205)
        assert field.text() == "x" * 200
