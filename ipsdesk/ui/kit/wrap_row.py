"""A row of control groups that breaks onto more lines when the window is too narrow.

A tool row ("Version [v2] [New version…]   Document language [sv] [Save as PDF…]
[Print…]") is one line at the usual font size; with a large system font or a long
translation it would make the window wider than the screen. Here each group keeps its
controls together, and the groups wrap onto the next line when they do not fit; the
row asks only for its widest group. The tab order is the order the controls were
created in, so it does not change when the row wraps.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QWidget


class WrapRow(QWidget):
    def __init__(self, groups: Sequence[Sequence[QWidget]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._groups: list[QWidget] = []
        for widgets in groups:
            box = QWidget(self)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for w in widgets:
                row.addWidget(w)
            self._groups.append(box)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._lines = 0
        self._place(one_line=True)

    def _one_line_width(self) -> int:
        spacing = max(self._grid.horizontalSpacing(), 0)
        hints = [g.minimumSizeHint().width() for g in self._groups]
        return sum(hints) + spacing * (len(hints) - 1)

    def _place(self, *, one_line: bool) -> None:
        lines = 1 if one_line else len(self._groups)
        if lines == self._lines:
            return
        for g in self._groups:
            self._grid.removeWidget(g)
        last = len(self._groups) - 1
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        for i, g in enumerate(self._groups):
            if one_line:  # the first groups to the left, the last to the right
                self._grid.addWidget(g, 0, i, right if i == last and i > 0 else left)
            else:
                self._grid.addWidget(g, i, 0, left)
        self._lines = lines
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        widest = max((g.minimumSizeHint().width() for g in self._groups), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._place(one_line=event.size().width() >= self._one_line_width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        """A control shown, hidden or retitled later changes a group's width: the row is
        placed again at its present width (no resize comes then)."""
        if event.type() == QEvent.Type.LayoutRequest and self.width() > 0:
            self._place(one_line=self.width() >= self._one_line_width())
        return super().event(event)
