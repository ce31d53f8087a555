"""Forms built from core's :class:`RecordSpec`: one editor per field, errors beside it.

Dates are typed as people write them here (18.11.2026, also 2026-11-18); an empty
optional date stays empty. A value that is not a date reaches validation as text,
so the user sees "Not a valid date." next to the field rather than a silent reset.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core.dates import format_date
from ipsdesk.core.domain.records import FieldSpec, Kind, RecordSpec
from ipsdesk.core.i18n import Msg
from ipsdesk.ui.kit import style
from ipsdesk.ui.kit.i18n import tr_msg

_DMY = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str) -> date | str | None:
    """``None`` for empty, a ``date`` when valid, else the text itself (invalid)."""
    if not text.strip():
        return None
    if m := _DMY.match(text):
        d, mo, y = (int(g) for g in m.groups())
        if y < 100:
            y += 2000
    elif m := _ISO.match(text):
        y, mo, d = (int(g) for g in m.groups())
    else:
        return text
    try:
        return date(y, mo, d)
    except ValueError:
        return text


_NUMBER = re.compile(r"^\s*([+-]?)(\d+)(?:[.,](\d+))?\s*$")


def parse_number(text: str) -> float | str | None:
    """``None`` for empty, the number for "25,5" or "25.5" (either mark, whatever the
    language: hours and years never have thousands separators), else the text itself,
    so that validation says it is not a number."""
    if not text.strip():
        return None
    if m := _NUMBER.match(text.replace("\u2212", "-")):
        sign, whole, frac = m.groups()
        return float(f"{sign}{whole}.{frac or 0}")
    return text


def format_number(value: float | int) -> str:
    """A number as written in the UI language: 25,5 in Finnish and Swedish, 25.5 in
    English; whole numbers without decimals."""
    number = float(value)
    if number.is_integer():
        return str(int(number))
    return f"{number:.10g}".replace(".", QLocale().decimalPoint())


def error_label(name: str) -> QLabel:
    """A hidden red label for a field's validation message (shown under the field)."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(style.ERROR_CSS)
    label.setWordWrap(True)
    label.hide()
    return label


def with_error(editor: QWidget, error: QLabel) -> QWidget:
    """The editor with its error label right under it, for one form row."""
    box = QWidget()
    col = QVBoxLayout(box)
    col.setContentsMargins(0, 0, 0, 0)
    col.setSpacing(2)
    col.addWidget(editor)
    col.addWidget(error)
    # Extra height goes below the message: a multi-line editor stays level with its
    # label, and the "required" message right under the editor, never in a gap.
    col.addStretch(1)
    return box


class PlainTextEdit(QPlainTextEdit):
    """A note editor where Tab moves focus (keyboard use) instead of typing a tab."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(60)
        self.setMaximumHeight(110)


class FormWidget(QWidget):
    """Editors for the fields of a spec, each with an error label beneath it."""

    def __init__(
        self,
        spec: RecordSpec,
        parent: QWidget | None = None,
        *,
        employers: list[tuple[int, str]] | None = None,
    ):
        super().__init__(parent)
        self.spec = spec
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._clean: dict[str, Any] = {}  # the input as last loaded or saved
        self._stored: dict[str, Any] = {}  # the values last loaded or saved
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for f in spec.fields:
            editor = self._editor(f, employers or [])
            editor.setObjectName(f"field_{f.name}")
            label = QLabel(
                tr_msg(f.label) + (" *" if f.required and f.kind is not Kind.BOOL else "")
            )
            label.setBuddy(editor)
            editor.setAccessibleName(tr_msg(f.label))  # also for check boxes, which have no text
            err = error_label(f"error_{f.name}")
            layout.addRow(label, with_error(editor, err))
            self.editors[f.name] = editor
            self.errors[f.name] = err
        self._clean = self.values()

    def _editor(self, f: FieldSpec, employers: list[tuple[int, str]]) -> QWidget:
        if f.kind is Kind.LONGTEXT:
            return PlainTextEdit()
        if f.kind is Kind.BOOL:
            return QCheckBox()
        if f.kind is Kind.CHOICE:
            combo = QComboBox()
            if not f.required:
                combo.addItem("", None)
            for code, label in (f.choices or {}).items():
                # Numbered choices (the phases) show their number, as everywhere in the app.
                text = f"{code} {tr_msg(label)}" if code.isdigit() else tr_msg(label)
                combo.addItem(text, code)
            return combo
        if f.kind is Kind.EMPLOYER:
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setMinimumContentsLength(24)  # a name fits even when the list is empty
            combo.addItem("", None)
            for eid, name in employers:
                combo.addItem(name, eid)
            return combo
        edit = QLineEdit()
        if f.kind is Kind.DATE:
            edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
            edit.setMaximumWidth(140)
        elif f.kind in (Kind.NUMBER, Kind.YEAR):
            edit.setMaximumWidth(100)
        return edit

    # -- values ------------------------------------------------------------------------
    def set_values(self, values: dict[str, Any]) -> None:
        self._set(values)
        self._stored = self._stored | {
            f.name: values[f.name] for f in self.spec.fields if f.name in values
        }
        self._clean = self.values()

    def _set(self, values: dict[str, Any]) -> None:
        for f in self.spec.fields:
            if f.name not in values:
                continue
            value, editor = values[f.name], self.editors[f.name]
            if isinstance(editor, PlainTextEdit):
                editor.setPlainText(value or "")
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QComboBox):
                idx = editor.findData(value)
                if idx >= 0:
                    editor.setCurrentIndex(idx)
            elif isinstance(editor, QLineEdit):
                if f.kind is Kind.DATE:
                    editor.setText(format_date(value))
                elif f.kind in (Kind.NUMBER, Kind.YEAR) and isinstance(value, (int, float)):
                    editor.setText(format_number(value))
                else:
                    editor.setText("" if value is None else str(value))

    def mark_clean(self) -> None:
        """The current input is what is stored (after saving it)."""
        self._clean = self.values()
        self._stored = dict(self._clean)

    def is_dirty(self) -> bool:
        """True when the input differs from what was last loaded or saved."""
        return self.values() != self._clean

    def reset(self) -> None:
        """Drop unsaved edits: back to what was last loaded or saved."""
        self._set(self._stored)
        self.clear_errors()

    def values(self) -> dict[str, Any]:
        """Current input; an employer typed by name comes back as ``("new", name)``."""
        out: dict[str, Any] = {}
        for f in self.spec.fields:
            editor = self.editors[f.name]
            if isinstance(editor, PlainTextEdit):
                out[f.name] = editor.toPlainText()
            elif isinstance(editor, QCheckBox):
                out[f.name] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                if f.kind is Kind.EMPLOYER:
                    text = editor.currentText().strip()
                    idx = editor.findText(text, Qt.MatchFlag.MatchFixedString)
                    out[f.name] = (
                        editor.itemData(idx) if idx >= 0 else (("new", text) if text else None)
                    )
                else:
                    out[f.name] = editor.currentData()
            elif isinstance(editor, QLineEdit):
                text = editor.text()
                if f.kind is Kind.DATE:
                    out[f.name] = parse_date(text)
                elif f.kind is Kind.NUMBER:
                    out[f.name] = parse_number(text)
                else:
                    out[f.name] = text
        return out

    def show_errors(self, errors: dict[str, tuple[Msg, tuple[str, ...]]]) -> None:
        first: QWidget | None = None
        for name, label in self.errors.items():
            if name in errors:
                msg, args = errors[name]
                label.setText(tr_msg(msg, *args))
                label.show()
                first = first or self.editors[name]
            else:
                label.hide()
        if first is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()


class RecordDialog(QDialog):
    """Add or edit one record; ``on_save(values)`` raises ValidationError to keep it open."""

    def __init__(self, title: str, form: FormWidget, on_save: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = form
        self.on_save = on_save
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        # As tall as the form needs (no gaps between the rows), at most 640 px.
        self.resize(560, min(640, form.sizeHint().height() + 90))

    def _save(self) -> None:
        from ipsdesk.core.services.validation import ValidationError

        try:
            self.on_save(self.form.values())
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return
        self.accept()
