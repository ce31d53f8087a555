"""GUI fixtures: a main window on a fresh store, and a driver that answers dialogs.

Every modal dialog goes through ``ipsdesk.ui.kit.dialogs``; the driver replaces
``exec_dialog`` with a queue of handlers that fill the real dialog by keyboard and
mouse, so no test can hang on a modal dialog (an unexpected one fails the test).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from ipsdesk.core.storage.store import Store
from ipsdesk.ui.kit import dialogs
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.main_window import MainWindow


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a keyboard: QTest handles ASCII keys only, so letters such as ä or Á
    are sent as the key events a Finnish keyboard produces (key code 0, the text)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                )


class DialogDriver:
    def __init__(self, qtbot, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.handlers: list[Callable[[QDialog], None]] = []
        self.answers: list[bool] = []
        self.seen: list[str] = []
        monkeypatch.setattr(dialogs, "exec_dialog", self._exec)
        monkeypatch.setattr(dialogs, "ask", self._ask)
        monkeypatch.setattr(dialogs, "inform", lambda _p, title, _t: self.seen.append(title))
        monkeypatch.setattr(dialogs, "error", lambda _p, title, text: self.seen.append(text))

    def expect(self, handler: Callable[[QDialog], None]) -> None:
        self.handlers.append(handler)

    def _ask(self, _parent: QWidget | None, title: str, _text: str) -> bool:
        self.seen.append(title)
        return self.answers.pop(0)

    def _exec(self, dlg: QDialog) -> int:
        assert self.handlers, f"unexpected dialog: {dlg.windowTitle()}"
        self.seen.append(dlg.windowTitle())
        previous = QApplication.activeWindow()
        dlg.show()
        self.qtbot.waitExposed(dlg)
        dlg.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=2000)
        try:
            self.handlers.pop(0)(dlg)
        finally:
            if dlg.isVisible():
                dlg.reject()
            if previous is not None:  # as when a real modal dialog closes
                previous.activateWindow()
                self.qtbot.waitUntil(lambda: QApplication.activeWindow() is previous, timeout=2000)
        return dlg.result()

    # -- helpers for handlers --------------------------------------------------------
    def field(self, dlg: QWidget, name: str) -> QWidget:
        w = dlg.findChild(QWidget, f"field_{name}")
        assert w is not None, name
        return w

    def type(self, dlg: QWidget, name: str, text: str, *, clear: bool = True) -> None:
        w = self.field(dlg, name)
        w.setFocus()
        if clear:
            self.qtbot.keyClick(w, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            self.qtbot.keyClick(w, Qt.Key.Key_Delete)
        type_text(self.qtbot, w, text)

    def choose(self, dlg: QWidget, name: str, text: str) -> None:
        """Pick a combo-box item by typing its first letters, as a keyboard user does."""
        w = self.field(dlg, name)
        w.setFocus()
        self.qtbot.keyClicks(w, text)

    def save(self, dlg: QDialog) -> None:
        box = dlg.findChild(QDialogButtonBox)
        button = box.button(QDialogButtonBox.StandardButton.Save) or box.button(
            QDialogButtonBox.StandardButton.Ok
        )
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_for_background(qtbot, timeout: int = 20_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until every background job (ui/kit/runner.py) has delivered its result."""
    from ipsdesk.ui.kit import runner

    qtbot.waitUntil(lambda: not runner.running(), timeout=timeout)


@pytest.fixture(autouse=True)
def source_language(qapp):  # type: ignore[no-untyped-def]
    """Every GUI test starts in the source language (English), whatever an earlier
    test installed; tests of the Finnish or Swedish UI install it themselves."""
    from ipsdesk.ui.kit.i18n import install_translators

    install_translators(qapp, "en")
    yield
    install_translators(qapp, "en")


@pytest.fixture
def driver(qtbot, monkeypatch: pytest.MonkeyPatch) -> DialogDriver:  # type: ignore[no-untyped-def]
    return DialogDriver(qtbot, monkeypatch)


@pytest.fixture
def window(qtbot, store: Store, driver: DialogDriver) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(Ops(store))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
