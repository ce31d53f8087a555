"""What is due: the table of reminders and the way from an item to where to act on it.

Items come from ``core/services/due.py`` (plain :class:`DueItem` rows, most urgent
first). Enter or a double-click on an item opens its :class:`Target`: the client's
workspace on the right tab, or the employer register on the contact whose follow-up
was promised.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ipsdesk.core.dates import format_date
from ipsdesk.core.domain.due import DueItem
from ipsdesk.ui.kit import style
from ipsdesk.ui.kit.i18n import tr_msg
from ipsdesk.ui.kit.tables import RowTableModel, key, make_table

if TYPE_CHECKING:
    pass


def who(item: DueItem) -> str:
    if item.client_id is not None:
        return f"{item.client_code}  {item.client_name}"
    return item.employer_name


def what(item: DueItem) -> str:
    text = tr_msg(item.label)
    return f"{text}: {item.detail}" if item.detail else text


class DueModel(RowTableModel[DueItem]):
    """Due date, what, who; overdue items in red and bold."""

    columns = ("due", "what", "who")

    def title(self, column: str) -> str:
        return {"due": self.tr("Due"), "what": self.tr("What"), "who": self.tr("Who")}[column]

    def cell(self, item: DueItem, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "due":
                date_text = format_date(item.due_on)
                return (
                    self.tr("%1 (overdue)").replace("%1", date_text) if item.overdue else date_text
                )
            return what(item) if column == "what" else who(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{what(item)} — {who(item)}"
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return QBrush(style.error_colour())
        if role == Qt.ItemDataRole.FontRole and item.overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None


class DueTable(QWidget):
    """The due list; ``open_target`` is emitted for the activated item."""

    open_target = Signal(object)  # Target

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = DueModel(self)
        self.view = make_table(self.model, "due_table")
        self.view.setAccessibleName(QCoreApplication.translate("WeekPage", "What is due"))
        self.view.doubleClicked.connect(self._activated)
        key(self.view, Qt.Key.Key_Return, self._activate_current)
        key(self.view, Qt.Key.Key_Enter, self._activate_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_rows(self, rows: Sequence[DueItem]) -> None:
        self.model.set_rows(rows)
        self.view.resizeColumnToContents(0)
        self.view.setColumnWidth(1, min(max(self.view.sizeHintForColumn(1), 200), 420))

    def _activate_current(self) -> None:
        self._activated(self.view.currentIndex())

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_target.emit(self.model.rows[index.row()].target)
