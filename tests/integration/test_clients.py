"""Client services on a real encrypted store: create, validate, move, end, re-open, log."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session, select

from ipsdesk.core.domain.enums import EndReason, Phase
from ipsdesk.core.services import clients, records
from ipsdesk.core.services.validation import E_TOO_LONG, ValidationError
from ipsdesk.core.storage import models as m
from tests.conftest import TODAY


def new_client(session: Session, **kw: object) -> int:
    values: dict[str, object] = {"full_name": "Testi Asiakas", "agreement_date": date(2026, 10, 1)}
    values.update(kw)
    return clients.create_client(session, values, today=TODAY)


def test_create_starts_in_agreement_with_history_and_log(session: Session) -> None:
    cid = new_client(session)
    detail = clients.get_client(session, cid, today=TODAY)
    assert detail.code == "A-0001" and detail.phase is Phase.AGREEMENT
    assert [(s.from_phase, s.to_phase) for s in detail.history] == [(None, Phase.AGREEMENT)]
    actions = session.exec(
        select(m.AccessLog.action).where(m.AccessLog.client_ref == "A-0001")
    ).all()
    assert actions == ["create", "view"]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"full_name": "  "}, "full_name"),
        ({"full_name": "x" * 201}, "full_name"),
        ({"full_name": "A", "agreement_date": date(2027, 1, 1)}, "agreement_date"),
        (
            {
                "full_name": "A",
                "referral_date": date(2026, 10, 5),
                "agreement_date": date(2026, 10, 1),
            },
            "agreement_date",
        ),
        ({"full_name": "A", "referral_date": "31.2.2026"}, "referral_date"),
        ({"full_name": "A", "document_language": "de"}, "document_language"),
    ],
)
def test_invalid_input_is_refused_and_nothing_saved(
    session: Session, values: dict, field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        clients.create_client(session, values, today=TODAY)
    assert field in err.value.errors
    assert session.exec(select(m.Client)).all() == []


def test_records_validate_end_before_start_and_long_text(session: Session) -> None:
    cid = new_client(session)
    emp = records.resolve_employer(session, ("new", "Keksitty Oy"))
    session.commit()
    with pytest.raises(ValidationError) as err:
        records.save_record(
            session,
            "job",
            cid,
            {
                "employer_id": emp,
                "title": "Kokki",
                "start_on": date(2026, 11, 1),
                "end_on": date(2026, 10, 1),
            },
            today=TODAY,
        )
    assert set(err.value.errors) == {"end_on"}
    with pytest.raises(ValidationError) as err:
        records.save_record(
            session,
            "client_contact",
            cid,
            {"on": TODAY, "with_whom": "client", "place": "home", "note": "x" * 4001},
            today=TODAY,
        )
    assert set(err.value.errors) == {"note"}
    assert records.list_records(session, "job", cid) == []


def test_moving_between_phases_forward_and_back_keeps_history(session: Session) -> None:
    cid = new_client(session)
    clients.move_phase(session, cid, Phase.PROFILE, date(2026, 10, 5), today=TODAY)
    clients.move_phase(session, cid, Phase.JOB_SEARCH, date(2026, 10, 20), today=TODAY)
    clients.move_phase(session, cid, Phase.IN_WORK, date(2026, 11, 2), today=TODAY)
    clients.move_phase(session, cid, Phase.JOB_SEARCH, date(2026, 11, 10), "job ended", today=TODAY)
    d = clients.get_client(session, cid, today=TODAY)
    assert d.phase is Phase.JOB_SEARCH and d.phase_since == date(2026, 11, 10)
    assert [s.to_phase for s in d.history] == [
        Phase.AGREEMENT,
        Phase.PROFILE,
        Phase.JOB_SEARCH,
        Phase.IN_WORK,
        Phase.JOB_SEARCH,
    ]
    assert d.history[-1].reason == "job ended"
    with pytest.raises(ValidationError):
        clients.move_phase(
            session, cid, Phase.PROFILE, date(2026, 11, 1), today=TODAY
        )  # before last move
    with pytest.raises(ValidationError):
        clients.move_phase(session, cid, Phase.PROFILE, date(2026, 11, 30), today=TODAY)  # future


def test_end_and_reopen(session: Session) -> None:
    cid = new_client(session)
    with pytest.raises(ValidationError):
        clients.end_service(session, cid, TODAY, "", today=TODAY)
    clients.end_service(session, cid, TODAY, EndReason.MOVED_AWAY, today=TODAY)
    assert clients.caseload(session, today=TODAY) == []
    assert [r.id for r in clients.caseload(session, today=TODAY, include_ended=True)] == [cid]
    clients.reopen(session, cid, TODAY, Phase.JOB_SEARCH, today=TODAY)
    d = clients.get_client(session, cid, today=TODAY)
    assert d.status.value == "active" and d.phase is Phase.JOB_SEARCH
    assert [s.to_phase for s in d.history][-2:] == [None, Phase.JOB_SEARCH]


def test_caseload_rows_last_contact_search_and_warning(session: Session) -> None:
    a = new_client(session, full_name="Aada Keksitty")
    new_client(session, full_name="Bertta Kuviteltu")
    records.save_record(
        session,
        "client_contact",
        a,
        {"on": date(2026, 11, 2), "with_whom": "client", "place": "home"},
        today=TODAY,
    )
    records.save_record(
        session,
        "client_contact",
        a,
        {"on": date(2026, 11, 9), "with_whom": "care_team", "place": "clinic"},
        today=TODAY,
    )
    rows = clients.caseload(session, today=TODAY)
    assert [(r.full_name, r.last_contact) for r in rows] == [
        ("Aada Keksitty", date(2026, 11, 9)),
        ("Bertta Kuviteltu", None),
    ]
    assert all(r.due == ("first_contact_overdue",) for r in rows)  # 48 days, no employer met
    assert [r.code for r in clients.caseload(session, today=TODAY, search="bert")] == ["A-0002"]
    assert clients.caseload_warning(session) is None
    for i in range(19):
        new_client(session, full_name=f"Lisä {i}")
    w = clients.caseload_warning(session)
    assert w is not None and w.args == ("21", "20")


def test_find_client_by_code_or_id(session: Session) -> None:
    cid = new_client(session)
    assert clients.find_client(session, "a-0001") == cid
    assert clients.find_client(session, str(cid)) == cid
    with pytest.raises(clients.NotFound):
        clients.find_client(session, "A-9999")


def test_codes_are_never_reused_after_erasure(session: Session) -> None:
    from ipsdesk.core.services import privacy

    first = new_client(session, full_name="Poistettava Keksitty")
    privacy.erase_client(session, first, "A-0001")
    second = new_client(session, full_name="Uusi Keksitty")
    assert clients.get_client(session, second, today=TODAY).code == "A-0002"


def test_client_records_reads_every_list_of_a_client_at_once(session: Session) -> None:
    from ipsdesk.core.domain.records import SPECS

    cid = clients.create_client(session, {"full_name": "Lista Keksitty"}, today=TODAY)
    other = clients.create_client(session, {"full_name": "Toinen Keksitty"}, today=TODAY)
    records.save_record(
        session, "job_lead", cid, {"noted_on": TODAY, "description": "Kahvila",
                                   "employer_id": ("new", "Kahvila Oy"), "status": "open"},
        today=TODAY,
    )  # fmt: skip
    records.save_record(
        session, "profile_meeting", other, {"on": TODAY, "notes": "Toisen tapaaminen"}, today=TODAY
    )
    got = records.client_records(session, cid)
    assert set(got.rows) == set(SPECS)
    assert {k: len(v) for k, v in got.rows.items() if v} == {"job_lead": 1}
    lead = got.rows["job_lead"][0]
    assert got.employer_names[lead.values["employer_id"]] == "Kahvila Oy"
    with pytest.raises(records.NotFound):
        records.client_records(session, 999)


def test_a_new_employer_name_too_long_is_refused_not_cut_short(session: Session) -> None:
    cid = new_client(session)
    name = "Keksitty " + "Pitkänimi" * 30  # 279 characters
    with pytest.raises(ValidationError) as err:
        records.save_record(
            session,
            "job_lead",
            cid,
            {"noted_on": TODAY, "description": "Kahvila", "employer_id": ("new", name)},
            today=TODAY,
        )
    assert err.value.errors == {"employer_id": (E_TOO_LONG, ("200",))}
    session.rollback()
    assert session.exec(select(m.Employer)).all() == []
    assert session.exec(select(m.JobLead)).all() == []


@pytest.mark.parametrize(
    ("needle", "found"),
    [
        ("nuolja", ["Ánde Ŋuolja"]),
        ("NUOLJA", ["Ánde Ŋuolja"]),
        ("ande", ["Ánde Ŋuolja"]),
        ("aijala", ["Äijälä Keksitty"]),
        ("ÄIJÄLÄ", ["Äijälä Keksitty"]),
        ("oisten", ["Søren Øisten"]),
        ("soren oisten", ["Søren Øisten"]),
        ("a-0002", ["Äijälä Keksitty"]),
        ("keksitty", ["Äijälä Keksitty"]),
        ("zz", []),
    ],
)
def test_caseload_search_ignores_case_and_diacritics(
    session: Session, needle: str, found: list[str]
) -> None:
    new_client(session, full_name="Ánde Ŋuolja")
    new_client(session, full_name="Äijälä Keksitty")
    new_client(session, full_name="Søren  Øisten")
    rows = clients.caseload(session, today=TODAY, search=needle)
    assert [" ".join(r.full_name.split()) for r in rows] == found


def test_fold() -> None:
    assert clients.fold("Ŋuolja Äijälä Ø Æ ß Đ") == "nuolja aijala o ae ss d"


def test_ending_and_reopening_refuse_a_note_too_long_instead_of_cutting_it(
    session: Session,
) -> None:
    cid = new_client(session)
    history = len(clients.get_client(session, cid, today=TODAY, log=False).history)
    with pytest.raises(ValidationError) as err:
        clients.end_service(session, cid, TODAY, EndReason.MOVED_AWAY, "x" * 501, today=TODAY)
    assert err.value.errors == {"note": (E_TOO_LONG, ("500",))}
    session.rollback()
    detail = clients.get_client(session, cid, today=TODAY, log=False)
    assert detail.status.value == "active" and len(detail.history) == history
    clients.end_service(session, cid, TODAY, EndReason.MOVED_AWAY, "y" * 500, today=TODAY)
    with pytest.raises(ValidationError) as err:
        clients.reopen(session, cid, TODAY, Phase.JOB_SEARCH, "z" * 501, today=TODAY)
    assert err.value.errors == {"reason": (E_TOO_LONG, ("500",))}
    session.rollback()
    detail = clients.get_client(session, cid, today=TODAY, log=False)
    assert detail.status.value == "ended" and detail.history[-1].reason == "y" * 500
