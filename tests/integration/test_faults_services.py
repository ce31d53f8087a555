"""Issue 11, in the services: a move to the phase the client is in, a second employer
with the same Y-tunnus, the first-contact reminder across phase moves back and forth,
and the hint when a job is recorded in phases 1-3."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import Session, func, select

from ipsdesk.core.domain import rules
from ipsdesk.core.domain.due import DueKind, first_contact_due
from ipsdesk.core.domain.enums import Phase
from ipsdesk.core.services import clients, due, employers, records
from ipsdesk.core.services import employer_contacts as ec
from ipsdesk.core.services.validation import ValidationError
from ipsdesk.core.storage import models as m
from tests.conftest import TODAY


def _count(session: Session, model: type) -> int:
    return int(session.exec(select(func.count()).select_from(model)).one())


def _client(session: Session, agreement: date) -> int:
    return clients.create_client(
        session, {"full_name": "Testi Asiakas", "agreement_date": agreement}, today=TODAY
    )


def test_a_move_to_the_phase_the_client_is_in_is_refused_and_writes_nothing(
    session: Session,
) -> None:
    cid = _client(session, TODAY - timedelta(days=3))
    clients.move_phase(session, cid, Phase.JOB_SEARCH, TODAY - timedelta(days=1), today=TODAY)
    before = (_count(session, m.PhaseChange), _count(session, m.AccessLog))
    with pytest.raises(ValidationError) as info:
        clients.move_phase(session, cid, Phase.JOB_SEARCH, TODAY, today=TODAY)
    assert info.value.errors == {"phase": (clients.E_SAME_PHASE, ("3",))}
    session.rollback()
    assert (_count(session, m.PhaseChange), _count(session, m.AccessLog)) == before
    clients.move_phase(session, cid, Phase.PROFILE, TODAY, today=TODAY)  # back is fine
    assert _count(session, m.PhaseChange) == before[0] + 1


def test_a_y_tunnus_identifies_one_employer(session: Session) -> None:
    first = employers.create_employer(
        session, {"name": "Sodankylän Saha Oy", "business_id": "0737546-2"}
    )
    before = _count(session, m.Employer)
    for written in ("0737546-2", " 737546-2 "):  # the same ID however it is typed
        with pytest.raises(ValidationError) as info:
            employers.create_employer(session, {"name": "Saha Sodankylä", "business_id": written})
        assert info.value.errors == {
            "business_id": (employers.E_SAME_BUSINESS_ID, ("Sodankylän Saha Oy",))
        }
        session.rollback()
    assert _count(session, m.Employer) == before
    other = employers.create_employer(session, {"name": "Muu Oy", "business_id": "0112038-9"})
    with pytest.raises(ValidationError) as info:
        employers.update_employer(session, other, {"business_id": "0737546-2"})
    assert set(info.value.errors) == {"business_id"}
    session.rollback()
    assert employers.get_employer(session, other).business_id == "0112038-9"
    employers.update_employer(session, first, {"name": "Sodankylän Saha Oyj"})  # its own ID
    assert employers.get_employer(session, first).business_id == "0737546-2"
    employers.create_employer(session, {"name": "Ilman Tunnusta Oy"})  # no ID: no clash
    employers.create_employer(session, {"name": "Toinen Ilman Tunnusta Oy", "business_id": ""})


def _first_contact(session: Session, cid: int) -> list[tuple[date, bool]]:
    return [
        (i.due_on, i.overdue)
        for i in due.due_list(session, today=TODAY)
        if i.client_id == cid and i.kind is DueKind.FIRST_CONTACT
    ]


@pytest.mark.parametrize("days_ago", [22, 23, 29, 30, 31, 60])
def test_the_first_contact_reminder_follows_phase_moves_back_and_forth(
    session: Session, days_ago: int
) -> None:
    agreement = TODAY - timedelta(days=days_ago)
    cid = _client(session, agreement)
    deadline = agreement + timedelta(days=rules.FIRST_EMPLOYER_CONTACT_DAYS)
    near = days_ago >= rules.FIRST_EMPLOYER_CONTACT_DAYS - 7  # due within the week
    expected = [(deadline, deadline < TODAY)] if near else []
    assert _first_contact(session, cid) == expected
    steps = [Phase.JOB_SEARCH, Phase.IN_WORK, Phase.JOB_SEARCH, Phase.EMPLOYER_WORK]
    for n, phase in enumerate(steps):
        on = agreement + timedelta(days=1 + n * (days_ago - 1) // len(steps))
        clients.move_phase(session, cid, phase, min(on, TODAY), today=TODAY)
        # In work (phase 5) needs no reminder; back in 3 or 4 it is there again, the same.
        assert _first_contact(session, cid) == ([] if phase is Phase.IN_WORK else expected)
    employer = employers.create_employer(session, {"name": "Kittilän Kauppa Oy"})
    ec.quick_log(session, employer, "phone", cid, on=TODAY, today=TODAY)
    assert _first_contact(session, cid) == expected  # a phone call is not face to face
    ec.quick_log(session, employer, "face_to_face", cid, on=TODAY, today=TODAY)
    assert _first_contact(session, cid) == []


def test_first_contact_due_at_its_boundaries() -> None:
    agreement = date(2026, 10, 1)
    deadline = date(2026, 10, 31)
    for phase in (Phase.AGREEMENT, Phase.JOB_SEARCH, Phase.EMPLOYER_WORK):
        assert first_contact_due(agreement, None, phase, deadline - timedelta(days=8)) is None
        near = first_contact_due(agreement, None, phase, deadline - timedelta(days=7))
        assert near is not None and (near.due_on, near.overdue) == (deadline, False)
        on_day = first_contact_due(agreement, None, phase, deadline)
        assert on_day is not None and not on_day.overdue
        late = first_contact_due(agreement, None, phase, deadline + timedelta(days=1))
        assert late is not None and late.overdue
    assert first_contact_due(agreement, None, Phase.IN_WORK, deadline) is None
    assert first_contact_due(agreement, deadline, Phase.JOB_SEARCH, deadline) is None


def _facts(phase: Phase, jobs: tuple[tuple[date, date | None], ...]) -> rules.ClientFacts:
    return rules.ClientFacts(
        agreement=TODAY - timedelta(days=10),
        phase=phase,
        job_search_started=None,
        disclosure_discussions=(TODAY,),
        benefits_counselling=(TODAY - timedelta(days=30),),
        job_starts=tuple(start for start, _ in jobs),
        profile_meetings=(TODAY - timedelta(days=5),),
        first_face_to_face=TODAY - timedelta(days=2),
        jobs=jobs,
    )


def _codes(facts: rules.ClientFacts) -> list[str]:
    return [w.code for w in rules.client_warnings(facts, TODAY)]


def test_a_job_in_phases_1_to_3_gives_a_hint_to_move_on() -> None:
    day = timedelta(days=1)
    for phase in (Phase.AGREEMENT, Phase.PROFILE, Phase.JOB_SEARCH):
        for job in ((TODAY, None), (TODAY + 5 * day, None), (TODAY - 9 * day, TODAY + day)):
            assert _codes(_facts(phase, (job,))) == ["job_in_early_phase"], (phase, job)
        assert _codes(_facts(phase, ((TODAY - 9 * day, TODAY),))) == []  # ended today
        assert _codes(_facts(phase, ())) == []
    for phase in (Phase.EMPLOYER_WORK, Phase.IN_WORK):
        assert _codes(_facts(phase, ((TODAY, None),))) == []
    warning = rules.client_warnings(_facts(Phase.PROFILE, ((date(2026, 11, 23), None),)), TODAY)[0]
    assert warning.args == ("23.11.2026", "2")


def test_recording_a_job_in_phase_1_shows_the_hint_in_the_workspace(session: Session) -> None:
    cid = _client(session, TODAY - timedelta(days=3))
    employer = employers.create_employer(session, {"name": "Enontekiön Elo Oy"})
    assert "job_in_early_phase" not in {
        w.code for w in clients.get_client(session, cid, today=TODAY).warnings
    }
    values = {"employer_id": employer, "title": "Myyjä", "start_on": TODAY}
    records.save_record(session, "job", cid, values, today=TODAY)
    warnings = {w.code: w for w in clients.get_client(session, cid, today=TODAY).warnings}
    assert warnings["job_in_early_phase"].args == ("18.11.2026", "1")
    clients.move_phase(session, cid, Phase.IN_WORK, TODAY, today=TODAY)
    assert "job_in_early_phase" not in {
        w.code for w in clients.get_client(session, cid, today=TODAY).warnings
    }
