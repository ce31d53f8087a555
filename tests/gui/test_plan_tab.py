"""The Action plan tab driven by keyboard: first plan, a review as version 2, what changed,
PDF export in another language, printing to a PDF-format QPrinter, validation, drafts
that survive switching tabs and clients, and the access-log rows of export and print."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from sqlmodel import col, select

from ipsdesk.core.domain.enums import StepOwner, StepStatus
from ipsdesk.core.domain.plan_document import PlanDraft, PlanStep
from ipsdesk.core.services import clients, plans
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store
from ipsdesk.ui.kit import dialogs, style
from ipsdesk.ui.main_window import MainWindow
from ipsdesk.ui.plan.steps import StepsModel
from ipsdesk.ui.plan.tab import PlanTab
from tests.gui.conftest import DialogDriver, type_text
from tests.plan_helpers import write_plan_ts

CTRL = Qt.KeyboardModifier.ControlModifier
GOAL = "Haluan töihin kirjastoon, lähelle kotia. Áilu Ŋuolja Čiekčá"


def fmt(d: date) -> str:
    return f"{d.day}.{d.month}.{d.year}"


def tab_of(window: MainWindow) -> PlanTab:
    tab = window.findChild(PlanTab, "plan_tab")
    assert tab is not None
    return tab


def make_client(window: MainWindow, lang: str = "fi", agreed: date | None = None) -> int:
    cid = window.ops.write(
        "caseload",
        clients.create_client,
        {
            "full_name": "Keksitty Testihenkilö",
            "document_language": lang,
            "agreement_date": agreed or date.today() - timedelta(days=30),
        },
    )
    window.ops.write(
        f"client:{cid}", clients.update_profile, cid, {"strengths": "Täsmällinen ja ystävällinen"}
    )
    return cid


def open_plan_tab(qtbot, window: MainWindow, cid: int) -> PlanTab:  # type: ignore[no-untyped-def]
    window.open_client(cid)
    tab = tab_of(window)
    tabs = window.workspace.tabs
    qtbot.keyClick(window.workspace, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert tabs.currentWidget() is tab
    return tab


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def type_cell(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the open cell editor and move on with Tab."""
    type_text(qtbot, focused(), text)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def versions(store: Store, cid: int) -> list[plans.PlanVersion]:
    with store.session() as s:
        return [
            plans.get_version(s, cid, v.version, log=False)
            for v in reversed(plans.list_versions(s, cid))
        ]


def log_rows(store: Store, cid: int, action: str) -> list[str]:
    with store.session() as s:
        client = s.get(m.Client, cid)
        assert client is not None
        rows = s.exec(
            select(m.AccessLog)
            .where(m.AccessLog.client_ref == client.code, m.AccessLog.action == action)
            .order_by(col(m.AccessLog.id))
        )
        return [r.detail for r in rows]


def write_first_plan(qtbot, tab: PlanTab) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+R, the goal typed, two steps by keyboard, Ctrl+S."""
    qtbot.keyClick(tab, Qt.Key.Key_R, CTRL)
    assert tab.editing
    goal = tab.editor.editors["goal"]
    assert focused() is goal
    qtbot.keyClick(goal, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(goal, Qt.Key.Key_Delete)
    type_text(qtbot, goal, GOAL)
    view = tab.editor.steps.view
    view.setFocus()
    due = date.today() + timedelta(days=14)
    for what, owner, by_when in (
        ("Päivitetään CV yhdessä", "Cl", fmt(due)),
        ("Käydään kirjastossa tutustumassa", "Em", ""),
    ):
        qtbot.keyClick(view, Qt.Key.Key_Insert)  # opens the new step's text for typing
        type_cell(qtbot, what)
        qtbot.keyClicks(focused(), owner)  # the owner combo: first letters pick
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        type_cell(qtbot, by_when)
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # leave the status as planned
        qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
        view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_S, CTRL)


def test_first_plan_and_review_by_keyboard(
    qtbot, window: MainWindow, driver: DialogDriver, store: Store
) -> None:  # type: ignore[no-untyped-def]
    cid = make_client(window)
    tab = open_plan_tab(qtbot, window, cid)
    assert tab.pages.currentWidget() is tab.empty
    assert not tab.export_button.isVisible() and tab.new_button.isVisible()
    assert not tab.review.isVisible()

    write_first_plan(qtbot, tab)
    assert not tab.editing and tab.export_button.isVisible()
    [v1] = versions(store, cid)
    assert v1.goal == GOAL
    assert v1.strengths.startswith("Täsmällinen ja ystävällinen")  # pulled in from the profile
    assert [(s.what, s.owner, s.due_on, s.status) for s in v1.steps] == [
        ("Päivitetään CV yhdessä", StepOwner.CLIENT, date.today() + timedelta(days=14), "planned"),
        ("Käydään kirjastossa tutustumassa", StepOwner.SPECIALIST, None, "planned"),
    ]
    assert v1.next_review_on is not None  # the 3-month review suggested
    assert "Käydään kirjastossa tutustumassa" in tab.plan_view.toPlainText()
    assert "first version" in tab.changes_view.toPlainText()

    # Review: the first step is done. Status cell by keyboard: arrows, F2, letters, Enter.
    qtbot.keyClick(tab, Qt.Key.Key_R, CTRL)
    view = tab.editor.steps.view
    view.setFocus()
    view.setCurrentIndex(tab.editor.steps.model.index(0, 0))
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(focused(), "Do")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.editor.steps.model.steps[0].status is StepStatus.DONE)
    qtbot.keyClick(view, Qt.Key.Key_S, CTRL)
    assert len(versions(store, cid)) == 2
    assert [tab.version_box.itemData(i) for i in range(tab.version_box.count())] == [2, 1]
    assert tab.version_box.itemText(0) == f"v2 — {fmt(date.today())}"
    changes = tab.changes_view.toPlainText()
    assert "Päivitetään CV yhdessä: status Planned → Done" in changes
    assert "Käydään kirjastossa" not in changes  # unchanged steps are not listed

    # Earlier versions stay readable: choose v1 with the keyboard.
    tab.version_box.setFocus()
    qtbot.keyClick(tab.version_box, Qt.Key.Key_Down)
    assert tab.version_box.currentData() == 1
    assert "Planned" in tab.plan_view.toPlainText()
    assert "first version" in tab.changes_view.toPlainText()
    assert driver.handlers == []


def test_shortcuts_work_only_on_the_plan_tab(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    cid = make_client(window)
    window.open_client(cid)
    tab = tab_of(window)
    assert window.workspace.tabs.currentWidget() is not tab
    qtbot.keyClick(window.workspace.tabs, Qt.Key.Key_R, CTRL)
    assert not tab.editing
    window.workspace.tabs.setCurrentWidget(tab)
    qtbot.keyClick(window.workspace.tabs, Qt.Key.Key_R, CTRL)
    assert tab.editing


def test_validation_errors_beside_fields_and_in_cells(
    qtbot, window: MainWindow, store: Store
) -> None:  # type: ignore[no-untyped-def]
    cid = make_client(window)
    tab = open_plan_tab(qtbot, window, cid)
    qtbot.keyClick(tab, Qt.Key.Key_R, CTRL)
    goal = tab.editor.editors["goal"]
    qtbot.keyClick(goal, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(goal, Qt.Key.Key_Delete)
    view = tab.editor.steps.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    type_cell(qtbot, "Haetaan kolmea paikkaa")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_cell(qtbot, "32.13.2026")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.keyClick(tab.editor.save_button, Qt.Key.Key_Space)

    assert versions(store, cid) == []
    assert tab.editing
    error = tab.editor.errors["goal"]
    assert error.isVisible() and error.text() == "This field is required."
    model = tab.editor.steps.model
    due = model.index(0, 2)
    assert model.data(due, Qt.ItemDataRole.DisplayRole) == "32.13.2026"  # kept as typed
    assert model.data(due, Qt.ItemDataRole.ToolTipRole) == "Not a valid date."
    assert model.data(due, Qt.ItemDataRole.ForegroundRole).color() == style.error_colour()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert tab.editor.steps.error.isVisible()
    assert tab.editor.steps.error.text() == "Step 1, By when: Not a valid date."
    assert focused() is goal  # the first field with an error

    # Fixing the cell clears its mark; a goal makes it save.
    view.setCurrentIndex(due)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_cell(qtbot, fmt(date.today()))
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert model.data(due, Qt.ItemDataRole.ToolTipRole) is None
    type_text(qtbot, goal, "Työ")
    qtbot.keyClick(goal, Qt.Key.Key_S, CTRL)
    assert [v.steps[0].due_on for v in versions(store, cid)] == [date.today()]


def test_unsaved_draft_survives_other_tabs_and_clients(
    qtbot, window: MainWindow, driver: DialogDriver, store: Store
) -> None:  # type: ignore[no-untyped-def]
    first = make_client(window)
    other = make_client(window)
    tab = open_plan_tab(qtbot, window, first)
    qtbot.keyClick(tab, Qt.Key.Key_R, CTRL)
    type_text(qtbot, tab.editor.editors["goal"], "Keskeneräinen")
    qtbot.keyClick(window.workspace, Qt.Key.Key_2, CTRL)  # another tab, and back
    qtbot.keyClick(window.workspace, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert tab.editing and tab.editor.draft().goal.endswith("Keskeneräinen")

    window.open_client(other)  # another client: no draft there
    assert not tab.editing
    window.open_client(first)  # back: the draft is there again
    assert tab.editing and tab.editor.draft().goal.endswith("Keskeneräinen")

    driver.answers.append(True)  # "Discard the changes…?" Yes
    qtbot.mouseClick(tab.editor.findChild(QWidget, "plan_discard"), Qt.MouseButton.LeftButton)
    assert not tab.editing and versions(store, first) == []


@pytest.fixture
def planned(window: MainWindow) -> int:
    """A client (documents in Finnish) with one saved plan."""
    cid = make_client(window)
    draft = PlanDraft(
        goal=GOAL,
        steps=[
            PlanStep("Päivitetään CV yhdessä", StepOwner.CLIENT, date.today()),
            PlanStep("Käydään kirjastossa", StepOwner.SPECIALIST, None, StepStatus.IN_PROGRESS),
        ],
    )
    window.ops.write(f"client:{cid}", plans.save_version, cid, draft)
    return cid


def test_export_in_swedish_from_the_finnish_default(
    qtbot,
    window: MainWindow,
    planned: int,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    # The shipped .ts files are not translated yet: use the plan strings table.
    ts = write_plan_ts(tmp_path / "ts")
    monkeypatch.setattr("ipsdesk.core.resources.translations_dir", lambda: ts)
    asked: list[str] = []

    def save_file(_parent: QWidget, _title: str, suggested: str, _filter: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "suunnitelma")  # without the suffix: .pdf is added

    monkeypatch.setattr(dialogs, "save_file", save_file)
    tab = open_plan_tab(qtbot, window, planned)
    assert tab.language_box.currentData() == "fi"  # the client's document language
    tab.language_box.setFocus()
    qtbot.keyClicks(tab.language_box, "Sw")
    assert tab.language_box.currentData() == "sv"
    qtbot.keyClick(tab, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)

    assert asked and asked[0].endswith("_v1_sv.pdf")
    reader = PdfReader(tmp_path / "suunnitelma.pdf")
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert GOAL in text
    assert "Päivitetään CV yhdessä" in text and "Käydään kirjastossa" in text
    assert "Handlingsplan" in text and "Toimintasuunnitelma" not in text
    assert reader.trailer["/Root"]["/Lang"] == "sv"
    assert log_rows(store, planned, "export") == ["action plan v1 sv"]
    assert str(tmp_path / "suunnitelma.pdf") in tab.message.text()


def test_export_failure_is_told_and_not_logged(
    qtbot,
    window: MainWindow,
    driver: DialogDriver,
    planned: int,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "no such folder" / "plan.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(target))
    tab = open_plan_tab(qtbot, window, planned)
    assert tab.export_pdf() is None
    assert driver.seen and "could not be saved" in driver.seen[-1]
    assert log_rows(store, planned, "export") == [] and not target.exists()


def test_print_to_a_pdf_printer_matches_the_export(
    qtbot,
    window: MainWindow,
    planned: int,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "printed.pdf"

    def choose_printer(_parent: QWidget, printer: QPrinter) -> bool:
        # What the user does in the dialog when printing to a file.
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(100)  # keeps the test quick; a real printer says 300-600
        return True

    monkeypatch.setattr(dialogs, "choose_printer", choose_printer)
    tab = open_plan_tab(qtbot, window, planned)
    qtbot.keyClick(tab, Qt.Key.Key_P, CTRL)

    with store.session() as s:
        exported = PdfReader(io.BytesIO(plans.export_plan(s, planned, None, "fi")))
    printed = PdfReader(out)
    assert len(printed.pages) == len(exported.pages) >= 1
    box = printed.pages[0].mediabox
    assert abs(float(box.width) - 595) < 3 and abs(float(box.height) - 842) < 3  # A4
    assert printed.pages[0]["/Resources"].get("/XObject")  # the page image is on it
    assert log_rows(store, planned, "print") == ["action plan v1 fi"]
    assert log_rows(store, planned, "export") == ["action plan v1 fi"]  # the check above


def test_print_cancelled_prints_and_logs_nothing(
    qtbot, window: MainWindow, planned: int, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "choose_printer", lambda *_a: False)
    tab = open_plan_tab(qtbot, window, planned)
    assert tab.print_plan() == 0
    assert log_rows(store, planned, "print") == []


def test_review_reminder_in_the_header(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    late = make_client(window, agreed=today - timedelta(days=200))
    window.ops.write(
        "x", plans.save_version, late, PlanDraft(goal="Työ", made_on=today - timedelta(days=190))
    )
    tab = open_plan_tab(qtbot, window, late)
    assert tab.review.text().startswith("Plan review overdue since ")
    assert "#b00020" in tab.review.styleSheet()
    assert "(3-month review)" in tab.review.text()

    fresh = make_client(window, agreed=today - timedelta(days=10))
    window.ops.write("x", plans.save_version, fresh, PlanDraft(goal="Työ"))
    tab = open_plan_tab(qtbot, window, fresh)
    with store.session() as s:
        due = plans.next_review_due(s, fresh, today)
    assert due is not None and not due.overdue
    assert tab.review.text() == f"Next plan review: {fmt(due.due_on)} (3-month review)"
    assert "#b00020" not in tab.review.styleSheet()


def test_steps_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = StepsModel()
    model.set_steps(
        [
            PlanStep("Yksi", StepOwner.CLIENT, date(2026, 12, 1)),
            PlanStep("Kaksi", StepOwner.EMPLOYER, None, StepStatus.DONE),
        ]
    )
    model.set_errors({(1, "what"): "Virhe"})
    qtmodeltester.check(model, force_py=True)
    row = model.insert_step(1)
    assert model.move_step(row, 1) == 2
    assert [s.what for s in model.steps] == ["Yksi", "Kaksi", ""]
    model.remove_step(0)
    qtmodeltester.check(model, force_py=True)
