"""The Fidelity page on a team leader's store: the scope choice (own clients / whole
team), a team review scored and overruled by keyboard, saved, reopened after an own
review, the evidence by pseudonym, the choice's name and Alt key in every language."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from bench.gen_team import specialist_dataset
from ipsdesk.core.fidelity import reviews
from ipsdesk.core.fidelity.items import ITEMS
from ipsdesk.core.storage.store import Store
from ipsdesk.core.team import importer, membership
from ipsdesk.core.team.tables import TeamIdentity
from ipsdesk.ui.fidelity.page import FidelityPage
from ipsdesk.ui.kit.i18n import install_translators
from ipsdesk.ui.kit.ops import Ops
from tests.conftest import TODAY
from tests.gui.conftest import DialogDriver, type_text, wait_for_background
from tests.gui.test_fidelity_page import press, shown_page


def team_data(store: Store, members: int = 3) -> list[str]:
    """Generated team data of invented specialists in the leader's team; their member ids."""
    exported = datetime(2026, 11, 18, 6, tzinfo=UTC)
    with store.session() as s:
        membership.create_team(s, "IPS-tiimi Testilä")
        team_id = membership.require_leader(s).team_id
        ids = []
        for i in range(members):
            ident = TeamIdentity(
                role="member", team_id=team_id, team_name="IPS-tiimi Testilä", generation=1,
                member_id=f"M-{i:04d}", member_name=f"Keksitty Valmentaja {i + 1}",
                secret_key="", public_key="", leader_public_key="", team_key="",
                ref_secret="", joined_at=exported,
            )  # fmt: skip
            data = specialist_dataset(
                random.Random(40 + i), ident, TODAY - timedelta(days=730), TODAY, exported
            )
            importer.replace_member(s, data, checksum=f"{i}" * 64, generation=1)
            ids.append(ident.member_id)
        s.commit()
    return ids


@pytest.fixture
def page(qtbot, store: Store, driver: DialogDriver) -> Iterator[FidelityPage]:  # type: ignore[no-untyped-def]
    team_data(store)
    yield shown_page(qtbot, store)


def test_team_leader_reviews_the_whole_team_by_default(page: FidelityPage) -> None:
    assert page.scope_box.isVisible() and page.scope == reviews.TEAM
    assert page.scope_box.currentText() == "Whole team"
    assert page.scope_box.accessibleName() == "Whose clients the review covers"
    label = next(w for w in page.findChildren(QLabel) if w.buddy() is page.scope_box)
    assert label.text() == "Sco&pe"
    assert "New review of the whole team, 19.8.2026–18.11.2026" in page.heading.text()
    assert len(page.results[1].per_specialist) == 3  # caseload per specialist
    page.select_item(21)
    assert page.evidence.count() == len(page.results[21].evidence) > 0
    for i in range(page.evidence.count()):  # by pseudonym only
        assert re.match(r"^[✓✗] P-[A-Z0-9]{10}  ", page.evidence.item(i).text())
    page.select_item(12)
    assert "from 30 days before to 30 days after the change" in page.thresholds_label.text()
    # per specialist: each member's figure heads the (scrolling) evidence list
    page.select_item(17)
    per = page.results[17].per_specialist
    heads = [page.evidence.item(i).text() for i in range(len(per))]
    assert heads == [f"{p.name}: {p.figure:.1f} ({p.count})" for p in per]
    assert page.evidence.count() == len(per) + len(page.results[17].evidence)
    assert not any(p.name in page.figure_label.text() for p in per)


def test_a_specialists_store_has_no_scope_choice(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    p = FidelityPage(Ops(store), today=lambda: TODAY)
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    wait_for_background(qtbot)
    assert not p.scope_box.isVisible() and p.scope == reviews.OWN
    assert "whole team" not in p.heading.text()


def test_team_review_by_keyboard_saved_reopened_and_overruled(
    page: FidelityPage, qtbot, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    view = page.view
    view.setFocus()
    page.select_item(1)
    for item in ITEMS:  # score what the records cannot answer: 3; keep the proposals
        if page.scores[item.number][0] is None:
            press(qtbot, view, Qt.Key.Key_3)
        press(qtbot, view, Qt.Key.Key_Down)
    page.select_item(17)
    proposal = page.results[17].proposed
    assert proposal is not None
    overruled = proposal % 5 + 1
    press(qtbot, view, getattr(Qt.Key, f"Key_{overruled}"))
    press(qtbot, view, Qt.Key.Key_Tab)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
    assert page.focusWidget() is page.note_edit
    type_text(qtbot, page.note_edit, "Kahden jäsenen kontakteja puuttuu.")
    qtbot.keyClick(page.note_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for_background(qtbot)
    with page.ops.store.session() as s:
        saved = reviews.list_reviews(s)
    assert [(r.scope, r.scored) for r in saved] == [(reviews.TEAM, 25)]
    assert "Review of the whole team" in page.heading.text()
    assert page.history_box.currentText().endswith("(whole team)")
    assert page.chart.series()["total"] == [saved[0].total]
    # the own clients (the leader has none): a new draft by keyboard in the scope box
    page.scope_box.setFocus()
    qtbot.keyClick(page.scope_box, Qt.Key.Key_Up)
    wait_for_background(qtbot)
    assert page.scope == reviews.OWN and page.review_id is None
    assert "whole team" not in page.heading.text()
    assert page.results[1].count == 0 and page.results[1].per_specialist[0].count == 0
    assert page.chart.series()["total"] == []  # the team's totals are not the own ones
    # reopen the team review: its scope and the overruled score come back
    page.history_box.setFocus()
    qtbot.keyClick(page.open_button, Qt.Key.Key_Space)
    wait_for_background(qtbot)
    assert page.review_id == saved[0].id and page.scope == reviews.TEAM
    assert page.scope_box.currentText() == "Whole team"
    assert page.chart.series()["total"] == [saved[0].total]
    assert page.model.display(17, "score") == f"{overruled} (overruled)"
    assert page.scores[17] == (overruled, "Kahden jäsenen kontakteja puuttuu.")
    assert len(page.results[1].per_specialist) == 3  # recomputed from the team tables
    with page.ops.store.session() as s:
        kept = reviews.get_review(s, saved[0].id)
    assert kept.scope == reviews.TEAM and kept.scores[17].overruled


def test_changing_scope_asks_before_dropping_scores(
    page: FidelityPage, qtbot, driver: DialogDriver
) -> None:  # type: ignore[no-untyped-def]
    page.view.setFocus()
    page.select_item(2)
    press(qtbot, page.view, Qt.Key.Key_4)
    driver.answers.append(False)  # keep my work
    page.set_scope(reviews.OWN)
    assert driver.seen[-1] == "Unsaved review"
    assert page.scope == reviews.TEAM and page.scope_box.currentText() == "Whole team"
    assert page.scores[2][0] == 4


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_scope_has_its_own_alt_key(qapp, qtbot, page: FidelityPage, lang: str) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.test_mnemonics import clashes, mnemonic, widget_texts

    install_translators(qapp, lang)
    try:
        fresh = FidelityPage(page.ops, today=lambda: TODAY)
        fresh.show()
        wait_for_background(qtbot)
        texts = widget_texts(fresh)
        scope = next(w for w in fresh.findChildren(QLabel) if w.buddy() is fresh.scope_box)
        assert mnemonic(scope.text()) is not None
        assert mnemonic(scope.text()) not in clashes(texts), texts
        fresh.close()
    finally:
        install_translators(qapp, "en")
