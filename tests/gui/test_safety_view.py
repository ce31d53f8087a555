"""File menu data safety: back up now, restore a backup in the app, check, passphrase."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton

from ipsdesk.core.paths import DataPaths
from ipsdesk.core.services import clients
from ipsdesk.core.storage.backup import list_backups, make_backup, validate_backup
from ipsdesk.core.storage.store import Store
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.main_window import MainWindow
from ipsdesk.ui.safety.actions import BackupsDialog, BackupsModel
from tests.conftest import PASSPHRASE
from tests.gui.conftest import DialogDriver, type_text, wait_for_background


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def names_in_caseload(window: MainWindow) -> set[str]:
    window.caseload.refresh()
    return {r.full_name for r in window.caseload.model.rows}


def add_client(store: Store, name: str) -> int:
    with store.session() as s:
        return clients.create_client(s, {"full_name": name, "agreement_date": date.today()})


def test_back_up_now_writes_an_encrypted_backup(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    add_client(store, "Varma Keksitty")
    action(window, "act_backup_now").trigger()
    wait_for_background(qtbot)  # the backup runs off the GUI thread
    made = list_backups(store.paths)
    assert [b.reason for b in made] == ["manual"]
    assert made[0].path.stat().st_size > 0
    assert validate_backup(made[0].path, store.data_key)  # opens with the store's key
    assert made[0].path.name in window.statusBar().currentMessage()


def test_restore_from_the_dialog_brings_the_backup_back(
    qtbot, window: MainWindow, driver: DialogDriver, store: Store
) -> None:  # type: ignore[no-untyped-def]
    add_client(store, "Ennen Keksitty")
    make_backup(store, reason="manual")
    add_client(store, "Jälkeen Keksitty")
    assert names_in_caseload(window) == {"Ennen Keksitty", "Jälkeen Keksitty"}
    seen: dict[str, object] = {}

    def restore(dlg: QDialog) -> None:
        assert isinstance(dlg, BackupsDialog)
        seen["rows"] = [b.reason for b in dlg.model.rows]
        dlg.view.selectRow(0)
        button = dlg.findChild(QPushButton, "restore_selected")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    driver.expect(restore)
    driver.answers.append(True)  # "Restore the backup made …?"
    action(window, "act_backups").trigger()

    assert seen["rows"] == ["manual"]
    assert "Restore a backup" in driver.seen and "Backup restored" in driver.seen
    assert names_in_caseload(window) == {"Ennen Keksitty"}
    assert window.stack.currentWidget() is window.caseload
    reasons = [b.reason for b in list_backups(store.paths)]
    assert sorted(reasons) == ["manual", "prerestore"]
    # The safety backup holds the state just before the restore.
    pre = next(b for b in list_backups(store.paths) if b.reason == "prerestore")
    copy_paths = DataPaths(pre.path.parent / "copy")
    copy_paths.root.mkdir()
    copy_paths.store.write_bytes(pre.path.read_bytes())
    copy = Store.open_with_key(copy_paths, store.data_key)
    with copy.session() as s:
        assert {r.full_name for r in clients.caseload(s, today=date.today())} == {
            "Ennen Keksitty",
            "Jälkeen Keksitty",
        }
    copy.close()
    # The app keeps working on the restored store, and the backup tracker sees writes.
    assert window.auto_backup is not None and window.auto_backup.store is store
    window.ops.write("caseload", clients.create_client, {"full_name": "Uusi Keksitty"})
    assert window.auto_backup.data_changed
    assert names_in_caseload(window) == {"Ennen Keksitty", "Uusi Keksitty"}


def test_a_damaged_backup_is_refused_and_nothing_changes(
    qtbot, window: MainWindow, driver: DialogDriver, store: Store
) -> None:  # type: ignore[no-untyped-def]
    add_client(store, "Pysyvä Keksitty")
    store.paths.backups.mkdir(parents=True, exist_ok=True)
    (store.paths.backups / "ipsdesk-20260101T120000Z-auto.ipsdb").write_bytes(b"x" * 4096)

    def restore(dlg: QDialog) -> None:
        qtbot.mouseClick(dlg.findChild(QPushButton, "restore_selected"), Qt.MouseButton.LeftButton)
        dlg.reject()

    driver.expect(restore)
    driver.answers.append(True)
    action(window, "act_backups").trigger()
    assert any("cannot be restored" in text for text in driver.seen)
    assert names_in_caseload(window) == {"Pysyvä Keksitty"}
    assert [b.reason for b in list_backups(store.paths)] == ["auto"]  # nothing replaced


def test_backups_model(qtmodeltester, store: Store) -> None:  # type: ignore[no-untyped-def]
    make_backup(store, reason="manual")
    make_backup(store, reason="auto")
    model = BackupsModel()
    model.set_rows(list_backups(store.paths))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert {model.index(r, 1).data() for r in range(2)} == {"Made by you", "Automatic"}


def test_check_store_reports_healthy(qtbot, window: MainWindow, driver: DialogDriver) -> None:  # type: ignore[no-untyped-def]
    action(window, "act_check").trigger()
    wait_for_background(qtbot)
    assert driver.seen == ["The store is healthy"]


def test_check_store_shows_problems_in_the_ui_language(
    qapp, qtbot, window: MainWindow, driver: DialogDriver, store: Store
) -> None:  # type: ignore[no-untyped-def]
    from ipsdesk.ui.kit.i18n import install_translators

    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    install_translators(qapp, "fi")
    action(window, "act_check").trigger()
    wait_for_background(qtbot)
    (text,) = driver.seen  # the error dialog's text
    assert text.endswith(
        "\n\ntämä ipsdesk ei tunne tietokannan rakenneversiota '9999_future' "
        "(onko tietokanta tehty uudemmalla versiolla?)"
    )
    assert "unknown to this ipsdesk" not in text


# -- passphrase ------------------------------------------------------------------------


@pytest.fixture
def recovery_window(
    qtbot, paths: DataPaths, driver: DialogDriver
) -> Iterator[tuple[MainWindow, str]]:  # type: ignore[no-untyped-def]
    st, recovery = Store.create(paths, PASSPHRASE, name="Testi Valmentaja")
    win = MainWindow(Ops(st))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win, recovery
    st.close()


def test_change_passphrase_by_keyboard(
    qtbot, recovery_window: tuple[MainWindow, str], driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    window, recovery = recovery_window
    new = "Uusi tunnuslause äöå 7"

    def change(dlg: QDialog) -> None:
        for name, text in (
            ("current_passphrase", PASSPHRASE),
            ("new_passphrase", new),
            ("repeat_passphrase", new),
        ):
            field = dlg.findChild(QLineEdit, name)
            assert field is not None
            field.setFocus()
            type_text(qtbot, field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    driver.expect(change)
    action(window, "act_passphrase").trigger()
    assert "Passphrase changed" in driver.seen
    store = window.ops.store
    assert not store.verify_secret(PASSPHRASE)
    assert store.verify_secret(new)
    assert store.verify_secret(recovery)
    reopened = Store.open(store.paths, new)
    reopened.engine.dispose()


def test_weak_or_wrong_passphrase_is_refused(
    qtbot, window: MainWindow, driver: DialogDriver, store: Store
) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}

    def attempt(dlg: QDialog) -> None:
        def fill(current: str, new: str, repeat: str) -> str:
            for name, text in (
                ("current_passphrase", current),
                ("new_passphrase", new),
                ("repeat_passphrase", repeat),
            ):
                field = dlg.findChild(QLineEdit, name)
                field.setFocus()
                qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
                qtbot.keyClick(field, Qt.Key.Key_Delete)
                type_text(qtbot, field, text)
            qtbot.keyClick(field, Qt.Key.Key_Return)
            assert dlg.isVisible()
            return dlg.findChild(QLabel, "passphrase_error").text()

        seen["guidance"] = dlg.findChild(QLabel, "passphrase_guidance").text()
        seen["short"] = fill(PASSPHRASE, "lyhyt", "lyhyt")
        seen["differ"] = fill(PASSPHRASE, "Pitkä tunnuslause 1", "Pitkä tunnuslause 2")
        seen["wrong"] = fill("väärä vanha", "Pitkä tunnuslause 1", "Pitkä tunnuslause 1")
        dlg.reject()

    driver.expect(attempt)
    action(window, "act_passphrase").trigger()
    assert "8 characters" in seen["guidance"]
    assert "at least 8 characters" in seen["short"]
    assert "differ" in seen["differ"]
    assert "wrong" in seen["wrong"]
    assert store.verify_secret(PASSPHRASE)  # nothing changed
    assert "Passphrase changed" not in driver.seen


def test_disk_full_during_backup_is_explained(
    qtbot, window: MainWindow, driver: DialogDriver, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from ipsdesk.core.storage.lock import DiskFull
    from ipsdesk.ui.safety import actions as safety_view

    def full(*_a, **_k):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safety_view.backups, "make_backup", full)
    action(window, "act_backup_now").trigger()
    wait_for_background(qtbot)
    assert driver.seen == [DiskFull.message[1]]  # the core's own words (untranslated: en)
