"""The Fidelity page (*IPS-laatukriteeristön itsearviointi*): a self-review of a period.

Start a review for a period (default: the last 3 months) or reopen a saved one; the 25
items by section in a table, the selected item's anchors, score and note beside it. The
items the records answer show their figure, the proposed score, the thresholds behind
it and the evidence by client code; a score other than the proposal needs a reason in
the note, and both are kept. Keyboard: arrows move between items, 1–5 score the
selected item, 0 or Delete clears it, Tab goes to the score buttons and the note; Ctrl+S
saves. Below: the total, the band, the sections and a chart of the saved reviews.

On a team leader's store that holds the members' team files, a "Scope" choice (own
clients / whole team) computes the review over the leader's own records or over the
whole team's pseudonymous team data; a saved review keeps its scope.

The items are computed off the GUI thread (``ops.background``: a few hundred ms for a
team of 30 over five years, more for a county): while they are, the page says so, the
controls that would start, open, save or score wait, and the table, the evidence and the
rest of the window stay usable; the result is shown when it comes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QRect,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core.dates import format_date
from ipsdesk.core.fidelity import reviews
from ipsdesk.core.fidelity.compute import ItemResult
from ipsdesk.core.fidelity.items import BAND_LABELS, BY_NUMBER, ITEMS, MAX_TOTAL, SECTION_LABELS
from ipsdesk.core.fidelity.items import Section as ItemSection
from ipsdesk.core.fidelity.reviews import OWN, TEAM, Review
from ipsdesk.core.fidelity.team_inputs import has_team_data
from ipsdesk.core.fidelity.thresholds import THRESHOLDS
from ipsdesk.core.i18n import LANGUAGES, format_arg
from ipsdesk.core.services.validation import ValidationError
from ipsdesk.ui.fidelity.chart import FidelityChart
from ipsdesk.ui.kit import dialogs, style
from ipsdesk.ui.kit.forms import parse_date
from ipsdesk.ui.kit.i18n import tr_msg, ui_language
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.kit.reflow import VerticalScroll
from ipsdesk.ui.kit.runner import show_failure
from ipsdesk.ui.kit.tables import RowTableModel, fit_columns, key, make_table
from ipsdesk.ui.kit.wrap_row import WrapRow

if TYPE_CHECKING:
    from ipsdesk.ui.features import Host

SHORTCUT = "Ctrl+Shift+F"


W = TypeVar("W", bound=QWidget)
T = TypeVar("T")


def named(widget: W, name: str) -> W:
    """``widget`` with its object name (what tests and screen readers find it by)."""
    widget.setObjectName(name)
    return widget


class FidelityItemsModel(RowTableModel[int]):
    """The 25 items (rows are item numbers); scores and notes come from the page."""

    columns = ("no", "section", "item", "proposed", "score", "note")

    def __init__(self, page: FidelityPage):
        super().__init__(page)
        self.page = page
        self.rows = [i.number for i in ITEMS]

    def title(self, column: Any) -> str:
        return {
            "no": self.tr("No."),
            "section": self.tr("Section"),
            "item": self.tr("Item"),
            "proposed": self.tr("Proposed"),
            "score": self.tr("Score"),
            "note": self.tr("Note"),
        }[column]

    def display(self, row: int, column: Any) -> Any:
        item = BY_NUMBER[row]
        score, note = self.page.scores.get(row, (None, ""))
        result = self.page.results.get(row)
        if column == "no":
            return str(row)
        if column == "section":
            return tr_msg(SECTION_LABELS[item.section])
        if column == "item":
            return tr_msg(item.name)
        if column == "proposed":
            if row not in THRESHOLDS or (result is None and self.page.review_id is None):
                return ""
            proposal = self.page.proposal(row)
            return str(proposal) if proposal is not None else self.tr("not enough data")
        if column == "score":
            if score is None:
                return ""
            proposal = self.page.proposal(row)
            if proposal is not None and score != proposal:
                return self.tr("%1 (overruled)").replace("%1", str(score))
            return str(score)
        return note.splitlines()[0] if note else ""

    def refresh(self, number: int | None = None) -> None:
        if number is None:
            top, bottom = 0, len(self.rows) - 1
        else:
            top = bottom = self.rows.index(number)
        self.dataChanged.emit(self.index(top, 0), self.index(bottom, len(self.columns) - 1))


class FidelityPage(QWidget):
    saved = Signal(int)
    exported = Signal(object)  # the Path written

    def __init__(
        self, ops: Ops, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("fidelity_page")
        self.ops = ops
        self.today = today
        self.review_id: int | None = None
        self.start, self.end = reviews.default_period(today())
        self.scores: dict[int, tuple[int | None, str]] = {}
        self.results: dict[int, ItemResult] = {}
        self.reviewer = ""
        self.saved_proposals: dict[int, int | None] = {}
        self.scope = OWN
        self._summaries: list[reviews.ReviewSummary] = []
        self._scope_chosen = False  # the team leader's own choice (else: whole team)
        self.dirty = False
        self._loading = False
        self._stale = True  # the draft is computed when the page is first shown
        self.busy = False  # the items are being computed (or a review saved) off the GUI thread
        self._generation = 0  # the newest background job; an older one's result is dropped

        layout = QVBoxLayout(self)
        self.from_edit = named(QLineEdit(), "fid_from")
        self.to_edit = named(QLineEdit(), "fid_to")
        for edit in (self.from_edit, self.to_edit):
            edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
            edit.setMaximumWidth(110)
            # a whole date stays readable when the bar is crowded (the scope choice)
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("30.12.2026") + 16)
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To"))
        to_label.setBuddy(self.to_edit)
        self.scope_box = named(QComboBox(), "fid_scope")
        self.scope_box.addItem(self.tr("Own clients"), OWN)
        self.scope_box.addItem(self.tr("Whole team"), TEAM)
        self.scope_box.setAccessibleName(self.tr("Whose clients the review covers"))
        self.scope_label = QLabel(self.tr("Sco&pe"))
        self.scope_label.setBuddy(self.scope_box)
        self.scope_box.activated.connect(self._scope_activated)
        self.scope_label.hide()
        self.scope_box.hide()
        self.start_button = named(QPushButton(self.tr("Start &review")), "fid_start")
        self.start_button.clicked.connect(self.start_review)
        self.to_edit.returnPressed.connect(self.start_review)
        self.from_edit.returnPressed.connect(self.start_review)
        self.history_box = named(QComboBox(), "fid_reviews")
        # filled after the first show: room for a period and its total ("1.9.2026–30.11.2026:
        # 113"), however long the list's lines are
        self.history_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.history_box.setMinimumContentsLength(23)
        history_label = QLabel(self.tr("&Earlier reviews"))
        history_label.setBuddy(self.history_box)
        self.open_button = named(QPushButton(self.tr("&Open")), "fid_open")
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = named(QPushButton(self.tr("&Save")), "fid_save")
        self.save_button.clicked.connect(self.save)
        self.lang_box = named(QComboBox(), "fid_lang")
        self.lang_box.setAccessibleName(self.tr("Language of the exported review"))
        for code, name in (("fi", "suomi"), ("sv", "svenska"), ("en", "English")):
            self.lang_box.addItem(name, code)
        ui_lang = QLocale().name()[:2]
        self.lang_box.setCurrentIndex(
            max(0, self.lang_box.findData(ui_lang if ui_lang in LANGUAGES else "fi"))
        )
        self.export_button = named(QPushButton(self.tr("E&xport…")), "fid_export")
        self.export_button.clicked.connect(self.export)
        # one line at the usual font; with large text or a long translation the period
        # and the review's actions wrap onto two lines instead of widening the window
        bar = WrapRow(
            [
                [
                    self.scope_label,
                    self.scope_box,
                    from_label,
                    self.from_edit,
                    to_label,
                    self.to_edit,
                    self.start_button,
                ],
                [
                    history_label,
                    self.history_box,
                    self.open_button,
                    self.save_button,
                    self.lang_box,
                    self.export_button,
                ],
            ]
        )
        layout.addWidget(bar)
        self.heading = named(QLabel(), "fid_heading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.busy_label = named(
            QLabel(self.tr("Computing the items from the records…")), "fid_busy"
        )
        self.busy_label.setStyleSheet(style.HINT_CSS)
        self.busy_label.hide()
        layout.addWidget(self.busy_label)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = FidelityItemsModel(self)
        self.view = make_table(self.model, "fid_items")
        self.view.setAccessibleName(self.tr("The 25 quality criteria"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table for the score and note
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        for n in range(1, 6):
            key(self.view, Qt.Key(int(Qt.Key.Key_0) + n), partial(self.set_score, n))
        key(self.view, Qt.Key.Key_0, lambda: self.set_score(None))
        key(self.view, Qt.Key.Key_Delete, lambda: self.set_score(None))
        split.addWidget(self.view)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 0, 4, 0)
        self.item_title = named(QLabel(), "fid_item_title")
        self.item_title.setWordWrap(True)
        self.item_title.setStyleSheet("font-weight: bold;")
        side_layout.addWidget(self.item_title)
        anchors = QGroupBox(self.tr("Score"))
        grid = QGridLayout(anchors)
        self.score_group = QButtonGroup(self)
        self.score_group.setExclusive(True)
        self.anchor_labels: dict[int, QLabel] = {}
        for row, n in enumerate((5, 4, 3, 2, 1)):
            button = named(QRadioButton(str(n)), f"fid_score_{n}")
            self.score_group.addButton(button, n)
            label = QLabel()
            label.setWordWrap(True)
            label.setMinimumHeight(2 * label.fontMetrics().lineSpacing() + 2)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setBuddy(button)
            self.anchor_labels[n] = label
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
        none = named(QRadioButton(self.tr("Not scored")), "fid_score_none")
        self.score_group.addButton(none, 0)
        grid.addWidget(none, 5, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.score_group.idClicked.connect(lambda n: self.set_score(n or None))
        side_layout.addWidget(anchors)
        note_label = QLabel(self.tr("&Note (needed when you overrule the proposal)"))
        note_label.setWordWrap(True)
        self.note_edit = named(QPlainTextEdit(), "fid_note")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(70)
        note_label.setBuddy(self.note_edit)
        self.note_edit.textChanged.connect(self._note_changed)
        side_layout.addWidget(note_label)
        side_layout.addWidget(self.note_edit)
        self.overrule_hint = named(QLabel(), "fid_overrule")
        self.overrule_hint.setWordWrap(True)
        self.overrule_hint.setStyleSheet(style.NOTE_CSS)
        self.overrule_hint.hide()
        side_layout.addWidget(self.overrule_hint)
        self.computed = QGroupBox(self.tr("Computed from the records"))
        computed_layout = QVBoxLayout(self.computed)
        self.figure_label = named(QLabel(), "fid_figure")
        self.figure_label.setWordWrap(True)
        self.thresholds_label = named(QLabel(), "fid_thresholds")
        self.thresholds_label.setWordWrap(True)
        self.thresholds_label.setStyleSheet(style.HINT_CSS)
        self.evidence = named(QListWidget(), "fid_evidence")
        self.evidence.setAccessibleName(self.tr("Evidence: the cases the figure rests on"))
        self.evidence.setMinimumHeight(5 * self.evidence.fontMetrics().lineSpacing() + 8)
        computed_layout.addWidget(self.figure_label)
        computed_layout.addWidget(self.thresholds_label)
        computed_layout.addWidget(self.evidence, 1)
        side_layout.addWidget(self.computed, 1)
        # the item's panel scrolls when large text or a long translation makes it taller
        # than the window, rather than making the window taller than the screen
        self.side_scroll = named(VerticalScroll(side), "fid_side")
        split.addWidget(self.side_scroll)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

        bottom = QHBoxLayout()
        totals = QVBoxLayout()
        self.total_label = named(QLabel(), "fid_total")
        self.total_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.sections_label = named(QLabel(), "fid_sections")
        self.sections_label.setWordWrap(True)
        totals.addWidget(self.total_label)
        totals.addWidget(self.sections_label)
        totals.addStretch(1)
        bottom.addLayout(totals)
        self.chart = FidelityChart()
        bottom.addWidget(self.chart, 1)
        layout.addLayout(bottom)

        buttons = [self.score_group.button(n) for n in (5, 4, 3, 2, 1, 0)]
        for a, b in zip([self.view, *buttons], [*buttons, self.note_edit], strict=True):
            QWidget.setTabOrder(a, b)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        self._set_period_fields(self.start, self.end)
        # what waits while the items are computed (the table and the evidence do not)
        self._wait_while_busy: tuple[QWidget, ...] = (
            self.scope_box,
            self.from_edit,
            self.to_edit,
            self.start_button,
            self.history_box,
            self.open_button,
            self.save_button,
            self.export_button,
            anchors,
            self.note_edit,
        )
        self.ops.changed.connect(self._data_changed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Reads the store when shown, not at start-up (a big store takes a few hundred ms)."""
        super().showEvent(event)
        self._refresh_if_stale()

    def _refresh_if_stale(self) -> None:
        if self._stale and not self.busy:  # else: when the running job is done
            self._stale = False
            self._update_scope_choice()
            self.reload_history()
            if not self.dirty and self.review_id is None:
                self.new_draft(self.start, self.end)

    # -- scope: own clients or the whole team --------------------------------------------
    def _update_scope_choice(self) -> None:
        """Offer the scope when the store holds team data; a team leader reviews the whole
        team unless they chose otherwise."""
        team = bool(self.ops.call(has_team_data))
        self.scope_label.setVisible(team)
        self.scope_box.setVisible(team)
        if not team:
            self.scope = OWN
        elif not self._scope_chosen and self.review_id is None and not self.dirty:
            self.scope = TEAM
        self._show_scope(self.scope)

    def _show_scope(self, scope: str) -> None:
        self.scope_box.setCurrentIndex(max(0, self.scope_box.findData(scope)))

    def _scope_activated(self, _index: int) -> None:
        scope = self.scope_box.currentData()
        if scope == self.scope:
            return
        if not self._confirm_discard():
            self._show_scope(self.scope)
            return
        self._scope_chosen = True
        self.scope = scope
        start, end = self.start, self.end
        self.review_id = None
        self.new_draft(start, end)

    def set_scope(self, scope: str) -> None:
        """Choose the scope as the combo box does (a new draft of the current period)."""
        self.scope_box.setCurrentIndex(self.scope_box.findData(scope))
        self._scope_activated(self.scope_box.currentIndex())

    # -- loading ---------------------------------------------------------------------
    def _set_period_fields(self, start: date, end: date) -> None:
        self.from_edit.setText(format_date(start))
        self.to_edit.setText(format_date(end))

    def reload_history(self) -> None:
        summaries = self.ops.call(reviews.list_reviews)
        self.history_box.clear()
        for r in reversed(summaries):  # newest first
            text = f"{format_date(r.start)}–{format_date(r.end)}: {r.total}"
            if r.scope == TEAM:
                text = self.tr("%1 (whole team)").replace("%1", text)
            if r.band is None:
                text += " " + self.tr("(%1/25 scored)").replace("%1", str(r.scored))
            self.history_box.addItem(text, r.id)
        self.open_button.setEnabled(bool(summaries))
        self._summaries = summaries
        self._update_chart()

    def _update_chart(self) -> None:
        """The chart follows the reviews of the scope shown (own and team totals apart)."""
        self.chart.set_reviews([r for r in self._summaries if r.scope == self.scope])

    def _confirm_discard(self) -> bool:
        if not self.dirty:
            return True
        return dialogs.ask(
            self,
            self.tr("Unsaved review"),
            self.tr("The review has changes that are not saved. Discard them?"),
        )

    # -- work off the GUI thread ------------------------------------------------------
    def _background(
        self,
        title: str,
        service: Callable[..., T],
        *args: Any,
        done: Callable[[T], Any],
        what: str = "",
        on_error: Callable[[BaseException], bool] | None = None,
        busy_text: str = "",
        **kwargs: Any,
    ) -> None:
        """Run ``service`` with ``ops.background``; the page shows it is busy until
        ``done(result)`` (a validation error is shown as the page shows it; ``on_error``
        may say another error itself and return True)."""
        self._generation += 1
        generation = self._generation
        self._set_busy(True, busy_text)

        def finished(result: T) -> None:
            if generation != self._generation:
                return  # a newer job replaced this one
            self._set_busy(False)
            done(result)
            if self._stale and self.isVisible():
                self._refresh_if_stale()  # records changed while the job ran

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            if on_error is not None and on_error(exc):
                return
            if isinstance(exc, ValidationError):
                dialogs.error(self, title, self._first_error(exc))
            else:
                show_failure(self, title)(exc)

        self.ops.background(
            self, title, service, *args, what=what, done=finished, failed=failed, **kwargs
        )

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.busy_label.setText(text or self.tr("Computing the items from the records…"))
        self.busy_label.setVisible(busy)
        for w in self._wait_while_busy:
            w.setEnabled(not busy)
        if not busy:
            self.open_button.setEnabled(self.history_box.count() > 0)

    def new_draft(self, start: date, end: date) -> None:
        """Compute a draft of the period (off the GUI thread) and show it when done."""
        self._background(
            self.tr("Start a review"),
            reviews.new_review,
            start,
            end,
            today=self.today(),
            scope=self.scope,
            done=self._show,
        )

    def start_review(self) -> bool:
        start, end = parse_date(self.from_edit.text()), parse_date(self.to_edit.text())
        if not isinstance(start, date) or not isinstance(end, date):
            dialogs.error(self, self.tr("Start a review"), self.tr("Give the period as d.m.yyyy."))
            return False
        if not self._confirm_discard():
            return False
        self.new_draft(start, end)  # a period the core refuses is said when it answers
        self.view.setFocus()
        return True

    def open_selected(self) -> None:
        review_id = self.history_box.currentData()
        if review_id is not None and self._confirm_discard():
            self.open_review(int(review_id))

    def open_review(self, review_id: int, then: Callable[[], Any] | None = None) -> None:
        """Open a saved review, its items computed again off the GUI thread."""

        def show(review: Review) -> None:
            self._show(review)
            self.view.setFocus()
            if then is not None:
                then()

        self._background(
            self.tr("Open a review"), reviews.get_review, review_id, evidence=True, done=show
        )

    def _show(self, review: Review) -> None:
        self._loading = True
        self.review_id = review.id
        self.start, self.end = review.start, review.end
        self.reviewer = review.reviewer
        self.scope = review.scope
        self._show_scope(review.scope)
        self._update_chart()
        self.scores = {n: (s.score, s.note) for n, s in review.scores.items()}
        self.results = dict(review.results)
        # a saved review keeps the proposal of its saving time
        self.saved_proposals = {n: s.proposed for n, s in review.scores.items()}
        self._set_period_fields(review.start, review.end)
        if review.scope == TEAM:
            if review.id is None:
                heading = self.tr("New review of the whole team, %1–%2 (not saved yet)")
            else:
                heading = self.tr("Review of the whole team, %1–%2, saved")
        elif review.id is None:
            heading = self.tr("New review of %1–%2 (not saved yet)")
        else:
            heading = self.tr("Review of %1–%2, saved")
        self.heading.setText(
            heading.replace("%1", format_date(review.start)).replace("%2", format_date(review.end))
        )
        self.model.refresh()
        fit_columns(self.view, 260)
        self.dirty = False
        self._loading = False
        current = self.view.currentIndex()
        self.view.selectRow(current.row() if current.isValid() else 0)
        self._show_item(self.current_item())
        self._update_total()

    # -- the selected item -------------------------------------------------------------
    def current_item(self) -> int:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else 1

    def select_item(self, number: int) -> None:
        self.view.selectRow(self.model.rows.index(number))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_item(self.model.rows[current.row()])

    def _show_item(self, number: int) -> None:
        item = BY_NUMBER[number]
        self._loading = True
        self.item_title.setText(
            f"{number}. {tr_msg(item.name)} ({tr_msg(SECTION_LABELS[item.section])})"
        )
        for n, label in self.anchor_labels.items():
            label.setText(tr_msg(item.anchor(n)))
            width = max(label.width(), 200)
            box = label.fontMetrics().boundingRect(
                QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, label.text()
            )
            label.setMinimumHeight(max(box.height(), 2 * label.fontMetrics().lineSpacing()) + 2)
        score, note = self.scores.get(number, (None, ""))
        button = self.score_group.button(score or 0)
        button.setChecked(True)
        if self.note_edit.toPlainText() != note:
            self.note_edit.setPlainText(note)
        self._loading = False
        self._show_computed(number)
        self._update_overrule(number)

    def proposal(self, number: int) -> int | None:
        """The proposed score: as saved with a saved review, else as computed now."""
        if self.review_id is not None:
            return self.saved_proposals.get(number)
        result = self.results.get(number)
        return result.proposed if result is not None else None

    def _show_computed(self, number: int) -> None:
        t = THRESHOLDS.get(number)
        self.evidence.clear()
        if t is None:
            self.computed.setVisible(False)
            return
        self.computed.setVisible(True)
        result = self.results.get(number)
        measure = tr_msg(t.measure)
        if result is None or result.figure is None:
            figure = self.tr("%1: no figure (%2 cases)").replace("%1", measure)
            figure = figure.replace("%2", str(result.count if result else 0))
        else:
            unit = f" {t.unit}" if t.unit else ""
            figure = self.tr("%1: %2 (%3 %4)").replace("%1", measure)
            value = (
                QLocale()
                .toString(result.figure, "f", 1)
                .removesuffix(QLocale().decimalPoint() + "0")
            )
            figure = figure.replace("%2", value + unit).replace("%3", str(result.count))
            figure = figure.replace("%4", tr_msg(t.counted))
        if result is not None and result.proposed is not None:
            figure += "\n" + self.tr("Proposed score: %1").replace("%1", str(result.proposed))
        elif result is not None:
            figure += "\n" + self.tr(
                "Not enough data for a proposal: at least %1 %2 are needed."
            ).replace("%1", str(t.minimum)).replace("%2", tr_msg(t.counted))
        if result is not None:
            for label, detail in result.details:
                figure += f"\n{tr_msg(label)}: {format_arg(detail, ui_language())}"
        per_specialist: list[str] = []
        if result is not None:
            for p in result.per_specialist:
                per_specialist.append(
                    self.tr("%1: %2 (%3)")
                    .replace("%1", p.name)
                    .replace("%2", QLocale().toString(p.figure, "f", 1))
                    .replace("%3", str(p.count))
                )
        if len(per_specialist) == 1:
            figure += "\n" + per_specialist[0]
        self.figure_label.setText(figure)
        bands = "  ".join(f"{s}: {t.range_text(s)}" for s in (5, 4, 3, 2, 1))
        source = tr_msg(t.source) + (" " + tr_msg(t.note) if t.note else "")
        self.thresholds_label.setText(bands + "\n" + source)
        if result is None:
            return
        if len(per_specialist) > 1:  # a team: each specialist's figure heads the list
            bold = self.evidence.font()
            bold.setBold(True)
            for text in per_specialist:
                line = QListWidgetItem(text, self.evidence)
                line.setFont(bold)
                line.setToolTip(text)
        for e in result.evidence:
            mark = {True: "✓ ", False: "✗ ", None: ""}[e.ok]
            line = QListWidgetItem(f"{mark}{e.ref}  {tr_msg(e.what, *e.args)}", self.evidence)
            line.setToolTip(line.text())

    def _update_overrule(self, number: int) -> None:
        score, note = self.scores.get(number, (None, ""))
        proposal = self.proposal(number)
        if proposal is not None and score is not None and score != proposal:
            text = self.tr("You overrule the proposed score %1; both are kept.").replace(
                "%1", str(proposal)
            )
            if not note.strip():
                text += " " + self.tr("Say why in the note.")
            self.overrule_hint.setText(text)
            self.overrule_hint.show()
        else:
            self.overrule_hint.hide()

    # -- editing -----------------------------------------------------------------------
    def set_score(self, score: int | None, number: int | None = None) -> None:
        if self.busy:
            return  # the review shown is about to be replaced
        number = number or self.current_item()
        _old, note = self.scores.get(number, (None, ""))
        self.scores[number] = (score, note)
        self.dirty = True
        self.model.refresh(number)
        if number == self.current_item():
            self._loading = True
            self.score_group.button(score or 0).setChecked(True)
            self._loading = False
            self._update_overrule(number)
        self._update_total()

    def _note_changed(self) -> None:
        if self._loading:
            return
        number = self.current_item()
        score, _old = self.scores.get(number, (None, ""))
        self.scores[number] = (score, self.note_edit.toPlainText())
        self.dirty = True
        self.model.refresh(number)
        self._update_overrule(number)

    def total(self) -> tuple[int, int]:
        scored = [s for s, _ in self.scores.values() if s is not None]
        return sum(scored), len(scored)

    def _update_total(self) -> None:
        total, scored = self.total()
        text = self.tr("Total %1 / %2").replace("%1", str(total)).replace("%2", str(MAX_TOTAL))
        if scored == len(ITEMS):
            text += " – " + tr_msg(BAND_LABELS[reviews.band(total)])
        else:
            text += " – " + self.tr("%1 of 25 items scored").replace("%1", str(scored))
        self.total_label.setText(text)
        parts = []
        for section in ItemSection:
            numbers = [i.number for i in ITEMS if i.section is section]
            points = sum(self.scores.get(n, (None, ""))[0] or 0 for n in numbers)
            # a wrapped line breaks between the sections, not inside one (no-break spaces)
            part = f"{tr_msg(SECTION_LABELS[section])} {points} / {5 * len(numbers)}"
            parts.append(part.replace(" ", "\u00a0"))
        self.sections_label.setText("   ".join(parts))

    # -- saving and exporting ----------------------------------------------------------
    def _first_error(self, exc: ValidationError) -> str:
        name, (msg, args) = sorted(exc.errors.items())[0]
        text = tr_msg(msg, *args)
        if name.startswith("item_"):
            number = int(name.removeprefix("item_"))
            self.select_item(number)
            text = f"{number}. {tr_msg(BY_NUMBER[number].name)}: {text}"
        return text

    def save(self) -> None:
        """Save the review off the GUI thread (the proposals are computed again to keep
        beside the scores); then reopen it and emit ``saved``."""
        if self.busy:
            return
        current = self.current_item()

        def reopen(review_id: int) -> None:
            self.reload_history()
            index = self.history_box.findData(review_id)
            self.history_box.setCurrentIndex(max(index, 0))

            def reopened() -> None:
                self.select_item(current)
                self.saved.emit(review_id)

            self.open_review(review_id, then=reopened)

        self._background(
            self.tr("Save the review"),
            reviews.save_review,
            self.review_id,
            self.start,
            self.end,
            dict(self.scores),
            scope=self.scope,
            today=self.today(),
            what="fidelity",
            done=reopen,
            busy_text=self.tr("Saving the review…"),
        )

    def export(self) -> Path | None:
        """Ask where, then write the review there off the GUI thread (a saved review's
        PDF computes the per-specialist figures again); ``exported`` tells when it is
        written. Returns the file chosen, None if none was."""
        if self.busy:
            return None  # the review shown is about to be replaced
        lang = self.lang_box.currentData()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
        name = self.tr("fidelity-review") + f"_{self.end.isoformat()}_{lang}.pdf"
        chosen = dialogs.save_file(
            self,
            self.tr("Export the review"),
            str(Path(folder) / name),
            self.tr("PDF documents (*.pdf);;CSV for Excel (*.csv)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".csv"):
            path = path.with_name(path.name + ".pdf")
        which: int | Review = self.review_id if self.review_id and not self.dirty else self._draft()

        def not_written(exc: BaseException) -> bool:
            if not isinstance(exc, OSError):
                return False
            dialogs.error(
                self,
                self.tr("Export the review"),
                self.tr("The review could not be saved: %1").replace(
                    "%1", exc.strerror or str(exc)
                ),
            )
            return True

        self._background(
            self.tr("Export the review"),
            reviews.export_review,
            which,
            lang,
            path,
            done=self.exported.emit,
            on_error=not_written,
            busy_text=self.tr("Writing %1…").replace("%1", path.name),
        )
        return path

    def _draft(self) -> Review:
        """What is on screen, saved or not, as a review to export."""
        scores = {
            n: reviews.ItemScore(
                n,
                score,
                self.proposal(n),
                self.results[n].figure if n in self.results else None,
                self.results[n].count if n in self.results else None,
                note.strip(),
            )
            for n, (score, note) in self.scores.items()
        }
        return Review(
            None,
            self.start,
            self.end,
            scores,
            self.scope,
            reviewer=self.reviewer,
            results=self.results,
        )

    def _data_changed(self, what: str) -> None:
        if what == "fidelity":
            return  # the page itself saved; it reloads what it needs
        # records changed elsewhere: an untouched draft follows them, the next time it shows
        self._stale = True
        if self.isVisible():
            self._refresh_if_stale()


def install(host: Host) -> FidelityPage:
    """Go → Fidelity (Ctrl+Shift+F): the page, which reads the store when first shown."""
    page = FidelityPage(host.ops)
    host.add_page(
        page,
        QCoreApplication.translate("FidelityPage", "&Fidelity"),
        shortcut=SHORTCUT,
        name="act_fidelity",
        on_show=page.view.setFocus,
    )
    return page
