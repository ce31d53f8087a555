"""Panels that give way to large text instead of widening or heightening the window.

With a 16 pt system font or a long translation a page of boxes side by side may ask for
more than a 1280 x 800 screen. :class:`VerticalScroll` lets a panel scroll up and down
(asking only for its contents' width); :class:`Columns` puts its columns side by side
when they fit the width and one above the other when they do not (in a
:class:`VerticalScroll`, the page then scrolls). The tab order is the order the widgets
were created in, so it does not change when the columns move.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QWidget


class VerticalScroll(QScrollArea):
    """``inner`` in a frameless area that scrolls up and down, never sideways: it asks
    for the width of its contents (and a scroll bar) and little height."""

    def __init__(self, inner: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(inner)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        width = inner.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width + 2 * self.frameWidth(), hint.height())


class Columns(QWidget):
    """Widgets side by side, sharing the width, when their minimum widths fit; else one
    above the other. Asks only for the widest one's width."""

    def __init__(self, columns: Sequence[QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._columns = list(columns)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._side_by_side: bool | None = None
        self._place(side_by_side=True)

    def side_by_side(self) -> bool:
        return bool(self._side_by_side)

    def _fits(self, width: int) -> bool:
        spacing = max(self._grid.horizontalSpacing(), 0)
        hints = [c.minimumSizeHint().width() for c in self._columns if not c.isHidden()]
        return width >= sum(hints) + spacing * (len(hints) - 1)

    def _place(self, *, side_by_side: bool) -> None:
        if side_by_side == self._side_by_side:
            return
        for c in self._columns:
            self._grid.removeWidget(c)
        for i, c in enumerate(self._columns):
            if side_by_side:
                self._grid.addWidget(c, 0, i)
                self._grid.setColumnStretch(i, 1)
            else:
                self._grid.addWidget(c, i, 0)
        for i in range(len(self._columns)):
            self._grid.setColumnStretch(i, 1 if side_by_side else 0)
            self._grid.setRowStretch(i, 0 if side_by_side else 1)
        if side_by_side:
            self._grid.setRowStretch(0, 1)
        self._side_by_side = side_by_side
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        widest = max((c.minimumSizeHint().width() for c in self._columns), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """The grid's minimum height for ``width`` (wrapped text included). Qt's default
        is the height the size hints want (a table's, a chart's): in a scroll area the
        Team page then scrolled at the usual font though its minimum fitted."""
        return self._grid.minimumHeightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._place(side_by_side=self._fits(event.size().width()))
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        """A column's contents changed (a box shown, a longer text): placed again."""
        if event.type() == QEvent.Type.LayoutRequest and self.width() > 0:
            self._place(side_by_side=self._fits(self.width()))
        return super().event(event)
