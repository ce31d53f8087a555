"""The employer register: validation, contact persons, search, duplicates, history."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session, select

from ipsdesk.core.domain import ytunnus
from ipsdesk.core.services import employer_contacts as ec
from ipsdesk.core.services import employers as svc
from ipsdesk.core.services.records import NotFound
from ipsdesk.core.services.validation import E_REQUIRED, E_TOO_LONG, ValidationError
from ipsdesk.core.storage import models as m
from tests.conftest import TODAY


def _client(session: Session, code: str, name: str) -> int:
    c = m.Client(code=code, full_name=name, phase=3, phase_since=date(2026, 9, 1))
    session.add(c)
    session.commit()
    assert c.id is not None
    return c.id


def test_create_and_update_employer(session: Session) -> None:
    eid = svc.create_employer(
        session,
        {"name": "  Kuvitelman Konepaja Oy ", "business_id": "737546-2", "municipality": "Kajaani"},
    )
    detail = svc.get_employer(session, eid)
    assert detail.name == "Kuvitelman Konepaja Oy"
    assert detail.business_id == "0737546-2"  # normalised with its leading zero
    svc.update_employer(session, eid, {"sector": "Metalliteollisuus", "hiring_needs": "Hitsaaja"})
    detail = svc.get_employer(session, eid)
    assert (detail.sector, detail.hiring_needs, detail.municipality) == (
        "Metalliteollisuus",
        "Hitsaaja",
        "Kajaani",
    )


def test_employer_validation(session: Session) -> None:
    with pytest.raises(ValidationError) as err:
        svc.create_employer(session, {"name": " ", "business_id": "0737546-3"})
    assert err.value.errors["name"] == (E_REQUIRED, ())
    assert err.value.errors["business_id"] == (ytunnus.E_CHECK, ())
    with pytest.raises(ValidationError) as err:
        svc.create_employer(session, {"name": "X", "municipality": "k" * 101, "business_id": "12"})
    assert err.value.errors["municipality"] == (E_TOO_LONG, ("100",))
    assert err.value.errors["business_id"] == (ytunnus.E_FORMAT, ())
    assert session.exec(select(m.Employer)).all() == []
    with pytest.raises(NotFound):
        svc.update_employer(session, 999, {"name": "X"})


def test_contact_persons_crud(session: Session) -> None:
    eid = svc.create_employer(session, {"name": "Keksityn Kauppa Ky"})
    pid = svc.add_contact_person(
        session, eid, {"name": "Esa Esimies", "role": "Myymäläpäällikkö", "email": "esa@example.fi"}
    )
    with pytest.raises(ValidationError) as err:
        svc.add_contact_person(session, eid, {"name": "Ulla", "email": "not-an-address"})
    assert "email" in err.value.errors
    svc.update_contact_person(session, pid, {"phone": "040 123 4567"})
    (person,) = svc.list_contact_persons(session, eid)
    assert (person.name, person.phone, person.role) == (
        "Esa Esimies",
        "040 123 4567",
        "Myymäläpäällikkö",
    )
    assert svc.get_employer(session, eid).persons == (person,)
    # a contact made with the person keeps its employer when the person is removed
    cid = ec.add_contact(
        session,
        {
            "on": TODAY,
            "employer_id": eid,
            "contact_person_id": pid,
            "mode": "phone",
            "purpose": "needs",
        },
        today=TODAY,
    )
    svc.delete_contact_person(session, pid)
    assert svc.list_contact_persons(session, eid) == []
    (row,) = ec.list_contacts(session, employer_id=eid)
    assert (row.id, row.contact_person_id, row.employer_id) == (cid, None, eid)


def test_list_and_search(session: Session) -> None:
    a = svc.create_employer(session, {"name": "Öljynvaihto Oy", "municipality": "Kemi"})
    b = svc.create_employer(session, {"name": "Aamun Leipomo", "sector": "Elintarvike"})
    ec.quick_log(session, b, "face_to_face", on=date(2026, 11, 2), today=TODAY)
    ec.quick_log(session, b, "phone", on=date(2026, 11, 9), today=TODAY)
    rows = svc.list_employers(session)
    assert [r.id for r in rows] == [b, a]
    assert (rows[0].contact_count, rows[0].last_contact) == (2, date(2026, 11, 9))
    assert (rows[1].contact_count, rows[1].last_contact) == (0, None)
    assert [r.id for r in svc.list_employers(session, "kemi")] == [a]
    assert [r.id for r in svc.list_employers(session, "ELINTARV")] == [b]
    assert svc.complete_employers(session, "ölj") == [(a, "Öljynvaihto Oy")]
    assert svc.complete_employers(session, "leip") == [(b, "Aamun Leipomo")]


def test_similar_employers_ranks_candidates(session: Session) -> None:
    same = svc.create_employer(session, {"name": "Kajaanin Kirjapaino Oy"})
    near = svc.create_employer(session, {"name": "Kajaanin Kirjapaino ja Sidonta"})
    svc.create_employer(session, {"name": "Sotkamon Sahat Oy"})
    found = svc.similar_employers(session, "kajaanin kirjapaino")
    assert [f.id for f in found] == [same, near]
    assert found[0].score == 1.0
    assert found[0].score > found[1].score
    # legal forms and punctuation are ignored
    assert svc.similar_employers(session, "Kajaanin Kirjapaino, Oyj")[0].id == same
    assert svc.similar_employers(session, "Kajaanin Kirjapaino Ab")[0].score == 1.0
    # a typo still finds it
    assert svc.similar_employers(session, "Kajanin Kirjapaino")[0].id == same
    assert svc.similar_employers(session, "Rovaniemen Remontti") == []
    assert svc.similar_employers(session, "Oy") == []
    assert [
        f.id for f in svc.similar_employers(session, "Kajaanin Kirjapaino", exclude_id=same)
    ] == [near]


def test_history_logs_each_client_once(session: Session) -> None:
    eid = svc.create_employer(session, {"name": "Paltamon Puutarha"})
    other = svc.create_employer(session, {"name": "Muu Työnantaja"})
    c1 = _client(session, "A-0001", "Aino Esimerkki")
    c2 = _client(session, "A-0002", "Eetu Kuvitelma")
    _client(session, "A-0003", "Helmi Malli")
    ec.quick_log(session, eid, "face_to_face", c1, on=date(2026, 11, 2), today=TODAY)
    ec.quick_log(session, eid, "phone", c1, on=date(2026, 11, 3), today=TODAY)
    ec.quick_log(session, eid, "email_other", on=date(2026, 11, 4), today=TODAY)
    ec.quick_log(session, other, "phone", 3, on=date(2026, 11, 4), today=TODAY)
    session.add(
        m.Job(client_id=c2, employer_id=eid, title="Puutarhuri", start_on=date(2026, 10, 1))
    )
    session.commit()
    before = len(session.exec(select(m.AccessLog)).all())
    history = svc.employer_history(session, eid)
    assert [c.on for c in history.contacts] == [
        date(2026, 11, 4),
        date(2026, 11, 3),
        date(2026, 11, 2),
    ]
    assert history.contacts[0].client_ids == ()
    assert history.contacts[1].client_codes == ("A-0001",)
    assert [(j.client_code, j.title) for j in history.jobs] == [("A-0002", "Puutarhuri")]
    assert history.clients_placed == ((c2, "A-0002", "Eetu Kuvitelma"),)
    logs = session.exec(select(m.AccessLog).order_by(m.AccessLog.id)).all()[before:]
    assert sorted((r.client_ref, r.action, r.detail) for r in logs) == [
        ("A-0001", "view", "employer history"),
        ("A-0002", "view", "employer history"),
    ]


def test_delete_employer_only_when_unused(session: Session) -> None:
    used = svc.create_employer(session, {"name": "Käytössä Oy"})
    unused = svc.create_employer(session, {"name": "Vahingossa Lisätty Oy"})
    svc.add_contact_person(session, unused, {"name": "Poistuva Henkilö"})
    ec.quick_log(session, used, "phone", today=TODAY)
    with pytest.raises(ValidationError) as err:
        svc.delete_employer(session, used)
    assert err.value.errors["employer"] == (svc.E_IN_USE, ())
    svc.delete_employer(session, unused)
    assert [r.id for r in svc.list_employers(session)] == [used]
    assert session.exec(select(m.EmployerContactPerson)).all() == []
    with pytest.raises(NotFound):
        svc.delete_employer(session, unused)
