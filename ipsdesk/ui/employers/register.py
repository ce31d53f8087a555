"""The employer register page (*työnantajarekisteri*): search, details with the business
ID checked, contact persons, and the history of contacts, jobs and clients placed.

A new employer is never a silent duplicate: when the name resembles employers already
in the register, they are offered first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core.dates import format_date
from ipsdesk.core.domain.due import PLACE_EMPLOYER
from ipsdesk.core.domain.records import CONTACT_PERSON, EMPLOYER
from ipsdesk.core.services import employer_contacts, employers
from ipsdesk.core.services.employers import (
    EmployerHistory,
    EmployerRow,
    PlacedJob,
    SimilarEmployer,
)
from ipsdesk.core.services.records import NotFound, RecordRow
from ipsdesk.core.services.validation import ValidationError
from ipsdesk.ui.employers.contact_edit import CHANGED, ContactTable
from ipsdesk.ui.kit import dialogs
from ipsdesk.ui.kit.forms import FormWidget, RecordDialog
from ipsdesk.ui.kit.i18n import tr_msg
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.kit.record_list import RecordList
from ipsdesk.ui.kit.tables import RowTableModel, key, make_table
from ipsdesk.ui.team.history import TeamHistoryLine

if TYPE_CHECKING:
    from ipsdesk.ui.features import Host

SHORTCUT = "Ctrl+Shift+E"  # the employer register (Ctrl+E: quick log)


class EmployerListModel(RowTableModel[EmployerRow]):
    columns = ("name", "municipality", "sector", "contacts", "last")

    def title(self, column: str) -> str:
        return {
            "name": self.tr("Name"),
            "municipality": self.tr("Municipality"),
            "sector": self.tr("Sector"),
            "contacts": self.tr("Contacts"),
            "last": self.tr("Last contact"),
        }[column]

    def display(self, row: EmployerRow, column: str) -> Any:
        if column == "contacts":
            return row.contact_count
        if column == "last":
            return format_date(row.last_contact)
        return getattr(row, column)


class PlacedJobModel(RowTableModel[PlacedJob]):
    columns = ("client", "job", "started", "ended")

    def title(self, column: str) -> str:
        return {
            "client": self.tr("Client"),
            "job": self.tr("Job"),
            "started": self.tr("Started"),
            "ended": self.tr("Ended"),
        }[column]

    def display(self, row: PlacedJob, column: str) -> Any:
        if column == "client":
            return f"{row.client_code}  {row.client_name}"
        if column == "job":
            return row.title
        return format_date(row.start_on if column == "started" else row.end_on)


class SimilarDialog(QDialog):
    """Similar employers already in the register: open one, or create the new one."""

    CREATE = 2

    def __init__(self, name: str, found: Sequence[SimilarEmployer], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Similar employers"))
        text = QLabel(
            self.tr("The register already has employers like “%1”. Is it one of these?").replace(
                "%1", name
            )
        )
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("similar_list")
        for s in found:
            item = QListWidgetItem(f"{s.name} ({s.municipality})" if s.municipality else s.name)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.doubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox()
        use = buttons.addButton(
            self.tr("Open the selected one"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        use.setObjectName("similar_use")
        use.setDefault(True)
        create = buttons.addButton(
            self.tr("Create “%1” anyway").replace("%1", name),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        create.setObjectName("similar_create")
        create.clicked.connect(lambda: self.done(self.CREATE))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.list.setFocus()

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None


class EmployersPage(QWidget):
    open_client = Signal(int)

    def __init__(self, ops: Ops, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("employers_page")
        self.ops = ops
        self.employer_id: int | None = None
        self.history: EmployerHistory | None = None

        self.search = QLineEdit()
        self.search.setObjectName("employer_search")
        self.search.setPlaceholderText(self.tr("Search by name, municipality, sector or ID"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.search.placeholderText())
        self.search.textChanged.connect(self.refresh)
        new = QPushButton(self.tr("New employer…"))
        new.setObjectName("new_employer")
        new.clicked.connect(lambda: self.new_employer())
        self.model = EmployerListModel(self)
        self.view = make_table(self.model, "employer_table")
        self.view.setAccessibleName(self.tr("Employers"))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        key(self.view, Qt.Key.Key_Insert, lambda: self.new_employer())
        left = QWidget()
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(new)
        left_col.addLayout(top)
        left_col.addWidget(self.view, 1)

        self.form = FormWidget(EMPLOYER)
        self.status = QLabel()
        save = QPushButton(self.tr("Save"))
        save.setObjectName("save_employer")
        save.clicked.connect(self.save)
        delete = QPushButton(self.tr("Delete employer…"))
        delete.setObjectName("delete_employer")
        delete.clicked.connect(self.delete)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(delete)
        row.addWidget(save)
        self.detail_box = QGroupBox(tr_msg(EMPLOYER.singular))
        detail_col = QVBoxLayout(self.detail_box)
        detail_col.addWidget(self.form)
        self.team_line = TeamHistoryLine(ops, "employer_team_history")  # the team's contacts
        detail_col.addWidget(self.team_line)
        detail_col.addLayout(row)
        self.persons = RecordList(
            CONTACT_PERSON,
            load=self._load_persons,
            save=self._save_person,
            delete=self._delete_person,
            employers=lambda: [],
        )
        self.contacts = ContactTable(ops, "employer_contacts", hide=("employer",))
        self.contacts.view.setAccessibleName(self.tr("Contacts"))
        self.follow_up = QPushButton(self.tr("Follow-up done"))
        self.follow_up.setObjectName("follow_up_done")
        self.follow_up.clicked.connect(self.toggle_follow_up)
        self.contacts.buttons.insertWidget(1, self.follow_up)
        self.jobs = PlacedJobModel(self)
        self.jobs_view = make_table(self.jobs, "employer_jobs")
        self.jobs_view.setAccessibleName(self.tr("Jobs and clients placed"))
        self.jobs_view.doubleClicked.connect(self._open_job_client)
        key(self.jobs_view, Qt.Key.Key_Return, lambda: self._open_job_client(None))
        self.history_tabs = QTabWidget()
        self.history_tabs.addTab(self.contacts, self.tr("Contacts"))
        self.history_tabs.addTab(self.jobs_view, self.tr("Jobs and clients placed"))
        history_box = QGroupBox(self.tr("History"))
        QVBoxLayout(history_box).addWidget(self.history_tabs)
        right_inner = QWidget()
        right_col = QVBoxLayout(right_inner)
        for w in (self.detail_box, self.persons, history_box):
            right_col.addWidget(w)
        self.right = QScrollArea()
        self.right.setWidgetResizable(True)
        self.right.setWidget(right_inner)
        self.right.setEnabled(False)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        ops.changed.connect(self._changed)

    # -- list --------------------------------------------------------------------------
    def refresh(self) -> None:
        rows = self.ops.call(employers.list_employers, self.search.text())
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(0, min(self.view.columnWidth(0), 260))
        if self.employer_id is not None:
            self._select_row(self.employer_id)

    def _changed(self, what: str) -> None:
        if self.isVisible():
            self.refresh()
            if self.employer_id is not None:
                self.reload()

    def reload(self) -> None:
        """Show the current employer again; one that is gone (deleted, or not in the
        backup just restored) clears the detail pane instead."""
        if self.employer_id is None:
            return
        try:
            self.load(self.employer_id, log=False)
        except NotFound:
            self.clear_detail()

    def clear_detail(self) -> None:
        """No employer shown: empty, disabled detail pane (nothing stale left in it)."""
        self.employer_id, self.history = None, None
        self.form.set_values({f.name: None for f in EMPLOYER.fields})
        self.form.clear_errors()
        self.status.setText("")
        self.detail_box.setTitle(tr_msg(EMPLOYER.singular))
        self.persons.refresh()
        self.contacts.set_rows([])
        self.jobs.set_rows([])
        self.view.clearSelection()
        self.right.setEnabled(False)

    def _select_row(self, employer_id: int) -> bool:
        for i, r in enumerate(self.model.rows):
            if r.id == employer_id:
                self.view.selectRow(i)
                return True
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            row = self.model.rows[current.row()]
            if row.id != self.employer_id:
                self.load(row.id)

    def select_employer(self, employer_id: int) -> None:
        if not self._select_row(employer_id):
            self.search.clear()  # refreshes the list
            self._select_row(employer_id)
        if self.employer_id != employer_id:
            self.load(employer_id)

    # -- detail ------------------------------------------------------------------------
    def load(self, employer_id: int, *, log: bool = True) -> None:
        self.employer_id = employer_id
        h = self.ops.call(employers.employer_history, employer_id, log=log)
        self.history = h
        e = h.employer
        self.form.set_values({f.name: getattr(e, f.name) for f in EMPLOYER.fields})
        self.form.clear_errors()
        self.status.setText("")
        self.detail_box.setTitle(e.name)
        self.persons.refresh()
        self.team_line.show_for(employer_id)
        self.contacts.set_rows(h.contacts)
        self.jobs.set_rows(h.jobs)
        placed = len(h.clients_placed)
        self.history_tabs.setTabText(
            0, self.tr("Contacts (%1)").replace("%1", str(len(h.contacts)))
        )
        self.history_tabs.setTabText(
            1,
            self.tr("Jobs (%1) and clients placed (%2)")
            .replace("%1", str(len(h.jobs)))
            .replace("%2", str(placed)),
        )
        self.right.setEnabled(True)

    def save(self) -> bool:
        if self.employer_id is None:
            return False
        try:
            self.ops.write(
                "employers", employers.update_employer, self.employer_id, self.form.values()
            )
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            self.status.setText("")
            return False
        self.form.clear_errors()
        self.status.setText(self.tr("Saved."))
        return True

    def delete(self) -> bool:
        if self.employer_id is None or self.history is None:
            return False
        name = self.history.employer.name
        if not dialogs.ask(
            self,
            self.tr("Delete employer"),
            self.tr("Delete %1 from the register?").replace("%1", name),
        ):
            return False
        try:
            self.ops.write("employers", employers.delete_employer, self.employer_id)
        except ValidationError as exc:
            msg, args = next(iter(exc.errors.values()))
            dialogs.error(self, self.tr("Delete employer"), tr_msg(msg, *args))
            return False
        self.clear_detail()
        self.refresh()
        return True

    def new_employer(self, name: str = "") -> int | None:
        """Add an employer; similar names already in the register are offered first."""
        form = FormWidget(EMPLOYER)
        form.set_values({"name": name})
        result: list[int] = []
        confirmed: set[str] = set()
        dlg = RecordDialog(self.tr("New employer"), form, lambda v: None, self)

        def save(values: dict[str, Any]) -> None:
            wanted = " ".join(str(values.get("name") or "").split())
            if wanted and wanted.casefold() not in confirmed:
                found = self.ops.call(employers.similar_employers, wanted)
                if found:
                    offer = SimilarDialog(wanted, found, dlg)
                    answer = dialogs.exec_dialog(offer)
                    if answer == QDialog.DialogCode.Accepted and offer.chosen() is not None:
                        result.append(offer.chosen())  # type: ignore[arg-type]
                        return
                    if answer != SimilarDialog.CREATE:
                        raise ValidationError({})  # back to the form
                    confirmed.add(wanted.casefold())
            result.append(self.ops.write("employers", employers.create_employer, values))

        dlg.on_save = save
        if dialogs.exec_dialog(dlg) == QDialog.DialogCode.Accepted and result:
            self.select_employer(result[0])
            return result[0]
        return None

    # -- contact persons ---------------------------------------------------------------
    def _load_persons(self) -> tuple[list[RecordRow], dict[int, str]]:
        if self.history is None:
            return [], {}
        return [
            RecordRow(p.id, {"name": p.name, "role": p.role, "phone": p.phone, "email": p.email})
            for p in self.history.employer.persons
        ], {}

    def _save_person(self, values: dict[str, Any], person_id: int | None) -> None:
        assert self.employer_id is not None
        if person_id is None:
            self.ops.write("employers", employers.add_contact_person, self.employer_id, values)
        else:
            self.ops.write("employers", employers.update_contact_person, person_id, values)

    def _delete_person(self, person_id: int) -> None:
        self.ops.write("employers", employers.delete_contact_person, person_id)

    # -- history -----------------------------------------------------------------------
    def toggle_follow_up(self) -> bool:
        row = self.contacts.selected()
        if row is None or row.follow_up_on is None:
            return False
        self.ops.write(
            CHANGED, employer_contacts.set_follow_up_done, row.id, not row.follow_up_done
        )
        return True

    def _open_job_client(self, index: QModelIndex | None) -> None:
        index = index if index is not None else self.jobs_view.currentIndex()
        if index.isValid():
            self.open_client.emit(self.jobs.rows[index.row()].client_id)


def show_employer(
    host: Host, page: EmployersPage, employer_id: int, contact_id: int | None = None
) -> bool:
    """Open the register on an employer (and one of its contacts)."""
    if not host.show_page(page):
        return False
    page.select_employer(employer_id)
    if contact_id is not None:
        page.history_tabs.setCurrentWidget(page.contacts)
        page.contacts.select(contact_id)
        page.contacts.view.setFocus()
    return True


def install(host: Host) -> None:
    page = EmployersPage(host.ops)
    page.open_client.connect(host.open_client)

    def shown() -> None:
        page.refresh()
        page.search.setFocus()

    host.add_page(
        page,
        QCoreApplication.translate("EmployersPage", "&Employers"),
        shortcut=SHORTCUT,
        name="act_employers",
        on_show=shown,
    )
    host.add_target_handler(
        PLACE_EMPLOYER, lambda target: show_employer(host, page, target.id, target.related_id)
    )
