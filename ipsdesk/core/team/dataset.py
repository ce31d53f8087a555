"""What a team file carries (format version 1): plain dataclasses, and their strict reading.

Nothing here identifies a client: clients are random pseudonyms (``team_pseudonym``),
jobs, employer contacts and employers have keyed pseudonymous refs, and there is no
free text at all (no names of clients, identity codes, phones, notes or job titles).
Employers are named (they are not client data) but travel only inside the encryption.

:func:`from_body` checks every value and refuses the whole file at the first problem
with its own message (:mod:`ipsdesk.core.team.errors`). Documented in
``docs/team-file.md`` (JSON Schema: ``docs/team-file.schema.json``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from ipsdesk.core.domain.enums import (
    ContactMode,
    ContactPurpose,
    ContactWith,
    EndReason,
    JobType,
    Place,
    StepKind,
)
from ipsdesk.core.team import errors as E
from ipsdesk.core.team.errors import TeamError
from ipsdesk.core.team.tables import EVENT_KINDS

HOURS_BANDS = ("", "lt10", "10_19", "20_29", "30plus")  # hours a week; "" unknown
PLANNED_DAYS = 400  # job and step dates may be planned up to this far past the export
EARLIEST = date(1990, 1, 1)


def _codes(*values: Any) -> frozenset[str]:
    return frozenset(str(v) for v in values)


END_REASONS = _codes("", *EndReason)
JOB_TYPES = _codes("", *JobType)
BANDS = _codes(*HOURS_BANDS)
KINDS = _codes(*EVENT_KINDS)
WITH_WHOM = _codes("", *ContactWith)
PLACES = _codes("", *Place)
STEP_KINDS = _codes(*StepKind)
MODES = _codes(*ContactMode)
PURPOSES = _codes(*ContactPurpose)


def hours_band(hours: float | None) -> str:
    if hours is None:
        return ""
    if hours < 10:
        return "lt10"
    if hours < 20:
        return "10_19"
    if hours < 30:
        return "20_29"
    return "30plus"


@dataclass(frozen=True)
class Specialist:
    member_id: str
    name: str
    team_id: str
    team_name: str
    caseload: int
    fte_percent: int
    exported_at: datetime


@dataclass(frozen=True)
class Client:
    code: str
    severe_mental_illness: bool
    referral_date: date | None
    agreement_date: date | None
    in_work_at_referral: bool
    phase: int
    ended_on: date | None
    end_reason: str


@dataclass(frozen=True)
class Event:
    client: str
    kind: str
    on: date
    from_phase: int | None = None
    to_phase: int | None = None
    with_whom: str = ""
    place: str = ""
    job_ref: str = ""


@dataclass(frozen=True)
class Job:
    client: str
    job_ref: str
    employer_ref: str
    start_on: date
    end_on: date | None
    open_market: bool
    wage_subsidy: bool
    hours_band: str
    job_type: str


@dataclass(frozen=True)
class Step:
    client: str
    kind: str
    start_on: date
    end_on: date | None


@dataclass(frozen=True)
class EmployerContact:
    ref: str
    on: date
    mode: str
    purpose: str
    employer_ref: str
    clients: tuple[str, ...] = ()


@dataclass(frozen=True)
class Employer:
    ref: str
    name: str
    business_id: str
    municipality: str
    sector: str


@dataclass(frozen=True)
class Dataset:
    specialist: Specialist
    clients: tuple[Client, ...] = ()
    events: tuple[Event, ...] = ()
    jobs: tuple[Job, ...] = ()
    steps: tuple[Step, ...] = ()
    employer_contacts: tuple[EmployerContact, ...] = ()
    employers: tuple[Employer, ...] = field(default=())


# -- writing -----------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def to_body(ds: Dataset) -> dict[str, Any]:
    return _plain(asdict(ds))  # type: ignore[no-any-return]


# -- reading -------------------------------------------------------------------------------


class _Reader:
    """Checks values against the file's export time; raises TeamError on the first fault."""

    def __init__(self, exported_at: datetime):
        self.today = exported_at.date()

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise TeamError(E.BAD_FIELD, where)
        return value

    def items(self, body: dict[str, Any], key: str) -> list[dict[str, Any]]:
        value = body.get(key, [])
        if not isinstance(value, list):
            raise TeamError(E.BAD_FIELD, key)
        return [self.obj(v, key) for v in value]

    def text(self, d: dict[str, Any], key: str, where: str, *, max_len: int = 200) -> str:
        value = d.get(key)
        if not isinstance(value, str) or len(value) > max_len:
            raise TeamError(E.BAD_FIELD, f"{where}.{key}")
        return value

    def ref(self, d: dict[str, Any], key: str, where: str) -> str:
        value = self.text(d, key, where, max_len=20)
        if not value or not value.isascii() or not value.replace("-", "").isalnum():
            raise TeamError(E.BAD_FIELD, f"{where}.{key}")
        return value

    def choice(self, d: dict[str, Any], key: str, where: str, allowed: frozenset[str]) -> str:
        value = d.get(key)
        if not isinstance(value, str) or value not in allowed:
            raise TeamError(E.BAD_FIELD, f"{where}.{key}")
        return value

    def boolean(self, d: dict[str, Any], key: str, where: str) -> bool:
        value = d.get(key)
        if not isinstance(value, bool):
            raise TeamError(E.BAD_FIELD, f"{where}.{key}")
        return value

    def integer(
        self, d: dict[str, Any], key: str, where: str, lo: int, hi: int, *, optional: bool = False
    ) -> int | None:
        value = d.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
            raise TeamError(E.BAD_FIELD, f"{where}.{key}")
        return value

    def day(
        self,
        d: dict[str, Any],
        key: str,
        where: str,
        *,
        optional: bool = False,
        planned: bool = False,
    ) -> date | None:
        value = d.get(key)
        if value is None and optional:
            return None
        name = f"{where}.{key}"
        if not isinstance(value, str):
            raise TeamError(E.BAD_FIELD, name)
        try:
            parsed = date.fromisoformat(value)
        except ValueError as exc:
            raise TeamError(E.BAD_DATE, name, value[:20]) from exc
        if len(value) != 10 or parsed < EARLIEST:
            raise TeamError(E.BAD_DATE, name, value[:20])
        limit = self.today + timedelta(days=PLANNED_DAYS if planned else 1)
        if parsed > limit:
            raise TeamError(E.FUTURE_DATE, name, value)
        return parsed


def _exported_at(value: Any) -> datetime:
    if not isinstance(value, str):
        raise TeamError(E.BAD_FIELD, "specialist.exported_at")
    try:
        at = datetime.fromisoformat(value)
    except ValueError as exc:
        raise TeamError(E.BAD_DATE, "specialist.exported_at", value[:32]) from exc
    if at.tzinfo is None or at.year < EARLIEST.year:
        raise TeamError(E.BAD_DATE, "specialist.exported_at", value[:32])
    if at > datetime.now(UTC) + timedelta(days=1):
        raise TeamError(E.FUTURE_DATE, "specialist.exported_at", value[:32])
    return at.astimezone(UTC)


def from_body(body: dict[str, Any]) -> Dataset:
    """The dataset of a decrypted, checksummed body, every value checked."""
    sp = body.get("specialist")
    if not isinstance(sp, dict):
        raise TeamError(E.BAD_FIELD, "specialist")
    r = _Reader(_exported_at(sp.get("exported_at")))
    specialist = Specialist(
        member_id=r.ref(sp, "member_id", "specialist"),
        name=r.text(sp, "name", "specialist"),
        team_id=r.ref(sp, "team_id", "specialist"),
        team_name=r.text(sp, "team_name", "specialist"),
        caseload=r.integer(sp, "caseload", "specialist", 0, 10_000) or 0,
        fte_percent=r.integer(sp, "fte_percent", "specialist", 1, 100) or 100,
        exported_at=_exported_at(sp.get("exported_at")),
    )
    clients: list[Client] = []
    codes: set[str] = set()
    for d in r.items(body, "clients"):
        code = r.ref(d, "code", "clients")
        if code in codes:
            raise TeamError(E.DUPLICATE_CODE, code)
        codes.add(code)
        clients.append(
            Client(
                code=code,
                severe_mental_illness=r.boolean(d, "severe_mental_illness", "clients"),
                referral_date=r.day(d, "referral_date", "clients", optional=True),
                agreement_date=r.day(d, "agreement_date", "clients", optional=True),
                in_work_at_referral=r.boolean(d, "in_work_at_referral", "clients"),
                phase=r.integer(d, "phase", "clients", 1, 5) or 1,
                ended_on=r.day(d, "ended_on", "clients", optional=True),
                end_reason=r.choice(d, "end_reason", "clients", END_REASONS),
            )
        )

    def client_of(d: dict[str, Any], where: str, key: str = "client") -> str:
        code = r.ref(d, key, where)
        if code not in codes:
            raise TeamError(E.UNKNOWN_CLIENT, code)
        return code

    jobs: list[Job] = []
    job_refs: dict[str, str] = {}  # job_ref -> its client
    for d in r.items(body, "jobs"):
        start = r.day(d, "start_on", "jobs", planned=True)
        end = r.day(d, "end_on", "jobs", optional=True, planned=True)
        ref = r.ref(d, "job_ref", "jobs")
        assert start is not None
        if end is not None and end < start:
            raise TeamError(E.JOB_ENDS_BEFORE_START, ref)
        job_refs[ref] = client_of(d, "jobs")
        jobs.append(
            Job(
                client=job_refs[ref],
                job_ref=ref,
                employer_ref=r.ref(d, "employer_ref", "jobs"),
                start_on=start,
                end_on=end,
                open_market=r.boolean(d, "open_market", "jobs"),
                wage_subsidy=r.boolean(d, "wage_subsidy", "jobs"),
                hours_band=r.choice(d, "hours_band", "jobs", BANDS),
                job_type=r.choice(d, "job_type", "jobs", JOB_TYPES),
            )
        )
    events: list[Event] = []
    for d in r.items(body, "events"):
        kind = r.choice(d, "kind", "events", KINDS)
        job_ref = d.get("job_ref", "")
        if job_ref and job_ref not in job_refs:
            raise TeamError(E.BAD_FIELD, "events.job_ref")
        client = client_of(d, "events")
        if kind == "hours_change" and job_refs.get(job_ref) != client:
            raise TeamError(E.BAD_FIELD, "events.job_ref")  # a change of this client's job
        events.append(
            Event(
                client=client,
                kind=kind,
                on=r.day(d, "on", "events") or date.min,
                from_phase=r.integer(d, "from_phase", "events", 1, 5, optional=True),
                to_phase=r.integer(d, "to_phase", "events", 1, 5, optional=True),
                with_whom=r.choice(d, "with_whom", "events", WITH_WHOM),
                place=r.choice(d, "place", "events", PLACES),
                job_ref=str(job_ref),
            )
        )
    steps: list[Step] = []
    for d in r.items(body, "steps"):
        start = r.day(d, "start_on", "steps", planned=True)
        end = r.day(d, "end_on", "steps", optional=True, planned=True)
        assert start is not None
        code = client_of(d, "steps")
        if end is not None and end < start:
            raise TeamError(E.STEP_ENDS_BEFORE_START, code)
        steps.append(Step(code, r.choice(d, "kind", "steps", STEP_KINDS), start, end))
    employers: list[Employer] = []
    employer_refs: set[str] = set()
    for d in r.items(body, "employers"):
        ref = r.ref(d, "ref", "employers")
        employer_refs.add(ref)
        employers.append(
            Employer(
                ref=ref,
                name=r.text(d, "name", "employers"),
                business_id=r.text(d, "business_id", "employers", max_len=9),
                municipality=r.text(d, "municipality", "employers", max_len=100),
                sector=r.text(d, "sector", "employers", max_len=100),
            )
        )
    for job in jobs:
        if job.employer_ref not in employer_refs:
            raise TeamError(E.BAD_FIELD, "jobs.employer_ref")
    contacts: list[EmployerContact] = []
    for d in r.items(body, "employer_contacts"):
        employer_ref = r.ref(d, "employer_ref", "employer_contacts")
        if employer_ref not in employer_refs:
            raise TeamError(E.BAD_FIELD, "employer_contacts.employer_ref")
        raw_clients = d.get("clients", [])
        if not isinstance(raw_clients, list):
            raise TeamError(E.BAD_FIELD, "employer_contacts.clients")
        for code in raw_clients:
            if code not in codes:
                raise TeamError(E.UNKNOWN_CLIENT, str(code)[:20])
        contacts.append(
            EmployerContact(
                ref=r.ref(d, "ref", "employer_contacts"),
                on=r.day(d, "on", "employer_contacts") or date.min,
                mode=r.choice(d, "mode", "employer_contacts", MODES),
                purpose=r.choice(d, "purpose", "employer_contacts", PURPOSES),
                employer_ref=employer_ref,
                clients=tuple(str(c) for c in raw_clients),
            )
        )
    return Dataset(
        specialist,
        tuple(clients),
        tuple(events),
        tuple(jobs),
        tuple(steps),
        tuple(contacts),
        tuple(employers),
    )
