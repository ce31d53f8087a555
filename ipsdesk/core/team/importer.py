"""Importing members' team files into the team tables (the team leader's store).

Every file is read and checked completely (:func:`teamfile.open_team_file`) before
anything is written; a refused file gets its own message and changes nothing. A
member's import replaces all of that member's rows in one transaction, with one
team-level access-log row; the same file again (same checksum) changes nothing, and
a file older than the one already imported is refused. The leader's own caseload is
written into the same tables by :func:`refresh_own`, without a file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert
from sqlmodel import Session, col

from ipsdesk.core.dates import format_date
from ipsdesk.core.services.audit import Action, log_access
from ipsdesk.core.storage.types import utcnow
from ipsdesk.core.team import envelope
from ipsdesk.core.team import errors as E
from ipsdesk.core.team.dataset import Dataset
from ipsdesk.core.team.errors import TeamError
from ipsdesk.core.team.extract import extract
from ipsdesk.core.team.membership import require_leader
from ipsdesk.core.team.tables import (
    IMPORTED_TABLES,
    TeamClient,
    TeamEmployer,
    TeamEmployerContact,
    TeamEmployerContactClient,
    TeamEvent,
    TeamJob,
    TeamMember,
    TeamStep,
)

IMPORTED = "imported"
UNCHANGED = "unchanged"
REFUSED = "refused"


@dataclass(frozen=True)
class FileResult:
    path: Path
    status: str  # IMPORTED, UNCHANGED or REFUSED
    member: str = ""
    clients: int = 0
    error: TeamError | None = field(default=None, compare=False)


def _rows(ds: Dataset, member_id: str) -> dict[Any, list[dict[str, Any]]]:
    return {
        TeamClient: [
            {
                "member_id": member_id,
                "code": c.code,
                "severe_mental_illness": c.severe_mental_illness,
                "referral_date": c.referral_date,
                "agreement_date": c.agreement_date,
                "in_work_at_referral": c.in_work_at_referral,
                "phase": c.phase,
                "ended_on": c.ended_on,
                "end_reason": c.end_reason,
            }
            for c in ds.clients
        ],
        TeamEvent: [
            {
                "member_id": member_id,
                "client_code": e.client,
                "kind": e.kind,
                "on": e.on,
                "from_phase": e.from_phase,
                "to_phase": e.to_phase,
                "with_whom": e.with_whom,
                "place": e.place,
                "job_ref": e.job_ref,
            }
            for e in ds.events
        ],
        TeamJob: [
            {
                "member_id": member_id,
                "client_code": j.client,
                "job_ref": j.job_ref,
                "employer_ref": j.employer_ref,
                "start_on": j.start_on,
                "end_on": j.end_on,
                "open_market": j.open_market,
                "wage_subsidy": j.wage_subsidy,
                "hours_band": j.hours_band,
                "job_type": j.job_type,
            }
            for j in ds.jobs
        ],
        TeamStep: [
            {
                "member_id": member_id,
                "client_code": s.client,
                "kind": s.kind,
                "start_on": s.start_on,
                "end_on": s.end_on,
            }
            for s in ds.steps
        ],
        TeamEmployer: [
            {
                "member_id": member_id,
                "employer_ref": e.ref,
                "name": e.name,
                "business_id": e.business_id,
                "municipality": e.municipality,
                "sector": e.sector,
            }
            for e in ds.employers
        ],
        TeamEmployerContact: [
            {
                "member_id": member_id,
                "contact_ref": c.ref,
                "on": c.on,
                "mode": c.mode,
                "purpose": c.purpose,
                "employer_ref": c.employer_ref,
            }
            for c in ds.employer_contacts
        ],
        TeamEmployerContactClient: [
            {"member_id": member_id, "contact_ref": c.ref, "client_code": code}
            for c in ds.employer_contacts
            for code in c.clients
        ],
    }


def replace_member(
    session: Session,
    ds: Dataset,
    *,
    checksum: str,
    generation: int,
    own_store: bool = False,
    now: datetime | None = None,
) -> None:
    """Replace one member's rows by the dataset's (the caller commits)."""
    member_id = ds.specialist.member_id
    conn = session.connection()
    for table in IMPORTED_TABLES:
        conn.execute(delete(table).where(table.__table__.c.member_id == member_id))  # type: ignore[union-attr]
    conn.execute(delete(TeamMember).where(col(TeamMember.member_id) == member_id))
    session.expire_all()
    conn.execute(
        insert(TeamMember).values(
            member_id=member_id,
            name=ds.specialist.name,
            team_id=ds.specialist.team_id,
            caseload=ds.specialist.caseload,
            fte_percent=ds.specialist.fte_percent,
            exported_at=ds.specialist.exported_at,
            imported_at=now or utcnow(),
            checksum=checksum,
            generation=generation,
            own_store=own_store,
        )
    )
    for table, rows in _rows(ds, member_id).items():
        if rows:
            conn.execute(insert(table), rows)


def import_files(session: Session, paths: Iterable[Path]) -> list[FileResult]:
    """Import several files: each checked fully first; the good ones are written in one
    transaction (a newer file of the same member wins), the refused ones change nothing."""
    from ipsdesk.core.team.teamfile import open_team_file

    require_leader(session)
    results: list[FileResult] = []
    chosen: dict[str, tuple[Path, Any]] = {}
    for path in paths:
        try:
            opened = open_team_file(session, envelope.read_file(path))
            sp = opened.dataset.specialist
            current = session.get(TeamMember, sp.member_id)
            if current is not None and current.checksum == opened.checksum:
                results.append(FileResult(path, UNCHANGED, sp.name, len(opened.dataset.clients)))
                continue
            if current is not None and current.exported_at > sp.exported_at:
                raise TeamError(E.OLDER_FILE, current.name, format_date(current.exported_at.date()))
            previous = chosen.get(sp.member_id)
            if previous is not None and previous[1].checksum == opened.checksum:
                results.append(FileResult(path, UNCHANGED, sp.name, len(opened.dataset.clients)))
                continue
            if previous is not None:
                older, newer = sorted(
                    (previous, (path, opened)), key=lambda p: p[1].dataset.specialist.exported_at
                )
                chosen[sp.member_id] = newer
                results.append(
                    FileResult(
                        older[0],
                        REFUSED,
                        sp.name,
                        error=TeamError(
                            E.OLDER_FILE,
                            sp.name,
                            format_date(newer[1].dataset.specialist.exported_at.date()),
                        ),
                    )
                )
                continue
            chosen[sp.member_id] = (path, opened)
        except TeamError as exc:
            results.append(FileResult(path, REFUSED, error=exc))
    if chosen:
        now = utcnow()
        for path, opened in chosen.values():
            replace_member(
                session,
                opened.dataset,
                checksum=opened.checksum,
                generation=opened.generation,
                now=now,
            )
            results.append(
                FileResult(
                    path, IMPORTED, opened.dataset.specialist.name, len(opened.dataset.clients)
                )
            )
        log_access(session, "", Action.IMPORT, detail="team files")
        session.commit()
    else:
        session.rollback()
    return results


def refresh_own(session: Session, *, now: datetime | None = None) -> int:
    """Write the leader's own caseload into the team tables (no file); return its clients."""
    leader = require_leader(session)
    now = now or utcnow()
    ds = extract(session, leader, now)
    if not ds.clients and not ds.employer_contacts:
        return 0
    replace_member(session, ds, checksum="", generation=leader.generation, own_store=True, now=now)
    session.commit()
    return len(ds.clients)


def import_and_refresh(session: Session, paths: Iterable[Path]) -> list[FileResult]:
    """Import the files, then bring the leader's own caseload up to date (the app's one
    background job for an import)."""
    results = import_files(session, paths)
    refresh_own(session)
    return results
