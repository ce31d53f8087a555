"""Add, change, delete and list a client's records of any kind declared in
``core/domain/records.py`` — one transaction and one access-log row per action."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from ipsdesk.core.domain import rules
from ipsdesk.core.domain.records import SPECS, Kind, RecordSpec
from ipsdesk.core.i18n import Msg
from ipsdesk.core.services.audit import Action, log_access
from ipsdesk.core.services.validation import E_TOO_LONG, ValidationError, validate
from ipsdesk.core.storage import models
from ipsdesk.core.storage.types import utcnow


class NotFound(Exception):
    pass


@dataclass(frozen=True)
class RecordRow:
    """A plain, detached copy of one record for lists and forms."""

    id: int
    values: dict[str, Any]


def model_of(spec: RecordSpec) -> type[SQLModel]:
    return getattr(models, spec.model)  # type: ignore[no-any-return]


def client_or_raise(session: Session, client_id: int) -> models.Client:
    client = session.get(models.Client, client_id)
    if client is None:
        raise NotFound(f"client {client_id}")
    return client


def _touch(session: Session, client: models.Client) -> None:
    client.updated_at = utcnow()
    session.add(client)


def list_records(session: Session, kind: str, client_id: int) -> list[RecordRow]:
    spec = SPECS[kind]
    model = model_of(spec)
    query = select(model).where(model.client_id == client_id)  # type: ignore[attr-defined]
    if spec.date_field:
        query = query.order_by(col(getattr(model, spec.date_field)).desc(), col(model.id).desc())  # type: ignore[attr-defined]
    else:
        query = query.order_by(col(model.id))  # type: ignore[attr-defined]
    return [
        RecordRow(row.id, {f.name: getattr(row, f.name) for f in spec.fields})  # type: ignore[attr-defined]
        for row in session.exec(query)
    ]


def save_record(
    session: Session,
    kind: str,
    client_id: int,
    values: dict[str, Any],
    *,
    record_id: int | None = None,
    today: date | None = None,
) -> int:
    """Validate and save one record (new when ``record_id`` is None); return its id."""
    spec = SPECS[kind]
    values = {k: v for k, v in values.items() if any(f.name == k for f in spec.fields)}
    too_long: dict[str, tuple[Msg, tuple[str, ...]]] = {
        k: (E_TOO_LONG, (str(rules.MAX_NAME_LENGTH),))
        for k, v in values.items()
        if spec.field(k).kind is Kind.EMPLOYER and len(new_employer_name(v)) > rules.MAX_NAME_LENGTH
    }
    if too_long:  # a new employer's name is refused, never cut short
        raise ValidationError(too_long)
    values = {
        k: resolve_employer(session, v) if spec.field(k).kind is Kind.EMPLOYER else v
        for k, v in values.items()
    }
    clean = validate(spec, values, today or date.today())
    client = client_or_raise(session, client_id)
    model = model_of(spec)
    if record_id is None:
        row = model(client_id=client_id, **clean)
        action = Action.CREATE
    else:
        found = session.get(model, record_id)
        if found is None or found.client_id != client_id:  # type: ignore[attr-defined]
            raise NotFound(f"{kind} {record_id}")
        row = found
        hours_before = getattr(row, "hours_per_week", None)
        for name, value in clean.items():
            setattr(row, name, value)
        action = Action.CHANGE
        if isinstance(row, models.Job):
            _note_hours_change(session, row, hours_before, today or date.today())
    session.add(row)
    _touch(session, client)
    log_access(session, client.code, action, detail=kind)
    session.commit()
    return row.id  # type: ignore[attr-defined, no-any-return]


def _note_hours_change(
    session: Session, job: models.Job, before: float | None, today: date
) -> None:
    """Record a change of a running job's working hours (fidelity item 12), in the
    caller's transaction. The day is the day of the edit (the form has no date of its
    own). Left out: hours filled in or cleared (one side unknown: not a change of a
    known figure), and edits before the job's start or after its end (a correction of
    the planned or past job, not a change while working)."""
    after = job.hours_per_week
    if before is None or after is None or float(before) == float(after):
        return
    if job.start_on > today or (job.end_on is not None and job.end_on < today):
        return
    assert job.id is not None
    session.add(
        models.JobHoursChange(
            job_id=job.id, on=today, hours_before=float(before), hours_after=float(after)
        )
    )


def delete_record(session: Session, kind: str, client_id: int, record_id: int) -> None:
    spec = SPECS[kind]
    model = model_of(spec)
    row = session.get(model, record_id)
    client = client_or_raise(session, client_id)
    if row is None or row.client_id != client_id:  # type: ignore[attr-defined]
        raise NotFound(f"{kind} {record_id}")
    session.delete(row)
    _touch(session, client)
    log_access(session, client.code, Action.DELETE, detail=kind)
    session.commit()


@dataclass(frozen=True)
class ClientRecords:
    """Every record list of one client, and the employer names they refer to."""

    rows: dict[str, list[RecordRow]]  # by record kind (SPECS key)
    employer_names: dict[int, str]


def client_records(session: Session, client_id: int) -> ClientRecords:
    """All of a client's record lists in one read (the workspace opening a client)."""
    client_or_raise(session, client_id)
    return ClientRecords(
        {kind: list_records(session, kind, client_id) for kind in SPECS},
        dict(employer_choices(session)),
    )


def employer_choices(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every employer, by name, for employer pickers."""
    rows = session.exec(
        select(models.Employer.id, models.Employer.name).order_by(models.Employer.name)
    )
    return [(eid, name) for eid, name in rows if eid is not None]


def new_employer_name(value: Any) -> str:
    """The name in an employer picker's ``("new", name)`` value; "" for anything else."""
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "new":
        return " ".join(str(value[1]).split())
    return ""


def resolve_employer(session: Session, value: Any) -> Any:
    """An employer picker's value: an id, ``None``, or ``("new", name)`` to add one.

    A new employer is flushed (not committed) so it is saved with the record it is
    chosen for, in the same transaction.
    """
    name = new_employer_name(value)
    if name:
        existing = session.exec(
            select(models.Employer.id).where(models.Employer.name == name)
        ).first()
        if existing is not None:
            return existing
        employer = models.Employer(name=name)
        session.add(employer)
        session.flush()
        return employer.id
    return value
