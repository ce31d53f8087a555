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

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
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
from ipsdesk.ui.kit.charts import FACE_COLOUR, OTHER_COLOUR, Bar, BarChart
from ipsdesk.ui.kit.i18n import tr_msg
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.week.due import DueTable

if TYPE_CHECKING:
    from ipsdesk.ui.features import Host

SHORTCUT = "Ctrl+K"  # "kontaktit"; Ctrl+W closes windows on many desktops
CHART_WEEKS = 12


def contact_bars(weeks: Sequence[WeekSummary]) -> list[Bar]:
    """The chart's bars: face-to-face below, other above, the weekly target."""
    return [
        Bar((w.iso_year, w.week), str(w.week), (w.face_to_face, w.other), w.target) for w in weeks
    ]


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
        self.title.setWordWrap(True)  # two lines rather than a window wider than the screen
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet(style.scaled_font_css(1.65))
        log = QPushButton(self.tr("Log contact… (Ctrl+E)"))
        log.setObjectName("week_log")
        log.clicked.connect(self.quick_log.emit)
        head = QHBoxLayout()
        head.addWidget(self.prev_button)
        head.addWidget(self.title, 1)  # centred by the label itself, wrapping when narrow
        head.addWidget(self.this_button)
        head.addWidget(self.next_button)
        head.addSpacing(12)
        head.addWidget(log)

        self.counter = QLabel()
        self.counter.setObjectName("week_counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter.setStyleSheet(style.scaled_font_css(3.8, 700))
        self.breakdown = QLabel()
        self.breakdown.setObjectName("week_breakdown")
        self.breakdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.breakdown.setWordWrap(True)
        counter_box = QGroupBox(tr_msg(week.CONTACTS_LABEL))
        col = QVBoxLayout(counter_box)
        col.addWidget(self.counter)
        col.addWidget(self.breakdown)
        col.addStretch(1)
        self.chart = BarChart([FACE_COLOUR, OTHER_COLOUR])
        self.chart.setObjectName("week_chart")
        self.chart.setToolTip(self.tr("Employer contacts per week; the red line is the target."))
        self.chart.bar_clicked.connect(lambda key: self.set_week(*key))
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
        self.counter.setStyleSheet(style.scaled_font_css(3.8, 700) + f" color: {colour};")
        state = tr_msg(week.MET_LABEL if summary.met else week.NOT_MET_LABEL)
        self.breakdown.setText(
            self.tr("Face-to-face %1 · other %2\n%3 (target %4)")
            .replace("%1", str(summary.face_to_face))
            .replace("%2", str(summary.other))
            .replace("%3", state)
            .replace("%4", str(summary.target))
        )
        self.chart.set_bars(contact_bars(chart), self.week)
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
