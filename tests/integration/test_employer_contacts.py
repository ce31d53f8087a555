"""Employer contacts: validation, quick log, correction and removal with their log rows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import Session, select

from ipsdesk.core.domain.enums import ContactMode, ContactPurpose
from ipsdesk.core.services import employer_contacts as ec
from ipsdesk.core.services import employers
from ipsdesk.core.services.records import NotFound
from ipsdesk.core.services.validation import (
    E_CHOICE,
    E_END_BEFORE,
    E_FUTURE,
    E_REQUIRED,
    ValidationError,
)
from ipsdesk.core.storage import models as m
from tests.conftest import TODAY


def _client(session: Session, code: str, agreement: date | None = None) -> int:
    c = m.Client(
        code=code,
        full_name=f"Testi {code}",
        phase=3,
        phase_since=date(2026, 9, 1),
        agreement_date=agreement,
    )
    session.add(c)
    session.commit()
    assert c.id is not None
    return c.id


def _logs(session: Session) -> list[tuple[str, str, str]]:
    return [
        (r.client_ref, r.action, r.detail)
        for r in session.exec(select(m.AccessLog).order_by(m.AccessLog.id))
    ]


@pytest.fixture
def employer(session: Session) -> int:
    return employers.create_employer(session, {"name": "Sotkamon Sahat Oy"})


def test_add_contact_for_clients_logs_each(session: Session, employer: int) -> None:
    a, b = _client(session, "A-0001"), _client(session, "A-0002")
    person = employers.add_contact_person(session, employer, {"name": "Pertti Päällikkö"})
    cid = ec.add_contact(
        session,
        {
            "on": TODAY,
            "employer_id": employer,
            "contact_person_id": person,
            "mode": "face_to_face",
            "purpose": "present_jobseeker",
            "outcome": " Sovittiin tutustumiskäynti ",
            "next_step": "Soitto",
            "follow_up_on": TODAY + timedelta(days=7),
        },
        [a, b],
        today=TODAY,
    )
    (row,) = ec.list_contacts(session)
    assert row.id == cid
    assert (row.mode, row.purpose) == (ContactMode.FACE_TO_FACE, ContactPurpose.PRESENT_JOBSEEKER)
    assert row.outcome == "Sovittiin tutustumiskäynti"
    assert row.contact_person_name == "Pertti Päällikkö"
    assert (row.client_ids, row.client_codes) == ((a, b), ("A-0001", "A-0002"))
    assert row.follow_up_on == TODAY + timedelta(days=7)
    assert _logs(session) == [
        ("A-0001", "create", "employer contact"),
        ("A-0002", "create", "employer contact"),
    ]


def test_general_contact_needs_no_client_log(session: Session, employer: int) -> None:
    ec.quick_log(session, employer, ContactMode.PHONE, today=TODAY)
    (row,) = ec.list_contacts(session)
    assert (row.on, row.purpose, row.client_ids) == (TODAY, ContactPurpose.NEEDS, ())
    assert _logs(session) == []


def test_validation(session: Session, employer: int) -> None:
    base = {"on": TODAY, "employer_id": employer, "mode": "phone", "purpose": "needs"}
    cases = [
        ({"on": TODAY + timedelta(days=1)}, "on", E_FUTURE),
        ({"on": None}, "on", E_REQUIRED),
        ({"mode": "carrier_pigeon"}, "mode", E_CHOICE),
        ({"purpose": "coffee"}, "purpose", E_CHOICE),
        ({"employer_id": 999}, "employer_id", ec.E_NO_EMPLOYER),
        ({"employer_id": "x"}, "employer_id", ec.E_NO_EMPLOYER),
        ({"contact_person_id": 999}, "contact_person_id", ec.E_PERSON),
        ({"follow_up_on": TODAY - timedelta(days=1)}, "follow_up_on", E_END_BEFORE),
    ]
    for change, field, message in cases:
        with pytest.raises(ValidationError) as err:
            ec.add_contact(session, base | change, today=TODAY)
        assert err.value.errors[field][0] == message, field
    other = employers.create_employer(session, {"name": "Toinen"})
    person = employers.add_contact_person(session, other, {"name": "Väärä Henkilö"})
    with pytest.raises(ValidationError) as err:
        ec.add_contact(session, base | {"contact_person_id": person}, today=TODAY)
    assert err.value.errors["contact_person_id"][0] == ec.E_PERSON
    with pytest.raises(ValidationError) as err:
        ec.add_contact(session, base, [12345], today=TODAY)
    assert err.value.errors["clients"][0] == ec.E_NO_CLIENT
    # follow-up on the contact day itself is fine
    ec.add_contact(session, base | {"follow_up_on": TODAY}, today=TODAY)
    assert len(session.exec(select(m.EmployerContact)).all()) == 1


def test_correct_contact_logs_old_and_new_clients(session: Session, employer: int) -> None:
    a, b = _client(session, "A-0001"), _client(session, "A-0002")
    cid = ec.quick_log(session, employer, "phone", a, on=date(2026, 11, 16), today=TODAY)
    ec.update_contact(session, cid, {"mode": "face_to_face"}, [b], today=TODAY)
    (row,) = ec.list_contacts(session)
    assert (row.mode, row.on, row.client_ids) == (
        ContactMode.FACE_TO_FACE,
        date(2026, 11, 16),
        (b,),
    )
    assert row.purpose == ContactPurpose.PRESENT_JOBSEEKER
    assert _logs(session)[1:] == [
        ("A-0001", "change", "employer contact"),
        ("A-0002", "change", "employer contact"),
    ]
    # clients kept when not given; a bad change saves nothing
    with pytest.raises(ValidationError):
        ec.update_contact(session, cid, {"on": TODAY + timedelta(days=3)}, today=TODAY)
    (row,) = ec.list_contacts(session)
    assert (row.on, row.client_ids) == (date(2026, 11, 16), (b,))
    with pytest.raises(NotFound):
        ec.update_contact(session, 999, {}, today=TODAY)


def test_moving_to_another_employer_drops_the_old_person(session: Session, employer: int) -> None:
    person = employers.add_contact_person(session, employer, {"name": "Pertti"})
    other = employers.create_employer(session, {"name": "Toinen"})
    cid = ec.add_contact(
        session,
        {
            "on": TODAY,
            "employer_id": employer,
            "contact_person_id": person,
            "mode": "phone",
            "purpose": "needs",
        },
        today=TODAY,
    )
    ec.update_contact(session, cid, {"employer_id": other}, today=TODAY)
    (row,) = ec.list_contacts(session)
    assert (row.employer_id, row.contact_person_id) == (other, None)


def test_delete_and_follow_up_done(session: Session, employer: int) -> None:
    a = _client(session, "A-0001")
    cid = ec.add_contact(
        session,
        {
            "on": TODAY,
            "employer_id": employer,
            "mode": "phone",
            "purpose": "follow_up",
            "follow_up_on": TODAY + timedelta(days=2),
        },
        [a],
        today=TODAY,
    )
    ec.set_follow_up_done(session, cid)
    assert ec.list_contacts(session)[0].follow_up_done is True
    ec.delete_contact(session, cid)
    assert ec.list_contacts(session) == []
    assert session.exec(select(m.EmployerContactClient)).all() == []
    assert [x[1] for x in _logs(session)] == ["create", "change", "delete"]
    with pytest.raises(NotFound):
        ec.delete_contact(session, cid)


def test_list_filters(session: Session, employer: int) -> None:
    a = _client(session, "A-0001")
    other = employers.create_employer(session, {"name": "Toinen"})
    ec.quick_log(session, employer, "phone", a, on=date(2026, 11, 1), today=TODAY)
    ec.quick_log(session, other, "phone", on=date(2026, 11, 10), today=TODAY)
    ec.quick_log(session, employer, "phone", on=date(2026, 11, 17), today=TODAY)
    assert len(ec.list_contacts(session, employer_id=employer)) == 2
    assert [r.on for r in ec.list_contacts(session, client_id=a)] == [date(2026, 11, 1)]
    week = ec.list_contacts(session, start=date(2026, 11, 10), end=date(2026, 11, 16))
    assert [r.employer_id for r in week] == [other]


def test_client_contacts_and_days_to_first(session: Session, employer: int) -> None:
    a = _client(session, "A-0001", agreement=date(2026, 10, 1))
    ec.quick_log(session, employer, "phone", a, on=date(2026, 10, 5), today=TODAY)
    summary = ec.client_contacts(session, a, today=TODAY)
    assert len(summary.contacts) == 1
    assert summary.first_face_to_face is None and summary.first_contact.overdue
    ec.quick_log(session, employer, "face_to_face", a, on=date(2026, 10, 20), today=TODAY)
    ec.quick_log(session, employer, "face_to_face", a, on=date(2026, 11, 3), today=TODAY)
    summary = ec.client_contacts(session, a, today=TODAY)
    assert [c.on for c in summary.contacts] == [
        date(2026, 11, 3),
        date(2026, 10, 20),
        date(2026, 10, 5),
    ]
    assert (summary.first_face_to_face, summary.days_to_first) == (date(2026, 10, 20), 19)
    assert summary.first_contact.within_target is True
    assert _logs(session)[-1] == ("A-0001", "view", "employer contacts")


def test_a_refused_quick_log_leaves_no_new_employer_behind(session: Session) -> None:
    with pytest.raises(ValidationError) as err:
        employers.quick_log_new_employer(
            session, "Uusi Keksitty Oy", "face_to_face", on=TODAY + timedelta(days=3), today=TODAY
        )
    assert set(err.value.errors) == {"on"}
    session.rollback()  # as when the app's unit of work ends without a commit
    assert session.exec(select(m.Employer)).all() == []
    employer_id, contact_id = employers.quick_log_new_employer(
        session, "Uusi Keksitty Oy", "face_to_face", on=TODAY, today=TODAY
    )
    contact = session.get(m.EmployerContact, contact_id)
    assert contact is not None and contact.employer_id == employer_id
    assert [e.name for e in session.exec(select(m.Employer))] == ["Uusi Keksitty Oy"]
