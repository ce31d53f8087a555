"""Issue 11: the first face-to-face employer contact reminder through phase moves made
the way a user makes them (the phase control, Ctrl+M, with typed dates: back-dated, the
same day, phase 5 entered with a job start, a job recorded in between), seen where the
user sees it: the week page's due list and the caseload's due column (its tooltip lists
every item; the cell shows the most urgent). And a job recorded in phase 1 gives the
hint to move on, on the workspace."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ipsdesk.core.dates import format_date
from ipsdesk.core.services import clients
from ipsdesk.core.storage.store import Store
from ipsdesk.ui.kit.record_list import RecordList
from ipsdesk.ui.main_window import MainWindow
from ipsdesk.ui.week.page import WeekPage
from tests.gui.conftest import DialogDriver
from tests.gui.test_safety_view import action

TODAY = date.today()
FIRST = "First face-to-face employer contact"


def _move(qtbot, window: MainWindow, driver: DialogDriver, phase: int, on: date) -> None:  # type: ignore[no-untyped-def]
    def handler(dlg: QDialog) -> None:
        driver.choose(dlg, "phase", str(phase))
        driver.type(dlg, "on", format_date(on))
        driver.save(dlg)
        assert not dlg.isVisible()  # accepted

    driver.expect(handler)
    qtbot.keyClick(window.workspace, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.detail is not None and int(window.workspace.detail.phase) == phase


def _record_job(window: MainWindow, driver: DialogDriver, start: date) -> None:
    def handler(dlg: QDialog) -> None:
        driver.type(dlg, "employer_id", "Keksitty Varasto Oy")
        driver.type(dlg, "title", "Varastotyöntekijä")
        driver.type(dlg, "start_on", format_date(start))
        driver.save(dlg)
        assert not dlg.isVisible()

    driver.expect(handler)
    jobs = window.workspace.findChild(RecordList, "records_job")
    assert jobs is not None
    assert jobs.add()


def _week_items(window: MainWindow) -> list[str]:
    action(window, "act_week").trigger()
    page = window.findChild(WeekPage)
    assert page is not None
    items = [f"{i.label.text} {format_date(i.due_on)}" for i in page.due.model.rows]
    window.show_caseload()
    return items


def _caseload_tooltip(window: MainWindow) -> str:
    window.caseload.refresh()
    index = window.caseload.model.index(0, 5)
    return str(index.data(Qt.ItemDataRole.ToolTipRole) or "")


@pytest.mark.parametrize("days_ago", [25, 40])
def test_the_first_contact_reminder_comes_back_with_the_phase_in_the_app(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver, days_ago: int
) -> None:  # type: ignore[no-untyped-def]
    agreed = TODAY - timedelta(days=days_ago)  # the 30-day deadline is near or past
    deadline = format_date(agreed + timedelta(days=30))
    with store.session() as s:
        cid = clients.create_client(s, {"full_name": "Testi Keksitty", "agreement_date": agreed})
    window.open_client(cid)
    _move(qtbot, window, driver, 3, agreed + timedelta(days=2))  # back-dated
    assert f"{FIRST} {deadline}" in _week_items(window)
    window.open_client(cid)
    _move(qtbot, window, driver, 5, TODAY - timedelta(days=1))  # entered with the job start
    _record_job(window, driver, TODAY - timedelta(days=1))
    assert not any(i.startswith(FIRST) for i in _week_items(window))  # in work: none
    window.open_client(cid)
    _move(qtbot, window, driver, 3, TODAY)  # back to job search the same day
    assert f"{FIRST} {deadline}" in _week_items(window)
    assert FIRST in _caseload_tooltip(window)
    window.open_client(cid)
    _move(qtbot, window, driver, 4, TODAY)  # on to employer work, the same day again
    assert f"{FIRST} {deadline}" in _week_items(window)


def test_a_job_recorded_in_phase_1_shows_the_hint_to_move_on(
    qtbot, window: MainWindow, store: Store, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        cid = clients.create_client(
            s, {"full_name": "Testi Keksitty", "agreement_date": TODAY - timedelta(days=3)}
        )
    window.open_client(cid)
    assert "phase 5" not in window.workspace.warnings.text()
    _record_job(window, driver, TODAY)
    assert window.workspace.warnings.isVisible()
    assert (
        f"A job starting {format_date(TODAY)} is recorded, but the client is in phase 1. "
        "Once the job has started, move them to in-work support (phase 5)"
    ) in window.workspace.warnings.text()
    _move(qtbot, window, driver, 5, TODAY)
    assert "is recorded, but the client is in phase" not in window.workspace.warnings.text()
