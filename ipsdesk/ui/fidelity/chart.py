"""A small chart of the saved fidelity reviews: the total and each section over time.

Lines over the reviews in period order (x: the period's last day), the y axis 0–125 with
the band limits 74, 100 and 115 drawn faintly and named, so the team sees where it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ipsdesk.core.dates import format_date
from ipsdesk.core.fidelity.items import MAX_TOTAL, SECTION_LABELS, Section
from ipsdesk.core.fidelity.reviews import ReviewSummary
from ipsdesk.ui.kit.i18n import tr_msg

COLOURS: dict[str, QColor] = {
    "total": QColor("#1f4e79"),
    Section.STAFFING: QColor("#c55a11"),
    Section.ORGANISATION: QColor("#548235"),
    Section.SERVICES: QColor("#7f6000"),
}
BAND_LIMITS = (74, 100, 115)


class FidelityChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fidelity_chart")
        self.reviews: list[ReviewSummary] = []
        self.setToolTip(self.tr("Totals of the saved reviews, and each section's points."))

    def _names(self) -> list[tuple[str, str]]:
        return [("total", self.tr("Total"))] + [(s, tr_msg(SECTION_LABELS[s])) for s in Section]

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Room for the legend's lines and the axes' figures in the font in use (the
        chart is drawn with it), so large text is not cut off and the chart asks for no
        more height than that."""
        fm = self.fontMetrics()
        line = fm.lineSpacing()
        legend = max(fm.horizontalAdvance(name) for _key, name in self._names()) + 30
        return QSize(max(320, 200 + legend), max(120, len(self._names()) * (line + 2) + line + 20))

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = self.minimumSizeHint()
        return QSize(hint.width(), hint.height() + 20)

    def set_reviews(self, reviews: Sequence[ReviewSummary]) -> None:
        self.reviews = list(reviews)
        self.update()

    def series(self) -> dict[str, list[int]]:
        """The plotted values (also what a test checks)."""
        out: dict[str, list[int]] = {"total": [r.total for r in self.reviews]}
        for s in Section:
            out[s] = [r.sections[s] for r in self.reviews]
        return out

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        fm = self.fontMetrics()
        line = fm.lineSpacing()
        names = self._names()
        legend_w = max(fm.horizontalAdvance(name) for _key, name in names) + 30
        axis_w = fm.horizontalAdvance(str(MAX_TOTAL)) + 6
        plot = QRectF(
            axis_w + 4,
            10,
            max(self.width() - axis_w - 14 - legend_w, 10),
            max(self.height() - line - 18, 10),
        )
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

        def y(value: float) -> float:
            return plot.bottom() - plot.height() * value / MAX_TOTAL

        faint = QColor(text)
        faint.setAlpha(70)
        named = plot.bottom() + line  # where the last figure on the axis was written
        for limit in (0, *BAND_LIMITS, MAX_TOTAL):
            painter.setPen(QPen(faint, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y(limit)), QPointF(plot.right(), y(limit)))
            if named - y(limit) < line:
                continue  # the figures would overlap (a short chart, large text)
            named = y(limit)
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y(limit) - line / 2, axis_w, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(limit),
            )
        painter.setPen(text)
        if not self.reviews:
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No saved reviews yet."))
            painter.end()
            return
        n = len(self.reviews)
        step = plot.width() / max(n - 1, 1)

        def x(i: int) -> float:
            return plot.left() + (step * i if n > 1 else plot.width() / 2)

        for key, values in self.series().items():
            pen = QPen(COLOURS[key], 2.5 if key == "total" else 1.5)
            painter.setPen(pen)
            points = [QPointF(x(i), y(v)) for i, v in enumerate(values)]
            for a, b in zip(points, points[1:], strict=False):
                painter.drawLine(a, b)
            for p in points:
                painter.drawEllipse(p, 2.5, 2.5)
        painter.setPen(text)
        date_w = fm.horizontalAdvance("30.12.2026") + 8
        fits = max(int(plot.width() // date_w), 2)  # the dates that fit side by side
        for i, r in enumerate(self.reviews):
            if n <= fits or i in (0, n - 1) or i % max(n // (fits - 1), 1) == 0:
                painter.drawText(
                    QRectF(x(i) - date_w / 2, plot.bottom() + 3, date_w, line),
                    Qt.AlignmentFlag.AlignHCenter,
                    format_date(r.end),
                )
        for i, (key, name) in enumerate(names):
            top = plot.top() + i * (line + 2)
            painter.fillRect(QRectF(plot.right() + 12, top + line / 2 - 3, 10, 6), COLOURS[key])
            painter.setPen(text)
            painter.drawText(
                QRectF(plot.right() + 26, top, legend_w - 16, line),
                Qt.AlignmentFlag.AlignLeft,
                name,
            )
        painter.end()
