"""Employer contacts in tables, and the dialog that corrects or removes one.

Shared by the week page, the employer register's history and the client's "Employer
contacts" tab: :class:`ContactTable` shows :class:`EmployerContactRow` copies, Enter
edits the selected contact (date, employer, person, mode, purpose, clients, outcome,
next step, follow-up) and Delete removes it after a question.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core.dates import format_date
from ipsdesk.core.domain.enums import CONTACT_MODE_LABELS, CONTACT_PURPOSE_LABELS
from ipsdesk.core.services import clients, employer_contacts, employers, records
from ipsdesk.core.services.employer_contacts import EMPLOYER_CONTACT, EmployerContactRow
from ipsdesk.core.services.validation import ValidationError
from ipsdesk.ui.kit import dialogs
from ipsdesk.ui.kit.forms import FormWidget, error_label, with_error
from ipsdesk.ui.kit.i18n import tr_msg
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.kit.tables import RowTableModel, fit_columns, key, make_table

CHANGED = "employer_contacts"  # what ``ops.changed`` says after a contact changes


class ContactTableModel(RowTableModel[EmployerContactRow]):
    """Employer contacts: date, employer, person, mode, purpose, clients, follow-up."""

    COLUMNS = ("on", "employer", "person", "mode", "purpose", "clients", "follow_up")

    def __init__(self, parent: QWidget | None = None, *, hide: Sequence[str] = ()):
        super().__init__(parent)
        self.columns = [c for c in self.COLUMNS if c not in hide]

    def title(self, column: str) -> str:
        return {
            "on": self.tr("Date"),
            "employer": self.tr("Employer"),
            "person": self.tr("Contact person"),
            "mode": self.tr("Mode"),
            "purpose": self.tr("Purpose"),
            "clients": self.tr("Clients"),
            "follow_up": self.tr("Follow up on"),
        }[column]

    def cell(self, row: EmployerContactRow, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return super().cell(row, column, role)

    def display(self, row: EmployerContactRow, column: str) -> Any:
        if column == "on":
            return format_date(row.on)
        if column == "employer":
            return row.employer_name
        if column == "person":
            return row.contact_person_name
        if column == "mode":
            return tr_msg(CONTACT_MODE_LABELS[row.mode])
        if column == "purpose":
            return tr_msg(CONTACT_PURPOSE_LABELS[row.purpose])
        if column == "clients":
            return ", ".join(row.client_codes) or self.tr("General")
        if column == "follow_up":
            if row.follow_up_on is None:
                return ""
            done = " ✓" if row.follow_up_done else ""
            return format_date(row.follow_up_on) + done
        return None


class ContactDialog(QDialog):
    """Correct one employer contact; errors are shown beside the fields."""

    def __init__(self, ops: Ops, contact: EmployerContactRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.contact = contact
        self.setWindowTitle(tr_msg(EMPLOYER_CONTACT.singular))
        self.form = FormWidget(EMPLOYER_CONTACT, employers=ops.call(records.employer_choices))
        self.form.set_values(
            {
                "on": contact.on,
                "employer_id": contact.employer_id,
                "mode": contact.mode.value,
                "purpose": contact.purpose.value,
                "outcome": contact.outcome,
                "next_step": contact.next_step,
                "follow_up_on": contact.follow_up_on,
                "follow_up_done": contact.follow_up_done,
            }
        )
        self.person = QComboBox()
        self.person.setObjectName("field_contact_person_id")
        self.person_error = error_label("error_contact_person_id")
        self.clients = QListWidget()
        self.clients.setObjectName("field_clients")
        self.clients.setMaximumHeight(120)
        self.clients_error = error_label("error_clients")
        linked = set(contact.client_ids)
        everyone, active = ops.call(
            lambda s: (clients.caseload(s, include_ended=True), clients.caseload(s))
        )
        active_ids = {c.id for c in active}
        for c in sorted(everyone, key=lambda r: (r.id not in linked, r.code)):
            if c.id not in linked and c.id not in active_ids:
                continue  # ended clients only where the contact already names them
            item = QListWidgetItem(f"{c.code}  {c.full_name}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.id in linked else Qt.CheckState.Unchecked)
            self.clients.addItem(item)
        extra = QFormLayout()
        extra.addRow(self.tr("Contact person"), with_error(self.person, self.person_error))
        extra.addRow(self.tr("Clients"), with_error(self.clients, self.clients_error))
        employer_box = self.form.editors["employer_id"]
        assert isinstance(employer_box, QComboBox)
        employer_box.currentIndexChanged.connect(self._load_persons)
        self._load_persons()
        idx = self.person.findData(contact.contact_person_id)
        self.person.setCurrentIndex(max(idx, 0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(extra)
        layout.addWidget(buttons)
        self.resize(560, 720)

    def _load_persons(self) -> None:
        employer_id = self.form.values().get("employer_id")
        self.person.clear()
        self.person.addItem("", None)
        if isinstance(employer_id, int):
            for p in self.ops.call(employers.list_contact_persons, employer_id):
                self.person.addItem(f"{p.name} ({p.role})" if p.role else p.name, p.id)

    def client_ids(self) -> list[int]:
        out = []
        for i in range(self.clients.count()):
            item = self.clients.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _save(self) -> None:
        values = self.form.values()
        values["contact_person_id"] = self.person.currentData()
        try:
            self.ops.write(
                CHANGED,
                employer_contacts.update_contact,
                self.contact.id,
                values,
                self.client_ids(),
            )
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            for name, label in (
                ("contact_person_id", self.person_error),
                ("clients", self.clients_error),
            ):
                if name in exc.errors:
                    msg, args = exc.errors[name]
                    label.setText(tr_msg(msg, *args))
                    label.show()
                else:
                    label.hide()
            return
        self.accept()


class ContactTable(QWidget):
    """A contacts table with Edit (Enter, double-click) and Delete (Del) buttons."""

    changed = Signal()

    def __init__(
        self,
        ops: Ops,
        name: str,
        *,
        hide: Sequence[str] = (),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ops = ops
        self.model = ContactTableModel(self, hide=hide)
        self.view = make_table(self.model, name)
        self.view.setMinimumHeight(110)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        key(self.view, Qt.Key.Key_Return, self.edit_selected)
        key(self.view, Qt.Key.Key_Enter, self.edit_selected)
        key(self.view, QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.edit_button)
        self.buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)

    def set_rows(self, rows: Sequence[EmployerContactRow]) -> None:
        current = self.selected()
        self.model.set_rows(rows)
        fit_columns(self.view, 260)
        if current is not None:
            self.select(current.id)

    def select(self, contact_id: int) -> bool:
        for i, row in enumerate(self.model.rows):
            if row.id == contact_id:
                self.view.selectRow(i)
                self.view.scrollTo(self.model.index(i, 0))
                return True
        return False

    def selected(self) -> EmployerContactRow | None:
        idx = self.view.currentIndex()
        if not idx.isValid() or idx.row() >= len(self.model.rows):
            return None
        return self.model.rows[idx.row()]

    def edit_selected(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        dlg = ContactDialog(self.ops, row, self)
        if dialogs.exec_dialog(dlg) == QDialog.DialogCode.Accepted:
            self.changed.emit()
            return True
        return False

    def delete_selected(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        text = (
            self.tr("Delete the contact with %1 on %2? This cannot be undone.")
            .replace("%1", row.employer_name)
            .replace("%2", format_date(row.on))
        )
        if not dialogs.ask(self, self.tr("Delete employer contact"), text):
            return False
        self.ops.write(CHANGED, employer_contacts.delete_contact, row.id)
        self.changed.emit()
        return True
