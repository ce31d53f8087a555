"""Tools → Settings: built from the option registry, saved in the store, applied at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QSpinBox, QWidget

from ipsdesk.core import settings
from ipsdesk.core.storage.store import Store
from ipsdesk.ui.main_window import MainWindow
from tests.gui.conftest import DialogDriver

CTRL = Qt.KeyboardModifier.ControlModifier


def test_every_option_has_an_editor(qtbot, window: MainWindow, driver: DialogDriver) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def look(dlg: QDialog) -> None:
        for key in settings.REGISTRY:
            seen[key] = dlg.findChild(QWidget, f"setting_{key}")
        spin = dlg.findChild(QSpinBox, "setting_idle_lock_minutes")
        seen["idle_range"] = (spin.minimum(), spin.maximum(), spin.value())
        dlg.reject()

    driver.expect(look)
    assert window.findChild(QAction, "act_settings") in window.tools_menu.actions()
    window.findChild(QAction, "act_settings").trigger()
    assert all(seen[key] is not None for key in settings.REGISTRY)
    assert seen["idle_range"] == (1, 240, 10)


def test_settings_change_weekly_target_and_idle_minutes(
    qtbot, window: MainWindow, driver: DialogDriver, store: Store
) -> None:  # type: ignore[no-untyped-def]
    def change(dlg: QDialog) -> None:
        for name, text in (("weekly_contact_target", "8"), ("idle_lock_minutes", "3")):
            spin = dlg.findChild(QSpinBox, f"setting_{name}")
            spin.setFocus()
            qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
            qtbot.keyClicks(spin, text)
        driver.save(dlg)

    driver.expect(change)
    window.findChild(QAction, "act_settings").trigger()
    with store.session() as s:
        assert settings.get(s, settings.WEEKLY_TARGET) == 8
        assert settings.get(s, settings.IDLE_LOCK_MINUTES) == 3
        assert settings.get(s, settings.CASELOAD_LIMIT) == settings.CASELOAD_LIMIT.default
    assert window.idle.timer.interval() == 3 * 60_000
    assert window.idle.timer.isActive()


def test_cancel_changes_nothing(
    qtbot, window: MainWindow, driver: DialogDriver, store: Store
) -> None:  # type: ignore[no-untyped-def]
    def change_then_cancel(dlg: QDialog) -> None:
        spin = dlg.findChild(QSpinBox, "setting_idle_lock_minutes")
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(spin, "5")
        qtbot.keyClick(spin, Qt.Key.Key_Escape)

    driver.expect(change_then_cancel)
    window.findChild(QAction, "act_settings").trigger()
    with store.session() as s:
        assert settings.get(s, settings.IDLE_LOCK_MINUTES) == 10
    assert window.idle.timer.interval() == 10 * 60_000


def test_language_is_kept_in_the_store_and_beside_it_for_the_unlock_page(
    qtbot, window: MainWindow, driver: DialogDriver, store: Store
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    from ipsdesk.core import preferences

    def choose_swedish(dlg: QDialog) -> None:
        combo = dlg.findChild(QComboBox, "setting_ui_language")
        combo.setFocus()
        qtbot.keyClicks(combo, "Svenska")
        assert combo.currentData() == "sv"
        driver.save(dlg)

    driver.expect(choose_swedish)
    window.findChild(QAction, "act_settings").trigger()
    with store.session() as s:
        assert settings.get(s, settings.UI_LANGUAGE) == "sv"
    assert preferences.language(store.paths) == "sv"
