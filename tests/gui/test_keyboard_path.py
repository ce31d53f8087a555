"""The everyday keyboard path: the quick log (Ctrl+E) from anywhere, a text field with
focus included, with the client the user is looking at; the caseload search."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from sqlmodel import select

from ipsdesk.core.services import clients, employers
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store
from ipsdesk.ui.employers.quick_log import QuickLogDialog
from ipsdesk.ui.kit.shortcuts import ShortcutClaim
from ipsdesk.ui.main_window import MainWindow
from tests.gui.conftest import DialogDriver, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    """Where a real key press goes: the open popup (a completer's list), else the focus."""
    popup = QApplication.activePopupWidget()
    w = popup.focusWidget() or popup if popup is not None else QApplication.focusWidget()
    assert w is not None
    return w


def seed(store: Store) -> tuple[int, int, int]:
    with store.session() as s:
        aada = clients.create_client(
            s, {"full_name": "Aada Keksitty", "agreement_date": date.today()}
        )
        bertta = clients.create_client(
            s, {"full_name": "Bertta Kuviteltu", "agreement_date": date.today()}
        )
        employers.create_employer(s, {"name": "Kahvila Mansikka"})
        known = employers.create_employer(s, {"name": "Keksintö Oy"})
    return aada, bertta, known


def contacts(store: Store) -> list[tuple[int, str, list[int]]]:
    with store.session() as s:
        rows = s.exec(select(m.EmployerContact)).all()
        return [
            (
                r.employer_id,
                r.mode,
                list(
                    s.exec(
                        select(m.EmployerContactClient.client_id).where(
                            m.EmployerContactClient.contact_id == r.id
                        )
                    )
                ),
            )
            for r in rows
        ]


# The completer's popup on the offscreen platform of the tests (no real windowing).
@pytest.mark.qt_log_ignore("does not support grabbing the keyboard", "does not support raise")
def test_face_to_face_contact_in_four_keyboard_actions(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    _aada, bertta, known = seed(store)
    window.caseload.refresh()
    window.caseload.view.setFocus()
    window.caseload.view.selectRow(1)  # Bertta's row (sorted by name)
    actions: list[str] = []

    def log(dlg: QDialog) -> None:
        assert isinstance(dlg, QuickLogDialog)
        assert dlg.client.currentData() == bertta  # the caseload's selected client
        assert dlg.mode.currentData() == "face_to_face"  # the default
        type_text(qtbot, focused(), "keksi")
        actions.append("type")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # picks the highlighted match
        actions.append("pick")
        assert dlg.employer.text() == "Keksintö Oy"
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        actions.append("save")

    driver.expect(log)
    qtbot.keyClick(window.caseload.view, Qt.Key.Key_E, CTRL)
    actions.insert(0, "shortcut")
    assert driver.seen == ["Log employer contact"]
    assert actions == ["shortcut", "type", "pick", "save"]  # 4 keyboard actions
    assert contacts(store) == [(known, "face_to_face", [bertta])]
    assert "Keksintö Oy" in window.statusBar().currentMessage()


class X11LineEdit(QLineEdit):
    """A line edit that takes Ctrl+E for itself, as QLineEdit does on X11 (end of line)."""

    def event(self, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.ShortcutOverride and ev.key() == Qt.Key.Key_E:  # type: ignore[attr-defined]
            ev.accept()
            return True
        return super().event(ev)


def test_quick_log_opens_while_a_line_edit_wants_ctrl_e(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    _aada, _bertta, _known = seed(store)
    claims = [f for f in QApplication.instance().findChildren(ShortcutClaim)]
    assert claims, "the quick log claims its shortcut"
    edit = X11LineEdit()
    window.caseload.layout().addWidget(edit)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    driver.expect(lambda dlg: None)  # opened, then cancelled
    qtbot.keyClick(edit, Qt.Key.Key_E, CTRL)
    assert driver.seen == ["Log employer contact"]
    # Without the claim the line edit would have kept the key: prove the test can fail.
    for claim in claims:
        QApplication.instance().removeEventFilter(claim)
    try:
        qtbot.keyClick(edit, Qt.Key.Key_E, CTRL)
    finally:
        for claim in claims:
            QApplication.instance().installEventFilter(claim)
    assert driver.seen == ["Log employer contact"]
    # The search field of the caseload too (a real QLineEdit).
    window.caseload.focus_search()
    driver.expect(lambda dlg: None)
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_E, CTRL)
    assert driver.seen == ["Log employer contact"] * 2


def test_quick_log_takes_the_client_open_in_the_workspace(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    aada, _bertta, _known = seed(store)
    window.open_client(aada)
    got: list[object] = []
    driver.expect(lambda dlg: got.append(dlg.client.currentData()))  # type: ignore[attr-defined]
    qtbot.keyClick(focused(), Qt.Key.Key_E, CTRL)
    assert got == [aada]


def test_search_ignores_diacritics_and_enter_opens_the_single_match(
    qtbot, window: MainWindow, store: Store
) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        sami = clients.create_client(
            s, {"full_name": "Ánde Ŋuolja", "agreement_date": date.today()}
        )
        clients.create_client(s, {"full_name": "Äijälä Keksitty", "agreement_date": date.today()})
        clients.create_client(s, {"full_name": "Aijo Kuviteltu", "agreement_date": date.today()})
    window.search()
    type_text(qtbot, window.caseload.search, "aij")
    assert sorted(r.full_name for r in window.caseload.model.rows) == [
        "Aijo Kuviteltu",
        "Äijälä Keksitty",
    ]
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Return)  # two matches: to the table
    assert window.stack.currentWidget() is window.caseload
    assert window.caseload.view.hasFocus()
    window.search()
    type_text(qtbot, window.caseload.search, "nuolja")
    assert [r.id for r in window.caseload.model.rows] == [sami]
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.client_id == sami


def test_a_new_employer_is_confirmed_and_saved_with_its_contact_or_not_at_all(
    qtbot, window: MainWindow, store: Store
) -> None:  # type: ignore[no-untyped-def]
    seed(store)
    today = date(2026, 11, 18)
    dlg = QuickLogDialog(window.ops, today=lambda: today, parent=window)
    qtbot.addWidget(dlg)
    dlg.show()
    type_text(qtbot, dlg.employer, "Puutarha Uusikuu")  # like nothing in the register
    dlg.date.setText("25.11.2026")  # a week ahead: refused
    qtbot.keyClick(dlg.employer, Qt.Key.Key_Return)
    assert dlg.similar_label.isVisible() and "will be created" in dlg.similar_label.text()
    qtbot.keyClick(dlg.employer, Qt.Key.Key_Return)  # confirm the new employer
    assert dlg.date_error.isVisible() and dlg.result() != QDialog.DialogCode.Accepted
    with store.session() as s:  # the refused contact left no employer behind
        assert "Puutarha Uusikuu" not in [e.name for e in s.exec(select(m.Employer))]
    dlg.date.setText("18.11.2026")
    qtbot.keyClick(dlg.employer, Qt.Key.Key_Return)
    assert dlg.result() == QDialog.DialogCode.Accepted
    with store.session() as s:
        new = s.exec(select(m.Employer).where(m.Employer.name == "Puutarha Uusikuu")).one()
    assert dlg.created_employer == new.id
    assert contacts(store) == [(new.id, "face_to_face", [])]
