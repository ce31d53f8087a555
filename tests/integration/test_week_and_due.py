"""The weekly counter and the due list over a real store."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session

from ipsdesk.core import settings
from ipsdesk.core.domain.due import DueKind, Target
from ipsdesk.core.services import due, employers, week
from ipsdesk.core.services import employer_contacts as ec
from ipsdesk.core.storage import models as m
from tests.conftest import TODAY


def _contacts(session: Session, employer: int, days: list[tuple[date, str]]) -> None:
    for day, mode in days:
        ec.quick_log(session, employer, mode, on=day, today=date(2027, 12, 31))


def test_week_summary_counts_monday_to_sunday(session: Session) -> None:
    e = employers.create_employer(session, {"name": "Inarin Matkailu Oy"})
    _contacts(
        session,
        e,
        [
            (date(2026, 11, 15), "face_to_face"),  # Sunday of W46
            (date(2026, 11, 16), "face_to_face"),  # Monday of W47
            (date(2026, 11, 18), "phone"),
            (date(2026, 11, 22), "email_other"),  # Sunday of W47
            (date(2026, 11, 23), "phone"),  # Monday of W48
        ],
    )
    s = week.week_summary(session, 2026, 47)
    assert (s.contacts, s.face_to_face, s.other, s.target, s.met) == (3, 1, 2, 6, False)
    assert (s.start, s.end, s.code) == (date(2026, 11, 16), date(2026, 11, 22), "2026-W47")
    assert week.week_summary(session, 2026, 47, target=3).met is True
    settings.put(session, settings.WEEKLY_TARGET, 2)
    session.commit()
    assert week.week_summary(session, 2026, 46).target == 2
    assert week.week_summary(session, 2026, 46).met is False
    assert week.week_summary(session, 2026, 45).contacts == 0


def test_last_weeks_across_year_end_and_week_53(session: Session) -> None:
    e = employers.create_employer(session, {"name": "Kemin Kahvila Ky"})
    _contacts(
        session,
        e,
        [
            (date(2026, 12, 31), "face_to_face"),  # 2026-W53
            (date(2027, 1, 3), "phone"),  # 2026-W53 (Sunday)
            (date(2027, 1, 4), "phone"),  # 2027-W01
            (date(2026, 12, 27), "phone"),  # 2026-W52
            (date(2026, 10, 4), "phone"),  # 2026-W40: outside 12 weeks
        ],
    )
    weeks = week.last_weeks(session, (2027, 1), 12)
    assert [w.code for w in weeks][-3:] == ["2026-W52", "2026-W53", "2027-W01"]
    assert weeks[0].code == "2026-W43"
    assert len(weeks) == 12
    assert [(w.contacts, w.face_to_face) for w in weeks[-3:]] == [(1, 0), (2, 1), (1, 0)]
    assert sum(w.contacts for w in weeks) == 4
    # each chart bar equals the single-week summary
    for w in weeks:
        assert w == week.week_summary(session, w.iso_year, w.week)
    # 31.12.2024 is counted in 2025-W01
    _contacts(session, e, [(date(2024, 12, 31), "phone")])
    assert week.week_summary(session, 2025, 1).contacts == 1
    assert week.week_summary(session, 2024, 52).contacts == 0
    assert week.last_weeks(session, (2025, 1), 0) == []


def _client(session: Session, code: str, agreement: date | None, phase: int = 3) -> int:
    c = m.Client(
        code=code,
        full_name=f"Testi {code}",
        phase=phase,
        phase_since=agreement or TODAY,
        agreement_date=agreement,
    )
    session.add(c)
    session.commit()
    assert c.id is not None
    return c.id


def test_due_list_gathers_every_rule(session: Session) -> None:
    e = employers.create_employer(session, {"name": "Kuhmon Kauppa Ky"})
    # first contact: agreement 25 days ago -> deadline in 5 days
    a = _client(session, "A-0001", TODAY - timedelta(days=25))
    session.add(m.ClientContact(client_id=a, on=TODAY, with_whom="client", place="clinic"))
    # already had the face-to-face contact: nothing of that kind
    b = _client(session, "A-0002", TODAY - timedelta(days=40))
    session.add(m.ClientContact(client_id=b, on=TODAY, with_whom="client", place="clinic"))
    ec.quick_log(session, e, "face_to_face", b, on=TODAY - timedelta(days=10), today=TODAY)
    # in work: job started 2 days ago with no contact since -> follow-along start
    c = _client(session, "A-0003", TODAY - timedelta(days=200), phase=5)
    session.add(
        m.ClientContact(client_id=c, on=TODAY - timedelta(days=5), with_whom="client", place="home")
    )
    job = m.Job(client_id=c, employer_id=e, title="Myyjä", start_on=TODAY - timedelta(days=2))
    session.add(job)
    # plan review from the latest plan version, and an ended client who is ignored
    session.add(
        m.ActionPlanVersion(
            client_id=c,
            version=1,
            made_on=TODAY - timedelta(days=200),
            next_review_on=TODAY - timedelta(days=100),
        )
    )
    session.add(
        m.ActionPlanVersion(
            client_id=c,
            version=2,
            made_on=TODAY - timedelta(days=20),  # covers the 6-month review (TODAY-18)
            next_review_on=TODAY + timedelta(days=3),
        )
    )
    ended = m.Client(
        code="A-0004",
        full_name="Päättynyt",
        phase=3,
        phase_since=TODAY,
        status="ended",
        agreement_date=TODAY - timedelta(days=300),
    )
    session.add(ended)
    # no contact for 31 days
    d = _client(session, "A-0005", TODAY - timedelta(days=20), phase=2)
    session.add(
        m.ClientContact(
            client_id=d, on=TODAY - timedelta(days=31), with_whom="client", place="clinic"
        )
    )
    session.commit()
    # employer follow-up promised for tomorrow, one already done
    ec.add_contact(
        session,
        {
            "on": TODAY,
            "employer_id": e,
            "mode": "phone",
            "purpose": "follow_up",
            "follow_up_on": TODAY + timedelta(days=1),
        },
        today=TODAY,
    )
    done = ec.add_contact(
        session,
        {"on": TODAY, "employer_id": e, "mode": "phone", "purpose": "needs", "follow_up_on": TODAY},
        today=TODAY,
    )
    ec.set_follow_up_done(session, done)
    assert job.id is not None

    items = due.due_list(session, today=TODAY)
    got = {(i.kind, i.client_code or i.employer_name): i for i in items}
    assert set(got) == {
        (DueKind.FIRST_CONTACT, "A-0001"),
        (DueKind.FOLLOW_ALONG_START, "A-0003"),
        (DueKind.PLAN_REVIEW, "A-0003"),
        (DueKind.NO_CONTACT, "A-0005"),
        (DueKind.EMPLOYER_FOLLOW_UP, "Kuhmon Kauppa Ky"),
        # A-0002 and A-0005 have no plan: their 3-month review is far; A-0001 likewise
    }
    first = got[(DueKind.FIRST_CONTACT, "A-0001")]
    assert (first.due_on, first.overdue, first.target) == (
        TODAY + timedelta(days=5),
        False,
        Target("client", a, "job_search"),
    )
    follow = got[(DueKind.FOLLOW_ALONG_START, "A-0003")]
    assert (follow.due_on, follow.detail, follow.target) == (
        TODAY + timedelta(days=1),
        "Myyjä",
        Target("client", c, "client_contact", job.id),
    )
    assert got[(DueKind.PLAN_REVIEW, "A-0003")].due_on == TODAY + timedelta(days=3)
    silent = got[(DueKind.NO_CONTACT, "A-0005")]
    assert (silent.due_on, silent.overdue) == (TODAY - timedelta(days=1), True)
    follow_up = got[(DueKind.EMPLOYER_FOLLOW_UP, "Kuhmon Kauppa Ky")]
    assert follow_up.target.place == "employer" and follow_up.target.id == e
    assert follow_up.employer_id == e and follow_up.client_id is None
    # most urgent first
    assert [i.due_on for i in items] == sorted(i.due_on for i in items)
    grouped = due.due_by_client(items)
    assert sorted(grouped) == sorted([a, c, d])
    assert [i.kind for i in grouped[c]] == [DueKind.FOLLOW_ALONG_START, DueKind.PLAN_REVIEW]
    # the no-contact threshold is a setting
    settings.put(session, settings.NO_CONTACT_DAYS, 60)
    session.commit()
    assert DueKind.NO_CONTACT not in {i.kind for i in due.due_list(session, today=TODAY)}
    # a contact with the worker settles the follow-along item
    session.add(
        m.ClientContact(client_id=c, on=TODAY, with_whom="client", place="workplace", job_id=job.id)
    )
    session.commit()
    kinds = {(i.kind, i.client_code) for i in due.due_list(session, today=TODAY)}
    assert (DueKind.FOLLOW_ALONG_START, "A-0003") not in kinds
    assert (DueKind.FOLLOW_ALONG_WEEKLY, "A-0003") in kinds


def test_due_list_on_empty_store(session: Session) -> None:
    assert due.due_list(session, today=TODAY) == []
