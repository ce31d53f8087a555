"""Checks of a shown window as a person would see it: text that does not fit its widget.

With a large system font, high-DPI scaling or a longer translation a layout may give a
label or a button less room than its text needs; Qt then cuts the text off. Used by
tests/gui/test_screens.py and scripts/screens.py.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    if isinstance(widget, QGroupBox):
        text = widget.title()
    return f"{type(widget).__name__} {widget.objectName() or '-'} {text[:40]!r}"


def clipped(top: QWidget) -> list[str]:
    """The visible labels, buttons and group boxes in ``top`` smaller than their text
    needs (width, or height for word-wrapped text), and tabs whose title is cut short."""
    out = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                needed = widget.fontMetrics().horizontalAdvance(widget.tabText(i).replace("&", ""))
                if widget.tabRect(i).width() < needed:
                    out.append(f"QTabBar tab {widget.tabText(i)!r}")
            continue
        if not isinstance(widget, (QLabel, QAbstractButton, QGroupBox)):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)) and not widget.text():
            continue  # an icon button (a tab bar's arrows), an empty message line
        hint = widget.minimumSizeHint()
        if widget.hasHeightForWidth():
            height = widget.heightForWidth(widget.width())
        else:
            height = hint.height()
        if widget.width() + 1 < hint.width() or widget.height() + 1 < height:
            out.append(
                f"{_name(widget)}: {widget.width()}x{widget.height()} < {hint.width()}x{height}"
            )
    return out
