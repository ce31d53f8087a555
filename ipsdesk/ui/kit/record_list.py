"""A list of one kind of client record, with add / edit / delete, built from its spec."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core.dates import format_date
from ipsdesk.core.domain.records import FieldSpec, Kind, RecordSpec
from ipsdesk.core.services.records import RecordRow
from ipsdesk.ui.kit import dialogs
from ipsdesk.ui.kit.forms import FormWidget, RecordDialog, format_number
from ipsdesk.ui.kit.i18n import tr_msg
from ipsdesk.ui.kit.tables import TEXT_ROLES, RowTableModel, fit_columns, make_table


class RecordTableModel(RowTableModel[RecordRow]):
    """Rows of one record kind (plain :class:`RecordRow` copies, never ORM objects)."""

    def __init__(self, spec: RecordSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.columns = [f for f in spec.fields if f.in_table]
        self.employer_names: dict[int, str] = {}

    def set_rows(
        self, rows: Iterable[RecordRow], employer_names: dict[int, str] | None = None
    ) -> None:
        with self.resetting():
            self.rows = list(rows)
            self.employer_names = employer_names or {}

    def title(self, f: FieldSpec) -> str:
        return tr_msg(f.label)

    def cell(self, row: RecordRow, f: FieldSpec, role: int) -> Any:
        if role not in TEXT_ROLES:
            return None
        value = row.values.get(f.name)
        if value is None:
            return ""
        if f.kind is Kind.DATE and isinstance(value, date):
            return format_date(value)
        if f.kind is Kind.CHOICE and f.choices and value in f.choices:
            return tr_msg(f.choices[value])
        if f.kind is Kind.BOOL:
            return self.tr("Yes") if value else self.tr("No")
        if f.kind is Kind.EMPLOYER:
            return self.employer_names.get(value, "")
        if f.kind is Kind.NUMBER and isinstance(value, (int, float)):
            return format_number(value)
        text = str(value)
        if role == Qt.ItemDataRole.DisplayRole and len(text) > 80:
            return text[:77] + "…"
        return text


class RecordList(QGroupBox):
    """Titled table of records with Add (Insert), Edit (Enter), Delete (Del) actions.

    The owner supplies the data functions, so this widget holds no data of its own:
    ``load() -> (rows, employer names)``, ``save(values, record_id|None)``,
    ``delete(record_id)``, ``employers() -> [(id, name)]``.
    """

    changed = Signal()

    def __init__(
        self,
        spec: RecordSpec,
        *,
        load: Callable[[], tuple[list[RecordRow], dict[int, str]]],
        save: Callable[[dict[str, Any], int | None], None],
        delete: Callable[[int], None],
        employers: Callable[[], list[tuple[int, str]]],
        defaults: Callable[[], dict[str, Any]] | None = None,
        hint: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(tr_msg(spec.title), parent)
        self.spec = spec
        self._load, self._save, self._delete = load, save, delete
        self._employers, self._defaults = employers, defaults or (lambda: {})
        self.setObjectName(f"records_{spec.key}")
        self.model = RecordTableModel(spec, self)
        self.view = make_table(self.model, f"table_{spec.key}")
        self.view.setAccessibleName(tr_msg(spec.title))
        self.view.setMinimumHeight(90)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        add = QPushButton(self.tr("Add…"))
        add.setObjectName(f"add_{spec.key}")
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self.edit_selected)
        remove = QPushButton(self.tr("Delete"))
        remove.clicked.connect(self.delete_selected)
        for key, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.add),
            (QKeySequence(Qt.Key.Key_Return), self.edit_selected),
            (QKeySequence(Qt.Key.Key_Enter), self.edit_selected),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
        ):
            sc = QShortcut(key, self.view)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
        buttons = QHBoxLayout()
        if hint:
            label = QLabel(hint)
            label.setObjectName(f"hint_{spec.key}")
            label.setWordWrap(True)
            buttons.addWidget(label, 1)
        else:
            buttons.addStretch(1)
        for b in (add, edit, remove):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self.show_rows(*self._load())

    def show_rows(self, rows: list[RecordRow], names: dict[int, str]) -> None:
        """Show rows read by the owner (e.g. every list of a client in one read)."""
        self.model.set_rows(rows, names)
        # Headers and short values readable; long notes capped (the last column stretches).
        fit_columns(self.view, 320)

    def selected(self) -> RecordRow | None:
        idx = self.view.currentIndex()
        return self.model.rows[idx.row()] if idx.isValid() else None

    def _dialog(self, values: dict[str, Any], record_id: int | None) -> bool:
        form = FormWidget(self.spec, employers=self._employers())
        form.set_values(values)
        title = tr_msg(self.spec.singular)
        dlg = RecordDialog(title, form, lambda v: self._save(v, record_id), self)
        if dialogs.exec_dialog(dlg) == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()
            return True
        return False

    def add(self) -> bool:
        return self._dialog(self._defaults(), None)

    def edit_selected(self) -> bool:
        row = self.selected()
        return self._dialog(row.values, row.id) if row else False

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if dialogs.ask(
            self, self.tr("Delete"), self.tr("Delete the selected entry? This cannot be undone.")
        ):
            self._delete(row.id)
            self.refresh()
            self.changed.emit()
