"""The fidelity inputs from the team leader's imported team tables (the whole team).

The same :class:`FidelityInputs` as :func:`ipsdesk.core.fidelity.inputs.from_store`
gives for one store, read from ``team_member``, ``team_client``, ``team_event``,
``team_job`` and ``team_employer_contact(_client)`` with SQLAlchemy Core queries only
(comparisons of dates, ``IN``), so the hub's PostgreSQL copy of
the same tables can be read by the same function. A ``Scope`` (the one the team reports
use) narrows the members; every query is filtered by it.

Each member is a specialist (their name and ``fte_percent`` from their team file); a
client is a ``(member_id, client_code)`` pair and is listed by its pseudonym only.
What the team data cannot say, and how that shows:

- employers (item 20) are matched across members as the team register matches them
  (Y-tunnus, else the normalised name);
- caseload (item 1) is counted from the clients active on the period's last day, per
  member, against the member's working time;
- a client is carried by one member in the team data (a transfer between specialists
  shows as two pseudonyms), so item 3 cannot see transfers;
- profile updates (item 14) are the profile meetings and the recorded changes of the
  vocational profile (``profile_meeting`` and ``profile_update`` events);
- hours changes (item 12) are ``hours_change`` events of a job (its ``job_ref``): the
  day only, not the hours (a job carries one hours band);
- the first face-to-face employer contact is read for the clients item 15 counts only
  (an agreement in the 365 days up to the period's end).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.engine import Connection

from ipsdesk.core.domain.enums import ContactMode
from ipsdesk.core.fidelity.compute import COHORT_DAYS
from ipsdesk.core.fidelity.inputs import (
    ClientContactIn,
    ClientIn,
    EmployerContactIn,
    FidelityInputs,
    HoursChangeIn,
    JobIn,
    PhaseChangeIn,
    SpecialistIn,
)
from ipsdesk.core.reports.queries import ALL, Scope
from ipsdesk.core.team.employer_register import match_key
from ipsdesk.core.team.tables import (
    client_t,
    contact_client_t,
    contact_t,
    employer_t,
    event_t,
    job_t,
    member_t,
)

PROFILE_KINDS = ("profile_meeting", "profile_update")

Person = tuple[str, str]  # (member_id, client_code)
IN_CHUNK = 2000  # contact refs per IN list (SQLite's limit of bound values is far above)


def _conn(db: Any) -> Connection:
    return db if isinstance(db, Connection) else db.connection()


def has_team_data(db: Any) -> bool:
    """Whether the store holds imported team data (a team leader who imported files)."""
    found = _conn(db).execute(select(member_t.c.member_id).limit(1)).first()
    return found is not None


def from_team_tables(db: Any, start: date, end: date, scope: Scope = ALL) -> FidelityInputs:
    """The inputs over the team tables' members in ``scope`` (a Connection or Session).

    Reads everything up to ``end`` (the items look back before the period), nothing after
    it; client contacts from a year (and a week) before ``end`` or from ``start``.
    """
    conn = _conn(db)
    contacts_from = min(start, end - timedelta(days=372))
    specialists = tuple(
        SpecialistIn(member_id, name, fte_percent=float(fte))
        for member_id, name, fte in conn.execute(
            select(member_t.c.member_id, member_t.c.name, member_t.c.fte_percent)
            .where(scope.where(member_t.c.member_id))
            .order_by(member_t.c.name, member_t.c.member_id)
        )
    )

    # One query per kind of event: each is read in date order along the (kind, on) index.
    def events(kinds: tuple[str, ...], *columns: Any, since: date | None = None) -> list[Any]:
        query = select(event_t.c.member_id, event_t.c.client_code, event_t.c.on, *columns).where(
            scope.where(event_t.c.member_id),
            event_t.c.kind.in_(kinds) if len(kinds) > 1 else event_t.c.kind == kinds[0],
            event_t.c.on <= end,
        )
        if since is not None:
            query = query.where(event_t.c.on >= since)
        return list(conn.execute(query.order_by(event_t.c.on, event_t.c.id)).all())

    def by_person(kinds: tuple[str, ...]) -> dict[Person, list[date]]:
        out: dict[Person, list[date]] = defaultdict(list)
        for member_id, code, on in events(kinds):
            out[(member_id, code)].append(on)
        return out

    phases: dict[Person, list[PhaseChangeIn]] = defaultdict(list)
    for member_id, code, on, from_phase, to_phase in events(
        ("phase_change",), event_t.c.from_phase, event_t.c.to_phase
    ):
        phases[(member_id, code)].append(PhaseChangeIn(on, from_phase, to_phase))
    contacts: dict[Person, list[ClientContactIn]] = defaultdict(list)
    for member_id, code, on, place, with_whom in events(
        ("client_contact",), event_t.c.place, event_t.c.with_whom, since=contacts_from
    ):
        contacts[(member_id, code)].append(ClientContactIn(on, place, with_whom))
    benefits = by_person(("benefits_counselling",))
    disclosure = by_person(("disclosure_discussion",))
    profile = by_person(PROFILE_KINDS)

    # Employer refs are each member's own keyed hashes: the team's employer is the one of
    # the team register (same Y-tunnus, else same normalised name), as merge() joins them.
    employers: dict[tuple[str, str], str] = {
        (member_id, ref): match_key(name, business_id)
        for member_id, ref, name, business_id in conn.execute(
            select(
                employer_t.c.member_id,
                employer_t.c.employer_ref,
                employer_t.c.name,
                employer_t.c.business_id,
            ).where(scope.where(employer_t.c.member_id))
        )
    }
    hours_changes: dict[tuple[str, str], list[HoursChangeIn]] = defaultdict(list)
    for member_id, _code, on, job_ref in events(("hours_change",), event_t.c.job_ref):
        hours_changes[(member_id, job_ref)].append(HoursChangeIn(on))
    jobs: dict[Person, list[JobIn]] = defaultdict(list)
    for member_id, code, job_ref, s, e, employer, open_market, subsidy, job_type in conn.execute(
        select(
            job_t.c.member_id,
            job_t.c.client_code,
            job_t.c.job_ref,
            job_t.c.start_on,
            job_t.c.end_on,
            job_t.c.employer_ref,
            job_t.c.open_market,
            job_t.c.wage_subsidy,
            job_t.c.job_type,
        )
        .where(scope.where(job_t.c.member_id), job_t.c.start_on <= end)
        .order_by(job_t.c.start_on, job_t.c.id)
    ):
        jobs[(member_id, code)].append(
            JobIn(
                s,
                e if e is not None and e <= end else None,
                employers.get((member_id, employer), f"{member_id}:{employer}"),
                job_type or None,
                bool(open_market),
                bool(subsidy),
                None,  # hours: the team file carries only a band
                tuple(hours_changes.get((member_id, job_ref), ())),
            )
        )

    # The first face-to-face employer contact, for the clients item 15 counts (agreement
    # in the 365 days up to the end): their contact links (team_client's unique index
    # finds the client), then those contacts. Joined here, not in SQL: the contact tables
    # have no index on the contact ref, and SQLite's nested loop over each member's
    # contacts took seconds on a 30-specialist team.
    cohort_from = end - timedelta(days=COHORT_DAYS)
    links = conn.execute(
        select(
            contact_client_t.c.member_id,
            contact_client_t.c.contact_ref,
            contact_client_t.c.client_code,
        )
        .join(
            client_t,
            and_(
                client_t.c.member_id == contact_client_t.c.member_id,
                client_t.c.code == contact_client_t.c.client_code,
            ),
        )
        .where(
            scope.where(contact_client_t.c.member_id),
            client_t.c.agreement_date >= cohort_from,
            client_t.c.agreement_date <= end,
        )
    ).all()
    face_to_face: dict[tuple[str, str], date] = {}
    refs = sorted({ref for _, ref, _ in links})
    for chunk in range(0, len(refs), IN_CHUNK):
        for member_id, ref, on in conn.execute(
            select(contact_t.c.member_id, contact_t.c.contact_ref, contact_t.c.on).where(
                scope.where(contact_t.c.member_id),
                contact_t.c.contact_ref.in_(refs[chunk : chunk + IN_CHUNK]),
                contact_t.c.mode == ContactMode.FACE_TO_FACE.value,
                contact_t.c.on <= end,
            )
        ):
            face_to_face[(member_id, ref)] = on
    first_ff: dict[Person, date] = {}
    for member_id, ref, code in links:
        on = face_to_face.get((member_id, ref))
        if on is not None:
            person = (member_id, code)
            known = first_ff.get(person)
            if known is None or on < known:
                first_ff[person] = on

    clients = []
    for member_id, code, referral, agreement, ended_on in conn.execute(
        select(
            client_t.c.member_id,
            client_t.c.code,
            client_t.c.referral_date,
            client_t.c.agreement_date,
            client_t.c.ended_on,
        )
        .where(scope.where(client_t.c.member_id))
        .order_by(client_t.c.member_id, client_t.c.code)
    ):
        person = (member_id, code)
        history = phases.get(person, [])
        since = referral or agreement or (history[0].on if history else None)
        if since is None or since > end:
            continue
        clients.append(
            ClientIn(
                code=code,
                since=since,
                specialists=((since, member_id),),
                agreement=agreement if agreement is not None and agreement <= end else None,
                ended_on=ended_on if ended_on is not None and ended_on <= end else None,
                phase_changes=tuple(history),
                jobs=tuple(jobs.get(person, ())),
                benefits_counselling=tuple(benefits.get(person, ())),
                disclosure_discussions=tuple(disclosure.get(person, ())),
                profile_updates=tuple(sorted(profile.get(person, ()))),
                contacts=tuple(contacts.get(person, ())),
                first_face_to_face=first_ff.get(person),
            )
        )

    employer_contacts = tuple(
        EmployerContactIn(on, mode, member_id)
        for member_id, on, mode in conn.execute(
            select(contact_t.c.member_id, contact_t.c.on, contact_t.c.mode)
            .where(
                scope.where(contact_t.c.member_id),
                contact_t.c.on >= start,
                contact_t.c.on <= end,
            )
            .order_by(contact_t.c.on, contact_t.c.id)
        )
    )
    return FidelityInputs(start, end, specialists, tuple(clients), employer_contacts)
