"""The app's one chart widget: bars of the last weeks, stacked, with a target line.

Used by the week page (employer contacts: face-to-face below, other above, the weekly
target) and the Team page (the team's employer contacts against the team target; people
working). Each bar is a :class:`Bar` of plain values; clicking a bar emits its ``key``
(the week page then shows that week). Drawn with QPainter: QtCharts would add to the
bundle what two small charts do not need.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

TARGET_COLOUR = QColor("#c62828")
FACE_COLOUR = QColor("#2e7d32")  # as the legends say, in either scheme
OTHER_COLOUR = QColor("#9ccc65")
LINE_COLOUR = QColor("#1565c0")


@dataclass(frozen=True)
class Bar:
    key: object  # what a click on the bar emits, e.g. (iso_year, week)
    label: str  # under the bar
    parts: tuple[int, ...]  # stacked from the bottom, one colour each
    target: int | None = None  # the target line's height at this bar

    @property
    def total(self) -> int:
        return sum(self.parts)


class BarChart(QWidget):
    """Stacked bars with an optional dashed target line and a highlighted selection."""

    bar_clicked = Signal(object)  # the bar's key

    def __init__(self, colours: Sequence[QColor], parent: QWidget | None = None):
        super().__init__(parent)
        self.colours = list(colours)
        self.bars: list[Bar] = []
        self.selected: object = None
        self.setMinimumSize(360, max(170, 9 * self.fontMetrics().height()))

    def set_bars(self, bars: Sequence[Bar], selected: object = None) -> None:
        self.bars, self.selected = list(bars), selected
        self.update()

    def _line(self) -> int:
        """One line of the chart's text: the margins grow with the font (large text)."""
        return self.fontMetrics().height() + 2

    def _plot(self) -> QRectF:
        line = self._line()
        left = self.fontMetrics().horizontalAdvance("000") + 6
        return QRectF(
            left,
            line + 2,  # room for the total above the highest bar
            max(self.width() - left - 10, 10),
            max(self.height() - 2 * line - 8, 10),
        )

    def _slot(self, i: int) -> QRectF:
        plot = self._plot()
        w = plot.width() / max(len(self.bars), 1)
        return QRectF(plot.left() + i * w, plot.top(), w, plot.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        palette = self.palette()
        text = palette.windowText().color()
        if not self.bars:
            painter.end()
            return
        targets = [b.target for b in self.bars if b.target is not None]
        top = max(max(b.total for b in self.bars), *targets, 1) if targets else None
        top = top or max(max(b.total for b in self.bars), 1)
        scale = plot.height() / (top * 1.1)
        line = self._line()
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        marks = {0, top, *(targets[-1:] if targets else [])}
        for value in marks:
            y = plot.bottom() - value * scale
            painter.drawText(
                QRectF(0, y - line / 2, plot.left() - 4, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        for i, bar in enumerate(self.bars):
            slot = self._slot(i)
            bar_w = slot.width() * 0.6
            x = slot.center().x() - bar_w / 2
            base = plot.bottom()
            for k, value in enumerate(bar.parts):
                h = value * scale
                colour = self.colours[k % len(self.colours)]
                painter.fillRect(QRectF(x, base - h, bar_w, h), colour)
                base -= h
            is_selected = bar.key == self.selected
            font = painter.font()
            font.setBold(is_selected)
            painter.setFont(font)
            painter.setPen(QPen(text, 1))
            label = QRectF(slot.left(), plot.bottom() + 2, slot.width(), line)
            painter.drawText(label, Qt.AlignmentFlag.AlignHCenter, bar.label)
            if bar.total:
                painter.drawText(
                    QRectF(slot.left(), base - line, slot.width(), line),
                    Qt.AlignmentFlag.AlignHCenter,
                    str(bar.total),
                )
            if is_selected:
                painter.setPen(QPen(palette.highlight().color(), 2))
                painter.drawRect(slot.adjusted(1, 1, -1, line + 2))
        if targets:
            painter.setPen(QPen(TARGET_COLOUR, 2, Qt.PenStyle.DashLine))
            points = [
                QPointF(self._slot(i).center().x(), plot.bottom() - (b.target or 0) * scale)
                for i, b in enumerate(self.bars)
                if b.target is not None
            ]
            if len(set(b.target for b in self.bars)) == 1:  # one level: across the plot
                y = points[0].y()
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            else:
                for a, b in zip(points, points[1:], strict=False):
                    painter.drawLine(a, b)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        for i, bar in enumerate(self.bars):
            if self._slot(i).adjusted(0, 0, 0, self._line() + 4).contains(event.position()):
                self.bar_clicked.emit(bar.key)
                return
        super().mousePressEvent(event)
