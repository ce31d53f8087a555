"""Issue 11, in the app: a refusal under --quit-when-ready ends the process with its
code, the recovery key leads to a new passphrase, a view whose row vanished copes, and
a fault that reaches the event loop is reported and told once (demo store too)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton

from ipsdesk.core import crash
from ipsdesk.core.errors import ExitCode
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.services import employers
from ipsdesk.core.storage.backup import make_backup
from ipsdesk.core.storage.store import Store
from ipsdesk.ui import app as gui
from ipsdesk.ui.employers import register
from ipsdesk.ui.main_window import MainWindow
from ipsdesk.ui.safety.actions import BackupsDialog, NewPassphraseDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import DialogDriver, type_text
from tests.gui.test_app_start import start_window
from tests.gui.test_safety_view import action


def _gui(paths: DataPaths, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "ipsdesk", "--data-dir", str(paths.root), "--lang", "en",
           "--quit-when-ready", *args]  # fmt: skip
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=90)


def test_quit_when_ready_ends_with_the_refusals_code_after_telling_it(
    store: Store, paths: DataPaths, tmp_path: Path
) -> None:
    store.close()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("väärä salalause\n", encoding="utf-8")
    out = _gui(paths, "--passphrase-file", str(wrong))  # a dialog would wait forever
    assert out.returncode == ExitCode.STORE
    assert "ipsdesk: Wrong passphrase or recovery key. Nothing was changed." in out.stderr
    assert "Traceback" not in out.stderr
    log = (paths.logs / "ipsdesk.log").read_text(encoding="utf-8")
    assert "start.refused type=WrongPassphrase code=3" in log
    data = bytearray(paths.store.read_bytes())
    data[5000:5100] = bytes(100)
    paths.store.write_bytes(bytes(data))
    right = tmp_path / "right.txt"
    right.write_text(PASSPHRASE + "\n", encoding="utf-8")
    out = _gui(paths, "--passphrase-file", str(right))
    assert out.returncode == ExitCode.DAMAGED
    assert "The store is damaged and cannot be opened" in out.stderr
    assert paths.store.read_bytes() == bytes(data)


def test_quit_when_ready_shows_the_refusal_on_the_window_not_in_a_dialog(
    qtbot, store: Store, paths: DataPaths, tmp_path: Path, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    store.close()
    binary = tmp_path / "pass.bin"
    binary.write_bytes(b"\xff\x00\xfe")
    window, startup = start_window(
        qtbot, paths, "--lang", "en", "--quit-when-ready", "--passphrase-file", str(binary)
    )
    try:
        qtbot.waitUntil(lambda: startup.exit_code != 0, timeout=30_000)
        assert startup.exit_code == ExitCode.USAGE and not window.is_attached
        assert driver.seen == []  # nobody is there to click
        assert "does not hold text (UTF-8)" in window.stack.currentWidget().text()
    finally:
        startup.finish()


def test_unlocking_with_the_recovery_key_asks_for_a_new_passphrase(
    qtbot, tmp_path: Path, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    paths = DataPaths(tmp_path / "data")
    store, recovery = Store.create(paths, PASSPHRASE, name="Testi Valmentaja")
    store.close()
    new = "uusi pitkä salalause"

    def set_new(dlg: QDialog) -> None:
        assert isinstance(dlg, NewPassphraseDialog)
        assert dlg.windowTitle() == "Set a new passphrase"
        assert not dlg.current.isVisible()  # the recovery key was the current secret
        assert dlg.new.hasFocus()
        type_text(qtbot, dlg.new, new)
        qtbot.keyClick(dlg.new, Qt.Key.Key_Tab)
        type_text(qtbot, dlg.findChild(QLineEdit, "repeat_passphrase"), new)
        qtbot.keyClick(dlg.findChild(QLineEdit, "repeat_passphrase"), Qt.Key.Key_Return)
        assert dlg.result() == QDialog.DialogCode.Accepted

    window, startup = start_window(qtbot, paths, "--lang", "en")
    try:
        page = window.stack.currentWidget()
        driver.expect(set_new)
        type_text(qtbot, page.passphrase, recovery)
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        assert window.is_attached
        qtbot.waitUntil(lambda: "Set a new passphrase" in driver.seen, timeout=10_000)
        assert startup.store is not None
        assert startup.store.verify_secret(new) and not startup.store.verify_secret(PASSPHRASE)
        assert startup.store.verify_secret(recovery)  # the recovery key keeps working
    finally:
        startup.finish()


def test_an_employer_that_vanishes_in_a_restore_clears_the_detail_pane(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    make_backup(store, reason="manual")  # before the employer existed
    with store.session() as s:
        employer_id = employers.create_employer(s, {"name": "Kadonnut Konepaja Oy"})
    page = window.findChild(register.EmployersPage)
    assert page is not None
    action(window, "act_employers").trigger()
    page.select_employer(employer_id)
    assert page.employer_id == employer_id and page.right.isEnabled()

    def restore(dlg: QDialog) -> None:
        assert isinstance(dlg, BackupsDialog)
        dlg.view.selectRow(0)
        qtbot.mouseClick(dlg.findChild(QPushButton, "restore_selected"), Qt.MouseButton.LeftButton)

    driver.expect(restore)
    driver.answers.append(True)
    action(window, "act_backups").trigger()  # a NotFound here fails the test (pytest-qt)
    assert "Backup restored" in driver.seen
    assert page.employer_id is None and page.history is None
    assert not page.right.isEnabled()
    assert page.detail_box.title() == "Employer"
    assert page.form.values()["name"] == ""
    assert page.model.rows == []


@pytest.fixture
def crash_hook(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The process-wide hooks are put back after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    crash.set_notify(None)


@pytest.mark.qt_no_exception_capture
def test_a_fault_in_the_event_loop_is_reported_and_told_once(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver, crash_hook
) -> None:  # type: ignore[no-untyped-def]
    sys.excepthook = sys.__excepthook__  # what a real start has underneath ours
    crash.install_excepthook(store.paths)
    gui.CrashNotifier(window)

    secret = "Aino " + "Esimerkki"  # as if the bug's message quoted client data

    def bug() -> None:
        raise KeyError(secret)

    for _ in range(2):
        QTimer.singleShot(0, bug)
        qtbot.wait(50)
    reports = crash.pending_crash_reports(store.paths)
    assert len(reports) == 2
    assert "Exception: builtins.KeyError" in reports[0].read_text(encoding="utf-8")
    assert "Aino Esimerkki" not in reports[0].read_text(encoding="utf-8")  # no messages
    assert len(driver.seen) == 1  # told once…
    assert "Something went wrong in ipsdesk" in driver.seen[0]
    assert str(store.paths.logs) in driver.seen[0]
    assert "Another fault" in window.statusBar().currentMessage()  # …then in the status bar
    assert window.isVisible()  # and the app keeps running
    with store.session() as s:
        employers.create_employer(s, {"name": "Toimiva Oy"})


@pytest.mark.qt_no_exception_capture
def test_a_fault_with_the_demo_store_is_reported_too(
    qtbot, tmp_path: Path, driver: DialogDriver, crash_hook
) -> None:  # type: ignore[no-untyped-def]
    from ipsdesk.cli import build_parser

    sys.excepthook = sys.__excepthook__
    paths = DataPaths(tmp_path / "unused")
    args = build_parser().parse_args(["--data-dir", str(paths.root), "--lang", "en", "--demo"])
    window = MainWindow(demo=True)
    qtbot.addWidget(window)
    gui.CrashNotifier(window)
    window.show()
    startup = gui.Startup(qtbot_app(), window, args, paths, None, "en")
    startup.begin()
    try:
        qtbot.waitUntil(lambda: window.is_attached, timeout=60_000)
        assert startup.demo_dir is not None
        QTimer.singleShot(0, lambda: 1 / 0)
        qtbot.wait(50)
        demo_paths = DataPaths(startup.demo_dir)
        reports = crash.pending_crash_reports(demo_paths)
        assert len(reports) == 1
        # Told where, and that the demo's folder (the report with it) goes on closing.
        assert (
            len(driver.seen) == 1 and "Something went wrong in the ipsdesk demo" in driver.seen[0]
        )
        assert str(reports[0].parent) in driver.seen[0]
        assert "is deleted, with the report, when you close ipsdesk" in driver.seen[0]
        assert "What you had saved is in the store" not in driver.seen[0]
    finally:
        startup.finish()
    assert not paths.root.exists()  # the real data folder was never used
    assert not reports[0].exists()  # as the message said


def qtbot_app():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def test_a_second_employer_with_the_same_y_tunnus_is_refused_beside_the_field(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        employers.create_employer(s, {"name": "Ensimmäinen Oy", "business_id": "0737546-2"})
        second = employers.create_employer(s, {"name": "Toinen Oy"})
    page = window.findChild(register.EmployersPage)
    assert page is not None
    action(window, "act_employers").trigger()
    page.select_employer(second)
    driver.type(page.form, "business_id", "0737546-2")
    qtbot.mouseClick(page.findChild(QPushButton, "save_employer"), Qt.MouseButton.LeftButton)
    label = page.form.errors["business_id"]
    assert label.isVisible()
    assert label.text() == (
        "Ensimmäinen Oy in the register already has this Y-tunnus; a Y-tunnus identifies "
        "one employer."
    )
    assert page.status.text() == "" and driver.seen == []
    with store.session() as s:
        assert employers.get_employer(s, second).business_id in (None, "")


def test_the_app_refuses_a_data_dir_that_names_a_file(
    qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    from ipsdesk.cli import build_parser

    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine\n")
    args = build_parser().parse_args(
        ["--data-dir", str(a_file), "--lang", "en", "--quit-when-ready"]
    )
    assert gui.run_gui(args) == ExitCode.USAGE
    assert f"{a_file} is a file, not a folder" in capsys.readouterr().err
    assert a_file.read_text() == "mine\n"


def test_moving_a_client_to_the_phase_they_are_in_is_refused_with_a_message(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from ipsdesk.core.services import clients

    with store.session() as s:
        cid = clients.create_client(s, {"full_name": "Testi Keksitty"})
    window.open_client(cid)
    seen: dict[str, object] = {}

    def same_phase(dlg: QDialog) -> None:
        driver.choose(dlg, "phase", "1")
        driver.save(dlg)
        seen["open"] = dlg.isVisible()  # kept open, the message beside the field
        seen["errors"] = [
            w.text() for w in dlg.findChildren(QLabel) if w.isVisible() and "already" in w.text()
        ]

    driver.expect(same_phase)
    qtbot.keyClick(window.workspace, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert seen == {
        "open": True,
        "errors": ["The client is already in phase 1; choose another phase."],
    }
    with store.session() as s:
        assert [step.to_phase for step in clients.get_client(s, cid, log=False).history] == [1]
