"""Quick log of an employer contact from anywhere (Ctrl+E): name, mode, client, Enter.

The common case takes a few seconds and no mouse: type the employer's name (completed
from the register), pick the mode by its first letter, optionally a client, Enter. A
name that is not in the register is never created silently: similar employers are
offered first (↓ and Enter picks one); otherwise a line says the new employer will be
created, confirmed by a second Enter or a tick in the box.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core.dates import format_date
from ipsdesk.core.domain.enums import CONTACT_MODE_LABELS, ContactMode
from ipsdesk.core.services import clients, employer_contacts, employers, records
from ipsdesk.core.services.validation import ValidationError
from ipsdesk.ui.employers.contact_edit import CHANGED
from ipsdesk.ui.features import Section
from ipsdesk.ui.kit import dialogs, style
from ipsdesk.ui.kit.forms import error_label, parse_date, with_error
from ipsdesk.ui.kit.i18n import tr_msg
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.kit.shortcuts import claim_shortcut
from ipsdesk.ui.team.history import TeamHistoryLine

if TYPE_CHECKING:
    from ipsdesk.ui.features import Host

SHORTCUT = "Ctrl+E"


class QuickLogDialog(QDialog):
    def __init__(
        self,
        ops: Ops,
        *,
        client_id: int | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self.saved_id: int | None = None
        self.created_employer: int | None = None
        self._pending = ""  # the new name the user was told about
        self.setWindowTitle(self.tr("Log employer contact"))
        names, people = ops.call(lambda s: (records.employer_choices(s), clients.caseload(s)))
        self.names = {name.casefold(): eid for eid, name in names}

        self.employer = QLineEdit()
        self.employer.setObjectName("quick_employer")
        self.employer.setPlaceholderText(self.tr("Employer's name"))
        completer = QCompleter(QStringListModel([n for _, n in names], self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.employer.setCompleter(completer)
        # The best match is highlighted as the popup opens, so Enter picks it: shortcut,
        # type, Enter (pick), Enter (save) are the four keys of the common case.
        self.completer = completer
        completer.popup()  # made now: the view resets its current row before we set it
        completer.completionModel().modelReset.connect(self._highlight_first)
        self.employer.textEdited.connect(self._name_edited)
        self.employer.textChanged.connect(self._team_history)
        self.employer_error = error_label("quick_employer_error")

        self.similar_label = QLabel()
        self.similar_label.setObjectName("quick_new_line")
        self.similar_label.setWordWrap(True)
        self.similar_label.setStyleSheet(style.NOTE_CSS)
        self.similar = QListWidget()
        self.similar.setObjectName("quick_similar")
        self.similar.setAccessibleName(self.tr("Similar employers"))
        self.similar.setMaximumHeight(100)
        self.similar.doubleClicked.connect(lambda _i: self.accept())
        self.team_line = TeamHistoryLine(ops, "quick_team_history")  # the team's contacts
        self.confirm_new = QCheckBox()
        self.confirm_new.setObjectName("quick_confirm_new")
        self.confirm_new.setAccessibleName(self.tr("Create a new employer"))
        for w in (self.similar_label, self.similar, self.confirm_new):
            w.hide()

        self.mode = QComboBox()
        self.mode.setObjectName("quick_mode")
        for mode, mode_label in CONTACT_MODE_LABELS.items():
            self.mode.addItem(tr_msg(mode_label), mode.value)
        self.mode.setCurrentIndex(self.mode.findData(ContactMode.FACE_TO_FACE.value))

        self.client = QComboBox()
        self.client.setObjectName("quick_client")
        self.client.setEditable(True)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client.addItem("", None)
        for row in sorted(people, key=lambda r: r.code):
            self.client.addItem(f"{row.code}  {row.full_name}", row.id)
        client_completer = self.client.completer()
        assert client_completer is not None  # an editable combo box has one
        client_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        client_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        client_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if client_id is not None:
            self.client.setCurrentIndex(max(self.client.findData(client_id), 0))
        self.client_error = error_label("quick_client_error")

        self.date = QLineEdit(format_date(today()))
        self.date.setObjectName("quick_date")
        self.date.setMaximumWidth(140)
        self.date_error = error_label("quick_date_error")

        form = QFormLayout()
        label = QLabel(self.tr("&Employer"))
        label.setBuddy(self.employer)
        form.addRow(label, with_error(self.employer, self.employer_error))
        form.addRow("", self.similar_label)
        form.addRow("", self.similar)
        form.addRow("", self.confirm_new)
        form.addRow("", self.team_line)
        label = QLabel(self.tr("&Mode"))
        label.setBuddy(self.mode)
        form.addRow(label, self.mode)
        label = QLabel(self.tr("&Client (optional)"))
        label.setBuddy(self.client)
        form.addRow(label, with_error(self.client, self.client_error))
        label = QLabel(self.tr("&Date"))
        label.setBuddy(self.date)
        form.addRow(label, with_error(self.date, self.date_error))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Enter saves. Type the first letter to choose the mode."))
        hint.setStyleSheet(style.HINT_CSS)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.employer.setFocus()

    def _highlight_first(self) -> None:
        model = self.completer.completionModel()
        popup = self.completer.popup()
        if model.rowCount() > 0 and popup is not None:
            # Current, not selected: a selected row would replace the typed text at once.
            popup.selectionModel().setCurrentIndex(
                model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _team_history(self, text: str) -> None:
        """The team's contacts with the employer typed (after a team employer file)."""
        self.team_line.show_for(self.names.get(text.strip().casefold()))
        if self.isVisible():
            self.adjustSize()  # the wrapped line gets its height

    # -- the new-employer offer --------------------------------------------------------
    def _name_edited(self, _text: str) -> None:
        if self._pending:
            self._pending = ""
            for w in (self.similar_label, self.similar, self.confirm_new):
                w.hide()
            self.confirm_new.setChecked(False)
        self.employer_error.hide()

    def _offer(self, name: str) -> None:
        """Show similar employers (focused: ↓/Enter picks) and the new-employer line."""
        found = self.ops.call(employers.similar_employers, name)
        self.similar.clear()
        for s in found:
            text = f"{s.name} ({s.municipality})" if s.municipality else s.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.similar.addItem(item)
        self._pending = name
        if found:
            self.similar_label.setText(
                self.tr(
                    "“%1” is not in the register. Similar employers: pick one with ↓ and Enter, "
                    "or tick the box (or press Enter in the name field) to create a new employer."
                ).replace("%1", name)
            )
            self.similar.setCurrentRow(0)
            self.similar.show()
        else:
            self.similar_label.setText(
                self.tr(
                    "New employer: “%1” will be created. Press Enter again to confirm."
                ).replace("%1", name)
            )
        self.confirm_new.setText(self.tr("&New employer: create “%1”").replace("%1", name))
        self.similar_label.show()
        self.confirm_new.show()
        if found:
            self.similar.setFocus()

    # -- saving ------------------------------------------------------------------------
    def _employer_id(self, name: str) -> int | str | None:
        """The employer to log: an id, ``"new"`` (confirmed), or None (offer shown)."""
        existing = self.names.get(name.casefold())
        if existing is not None:
            return existing
        if self.similar.isVisible() and self.similar.hasFocus() and self.similar.currentItem():
            return int(self.similar.currentItem().data(Qt.ItemDataRole.UserRole))
        if self._pending == name:
            return "new"
        self._offer(name)
        return None

    def _client_id(self) -> int | None | bool:
        text = self.client.currentText().strip()
        if not text:
            return None
        idx = self.client.findText(text, Qt.MatchFlag.MatchFixedString)
        if idx < 0:
            self.client_error.setText(self.tr("Choose a client from the list."))
            self.client_error.show()
            return False
        self.client_error.hide()
        return self.client.itemData(idx)

    def accept(self) -> None:
        name = " ".join(self.employer.text().split())
        if not name:
            self.employer_error.setText(self.tr("Type the employer's name."))
            self.employer_error.show()
            self.employer.setFocus()
            return
        client_id = self._client_id()
        if client_id is False:
            return
        on = parse_date(self.date.text())
        mode = self.mode.currentData()
        today = self.today()
        employer_id = self._employer_id(name)
        if employer_id is None:
            return
        try:  # the service validates; what it refuses is shown beside its field
            if employer_id == "new":  # employer and contact saved together, or neither
                self.created_employer, self.saved_id = self.ops.write(
                    CHANGED,
                    employers.quick_log_new_employer,
                    name,
                    mode,
                    client_id,
                    on=on,
                    today=today,
                )
                self.ops.changed.emit("employers")
            else:
                assert isinstance(employer_id, int)
                self.saved_id = self.ops.write(
                    CHANGED,
                    employer_contacts.quick_log,
                    employer_id,
                    mode,
                    client_id,
                    on=on,
                    today=today,
                )
        except ValidationError as exc:
            self._show(exc)
            return
        super().accept()

    def _show(self, exc: ValidationError) -> None:
        places: dict[str, tuple[QLabel, QWidget]] = {
            "name": (self.employer_error, self.employer),
            "employer_id": (self.employer_error, self.employer),
            "on": (self.date_error, self.date),
            "clients": (self.client_error, self.client),
            "mode": (self.employer_error, self.mode),
        }
        for label, _w in places.values():
            label.hide()
        for name, (msg, args) in exc.errors.items():
            label, editor = places.get(name, (self.employer_error, self.employer))
            label.setText(tr_msg(msg, *args))
            label.show()
            editor.setFocus()

    def summary(self) -> str:
        return (
            self.tr("Employer contact saved: %1, %2")
            .replace("%1", " ".join(self.employer.text().split()))
            .replace("%2", self.mode.currentText())
        )


_open: set[int] = set()  # hosts (by id) with a quick log open: one at a time


def open_quick_log(host: Host, client_id: int | None = None, **kwargs: Any) -> bool:
    """Open the quick log; the client open in the workspace (or selected in the caseload)
    is preselected."""
    if id(host) in _open or host.is_locked():
        return False
    if client_id is None:
        client_id = host.current_client_id()
    dlg = QuickLogDialog(host.ops, client_id=client_id, parent=host.window(), **kwargs)
    _open.add(id(host))
    try:
        ok = dialogs.exec_dialog(dlg) == QDialog.DialogCode.Accepted
    finally:
        _open.discard(id(host))
    if ok:
        host.show_message(dlg.summary())
    return ok


def install(host: Host) -> None:
    # From anywhere: every page, and dialogs of the app too; off while locked.
    host.add_action(
        Section.FILE_CLIENT,
        QCoreApplication.translate("QuickLog", "&Log employer contact…"),
        lambda: open_quick_log(host),
        shortcut=SHORTCUT,
        name="act_quick_log",
        application_wide=True,
    )
    claim_shortcut(SHORTCUT)  # also while a text field has focus (X11 line edits want it)
