"""The team's history of an employer in the quick log and the employer register."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTableView

from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store
from ipsdesk.core.team import employer_register, importer, membership
from ipsdesk.ui.main_window import MainWindow
from tests.gui.conftest import DialogDriver, type_text
from tests.team_helpers import export, join, make_store


def contact(st: Store, name: str, ytunnus: str, on: date, mode: str) -> None:
    with st.session() as s:
        e = m.Employer(name=name, business_id=ytunnus)
        s.add(e)
        s.flush()
        assert e.id is not None
        s.add(m.EmployerContact(on=on, employer_id=e.id, mode=mode, purpose="needs"))
        s.commit()


def test_colleagues_recent_contact_is_shown(
    qtbot, store: Store, driver: DialogDriver, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    leader = make_store(tmp_path, "Liisa Vetäjä")
    colleague = make_store(tmp_path, "Bea Ohjaaja")
    try:
        with leader.session() as s:
            membership.create_team(s, "IPS-tiimi Testilä")
        join(leader, colleague, "Bea Ohjaaja")
        join(leader, store, "Testi Valmentaja")
        contact(colleague, "KAJAANIN KIRJAPAINO", "", today - timedelta(days=2), "face_to_face")
        contact(store, "Kajaanin Kirjapaino Oy", "2469371-0", today - timedelta(days=30), "phone")
        with leader.session() as s:
            importer.import_files(
                s,
                [export(colleague, tmp_path / "b.ipsteam"), export(store, tmp_path / "t.ipsteam")],
            )
        with leader.session() as s:
            employer_register.export_register(s, tmp_path / "e.ipsteam")
        with store.session() as s:
            employer_register.import_register(s, (tmp_path / "e.ipsteam").read_bytes())
    finally:
        leader.close()
        colleague.close()

    from ipsdesk.ui.kit.ops import Ops

    window = MainWindow(Ops(store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: dict[str, str] = {}

    def quick(dlg: QDialog) -> None:
        line = dlg.findChild(QLabel, "quick_team_history")
        assert not line.isVisible()
        edit = dlg.findChild(QLineEdit, "quick_employer")
        # Its completer's popup would grab the keyboard, which the offscreen platform
        # cannot do (a Qt warning); the name is typed all the same.
        edit.setCompleter(None)
        edit.setFocus()
        type_text(qtbot, edit, "Kajaanin Kirjapaino Oy")
        seen["quick"] = line.text() if line.isVisible() else ""
        qtbot.keyClick(edit, Qt.Key.Key_Escape)

    driver.expect(quick)
    window.findChild(QAction, "act_quick_log").trigger()
    day = f"{(today - timedelta(days=2)).day}.{(today - timedelta(days=2)).month}."
    assert "Team: 2 contacts; the last on" in seen["quick"]
    assert "by Bea Ohjaaja (face-to-face)" in seen["quick"]
    assert "Bea Ohjaaja contacted this employer on " + day in seen["quick"]

    window.findChild(QAction, "act_employers").trigger()
    table = window.findChild(QTableView, "employer_table")
    table.setFocus()
    table.selectRow(0)
    line = window.findChild(QLabel, "employer_team_history")
    qtbot.waitUntil(line.isVisible, timeout=2000)
    assert "by Bea Ohjaaja" in line.text()
    window.close()
