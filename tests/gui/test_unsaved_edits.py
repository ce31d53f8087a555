"""One Save per form, and leaving a tab or a client with unsaved edits asks whether
to save them (yes saves, no drops them, a save that fails keeps the user there)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ipsdesk.core.services import clients
from ipsdesk.core.storage.store import Store
from ipsdesk.ui.main_window import MainWindow
from tests.gui.conftest import DialogDriver, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def make(store: Store, name: str) -> int:
    with store.session() as s:
        return clients.create_client(s, {"full_name": name, "agreement_date": date.today()})


def stored(store: Store, cid: int) -> tuple[str, str, str]:
    with store.session() as s:
        d = clients.get_client(s, cid, log=False)
    return d.basics["full_name"], d.notes["disclosure_wishes"], d.profile["strengths"]


def test_one_save_button_per_page(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    window.open_client(make(store, "Aada Keksitty"))
    tabs = window.workspace.tabs
    for i in range(5):
        saves = [b for b in tabs.widget(i).findChildren(QPushButton) if b.text() == "Save"]
        assert len(saves) <= 1, tabs.tabText(i)
    tab1 = [b for b in tabs.widget(0).findChildren(QPushButton) if b.text() == "Save"]
    assert len(tab1) == 1


def test_leaving_a_tab_asks_and_saves_or_drops(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    cid = make(store, "Aada Keksitty")
    window.open_client(cid)
    ws = window.workspace
    ws.tabs.setCurrentIndex(0)
    basics = ws.basics.parts[0][0]
    wishes = ws.basics.parts[1][0]
    name = basics.editors["full_name"]
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_End)
    type_text(qtbot, name, "-Väisänen")
    note = wishes.editors["disclosure_wishes"]
    note.setFocus()
    type_text(qtbot, note, "Ei kerro diagnoosista")
    driver.answers.append(True)  # save
    qtbot.keyClick(note, Qt.Key.Key_2, CTRL)
    assert driver.seen == ["Unsaved changes"]
    assert ws.tabs.currentIndex() == 1
    assert stored(store, cid)[:2] == ("Aada Keksitty-Väisänen", "Ei kerro diagnoosista")

    strengths = ws.profile.form.editors["strengths"]
    strengths.setFocus()
    type_text(qtbot, strengths, "Täsmällinen")
    driver.answers.append(False)  # drop
    qtbot.keyClick(strengths, Qt.Key.Key_1, CTRL)
    assert driver.seen == ["Unsaved changes"] * 2
    assert stored(store, cid)[2] == ""
    assert strengths.toPlainText() == ""  # the edit is gone, not left to be saved later
    assert ws.tabs.currentIndex() == 0

    # Nothing changed: no question.
    qtbot.keyClick(ws.tabs, Qt.Key.Key_3, CTRL)
    assert driver.seen == ["Unsaved changes"] * 2


def test_a_failing_save_keeps_the_user_on_the_tab(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    cid = make(store, "Aada Keksitty")
    window.open_client(cid)
    ws = window.workspace
    ws.tabs.setCurrentIndex(0)
    name = ws.basics.form.editors["full_name"]
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(name, Qt.Key.Key_Delete)  # the required name emptied
    driver.answers.append(True)
    ws.tabs.setCurrentIndex(2)
    assert ws.tabs.currentIndex() == 0
    assert ws.basics.form.errors["full_name"].isVisibleTo(ws)
    assert stored(store, cid)[0] == "Aada Keksitty"


def test_leaving_the_client_asks(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    aada, bertta = make(store, "Aada Keksitty"), make(store, "Bertta Kuviteltu")
    window.open_client(aada)
    ws = window.workspace
    ws.tabs.setCurrentIndex(1)
    strengths = ws.profile.form.editors["strengths"]
    strengths.setFocus()
    type_text(qtbot, strengths, "Ystävällinen")
    driver.answers.append(True)
    back = next(b for b in ws.findChildren(QPushButton) if b.text() == "← Caseload")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert driver.seen == ["Unsaved changes"]
    assert window.stack.currentWidget() is window.caseload
    assert stored(store, aada)[2] == "Ystävällinen"

    window.open_client(aada)
    ws.tabs.setCurrentIndex(1)
    strengths.setFocus()
    type_text(qtbot, strengths, " ja täsmällinen")
    driver.answers.append(False)
    window.open_client(bertta)  # another client (e.g. from the due list): asked too
    assert driver.seen == ["Unsaved changes"] * 2
    assert ws.client_id == bertta
    assert stored(store, aada)[2] == "Ystävällinen"
