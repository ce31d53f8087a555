"""Tools → Team…: create a team, invite members (showing the one-time code), join with an
invitation and its code, renew the keys, and see the members' files.

Every action calls the core services of :mod:`ipsdesk.core.team` through ``ops``; a
refusal is shown in the user's language (the core's :class:`TeamError` message).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core.dates import local_time
from ipsdesk.core.team import crypto, membership
from ipsdesk.core.team import status as team_status
from ipsdesk.core.team.errors import TeamError
from ipsdesk.ui.kit import dialogs, style
from ipsdesk.ui.kit.errors import explain_error
from ipsdesk.ui.kit.forms import error_label
from ipsdesk.ui.kit.i18n import tr_msg
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.kit.tables import RowTableModel, fit_columns, make_table

FILE_FILTER = "ipsdesk (*.ipsteam);;* (*)"


def explain(exc: BaseException) -> str:
    """A refusal or failure in the user's words."""
    if isinstance(exc, TeamError):
        return exc.text(tr_msg)
    return explain_error(exc)


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class MemberModel(RowTableModel[team_status.MemberStatus]):
    columns = ("name", "state", "exported", "clients")

    def title(self, column: str) -> str:
        return {
            "name": self.tr("Member"),
            "state": self.tr("Status"),
            "exported": self.tr("Team file made"),
            "clients": self.tr("Caseload"),
        }[column]

    def display(self, row: team_status.MemberStatus, column: str) -> Any:
        if column == "name":
            return row.name
        if column == "state":
            return {
                team_status.CURRENT: self.tr("Member"),
                team_status.NEEDS_INVITATION: self.tr("Needs a new invitation"),
                team_status.REMOVED: self.tr("Removed"),
            }[row.state]
        if column == "exported":
            return local_time(row.exported_at) if row.exported_at else self.tr("No file yet")
        return row.clients if row.exported_at else ""


class TextDialog(QDialog):
    """One line of text (a team's or a member's name)."""

    def __init__(self, title: str, label: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.edit.setMaxLength(200)
        self.error = error_label(f"{name}_error")
        form = QFormLayout()
        text = QLabel(label)
        text.setBuddy(self.edit)
        form.addRow(text, self.edit)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.edit.setFocus()

    def accept(self) -> None:
        if not self.edit.text().strip():
            self.error.setText(self.tr("Give a name."))
            return
        super().accept()


class CodeDialog(QDialog):
    """Shows an invitation's one-time code, once."""

    def __init__(self, name: str, code: str, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invitation code"))
        intro = QLabel(
            self.tr(
                "The invitation for %1 is saved in %2. Give %1 this code separately "
                "(read it out or hand it over on paper), not with the file. It is shown "
                "only this once."
            )
            .replace("%1", name)
            .replace("%2", str(path))
        )
        intro.setWordWrap(True)
        self.code = QLabel(code)
        self.code.setObjectName("invitation_code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setPointSize(18)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


class JoinDialog(QDialog):
    """The invitation file and its code."""

    def __init__(self, ops: Ops, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.joined: membership.TeamInfo | None = None
        self.setWindowTitle(self.tr("Join a team"))
        self.file = QLineEdit()
        self.file.setObjectName("join_file")
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setObjectName("join_choose")
        choose.clicked.connect(self._choose)
        self.code = QLineEdit()
        self.code.setObjectName("join_code")
        self.code.setPlaceholderText(crypto.CODE_SHAPE)  # the same in every language
        self.error = error_label("join_error")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        form = QFormLayout()
        label = QLabel(self.tr("Invitation &file"))
        label.setBuddy(self.file)
        form.addRow(label, row)
        label = QLabel(self.tr("Invitation &code"))
        label.setBuddy(self.code)
        form.addRow(label, self.code)
        hint = QLabel(self.tr("The team leader gives the code separately from the file."))
        hint.setStyleSheet(style.HINT_CSS)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.file.setFocus()

    def _choose(self) -> None:
        chosen = dialogs.open_files(self, self.tr("Invitation file"), FILE_FILTER)
        if chosen:
            self.file.setText(chosen[0])
            self.code.setFocus()

    def accept(self) -> None:
        from ipsdesk.core.team import envelope

        try:
            data = envelope.read_file(Path(self.file.text().strip()))
            self.joined = self.ops.write("team", membership.join, data, self.code.text())
        except (TeamError, OSError) as exc:
            self.error.setText(explain(exc))
            return
        super().accept()


class TeamDialog(QDialog):
    """The team at a glance, and what this store can do in it."""

    files_dropped = Signal(list)

    def __init__(self, ops: Ops, actions: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.team_actions = actions  # TeamActions: the file exports and imports
        self.setObjectName("team_dialog")
        self.setWindowTitle(self.tr("Team"))
        self.setAcceptDrops(True)
        self.summary = QLabel()
        self.summary.setObjectName("team_summary")
        self.summary.setWordWrap(True)
        self.model = MemberModel(self)
        self.view = make_table(self.model, "team_members")
        self.buttons: dict[str, QPushButton] = {}
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for name, text, slot, row in (
            ("create", self.tr("&Create a team…"), self.create_team, row1),
            ("join", self.tr("&Join a team…"), self.join_team, row1),
            ("invite", self.tr("&Invite a member…"), self.invite, row1),
            ("reinvite", self.tr("&New invitation for the selected member…"), self.reinvite, row1),
            ("remove", self.tr("&Remove the selected member…"), self.remove, row1),
            ("export", self.tr("&Export team file…"), self._after(actions.export_team_file), row2),
            ("import", self.tr("I&mport team files…"), self._after(actions.import_team_files), row2),
            ("register_out", self.tr("Export team &employer file…"), self._after(actions.export_register), row2),
            ("register_in", self.tr("Import team emp&loyer file…"), self._after(actions.import_register), row2),
        ):  # fmt: skip
            button = QPushButton(text)
            button.setObjectName(f"team_{name}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
        row1.addStretch(1)
        row2.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.drop_hint = QLabel(self.tr("You can also drop team files onto this window."))
        self.drop_hint.setStyleSheet(style.HINT_CSS)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.drop_hint)
        layout.addWidget(close)
        self.resize(760, 440)
        # Connected while shown only: a closed dialog (kept by its parent) must not go on
        # reading the store on every change, nor act on a team a restore took away.
        ops.changed.connect(self._data_changed)
        self.finished.connect(lambda _result: self._stop_listening())
        self.refresh()

    def _data_changed(self, _what: str) -> None:
        self.refresh()

    def _stop_listening(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self.ops.changed.disconnect(self._data_changed)

    def _after(self, action: Callable[[QWidget], Any]) -> Callable[[], None]:
        """A button's slot: ``action`` with this dialog as the parent of what it opens."""

        def run() -> None:
            action(self)

        return run

    # -- state -------------------------------------------------------------------------
    def refresh(self) -> None:
        st = self.ops.call(team_status.team_status)
        team = st.team
        role = team.role if team else ""
        leader, member = role == membership.LEADER, role == membership.MEMBER
        if team is None:
            text = self.tr(
                "This store is not in a team. A team leader creates the team and gives "
                "each specialist an invitation file and its code."
            )
        elif leader:
            text = (
                self.tr("You lead the team %1 (key generation %2).")
                .replace("%1", team.team_name)
                .replace("%2", str(team.generation))
            )
        else:
            sent = local_time(team.last_export_at) if team.last_export_at else self.tr("never")
            text = (
                self.tr("You are a member of the team %1 as %2. Team file last sent: %3.")
                .replace("%1", team.team_name)
                .replace("%2", team.member_name)
                .replace("%3", sent)
            )
        self.summary.setText(text)
        self.model.set_rows(st.members)
        fit_columns(self.view, 260)
        self.view.setVisible(leader)
        visible = {
            "create": team is None,
            "join": team is None or member,
            "invite": leader,
            "reinvite": leader,
            "remove": leader,
            "export": member,
            "import": leader,
            "register_out": leader,
            "register_in": member,
        }
        for name, button in self.buttons.items():
            button.setVisible(visible[name])
        self.buttons["join"].setText(
            self.tr("&Join again with a new invitation…") if member else self.tr("&Join a team…")
        )
        self.drop_hint.setVisible(leader or member)
        if not leader:  # no members' table: no empty space either
            self.resize(self.width(), self.minimumSizeHint().height())

    def _selected(self) -> team_status.MemberStatus | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[index.row()]

    # -- actions -----------------------------------------------------------------------
    def _fail(self, exc: BaseException) -> None:
        dialogs.error(self, self.windowTitle(), explain(exc))

    def create_team(self) -> bool:
        dlg = TextDialog(self.tr("Create a team"), self.tr("Team &name"), "team_name", self)
        if dialogs.exec_dialog(dlg) != QDialog.DialogCode.Accepted:
            return False
        try:
            self.ops.write("team", membership.create_team, dlg.edit.text())
        except TeamError as exc:
            self._fail(exc)
            return False
        return True

    def join_team(self) -> bool:
        dlg = JoinDialog(self.ops, self)
        return dialogs.exec_dialog(dlg) == QDialog.DialogCode.Accepted

    def invite(self, *, member_id: str | None = None, name: str = "") -> bool:
        if member_id is None:
            dlg = TextDialog(
                self.tr("Invite a member"), self.tr("Member's &name"), "member_name", self
            )
            if dialogs.exec_dialog(dlg) != QDialog.DialogCode.Accepted:
                return False
            name = dlg.edit.text().strip()
        suggested = f"team-invitation-{name.replace(' ', '-')}.ipsteam"
        path = dialogs.save_file(self, self.tr("Save the invitation"), suggested, FILE_FILTER)
        if not path:
            return False
        from ipsdesk.core.storage.fsutil import atomic_write_bytes

        try:
            inv = self.ops.write("team", membership.invite, name, member_id=member_id)
            atomic_write_bytes(Path(path), inv.data)
        except (TeamError, OSError) as exc:
            self._fail(exc)
            return False
        dialogs.exec_dialog(CodeDialog(inv.name, inv.code, Path(path), self))
        return True

    def reinvite(self) -> bool:
        row = self._selected()
        if row is None:
            return False
        return self.invite(member_id=row.member_id, name=row.name)

    def remove(self) -> bool:
        row = self._selected()
        if row is None or row.state == team_status.REMOVED:
            return False
        text = self.tr(
            "Remove %1 from the team? The team gets new keys: %1's files are no longer "
            "accepted and %1 cannot read new team employer files. The other members need "
            "a new invitation."
        ).replace("%1", row.name)
        if not dialogs.ask(self, self.tr("Remove a member"), text):
            return False
        try:
            self.ops.write("team", membership.rekey, [row.member_id])
        except TeamError as exc:
            self._fail(exc)
            return False
        return True

    # -- drag and drop -----------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.team_actions.files_dropped(files, self)
