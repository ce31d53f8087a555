"""The action-plan editor: one draft, saved as the next version of the plan.

Prefilled by ``draft_from_client`` (the profile, consents and benefits counselling
pulled in, or the latest version copied). "Refresh from records" pulls strengths,
wishes, information sharing and benefits counselling again; the replacement can be
undone with Ctrl+Z. Validation messages appear beneath each field and in the step cells.
Ctrl+S saves here too (the workspace's own Ctrl+S saves only its forms).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core.dates import format_date
from ipsdesk.core.domain.plan_document import FIELD_LABELS, PlanDraft
from ipsdesk.core.i18n import Msg
from ipsdesk.core.services.plans import PulledIn
from ipsdesk.core.services.validation import ValidationError
from ipsdesk.ui.kit import style
from ipsdesk.ui.kit.forms import PlainTextEdit, parse_date
from ipsdesk.ui.kit.i18n import tr_msg
from ipsdesk.ui.plan.steps import COLUMNS, StepsEditor, column_title

#: Fields that "Refresh from records" replaces (the goal and agreements are the client's).
PULLED_FIELDS = ("strengths", "preferences", "sharing", "benefits")
LONG_FIELDS = ("goal", "strengths", "preferences", "support_agreed", "sharing", "benefits")


def _date_text(value: object) -> str:
    return format_date(value) if isinstance(value, date) else ("" if value is None else str(value))


class PlanEditor(QWidget):
    """Edits a :class:`PlanDraft`; ``save(draft)`` stores it (raising ValidationError)."""

    saved = Signal(int)  # the new version's number
    discarded = Signal()

    def __init__(
        self,
        save: Callable[[PlanDraft], int],
        refresh: Callable[[], PulledIn],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._save, self._refresh = save, refresh
        self.based_on: int | None = None
        self.dirty = False
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        self.title = QLabel()
        self.title.setObjectName("plan_editor_title")
        self.title.setStyleSheet(style.scaled_font_css(1.45))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.steps = StepsEditor()
        self.steps.model.edited.connect(self._mark_dirty)
        refresh_button = QPushButton(self.tr("Refresh from records"))
        refresh_button.setObjectName("plan_refresh")
        refresh_button.setToolTip(
            self.tr(
                "Take strengths, wishes for work, information sharing and benefits "
                "counselling again from the profile, consents and counselling records."
            )
        )
        refresh_button.clicked.connect(self.refresh_from_records)
        rows: list[tuple[str, str]] = [
            ("made_on", self.tr("Plan date")),
            *((n, tr_msg(FIELD_LABELS[n])) for n in ("goal", "strengths", "preferences")),
            ("steps", self.tr("Steps")),
            *(
                (n, tr_msg(FIELD_LABELS[n]))
                for n in ("support_agreed", "meeting_frequency", "sharing", "benefits")
            ),
            ("next_review_on", tr_msg(FIELD_LABELS["next_review_on"])),
        ]
        for name, text in rows:
            editor = self._editor(name)
            label = QLabel(text + (" *" if name in ("goal", "made_on") else ""))
            label.setBuddy(self.steps.view if name == "steps" else editor)
            box = QWidget()
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(2)
            col.addWidget(editor)
            if name == "steps":
                self.errors[name] = self.steps.error
            else:
                err = QLabel()
                err.setObjectName(f"error_{name}")
                err.setStyleSheet(style.ERROR_CSS)
                err.setWordWrap(True)
                err.hide()
                col.addWidget(err)
                self.errors[name] = err
            if name == "preferences":
                line = QHBoxLayout()
                line.addStretch(1)
                line.addWidget(refresh_button)
                col.addLayout(line)
            form.addRow(label, box)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)

        self.save_button = QPushButton(self.tr("Save version"))
        self.save_button.setObjectName("plan_save")
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        discard = QPushButton(self.tr("Discard draft"))
        discard.setObjectName("plan_discard")
        discard.clicked.connect(self.discarded.emit)
        self.status = QLabel()
        self.status.setObjectName("plan_editor_status")
        self.status.setStyleSheet(style.ERROR_CSS)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(discard)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    def _editor(self, name: str) -> QWidget:
        if name == "steps":
            editor: QWidget = self.steps
        elif name in LONG_FIELDS:
            text = PlainTextEdit()
            text.setMaximumHeight(70 if name != "goal" else 90)
            text.textChanged.connect(self._mark_dirty)
            editor = text
        else:
            line = QLineEdit()
            if name in ("made_on", "next_review_on"):
                line.setPlaceholderText(self.tr("dd.mm.yyyy"))
                line.setMaximumWidth(140)
            else:
                line.setMaxLength(200)
            line.textChanged.connect(self._mark_dirty)
            editor = line
        editor.setObjectName(f"plan_{name}")
        self.editors[name] = editor
        return editor

    def _mark_dirty(self) -> None:
        self.dirty = True

    # -- the draft -----------------------------------------------------------------------
    def load(self, draft: PlanDraft, title: str, *, dirty: bool = False) -> None:
        self.based_on = draft.based_on
        self.title.setText(title)
        for name in LONG_FIELDS:
            editor = self.editors[name]
            assert isinstance(editor, PlainTextEdit)
            editor.setPlainText(getattr(draft, name) or "")
        review = self.editors["next_review_on"]
        assert isinstance(review, QLineEdit)
        review.setText(_date_text(draft.next_review_on))
        meeting = self.editors["meeting_frequency"]
        assert isinstance(meeting, QLineEdit)
        meeting.setText(draft.meeting_frequency)
        made = self.editors["made_on"]
        assert isinstance(made, QLineEdit)
        made.setText(_date_text(draft.made_on or date.today()))
        self.steps.model.set_steps(draft.steps)
        self.clear_errors()
        self.dirty = dirty

    def draft(self) -> PlanDraft:
        """The draft as typed (a date that is not one stays text, for validation)."""
        texts = {}
        for name in LONG_FIELDS:
            editor = self.editors[name]
            assert isinstance(editor, PlainTextEdit)
            texts[name] = editor.toPlainText()
        line = {n: self.editors[n] for n in ("made_on", "next_review_on", "meeting_frequency")}
        assert all(isinstance(w, QLineEdit) for w in line.values())
        return PlanDraft(
            **texts,
            meeting_frequency=line["meeting_frequency"].text(),  # type: ignore[attr-defined]
            next_review_on=parse_date(line["next_review_on"].text()),  # type: ignore[arg-type,attr-defined]
            made_on=parse_date(line["made_on"].text()),  # type: ignore[arg-type,attr-defined]
            steps=list(self.steps.model.steps),
            based_on=self.based_on,
        )

    # -- actions -------------------------------------------------------------------------
    def save(self) -> int | None:
        self.status.setText("")
        try:
            number = self._save(self.draft())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return None
        self.dirty = False
        self.clear_errors()
        self.saved.emit(number)
        return number

    def refresh_from_records(self) -> None:
        pulled = self._refresh()
        for name in PULLED_FIELDS:
            editor = self.editors[name]
            assert isinstance(editor, PlainTextEdit)
            new = getattr(pulled, name)
            if editor.toPlainText() != new:
                cursor = editor.textCursor()  # an edit, not setPlainText: Ctrl+Z undoes it
                cursor.select(QTextCursor.SelectionType.Document)
                cursor.insertText(new)

    def show_errors(self, errors: dict[str, tuple[Msg, tuple[str, ...]]]) -> None:
        """Messages beneath the fields and in the step cells; focus the first one."""
        step_errors: dict[tuple[int, str], str] = {}
        for key, (msg, args) in errors.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "steps" and parts[2] in COLUMNS:
                step_errors[(int(parts[1]), parts[2])] = tr_msg(msg, *args)
        lines = [tr_msg(*errors["steps"])] if "steps" in errors else []
        for (row, column), text in sorted(
            step_errors.items(), key=lambda kv: (kv[0][0], COLUMNS.index(kv[0][1]))
        ):
            lines.append(
                self.tr("Step %1, %2: %3")
                .replace("%1", str(row + 1))
                .replace("%2", column_title(column))
                .replace("%3", text)
            )
        general = "\n".join(lines)
        self.steps.show_errors(step_errors, general)
        first: QWidget | None = None
        for name, label in self.errors.items():  # in the order of the form
            has_error = name in errors or (name == "steps" and bool(step_errors))
            if name != "steps":
                if name in errors:
                    msg, args = errors[name]
                    label.setText(tr_msg(msg, *args))
                label.setVisible(name in errors)
            if has_error and first is None:
                first = self.steps.view if name == "steps" else self.editors[name]
        self.status.setText(self.tr("Not saved: check the fields marked in red."))
        if step_errors:
            row, col = min(step_errors, key=lambda k: (k[0], COLUMNS.index(k[1])))
            self.steps.view.setCurrentIndex(self.steps.model.index(row, COLUMNS.index(col)))
        if first is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        for name, label in self.errors.items():
            if name != "steps":
                label.hide()
        self.steps.show_errors({})
        self.status.setText("")

    # Ctrl+S: the workspace has a window-wide Ctrl+S for its forms; claim the key while
    # the focus is inside this editor, so it saves the plan instead of doing nothing.
    def event(self, e: QEvent) -> bool:
        is_key = e.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if is_key and isinstance(e, QKeyEvent) and e.matches(QKeySequence.StandardKey.Save):
            e.accept()
            if e.type() == QEvent.Type.KeyPress:
                self.save()
            return True
        return super().event(e)
