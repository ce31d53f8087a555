"""Application-wide shortcuts that text fields must not swallow.

Before a shortcut fires, Qt sends the focused widget a ``ShortcutOverride`` event; a
widget that accepts it gets the key as a normal key press and the shortcut never fires.
On X11 (and with Emacs-style key bindings elsewhere) a ``QLineEdit`` accepts Ctrl+E
("end of line"), so the quick log (Ctrl+E) did not open while a text field had focus,
which is exactly when a specialist is typing. :class:`ShortcutClaim` is an application
event filter that refuses the override for the sequences it claims, so that the
shortcut map gets them first, in every window of the app.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

_claim: ShortcutClaim | None = None


class ShortcutClaim(QObject):
    """Refuses ``ShortcutOverride`` for the claimed key sequences (single chords)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.sequences: set[QKeySequence] = set()

    def claim(self, sequence: QKeySequence | str) -> None:
        self.sequences.add(QKeySequence(sequence))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if pressed in self.sequences:
                # Not accepted: the focused widget does not take the key, the shortcut
                # map does. True: no other filter or widget sees this override.
                event.ignore()
                return True
        return False


def claim_shortcut(sequence: QKeySequence | str) -> ShortcutClaim:
    """Claim ``sequence`` for the application's shortcuts; installs the filter once."""
    global _claim
    app = QApplication.instance()
    assert app is not None
    if _claim is None or _claim.parent() is not app:
        _claim = ShortcutClaim(app)
        app.installEventFilter(_claim)
    _claim.claim(sequence)
    return _claim
