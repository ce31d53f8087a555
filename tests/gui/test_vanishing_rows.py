"""Issue 11: every view copes with its row vanishing. A backup made before the row
existed is restored (or the row is erased elsewhere) and the view refreshes: nothing
raises into the event loop (pytest-qt fails a test on an exception in a slot); the
view clears or closes itself and says why."""

from __future__ import annotations

import sys
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from ipsdesk.core import crash
from ipsdesk.core.domain.due import Target
from ipsdesk.core.services import clients, employers
from ipsdesk.core.storage import backup as backups
from ipsdesk.core.storage.backup import make_backup
from ipsdesk.core.storage.store import Store
from ipsdesk.core.team import employer_register
from ipsdesk.ui import app as gui
from ipsdesk.ui.client.employer_contacts_tab import ClientContactsTab
from ipsdesk.ui.client.privacy_tab import PrivacyTab
from ipsdesk.ui.main_window import MainWindow
from ipsdesk.ui.plan.tab import PlanTab
from ipsdesk.ui.safety.actions import BackupsDialog
from ipsdesk.ui.week.page import WeekPage
from tests.gui.conftest import DialogDriver
from tests.gui.test_faults_app import crash_hook  # noqa: F401 - the fixture
from tests.gui.test_safety_view import action

GONE = "The client is no longer in the store"


def _client(store: Store, name: str = "Kadonnut Keksitty") -> int:
    agreed = date.today() - timedelta(days=40)  # the first contact is overdue: due items
    with store.session() as s:
        return clients.create_client(s, {"full_name": name, "agreement_date": agreed})


def _restore_oldest(qtbot, window: MainWindow, driver: DialogDriver) -> None:  # type: ignore[no-untyped-def]
    """Restore the oldest backup through File → Backups and restore, as a user does."""

    def restore(dlg: QDialog) -> None:
        assert isinstance(dlg, BackupsDialog)
        dlg.view.selectRow(len(dlg.model.rows) - 1)
        qtbot.mouseClick(dlg.findChild(QPushButton, "restore_selected"), Qt.MouseButton.LeftButton)

    driver.expect(restore)
    driver.answers.append(True)
    action(window, "act_backups").trigger()
    assert "Backup restored" in driver.seen


def _tab(window: MainWindow, kind: type) -> object:
    found = window.findChild(kind)
    assert found is not None, kind
    return found


def test_the_workspace_of_a_client_not_in_the_restored_backup_closes_with_a_message(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    make_backup(store, reason="manual")  # before the client existed
    cid = _client(store)
    window.open_client(cid)
    plan = _tab(window, PlanTab)
    assert isinstance(plan, PlanTab) and plan.client_id == cid
    _restore_oldest(qtbot, window, driver)  # a NotFound in any slot fails the test
    assert window.stack.currentWidget() is window.caseload
    assert window.workspace.client_id is None and window.workspace.detail is None
    assert plan.client_id is None
    privacy = _tab(window, PrivacyTab)
    assert isinstance(privacy, PrivacyTab) and privacy.client_id is None
    assert privacy.model.rows == []
    assert window.caseload.model.rows == []
    assert window.current_client_id() is None


def test_a_client_tab_shown_during_the_restore_clears_itself(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    make_backup(store, reason="manual")
    cid = _client(store)
    window.open_client(cid)
    assert window.workspace.show_section("employer_contacts")
    contacts = _tab(window, ClientContactsTab)
    assert isinstance(contacts, ClientContactsTab) and contacts.isVisible()
    _restore_oldest(qtbot, window, driver)
    assert contacts.client_id is None and contacts.data is None
    assert contacts.contacts.model.rows == []


def test_the_plan_tab_of_a_client_left_earlier_does_not_fault_on_the_restore(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    make_backup(store, reason="manual")
    cid = _client(store)
    window.open_client(cid)
    window.workspace.leave()  # back on the caseload; the plan tab still knows the client
    assert window.stack.currentWidget() is window.caseload
    _restore_oldest(qtbot, window, driver)
    plan = _tab(window, PlanTab)
    assert isinstance(plan, PlanTab) and plan.client_id is None


def test_opening_a_client_that_is_gone_says_so_and_stays_on_the_caseload(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    """A due item or search result read before the client vanished (a stale target)."""
    make_backup(store, reason="manual")
    cid = _client(store)
    _restore_oldest(qtbot, window, driver)
    assert window.open_target(Target("client", cid, "job_search")) is False
    assert window.stack.currentWidget() is window.caseload
    assert window.workspace.client_id is None
    assert GONE in window.statusBar().currentMessage()


def test_the_week_page_shown_during_the_restore_drops_the_vanished_items(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    make_backup(store, reason="manual")
    _client(store)
    action(window, "act_week").trigger()
    page = _tab(window, WeekPage)
    assert isinstance(page, WeekPage)
    assert [i.client_name for i in page.due.model.rows] == ["Kadonnut Keksitty"] * 2
    _restore_oldest(qtbot, window, driver)
    assert page.due.model.rows == []
    action(window, "act_week").trigger()
    page.due.view.setFocus()
    qtbot.keyClick(page.due.view, Qt.Key.Key_Return)  # nothing to open: nothing happens
    assert window.stack.currentWidget() is page


def test_a_backup_that_vanished_from_the_list_is_named_as_gone(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    make_backup(store, reason="manual")
    seen: dict[str, object] = {}

    def restore(dlg: QDialog) -> None:
        assert isinstance(dlg, BackupsDialog)
        dlg.view.selectRow(0)
        gone = dlg.selected()
        assert gone is not None
        gone.path.unlink()  # pruned, or deleted in the file manager, while listed
        qtbot.mouseClick(dlg.findChild(QPushButton, "restore_selected"), Qt.MouseButton.LeftButton)
        seen["rows"] = list(dlg.model.rows)
        seen["open"] = dlg.isVisible()

    driver.expect(restore)
    driver.answers.append(True)
    action(window, "act_backups").trigger()
    assert driver.seen[-1] == (
        "This backup is no longer there: it was deleted, or removed to make room for newer "
        "backups. Nothing was changed."
    )
    assert seen == {"rows": [], "open": True}  # the list no longer shows it


def test_the_team_history_of_a_vanished_employer_is_hidden(store: Store) -> None:
    """The team history line asks with an employer id; a gone employer has none."""
    with store.session() as s:
        gone = employers.create_employer(s, {"name": "Poistettava Oy"})
        employers.delete_employer(s, gone)
        assert employer_register.team_history(s, gone) is None


def test_the_backup_name_check_is_unchanged_by_a_vanished_backup(store: Store) -> None:
    """The core refusal for a file that is not there names the cause, not damage."""
    made = make_backup(store, reason="manual")
    made.unlink()
    try:
        store.restore_in_place(made)
    except backups.BackupInvalid as exc:
        assert exc.message is backups.BACKUP_GONE
    else:  # pragma: no cover - the restore must be refused
        raise AssertionError("restored a backup that is not there")
    with store.session() as s:
        assert clients.caseload(s) == []  # the store is open and as it was


@pytest.mark.qt_no_exception_capture
def test_a_fault_in_a_slot_of_a_signal_goes_through_the_crash_handler(
    qtbot,
    window: MainWindow,
    store: Store,
    driver: DialogDriver,
    crash_hook,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    """Slots run from signals (a C++ one like a click, and ops.changed emitted from
    Python) reach sys.excepthook too: each writes a report; the user is told once."""
    sys.excepthook = sys.__excepthook__
    crash.install_excepthook(store.paths)
    gui.CrashNotifier(window)

    def bug(*_args: object) -> None:
        raise LookupError("a view's bug")

    window.ops.changed.connect(bug)
    button = QPushButton("Bug", window)
    button.clicked.connect(bug)
    try:
        with store.session() as s:
            cid = clients.create_client(s, {"full_name": "Testi Keksitty"})
        window.ops.write(f"client:{cid}", clients.update_notes, cid, {"job_goals": "Varasto"})
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        window.ops.changed.disconnect(bug)
    reports = crash.pending_crash_reports(store.paths)
    assert len(reports) == 2
    assert all("builtins.LookupError" in r.read_text(encoding="utf-8") for r in reports)
    assert len(driver.seen) == 1 and "Something went wrong in ipsdesk" in driver.seen[0]
    with store.session() as s:  # the write itself was done
        assert clients.get_client(s, cid, log=False).notes["job_goals"] == "Varasto"


def test_a_closed_team_dialog_no_longer_reads_the_store_on_changes(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Each Team dialog ever opened went on refreshing (hidden) on every change."""
    from ipsdesk.core.team import status as team_status
    from ipsdesk.ui.team.dialog import TeamDialog

    calls: list[int] = []
    real = team_status.team_status
    monkeypatch.setattr(team_status, "team_status", lambda s: calls.append(1) or real(s))
    seen: list[int] = []

    def look(dlg: QDialog) -> None:
        assert isinstance(dlg, TeamDialog)
        before = len(calls)
        window.ops.changed.emit("*")  # while shown it follows changes
        seen.append(len(calls) - before)

    for _ in range(2):
        driver.expect(look)
        action(window, "act_team").trigger()
    assert seen == [1, 1]  # the first dialog, closed, did not refresh in the second one
    calls.clear()
    window.ops.changed.emit("*")  # e.g. a restore after both were closed
    assert calls == []
