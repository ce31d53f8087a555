"""The plain-data input of the fidelity computations, and its adapter from a store.

:class:`FidelityInputs` holds only what the computed items need, per specialist and per
client under the client's code (pseudonymous at team level): no names, no free text.
The computations (``compute.py``) read nothing else, so they work the same on a
specialist's own store (:func:`from_store`) and on the team leader's imported team
tables (:func:`ipsdesk.core.fidelity.team_inputs.from_team_tables`).

A job's type is its occupation group code (``Job.job_type``; ``None`` when not recorded),
its hours changes are the ``JobHoursChange`` rows (with the hours; at team level the
days only) and the specialist's working time is the ``fte_percent`` setting.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func
from sqlalchemy import select as rows
from sqlmodel import Session, col, select

from ipsdesk.core import settings
from ipsdesk.core.domain.enums import ContactMode
from ipsdesk.core.storage import models as m


@dataclass(frozen=True)
class SpecialistIn:
    id: str
    name: str
    fte_percent: float = 100.0
    caseload: int | None = None  # given by the source; None: counted from the clients


@dataclass(frozen=True)
class HoursChangeIn:
    on: date
    before: float | None = None  # hours per week; None: not known (a team file)
    after: float | None = None


@dataclass(frozen=True)
class JobIn:
    start: date
    end: date | None
    employer_ref: str
    job_type: str | None  # a job type code; None: unknown
    open_market: bool
    wage_subsidy: bool
    hours: float | None = None
    hours_changes: tuple[HoursChangeIn, ...] = ()  # by date


@dataclass(frozen=True)
class ClientContactIn:
    on: date
    place: str  # enums.Place
    with_whom: str  # enums.ContactWith


@dataclass(frozen=True)
class PhaseChangeIn:
    on: date
    from_phase: int | None
    to_phase: int | None  # None: service ended


@dataclass(frozen=True)
class ClientIn:
    code: str
    since: date  # start of the service (referral, else agreement)
    specialists: tuple[tuple[date, str], ...]  # (from this day, specialist id), by date
    agreement: date | None = None
    ended_on: date | None = None
    phase_changes: tuple[PhaseChangeIn, ...] = ()
    jobs: tuple[JobIn, ...] = ()
    benefits_counselling: tuple[date, ...] = ()
    disclosure_discussions: tuple[date, ...] = ()
    profile_updates: tuple[date, ...] = ()  # profile meetings / profile updates
    contacts: tuple[ClientContactIn, ...] = ()
    first_face_to_face: date | None = None  # first face-to-face employer contact

    def specialist_on(self, day: date) -> str | None:
        current = self.specialists[0][1] if self.specialists else None
        for since, specialist in self.specialists:
            if since <= day:
                current = specialist
        return current

    def active_on(self, day: date) -> bool:
        return self.since <= day and (self.ended_on is None or self.ended_on > day)

    def active_during(self, start: date, end: date) -> bool:
        return self.since <= end and (self.ended_on is None or self.ended_on >= start)


@dataclass(frozen=True)
class EmployerContactIn:
    on: date
    mode: str  # enums.ContactMode
    specialist_id: str


@dataclass(frozen=True)
class FidelityInputs:
    start: date
    end: date
    specialists: tuple[SpecialistIn, ...]
    clients: tuple[ClientIn, ...] = ()
    employer_contacts: tuple[EmployerContactIn, ...] = field(default=())

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


OWN = "own"  # the specialist id of a store's own owner


def from_store(session: Session, start: date, end: date) -> FidelityInputs:
    """The inputs from a specialist's own store: every client is theirs.

    Reads everything up to ``end`` (items look back before the period: a job's
    follow-along, the days to the first employer contact), nothing after it.
    """
    owner = session.exec(select(m.Specialist).order_by(col(m.Specialist.id))).first()
    conn = session.connection()  # Core rows: no ORM row processing on big reads
    # client contacts are the big table: the items look back a year (+ the week before a
    # job start) from the end, or to the start of a longer period
    contacts_from = min(start, end - timedelta(days=372))
    specialist = SpecialistIn(
        OWN,
        owner.name if owner else "",
        fte_percent=float(settings.get(session, settings.FTE_PERCENT)),
    )

    def by_client(model: type, column: str = "on") -> dict[int, list[date]]:
        out: dict[int, list[date]] = defaultdict(list)
        attr = getattr(model, column)
        for cid, day in conn.execute(
            rows(model.client_id, attr).where(attr <= end).order_by(attr)  # type: ignore[attr-defined]
        ):
            out[cid].append(day)
        return out

    benefits = by_client(m.BenefitsCounselling)
    disclosure = by_client(m.DisclosureDiscussion)
    profile = by_client(m.ProfileMeeting)
    phases: dict[int, list[PhaseChangeIn]] = defaultdict(list)
    for cid, on, from_phase, to_phase in conn.execute(
        rows(
            col(m.PhaseChange.client_id),
            col(m.PhaseChange.on),
            col(m.PhaseChange.from_phase),
            col(m.PhaseChange.to_phase),
        )
        .where(col(m.PhaseChange.on) <= end)
        .order_by(col(m.PhaseChange.on), col(m.PhaseChange.id))
    ):
        phases[cid].append(PhaseChangeIn(on, from_phase, to_phase))
    hours_changes: dict[int | None, list[HoursChangeIn]] = defaultdict(list)
    for jid, on, before, after in conn.execute(
        rows(
            col(m.JobHoursChange.job_id),
            col(m.JobHoursChange.on),
            col(m.JobHoursChange.hours_before),
            col(m.JobHoursChange.hours_after),
        )
        .where(col(m.JobHoursChange.on) <= end)
        .order_by(col(m.JobHoursChange.on), col(m.JobHoursChange.id))
    ):
        hours_changes[jid].append(HoursChangeIn(on, before, after))
    jobs: dict[int, list[JobIn]] = defaultdict(list)
    for job_id, cid, s, e, employer, open_market, subsidy, hours, job_type in conn.execute(
        rows(
            col(m.Job.id),
            col(m.Job.client_id),
            col(m.Job.start_on),
            col(m.Job.end_on),
            col(m.Job.employer_id),
            col(m.Job.open_market),
            col(m.Job.wage_subsidy),
            col(m.Job.hours_per_week),
            col(m.Job.job_type),
        )
        .where(col(m.Job.start_on) <= end)
        .order_by(col(m.Job.start_on), col(m.Job.id))
    ):
        jobs[cid].append(
            JobIn(
                s,
                e if e is not None and e <= end else None,
                f"E{employer}",
                job_type or None,
                bool(open_market),
                bool(subsidy),
                hours,
                tuple(hours_changes.get(job_id, ())),
            )
        )
    contacts: dict[int, list[ClientContactIn]] = defaultdict(list)
    for cid, on, place, with_whom in conn.execute(
        rows(
            col(m.ClientContact.client_id),
            col(m.ClientContact.on),
            col(m.ClientContact.place),
            col(m.ClientContact.with_whom),
        )
        .where(col(m.ClientContact.on) >= contacts_from, col(m.ClientContact.on) <= end)
        .order_by(col(m.ClientContact.on))
    ):
        contacts[cid].append(ClientContactIn(on, place, with_whom))
    first_ff = {
        cid: day
        for cid, day in session.exec(
            select(m.EmployerContactClient.client_id, func.min(m.EmployerContact.on))
            .join(m.EmployerContact, m.EmployerContact.id == m.EmployerContactClient.contact_id)  # type: ignore[arg-type]
            .where(
                m.EmployerContact.mode == ContactMode.FACE_TO_FACE.value,
                m.EmployerContact.on <= end,
            )
            .group_by(col(m.EmployerContactClient.client_id))
        )
    }
    clients = []
    for pk, code, referral, agreement, phase_since, ended_on in conn.execute(
        rows(
            col(m.Client.id),
            col(m.Client.code),
            col(m.Client.referral_date),
            col(m.Client.agreement_date),
            col(m.Client.phase_since),
            col(m.Client.ended_on),
        ).order_by(col(m.Client.code))
    ):
        assert pk is not None
        history = phases.get(pk, [])
        since = referral or agreement or (history[0].on if history else phase_since)
        if since > end:
            continue
        clients.append(
            ClientIn(
                code=code,
                since=since,
                specialists=((since, OWN),),
                agreement=agreement if agreement is not None and agreement <= end else None,
                ended_on=ended_on if ended_on is not None and ended_on <= end else None,
                phase_changes=tuple(history),
                jobs=tuple(jobs.get(pk, ())),
                benefits_counselling=tuple(benefits.get(pk, ())),
                disclosure_discussions=tuple(disclosure.get(pk, ())),
                profile_updates=tuple(profile.get(pk, ())),
                contacts=tuple(contacts.get(pk, ())),
                first_face_to_face=first_ff.get(pk),
            )
        )
    employer_contacts = tuple(
        EmployerContactIn(on, mode, OWN)
        for on, mode in conn.execute(
            rows(col(m.EmployerContact.on), col(m.EmployerContact.mode))
            .where(col(m.EmployerContact.on) >= start, col(m.EmployerContact.on) <= end)
            .order_by(col(m.EmployerContact.on))
        )
    )
    return FidelityInputs(start, end, (specialist,), tuple(clients), employer_contacts)
