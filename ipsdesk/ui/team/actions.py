"""The team's menu entries and file actions (the feature's ``install``).

Tools → Team… opens :class:`TeamDialog`, Tools → Team hub… the hub's settings
(:class:`~ipsdesk.ui.team.hub.HubDialog`); File → Export team file… (a member) and
File → Import team files… (the team leader, several files; also by dropping them onto
the main window or the Team dialog). Importing runs off the GUI thread (30 five-year
files take a few seconds), then says per file what happened.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from ipsdesk.core.team import employer_register, envelope, importer, membership, teamfile
from ipsdesk.core.team.errors import TeamError
from ipsdesk.ui.features import Host, Section
from ipsdesk.ui.kit import dialogs
from ipsdesk.ui.team.dialog import FILE_FILTER, TeamDialog, dropped_files, explain


class TeamActions(QObject):
    def __init__(self, host: Host):
        super().__init__(host.window())
        self.host = host
        self.ops = host.ops
        host.add_action(Section.TOOLS, self.tr("&Team…"), self.open_dialog, name="act_team")
        host.add_action(
            Section.TOOLS, self.tr("Team &hub…"), self.open_hub_dialog, name="act_team_hub"
        )
        host.add_action(
            Section.FILE_TEAM,
            self.tr("E&xport team file…"),
            lambda: self.export_team_file(None),
            name="act_team_export",
        )
        host.add_action(
            Section.FILE_TEAM,
            self.tr("&Import team files…"),
            lambda: self.import_team_files(None),
            name="act_team_import",
        )
        window = host.window()
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def _parent(self, parent: QWidget | None) -> QWidget:
        return parent or self.host.window()

    def _role(self) -> str:
        info = self.ops.call(membership.info)
        return info.role if info else ""

    def open_dialog(self) -> bool:
        dialogs.exec_dialog(TeamDialog(self.ops, self, self.host.window()))
        return True

    def open_hub_dialog(self) -> bool:
        from ipsdesk.ui.team.hub import HubDialog  # only when used: keeps the start light

        dialogs.exec_dialog(HubDialog(self.ops, self.host.window()))
        return True

    # -- specialist --------------------------------------------------------------------
    def export_team_file(self, parent: QWidget | None) -> bool:
        parent = self._parent(parent)
        title = self.tr("Export team file")
        if self._role() != membership.MEMBER:
            dialogs.error(parent, title, self.tr("Join a team first (Tools → Team…)."))
            return False
        suggested = f"team-file-{date.today().isoformat()}.ipsteam"
        path = dialogs.save_file(parent, title, suggested, FILE_FILTER)
        if not path:
            return False
        try:
            result = self.ops.write("team", teamfile.export_team_file, Path(path))
        except (TeamError, OSError) as exc:
            dialogs.error(parent, title, explain(exc))
            return False
        self.host.show_message(
            self.tr("Team file saved: %1 (%2 clients, no names).")
            .replace("%1", str(result.path))
            .replace("%2", str(result.clients))
        )
        return True

    def import_register(self, parent: QWidget | None, paths: list[Path] | None = None) -> bool:
        parent = self._parent(parent)
        title = self.tr("Import team employer file")
        if paths is None:
            paths = [Path(p) for p in dialogs.open_files(parent, title, FILE_FILTER)]
        if not paths:
            return False
        try:
            data = envelope.read_file(paths[0])
            n = self.ops.write("employers", employer_register.import_register, data)
        except TeamError as exc:
            dialogs.error(parent, title, explain(exc))
            return False
        self.host.show_message(
            self.tr("Team employer register imported: %1 employers.").replace("%1", str(n))
        )
        return True

    # -- team leader -------------------------------------------------------------------
    def import_team_files(self, parent: QWidget | None, paths: list[Path] | None = None) -> bool:
        parent = self._parent(parent)
        title = self.tr("Import team files")
        if self._role() != membership.LEADER:
            dialogs.error(
                parent, title, self.tr("Only the team leader imports team files (Tools → Team…).")
            )
            return False
        if paths is None:
            paths = [Path(p) for p in dialogs.open_files(parent, title, FILE_FILTER)]
        if not paths:
            return False

        def done(results: list[importer.FileResult]) -> None:
            self._report(parent, title, results)

        self.ops.background(
            parent,
            title,
            importer.import_and_refresh,
            paths,
            what="team",
            done=done,
            failed=lambda exc: dialogs.error(parent, title, explain(exc)),
        )
        return True

    def _report(self, parent: QWidget, title: str, results: list[importer.FileResult]) -> None:
        lines = []
        for r in sorted(results, key=lambda r: r.path.name):
            if r.status == importer.IMPORTED:
                text = self.tr("%1: imported %2 (%3 clients).")
                text = text.replace("%2", r.member).replace("%3", str(r.clients))
            elif r.status == importer.UNCHANGED:
                text = self.tr("%1: already imported (%2); nothing changed.").replace(
                    "%2", r.member
                )
            else:
                assert r.error is not None
                text = self.tr("%1: refused. %2").replace("%2", explain(r.error))
            lines.append(text.replace("%1", r.path.name))
        message = "\n".join(lines)
        if any(r.status == importer.REFUSED for r in results):
            dialogs.error(parent, title, message)
        else:
            dialogs.inform(parent, title, message)
        self.host.show_message(lines[0] if len(lines) == 1 else title, 5000)

    def export_register(self, parent: QWidget | None) -> bool:
        parent = self._parent(parent)
        title = self.tr("Export team employer file")
        suggested = f"team-employers-{date.today().isoformat()}.ipsteam"
        path = dialogs.save_file(parent, title, suggested, FILE_FILTER)
        if not path:
            return False
        try:
            n = self.ops.write("employers", employer_register.export_register, Path(path))
        except (TeamError, OSError) as exc:
            dialogs.error(parent, title, explain(exc))
            return False
        self.host.show_message(
            self.tr("Team employer file saved: %1 employers, no client data.").replace("%1", str(n))
        )
        return True

    # -- drag and drop -----------------------------------------------------------------
    def files_dropped(self, paths: list[Path], parent: QWidget | None = None) -> bool:
        if self.host.is_locked():
            return False
        role = self._role()
        if role == membership.LEADER:
            return self.import_team_files(parent, paths)
        if role == membership.MEMBER:
            return self.import_register(parent, paths)
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()  # first: this runs for every event of the window
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.Drop) or self.host.is_locked():
            return False
        if kind == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if dropped_files(event):
                event.acceptProposedAction()
                return True
        elif isinstance(event, QDropEvent):
            files = dropped_files(event)
            if files:
                event.acceptProposedAction()
                self.files_dropped(files)
                return True
        return False


def install(host: Host) -> None:
    TeamActions(host)  # kept alive by its parent, the main window


__all__ = ["TeamActions", "install"]
