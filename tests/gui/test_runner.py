"""Background work (ui/kit/runner.py): it runs off the GUI thread while the window keeps
working, shows progress, can be cancelled where that is safe, and delivers its result or
its error back on the GUI thread in the user's words."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from ipsdesk.core.services import clients
from ipsdesk.core.storage.lock import DiskFull
from ipsdesk.core.storage.store import Store
from ipsdesk.ui.kit import runner
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.kit.runner import Task, run_in_background
from ipsdesk.ui.main_window import MainWindow
from tests.gui.conftest import DialogDriver, wait_for_background


def test_work_runs_on_a_worker_and_the_result_comes_back_on_the_gui_thread(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    gui = threading.current_thread()
    ran_on: list[threading.Thread] = []
    delivered: list[tuple[threading.Thread, int]] = []
    ticks: list[int] = []
    release = threading.Event()
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)

    def work(task: Task) -> int:
        ran_on.append(threading.current_thread())
        release.wait(5)
        return 42

    job = run_in_background(
        window, "Working", work, done=lambda r: delivered.append((threading.current_thread(), r))
    )
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the event loop runs while the work waits
    assert delivered == [] and not job.is_finished
    release.set()
    wait_for_background(qtbot)
    timer.stop()
    assert ran_on and ran_on[0] is not gui
    assert delivered == [(gui, 42)]
    assert job.result == 42 and job.error is None


def test_slow_work_shows_its_progress_and_can_be_cancelled(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    steps: list[int] = []
    failed: list[BaseException] = []

    def work(task: Task) -> str:
        for i in range(200):
            task.check_cancelled()  # between steps: stopping here is safe
            task.progress(i, 200, f"step {i}")
            steps.append(i)
            time.sleep(0.01)
        return "all done"

    job = run_in_background(
        window, "Importing", work, done=lambda _r: None, failed=failed.append, cancellable=True
    )
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible(), timeout=5000)
    dialog = window.findChild(QProgressDialog, "progress_dialog")
    assert dialog is job.dialog
    qtbot.waitUntil(lambda: dialog.value() > 0)
    assert dialog.maximum() == 200 and dialog.labelText().startswith("step ")
    button = dialog.findChild(QPushButton)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # Cancel
    wait_for_background(qtbot)
    assert job.was_cancelled and job.result is None
    assert failed == []  # cancelling is not an error to report
    assert 0 < len(steps) < 200


def test_quick_work_finishes_without_a_dialog_and_errors_come_in_the_users_words(
    qtbot, window: MainWindow, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    def work(_task: Task) -> None:
        raise DiskFull("ENOSPC")

    job = run_in_background(window, "Back up", work)
    wait_for_background(qtbot)
    assert job.dialog is None and isinstance(job.error, DiskFull)
    assert len(driver.seen) == 1 and driver.seen[0].startswith("The disk is full.")


def test_ops_background_runs_a_service_in_its_own_session_and_tells_the_views(
    qtbot, window: MainWindow, store: Store
) -> None:  # type: ignore[no-untyped-def]
    ops: Ops = window.ops
    told: list[str] = []
    ops.changed.connect(told.append)
    got: list[int] = []
    ops.background(
        window,
        "New client",
        clients.create_client,
        {"full_name": "Taustatyö Keksitty"},
        what="caseload",
        done=got.append,
    )
    wait_for_background(qtbot)
    assert len(got) == 1 and told == ["caseload"]
    with store.session() as s:
        assert clients.get_client(s, got[0], log=False).basics["full_name"] == "Taustatyö Keksitty"


def test_closing_waits_for_running_work(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    finished = threading.Event()

    def work(_task: Task) -> None:
        time.sleep(0.3)
        finished.set()

    run_in_background(window, "Writing", work)
    window.finish()  # as when the app quits
    assert finished.is_set()
    wait_for_background(qtbot)
    assert runner.running() == []


def test_no_automatic_garbage_collection_while_work_runs(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A collection on the worker thread could free the GUI thread's Qt objects there."""
    import gc

    assert gc.isenabled()
    seen: list[bool] = []
    release = threading.Event()

    def work(_task: Task) -> None:
        seen.append(gc.isenabled())
        release.wait(5)

    job = run_in_background(window, "Working", work)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [False] and not gc.isenabled()
    release.set()
    wait_for_background(qtbot)
    assert job.is_finished and gc.isenabled() and runner.running() == []
