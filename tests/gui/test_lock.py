"""Locking hides every client datum; unsaved input survives; only the passphrase unlocks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTableView

from ipsdesk.core.services import clients
from ipsdesk.core.storage.store import Store
from ipsdesk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.conftest import DialogDriver, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def visible_texts(window: MainWindow) -> str:
    parts = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    for view in window.findChildren(QTableView):
        if view.isVisible():
            m = view.model()
            parts += [
                str(m.index(r, c).data())
                for r in range(m.rowCount())
                for c in range(m.columnCount())
            ]
    return "\n".join(parts)


def test_lock_hides_data_and_keeps_unsaved_input(
    qtbot, window: MainWindow, driver: DialogDriver, store: Store
) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        clients.create_client(s, {"full_name": "Salainen Keksitty", "agreement_date": date.today()})
    window.caseload.refresh()
    assert "Salainen Keksitty" in visible_texts(window)

    seen: dict[str, object] = {}

    def half_typed(dlg: QDialog) -> None:
        driver.type(dlg, "full_name", "Kesken Jäänyt")
        qtbot.keyClick(driver.field(dlg, "full_name"), Qt.Key.Key_L, CTRL)  # lock from the dialog
        seen["dialog_hidden"] = not dlg.isVisible()
        seen["texts"] = visible_texts(window)
        window.lock_page.passphrase.setFocus()
        type_text(qtbot, window.lock_page.passphrase, "väärä")
        qtbot.keyClick(window.lock_page.passphrase, Qt.Key.Key_Return)
        seen["wrong"] = window.locker.locked and bool(window.lock_page.error.text())
        qtbot.keyClicks(window.lock_page.passphrase, PASSPHRASE)
        qtbot.keyClick(window.lock_page.passphrase, Qt.Key.Key_Return)
        seen["unlocked"] = not window.locker.locked and dlg.isVisible()
        seen["kept"] = driver.field(dlg, "full_name").text()
        dlg.reject()

    driver.expect(half_typed)
    window.act_new.trigger()
    assert seen["dialog_hidden"] is True
    assert "Salainen Keksitty" not in str(seen["texts"])
    assert seen["wrong"] is True
    assert seen["unlocked"] is True
    assert seen["kept"] == "Kesken Jäänyt"
    assert window.stack.currentWidget() is window.caseload


def test_idle_timeout_locks(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.idle.timer.interval() == 10 * 60_000  # the default
    window.idle.timer.setInterval(50)
    window.idle.timer.start()
    qtbot.waitUntil(lambda: window.locker.locked, timeout=2000)
    assert window.stack.currentWidget() is window.lock_page
    assert not window.menuBar().isEnabled()
    QApplication.processEvents()
