"""A whole client journey through the five phases, driven by keyboard and mouse.

Afterwards the store must hold exactly what was entered.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QTableView
from sqlmodel import col, select

from ipsdesk.core.domain.enums import Phase
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store
from ipsdesk.ui.main_window import MainWindow
from tests.gui.conftest import DialogDriver, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def fmt(d: date) -> str:
    return f"{d.day}.{d.month}.{d.year}"


def add_record(qtbot, window: MainWindow, kind: str) -> None:  # type: ignore[no-untyped-def]
    tables = [
        t for t in window.workspace.findChildren(QTableView, f"table_{kind}") if t.isVisible()
    ]
    assert len(tables) == 1, kind  # the list on the page being shown
    table = tables[0]
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)


def move_phase(qtbot, window: MainWindow, driver: DialogDriver, phase: Phase, on: date) -> None:  # type: ignore[no-untyped-def]
    def handler(dlg: QDialog) -> None:
        driver.choose(dlg, "phase", str(int(phase)))
        driver.type(dlg, "on", fmt(on))
        driver.save(dlg)

    driver.expect(handler)
    qtbot.keyClick(window.workspace, Qt.Key.Key_M, CTRL)


def test_whole_journey_through_five_phases(
    qtbot, window: MainWindow, driver: DialogDriver, store: Store
) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    agreed = today - timedelta(days=20)

    # New client by keyboard: Ctrl+N, type, Enter.
    def new_client(dlg: QDialog) -> None:
        driver.type(dlg, "full_name", "Áilu Keksitty")
        driver.type(dlg, "referral_date", fmt(agreed - timedelta(days=5)))
        driver.type(dlg, "agreement_date", fmt(agreed))
        qtbot.keyClick(driver.field(dlg, "agreement_date"), Qt.Key.Key_Return)

    driver.expect(new_client)
    qtbot.keyClick(window.caseload.view, Qt.Key.Key_N, CTRL)
    assert window.stack.currentWidget() is window.workspace
    assert "Áilu Keksitty" in window.workspace.title.text()

    # 1 Agreement: consent, benefits counselling, disclosure discussion.
    def consent(dlg: QDialog) -> None:
        driver.choose(dlg, "party", "Care")
        driver.type(dlg, "what_shared", "Työllistymistä koskevat tiedot")
        driver.type(dlg, "given_on", fmt(agreed))
        driver.save(dlg)

    driver.expect(consent)
    add_record(qtbot, window, "consent")

    def benefits(dlg: QDialog) -> None:
        driver.type(dlg, "on", fmt(agreed + timedelta(days=2)))
        driver.type(dlg, "by_whom", "Etuusneuvoja")
        driver.save(dlg)

    driver.expect(benefits)
    add_record(qtbot, window, "benefits_counselling")

    def disclosure(dlg: QDialog) -> None:
        driver.type(dlg, "on", fmt(agreed + timedelta(days=3)))
        driver.type(dlg, "notes", "Ei kerro diagnoosista")
        driver.save(dlg)

    driver.expect(disclosure)
    add_record(qtbot, window, "disclosure_discussion")

    # 2 Vocational profile: strengths saved with Ctrl+S, one profile meeting.
    move_phase(qtbot, window, driver, Phase.PROFILE, agreed + timedelta(days=4))
    assert window.workspace.tabs.currentIndex() == 1
    strengths = window.workspace.profile.form.editors["strengths"]
    strengths.setFocus()
    type_text(qtbot, strengths, "Täsmällinen ja sosiaalinen")
    qtbot.keyClick(strengths, Qt.Key.Key_S, CTRL)

    def meeting(dlg: QDialog) -> None:
        driver.type(dlg, "on", fmt(agreed + timedelta(days=5)))
        driver.save(dlg)

    driver.expect(meeting)
    add_record(qtbot, window, "profile_meeting")
    assert "1" in window.workspace.meetings.title()

    # 3 Job search: a lead.
    move_phase(qtbot, window, driver, Phase.JOB_SEARCH, agreed + timedelta(days=6))

    def lead(dlg: QDialog) -> None:
        driver.type(dlg, "description", "Varastotyö, 20 h/vko")
        driver.save(dlg)

    driver.expect(lead)
    add_record(qtbot, window, "job_lead")

    # 4 Employer work: a support with a new employer typed by name.
    move_phase(qtbot, window, driver, Phase.EMPLOYER_WORK, agreed + timedelta(days=10))

    def support(dlg: QDialog) -> None:
        driver.type(dlg, "employer_id", "Keksitty Varasto Oy")
        driver.type(dlg, "kind", "Palkkatuki")
        driver.save(dlg)

    driver.expect(support)
    add_record(qtbot, window, "employer_support")

    # 5 In-work support: the job at that employer, and a follow-along contact.
    move_phase(qtbot, window, driver, Phase.IN_WORK, agreed + timedelta(days=15))

    def job(dlg: QDialog) -> None:
        driver.type(dlg, "employer_id", "Keksitty Varasto Oy")
        driver.type(dlg, "title", "Varastotyöntekijä")
        driver.type(dlg, "start_on", fmt(agreed + timedelta(days=15)))
        driver.type(dlg, "hours_per_week", "20")
        driver.save(dlg)

    driver.expect(job)
    add_record(qtbot, window, "job")

    def contact(dlg: QDialog) -> None:
        driver.type(dlg, "on", fmt(agreed + timedelta(days=17)))
        driver.choose(dlg, "place", "Work")
        driver.type(dlg, "note", "Ensimmäiset päivät sujuneet")
        driver.save(dlg)

    driver.expect(contact)
    add_record(qtbot, window, "client_contact")
    assert driver.handlers == []

    # What the store holds now.
    with store.session() as s:
        client = s.exec(select(m.Client)).one()
        assert (client.full_name, client.phase, client.agreement_date) == (
            "Áilu Keksitty",
            5,
            agreed,
        )
        steps = s.exec(select(m.PhaseChange.to_phase).order_by(m.PhaseChange.on)).all()
        assert steps == [1, 2, 3, 4, 5]
        consent_row = s.exec(select(m.Consent)).one()
        assert (consent_row.party, consent_row.given_on) == ("care_team", agreed)
        assert s.exec(select(m.BenefitsCounselling.by_whom)).one() == "Etuusneuvoja"
        assert s.exec(select(m.DisclosureDiscussion.notes)).one() == "Ei kerro diagnoosista"
        assert s.exec(select(m.VocationalProfile.strengths)).one() == "Täsmällinen ja sosiaalinen"
        assert s.exec(select(m.ProfileMeeting.on)).one() == agreed + timedelta(days=5)
        assert s.exec(select(m.JobLead.description)).one() == "Varastotyö, 20 h/vko"
        employer = s.exec(select(m.Employer)).one()  # typed twice, created once
        assert employer.name == "Keksitty Varasto Oy"
        support_row = s.exec(select(m.EmployerSupport)).one()
        assert (support_row.kind, support_row.employer_id) == ("Palkkatuki", employer.id)
        job_row = s.exec(select(m.Job)).one()
        assert (
            job_row.title,
            job_row.employer_id,
            job_row.hours_per_week,
            job_row.open_market,
        ) == (
            "Varastotyöntekijä",
            employer.id,
            20.0,
            True,
        )
        contact_row = s.exec(select(m.ClientContact)).one()
        assert (contact_row.place, contact_row.with_whom) == ("workplace", "client")
        log = s.exec(
            select(m.AccessLog.action)
            .where(m.AccessLog.client_ref == client.code)
            .order_by(col(m.AccessLog.id))
        ).all()
        # one row per action of the journey, in order; the opening is logged once
        assert log == [
            "create", "view", "create", "create", "create", "change", "change", "create",
            "change", "create", "change", "create", "change", "create", "create",
        ]  # fmt: skip

    # Back on the caseload: phase 5 and last contact shown.
    qtbot.keyClick(window.workspace, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.caseload
    model = window.caseload.model
    assert model.rowCount() == 1
    assert model.index(0, 2).data().startswith("5 ")
    assert model.index(0, 4).data() == fmt(agreed + timedelta(days=17))


def test_invalid_new_client_shows_errors_and_saves_nothing(
    qtbot, window: MainWindow, driver: DialogDriver, store: Store
) -> None:  # type: ignore[no-untyped-def]
    errors: dict[str, str] = {}

    def handler(dlg: QDialog) -> None:
        driver.type(dlg, "agreement_date", "31.2.2026")
        driver.save(dlg)
        assert dlg.isVisible()  # refused: stays open
        for name in ("full_name", "agreement_date"):
            label = dlg.findChild(QLabel, f"error_{name}")
            errors[name] = label.text() if label.isVisibleTo(dlg) else ""

    driver.expect(handler)
    window.act_new.trigger()
    assert errors["full_name"] and errors["agreement_date"]
    with store.session() as s:
        assert s.exec(select(m.Client)).all() == []


def test_going_back_ending_and_reopening(
    qtbot, window: MainWindow, driver: DialogDriver, store: Store
) -> None:  # type: ignore[no-untyped-def]
    from ipsdesk.core.services import clients

    with store.session() as s:
        cid = clients.create_client(
            s, {"full_name": "Eero Kuviteltu", "agreement_date": date.today()}
        )
        clients.move_phase(s, cid, Phase.IN_WORK, date.today())
    window.caseload.refresh()
    window.caseload.view.setFocus()
    window.caseload.view.setCurrentIndex(window.caseload.model.index(0, 0))
    qtbot.keyClick(window.caseload.view, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.workspace

    def back(dlg: QDialog) -> None:
        driver.choose(dlg, "phase", "3")
        driver.type(dlg, "reason", "Työsuhde päättyi")
        driver.save(dlg)

    driver.expect(back)
    qtbot.keyClick(window.workspace, Qt.Key.Key_M, CTRL)
    assert window.workspace.detail.phase is Phase.JOB_SEARCH

    def end(dlg: QDialog) -> None:
        driver.choose(dlg, "reason", "Moved")
        driver.save(dlg)

    driver.expect(end)
    qtbot.mouseClick(window.workspace.end_button, Qt.MouseButton.LeftButton)
    assert window.workspace.detail.status.value == "ended"
    assert not window.workspace.move_button.isEnabled()

    def reopen(dlg: QDialog) -> None:
        driver.save(dlg)

    driver.expect(reopen)
    qtbot.mouseClick(window.workspace.end_button, Qt.MouseButton.LeftButton)
    with store.session() as s:
        steps = s.exec(select(m.PhaseChange.to_phase).order_by(m.PhaseChange.id)).all()
        client = s.get(m.Client, cid)
    assert steps == [1, 5, 3, None, 3]
    assert client is not None and client.status == "active" and client.end_reason == ""
    assert window.workspace.history.count() == 5
