"""A specialist's store → the team file's dataset (pseudonymous, no free text).

Client pseudonyms come from ``team_pseudonym`` and are made here on the first export:
random codes, never derived from the client's id or name, kept so that every export
uses the same code. Job, employer and employer-contact refs are keyed hashes
(HMAC-SHA-256 with the store's own random ``ref_secret``) of the row ids: stable
between exports, meaningless without this store.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from ipsdesk.core import settings
from ipsdesk.core.domain.records import PROFILE
from ipsdesk.core.storage import models as m
from ipsdesk.core.team import dataset as ds
from ipsdesk.core.team.tables import TeamIdentity

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_pseudonym() -> str:
    return "P-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(10))


def pseudonyms(session: Session) -> dict[int, str]:
    """client id → team code, making the missing ones (flushed, the caller commits)."""
    known = {
        cid: code
        for cid, code in session.exec(select(m.TeamPseudonym.client_id, m.TeamPseudonym.code))
    }
    used = set(known.values())
    for cid in session.exec(select(m.Client.id)).all():
        if cid is None or cid in known:
            continue
        code = new_pseudonym()
        while code in used:
            code = new_pseudonym()
        used.add(code)
        known[cid] = code
        session.add(m.TeamPseudonym(client_id=cid, code=code))
    session.flush()
    return known


class _Refs:
    def __init__(self, secret: str):
        self.key = bytes.fromhex(secret)

    def __call__(self, kind: str, row_id: int | None) -> str:
        digest = hmac.new(self.key, f"{kind}:{row_id}".encode(), hashlib.sha256).hexdigest()
        return f"{kind[0].upper()}-{digest[:12]}"


def extract(session: Session, identity: TeamIdentity, now: datetime) -> ds.Dataset:
    """Everything the team leader needs, for any period, and nothing that identifies."""
    codes = pseudonyms(session)
    ref = _Refs(identity.ref_secret)
    clients: list[ds.Client] = []
    code_by_ref: dict[str, str] = {}
    for c in session.exec(select(m.Client).order_by(col(m.Client.id))):
        assert c.id is not None
        code = codes[c.id]
        code_by_ref[c.code] = code
        clients.append(
            ds.Client(
                code=code,
                severe_mental_illness=c.severe_mental_illness,
                referral_date=c.referral_date,
                agreement_date=c.agreement_date,
                in_work_at_referral=c.in_work_at_referral,
                phase=c.phase,
                ended_on=c.ended_on,
                end_reason=c.end_reason if c.status == "ended" else "",
            )
        )
    conn = session.connection()
    tables = m.metadata.tables

    def rows(name: str, *columns: str) -> list[tuple[Any, ...]]:
        t = tables[name]
        query = sa_select(*(t.c[c] for c in columns)).order_by(*t.primary_key.columns)
        return [tuple(r) for r in conn.execute(query)]

    events: list[ds.Event] = []
    for cid, frm, to, on in rows("phasechange", "client_id", "from_phase", "to_phase", "on"):
        events.append(ds.Event(codes[cid], "phase_change", on, from_phase=frm, to_phase=to))
    for kind, table, day in (
        ("profile_meeting", "profilemeeting", "on"),
        ("benefits_counselling", "benefitscounselling", "on"),
        ("disclosure_discussion", "disclosurediscussion", "on"),
        ("plan_version", "actionplanversion", "made_on"),
    ):
        for cid, on in rows(table, "client_id", day):
            events.append(ds.Event(codes[cid], kind, on))
    # Profile updates: the dates of the "change vocational_profile" log rows.
    log = tables["accesslog"]
    for client_ref, at in conn.execute(
        sa_select(log.c.client_ref, log.c.at)
        .where(log.c.action == "change", log.c.detail == PROFILE.key)
        .order_by(log.c.id)
    ):
        found = code_by_ref.get(client_ref)
        if found is not None:
            events.append(ds.Event(found, "profile_update", at.astimezone().date()))
    for cid, on, with_whom, place, job_id in rows(
        "clientcontact", "client_id", "on", "with_whom", "place", "job_id"
    ):
        events.append(
            ds.Event(
                codes[cid],
                "client_contact",
                on,
                with_whom=with_whom,
                place=place,
                job_ref=ref("job", job_id) if job_id is not None else "",
            )
        )
    # Changes of a job's working hours: the job and the day, never the hours.
    job_clients = dict(rows("job", "id", "client_id"))
    for job_id, on in rows("job_hours_change", "job_id", "on"):
        events.append(
            ds.Event(codes[job_clients[job_id]], "hours_change", on, job_ref=ref("job", job_id))
        )
    jobs = [
        ds.Job(
            client=codes[j.client_id],
            job_ref=ref("job", j.id),
            employer_ref=ref("employer", j.employer_id),
            start_on=j.start_on,
            end_on=j.end_on,
            open_market=j.open_market,
            wage_subsidy=j.wage_subsidy,
            hours_band=ds.hours_band(j.hours_per_week),
            job_type=j.job_type,
        )
        for j in session.exec(select(m.Job).order_by(col(m.Job.id)))
    ]
    steps = [
        ds.Step(codes[s.client_id], s.kind, s.start_on, s.end_on)
        for s in session.exec(select(m.StepTowardWork).order_by(col(m.StepTowardWork.id)))
    ]
    contact_clients: dict[int, list[str]] = {}
    for contact_id, cid in rows("employercontactclient", "contact_id", "client_id"):
        contact_clients.setdefault(contact_id, []).append(codes[cid])
    contacts = [
        ds.EmployerContact(
            ref=ref("contact", ec.id),
            on=ec.on,
            mode=ec.mode,
            purpose=ec.purpose,
            employer_ref=ref("employer", ec.employer_id),
            clients=tuple(contact_clients.get(ec.id or 0, ())),
        )
        for ec in session.exec(select(m.EmployerContact).order_by(col(m.EmployerContact.id)))
    ]
    employers = [
        ds.Employer(
            ref=ref("employer", e.id),
            name=e.name,
            business_id=e.business_id,
            municipality=e.municipality,
            sector=e.sector,
        )
        for e in session.exec(select(m.Employer).order_by(col(m.Employer.id)))
    ]
    caseload = session.exec(
        select(func.count()).select_from(m.Client).where(m.Client.status == "active")
    ).one()
    specialist = ds.Specialist(
        member_id=identity.member_id,
        name=identity.member_name,
        team_id=identity.team_id,
        team_name=identity.team_name,
        caseload=int(caseload),
        fte_percent=settings.get(session, settings.FTE_PERCENT),
        exported_at=now,
    )
    return ds.Dataset(
        specialist,
        tuple(clients),
        tuple(events),
        tuple(jobs),
        tuple(steps),
        tuple(contacts),
        tuple(employers),
    )
