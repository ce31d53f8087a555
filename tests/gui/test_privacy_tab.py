"""The client's Privacy tab: access log, exports through the save dialog, erasure."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton

from ipsdesk.core.services import clients, privacy
from ipsdesk.core.services.privacy import LogRow
from ipsdesk.core.storage.store import Store
from ipsdesk.ui.client.privacy_tab import AccessLogModel, PrivacyTab
from ipsdesk.ui.kit import dialogs
from ipsdesk.ui.kit.i18n import install_translators
from ipsdesk.ui.main_window import MainWindow
from tests.gui.conftest import DialogDriver, type_text, wait_for_background

NAME = "Siiri Keksitty"


def open_privacy(qtbot, window: MainWindow, store: Store) -> tuple[int, PrivacyTab]:  # type: ignore[no-untyped-def]
    with store.session() as s:
        client_id = clients.create_client(s, {"full_name": NAME, "agreement_date": date.today()})
    window.open_client(client_id)
    tab = window.findChild(PrivacyTab)
    assert tab is not None
    tabs = window.workspace.tabs
    tabs.setCurrentWidget(tab)
    assert tabs.tabText(tabs.currentIndex()) == "Pr&ivacy"
    return client_id, tab


def click(qtbot, tab: PrivacyTab, name: str) -> None:  # type: ignore[no-untyped-def]
    """Click, and let an export started by it finish (exports run in the background)."""
    qtbot.mouseClick(tab.findChild(QPushButton, name), Qt.MouseButton.LeftButton)
    wait_for_background(qtbot)


def test_access_log_table_and_csv_export(
    qtbot, qtmodeltester, window: MainWindow, store: Store, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _id, tab = open_privacy(qtbot, window, store)
    qtmodeltester.check(tab.model)
    shown = [tab.model.index(r, 2).data() for r in range(tab.model.rowCount())]
    assert shown == ["Opened", "Created"]  # newest first
    what = [tab.model.index(r, 3).data() for r in range(tab.model.rowCount())]
    assert what == ["Client record", "Client's basic details"]  # not the stored codes
    assert tab.model.index(0, 1).data() == "Testi Valmentaja"

    target = tmp_path / "out" / "loki.csv"
    target.parent.mkdir()
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs,
        "save_file",
        lambda _p, title, suggested, _f: asked.append(suggested) or str(target),
    )
    click(qtbot, tab, "export_access_log")
    assert asked and asked[0].endswith(".pdf") and "A-0001" in asked[0]
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == list(privacy.LOG_COLUMNS)
    assert [r[2] for r in rows[1:]] == ["create", "view", "export"]
    assert all(r[1] == "Testi Valmentaja" for r in rows[1:])
    assert NAME not in target.read_text(encoding="utf-8-sig")  # the log names no one
    assert str(target) in tab.findChild(QLabel, "privacy_status").text()
    assert tab.model.index(0, 2).data() == "Exported"  # the table refreshed


def test_full_record_export_writes_pdf_and_json(
    qtbot, window: MainWindow, store: Store, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _id, tab = open_privacy(qtbot, window, store)
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(tmp_path / "tiedot"))
    click(qtbot, tab, "export_record")
    pdf, js = tmp_path / "tiedot.pdf", tmp_path / "tiedot.json"
    assert pdf.read_bytes().startswith(b"%PDF")
    record = json.loads(js.read_text(encoding="utf-8"))
    assert record["client_code"] == "A-0001"
    assert record["tables"]["client"][0]["full_name"] == NAME
    with store.session() as s:
        details = [r.detail for r in privacy.access_log(s, "A-0001") if r.action == "export"]
    assert details == ["full record PDF", "full record JSON"]


def test_cancelled_save_dialog_exports_nothing(
    qtbot, window: MainWindow, store: Store, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _id, tab = open_privacy(qtbot, window, store)
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: None)
    click(qtbot, tab, "export_access_log")
    click(qtbot, tab, "export_record")
    with store.session() as s:
        assert "export" not in [r.action for r in privacy.access_log(s, "A-0001")]


def test_erase_by_typing_the_code(
    qtbot, window: MainWindow, driver: DialogDriver, store: Store
) -> None:  # type: ignore[no-untyped-def]
    client_id, tab = open_privacy(qtbot, window, store)
    seen: dict[str, object] = {}

    def erase(dlg: QDialog) -> None:
        seen["warning"] = dlg.findChild(QLabel, "erase_warning").text()
        field = dlg.findChild(QLineEdit, "erase_code")
        button = dlg.findChild(QPushButton, "erase_confirm")
        field.setFocus()
        type_text(qtbot, field, "A-0002")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        seen["refused"] = dlg.isVisible() and dlg.findChild(QLabel, "erase_error").text()
        with store.session() as s:
            seen["still_there"] = clients.get_client(s, client_id, log=False).code
        field.selectAll()
        type_text(qtbot, field, "A-0001")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    driver.expect(erase)
    click(qtbot, tab, "erase_client")
    assert "for good" in str(seen["warning"])
    assert "code" in str(seen["refused"])
    assert seen["still_there"] == "A-0001"
    assert window.stack.currentWidget() is window.caseload
    assert window.caseload.model.rowCount() == 0
    with store.session() as s:
        log = privacy.access_log(s, "A-0001")
        with pytest.raises(clients.NotFound):
            clients.get_client(s, client_id, log=False)
    assert [r.action for r in log] == ["erase"]


def test_access_log_model_empty(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = AccessLogModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_access_log_speaks_the_ui_language(qapp, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, "fi")
    at = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)
    model = AccessLogModel()
    model.set_rows(
        [
            LogRow(at, "Testi Valmentaja", "change", "", "phase 3"),
            LogRow(at, "Testi Valmentaja", "export", "asiakkaan pyyntö", "full record PDF"),
            LogRow(at, "Testi Valmentaja", "view", "", "client_contact"),
            LogRow(at, "Testi Valmentaja", "teleport", "", "something new"),
        ]
    )
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in (2, 3)] for r in range(model.rowCount())]
    assert rows == [  # newest first
        ["teleport", "something new"],  # unknown: as stored
        ["Avattu", "Yhteydenpito"],
        ["Viety", "Kaikki asiakkaan tiedot (PDF) (asiakkaan pyyntö)"],
        ["Muutettu", "Vaihe: Työn etsintä"],
    ]


def test_export_to_a_read_only_place_is_explained(
    qtbot, window: MainWindow, driver: DialogDriver, store: Store, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _id, tab = open_privacy(qtbot, window, store)
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(tmp_path / "loki.csv"))

    def refuse(*_a, **_k):  # type: ignore[no-untyped-def]
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(privacy, "export_access_log", refuse)
    click(qtbot, tab, "export_access_log")
    assert len(driver.seen) == 1
    assert str(tmp_path / "loki.csv") in driver.seen[0]
    assert "Read-only file system" in driver.seen[0] and "Choose another folder" in driver.seen[0]
    assert not (tmp_path / "loki.csv").exists()
