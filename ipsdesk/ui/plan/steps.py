"""The steps of an action-plan draft: a table model, its cell editors and the widget.

Each step is what / who (owner) / by when (d.m.yyyy) / status. The model holds plain
:class:`PlanStep` values; a by-when date that is not a date stays as the typed text so
validation can say so in that cell (red, with the message as tooltip). Keyboard: typing
or F2 edits a cell, Insert adds a step, Delete removes one, Ctrl+Up/Down move it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core.dates import format_date
from ipsdesk.core.domain.enums import STEP_OWNER_LABELS, STEP_STATUS_LABELS, StepOwner, StepStatus
from ipsdesk.core.domain.plan_document import PlanStep
from ipsdesk.ui.kit import style
from ipsdesk.ui.kit.forms import parse_date
from ipsdesk.ui.kit.i18n import tr_msg
from ipsdesk.ui.kit.tables import Index, RowTableModel

COLUMNS = ("what", "owner", "due_on", "status")


def column_title(name: str) -> str:
    return {
        "what": QCoreApplication.translate("PlanSteps", "What"),
        "owner": QCoreApplication.translate("PlanSteps", "Who"),
        "due_on": QCoreApplication.translate("PlanSteps", "By when"),
        "status": QCoreApplication.translate("PlanSteps", "Status"),
    }[name]


def due_text(value: object) -> str:
    """A step's by-when as shown: 1.12.2026, the invalid text as typed, or empty."""
    if isinstance(value, date):
        return format_date(value)
    return "" if value is None else str(value)


class StepsModel(RowTableModel[PlanStep]):
    """Editable rows of plan steps, with validation messages per cell."""

    edited = Signal()
    columns = COLUMNS

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.errors: dict[tuple[int, str], str] = {}

    # -- content -----------------------------------------------------------------------
    @property
    def steps(self) -> list[PlanStep]:
        """The steps in table order (the model's rows)."""
        return self.rows

    def set_steps(self, steps: list[PlanStep]) -> None:
        with self.resetting():
            self.rows = list(steps)
            self.errors = {}

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        self.errors = dict(errors)
        if self.steps:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.steps) - 1, 3))

    def insert_step(self, row: int) -> int:
        row = max(0, min(row, len(self.steps)))
        self.beginInsertRows(QModelIndex(), row, row)
        self.steps.insert(row, PlanStep(""))
        self.endInsertRows()
        self._shift_errors()
        self.edited.emit()
        return row

    def remove_step(self, row: int) -> None:
        if not 0 <= row < len(self.steps):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.steps[row]
        self.endRemoveRows()
        self._shift_errors()
        self.edited.emit()

    def move_step(self, row: int, delta: int) -> int:
        """Move a step up (-1) or down (+1); return its new row."""
        to = row + delta
        if not (0 <= row < len(self.steps) and 0 <= to < len(self.steps)):
            return row
        # beginMoveRows wants the destination *before* which the row lands.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + 1 if delta > 0 else to)
        self.steps.insert(to, self.steps.pop(row))
        self.endMoveRows()
        self._shift_errors()
        self.edited.emit()
        return to

    def _shift_errors(self) -> None:
        """Rows moved: old messages no longer point at the right step; drop them."""
        if self.errors:
            self.set_errors({})

    # -- Qt model ----------------------------------------------------------------------
    def title(self, column: str) -> str:
        return column_title(column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)  # steps are numbered
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell with a validation message: red, the message as tooltip and description."""
        valid = index.isValid()
        error = self.errors.get((index.row(), self.columns[index.column()])) if valid else None
        if error:
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
                return error
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(style.colours().error_bg))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(style.error_colour())
        return super().data(index, role)

    def cell(self, step: PlanStep, name: str, role: int) -> Any:
        value = getattr(step, name)
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "owner":
                return tr_msg(STEP_OWNER_LABELS[StepOwner(value)])
            if name == "status":
                return tr_msg(STEP_STATUS_LABELS[StepStatus(value)])
            if name == "due_on":
                if step.overdue(date.today()):  # said in words, not by colour alone
                    return QCoreApplication.translate("PlanSteps", "%1 (overdue)").replace(
                        "%1", due_text(value)
                    )
                return due_text(value)
            return value
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and name == "due_on"
            and step.overdue(date.today())
        ):
            return QBrush(style.error_colour())
        if role == Qt.ItemDataRole.EditRole:
            if name == "due_on":
                return due_text(value)
            return str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return value if name == "what" and value else None
        return None

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, name = index.row(), COLUMNS[index.column()]
        if not 0 <= row < len(self.steps):
            return False
        step = self.steps[row]
        try:
            if name == "what":
                new = replace(step, what=str(value))
            elif name == "owner":
                new = replace(step, owner=StepOwner(value))
            elif name == "status":
                new = replace(step, status=StepStatus(value))
            else:
                new = replace(step, due_on=parse_date(str(value or "")))  # type: ignore[arg-type]
        except ValueError:
            return False
        if new == step:
            return True
        self.steps[row] = new
        self.errors.pop((row, name), None)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


class StepDelegate(QStyledItemDelegate):
    """Combo boxes for who and status, a d.m.yyyy line edit for by when; a cell with an
    error stays red when selected too."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if index.data(Qt.ItemDataRole.AccessibleDescriptionRole):
            option.palette.setColor(QPalette.ColorRole.Highlight, QColor(style.LIGHT.error))
            option.palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        name = COLUMNS[index.column()]
        if name in ("owner", "status"):
            combo = QComboBox(parent)
            labels = STEP_OWNER_LABELS if name == "owner" else STEP_STATUS_LABELS
            for code, label in labels.items():
                combo.addItem(tr_msg(label), code.value)
            combo.setObjectName(f"step_{name}_editor")
            return combo
        edit = QLineEdit(parent)
        edit.setObjectName(f"step_{name}_editor")
        if name == "due_on":
            edit.setPlaceholderText(QCoreApplication.translate("PlanSteps", "dd.mm.yyyy"))
        else:
            edit.setMaxLength(500)
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(value or "")

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class StepsEditor(QWidget):
    """The steps table with Add / Remove / Move up / Move down, all by keyboard too."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = StepsModel(self)
        self.view = QTableView()
        self.view.setObjectName("plan_steps")
        self.view.setModel(self.model)
        self.view.setItemDelegate(StepDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(1, 190)
        self.view.setColumnWidth(2, 110)
        self.view.setColumnWidth(3, 120)
        self.view.setMinimumHeight(150)

        add = QPushButton(self.tr("Add step"))
        add.setObjectName("step_add")
        add.setToolTip(self.tr("Insert"))
        add.clicked.connect(self.add_step)
        remove = QPushButton(self.tr("Remove step"))
        remove.setToolTip(self.tr("Delete"))
        remove.clicked.connect(self.remove_step)
        up = QPushButton(self.tr("Move up"))
        up.setToolTip(self.tr("Ctrl+Up"))
        up.clicked.connect(lambda: self.move_step(-1))
        down = QPushButton(self.tr("Move down"))
        down.setToolTip(self.tr("Ctrl+Down"))
        down.clicked.connect(lambda: self.move_step(1))
        for key, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.add_step),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_step),
            (QKeySequence("Ctrl+Up"), lambda: self.move_step(-1)),
            (QKeySequence("Ctrl+Down"), lambda: self.move_step(1)),
        ):
            sc = QShortcut(key, self.view)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while a cell is edited
            sc.activated.connect(slot)
        self.error = QLabel()
        self.error.setObjectName("error_steps")
        self.error.setStyleSheet(style.ERROR_CSS)
        self.error.setWordWrap(True)
        self.error.hide()
        hint = QLabel(
            self.tr("Type or press F2 to edit a cell; Insert adds a step, Delete removes it.")
        )
        hint.setStyleSheet(style.HINT_CSS)
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        for b in (add, remove, up, down):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def current_row(self) -> int:
        idx = self.view.currentIndex()
        return idx.row() if idx.isValid() else -1

    def add_step(self) -> None:
        """A new step below the current one, its text ready for typing."""
        row = self.model.insert_step(self.current_row() + 1)
        idx = self.model.index(row, 0)
        self.view.setFocus()
        self.view.setCurrentIndex(idx)
        self.view.edit(idx)

    def remove_step(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        col = self.view.currentIndex().column()
        self.model.remove_step(row)
        if self.model.steps:
            self.view.setCurrentIndex(self.model.index(min(row, len(self.model.steps) - 1), col))

    def move_step(self, delta: int) -> None:
        row = self.current_row()
        if row < 0:
            return
        col = self.view.currentIndex().column()
        to = self.model.move_step(row, delta)
        self.view.setCurrentIndex(self.model.index(to, col))

    def show_errors(self, errors: dict[tuple[int, str], str], general: str = "") -> None:
        self.model.set_errors(errors)
        self.error.setText(general)
        self.error.setVisible(bool(general))
