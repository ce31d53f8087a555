"""Tools → Team hub… driven by keyboard against the real PostgreSQL server: nothing set up
(the send says so, no network), the settings typed in, "Test connection" saying exactly
what failed (password, unreachable) and then that it works, "Send now" off the GUI thread
with the last send shown, the rows on the hub exactly the team file's, and the settings
saved in the encrypted store. Also in Finnish and Swedish: the findings translated, the
dialog's Alt keys without clashes."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QSpinBox

from ipsdesk.core.hub import config
from ipsdesk.core.storage.store import Store
from ipsdesk.core.team import membership
from ipsdesk.core.team.extract import extract
from ipsdesk.ui.kit import runner
from ipsdesk.ui.kit.i18n import install_translators
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.main_window import MainWindow
from ipsdesk.ui.team.hub import HubDialog
from tests.gui.conftest import DialogDriver, type_text, wait_for_background
from tests.gui.test_mnemonics import clashes, widget_texts
from tests.hub.hub_helpers import expected, on_hub
from tests.team_helpers import fill, join, make_store


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "en")


@pytest.fixture
def member(tmp_path: Path) -> Iterator[tuple[Store, str, str]]:
    leader = make_store(tmp_path, "Liisa Vetaja")
    aino = make_store(tmp_path, "Aino Ohjaaja")
    fill(aino, 3)
    with leader.session() as s:
        team = membership.create_team(s, "IPS-tiimi Testilä")
    join(leader, aino, "Aino Ohjaaja")
    leader.close()
    with aino.session() as s:
        member_id = membership.require_identity(s).member_id
    yield aino, member_id, team.team_id
    aino.close()


@pytest.fixture
def window(qtbot, member, english) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(Ops(member[0]))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win


@pytest.fixture
def driver(qtbot, monkeypatch: pytest.MonkeyPatch) -> DialogDriver:  # type: ignore[no-untyped-def]
    return DialogDriver(qtbot, monkeypatch)


def _type(qtbot, dlg: QDialog, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = dlg.findChild(QLineEdit, name) or dlg.findChild(QSpinBox, name)
    assert edit is not None, name
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def _press(qtbot, dlg: QDialog, name: str) -> str:  # type: ignore[no-untyped-def]
    """Press a button by keyboard, wait for the background work, return what it said."""
    button = dlg.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    wait_for_background(qtbot)
    return str(dlg.findChild(QLabel, "hub_result").text())


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_setup_test_connection_and_send_from_the_dialog(
    qtbot, hub, member, window: MainWindow, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    store, member_id, team_id = member
    role = hub.add("aino", "specialist", member_id=member_id, team_id=team_id)
    seen: dict[str, str] = {}

    def fill_in(dlg: QDialog, password: str, port: int | None = None) -> None:
        _type(qtbot, dlg, "hub_server", "127.0.0.1")
        _type(qtbot, dlg, "hub_port", str(port or hub.server.port))
        _type(qtbot, dlg, "hub_database", hub.db)
        _type(qtbot, dlg, "hub_user", role)
        _type(qtbot, dlg, "hub_password", password)
        combo = dlg.findChild(QComboBox, "hub_sslmode")
        combo.setFocus()
        qtbot.keyClicks(combo, "d")  # "disable: …" (the test server has no TLS)
        assert combo.currentData() == "disable"

    def first_visit(dlg: QDialog) -> None:
        seen["status"] = dlg.findChild(QLabel, "hub_last_sent").text()
        seen["unset_send"] = _press(qtbot, dlg, "hub_send")  # nothing set up: no network
        seen["unset_test"] = _press(qtbot, dlg, "hub_test")
        fill_in(dlg, "väärä salasana")
        seen["bad_password"] = _press(qtbot, dlg, "hub_test")
        fill_in(dlg, f"pw-{role}", port=_closed_port())
        seen["unreachable_test"] = _press(qtbot, dlg, "hub_test")
        seen["unreachable_send"] = _press(qtbot, dlg, "hub_send")
        seen["after_failed_send"] = dlg.findChild(QLabel, "hub_last_sent").text()
        fill_in(dlg, f"pw-{role}")
        seen["good"] = _press(qtbot, dlg, "hub_test")
        seen["sent"] = _press(qtbot, dlg, "hub_send")
        seen["last_sent"] = dlg.findChild(QLabel, "hub_last_sent").text()
        seen["again"] = _press(qtbot, dlg, "hub_send")
        qtbot.mouseClick(dlg.findChild(QPushButton, "hub_save"), Qt.MouseButton.LeftButton)

    driver.expect(first_visit)
    window.findChild(type(window.tools_menu.actions()[0]), "act_team_hub").trigger()

    assert "No team hub is set up" in seen["status"]
    assert "opens no network connection" in seen["status"]
    assert seen["unset_send"].startswith("No team hub is set up")
    assert seen["unset_test"].startswith("No team hub is set up")
    assert "refused the user name or password" in seen["bad_password"]
    assert "cannot be reached" in seen["unreachable_test"]
    assert "sent" not in seen["unreachable_test"]  # a test sends nothing: it does not say so
    assert "sent" not in seen["unset_test"] and "nothing was sent" in seen["unset_send"]
    assert "cannot be reached" in seen["unreachable_send"]
    assert "Nothing was sent" in seen["unreachable_send"]
    assert seen["after_failed_send"] == "Not sent to the hub yet."
    assert seen["good"].startswith("The connection works")
    assert f"sends as member {member_id}" in seen["good"]
    assert seen["sent"].startswith("Sent at") and "0 removed" in seen["sent"]
    assert seen["last_sent"].startswith("Last sent:")
    assert "0 rows added, 0 removed" in seen["again"]

    # what reached the hub is exactly the team file's data; the settings were kept
    with store.session() as s:
        cfg = config.load(s)
        data = extract(s, membership.require_identity(s), membership.require_identity(s).joined_at)
    assert (cfg.server, cfg.port, cfg.database, cfg.user, cfg.sslmode) == (
        "127.0.0.1", hub.server.port, hub.db, role, "disable"
    )  # fmt: skip
    assert cfg.password == f"pw-{role}"
    assert on_hub(hub.engine(role), member_id) == expected(data)


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_dialog_speaks_the_users_language(qtbot, qapp, hub, member, lang: str) -> None:  # type: ignore[no-untyped-def]
    store, member_id, team_id = member
    role = hub.add("aino", "specialist", member_id=member_id, team_id=team_id)
    install_translators(qapp, lang)
    try:
        dlg = HubDialog(Ops(store))
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        assert clashes(widget_texts(dlg)) == {}
        assert dlg.windowTitle() == {"fi": "Tiimitietokanta", "sv": "Teamdatabas"}[lang]
        _type(qtbot, dlg, "hub_server", "127.0.0.1")
        _type(qtbot, dlg, "hub_port", str(hub.server.port))
        _type(qtbot, dlg, "hub_database", hub.db)
        _type(qtbot, dlg, "hub_user", role)
        _type(qtbot, dlg, "hub_password", "väärä")
        dlg.findChild(QComboBox, "hub_sslmode").setCurrentIndex(4)
        said = _press(qtbot, dlg, "hub_test")
        assert said.startswith({"fi": "Tiimitietokanta ei hyväksynyt",
                                "sv": "Teamdatabasen godkände inte"}[lang])  # fmt: skip
    finally:
        install_translators(qapp, "en")


def test_the_dialogs_alt_keys_do_not_clash_in_english(qtbot, member, english) -> None:  # type: ignore[no-untyped-def]
    dlg = HubDialog(Ops(member[0]))
    qtbot.addWidget(dlg)
    dlg.show()
    assert clashes(widget_texts(dlg)) == {}
    assert len(widget_texts(dlg)) >= 10


def test_a_hub_that_never_answers_does_not_block_the_window(qtbot, member, english) -> None:  # type: ignore[no-untyped-def]
    """A server that accepts the connection and then says nothing (a half-open network):
    the send runs on a worker thread, the dialog stays live and says it is sending, and
    after the connection timeout it says the hub cannot be reached."""
    store = member[0]
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)  # the kernel completes the handshake; nobody ever answers
        dlg = HubDialog(Ops(store))
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        _type(qtbot, dlg, "hub_server", "127.0.0.1")
        _type(qtbot, dlg, "hub_port", str(silent.getsockname()[1]))
        _type(qtbot, dlg, "hub_user", "aino")
        dlg.findChild(QComboBox, "hub_sslmode").setCurrentIndex(4)  # disable
        button = dlg.findChild(QPushButton, "hub_send")
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
        # back on the GUI thread while the send waits for the hub
        assert runner.running()
        assert dlg.findChild(QLabel, "hub_result").text() == "Sending to the team hub…"
        assert not button.isEnabled()
        ticks: list[int] = []
        QTimer.singleShot(0, lambda: ticks.append(1))
        qtbot.waitUntil(lambda: ticks == [1], timeout=2000)  # the event loop runs
        assert runner.running()  # …and the send still waits
        wait_for_background(qtbot)
    said = dlg.findChild(QLabel, "hub_result").text()
    assert "cannot be reached" in said and "Nothing was sent" in said
    assert button.isEnabled()
