"""Locking: after an idle time (default 10 min) or on demand (Ctrl+L) every client
datum is hidden until the passphrase (or recovery key) is given again.

Locking hides the main window's pages and any open dialogs without closing them, so
unsaved input survives the lock and is there again after unlocking.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.ui.kit import style


class IdleWatcher(QObject):
    """Emits ``idle`` once no keyboard or mouse input has arrived for ``minutes``."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None):
        super().__init__(parent)
        self.activity = {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        }
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle.emit)
        self.set_minutes(minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in self.activity:
            self.timer.start()
        return False


class LockPage(QWidget):
    """Shown instead of the work while locked; holds no client data."""

    unlocked = Signal()

    def __init__(
        self,
        verify: Callable[[str], bool],
        parent: QWidget | None = None,
        *,
        title: str = "",
        hint: str = "",
    ):
        super().__init__(parent)
        self.verify = verify
        self.title = QLabel(title or self.tr("ipsdesk is locked"))
        self.title.setStyleSheet(style.scaled_font_css(1.8))
        self.hint = QLabel(
            hint
            or self.tr(
                "Client data is hidden. Type your passphrase to continue where you left off."
            )
        )
        self.hint.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("lock_passphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase or recovery key"))  # no label
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.error = QLabel()
        self.error.setObjectName("lock_error")
        self.error.setStyleSheet(style.ERROR_CSS)
        self.error.setWordWrap(True)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.clicked.connect(self.try_unlock)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.button)
        box = QWidget()
        box.setMaximumWidth(480)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addLayout(row)
        inner.addWidget(self.error)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        col = QVBoxLayout()
        col.addStretch(1)
        col.addWidget(box)
        col.addStretch(2)
        outer.addLayout(col)
        outer.addStretch(1)

    def try_unlock(self) -> None:
        secret = self.passphrase.text()
        self.passphrase.clear()
        if self.verify(secret):
            self.error.clear()
            self.unlocked.emit()
        else:
            self.error.setText(self.tr("Wrong passphrase or recovery key."))


class Locker(QObject):
    """Switches a window between its work and the lock page, hiding open dialogs."""

    locked_changed = Signal(bool)

    def __init__(self, stack: QWidget, page: LockPage, parent: QObject | None = None):
        super().__init__(parent)
        self.stack = stack
        self.page = page
        self.locked = False
        self._previous: QWidget | None = None
        self._hidden: list[QWidget] = []
        page.unlocked.connect(self.unlock)

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self._hidden = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
        ]
        for dialog in self._hidden:
            dialog.hide()
        self._previous = self.stack.currentWidget()  # type: ignore[attr-defined]
        self.stack.setCurrentWidget(self.page)  # type: ignore[attr-defined]
        self.page.passphrase.setFocus()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        if self._previous is not None:
            self.stack.setCurrentWidget(self._previous)  # type: ignore[attr-defined]
        for dialog in self._hidden:
            dialog.show()
        self._hidden = []
        self.locked_changed.emit(False)
