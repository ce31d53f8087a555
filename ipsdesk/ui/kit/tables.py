"""The one base for the app's tables: a ``QAbstractTableModel`` over plain rows.

Views show plain copies (tuples, dataclasses), never live ORM objects. A subclass
names its columns (``columns``: one key per column, e.g. ``"code"`` or a field spec),
gives each key a translated title (:meth:`RowTableModel.title`, called when shown so a
language change applies) and says what a cell shows: :meth:`RowTableModel.display` for
the text of a plain read-only table, or :meth:`RowTableModel.cell` for any role
(colours, alignment, the row's id in ``UserRole``). :func:`fit_columns` sizes a view's
columns to their contents and header titles; :func:`make_table` builds the app's
read-only, row-selecting table and :func:`key` binds a key to a view.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")
TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """A flat table: ``rows`` down, ``columns`` across, titles in the horizontal header."""

    columns: Sequence[Any] = ()  # one key per column; a class or an instance attribute

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[RowT] = []

    # -- content -----------------------------------------------------------------------
    @contextmanager
    def resetting(self) -> Iterator[None]:
        """Replace the rows (and whatever goes with them) inside one model reset."""
        self.beginResetModel()
        try:
            yield
        finally:
            self.endResetModel()

    def set_rows(self, rows: Iterable[RowT]) -> None:
        with self.resetting():
            self.rows = list(rows)

    # -- hooks: every subclass fills in ``title`` and ``display`` or ``cell`` ----------
    # (they raise NotImplementedError: abc.ABC cannot be mixed into a Qt class)
    def title(self, column: Any) -> str:
        """The translated header title of the column with this key."""
        raise NotImplementedError

    def display(self, row: RowT, column: Any) -> Any:
        """What the cell shows (and its tooltip) in a plain read-only table."""
        raise NotImplementedError

    def cell(self, row: RowT, column: Any, role: int) -> Any:
        """The cell's data for ``role``; by default :meth:`display` for text and tooltip."""
        return self.display(row, column) if role in TEXT_ROLES else None

    # -- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.title(self.columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.cell(self.rows[index.row()], self.columns[index.column()], role)


def fit_columns(view: QTableView, cap: int) -> None:
    """Columns as wide as their cells and header titles, none but the last (which
    usually stretches) wider than ``cap`` pixels, so long notes do not push the rest
    out of sight."""
    view.resizeColumnsToContents()
    for column in range(view.model().columnCount() - 1):
        view.setColumnWidth(column, min(view.columnWidth(column), cap))
    header = view.horizontalHeader()
    if header.stretchLastSection():
        # Sizing the last column to its contents ended its stretching: the table stopped
        # filling the window after a refresh (e.g. when Settings were saved).
        header.setStretchLastSection(False)
        header.setStretchLastSection(True)


def make_table(model: QAbstractTableModel, name: str) -> QTableView:
    """A read-only, row-selecting table as used across the app."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # arrows move between rows; Tab to the next control
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    # Rows have a fixed height: a wrapped cell showed half its second line. Elided
    # ("Tutustuminen työnantajan…") with the whole text in the tooltip instead.
    view.setWordWrap(False)
    return view


def key(view: QWidget, sequence: QKeySequence | Qt.Key, slot: Callable[[], Any]) -> None:
    """A shortcut that works while ``view`` has the focus (Enter, Delete, Insert)."""
    sc = QShortcut(QKeySequence(sequence), view)
    sc.setContext(Qt.ShortcutContext.WidgetShortcut)
    sc.activated.connect(slot)
