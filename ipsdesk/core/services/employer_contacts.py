"""Employer contacts (*työnantajakontaktit*): add, correct, remove, list, and the quick log.

A contact has a date, an employer (and contact person), a mode, a purpose, the clients
it was made for (none: a general contact), an outcome and a next step with an optional
follow-up date. Every change to a contact made for clients writes an access-log row for
each of those clients in the same transaction; a general contact touches no client's
data and needs none.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from ipsdesk.core import settings
from ipsdesk.core.domain import rules
from ipsdesk.core.domain.enums import (
    ContactMode,
    ContactPurpose,
)
from ipsdesk.core.domain.records import EMPLOYER_CONTACT
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP
from ipsdesk.core.services.audit import Action, log_access
from ipsdesk.core.services.clients import first_face_to_face
from ipsdesk.core.services.records import NotFound, client_or_raise
from ipsdesk.core.services.validation import ValidationError, validate
from ipsdesk.core.storage import models as m

E_NO_EMPLOYER = QT_TRANSLATE_NOOP("Employers", "Choose an employer from the register.")
E_PERSON = QT_TRANSLATE_NOOP("Employers", "This contact person is not with the chosen employer.")
E_NO_CLIENT = QT_TRANSLATE_NOOP("Employers", "A chosen client does not exist.")

EDITABLE = tuple(f.name for f in EMPLOYER_CONTACT.fields) + ("contact_person_id",)


@dataclass(frozen=True)
class EmployerContactRow:
    """One employer contact, detached from the session."""

    id: int
    on: date
    employer_id: int
    employer_name: str
    contact_person_id: int | None
    contact_person_name: str
    mode: ContactMode
    purpose: ContactPurpose
    outcome: str
    next_step: str
    follow_up_on: date | None
    follow_up_done: bool
    client_ids: tuple[int, ...]
    client_codes: tuple[str, ...]


@dataclass(frozen=True)
class ClientEmployerContacts:
    """Per client: the employer contacts made for them and the 30-day first-contact rule."""

    client_id: int
    contacts: tuple[EmployerContactRow, ...]
    first_contact: rules.FirstContactStatus

    @property
    def first_face_to_face(self) -> date | None:
        return self.first_contact.first_face_to_face

    @property
    def days_to_first(self) -> int | None:
        return self.first_contact.days_to_first


def _clean(
    session: Session, values: dict[str, Any], client_ids: Sequence[int], today: date
) -> tuple[dict[str, Any], list[m.Client]]:
    clean = validate(EMPLOYER_CONTACT, values, today)
    employer = None
    with contextlib.suppress(TypeError, ValueError):
        employer = session.get(m.Employer, int(clean["employer_id"]))
    if employer is None:
        raise ValidationError({"employer_id": (E_NO_EMPLOYER, ())})
    clean["employer_id"] = employer.id
    person_id = values.get("contact_person_id")
    if person_id not in (None, ""):
        person = session.get(m.EmployerContactPerson, int(person_id))
        if person is None or person.employer_id != employer.id:
            raise ValidationError({"contact_person_id": (E_PERSON, ())})
        clean["contact_person_id"] = person.id
    else:
        clean["contact_person_id"] = None
    clean.setdefault("follow_up_done", False)
    wanted = sorted(set(client_ids))
    clients = list(session.exec(select(m.Client).where(col(m.Client.id).in_(wanted))))
    if len(clients) != len(wanted):
        raise ValidationError({"clients": (E_NO_CLIENT, ())})
    return clean, clients


def _linked_clients(session: Session, contact_id: int) -> list[m.Client]:
    return list(
        session.exec(
            select(m.Client)
            .join(m.EmployerContactClient, m.EmployerContactClient.client_id == m.Client.id)  # type: ignore[arg-type]
            .where(m.EmployerContactClient.contact_id == contact_id)
        )
    )


def _log(session: Session, clients: Iterable[m.Client], action: Action) -> None:
    for code in sorted({c.code for c in clients}):
        log_access(session, code, action, detail="employer contact")


def add_contact(
    session: Session,
    values: dict[str, Any],
    client_ids: Sequence[int] = (),
    *,
    today: date | None = None,
) -> int:
    """Validate and save a new employer contact; return its id."""
    clean, clients = _clean(session, values, client_ids, today or date.today())
    contact = m.EmployerContact(**clean)
    session.add(contact)
    session.flush()
    assert contact.id is not None
    for c in clients:
        assert c.id is not None
        session.add(m.EmployerContactClient(contact_id=contact.id, client_id=c.id))
    _log(session, clients, Action.CREATE)
    session.commit()
    return contact.id


def _contact_or_raise(session: Session, contact_id: int) -> m.EmployerContact:
    contact = session.get(m.EmployerContact, contact_id)
    if contact is None:
        raise NotFound(f"employer contact {contact_id}")
    return contact


def update_contact(
    session: Session,
    contact_id: int,
    values: dict[str, Any],
    client_ids: Sequence[int] | None = None,
    *,
    today: date | None = None,
) -> None:
    """Correct a contact: ``values`` may be partial; ``client_ids`` None keeps the clients.

    Logged for every client linked before or after the change.
    """
    contact = _contact_or_raise(session, contact_id)
    before = _linked_clients(session, contact_id)
    merged = {name: getattr(contact, name) for name in EDITABLE} | values
    if "contact_person_id" not in values and merged["employer_id"] != contact.employer_id:
        merged["contact_person_id"] = None  # the person belonged to the former employer
    if client_ids is None:
        client_ids = [c.id for c in before if c.id is not None]
    clean, clients = _clean(session, merged, client_ids, today or date.today())
    for name, value in clean.items():
        setattr(contact, name, value)
    session.add(contact)
    old = {c.id for c in before}
    new = {c.id for c in clients}
    for link in session.exec(
        select(m.EmployerContactClient).where(m.EmployerContactClient.contact_id == contact_id)
    ):
        if link.client_id not in new:
            session.delete(link)
    for cid in sorted(x for x in new - old if x is not None):
        session.add(m.EmployerContactClient(contact_id=contact_id, client_id=cid))
    _log(session, [*before, *clients], Action.CHANGE)
    session.commit()


def set_follow_up_done(session: Session, contact_id: int, done: bool = True) -> None:
    """Mark the follow-up promised to the employer as done (or not done again)."""
    contact = _contact_or_raise(session, contact_id)
    contact.follow_up_done = done
    session.add(contact)
    _log(session, _linked_clients(session, contact_id), Action.CHANGE)
    session.commit()


def delete_contact(session: Session, contact_id: int) -> None:
    """Remove a contact recorded by mistake; logged for each client it was made for."""
    contact = _contact_or_raise(session, contact_id)
    clients = _linked_clients(session, contact_id)
    session.delete(contact)
    _log(session, clients, Action.DELETE)
    session.commit()


def quick_log(
    session: Session,
    employer_id: int,
    mode: ContactMode | str,
    client_id: int | None = None,
    *,
    on: date | None = None,
    purpose: ContactPurpose | str | None = None,
    today: date | None = None,
) -> int:
    """The one-shortcut quick log: an existing employer, a mode, optionally a client.

    The purpose defaults to presenting a job seeker when a client is given, else to
    getting to know the employer's needs. A new employer is created first with
    :func:`ipsdesk.core.services.employers.create_employer` once the user confirms it.
    """
    today = today or date.today()
    if purpose is None:
        purpose = ContactPurpose.PRESENT_JOBSEEKER if client_id else ContactPurpose.NEEDS
    values = {
        "on": on or today,
        "employer_id": employer_id,
        "mode": str(mode),
        "purpose": str(purpose),
    }
    return add_contact(session, values, [client_id] if client_id else [], today=today)


def list_contacts(
    session: Session,
    *,
    employer_id: int | None = None,
    client_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[EmployerContactRow]:
    """Contacts, newest first, filtered by employer, client and/or date range (inclusive)."""
    c = m.EmployerContact
    q = (
        select(  # type: ignore[call-overload]
            c.id,
            c.on,
            c.employer_id,
            m.Employer.name,
            c.contact_person_id,
            m.EmployerContactPerson.name,
            c.mode,
            c.purpose,
            c.outcome,
            c.next_step,
            c.follow_up_on,
            c.follow_up_done,
        )
        .join(m.Employer, m.Employer.id == c.employer_id)  # type: ignore[arg-type]
        .outerjoin(
            m.EmployerContactPerson,
            m.EmployerContactPerson.id == c.contact_person_id,  # type: ignore[arg-type]
        )
        .order_by(col(c.on).desc(), col(c.id).desc())
    )
    if employer_id is not None:
        q = q.where(c.employer_id == employer_id)
    if client_id is not None:
        q = q.join(
            m.EmployerContactClient,
            m.EmployerContactClient.contact_id == c.id,  # type: ignore[arg-type]
        ).where(m.EmployerContactClient.client_id == client_id)
    if start is not None:
        q = q.where(c.on >= start)
    if end is not None:
        q = q.where(c.on <= end)
    rows = list(session.exec(q))
    links = _links(session, [r[0] for r in rows])
    return [
        EmployerContactRow(
            id=r[0],
            on=r[1],
            employer_id=r[2],
            employer_name=r[3],
            contact_person_id=r[4],
            contact_person_name=r[5] or "",
            mode=ContactMode(r[6]),
            purpose=ContactPurpose(r[7]),
            outcome=r[8],
            next_step=r[9],
            follow_up_on=r[10],
            follow_up_done=bool(r[11]),
            client_ids=tuple(cid for cid, _ in links.get(r[0], ())),
            client_codes=tuple(code for _, code in links.get(r[0], ())),
        )
        for r in rows
    ]


def _links(session: Session, contact_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    out: dict[int, list[tuple[int, str]]] = {}
    rows: Any
    for i in range(0, len(contact_ids), 500):
        chunk = contact_ids[i : i + 500]
        rows = session.exec(
            select(m.EmployerContactClient.contact_id, m.Client.id, m.Client.code)
            .join(m.Client, m.Client.id == m.EmployerContactClient.client_id)  # type: ignore[arg-type]
            .where(col(m.EmployerContactClient.contact_id).in_(chunk))
            .order_by(col(m.Client.code))
        )
        for contact_id, client_id, code in rows:
            out.setdefault(contact_id, []).append((client_id, code))
    return out


def client_contacts(
    session: Session, client_id: int, *, today: date | None = None, log: bool = True
) -> ClientEmployerContacts:
    """The employer contacts made for one client, and when the first face-to-face one was."""
    today = today or date.today()
    client = client_or_raise(session, client_id)
    first = first_face_to_face(session, [client_id]).get(client_id)
    limit = settings.get(session, settings.FIRST_CONTACT_DAYS)
    result = ClientEmployerContacts(
        client_id=client_id,
        contacts=tuple(list_contacts(session, client_id=client_id)),
        first_contact=rules.first_contact_status(client.agreement_date, first, today, limit),
    )
    if log:
        log_access(session, client.code, Action.VIEW, detail="employer contacts")
        session.commit()
    return result
