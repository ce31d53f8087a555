"""The employer register (*työnantaja-asiakkaat*): employers, their contact persons,
search with duplicate protection, and each employer's history.

Employers are not personal client data, so changing them writes no access-log row; the
history shows which clients were placed with an employer and for whom contacts were
made, so reading it writes a row for each of those clients.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from ipsdesk.core.domain import ytunnus
from ipsdesk.core.domain.enums import ContactMode
from ipsdesk.core.domain.records import CONTACT_PERSON, EMPLOYER, RecordSpec
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg
from ipsdesk.core.services.audit import Action, log_access
from ipsdesk.core.services.employer_contacts import EmployerContactRow, list_contacts, quick_log
from ipsdesk.core.services.records import NotFound
from ipsdesk.core.services.validation import E_TOO_LONG, ValidationError, validate
from ipsdesk.core.storage import models as m

# Columns narrower than a TEXT field's 200 characters.
_MAX_LENGTHS = {"municipality": 100, "sector": 100, "role": 100, "phone": 50}
E_EMAIL = QT_TRANSLATE_NOOP("Employers", "Not a valid e-mail address.")
E_IN_USE = QT_TRANSLATE_NOOP(
    "Employers", "Contacts or jobs are recorded with this employer; it cannot be removed."
)

# Legal-form words ignored when comparing names ("Kajaanin Kirjapaino Oy" ~ "kajaanin kirjapaino").
LEGAL_FORMS = frozenset(
    {"oy", "oyj", "ab", "abp", "ky", "kb", "ay", "tmi", "osk", "ry", "rf", "ltd", "as", "oy ab"}
)
SIMILARITY_THRESHOLD = 0.75


@dataclass(frozen=True)
class ContactPersonRow:
    id: int
    employer_id: int
    name: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class EmployerRow:
    """A line of the register: the employer with its contact count and latest contact."""

    id: int
    name: str
    business_id: str
    municipality: str
    sector: str
    contact_count: int
    last_contact: date | None


@dataclass(frozen=True)
class EmployerDetail:
    id: int
    name: str
    business_id: str
    municipality: str
    sector: str
    hiring_needs: str
    notes: str
    persons: tuple[ContactPersonRow, ...]


@dataclass(frozen=True)
class SimilarEmployer:
    id: int
    name: str
    municipality: str
    score: float  # 0..1, 1 = the same name once legal forms and punctuation are ignored


@dataclass(frozen=True)
class PlacedJob:
    job_id: int
    client_id: int
    client_code: str
    client_name: str
    title: str
    start_on: date
    end_on: date | None


@dataclass(frozen=True)
class EmployerHistory:
    employer: EmployerDetail
    contacts: tuple[EmployerContactRow, ...]  # newest first
    jobs: tuple[PlacedJob, ...]  # newest start first

    @property
    def clients_placed(self) -> tuple[tuple[int, str, str], ...]:
        """Distinct ``(client_id, code, name)`` of everyone who had a job here."""
        seen: dict[int, tuple[int, str, str]] = {}
        for j in self.jobs:
            seen.setdefault(j.client_id, (j.client_id, j.client_code, j.client_name))
        return tuple(seen.values())


# -- validation --------------------------------------------------------------------------
def _validate(spec: RecordSpec, values: dict[str, Any]) -> dict[str, Any]:
    errors: dict[str, tuple[Msg, tuple[str, ...]]] = {}
    try:
        clean = validate(spec, values, date.today())
    except ValidationError as exc:  # go on, so that every field's problem is shown at once
        errors.update(exc.errors)
        clean = {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}
    for name, limit in _MAX_LENGTHS.items():
        if name in clean and name not in errors and len(clean[name] or "") > limit:
            errors[name] = (E_TOO_LONG, (str(limit),))
    if clean.get("business_id") and "business_id" not in errors:
        clean["business_id"] = ytunnus.normalise(clean["business_id"])
        problem = ytunnus.problem(clean["business_id"])
        if problem is not None:
            errors["business_id"] = (problem, ())
    email = clean.get("email")
    if email and "email" not in errors and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        errors["email"] = (E_EMAIL, ())
    if errors:
        raise ValidationError(errors)
    return clean


E_SAME_BUSINESS_ID = QT_TRANSLATE_NOOP(
    "Validation",
    "%1 in the register already has this Y-tunnus; a Y-tunnus identifies one employer.",
)


def _check_business_id_free(
    session: Session, business_id: str | None, employer_id: int | None = None
) -> None:
    """A Y-tunnus identifies one employer: refuse it when another employer has it."""
    if not business_id:
        return
    query = select(m.Employer.id, m.Employer.name).where(m.Employer.business_id == business_id)
    if employer_id is not None:
        query = query.where(m.Employer.id != employer_id)
    other = session.exec(query).first()  # type: ignore[call-overload]
    if other is not None:
        raise ValidationError({"business_id": (E_SAME_BUSINESS_ID, (other[1],))})


def _employer_or_raise(session: Session, employer_id: int) -> m.Employer:
    employer = session.get(m.Employer, employer_id)
    if employer is None:
        raise NotFound(f"employer {employer_id}")
    return employer


# -- employers ---------------------------------------------------------------------------
def _add_employer(session: Session, values: dict[str, Any]) -> int:
    """Validate and add an employer to the unit of work (the caller commits)."""
    clean = _validate(EMPLOYER, values)
    _check_business_id_free(session, clean.get("business_id"))
    employer = m.Employer(**clean)
    session.add(employer)
    session.flush()
    assert employer.id is not None
    return employer.id


def create_employer(session: Session, values: dict[str, Any]) -> int:
    """Add an employer (call :func:`similar_employers` first to offer existing ones)."""
    employer_id = _add_employer(session, values)
    session.commit()
    return employer_id


def quick_log_new_employer(
    session: Session,
    name: str,
    mode: ContactMode | str,
    client_id: int | None = None,
    *,
    on: date | None = None,
    today: date | None = None,
) -> tuple[int, int]:
    """The quick log for an employer not yet in the register (the user confirmed it):
    the employer and the contact are validated and saved in one transaction, so a contact
    that is refused (a date in the future…) leaves no new employer behind.
    Returns (employer id, contact id)."""
    employer_id = _add_employer(session, {"name": name})
    return employer_id, quick_log(session, employer_id, mode, client_id, on=on, today=today)


def _update(session: Session, row: Any, spec: RecordSpec, values: dict[str, Any]) -> None:
    """Validate the row's current values overlaid with ``values`` (partial), then save."""
    merged = {f.name: getattr(row, f.name) for f in spec.fields} | values
    for name, value in _validate(spec, merged).items():
        setattr(row, name, value)
    session.add(row)
    session.commit()


def update_employer(session: Session, employer_id: int, values: dict[str, Any]) -> None:
    """Change an employer; ``values`` may be partial."""
    employer = _employer_or_raise(session, employer_id)
    merged = {f.name: getattr(employer, f.name) for f in EMPLOYER.fields} | values
    _check_business_id_free(session, _validate(EMPLOYER, merged).get("business_id"), employer_id)
    _update(session, employer, EMPLOYER, values)


def delete_employer(session: Session, employer_id: int) -> None:
    """Remove an employer added by mistake; refused while contacts or jobs refer to it."""
    employer = _employer_or_raise(session, employer_id)
    for model in (m.EmployerContact, m.Job):
        used = session.exec(
            select(model.id).where(model.employer_id == employer_id).limit(1)  # type: ignore[attr-defined]
        ).first()
        if used is not None:
            raise ValidationError({"employer": (E_IN_USE, ())})
    session.delete(employer)
    session.commit()


def get_employer(session: Session, employer_id: int) -> EmployerDetail:
    e = _employer_or_raise(session, employer_id)
    assert e.id is not None
    return EmployerDetail(
        e.id,
        e.name,
        e.business_id,
        e.municipality,
        e.sector,
        e.hiring_needs,
        e.notes,
        tuple(list_contact_persons(session, e.id)),
    )


def list_employers(session: Session, search: str = "") -> list[EmployerRow]:
    """The register sorted by name; ``search`` matches name, municipality, sector or ID."""
    counts = (
        select(
            m.EmployerContact.employer_id.label("eid"),  # type: ignore[attr-defined]
            func.count().label("n"),
            func.max(m.EmployerContact.on).label("last"),
        )
        .group_by(col(m.EmployerContact.employer_id))
        .subquery()
    )
    q = (
        select(  # type: ignore[call-overload]
            m.Employer.id,
            m.Employer.name,
            m.Employer.business_id,
            m.Employer.municipality,
            m.Employer.sector,
            counts.c.n,
            counts.c.last,
        )
        .outerjoin(counts, counts.c.eid == m.Employer.id)
        .order_by(func.lower(m.Employer.name), col(m.Employer.id))
    )
    needle = search.strip().casefold()
    rows = []
    for r in session.exec(q):
        if needle and not any(needle in (v or "").casefold() for v in r[1:5]):
            continue
        rows.append(EmployerRow(r[0], r[1], r[2], r[3], r[4], r[5] or 0, r[6]))
    return rows


def normalise_name(name: str) -> str:
    """Lower case, accents of foreign letters kept, punctuation and legal forms dropped."""
    text = unicodedata.normalize("NFC", name).casefold()
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(t for t in text.split() if t not in LEGAL_FORMS)


def _score(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    ta, tb = set(a.split()), set(b.split())
    overlap = len(ta & tb) / min(len(ta), len(tb))
    prefix = 0.9 if len(a) >= 4 and (b.startswith(a) or a.startswith(b)) else 0.0
    return max(ratio, 0.85 * overlap, prefix)


def similar_employers(
    session: Session, name: str, *, limit: int = 5, exclude_id: int | None = None
) -> list[SimilarEmployer]:
    """Existing employers whose name resembles ``name``, best first (duplicate protection).

    Names are compared without case, punctuation and legal forms (Oy, Ab, Ky, Oyj, Tmi…)
    by character similarity, shared words and prefix; ``score`` is 0..1.
    """
    wanted = normalise_name(name)
    if not wanted:
        return []
    found = []
    for eid, ename, town in session.exec(
        select(m.Employer.id, m.Employer.name, m.Employer.municipality)
    ):
        if eid == exclude_id:
            continue
        score = _score(wanted, normalise_name(ename))
        if score >= SIMILARITY_THRESHOLD:
            found.append(SimilarEmployer(eid, ename, town, round(score, 3)))  # type: ignore[arg-type]
    found.sort(key=lambda s: (-s.score, s.name.casefold(), s.id))
    return found[:limit]


def complete_employers(session: Session, text: str, *, limit: int = 10) -> list[tuple[int, str]]:
    """Completion for the quick log: ``(id, name)`` whose name starts with or contains
    ``text`` (ignoring case), names starting with it first."""
    needle = text.strip().casefold()
    if not needle:
        return []
    starts, contains = [], []
    for eid, ename in session.exec(
        select(m.Employer.id, m.Employer.name).order_by(func.lower(m.Employer.name))
    ):
        folded = ename.casefold()
        if folded.startswith(needle):
            starts.append((eid, ename))
        elif needle in folded:
            contains.append((eid, ename))
    return (starts + contains)[:limit]  # type: ignore[return-value]


# -- contact persons ---------------------------------------------------------------------
def list_contact_persons(session: Session, employer_id: int) -> list[ContactPersonRow]:
    p = m.EmployerContactPerson
    return [
        ContactPersonRow(r.id, r.employer_id, r.name, r.role, r.phone, r.email)  # type: ignore[arg-type]
        for r in session.exec(
            select(p).where(p.employer_id == employer_id).order_by(col(p.name), col(p.id))
        )
    ]


def add_contact_person(session: Session, employer_id: int, values: dict[str, Any]) -> int:
    _employer_or_raise(session, employer_id)
    person = m.EmployerContactPerson(employer_id=employer_id, **_validate(CONTACT_PERSON, values))
    session.add(person)
    session.commit()
    assert person.id is not None
    return person.id


def _person_or_raise(session: Session, person_id: int) -> m.EmployerContactPerson:
    person = session.get(m.EmployerContactPerson, person_id)
    if person is None:
        raise NotFound(f"contact person {person_id}")
    return person


def update_contact_person(session: Session, person_id: int, values: dict[str, Any]) -> None:
    _update(session, _person_or_raise(session, person_id), CONTACT_PERSON, values)


def delete_contact_person(session: Session, person_id: int) -> None:
    """Remove a contact person; contacts made with them keep the employer (SET NULL)."""
    session.delete(_person_or_raise(session, person_id))
    session.commit()


# -- history -----------------------------------------------------------------------------
def employer_history(session: Session, employer_id: int, *, log: bool = True) -> EmployerHistory:
    """Every contact with the employer and every job placed there.

    Shows clients, so a log row is written for each client who appears in it.
    """
    employer = get_employer(session, employer_id)
    contacts = tuple(list_contacts(session, employer_id=employer_id))
    j = m.Job
    jobs = tuple(
        PlacedJob(r[0], r[1], r[2], r[3], r[4], r[5], r[6])
        for r in session.exec(
            select(  # type: ignore[call-overload]
                j.id, j.client_id, m.Client.code, m.Client.full_name, j.title, j.start_on, j.end_on
            )
            .join(m.Client, m.Client.id == j.client_id)  # type: ignore[arg-type]
            .where(j.employer_id == employer_id)
            .order_by(col(j.start_on).desc(), col(j.id).desc())
        )
    )
    if log:
        codes = {code for c in contacts for code in c.client_codes} | {x.client_code for x in jobs}
        for code in sorted(codes):
            log_access(session, code, Action.VIEW, detail="employer history")
        session.commit()
    return EmployerHistory(employer, contacts, jobs)
