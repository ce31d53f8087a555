"""The Team page (*tiimi*): the team leader's weekly meeting figures for any ISO week and
the period outcome report for any date range, exported as PDF or CSV.

Figures come from :mod:`ipsdesk.core.reports.queries` over the team tables; each row's
tooltip is the definition it follows (seeds / IPS Grow / IPS Employment Center /
fidelity scale). The week is read at once (a few queries); the period report and the
exports run off the GUI thread (``ops.background``). The two 12-week charts are the
shared :class:`~ipsdesk.ui.kit.charts.BarChart` of the week page.

When a team hub is set up (Tools → Team hub), a source choice appears: this store's
team files, or the team hub, for one team or every team the account can see (the
county coordinator's view). The hub's figures come from the same queries
(:mod:`ipsdesk.core.hub.reports`), always read off the GUI thread, so the page stays
usable while the hub answers; a hub that cannot be read says why in the page, and the
store's view is unaffected. The network is touched only when the hub is chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ipsdesk.core.dates import format_date, short_date
from ipsdesk.core.hub import config as hub_config
from ipsdesk.core.hub import reports as hub_reports
from ipsdesk.core.reports import export, queries
from ipsdesk.core.reports.definitions import FIGURES
from ipsdesk.core.reports.queries import Outcomes, TeamWeek
from ipsdesk.core.services import week as weeks
from ipsdesk.core.team import membership
from ipsdesk.ui.kit import dialogs, style
from ipsdesk.ui.kit.charts import FACE_COLOUR, LINE_COLOUR, OTHER_COLOUR, Bar, BarChart
from ipsdesk.ui.kit.i18n import tr_msg, ui_language
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.kit.reflow import Columns, VerticalScroll
from ipsdesk.ui.kit.tables import RowTableModel, fit_columns, make_table
from ipsdesk.ui.kit.wrap_row import WrapRow
from ipsdesk.ui.team.dialog import explain

if TYPE_CHECKING:
    from ipsdesk.ui.features import Host

SHORTCUT = "Ctrl+Shift+T"
STORE, HUB = "store", "hub"  # the page's sources


def _own_team(session: Any) -> tuple[str, str] | None:
    """This store's team (id, name), to name it among the hub's teams (which have ids only)."""
    ident = membership.identity(session)
    return (ident.team_id, ident.team_name) if ident is not None else None


@dataclass(frozen=True)
class FigureRow:
    key: str
    label: str
    value: str
    target: str = ""


class FigureModel(RowTableModel[FigureRow]):
    """Figure, value (and target): the tooltip says which definition it follows."""

    columns: tuple[str, ...] = ("label", "value", "target")

    def title(self, column: Any) -> str:
        return {
            "label": self.tr("Figure"),
            "value": self.tr("Value"),
            "target": self.tr("Target"),
        }[column]

    def cell(self, row: FigureRow, column: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            d = FIGURES[row.key]
            return f"{tr_msg(d.note)} ({tr_msg(d.source)})"
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "label":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PeriodModel(FigureModel):
    """The period report's figures: figure and value (a period has no weekly target)."""

    columns = ("label", "value")


class MemberModel(RowTableModel[queries.MemberWeek]):
    """One row per specialist, for the team's own meeting (not a ranking)."""

    columns: tuple[str, ...] = ("name", "caseload", "contacts", "face_to_face", "file")
    team_names: dict[str, str] = {}  # team id → name where known (this store's team)

    def show_teams(self, show: bool) -> None:
        """A team column (on the hub, over several teams: whose specialist is whose)."""
        self.columns = (("team",) if show else ()) + MemberModel.columns

    def title(self, column: Any) -> str:
        return {
            "team": self.tr("Team"),
            "name": self.tr("Specialist"),
            "caseload": self.tr("Caseload / target"),
            "contacts": self.tr("Employer contacts / target"),
            "face_to_face": self.tr("Face-to-face"),
            "file": self.tr("File of"),
        }[column]

    def cell(self, row: queries.MemberWeek, column: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                return row.name
            if column == "team":
                return self.team_names.get(row.team_id, row.team_id)
            if column == "caseload":
                return f"{row.caseload} / {row.caseload_target}"
            if column == "contacts":
                return f"{row.contacts} / {row.contact_target}"
            if column == "face_to_face":
                return str(row.face_to_face)
            if row.own_store:
                return self.tr("own caseload")
            text = format_date(row.file_date) if row.file_date else self.tr("no file")
            return text + ("  ⚠" if row.stale else "")
        if role == Qt.ItemDataRole.ToolTipRole and column == "file" and row.stale:
            return self.tr("The file is missing or older than the week: ask for a new one.")
        return None


def _fmt(value: int | float | None, key: str, lang: str) -> str:
    text = export.number(value, key, lang)
    if text and export.UNITS.get(key) is export.T_PERCENT:
        text += " %"
    return text


class TeamPage(QWidget):
    """The weekly meeting figures, the two 12-week charts, and the period report."""

    def __init__(
        self, ops: Ops, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self.ui_lang = "fi"  # numbers as the UI's language writes them (set by install)
        self.week: weeks.Week = weeks.current_week(today())
        self.report: TeamWeek | None = None
        self.outcomes: Outcomes | None = None
        self.hub_set_up = False
        # Each hub read gets a ticket: an answer to an older request (another week, team
        # or source chosen meanwhile) is dropped.
        self._tickets = {"week": 0, "period": 0}

        prev = QPushButton(self.tr("◀ Previous"))
        prev.setObjectName("team_prev")
        prev.setShortcut(QKeySequence("Ctrl+PgUp"))
        prev.clicked.connect(lambda: self.step(-1))
        nxt = QPushButton(self.tr("Next ▶"))
        nxt.setObjectName("team_next")
        nxt.setShortcut(QKeySequence("Ctrl+PgDown"))
        nxt.clicked.connect(lambda: self.step(1))
        this = QPushButton(self.tr("This week"))
        this.setObjectName("team_this")
        this.clicked.connect(lambda: self.set_week(*weeks.current_week(self.today())))
        self.title = QLabel()
        self.title.setObjectName("team_title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.lang = QComboBox()
        self.lang.setObjectName("team_lang")
        self.lang.setAccessibleName(self.tr("Language of the exported report"))
        for code, name in (("fi", "suomi"), ("sv", "svenska"), ("en", "English")):
            self.lang.addItem(name, code)
        self.lang.setToolTip(self.tr("Language of the exported files"))
        export_week = QPushButton(self.tr("Export week…"))
        export_week.setObjectName("team_export_week")
        export_week.clicked.connect(self.export_week)
        # one line at the usual font; with large text or a long translation the week's
        # export wraps onto a line of its own instead of widening the window
        head = WrapRow([[prev, self.title, this, nxt], [self.lang, export_week]])

        self.figures = FigureModel(self)
        self.figure_view = make_table(self.figures, "team_figures")
        self.figure_view.setAccessibleName(self.tr("The team's figures of the week"))
        self.members = MemberModel(self)
        self.member_view = make_table(self.members, "team_members")
        self.member_view.setAccessibleName(self.tr("Employment specialists of the team"))
        self.phases = QLabel()
        self.phases.setObjectName("team_phases")
        self.phases.setToolTip(tr_msg(FIGURES["phase"].note))
        self.missing = QLabel()
        self.missing.setObjectName("team_missing")
        self.missing.setWordWrap(True)
        self.contacts_chart = BarChart([FACE_COLOUR, OTHER_COLOUR])
        self.contacts_chart.setObjectName("team_contacts_chart")
        self.contacts_chart.setToolTip(
            self.tr("The team's employer contacts per week; the red line is the team target.")
        )
        self.contacts_chart.bar_clicked.connect(lambda key: self.set_week(*key))
        self.working_chart = BarChart([LINE_COLOUR])
        self.working_chart.setObjectName("team_working_chart")
        self.working_chart.setToolTip(tr_msg(FIGURES["working"].note))
        self.working_chart.bar_clicked.connect(lambda key: self.set_week(*key))

        left_column = QWidget()
        left = QVBoxLayout(left_column)
        left.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Team figures"))
        QVBoxLayout(box).addWidget(self.figure_view)
        left.addWidget(box, 3)
        left.addWidget(self.phases)
        mbox = QGroupBox(self.tr("Specialists (for the team's own meeting, not a ranking)"))
        mcol = QVBoxLayout(mbox)
        mcol.addWidget(self.member_view)
        mcol.addWidget(self.missing)
        left.addWidget(mbox, 2)
        right_column = QWidget()
        right = QVBoxLayout(right_column)
        right.setContentsMargins(0, 0, 0, 0)
        cbox = QGroupBox(self.tr("Team employer contacts, last 12 weeks"))
        ccol = QVBoxLayout(cbox)
        ccol.addWidget(self.contacts_chart)
        ccol.addWidget(
            QLabel(
                self.tr(
                    "<span style='color:#2e7d32'>■</span> face-to-face  "
                    "<span style='color:#9ccc65'>■</span> other  "
                    "<span style='color:#c62828'>- -</span> target"
                )
            )
        )
        right.addWidget(cbox)
        wbox = QGroupBox(self.tr("People working, last 12 weeks"))
        QVBoxLayout(wbox).addWidget(self.working_chart)
        right.addWidget(wbox)
        right.addWidget(self._period_box(), 1)
        for view, rows in ((self.figure_view, 10), (self.member_view, 3), (self.period_view, 3)):
            # a few rows stay in sight when the columns are one above the other
            lines = view.verticalHeader().defaultSectionSize() * rows
            view.setMinimumHeight(lines + view.horizontalHeader().sizeHint().height() + 4)
        # side by side when they fit; with large text or a long translation one above the
        # other, and the page scrolls up and down instead of outgrowing the screen
        self.columns = Columns([left_column, right_column])
        self.body = VerticalScroll(self.columns)
        self.body.setObjectName("team_body")
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self._source_row())
        layout.addWidget(self.body, 1)
        ops.changed.connect(self._data_changed)

    def _source_row(self) -> QWidget:
        self.source_box = QWidget()
        self.source_box.setObjectName("team_source_row")
        self.source = QComboBox()
        self.source.setObjectName("team_source")
        self.source.addItem(self.tr("This store (team files)"), STORE)
        self.source.addItem(self.tr("Team hub"), HUB)
        self.source.setToolTip(
            self.tr(
                "Where the figures come from: the team files imported into this store, or "
                "the team hub set up in Tools → Team hub."
            )
        )
        source_label = QLabel(self.tr("S&ource:"))
        source_label.setBuddy(self.source)
        self.hub_team = QComboBox()
        self.hub_team.setObjectName("team_hub_team")
        self.hub_team.addItem(self.tr("Every team visible to this account"), "")
        self.hub_team.setToolTip(
            self.tr(
                "On the team hub: one team, or every team this hub account may read (the "
                "county coordinator sees every team, a team leader their own)."
            )
        )
        self.hub_team_label = QLabel(self.tr("Te&am:"))
        self.hub_team_label.setBuddy(self.hub_team)
        self.hub_state = QLabel()
        self.hub_state.setObjectName("team_hub_state")
        self.hub_state.setWordWrap(True)
        self.hub_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout(self.source_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(source_label)
        row.addWidget(self.source)
        row.addSpacing(12)
        row.addWidget(self.hub_team_label)
        row.addWidget(self.hub_team)
        row.addSpacing(12)
        row.addWidget(self.hub_state, 1)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.hub_team.currentIndexChanged.connect(self._source_changed)
        self.source_box.setVisible(False)  # until a hub is set up
        self._show_source()
        return self.source_box

    # -- the source -------------------------------------------------------------------------
    def on_hub(self) -> bool:
        return self.hub_set_up and self.source.currentData() == HUB

    def hub_teams(self) -> tuple[str, ...]:
        """The teams chosen on the hub (empty: every team the account can see)."""
        team = str(self.hub_team.currentData() or "")
        return (team,) if team else ()

    def _check_hub(self) -> None:
        """Whether a hub is set up (this store's settings: no network)."""
        self.hub_set_up = self.ops.call(hub_config.load).configured
        if not self.hub_set_up and self.source.currentData() == HUB:
            self.source.blockSignals(True)
            self.source.setCurrentIndex(self.source.findData(STORE))
            self.source.blockSignals(False)
        self.source_box.setVisible(self.hub_set_up)
        self._show_source()

    def _show_source(self) -> None:
        hub = self.on_hub()
        self.hub_team_label.setVisible(hub)
        self.hub_team.setVisible(hub)
        if not hub:
            self._say_hub("")

    def _say_hub(self, text: str, *, error: bool = False) -> None:
        self.hub_state.setStyleSheet(style.ERROR_CSS if error else "")
        self.hub_state.setText(text)

    def _source_changed(self) -> None:
        self._show_source()
        self._tickets["period"] += 1  # a period report of the other source is not shown
        self.clear_period()
        self.refresh()

    def clear_period(self) -> None:
        self.outcomes = None
        self.period.set_rows([])
        self.period_note.setText("")

    def _fill_teams(self, visible: tuple[str, ...]) -> None:
        """The hub's teams this account can see, keeping the choice."""
        have = [self.hub_team.itemData(i) for i in range(1, self.hub_team.count())]
        if list(visible) == have:
            return
        chosen = self.hub_team.currentData()
        self.hub_team.blockSignals(True)
        while self.hub_team.count() > 1:
            self.hub_team.removeItem(1)
        own = self.ops.call(_own_team)
        for team in visible:
            if own is not None and team == own[0]:
                text = self.tr("Team %1 (%2, this store's team)").replace("%2", own[1])
            else:
                text = self.tr("Team %1")
            self.hub_team.addItem(text.replace("%1", team), team)
        index = self.hub_team.findData(chosen)
        self.hub_team.setCurrentIndex(max(index, 0))
        self.hub_team.blockSignals(False)

    def _ticket(self, what: str, *, hub: bool = True) -> Callable[[], bool]:
        """A new request's ticket: the returned check says whether it is still wanted
        (the page is there, nothing newer was asked, the source is still the same)."""
        self._tickets[what] += 1
        mine = self._tickets[what]
        return lambda: isValid(self) and self._tickets[what] == mine and self.on_hub() == hub

    def _hub_failed(self, exc: BaseException) -> None:
        self._say_hub(explain(exc), error=True)

    def _data_changed(self, what: str) -> None:
        if not self.isVisible():
            return
        if self.on_hub() and what not in ("settings", "*"):
            return  # this store's changes do not change the hub's figures
        self.refresh()

    def _period_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Period outcome report"))
        today = self.today()
        self.start_edit = QDateEdit(QDate(today.year, 1, 1))
        self.start_edit.setObjectName("team_from")
        self.start_edit.setAccessibleName(self.tr("Period from"))
        self.end_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.end_edit.setObjectName("team_to")
        self.end_edit.setAccessibleName(self.tr("Period to"))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("d.M.yyyy")
            edit.setCalendarPopup(True)
        show = QPushButton(self.tr("Show"))
        show.setObjectName("team_period_show")
        show.clicked.connect(self.load_period)
        export_period = QPushButton(self.tr("Export period…"))
        export_period.setObjectName("team_export_period")
        export_period.clicked.connect(self.export_period)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("From")))
        row.addWidget(self.start_edit)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.end_edit)
        row.addWidget(show)
        row.addStretch(1)
        row.addWidget(export_period)
        self.period = PeriodModel(self)
        self.period_view = make_table(self.period, "team_period")
        self.period_view.setAccessibleName(self.tr("Period outcome report"))
        self.period_note = QLabel()
        self.period_note.setObjectName("team_period_note")
        self.period_note.setWordWrap(True)
        col = QVBoxLayout(box)
        col.addLayout(row)
        col.addWidget(self.period_view, 1)
        col.addWidget(self.period_note)
        return box

    # -- the week ----------------------------------------------------------------------
    def step(self, delta: int) -> None:
        self.set_week(*weeks.shift_week(*self.week, delta))

    def set_week(self, iso_year: int, number: int) -> None:
        self.week = (iso_year, number)
        self.refresh()

    def refresh(self) -> None:
        self._check_hub()
        self.show_title()
        if not self.on_hub():
            self._tickets["week"] += 1  # a hub answer still on its way is not shown
            self.show_week(self.ops.call(queries.team_week, *self.week))
            return
        wanted = self._ticket("week")
        self._say_hub(self.tr("Reading the team hub…"))

        def done(result: hub_reports.HubReport[TeamWeek]) -> None:
            if wanted():
                self._fill_teams(result.visible)
                self._say_hub(hub_reports.label(result, tr_msg))
                self.show_week(result.report)

        def failed(exc: BaseException) -> None:
            if wanted():
                self._hub_failed(exc)
                self.clear_week()
                self.clear_period()  # nothing shown as if read from the hub now

        self.ops.background(
            self, self.tr("Reading the team hub"), hub_reports.team_week, *self.week,
            self.hub_teams(), done=done, failed=failed,
        )  # fmt: skip

    def clear_week(self) -> None:
        """No figures (the hub could not be read): nothing that looks like its figures."""
        self.report = None
        self.figures.set_rows([])
        self.members.set_rows([])
        self.phases.setText("")
        self.missing.setText("")
        self.contacts_chart.set_bars([], self.week)
        self.working_chart.set_bars([], self.week)

    def show_title(self) -> None:
        """The week chosen (at once, also while the hub is read or when it fails)."""
        start, end = queries.week_range(*self.week)
        title = (
            self.tr("Team week %1 / %2 (%3–%4)")
            .replace("%1", str(self.week[1]))
            .replace("%2", str(self.week[0]))
            .replace("%3", short_date(start))
            .replace("%4", short_date(end))
        )
        if self.week == weeks.current_week(self.today()):
            title += "  · " + self.tr("this week")
        self.title.setText(title)

    def show_week(self, report: TeamWeek) -> None:
        self.report = report
        targets = export.week_targets(report)
        self.figures.set_rows(
            FigureRow(
                key,
                tr_msg(FIGURES[key].label),
                _fmt(value, key, self.ui_lang),
                _fmt(targets.get(key), key, self.ui_lang),
            )
            for key, value in report.figures.items()
        )
        several = len({m.team_id for m in report.members}) > 1
        with self.members.resetting():
            self.members.show_teams(several)
            own = self.ops.call(_own_team)
            self.members.team_names = {own[0]: own[1]} if own else {}
            rows = list(report.members)
            self.members.rows = sorted(rows, key=lambda m: m.team_id) if several else rows
        for view in (self.figure_view, self.member_view):
            fit_columns(view, 320)
        self.phases.setText(
            self.tr("Clients by phase: %1").replace(
                "%1", "  ".join(f"{p}: {n}" for p, n in sorted(report.phases.items()))
            )
        )
        stale = [m.name for m in report.missing]
        self.missing.setText(
            self.tr("Missing or old files: %1").replace("%1", ", ".join(stale))
            if stale
            else self.tr("Every specialist's file covers the week.")
        )
        self.contacts_chart.set_bars(
            [
                Bar(
                    (p.iso_year, p.week),
                    str(p.week),
                    (p.face_to_face, p.contacts - p.face_to_face),
                    p.target,
                )  # fmt: skip
                for p in report.series
            ],
            self.week,
        )
        self.working_chart.set_bars(
            [Bar((p.iso_year, p.week), str(p.week), (p.working,)) for p in report.series],
            self.week,
        )

    # -- the period ----------------------------------------------------------------------
    def period_range(self) -> tuple[date, date] | None:
        start: date = self.start_edit.date().toPython()  # type: ignore[assignment]
        end: date = self.end_edit.date().toPython()  # type: ignore[assignment]
        if end < start:
            dialogs.error(self, self.tr("Period"), self.tr("The period ends before it starts."))
            return None
        return start, end

    def load_period(self) -> None:
        span = self.period_range()
        if span is None:
            return
        if not self.on_hub():
            from_store = self._ticket("period", hub=False)
            self.ops.background(
                self, self.tr("Building the report"), queries.outcomes, *span,
                done=lambda report: self.show_period(report) if from_store() else None,
            )  # fmt: skip
            return
        wanted = self._ticket("period")
        self._say_hub(self.tr("Reading the team hub…"))

        def done(result: hub_reports.HubReport[Outcomes]) -> None:
            if wanted():
                self._fill_teams(result.visible)
                self._say_hub(hub_reports.label(result, tr_msg))
                self.show_period(result.report)

        def failed(exc: BaseException) -> None:
            if wanted():
                self._hub_failed(exc)
                self.clear_period()

        self.ops.background(
            self, self.tr("Reading the team hub"), hub_reports.outcomes, *span,
            self.hub_teams(), done=done, failed=failed,
        )  # fmt: skip

    def show_period(self, report: Outcomes) -> None:
        self.outcomes = report
        self.period.set_rows(
            FigureRow(key, tr_msg(FIGURES[key].label), _fmt(value, key, self.ui_lang))
            for key, value in report.figures.items()
        )
        fit_columns(self.period_view, 420)
        self.period_note.setText(
            self.tr("Missing or old files: %1").replace("%1", ", ".join(report.stale))
            if report.stale
            else ""
        )

    # -- exports -------------------------------------------------------------------------
    def _ask_target(self, suggested: str) -> tuple[Path, str] | None:
        chosen = dialogs.save_file(
            self,
            self.tr("Export report"),
            suggested,
            self.tr("PDF document (*.pdf);;CSV table (*.csv)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() not in (".pdf", ".csv"):
            target = target.with_suffix(".pdf")
        return target, str(self.lang.currentData())

    def _written(self, path: Path) -> None:
        self.ops.changed.emit("access log")
        self.status(self.tr("Written: %1").replace("%1", str(path)))

    def status(self, text: str) -> None:
        self.period_note.setText(text)

    def export_week(self) -> None:
        code = f"{self.week[0]}-W{self.week[1]:02d}"
        chosen = self._ask_target(self.tr("team-week-%1.pdf").replace("%1", code))
        if chosen is None:
            return
        target, lang = chosen
        if self.on_hub():  # read from the hub again and logged as the CLI's --hub export
            self.ops.background(
                self, self.tr("Exporting"), hub_reports.write_week, *self.week, target,
                lang=lang, teams=self.hub_teams(), done=self._written,
                failed=self._export_failed,
            )  # fmt: skip
            return
        self.ops.background(
            self, self.tr("Exporting"), export.write_week, *self.week, target,
            lang=lang, done=self._written,
        )  # fmt: skip

    def export_period(self) -> None:
        span = self.period_range()
        if span is None:
            return
        name = self.tr("outcomes-%1-%2.pdf")
        chosen = self._ask_target(
            name.replace("%1", span[0].isoformat()).replace("%2", span[1].isoformat())
        )
        if chosen is None:
            return
        target, lang = chosen
        if self.on_hub():
            self.ops.background(
                self, self.tr("Exporting"), hub_reports.write_outcomes, *span, target,
                lang=lang, teams=self.hub_teams(), done=self._written,
                failed=self._export_failed,
            )  # fmt: skip
            return
        self.ops.background(
            self, self.tr("Exporting"), export.write_outcomes, *span, target,
            lang=lang, done=self._written,
        )  # fmt: skip

    def _export_failed(self, exc: BaseException) -> None:
        """A hub export that failed (nothing written, nothing logged) says why here."""
        if isValid(self):
            self._hub_failed(exc)

    def showEvent(self, event: object) -> None:  # noqa: N802
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]


def install(host: Host) -> None:
    page = TeamPage(host.ops)
    page.setObjectName("team_page")
    lang = ui_language()  # the language the UI speaks now (--lang too), not only the setting
    page.ui_lang = lang
    index = page.lang.findData(lang)
    if index >= 0:
        page.lang.setCurrentIndex(index)
    host.add_page(
        page,
        QCoreApplication.translate("TeamPage", "&Team"),
        shortcut=SHORTCUT,
        name="act_team_reports",
        on_show=page.figure_view.setFocus,
    )
