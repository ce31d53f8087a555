"""The team as the Team dialog shows it: this store's role, the members and their files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from ipsdesk.core.team import membership
from ipsdesk.core.team.tables import TeamMember

NO_FILE = "no_file"
CURRENT = "current"
NEEDS_INVITATION = "needs_invitation"
REMOVED = "removed"


@dataclass(frozen=True)
class MemberStatus:
    member_id: str
    name: str
    state: str  # CURRENT, NEEDS_INVITATION (after re-keying) or REMOVED
    exported_at: datetime | None  # of the member's imported file
    imported_at: datetime | None
    clients: int  # caseload in that file


@dataclass(frozen=True)
class TeamStatus:
    team: membership.TeamInfo | None
    members: tuple[MemberStatus, ...] = ()
    register_employers: int = 0


def team_status(session: Session) -> TeamStatus:
    from sqlalchemy import func

    from ipsdesk.core.team.tables import TeamRegisterEmployer

    info = membership.info(session)
    if info is None:
        return TeamStatus(None)
    register = session.exec(select(func.count()).select_from(TeamRegisterEmployer)).one()
    if info.role != membership.LEADER:
        return TeamStatus(info, (), int(register))
    files = {m.member_id: m for m in session.exec(select(TeamMember))}
    rows = []
    for r in membership.roster(session):
        f = files.get(r.member_id)
        state = REMOVED if r.removed else (
            NEEDS_INVITATION if r.generation < info.generation else CURRENT
        )  # fmt: skip
        rows.append(
            MemberStatus(
                r.member_id,
                r.name,
                state,
                f.exported_at if f else None,
                f.imported_at if f else None,
                f.caseload if f else 0,
            )
        )
    return TeamStatus(info, tuple(rows), int(register))
