"""The team in the app, driven by keyboard: create a team and invite (the code shown once),
join with the file and the code, export the team file, import files (menu and drop)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton, QTableView
from sqlmodel import select

from ipsdesk.core.storage.store import Store
from ipsdesk.core.team import membership
from ipsdesk.core.team.tables import TeamMember
from ipsdesk.ui.kit import dialogs
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.main_window import MainWindow
from ipsdesk.ui.team.actions import TeamActions
from tests.gui.conftest import DialogDriver, type_text, wait_for_background
from tests.team_helpers import fill, make_store


def press(qtbot, dlg: QDialog, name: str) -> None:  # type: ignore[no-untyped-def]
    button = dlg.findChild(QPushButton, name)
    assert button is not None and button.isVisible(), name
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def enter_text(qtbot, dlg: QDialog, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = dlg.findChild(QLineEdit, name)
    assert edit is not None, name
    edit.setFocus()
    type_text(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.fixture
def member_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    store = make_store(tmp_path, "Aapo Ohjaaja")
    fill(store, 2)
    win = MainWindow(Ops(store))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win, store
    win.close()
    store.close()


def test_create_invite_join_export_import(
    qtbot,
    window: MainWindow,
    store: Store,
    member_window,
    driver: DialogDriver,
    tmp_path: Path,
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    member_win, member_store = member_window
    invitation = tmp_path / "kutsu.ipsteam"
    team_file = tmp_path / "aapo.ipsteam"
    saves = [str(invitation), str(team_file)]
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: saves.pop(0))
    seen: dict[str, str] = {}

    # The team leader: Tools → Team… → Create a team… → Invite a member….
    def team_dialog_leader(dlg: QDialog) -> None:
        assert "not in a team" in dlg.findChild(QLabel, "team_summary").text()
        press(qtbot, dlg, "team_create")
        seen["summary"] = dlg.findChild(QLabel, "team_summary").text()
        press(qtbot, dlg, "team_invite")
        members = dlg.findChild(QTableView, "team_members")
        seen["member_row"] = members.model().index(0, 0).data()
        seen["member_state"] = members.model().index(0, 1).data()
        dlg.reject()

    driver.expect(team_dialog_leader)
    driver.expect(lambda d: enter_text(qtbot, d, "team_name", "IPS-tiimi Testilä"))
    driver.expect(lambda d: enter_text(qtbot, d, "member_name", "Aapo Ohjaaja"))

    def code_shown(dlg: QDialog) -> None:
        seen["code"] = dlg.findChild(QLabel, "invitation_code").text()
        dlg.accept()

    driver.expect(code_shown)
    window.findChild(QAction, "act_team").trigger()
    assert "You lead the team IPS-tiimi Testilä" in seen["summary"]
    assert seen["member_row"] == "Aapo Ohjaaja" and seen["member_state"] == "Member"
    assert invitation.exists() and len(seen["code"]) == 19

    # The specialist: Tools → Team… → Join a team… (file and code by keyboard).
    def team_dialog_member(dlg: QDialog) -> None:
        press(qtbot, dlg, "team_join")
        seen["member_summary"] = dlg.findChild(QLabel, "team_summary").text()
        dlg.reject()

    def join(dlg: QDialog) -> None:
        file_edit = dlg.findChild(QLineEdit, "join_file")
        file_edit.setFocus()
        qtbot.keyClicks(file_edit, str(invitation))
        qtbot.keyClick(file_edit, Qt.Key.Key_Tab)  # to Choose…
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to the code
        code = QApplication.focusWidget()
        assert code.objectName() == "join_code"
        qtbot.keyClicks(code, "WRONG-CODE")
        qtbot.keyClick(code, Qt.Key.Key_Return)
        seen["wrong"] = dlg.findChild(QLabel, "join_error").text()
        qtbot.keyClick(code, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(code, seen["code"].lower())
        qtbot.keyClick(code, Qt.Key.Key_Return)

    driver.expect(team_dialog_member)
    driver.expect(join)
    member_win.findChild(QAction, "act_team").trigger()
    assert "invitation code is wrong" in seen["wrong"]
    assert "member of the team IPS-tiimi Testilä as Aapo Ohjaaja" in seen["member_summary"]
    assert "last sent: never" in seen["member_summary"]

    # File → Export team file….
    member_win.findChild(QAction, "act_team_export").trigger()
    assert team_file.exists()
    assert "Team file saved" in member_win.statusBar().currentMessage()
    with member_store.session() as s:
        info = membership.info(s)
        assert info is not None and info.last_export_at is not None

    # The leader: File → Import team files… (runs in the background, then reports).
    monkeypatch.setattr(dialogs, "open_files", lambda *_a: [str(team_file)])
    window.findChild(QAction, "act_team_import").trigger()
    wait_for_background(qtbot)
    assert driver.seen[-1] == "Import team files"  # the report (inform), no error
    assert "imported Aapo Ohjaaja (13 clients)" in window.statusBar().currentMessage()
    with store.session() as s:
        assert [m.name for m in s.exec(select(TeamMember)).all()] == ["Aapo Ohjaaja"]

    # Dropping the same file onto the window: already imported, nothing changed.
    reports: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: reports.append(text))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(team_file))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    # (QApplication.sendEvent does not deliver a drop without a drag in progress, so the
    # window's drop filter is given the event as Qt would.)
    actions = window.findChild(TeamActions)
    assert actions is not None and window.acceptDrops()
    assert actions.eventFilter(window, drop) is True
    wait_for_background(qtbot)
    assert reports and "already imported (Aapo Ohjaaja); nothing changed" in reports[0]
