"""Starting the GUI: second instance refused, crash noticed, backup at close, first start."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from ipsdesk.cli import build_parser
from ipsdesk.core import crash
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.services import clients
from ipsdesk.core.storage.backup import list_backups
from ipsdesk.core.storage.lock import acquire_lock
from ipsdesk.core.storage.store import Store
from ipsdesk.ui import app as gui
from ipsdesk.ui import dialogs
from ipsdesk.ui.main_window import MainWindow
from tests.gui.conftest import DialogDriver


def args_for(paths: DataPaths, *extra: str) -> argparse.Namespace:
    return build_parser().parse_args(["--data-dir", str(paths.root), "--quit-when-ready", *extra])


def test_second_instance_is_refused_and_store_untouched(
    qapp, store: Store, paths: DataPaths, passphrase_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    store.close()
    before = paths.store.read_bytes()
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda _p, _t, text: errors.append(text))
    held = acquire_lock(paths)  # the first instance
    try:
        assert (
            gui.run_gui(args_for(paths, "--lang", "en", "--passphrase-file", str(passphrase_file)))
            == 1
        )
    finally:
        held.release()
    assert errors and "already running" in errors[0]
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
    from ipsdesk.ui.ops import Ops

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
    from ipsdesk.ui.start import RecoveryKeyDialog, SetupDialog

    paths = data_paths(tmp_path / "new")
    shown: dict[str, str] = {}

    def exec_dialog(dlg: QDialog) -> int:
        if isinstance(dlg, SetupDialog):
            dlg.name.setText("Keksitty Valmentaja")
            dlg.passphrase.setText("lyhyt")
            dlg.repeat.setText("lyhyt")
            dlg.create()
            shown["weak"] = dlg.error.text()
            dlg.passphrase.setText("Pitkä ja hyvä lause")
            dlg.repeat.setText("Pitkä ja hyvä lause")
            dlg.create()
            return dlg.result()
        assert isinstance(dlg, RecoveryKeyDialog)
        shown["key"] = dlg.key
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "exec_dialog", exec_dialog)
    store, demo_dir = gui.open_store_interactively(
        build_parser().parse_args(["--data-dir", str(paths.root)])
    )
    assert store is not None and demo_dir is None
    store.close()
    assert "8" in shown["weak"] and not paths.store.with_name("x").exists()
    Store.open(paths, shown["key"]).close()  # the recovery key unlocks it
    Store.open(paths, "Pitkä ja hyvä lause").close()
