"""Go → Team on the team hub, against the real PostgreSQL server.

A team leader's store holds their team's imported files (two generated teams of three
invented specialists; the same datasets sent to the hub, as in test_hub_reports). With a
hub set up (the county coordinator's account), the page offers the source: on the hub,
for that team, it shows the same figures as from the team files; for every team, the
same as a store holding every team's files. Exports from the hub view are written and
logged as ``ipsdesk report … --hub`` logs them. A hub that cannot be reached says so in
the page (translated), the store view still works, and a hub read still on its way
never blocks the page nor overwrites the store's figures when it ends.
"""

from __future__ import annotations

import csv
import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton
from sqlmodel import select

from bench.gen_team import TEAM_NAME
from ipsdesk.core.hub import config
from ipsdesk.core.hub import reports as hub_reports
from ipsdesk.core.reports import queries
from ipsdesk.core.storage.models import AccessLog
from ipsdesk.core.storage.store import Store
from ipsdesk.ui.kit import dialogs, runner
from ipsdesk.ui.kit.i18n import install_translators
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.main_window import MainWindow
from ipsdesk.ui.team_reports.page import HUB, STORE, TeamPage
from tests.gui.conftest import wait_for_background
from tests.gui.test_accessibility import problems
from tests.gui.test_mnemonics import clashes, widget_texts
from tests.hub import test_hub_reports
from tests.hub.test_hub_reports import Team

# The two generated teams, their files and the same data on the hub (a fixture of this
# module's own: its hub, stores and roles are made for this module).
county = test_hub_reports.county

WEEK = (2026, 47)
SPAN = (date(2026, 1, 1), date(2026, 11, 30))


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _set_hub(store: Store, hub, role: str, *, port: int | None = None) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        config.save(s, config.HubConfig(
            server=hub.server.host, port=port or hub.server.port, database=hub.db,
            user=role, password=f"pw-{role}", sslmode="disable",
        ))  # fmt: skip
        s.commit()


def _unset_hub(store: Store) -> None:
    with store.session() as s:
        config.save(s, config.HubConfig("", 5432, "", ""))
        s.commit()


def _exports(store: Store) -> list[str]:
    with store.session() as s:
        return [r.detail for r in s.exec(select(AccessLog)).all() if r.action == "export"]


def figures(page: TeamPage) -> dict[str, str]:
    return {row.key: row.value for row in page.figures.rows}


@pytest.fixture
def leader_a(county) -> Iterator[Team]:  # type: ignore[no-untyped-def]
    team: Team = county["teams"][0]
    yield team
    _unset_hub(team.leader)


def _page(qtbot, store: Store) -> tuple[MainWindow, TeamPage]:  # type: ignore[no-untyped-def]
    win = MainWindow(Ops(store))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    page = win.findChild(TeamPage, "team_page")
    win.findChild(QAction, "act_team_reports").trigger()
    qtbot.waitUntil(page.isVisible)
    page.set_week(*WEEK)
    return win, page


def _choose(qtbot, combo, data: str) -> None:  # type: ignore[no-untyped-def]
    """Choose an entry by keyboard (Home, then Down until it is the one)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data
    wait_for_background(qtbot)


def test_the_page_on_the_hub_shows_the_team_files_figures(
    qtbot, module_hub, county, leader_a: Team, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    store = leader_a.leader
    with store.session() as s:
        from_files = queries.team_week(s, *WEEK)
        period_files = queries.outcomes(s, *SPAN)
    with county["store"].session() as s:  # type: ignore[attr-defined]
        whole = queries.team_week(s, *WEEK)
        period_whole = queries.outcomes(s, *SPAN)
    assert from_files.figures["employer_contacts"] and whole != from_files

    before = _exports(store)  # the team invitations made when the team was built
    win, page = _page(qtbot, store)
    # no hub set up: no source choice, the store's figures, no network (nothing runs)
    assert not page.source_box.isVisible() and not runner.running()
    assert page.report == from_files and "team" not in page.members.columns
    store_figures = figures(page)

    _set_hub(store, module_hub, county["coord"])  # type: ignore[arg-type]
    page.ops.changed.emit("settings")
    assert page.source_box.isVisible() and page.source.currentData() == STORE
    assert not page.hub_team.isVisible() and not runner.running()  # still the store

    # a store period report still on its way when the hub is chosen is not shown there
    page.load_period()  # (its answer comes through the event loop, not run yet)
    page.source.setCurrentIndex(page.source.findData(HUB))
    wait_for_background(qtbot)
    assert page.outcomes is None and page.period.rows == [] and page.report == whole
    page.source.setCurrentIndex(page.source.findData(STORE))
    assert page.report == from_files

    _choose(qtbot, page.source, HUB)  # every team the coordinator can see
    assert page.hub_state.text() == "Team hub: every team visible (2)"
    assert page.report == whole
    teams = [page.hub_team.itemData(i) for i in range(page.hub_team.count())]
    assert teams == ["", *sorted(t.team_id for t in county["teams"])]  # type: ignore[attr-defined]
    own = page.hub_team.itemText(page.hub_team.findData(leader_a.team_id))
    assert own == f"Team {leader_a.team_id} ({TEAM_NAME}, this store's team)", own
    other = next(t for t in county["teams"] if t is not leader_a)  # type: ignore[attr-defined]
    assert page.hub_team.itemText(page.hub_team.findData(other.team_id)) == f"Team {other.team_id}"

    # over several teams the specialists' list says whose is whose (own team by name)
    assert page.members.columns[0] == "team"
    shown = [page.members.data(page.members.index(r, 0)) for r in range(len(page.members.rows))]
    assert sorted(shown) == sorted([TEAM_NAME] * 3 + [other.team_id] * 3), shown
    assert len(set(shown[:3])) == len(set(shown[3:])) == 1  # team by team
    assert page.members.headerData(0, Qt.Orientation.Horizontal) == "Team"

    _choose(qtbot, page.hub_team, leader_a.team_id)  # the leader's own team, on the hub
    assert "team" not in page.members.columns
    assert page.hub_state.text() == f"Team hub: team {leader_a.team_id}"
    assert page.report == from_files
    assert figures(page) == store_figures  # the same figures as shown from the files
    assert [b.total for b in page.contacts_chart.bars] == [p.contacts for p in from_files.series]

    page.start_edit.setDate(QDate(*SPAN[0].timetuple()[:3]))
    page.end_edit.setDate(QDate(*SPAN[1].timetuple()[:3]))
    qtbot.mouseClick(page.findChild(QPushButton, "team_period_show"), Qt.MouseButton.LeftButton)
    wait_for_background(qtbot)
    assert page.outcomes == period_files

    # exports from the hub view: read from the hub, headed and logged as the CLI's
    page.lang.setCurrentIndex(page.lang.findData("en"))
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(tmp_path / "team-a.csv"))
    qtbot.mouseClick(page.findChild(QPushButton, "team_export_period"), Qt.MouseButton.LeftButton)
    wait_for_background(qtbot)
    rows = list(csv.reader((tmp_path / "team-a.csv").read_text("utf-8-sig").splitlines()))
    assert str(period_files.figures["in_service"]) in {c for r in rows for c in r}
    _choose(qtbot, page.hub_team, "")
    assert page.report == whole
    qtbot.mouseClick(page.findChild(QPushButton, "team_period_show"), Qt.MouseButton.LeftButton)
    wait_for_background(qtbot)
    assert page.outcomes == period_whole
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(tmp_path / "county.pdf"))
    qtbot.mouseClick(page.findChild(QPushButton, "team_export_week"), Qt.MouseButton.LeftButton)
    wait_for_background(qtbot)
    text = PdfReader(tmp_path / "county.pdf").pages[0].extract_text()
    assert "Team hub: every team visible (2)" in text
    logged = [hub_reports.OUTCOMES_DETAIL, hub_reports.WEEK_DETAIL]
    assert _exports(store) == before + logged

    # the hub cannot be reached: said in the page, no figures that look like the hub's
    _set_hub(store, module_hub, county["coord"], port=_closed_port())  # type: ignore[arg-type]
    page.ops.changed.emit("settings")
    wait_for_background(qtbot)
    said = page.hub_state.text()
    assert "cannot be reached" in said and "sent" not in said
    assert page.report is None and page.figures.rows == [] and page.contacts_chart.bars == []
    assert page.outcomes is None and page.period.rows == []  # the period read before too
    page.step(-1)  # another week: its title, and the hub's failure again
    wait_for_background(qtbot)
    assert page.title.text().startswith("Team week 46 / 2026 (9.11.–15.11.)")
    assert page.report is None and "cannot be reached" in page.hub_state.text()
    page.step(1)
    wait_for_background(qtbot)
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(tmp_path / "never.pdf"))
    qtbot.mouseClick(page.findChild(QPushButton, "team_export_week"), Qt.MouseButton.LeftButton)
    wait_for_background(qtbot)
    assert not (tmp_path / "never.pdf").exists()  # a failed export writes and logs nothing
    assert _exports(store) == before + logged and "cannot be reached" in page.hub_state.text()
    # …and the store's view is unaffected
    _choose(qtbot, page.source, STORE)
    assert page.report == from_files and figures(page) == store_figures
    assert page.hub_state.text() == "" and not page.hub_team.isVisible()
    # the hub no longer set up: the choice goes away, the page stays on the store
    _unset_hub(store)
    page.ops.changed.emit("settings")
    assert not page.source_box.isVisible() and page.report == from_files
    win.close()


def test_a_hub_that_never_answers_leaves_the_page_usable(qtbot, module_hub, county,
                                                         leader_a: Team) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """A hub that accepts the connection and never answers: the read waits on a worker
    thread; the page goes back to the store at once, and the late failure is dropped."""
    store = leader_a.leader
    with store.session() as s:
        from_files = queries.team_week(s, *WEEK)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        _set_hub(store, module_hub, county["coord"], port=silent.getsockname()[1])  # type: ignore[arg-type]
        win, page = _page(qtbot, store)
        assert page.report == from_files
        page.source.setCurrentIndex(page.source.findData(HUB))
        assert runner.running() and page.hub_state.text() == "Reading the team hub…"
        page.source.setCurrentIndex(page.source.findData(STORE))  # not waiting for it
        assert page.report == from_files and page.hub_state.text() == ""
        assert runner.running()
        wait_for_background(qtbot)
    assert page.report == from_files and page.hub_state.text() == ""
    win.close()


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_page_on_the_hub_in_finnish_and_swedish(qtbot, qapp, module_hub, county,
                                                    leader_a: Team, lang: str) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    store = leader_a.leader
    install_translators(qapp, lang)
    try:
        _set_hub(store, module_hub, county["coord"])  # type: ignore[arg-type]
        win, page = _page(qtbot, store)
        _choose(qtbot, page.source, HUB)
        assert (
            page.hub_state.text()
            == {
                "fi": "Tiimitietokanta: kaikki näkyvät tiimit (2)",
                "sv": "Teamdatabas: alla synliga team (2)",
            }[lang]
        )
        assert (
            page.source.itemText(0)
            == {
                "fi": "Tämä tietovarasto (tiimitiedostot)",
                "sv": "Detta datalager (teamfiler)",
            }[lang]
        )
        bar = [a.text() for a in win.menuBar().actions()]
        texts = widget_texts(page)
        assert len(texts) == 2 and clashes(bar + texts) == {}, texts
        _set_hub(store, module_hub, county["coord"], port=_closed_port())  # type: ignore[arg-type]
        page.ops.changed.emit("settings")
        wait_for_background(qtbot)
        assert page.hub_state.text().startswith(
            {"fi": "Tiimitietokantaan", "sv": "Teamdatabasen"}[lang]
        )
        win.close()
    finally:
        install_translators(qapp, "en")


def test_the_source_choices_alt_keys_in_english(qtbot, module_hub, county,
                                                leader_a: Team) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    _set_hub(leader_a.leader, module_hub, county["coord"])  # type: ignore[arg-type]
    win, page = _page(qtbot, leader_a.leader)
    page.source.setCurrentIndex(page.source.findData(HUB))
    wait_for_background(qtbot)
    bar = [a.text() for a in win.menuBar().actions()]
    texts = widget_texts(page)
    assert texts == ["S&ource:", "Te&am:"] and clashes(bar + texts) == {}
    assert page.hub_team.isVisible() and problems(page, "team page on the hub") == []
    win.close()
