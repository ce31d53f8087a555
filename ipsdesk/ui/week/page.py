"""The week page (*viikko*): employer contacts against the weekly target, the last 12
weeks as a chart, the week's contacts, and what is due.

Weeks are ISO weeks, moved with the core helpers (``shift_week``), so 2026-W53 is
followed by 2027-W01. "Today" comes from a provider so tests can stand on any day.
The counter, chart, contacts and due list are read in one session.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core.dates import short_date
from ipsdesk.core.services import due, employer_contacts, week
from ipsdesk.core.services.week import Week, WeekSummary
from ipsdesk.ui.employers.contact_edit import ContactTable
from ipsdesk.ui.kit import style
from ipsdesk.ui.kit.i18n import tr_msg
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.week.due import DueTable

if TYPE_CHECKING:
    from ipsdesk.ui.features import Host

SHORTCUT = "Ctrl+K"  # "kontaktit"; Ctrl+W closes windows on many desktops
CHART_WEEKS = 12
FACE_COLOUR = QColor(style.GOOD)
OTHER_COLOUR = QColor("#9ccc65")
TARGET_COLOUR = QColor("#c62828")


class WeekChart(QWidget):
    """Bars of the last weeks (face-to-face below, other above) and the target line."""

    week_clicked = Signal(int, int)  # iso year, week

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("week_chart")
        self.weeks: list[WeekSummary] = []
        self.selected: Week | None = None
        self.setMinimumSize(360, 170)
        self.setToolTip(self.tr("Employer contacts per week; the red line is the target."))

    def set_weeks(self, weeks: Sequence[WeekSummary], selected: Week) -> None:
        self.weeks, self.selected = list(weeks), selected
        self.update()

    def _plot(self) -> QRectF:
        return QRectF(30, 10, max(self.width() - 40, 10), max(self.height() - 36, 10))

    def _slot(self, i: int) -> QRectF:
        plot = self._plot()
        w = plot.width() / max(len(self.weeks), 1)
        return QRectF(plot.left() + i * w, plot.top(), w, plot.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        palette = self.palette()
        text = palette.windowText().color()
        if not self.weeks:
            painter.end()
            return
        target = self.weeks[-1].target
        top = max(max(w.contacts for w in self.weeks), target, 1)
        scale = plot.height() / (top * 1.1)
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for value in {0, target, top}:
            y = plot.bottom() - value * scale
            painter.drawText(QRectF(0, y - 8, 26, 16), Qt.AlignmentFlag.AlignRight, str(value))
        for i, w in enumerate(self.weeks):
            slot = self._slot(i)
            bar_w = slot.width() * 0.6
            x = slot.center().x() - bar_w / 2
            f2f_h = w.face_to_face * scale
            other_h = w.other * scale
            painter.fillRect(QRectF(x, plot.bottom() - f2f_h, bar_w, f2f_h), FACE_COLOUR)
            painter.fillRect(
                QRectF(x, plot.bottom() - f2f_h - other_h, bar_w, other_h), OTHER_COLOUR
            )
            is_selected = (w.iso_year, w.week) == self.selected
            font = painter.font()
            font.setBold(is_selected)
            painter.setFont(font)
            painter.setPen(QPen(text, 1))
            label = QRectF(slot.left(), plot.bottom() + 2, slot.width(), 16)
            painter.drawText(label, Qt.AlignmentFlag.AlignHCenter, str(w.week))
            if w.contacts:
                painter.drawText(
                    QRectF(slot.left(), plot.bottom() - f2f_h - other_h - 16, slot.width(), 16),
                    Qt.AlignmentFlag.AlignHCenter,
                    str(w.contacts),
                )
            if is_selected:
                painter.setPen(QPen(palette.highlight().color(), 2))
                painter.drawRect(slot.adjusted(1, 1, -1, 18))
        y = plot.bottom() - target * scale
        painter.setPen(QPen(TARGET_COLOUR, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        for i, w in enumerate(self.weeks):
            if self._slot(i).adjusted(0, 0, 0, 20).contains(event.position()):
                self.week_clicked.emit(w.iso_year, w.week)
                return
        super().mousePressEvent(event)


class WeekPage(QWidget):
    """One ISO week: the counter, the chart, the contacts and the due list."""

    open_target = Signal(object)  # a due item's Target
    quick_log = Signal()

    def __init__(
        self, ops: Ops, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self.week: Week = week.current_week(today())
        self.summary: WeekSummary | None = None

        self.prev_button = QPushButton(self.tr("◀ Previous"))
        self.prev_button.setObjectName("week_prev")
        self.prev_button.setToolTip(self.tr("Previous week (Alt+Page Up)"))
        self.prev_button.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setObjectName("week_next")
        self.next_button.setToolTip(self.tr("Next week (Alt+Page Down)"))
        self.next_button.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.this_button = QPushButton(self.tr("This week"))
        self.this_button.setObjectName("week_this")
        self.this_button.setShortcut(QKeySequence("Ctrl+Home"))
        self.this_button.clicked.connect(self.go_to_today)
        self.title = QLabel()
        self.title.setObjectName("week_title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        log = QPushButton(self.tr("Log contact… (Ctrl+E)"))
        log.setObjectName("week_log")
        log.clicked.connect(self.quick_log.emit)
        head = QHBoxLayout()
        head.addWidget(self.prev_button)
        head.addWidget(self.title, 1, Qt.AlignmentFlag.AlignCenter)
        head.addWidget(self.this_button)
        head.addWidget(self.next_button)
        head.addSpacing(12)
        head.addWidget(log)

        self.counter = QLabel()
        self.counter.setObjectName("week_counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter.setStyleSheet("font-size: 34pt; font-weight: 700;")
        self.breakdown = QLabel()
        self.breakdown.setObjectName("week_breakdown")
        self.breakdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.breakdown.setWordWrap(True)
        counter_box = QGroupBox(tr_msg(week.CONTACTS_LABEL))
        col = QVBoxLayout(counter_box)
        col.addWidget(self.counter)
        col.addWidget(self.breakdown)
        col.addStretch(1)
        self.chart = WeekChart()
        self.chart.week_clicked.connect(self.set_week)
        chart_box = QGroupBox(self.tr("Last 12 weeks"))
        chart_col = QVBoxLayout(chart_box)
        chart_col.addWidget(self.chart)
        legend = QLabel(
            self.tr(
                "<span style='color:#2e7d32'>■</span> face-to-face  "
                "<span style='color:#9ccc65'>■</span> other  "
                "<span style='color:#c62828'>- -</span> target"
            )
        )
        chart_col.addWidget(legend)
        top = QHBoxLayout()
        top.addWidget(counter_box, 1)
        top.addWidget(chart_box, 3)

        self.contacts = ContactTable(ops, "week_contacts")
        self.contacts.view.setAccessibleName(self.tr("Contacts this week"))
        contacts_box = QGroupBox(self.tr("Contacts this week"))
        QVBoxLayout(contacts_box).addWidget(self.contacts)
        self.contacts_box = contacts_box
        self.due = DueTable()
        self.due.open_target.connect(self.open_target.emit)
        self.due_box = QGroupBox(self.tr("What is due"))
        QVBoxLayout(self.due_box).addWidget(self.due)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(contacts_box)
        split.addWidget(self.due_box)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        ops.changed.connect(lambda _what: self.refresh() if self.isVisible() else None)

    # -- navigation --------------------------------------------------------------------
    def step(self, delta: int) -> None:
        """Go ``delta`` weeks on (back when negative)."""
        self.set_week(*week.shift_week(*self.week, delta))

    def go_to_today(self) -> None:
        self.set_week(*week.current_week(self.today()))

    def set_week(self, iso_year: int, number: int) -> None:
        self.week = (iso_year, number)
        self.refresh()

    # -- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        today = self.today()
        start, end = week.week_range(*self.week)
        summary, chart, rows, items = self.ops.call(
            lambda s: (
                week.week_summary(s, *self.week),
                week.last_weeks(s, self.week, CHART_WEEKS),
                employer_contacts.list_contacts(s, start=start, end=end),
                due.due_list(s, today=today),
            )
        )
        self.summary = summary
        iso_year, number = self.week
        title = (
            self.tr("Week %1 / %2 (%3–%4)")
            .replace("%1", str(number))
            .replace("%2", str(iso_year))
            .replace("%3", short_date(start))
            .replace("%4", short_date(end))
        )
        if self.week == week.current_week(today):
            title += "  · " + self.tr("this week")
        self.title.setText(title)
        self.counter.setText(f"{summary.contacts} / {summary.target}")
        colour = style.GOOD if summary.met else style.WARN
        self.counter.setStyleSheet(f"font-size: 34pt; font-weight: 700; color: {colour};")
        state = tr_msg(week.MET_LABEL if summary.met else week.NOT_MET_LABEL)
        self.breakdown.setText(
            self.tr("Face-to-face %1 · other %2\n%3 (target %4)")
            .replace("%1", str(summary.face_to_face))
            .replace("%2", str(summary.other))
            .replace("%3", state)
            .replace("%4", str(summary.target))
        )
        self.chart.set_weeks(chart, self.week)
        self.contacts.set_rows(rows)
        self.contacts_box.setTitle(
            self.tr("Contacts in week %1 (%2)")
            .replace("%1", str(number))
            .replace("%2", str(len(rows)))
        )
        self.due.set_rows(items)
        overdue = sum(1 for i in items if i.overdue)
        self.due_box.setTitle(
            self.tr("What is due (%1, overdue %2)")
            .replace("%1", str(len(items)))
            .replace("%2", str(overdue))
        )

    def showEvent(self, event: object) -> None:  # noqa: N802
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]


def install(host: Host) -> None:
    from ipsdesk.ui.employers.quick_log import open_quick_log

    page = WeekPage(host.ops)
    page.setObjectName("week_page")
    page.open_target.connect(host.open_target)
    page.quick_log.connect(lambda: open_quick_log(host))
    host.add_page(
        page,
        QCoreApplication.translate("WeekPage", "&Week"),
        shortcut=SHORTCUT,
        name="act_week",
        on_show=page.due.view.setFocus,
    )
