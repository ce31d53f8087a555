"""The team's shared employer register (tiimin yhteinen työnantajarekisteri).

On the team leader's side :func:`merge` joins the employers and employer contacts of
every member in the team tables: employers with the same Y-tunnus are one; an employer
without a Y-tunnus joins the one whose normalised name (case, punctuation and legal
forms ignored: :func:`ipsdesk.core.services.employers.normalise_name`) is the same,
else stands alone. :func:`export_register` writes the team employer file (names,
Y-tunnus, municipality, sector and who contacted when and how: no client data),
encrypted with the team key of the current generation. Members import it
(:func:`import_register`); :func:`team_history` then tells, for an employer of the
member's own register, who in the team contacted it last, and whether a colleague did
so within the last :data:`RECENT_DAYS` days.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from ipsdesk.core.domain import ytunnus
from ipsdesk.core.services.audit import Action, log_access
from ipsdesk.core.services.employers import normalise_name
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.fsutil import atomic_write_bytes
from ipsdesk.core.storage.types import utcnow
from ipsdesk.core.team import crypto, envelope
from ipsdesk.core.team import errors as E
from ipsdesk.core.team.errors import TeamError
from ipsdesk.core.team.membership import identity, require_identity, require_leader
from ipsdesk.core.team.tables import (
    TeamEmployer,
    TeamEmployerContact,
    TeamMember,
    TeamRegisterContact,
    TeamRegisterEmployer,
)

RECENT_DAYS = 14


@dataclass(frozen=True)
class RegisterContact:
    member_id: str
    member_name: str
    on: date
    mode: str


@dataclass
class RegisterEmployer:
    match_key: str
    name: str
    business_id: str = ""
    municipality: str = ""
    sector: str = ""
    contacts: list[RegisterContact] = field(default_factory=list)


def match_key(name: str, business_id: str) -> str:
    bid = ytunnus.normalise(business_id) if business_id else ""
    if bid and ytunnus.is_valid(bid):
        return "y:" + bid
    return "n:" + normalise_name(name)


def merge(session: Session) -> list[RegisterEmployer]:
    """The merged register from the team tables (leader), by name."""
    require_leader(session)
    names = dict(session.exec(select(TeamMember.member_id, TeamMember.name)).all())
    groups: dict[str, RegisterEmployer] = {}
    by_name: dict[str, str] = {}  # normalised name -> group key (Y-tunnus groups first)
    where: dict[tuple[str, str], str] = {}  # (member, employer_ref) -> group key
    employers = session.exec(select(TeamEmployer).order_by(col(TeamEmployer.id))).all()
    with_id = [e for e in employers if match_key(e.name, e.business_id).startswith("y:")]
    without = [e for e in employers if not match_key(e.name, e.business_id).startswith("y:")]
    for e in with_id + without:
        key = match_key(e.name, e.business_id)
        norm = normalise_name(e.name)
        if key.startswith("n:") and norm in by_name:
            key = by_name[norm]
        group = groups.get(key)
        if group is None:
            group = groups[key] = RegisterEmployer(key, e.name)
        by_name.setdefault(norm, key)
        if key.startswith("y:") and not group.business_id:
            group.business_id = key[2:]
        group.municipality = group.municipality or e.municipality
        group.sector = group.sector or e.sector
        where[(e.member_id, e.employer_ref)] = key
    for c in session.exec(select(TeamEmployerContact).order_by(col(TeamEmployerContact.on))):
        group_key = where.get((c.member_id, c.employer_ref))
        if group_key is not None:
            groups[group_key].contacts.append(
                RegisterContact(c.member_id, names.get(c.member_id, "?"), c.on, c.mode)
            )
    return sorted(groups.values(), key=lambda g: normalise_name(g.name))


def _to_body(register: list[RegisterEmployer], team_id: str, now: datetime) -> dict[str, Any]:
    return {
        "team_id": team_id,
        "made_at": now.isoformat(timespec="seconds"),
        "employers": [
            {
                "match_key": g.match_key,
                "name": g.name,
                "business_id": g.business_id,
                "municipality": g.municipality,
                "sector": g.sector,
                "contacts": [
                    {
                        "member_id": c.member_id,
                        "member_name": c.member_name,
                        "on": c.on.isoformat(),
                        "mode": c.mode,
                    }
                    for c in g.contacts
                ],
            }
            for g in register
        ],
    }


def _store(session: Session, register: list[RegisterEmployer]) -> None:
    conn = session.connection()
    conn.execute(delete(TeamRegisterContact))
    conn.execute(delete(TeamRegisterEmployer))
    for g in register:
        row = TeamRegisterEmployer(
            match_key=g.match_key[:220],
            name=g.name,
            business_id=g.business_id,
            municipality=g.municipality,
            sector=g.sector,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        for c in g.contacts:
            session.add(
                TeamRegisterContact(
                    employer_id=row.id,
                    member_id=c.member_id,
                    member_name=c.member_name,
                    on=c.on,
                    mode=c.mode,
                )
            )


def export_register(session: Session, out: Path, *, now: datetime | None = None) -> int:
    """Write the team employer file (leader); the leader's own view is updated too."""
    leader = require_leader(session)
    now = now or utcnow()
    register = merge(session)
    plain = envelope.seal_body(_to_body(register, leader.team_id, now))
    data = envelope.dump(
        envelope.KIND_EMPLOYERS,
        leader.team_id,
        leader.member_id,
        leader.generation,
        crypto.secret_encrypt(plain, leader.team_key),
    )
    atomic_write_bytes(out, data)
    _store(session, register)
    leader.register_exported_at = now
    session.add(leader)
    log_access(session, "", Action.EXPORT, detail="team employer file")
    session.commit()
    return len(register)


def _parse(body: dict[str, Any]) -> list[RegisterEmployer]:
    out: list[RegisterEmployer] = []
    items = body.get("employers")
    if not isinstance(items, list):
        raise TeamError(E.BAD_FIELD, "employers")
    for d in items:
        try:
            group = RegisterEmployer(
                str(d["match_key"])[:220],
                str(d["name"])[:200],
                str(d["business_id"])[:9],
                str(d["municipality"])[:100],
                str(d["sector"])[:100],
            )
            for c in d["contacts"]:
                on = date.fromisoformat(str(c["on"]))
                if on > date.today() + timedelta(days=1):
                    raise TeamError(E.FUTURE_DATE, "employers.contacts.on", c["on"])
                group.contacts.append(
                    RegisterContact(
                        str(c["member_id"])[:32],
                        str(c["member_name"])[:200],
                        on,
                        str(c["mode"])[:20],
                    )
                )
        except (KeyError, TypeError, ValueError) as exc:
            raise TeamError(E.BAD_FIELD, "employers") from exc
        out.append(group)
    return out


def import_register(session: Session, data: bytes) -> int:
    """Replace this member's copy of the team register by the file's; return employers."""
    ident = require_identity(session)
    cover = envelope.load(data, envelope.KIND_EMPLOYERS)
    if cover.team_id != ident.team_id:
        raise TeamError(E.OTHER_TEAM, cover.team_id)
    if cover.generation > ident.generation:
        raise TeamError(E.NEWER_GENERATION, cover.generation, ident.generation)
    if cover.generation < ident.generation:
        raise TeamError(E.OLD_GENERATION, cover.generation, ident.generation)
    try:
        plain = crypto.secret_decrypt(cover.payload, ident.team_key)
    except crypto.Altered as exc:
        raise TeamError(E.ALTERED) from exc
    body, _ = envelope.open_body(plain)
    if body.get("team_id") != ident.team_id:
        raise TeamError(E.HEADER_MISMATCH)
    register = _parse(body)
    _store(session, register)
    log_access(session, "", Action.IMPORT, detail="team employer file")
    session.commit()
    return len(register)


@dataclass(frozen=True)
class TeamHistory:
    """The team's history of one employer, as shown in the register and the quick log."""

    contacts: int
    last: RegisterContact | None  # the latest contact by anyone in the team
    colleague_recent: RegisterContact | None  # a colleague's contact in the last 14 days


def team_history(
    session: Session, employer_id: int, *, today: date | None = None
) -> TeamHistory | None:
    """``None`` when the store has no team register or the employer is not in it."""
    employer = session.get(m.Employer, employer_id)
    ident = identity(session)
    if employer is None or ident is None:
        return None
    key = match_key(employer.name, employer.business_id)
    row = session.exec(
        select(TeamRegisterEmployer).where(TeamRegisterEmployer.match_key == key)
    ).first()
    if row is None:  # the same name typed another way, or a Y-tunnus on one side only
        norm = normalise_name(employer.name)
        row = next(
            (
                r
                for r in session.exec(select(TeamRegisterEmployer))
                if normalise_name(r.name) == norm or r.match_key == "n:" + norm
            ),
            None,
        )
    if row is None:
        return None
    contacts = [
        RegisterContact(c.member_id, c.member_name, c.on, c.mode)
        for c in session.exec(
            select(TeamRegisterContact)
            .where(TeamRegisterContact.employer_id == row.id)
            .order_by(col(TeamRegisterContact.on).desc(), col(TeamRegisterContact.id).desc())
        )
    ]
    today = today or date.today()
    recent = next(
        (
            c
            for c in contacts
            if c.member_id != ident.member_id and (today - c.on).days <= RECENT_DAYS
        ),
        None,
    )
    return TeamHistory(len(contacts), contacts[0] if contacts else None, recent)
