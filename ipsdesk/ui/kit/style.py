"""The app's few colours and styles, in one place (every page uses the same red for
errors and the same box for reminders).

Colours never carry meaning alone: an overdue date also says "overdue", a missed target
also says so in words (see the pages).
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

ERROR = "#b00020"  # error messages, overdue items
GOOD = "#2e7d32"  # a target met
WARN = "#b26a00"  # a target not (yet) met
ERROR_CSS = f"color: {ERROR};"
HINT_CSS = "color: #555;"  # a quiet line of help under a control
NOTE_CSS = "background:#fff4e5; color:#663c00; padding:6px; border-radius:4px;"  # reminders
DANGER_CSS = "background:#fdecea; color:#611a15; border-radius:4px;"  # before erasing


def error_colour() -> QColor:
    return QColor(ERROR)


def message_label(name: str) -> QLabel:
    """A word-wrapped label for an error message shown under a form (empty until set)."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_CSS)
    label.setWordWrap(True)
    return label
