"""The Fidelity page driven by keyboard: a review filled in, overruled on one item (a
reason needed), saved, reopened; the evidence by client code; export; the chart."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer

from ipsdesk.core.fidelity import reviews
from ipsdesk.core.fidelity.items import ITEMS
from ipsdesk.core.storage.store import Store
from ipsdesk.ui.fidelity.page import FidelityPage
from ipsdesk.ui.kit import dialogs
from ipsdesk.ui.kit.ops import Ops
from tests.conftest import TODAY
from tests.gui.conftest import DialogDriver, type_text, wait_for_background
from tests.integration.test_fidelity_store import generate


def shown_page(qtbot, store: Store) -> FidelityPage:  # type: ignore[no-untyped-def]
    """The page on ``store``, shown, with its first draft computed."""
    p = FidelityPage(Ops(store), today=lambda: TODAY)
    qtbot.addWidget(p)
    p.resize(1300, 800)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()
    wait_for_background(qtbot)  # the draft is computed off the GUI thread
    return p


@pytest.fixture
def page(qtbot, store: Store, driver: DialogDriver) -> Iterator[FidelityPage]:  # type: ignore[no-untyped-def]
    generate(store)
    yield shown_page(qtbot, store)


def press(qtbot, widget, *keys) -> None:  # type: ignore[no-untyped-def]
    for k in keys:
        qtbot.keyClick(widget, k)


def test_items_model(page: FidelityPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 25


def test_default_period_and_computed_item_with_evidence(page: FidelityPage) -> None:
    assert (page.from_edit.text(), page.to_edit.text()) == ("19.8.2026", "18.11.2026")
    assert "not saved yet" in page.heading.text()
    page.select_item(21)
    result = page.results[21]
    assert result.proposed is not None
    assert page.model.display(21, "proposed") == str(result.proposed)
    assert page.evidence.count() == len(result.evidence) > 0
    assert page.evidence.item(0).text().split()[1].startswith("A-")  # by client code
    assert "≥ 95 %" in page.thresholds_label.text()
    assert "not checked against the manual" in page.thresholds_label.text()
    page.select_item(2)  # not computed: no figure box
    assert not page.computed.isVisible()
    page.select_item(19)  # no job types recorded yet
    assert page.model.display(19, "proposed") == "not enough data"


def test_review_by_keyboard_saved_reopened_and_overruled(
    page: FidelityPage, qtbot, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    view = page.view
    view.setFocus()
    page.select_item(1)
    for item in ITEMS:  # score the items the records cannot answer: 4; keep proposals
        if page.scores[item.number][0] is None:
            press(qtbot, view, Qt.Key.Key_4)
        press(qtbot, view, Qt.Key.Key_Down)
    assert page.current_item() == 25
    assert all(score is not None for score, _ in page.scores.values())
    assert page.model.display(25, "score") == "4"
    # overrule item 1 by one point, without a reason first
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # first row
    assert page.current_item() == 1
    proposal = page.results[1].proposed
    assert proposal is not None
    overruled = proposal + 1 if proposal < 5 else proposal - 1
    press(qtbot, view, getattr(Qt.Key, f"Key_{overruled}"))
    assert page.overrule_hint.isVisible() and "Say why" in page.overrule_hint.text()
    assert page.model.display(1, "score") == f"{overruled} (overruled)"
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for_background(qtbot)
    assert driver.seen and "1. Caseload size: Say why you overrule" in driver.seen[-1]
    with page.ops.store.session() as s:
        assert reviews.list_reviews(s) == []  # nothing saved
    # the reason, typed in the note (Tab from the table: score buttons, then the note)
    press(qtbot, view, Qt.Key.Key_Tab)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
    assert page.focusWidget() is page.note_edit
    type_text(qtbot, page.note_edit, "Kaksi osa-aikaista jakaa asiakkaat.")
    assert (
        "both are kept" in page.overrule_hint.text() and "Say why" not in page.overrule_hint.text()
    )
    total = page.total()[0]
    assert total_in(page.total_label.text(), total)
    qtbot.keyClick(page.note_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for_background(qtbot)  # saved, then reopened with its items computed again
    with page.ops.store.session() as s:
        saved = reviews.list_reviews(s)
    assert [(r.total, r.scored) for r in saved] == [(total, 25)]
    assert "saved" in page.heading.text() and page.review_id == saved[0].id
    assert page.history_box.count() == 1 and page.chart.series()["total"] == [total]
    # a new review of another period, then reopen the saved one
    page.from_edit.setText("1.1.2026")
    page.to_edit.setText("31.3.2026")
    page.to_edit.setFocus()
    qtbot.keyClick(page.to_edit, Qt.Key.Key_Return)
    wait_for_background(qtbot)
    assert page.review_id is None and page.start == date(2026, 1, 1)
    page.history_box.setFocus()
    qtbot.keyClick(page.open_button, Qt.Key.Key_Space)
    wait_for_background(qtbot)
    assert page.review_id == saved[0].id and page.start == date(2026, 8, 19)
    page.select_item(1)
    assert page.scores[1] == (overruled, "Kaksi osa-aikaista jakaa asiakkaat.")
    assert page.model.display(1, "score") == f"{overruled} (overruled)"
    assert page.note_edit.toPlainText() == "Kaksi osa-aikaista jakaa asiakkaat."
    with page.ops.store.session() as s:
        kept = reviews.get_review(s, saved[0].id).scores[1]
    assert (kept.score, kept.proposed, kept.overruled) == (overruled, proposal, True)
    assert "Total" in page.total_label.text() and "fidelity" in page.total_label.text()


def total_in(text: str, total: int) -> bool:
    return f"Total {total} / 125" in text


def test_unsaved_changes_are_not_dropped_silently(
    page: FidelityPage, qtbot, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    page.view.setFocus()
    page.select_item(2)
    press(qtbot, page.view, Qt.Key.Key_3)
    driver.answers.append(False)  # keep my changes
    assert page.start_review() is False
    assert driver.seen[-1] == "Unsaved review" and page.scores[2][0] == 3
    driver.answers.append(True)
    assert page.start_review() is True
    wait_for_background(qtbot)
    assert page.scores[2][0] is None


def test_export_pdf_and_csv(
    page: FidelityPage, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    written: list[Path] = []
    page.exported.connect(written.append)
    out = tmp_path / "review.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(out))
    page.lang_box.setCurrentIndex(page.lang_box.findData("en"))
    assert page.export() == out
    wait_for_background(qtbot)  # written off the GUI thread
    assert written == [out]
    assert "Fidelity self-review" in PdfReader(out).pages[0].extract_text()
    csv = tmp_path / "review.csv"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(csv))
    assert page.export() == csv
    wait_for_background(qtbot)
    assert written == [out, csv] and csv.read_bytes().startswith(b"\xef\xbb\xbf")
    # a folder that cannot be written: said in the user's words, nothing emitted
    missing = tmp_path / "no such folder" / "review.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(missing))
    assert page.export() == missing
    wait_for_background(qtbot)
    assert driver.seen[-1].startswith("The review could not be saved: ")
    assert written == [out, csv] and not page.busy


def test_install_adds_the_page_to_go_with_its_shortcut(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    """``install(host)`` against the typed feature registration's ``add_page``."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from ipsdesk.ui.fidelity.page import SHORTCUT, install

    class FakeHost:
        def __init__(self) -> None:
            self.ops = Ops(store)
            self.pages: list[tuple[QWidget, str, str | None, str]] = []
            self.window = QWidget()

        def add_page(self, page, text, *, shortcut=None, name="", on_show=None):  # type: ignore[no-untyped-def]
            self.pages.append((page, text, shortcut, name))
            self.on_show = on_show
            action = QAction(text, self.window)
            action.setObjectName(name)
            return action

    host = FakeHost()
    qtbot.addWidget(host.window)
    page = install(host)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    assert host.pages == [(page, "&Fidelity", SHORTCUT, "act_fidelity")]
    assert page.model.rowCount() == 25


def test_an_untouched_draft_follows_new_records(page: FidelityPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ipsdesk.core.storage import models as m

    before = page.results[24].count
    with page.ops.store.session() as s:
        s.add_all(
            m.ClientContact(client_id=1, on=TODAY, with_whom="client", place="home")
            for _ in range(3)
        )
        s.commit()
    page.ops.changed.emit("client:1")
    wait_for_background(qtbot)
    assert page.results[24].count == before + 3
    page.select_item(2)
    page.set_score(2)  # now the draft has the reviewer's work: it is kept
    page.ops.changed.emit("client:1")
    wait_for_background(qtbot)
    assert page.scores[2] == (2, "")


def test_go_fidelity_in_the_main_window(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+F shows the page with the items table focused, ready for number keys."""
    page = window.findChild(FidelityPage, "fidelity_page")
    assert page is not None and page.results == {}  # nothing read before it is shown
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: page.isVisible() and page.view.hasFocus(), timeout=3000)
    wait_for_background(qtbot)
    assert sorted(page.results) == [1, 3, 12, 13, 14, 15, 17, 19, 20, 21, 23, 24]
    qtbot.keyClick(page.view, Qt.Key.Key_3)
    assert page.scores[1][0] == 3


def test_the_items_are_computed_off_the_gui_thread_and_shown_when_done(
    qtbot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """While the draft is computed the page says so, waits with what would replace or
    score the review, and the event loop runs; the review appears when the job is done."""
    generate(store)
    release = threading.Event()
    ran_on: list[threading.Thread] = []
    compute = reviews.new_review

    def slow_new_review(*args, **kwargs):  # type: ignore[no-untyped-def]
        ran_on.append(threading.current_thread())
        release.wait(10)
        return compute(*args, **kwargs)

    monkeypatch.setattr(reviews, "new_review", slow_new_review)
    p = FidelityPage(Ops(store), today=lambda: TODAY)
    qtbot.addWidget(p)
    p.resize(1300, 800)
    ticks: list[int] = []
    timer = QTimer(p)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    p.show()
    qtbot.waitExposed(p)
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the GUI thread keeps running
    assert ran_on and ran_on[0] is not threading.current_thread()
    assert p.busy and p.busy_label.isVisible()
    assert "Computing the items" in p.busy_label.text()
    assert p.results == {} and p.heading.text() == ""
    for w in (p.start_button, p.save_button, p.export_button, p.note_edit, p.from_edit):
        assert not w.isEnabled()
    assert p.view.isEnabled() and p.model.rowCount() == 25  # the table stays usable
    p.set_score(3, 1)  # scoring waits for the review
    assert 1 not in p.scores
    release.set()
    wait_for_background(qtbot)
    timer.stop()
    assert not p.busy and not p.busy_label.isVisible()
    assert sorted(p.results) == [1, 3, 12, 13, 14, 15, 17, 19, 20, 21, 23, 24]
    assert "not saved yet" in p.heading.text()
    assert p.start_button.isEnabled() and p.save_button.isEnabled()
    assert not p.open_button.isEnabled()  # no saved review to open yet
    p.set_score(3, 2)
    assert p.scores[2] == (3, "")


def test_a_period_the_core_refuses_is_said_when_it_answers(
    page: FidelityPage, qtbot, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    page.from_edit.setText("1.11.2026")
    page.to_edit.setText("1.10.2026")  # ends before it starts
    assert page.start_review() is True
    wait_for_background(qtbot)
    assert driver.seen[-1] == "The period must end on or after its start."
    assert not page.busy and page.start_button.isEnabled()
    assert page.start == date(2026, 8, 19)  # the draft shown is kept
