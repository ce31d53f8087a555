"""The caseload: every active client with phase, days in phase, last contact and what is due."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core.dates import format_date
from ipsdesk.core.domain.enums import PHASE_LABELS, Phase
from ipsdesk.core.services import clients, due
from ipsdesk.core.services.clients import CaseloadRow
from ipsdesk.core.services.due import DueItem
from ipsdesk.ui.kit import style
from ipsdesk.ui.kit.i18n import tr_msg
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.kit.tables import RowTableModel, fit_columns, make_table


class CaseloadModel(RowTableModel[CaseloadRow]):
    columns = ("code", "name", "phase", "days", "last", "due")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.due: dict[int, list[DueItem]] = {}

    def set_rows(
        self, rows: Iterable[CaseloadRow], due_items: dict[int, list[DueItem]] | None = None
    ) -> None:
        with self.resetting():
            self.rows, self.due = list(rows), due_items or {}

    def title(self, column: str) -> str:
        return {
            "code": self.tr("Code"),
            "name": self.tr("Name"),
            "phase": self.tr("Phase"),
            "days": self.tr("Days in phase"),
            "last": self.tr("Last contact"),
            "due": self.tr("Due"),
        }[column]

    def due_text(self, row: CaseloadRow, *, full: bool = False) -> str:
        """The client's due items, most urgent first: "Action plan review 20.11.2026"."""
        items = self.due.get(row.id, [])
        parts = [
            # Overdue is said in words too, not by the red colour alone.
            self.tr("%1 (overdue)").replace("%1", f"{tr_msg(i.label)} {format_date(i.due_on)}")
            if i.overdue
            else f"{tr_msg(i.label)} {format_date(i.due_on)}"
            for i in items
        ]
        if full:
            return "\n".join(parts)
        if len(parts) > 1:  # the others said in words, not as a bare "(+1)" (and in the tooltip)
            return self.tr("%1, and %n other(s)", "", len(parts) - 1).replace("%1", parts[0])
        return parts[0] if parts else ""

    def overdue(self, row: CaseloadRow) -> bool:
        return any(i.overdue for i in self.due.get(row.id, []))

    def cell(self, row: CaseloadRow, col: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "code":
                return row.code
            if col == "name":
                return row.full_name
            if col == "phase":
                return f"{int(row.phase)} {tr_msg(PHASE_LABELS[row.phase])}"
            if col == "days":
                return row.days_in_phase
            if col == "last":
                return format_date(row.last_contact)
            if col == "due":
                return self.due_text(row)
        if role == Qt.ItemDataRole.ToolTipRole and col == "due":
            return self.due_text(row, full=True) or None
        if role == Qt.ItemDataRole.ForegroundRole and col == "due" and self.overdue(row):
            return style.error_colour()
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "days":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class CaseloadPage(QWidget):
    open_client = Signal(int)
    new_client = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.search = QLineEdit()
        self.search.setObjectName("caseload_search")
        self.search.setPlaceholderText(self.tr("Search by name or code (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search clients"))
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._search_entered)
        self.include_ended = QCheckBox(self.tr("Show ended"))
        self.include_ended.toggled.connect(self.refresh)
        new = QPushButton(self.tr("New client…"))
        new.setObjectName("new_client")
        new.clicked.connect(self.new_client.emit)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.include_ended)
        top.addWidget(new)
        self.warning = QLabel()
        self.warning.setObjectName("caseload_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(style.NOTE_CSS)
        self.warning.hide()
        self.counts = QLabel()
        self.counts.setObjectName("phase_counts")
        self.counts.setWordWrap(True)  # a large font or a long language: wrap, not widen
        self.model = CaseloadModel(self)
        self.view = make_table(self.model, "caseload_table")
        self.view.setAccessibleName(self.tr("Caseload"))
        # The due column (the last) stretches: a stretching name column left the long
        # due texts ("… (overdue) (+1)") wrapped and clipped in their fixed-height rows.
        self.view.setWordWrap(False)
        self.view.activated.connect(self._activated)
        # "activated" already comes on double-click (and Enter); a second connection to
        # doubleClicked opened the client twice and logged two views.
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warning)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        ops.changed.connect(lambda _what: self.refresh())

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_client.emit(self.model.rows[index.row()].id)

    def selected_client(self) -> int | None:
        """The client of the current row (the one Enter would open), if any."""
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()].id

    def _search_entered(self) -> None:
        """Enter in the search opens the client when exactly one matches."""
        if len(self.model.rows) == 1:
            self.open_client.emit(self.model.rows[0].id)
        elif self.model.rows:
            self.view.setFocus()
            self.view.selectRow(0)

    def refresh(self) -> None:
        today = date.today()
        rows, items = self.ops.call(
            lambda s: (
                clients.caseload(
                    s,
                    today=today,
                    search=self.search.text(),
                    include_ended=self.include_ended.isChecked(),
                ),
                due.due_list(s, today=today),
            )
        )
        self.model.set_rows(rows, due.due_by_client(items))
        counts = clients.phase_counts([r for r in rows])
        self.counts.setText(
            "   ".join(f"{int(p)} {tr_msg(PHASE_LABELS[p])}: {counts[p]}" for p in Phase)
            + "   "
            + self.tr("Total: %1").replace("%1", str(len(rows)))
        )
        warning = self.ops.call(clients.caseload_warning)
        if warning is not None:
            self.warning.setText(tr_msg(warning.message, *warning.args))
            self.warning.show()
        else:
            self.warning.hide()
        # Every header readable in Finnish and Swedish too ("Päivää vaiheessa").
        fit_columns(self.view, 320)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
