"""Clients and their journey through the five phases: create, read, move, end, re-open.

Services are plain functions over a session; each validates, writes in one
transaction with its access-log row, and returns plain data.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from ipsdesk.core import settings
from ipsdesk.core.dates import format_date
from ipsdesk.core.domain import rules
from ipsdesk.core.domain.enums import ClientStatus, ContactMode, EndReason, Phase
from ipsdesk.core.domain.records import BASICS, NOTES, PROFILE
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP
from ipsdesk.core.services.audit import Action, log_access
from ipsdesk.core.services.records import NotFound, client_or_raise
from ipsdesk.core.services.validation import (
    E_FUTURE,
    E_REQUIRED,
    ValidationError,
    check_length,
    validate,
)
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.types import utcnow

E_END_REASON = QT_TRANSLATE_NOOP("Validation", "Choose why the service ends.")
E_BEFORE_PHASE = QT_TRANSLATE_NOOP("Validation", "Cannot be before the previous phase change (%1).")
E_SAME_PHASE = QT_TRANSLATE_NOOP(
    "Validation", "The client is already in phase %1; choose another phase."
)

MAX_REASON_LENGTH = 500  # PhaseChange.reason

__all__ = ["NotFound"]


@dataclass(frozen=True)
class CaseloadRow:
    id: int
    code: str
    full_name: str
    phase: Phase
    phase_since: date
    days_in_phase: int
    last_contact: date | None
    agreement_date: date | None
    first_face_to_face: date | None
    due: tuple[str, ...]  # codes of the rule reminders that apply


@dataclass(frozen=True)
class PhaseStep:
    on: date
    from_phase: Phase | None
    to_phase: Phase | None
    reason: str


@dataclass(frozen=True)
class ClientDetail:
    id: int
    code: str
    status: ClientStatus
    phase: Phase
    phase_since: date
    ended_on: date | None
    end_reason: str
    basics: dict[str, Any]
    profile: dict[str, Any]
    notes: dict[str, Any]
    history: tuple[PhaseStep, ...]
    warnings: tuple[rules.Warning, ...]
    first_contact: rules.FirstContactStatus


def _next_code(session: Session) -> str:
    """The next client code, ``A-0001`` onwards. Codes are never reused: an erased
    client's code lives on in the access log, and must not point to someone new."""
    used = list(session.exec(select(m.Client.code))) + list(
        session.exec(select(m.AccessLog.client_ref).distinct())
    )
    numbers = [int(c[2:]) for c in used if c.startswith("A-") and c[2:].isdigit()]
    return f"A-{max(numbers, default=0) + 1:04d}"


def create_client(session: Session, values: dict[str, Any], *, today: date | None = None) -> int:
    """Add a client who said yes; they start in the agreement phase."""
    today = today or date.today()
    clean = validate(BASICS, {"document_language": "fi", **values}, today)
    # The journey starts on the referral or agreement day when those are known.
    started = clean.get("referral_date") or clean.get("agreement_date") or today
    client = m.Client(
        code=_next_code(session), phase=int(Phase.AGREEMENT), phase_since=started, **clean
    )
    session.add(client)
    session.flush()
    assert client.id is not None
    session.add(m.PhaseChange(client_id=client.id, from_phase=None, to_phase=1, on=started))
    session.add(m.VocationalProfile(client_id=client.id))
    log_access(session, client.code, Action.CREATE, detail="client")
    session.commit()
    return client.id


def _update_fields(
    session: Session, client_id: int, spec_key: str, values: dict[str, Any], today: date | None
) -> None:
    spec = {"client": BASICS, "client_notes": NOTES, "vocational_profile": PROFILE}[spec_key]
    clean = validate(spec, values, today or date.today())
    client = client_or_raise(session, client_id)
    target: Any = client
    if spec is PROFILE:
        target = session.get(m.VocationalProfile, client_id) or m.VocationalProfile(
            client_id=client_id
        )
    for name, value in clean.items():
        setattr(target, name, value)
    client.updated_at = utcnow()
    session.add(target)
    session.add(client)
    log_access(session, client.code, Action.CHANGE, detail=spec_key)
    session.commit()


def update_basics(
    session: Session, client_id: int, values: dict[str, Any], *, today: date | None = None
) -> None:
    _update_fields(session, client_id, "client", values, today)


def update_notes(
    session: Session, client_id: int, values: dict[str, Any], *, today: date | None = None
) -> None:
    _update_fields(session, client_id, "client_notes", values, today)


def update_profile(
    session: Session, client_id: int, values: dict[str, Any], *, today: date | None = None
) -> None:
    _update_fields(session, client_id, "vocational_profile", values, today)


def _last_change(session: Session, client_id: int) -> date | None:
    return session.exec(
        select(func.max(m.PhaseChange.on)).where(m.PhaseChange.client_id == client_id)
    ).one()


def _check_move_date(session: Session, client_id: int, on: date, today: date) -> None:
    if on > today:
        raise ValidationError({"on": (E_FUTURE, ())})
    last = _last_change(session, client_id)
    if last is not None and on < last:
        raise ValidationError({"on": (E_BEFORE_PHASE, (format_date(last),))})


def move_phase(
    session: Session,
    client_id: int,
    to_phase: Phase,
    on: date,
    reason: str = "",
    *,
    today: date | None = None,
) -> None:
    """An explicit, dated move to any phase (forward or back); kept as history."""
    today = today or date.today()
    client = client_or_raise(session, client_id)
    if int(to_phase) == client.phase:  # a move that moves nothing is no history
        raise ValidationError({"phase": (E_SAME_PHASE, (str(client.phase),))})
    _check_move_date(session, client_id, on, today)
    reason = check_length("reason", reason, MAX_REASON_LENGTH)
    session.add(
        m.PhaseChange(
            client_id=client_id,
            from_phase=client.phase,
            to_phase=int(to_phase),
            on=on,
            reason=reason.strip(),
        )
    )
    client.phase = int(to_phase)
    client.phase_since = on
    client.updated_at = utcnow()
    session.add(client)
    log_access(session, client.code, Action.CHANGE, detail=f"phase {int(to_phase)}")
    session.commit()


def end_service(
    session: Session,
    client_id: int,
    on: date,
    reason: EndReason | str,
    note: str = "",
    *,
    today: date | None = None,
) -> None:
    today = today or date.today()
    if not reason:
        raise ValidationError({"reason": (E_END_REASON, ())})
    reason = EndReason(reason)
    note = check_length("note", note, MAX_REASON_LENGTH)
    client = client_or_raise(session, client_id)
    _check_move_date(session, client_id, on, today)
    session.add(
        m.PhaseChange(
            client_id=client_id,
            from_phase=client.phase,
            to_phase=None,
            on=on,
            reason=note,
        )
    )
    client.status = ClientStatus.ENDED.value
    client.ended_on = on
    client.end_reason = reason.value
    client.updated_at = utcnow()
    session.add(client)
    log_access(session, client.code, Action.CHANGE, detail="service ended")
    session.commit()


def reopen(
    session: Session,
    client_id: int,
    on: date,
    phase: Phase,
    reason: str = "",
    *,
    today: date | None = None,
) -> None:
    today = today or date.today()
    reason = check_length("reason", reason, MAX_REASON_LENGTH)
    client = client_or_raise(session, client_id)
    _check_move_date(session, client_id, on, today)
    session.add(
        m.PhaseChange(
            client_id=client_id,
            from_phase=None,
            to_phase=int(phase),
            on=on,
            reason=reason,
        )
    )
    client.status = ClientStatus.ACTIVE.value
    client.ended_on = None
    client.end_reason = ""
    client.phase = int(phase)
    client.phase_since = on
    client.updated_at = utcnow()
    session.add(client)
    log_access(session, client.code, Action.CHANGE, detail="service re-opened")
    session.commit()


def client_exists(session: Session, client_id: int) -> bool:
    """Whether the client is (still) in the store: a view holding a client id asks after
    a restore or an erase, whose client may be gone."""
    return session.get(m.Client, client_id) is not None


def first_face_to_face(session: Session, client_ids: list[int] | None = None) -> dict[int, date]:
    """Date of each client's first face-to-face employer contact."""
    q = (
        select(m.EmployerContactClient.client_id, func.min(m.EmployerContact.on))
        .join(m.EmployerContact, m.EmployerContact.id == m.EmployerContactClient.contact_id)  # type: ignore[arg-type]
        .where(m.EmployerContact.mode == ContactMode.FACE_TO_FACE.value)
        .group_by(col(m.EmployerContactClient.client_id))
    )
    if client_ids is not None:
        q = q.where(col(m.EmployerContactClient.client_id).in_(client_ids))
    return {cid: day for cid, day in session.exec(q)}


def _dates(session: Session, model: Any, client_id: int, field: str = "on") -> tuple[date, ...]:
    column = getattr(model, field)
    return tuple(session.exec(select(column).where(model.client_id == client_id).order_by(column)))


def client_facts(session: Session, client: m.Client) -> rules.ClientFacts:
    assert client.id is not None
    search_started = session.exec(
        select(func.min(m.PhaseChange.on)).where(
            m.PhaseChange.client_id == client.id, m.PhaseChange.to_phase == int(Phase.JOB_SEARCH)
        )
    ).one()
    return rules.ClientFacts(
        agreement=client.agreement_date,
        phase=Phase(client.phase),
        job_search_started=search_started,
        disclosure_discussions=_dates(session, m.DisclosureDiscussion, client.id),
        benefits_counselling=_dates(session, m.BenefitsCounselling, client.id),
        job_starts=_dates(session, m.Job, client.id, "start_on"),
        profile_meetings=_dates(session, m.ProfileMeeting, client.id),
        first_face_to_face=first_face_to_face(session, [client.id]).get(client.id),
        jobs=tuple(
            session.exec(
                select(m.Job.start_on, m.Job.end_on)  # type: ignore[call-overload]
                .where(m.Job.client_id == client.id)
                .order_by(col(m.Job.start_on))
            )
        ),
    )


def get_client(
    session: Session, client_id: int, *, today: date | None = None, log: bool = True
) -> ClientDetail:
    """Everything the workspace shows of one client; opening it writes a log row."""
    today = today or date.today()
    client = client_or_raise(session, client_id)
    profile = session.get(m.VocationalProfile, client_id) or m.VocationalProfile(
        client_id=client_id
    )
    history = tuple(
        PhaseStep(
            h.on,
            Phase(h.from_phase) if h.from_phase else None,
            Phase(h.to_phase) if h.to_phase else None,
            h.reason,
        )
        for h in session.exec(
            select(m.PhaseChange)
            .where(m.PhaseChange.client_id == client_id)
            .order_by(col(m.PhaseChange.on), col(m.PhaseChange.id))
        )
    )
    facts = client_facts(session, client)
    limit = settings.get(session, settings.FIRST_CONTACT_DAYS)
    warnings = (
        tuple(rules.client_warnings(facts, today)) if client.status == ClientStatus.ACTIVE else ()
    )
    detail = ClientDetail(
        id=client_id,
        code=client.code,
        status=ClientStatus(client.status),
        phase=Phase(client.phase),
        phase_since=client.phase_since,
        ended_on=client.ended_on,
        end_reason=client.end_reason,
        basics={f.name: getattr(client, f.name) for f in BASICS.fields},
        profile={f.name: getattr(profile, f.name) for f in PROFILE.fields},
        notes={f.name: getattr(client, f.name) for f in NOTES.fields},
        history=history,
        warnings=warnings,
        first_contact=rules.first_contact_status(
            client.agreement_date, facts.first_face_to_face, today, limit
        ),
    )
    if log:
        log_access(session, client.code, Action.VIEW, detail="client record")
        session.commit()
    return detail


# Letters that Unicode does not decompose into a base letter and a mark (Sámi and
# Nordic letters among them): "nuolja" must find "Ŋuolja", "oisten" "Øisten".
_FOLD = str.maketrans(
    {
        "ŋ": "n", "đ": "d", "ŧ": "t", "ʒ": "z", "ǯ": "z", "ø": "o", "æ": "ae",
        "œ": "oe", "ß": "ss", "ł": "l", "ð": "d", "þ": "th", "ı": "i",
    }
)  # fmt: skip


@functools.lru_cache(maxsize=8192)  # names are folded again on every keystroke
def fold(text: str) -> str:
    """Text for matching a search: case, accents and diacritics ignored ("Äijälä" -> "aijala")."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_FOLD)


def caseload(
    session: Session, *, today: date | None = None, search: str = "", include_ended: bool = False
) -> list[CaseloadRow]:
    """The caseload table: one plain row per client, computed in a few aggregate queries."""
    today = today or date.today()
    q = select(m.Client)
    if not include_ended:
        q = q.where(m.Client.status == ClientStatus.ACTIVE.value)
    needle = fold(" ".join(search.split()))
    clients = [
        c
        for c in session.exec(q.order_by(col(m.Client.full_name)))
        if not needle or needle in fold(" ".join(c.full_name.split())) or needle in fold(c.code)
    ]
    ids = [c.id for c in clients if c.id is not None]
    last = dict(
        session.exec(
            select(m.ClientContact.client_id, func.max(m.ClientContact.on))
            .where(col(m.ClientContact.client_id).in_(ids))
            .group_by(col(m.ClientContact.client_id))
        ).all()
    )
    first = first_face_to_face(session, ids)
    limit = settings.get(session, settings.FIRST_CONTACT_DAYS)
    rows = []
    for c in clients:
        assert c.id is not None
        due: list[str] = []
        status = rules.first_contact_status(c.agreement_date, first.get(c.id), today, limit)
        if c.status == ClientStatus.ACTIVE and status.overdue and c.phase < Phase.IN_WORK:
            due.append("first_contact_overdue")
        rows.append(
            CaseloadRow(
                id=c.id,
                code=c.code,
                full_name=c.full_name,
                phase=Phase(c.phase),
                phase_since=c.phase_since,
                days_in_phase=(today - c.phase_since).days,
                last_contact=last.get(c.id),
                agreement_date=c.agreement_date,
                first_face_to_face=first.get(c.id),
                due=tuple(due),
            )
        )
    return rows


def phase_counts(rows: list[CaseloadRow]) -> dict[Phase, int]:
    counts = dict.fromkeys(Phase, 0)
    for r in rows:
        counts[r.phase] += 1
    return counts


def active_count(session: Session) -> int:
    return session.exec(
        select(func.count())
        .select_from(m.Client)
        .where(m.Client.status == ClientStatus.ACTIVE.value)
    ).one()


def caseload_warning(session: Session) -> rules.Warning | None:
    return rules.caseload_warning(
        active_count(session), settings.get(session, settings.CASELOAD_LIMIT)
    )


def find_client(session: Session, ref: str) -> int:
    """Resolve a client's code (``A-0007``) or numeric id, as shown in the app."""
    ref = ref.strip()
    row = session.exec(select(m.Client.id).where(func.upper(m.Client.code) == ref.upper())).first()
    if row is None and ref.isdigit():
        row = session.exec(select(m.Client.id).where(m.Client.id == int(ref))).first()
    if row is None:
        raise NotFound(ref)
    return row


def require(values: dict[str, Any], name: str) -> Any:
    if not values.get(name):
        raise ValidationError({name: (E_REQUIRED, ())})
    return values[name]


def specialist(session: Session) -> m.Specialist | None:
    return session.exec(select(m.Specialist).order_by(col(m.Specialist.id))).first()
