"""The client's "Employer contacts" tab: contacts made for them, and when the first
face-to-face employer meeting happened and how many days after the agreement it took
(target: within 30 days, fidelity item 15).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ipsdesk.core.dates import format_date
from ipsdesk.core.services import employer_contacts
from ipsdesk.core.services.employer_contacts import ClientEmployerContacts
from ipsdesk.core.services.records import NotFound
from ipsdesk.ui.employers.contact_edit import ContactTable
from ipsdesk.ui.kit import style
from ipsdesk.ui.kit.ops import Ops

if TYPE_CHECKING:
    from ipsdesk.ui.features import Host

SECTION = "employer_contacts"


class ClientContactsTab(QWidget):
    quick_log = Signal(int)  # client id

    def __init__(self, ops: Ops, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("client_employer_contacts")
        self.ops = ops
        self.client_id: int | None = None
        self.data: ClientEmployerContacts | None = None
        self.first = QLabel()
        self.first.setObjectName("client_first_face_to_face")
        self.first.setWordWrap(True)
        self.first.setStyleSheet("font-weight: 600;")
        self.contacts = ContactTable(ops, "client_contacts_table", hide=("clients",))
        self.contacts.view.setAccessibleName(self.tr("Employer contacts for the client"))
        log = QPushButton(self.tr("Log contact for this client… (Ctrl+E)"))
        log.setObjectName("client_log_contact")
        log.clicked.connect(lambda: self.client_id and self.quick_log.emit(self.client_id))
        self.contacts.buttons.insertWidget(0, log)
        layout = QVBoxLayout(self)
        layout.addWidget(self.first)
        layout.addWidget(self.contacts, 1)
        ops.changed.connect(self._changed)

    def open_client(self, client_id: int) -> None:
        self.client_id = client_id
        self.load(log=False)  # opening the client is logged once, by the workspace

    def close_client(self) -> None:
        """The client is no longer in the store (the workspace closed): show nothing."""
        self.client_id, self.data = None, None
        self.contacts.set_rows([])
        self.first.setText("")

    def _changed(self, _what: str) -> None:
        if self.client_id is not None and self.isVisible():
            self.load(log=False)

    def showEvent(self, event: object) -> None:  # noqa: N802
        if self.client_id is not None:
            self.load(log=False)
        super().showEvent(event)  # type: ignore[arg-type]

    def load(self, *, log: bool) -> None:
        assert self.client_id is not None
        try:
            data = self.ops.call(employer_contacts.client_contacts, self.client_id, log=log)
        except NotFound:  # gone (a restore, an erase); the workspace closes and says so
            self.close_client()
            return
        self.data = data
        self.contacts.set_rows(data.contacts)
        fc = data.first_contact
        if fc.first_face_to_face is not None and fc.days_to_first is not None:
            text = (
                self.tr("First face-to-face employer contact %1, %2 days after the agreement.")
                .replace("%1", format_date(fc.first_face_to_face))
                .replace("%2", str(fc.days_to_first))
            )
        elif fc.days_since_agreement is None:
            text = self.tr("No cooperation agreement date yet.")
        else:
            text = self.tr(
                "No face-to-face employer contact yet: %1 days since the agreement."
            ).replace("%1", str(fc.days_since_agreement))
        self.first.setText(text)
        colour = style.ERROR if fc.overdue else "palette(window-text)"
        self.first.setStyleSheet(f"font-weight: 600; color: {colour};")


def install(host: Host) -> None:
    from ipsdesk.ui.employers.quick_log import open_quick_log

    tab = ClientContactsTab(host.ops)
    host.add_client_tab(
        tab, QCoreApplication.translate("ClientContactsTab", "E&mployer contacts"), section=SECTION
    )
    host.workspace.client_opened.connect(tab.open_client)
    host.workspace.closed.connect(tab.close_client)
    tab.quick_log.connect(lambda cid: open_quick_log(host, cid))
