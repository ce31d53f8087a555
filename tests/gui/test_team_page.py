"""The Team page driven like a team leader: change week, change period, export PDF and CSV."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton
from sqlmodel import select

from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store
from ipsdesk.core.team import dataset as ds
from ipsdesk.core.team import importer, membership
from ipsdesk.ui.kit import dialogs
from ipsdesk.ui.main_window import MainWindow
from ipsdesk.ui.team_reports.page import FigureModel, MemberModel, TeamPage
from tests.conftest import TODAY
from tests.gui.conftest import wait_for_background


def team_data(store: Store) -> None:
    """One invented specialist's team data: two clients, a job, contacts in W46-W47."""
    with store.session() as s:
        membership.create_team(s, "IPS-tiimi Testilä")
        sp = ds.Specialist("m1", "Aapo Keksitty", "t1", "IPS-tiimi Testilä", 2, 100,
                           datetime(2026, 11, 20, 8, tzinfo=UTC))  # fmt: skip
        clients = (
            ds.Client("P-AAAA", True, date(2026, 9, 1), date(2026, 9, 7), False, 5, None, ""),
            ds.Client("P-BBBB", False, date(2026, 11, 2), date(2026, 11, 17), False, 1, None, ""),
        )
        events = (
            ds.Event("P-AAAA", "phase_change", date(2026, 9, 7), None, 1),
            ds.Event("P-AAAA", "phase_change", date(2026, 10, 12), 1, 5),
            ds.Event("P-BBBB", "phase_change", date(2026, 11, 17), None, 1),
        )
        jobs = (ds.Job("P-AAAA", "J-1", "E-1", date(2026, 10, 12), None, True, True, "20_29", "5"),)
        contacts = tuple(
            ds.EmployerContact(f"C-{i}", day, mode, "needs", "E-1", clients)
            for i, (day, mode, clients) in enumerate(
                [
                    (date(2026, 11, 16), "face_to_face", ()),
                    (date(2026, 11, 17), "face_to_face", ("P-BBBB",)),
                    (date(2026, 11, 18), "phone", ()),
                    (date(2026, 11, 10), "phone", ()),
                ]
            )
        )
        employers = (ds.Employer("E-1", "Keksityn Kahvila Oy", "", "Kajaani", ""),)
        data = ds.Dataset(sp, clients, events, jobs, (), contacts, employers)
        importer.replace_member(s, data, checksum="x" * 64, generation=1)
        s.commit()


@pytest.fixture
def page(qtbot, window: MainWindow, store: Store) -> TeamPage:  # type: ignore[no-untyped-def]
    team_data(store)
    action = window.findChild(QAction, "act_team_reports")
    assert action is not None and action.text() == "&Team"
    found = window.findChild(TeamPage, "team_page")
    assert found is not None
    found.today = lambda: TODAY
    action.trigger()
    qtbot.waitUntil(found.isVisible)
    qtbot.mouseClick(found.findChild(QPushButton, "team_this"), Qt.MouseButton.LeftButton)
    return found


def figures(model: FigureModel) -> dict[str, str]:
    return {row.key: row.value for row in model.rows}


def test_week_figures_and_changing_week(qtbot, page: TeamPage) -> None:  # type: ignore[no-untyped-def]
    assert page.title.text().startswith("Team week 47 / 2026 (16.11.–22.11.)")
    f = figures(page.figures)
    assert (f["employer_contacts"], f["face_to_face"], f["new_agreements"]) == ("3", "2", "1")
    assert (f["first_contacts"], f["first_within_30"], f["median_days_first"]) == ("1", "1", "0")
    assert (f["caseload"], f["working"], f["working_subsidy"]) == ("2", "1", "1")
    # The target column: 6 contacts for a full-time specialist.
    assert next(r.target for r in page.figures.rows if r.key == "employer_contacts") == "6"
    index = page.figures.index(0, 1)
    assert "Clients with an agreement" in page.figures.data(index, Qt.ItemDataRole.ToolTipRole)
    assert page.phases.text() == "Clients by phase: 1: 1  2: 0  3: 0  4: 0  5: 1"
    assert "Aapo Keksitty" in page.missing.text()  # his file (20.11.) is older than W47
    assert [b.total for b in page.contacts_chart.bars][-2:] == [1, 3]
    assert page.contacts_chart.bars[-1].target == 6
    assert [b.total for b in page.working_chart.bars][-2:] == [1, 1]
    prev = page.findChild(QPushButton, "team_prev")
    prev.setFocus()
    qtbot.keyClick(prev, Qt.Key.Key_Space)
    assert page.week == (2026, 46)
    assert figures(page.figures)["employer_contacts"] == "1"
    assert page.missing.text() == "Every specialist's file covers the week."
    qtbot.mouseClick(page.findChild(QPushButton, "team_next"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.findChild(QPushButton, "team_next"), Qt.MouseButton.LeftButton)
    assert page.week == (2026, 48)
    page.set_week(2026, 53)
    assert page.title.text().startswith("Team week 53 / 2026 (28.12.–3.1.)")
    page.step(1)
    assert page.week == (2027, 1)


def test_period_report_and_exports(qtbot, page: TeamPage, store: Store, tmp_path: Path,  # type: ignore[no-untyped-def]
                                   monkeypatch) -> None:  # fmt: skip
    page.start_edit.setDate(QDate(2026, 10, 1))
    page.end_edit.setDate(QDate(2026, 12, 31))
    qtbot.mouseClick(page.findChild(QPushButton, "team_period_show"), Qt.MouseButton.LeftButton)
    wait_for_background(qtbot)
    f = figures(page.period)
    assert (f["in_service"], f["employed"], f["employed_subsidy"], f["jobs_started"]) == (
        "2", "1", "1", "1",
    )  # fmt: skip
    assert f["employment_rate"] == "50.0 %"  # numbers as the UI writes them (English here)
    assert (f["agreements_new"], f["referrals"]) == ("1", "1")

    page.lang.setCurrentIndex(page.lang.findData("fi"))
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(tmp_path / "viikko.csv"))
    qtbot.mouseClick(page.findChild(QPushButton, "team_export_week"), Qt.MouseButton.LeftButton)
    wait_for_background(qtbot)
    data = (tmp_path / "viikko.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Viikko" and rows[1][0] == "2026-W47"

    page.lang.setCurrentIndex(page.lang.findData("sv"))
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(tmp_path / "resultat"))
    qtbot.mouseClick(page.findChild(QPushButton, "team_export_period"), Qt.MouseButton.LeftButton)
    wait_for_background(qtbot)
    text = PdfReader(tmp_path / "resultat.pdf").pages[0].extract_text()
    assert "Resultatrapport 1.10.2026–31.12.2026" in text and "Sysselsättningsgrad" in text
    assert "Written:" in page.period_note.text()
    with store.session() as s:
        logged = s.exec(select(m.AccessLog.detail).where(m.AccessLog.action == "export")).all()
    assert logged == ["team week report 2026-W47 CSV fi",
                      "team outcome report 2026-10-01..2026-12-31 PDF sv"]  # fmt: skip

    monkeypatch.setattr(dialogs, "save_file", lambda *_a: None)  # cancelled: nothing
    qtbot.mouseClick(page.findChild(QPushButton, "team_export_week"), Qt.MouseButton.LeftButton)
    wait_for_background(qtbot)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "resultat.pdf", "viikko.csv"]


def test_period_ending_before_it_starts_is_told(qtbot, page: TeamPage, driver) -> None:  # type: ignore[no-untyped-def]
    page.start_edit.setDate(QDate(2026, 12, 1))
    page.end_edit.setDate(QDate(2026, 11, 1))
    qtbot.mouseClick(page.findChild(QPushButton, "team_period_show"), Qt.MouseButton.LeftButton)
    assert driver.seen == ["The period ends before it starts."]
    assert page.period.rows == []


def test_team_models_pass_the_model_tester(qtmodeltester, page: TeamPage) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.figures)
    qtmodeltester.check(page.members)
    assert isinstance(page.members, MemberModel)
