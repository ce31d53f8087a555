"""Writing a team file (specialist → team leader) and opening one on the leader's side.

:func:`export_team_file` extracts the store (:mod:`.extract`), seals it with the
checksum and format version (:mod:`.envelope`), encrypts it to the team leader
(:mod:`.crypto`), writes it atomically, and logs the export (a team-level row, no
client code) in the same transaction that keeps new pseudonyms.
:func:`open_team_file` does every check before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from ipsdesk.core.services.audit import Action, log_access
from ipsdesk.core.storage.fsutil import atomic_write_bytes
from ipsdesk.core.storage.types import utcnow
from ipsdesk.core.team import crypto, envelope
from ipsdesk.core.team import errors as E
from ipsdesk.core.team.dataset import Dataset, from_body, to_body
from ipsdesk.core.team.errors import TeamError
from ipsdesk.core.team.extract import extract
from ipsdesk.core.team.membership import LEADER, require_identity, require_leader
from ipsdesk.core.team.tables import TeamIdentity, TeamRoster


@dataclass(frozen=True)
class ExportResult:
    path: Path
    exported_at: datetime
    clients: int
    bytes: int


def encode(ds: Dataset, identity: TeamIdentity) -> bytes:
    """The team file's bytes for a dataset (also used by bench/gen_team.py)."""
    plain = envelope.seal_body(to_body(ds))
    payload = crypto.box_encrypt(plain, identity.secret_key, identity.leader_public_key)
    return envelope.dump(
        envelope.KIND_TEAM_FILE,
        identity.team_id,
        identity.member_id,
        identity.generation,
        payload,
    )


def export_team_file(session: Session, out: Path, *, now: datetime | None = None) -> ExportResult:
    ident = require_identity(session)
    if ident.role == LEADER:
        raise TeamError(E.NOT_MEMBER)
    now = now or utcnow()
    ds = extract(session, ident, now)
    data = encode(ds, ident)
    atomic_write_bytes(out, data)
    ident.last_export_at = now
    session.add(ident)
    log_access(session, "", Action.EXPORT, detail="team file")
    session.commit()
    return ExportResult(out, now, len(ds.clients), len(data))


@dataclass(frozen=True)
class Opened:
    dataset: Dataset
    checksum: str
    generation: int


def open_team_file(session: Session, data: bytes) -> Opened:
    """Check and decrypt a member's team file; raises :class:`TeamError` with the reason."""
    leader = require_leader(session)
    cover = envelope.load(data, envelope.KIND_TEAM_FILE)
    if cover.team_id != leader.team_id:
        raise TeamError(E.OTHER_TEAM, cover.team_id)
    member = session.get(TeamRoster, cover.member_id)
    if member is None:
        raise TeamError(E.UNKNOWN_MEMBER)
    if member.removed:
        raise TeamError(E.REMOVED_MEMBER)
    if cover.generation < leader.generation or member.generation < leader.generation:
        raise TeamError(E.OLD_GENERATION, cover.generation, leader.generation)
    if cover.generation > leader.generation:
        raise TeamError(E.NEWER_GENERATION, cover.generation, leader.generation)
    try:
        plain = crypto.box_decrypt(cover.payload, leader.leader_secret_key, member.public_key)
    except crypto.Altered as exc:
        raise TeamError(E.ALTERED) from exc
    body, checksum = envelope.open_body(plain)
    ds = from_body(body)
    if (ds.specialist.team_id, ds.specialist.member_id) != (cover.team_id, cover.member_id):
        raise TeamError(E.HEADER_MISMATCH)
    return Opened(ds, checksum, cover.generation)
