"""Creating a team, inviting members, joining with an invitation, re-keying.

The team leader's store makes the team (team id, the leader's key pair, the team key,
key generation 1). Each invitation is a file for one member: their member id and name,
the team, the leader's public key, a key pair made for the member, the team key and
the generation, encrypted with a one-time invitation code (argon2id) that the leader
reads out or hands over separately. Re-keying after a member left starts a new
generation with a new team key: files of the old generation, or of a removed member,
are refused on import, and old members cannot read new team employer files. The
remaining members join again with a new invitation (same member id).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from ipsdesk.core.domain.rules import MAX_NAME_LENGTH
from ipsdesk.core.services.audit import Action, current_actor, log_access
from ipsdesk.core.storage.types import utcnow
from ipsdesk.core.team import crypto, envelope
from ipsdesk.core.team import errors as E
from ipsdesk.core.team.errors import TeamError
from ipsdesk.core.team.tables import TeamIdentity, TeamRoster

LEADER = "leader"
MEMBER = "member"


@dataclass(frozen=True)
class TeamInfo:
    role: str
    team_id: str
    team_name: str
    generation: int
    member_id: str
    member_name: str
    joined_at: datetime
    last_export_at: datetime | None


@dataclass(frozen=True)
class RosterRow:
    member_id: str
    name: str
    generation: int
    removed: bool
    invited_at: datetime


@dataclass(frozen=True)
class Invitation:
    member_id: str
    name: str
    code: str  # to be read out / handed over separately; shown once
    data: bytes  # the invitation file's bytes


def identity(session: Session) -> TeamIdentity | None:
    return session.get(TeamIdentity, 1)


def require_identity(session: Session) -> TeamIdentity:
    ident = identity(session)
    if ident is None:
        raise TeamError(E.NOT_IN_TEAM)
    return ident


def require_leader(session: Session) -> TeamIdentity:
    ident = require_identity(session)
    if ident.role != LEADER:
        raise TeamError(E.NOT_LEADER)
    return ident


def info(session: Session) -> TeamInfo | None:
    ident = identity(session)
    if ident is None:
        return None
    return TeamInfo(
        ident.role,
        ident.team_id,
        ident.team_name,
        ident.generation,
        ident.member_id,
        ident.member_name,
        ident.joined_at,
        ident.last_export_at,
    )


def roster(session: Session) -> list[RosterRow]:
    return [
        RosterRow(r.member_id, r.name, r.generation, r.removed, r.invited_at)
        for r in session.exec(select(TeamRoster).order_by(col(TeamRoster.name)))
    ]


def _name(text: str) -> str:
    """A team's or a member's name as typed: refused when empty or longer than the store
    keeps (never cut short)."""
    name = text.strip()
    if not name:
        raise TeamError(E.EMPTY_NAME)
    if len(name) > MAX_NAME_LENGTH:
        raise TeamError(E.NAME_TOO_LONG, MAX_NAME_LENGTH)
    return name


def create_team(session: Session, team_name: str, *, leader_name: str = "") -> TeamInfo:
    """Make this store the leader of a new team (one transaction, logged)."""
    team_name = _name(team_name)
    existing = identity(session)
    if existing is not None:
        raise TeamError(E.TEAM_EXISTS, existing.team_name)
    secret, public = crypto.new_keypair()
    session.add(
        TeamIdentity(
            role=LEADER,
            team_id=crypto.new_id(),
            team_name=team_name,
            generation=1,
            member_id=crypto.new_id(),
            member_name=_name(leader_name) if leader_name.strip() else current_actor(session),
            secret_key=secret,
            public_key=public,
            leader_public_key=public,
            leader_secret_key=secret,
            team_key=crypto.new_secret_key(),
            ref_secret=crypto.new_secret_key(),
            joined_at=utcnow(),
        )
    )
    log_access(session, "", Action.CREATE, detail="team")
    session.commit()
    result = info(session)
    assert result is not None
    return result


def invite(session: Session, name: str, *, member_id: str | None = None) -> Invitation:
    """An invitation for a new member (or a new one for ``member_id`` after re-keying)."""
    leader = require_leader(session)
    name = _name(name) if name.strip() else ""  # a re-invitation may keep the name
    row = session.get(TeamRoster, member_id) if member_id else None
    if member_id and row is None:
        raise TeamError(E.NO_SUCH_MEMBER, member_id)
    if row is not None:
        name = name or row.name
    if not name:
        raise TeamError(E.EMPTY_NAME)
    secret, public = crypto.new_keypair()
    now = utcnow()
    if row is None:
        row = TeamRoster(
            member_id=crypto.new_id(),
            name=name,
            public_key=public,
            generation=leader.generation,
            invited_at=now,
        )
    else:
        row.name, row.public_key, row.generation = name, public, leader.generation
        row.removed, row.invited_at = False, now
    session.add(row)
    content = {
        "team_id": leader.team_id,
        "team_name": leader.team_name,
        "generation": leader.generation,
        "member_id": row.member_id,
        "member_name": name,
        "leader_public_key": leader.public_key,
        "member_secret_key": secret,
        "member_public_key": public,
        "team_key": leader.team_key,
    }
    code = crypto.new_invitation_code()
    payload = crypto.code_encrypt(envelope.seal_body(content), code)
    data = envelope.dump(
        envelope.KIND_INVITATION, leader.team_id, row.member_id, leader.generation, payload
    )
    log_access(session, "", Action.EXPORT, detail="team invitation")
    session.commit()
    return Invitation(row.member_id, name, code, data)


def join(session: Session, data: bytes, code: str) -> TeamInfo:
    """Join the team of an invitation (or take a newer invitation of the same team)."""
    cover = envelope.load(data, envelope.KIND_INVITATION)
    try:
        plain = crypto.code_decrypt(cover.payload, code)
    except crypto.Altered as exc:
        raise TeamError(E.WRONG_CODE) from exc
    body, _ = envelope.open_body(plain)
    try:
        fields = {
            k: body[k]
            for k in (
                "team_id",
                "team_name",
                "generation",
                "member_id",
                "member_name",
                "leader_public_key",
                "member_secret_key",
                "member_public_key",
                "team_key",
            )
        }
    except KeyError as exc:
        raise TeamError(E.BAD_FIELD, str(exc)) from exc
    if (fields["team_id"], fields["member_id"], fields["generation"]) != (
        cover.team_id,
        cover.member_id,
        cover.generation,
    ):
        raise TeamError(E.HEADER_MISMATCH)
    existing = identity(session)
    if existing is not None:
        if existing.role == LEADER:
            raise TeamError(E.LEADER_CANNOT_JOIN, existing.team_name)
        if existing.team_id != fields["team_id"]:
            raise TeamError(E.ALREADY_IN_TEAM, existing.team_name)
        if int(fields["generation"]) < existing.generation:
            raise TeamError(E.OLD_GENERATION, fields["generation"], existing.generation)
    ident = existing or TeamIdentity(
        role=MEMBER,
        team_id="",
        team_name="",
        member_id="",
        member_name="",
        secret_key="",
        public_key="",
        leader_public_key="",
        team_key="",
        ref_secret=crypto.new_secret_key(),
        joined_at=utcnow(),
    )
    ident.team_id = str(fields["team_id"])
    ident.team_name = str(fields["team_name"])[:200]
    ident.generation = int(fields["generation"])
    ident.member_id = str(fields["member_id"])
    ident.member_name = str(fields["member_name"])[:200]
    ident.leader_public_key = str(fields["leader_public_key"])
    ident.secret_key = str(fields["member_secret_key"])
    ident.public_key = str(fields["member_public_key"])
    ident.team_key = str(fields["team_key"])
    session.add(ident)
    log_access(session, "", Action.IMPORT, detail="team invitation")
    session.commit()
    result = info(session)
    assert result is not None
    return result


def rekey(session: Session, remove: list[str]) -> int:
    """Start a new key generation, removing ``remove`` (member ids); return it.

    The remaining members need a new invitation (:func:`invite` with their id).
    """
    leader = require_leader(session)
    for member_id in remove:
        row = session.get(TeamRoster, member_id)
        if row is None:
            raise TeamError(E.NO_SUCH_MEMBER, member_id)
        row.removed = True
        session.add(row)
    leader.generation += 1
    leader.team_key = crypto.new_secret_key()
    session.add(leader)
    log_access(session, "", Action.CHANGE, detail="team keys")
    session.commit()
    return leader.generation


def invitation_summary(data: bytes) -> dict[str, object]:
    """The cover of an invitation (for a check before asking for the code)."""
    cover = envelope.load(data, envelope.KIND_INVITATION)
    return {"team_id": cover.team_id, "generation": cover.generation}


__all__ = [
    "Invitation",
    "RosterRow",
    "TeamInfo",
    "create_team",
    "identity",
    "info",
    "invite",
    "join",
    "rekey",
    "roster",
]
