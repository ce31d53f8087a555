"""What is due this week: gathers the facts for the rules of ``core/domain/due.py``.

Three queries, whatever the size of the store:

1. every active client with, from correlated subqueries that each seek one index entry,
   their latest contact, their latest action-plan version, and (only for those whose
   30-day deadline is near and who are not yet in work) their first face-to-face
   employer contact;
2. their current and recently ended jobs;
3. open follow-ups promised to employers (plus one look-up of those employers' names).

Returns plain :class:`DueItem` rows, most urgent first. Contacts that count as "contact
with the client" (follow-along, no contact for long) are the client's contact-log
entries (``ClientContact``) dated on or before today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from ipsdesk.core import settings
from ipsdesk.core.domain import due as rules
from ipsdesk.core.domain.due import DueItem, DueKind, Target
from ipsdesk.core.domain.enums import ClientStatus, ContactMode, Phase
from ipsdesk.core.storage import models as m

__all__ = ["DueItem", "DueKind", "Target", "due_by_client", "due_list"]


@dataclass(frozen=True, slots=True)
class _ClientFacts:
    id: int
    code: str
    name: str
    agreement: date | None
    phase: Phase
    phase_since: date
    last_contact: date | None
    plan_made_on: date | None
    plan_next_review: date | None
    first_face_to_face: date | None  # None also when not looked up (deadline not near)


def _client_facts(session: Session, today: date, first_contact_near: date) -> list[_ClientFacts]:
    c, cc, link, ec = m.Client, m.ClientContact, m.EmployerContactClient, m.EmployerContact
    plan = aliased(m.ActionPlanVersion)
    last = (
        select(func.max(cc.on))
        .where(cc.client_id == c.id, col(cc.on) <= today)
        .correlate(c)
        .scalar_subquery()
    )

    def latest_plan(column: Any) -> Any:
        return (
            select(column)
            .where(plan.client_id == c.id)
            .order_by(col(plan.version).desc())
            .limit(1)
            .correlate(c)
            .scalar_subquery()
        )

    first_f2f = (
        select(func.min(ec.on))
        .select_from(link)
        .join(ec, ec.id == link.contact_id)  # type: ignore[arg-type]
        .where(link.client_id == c.id, ec.mode == ContactMode.FACE_TO_FACE.value)
        .correlate(c)
        .scalar_subquery()
    )
    # CASE is evaluated lazily by SQLite: the subquery runs only where it matters.
    needs_first = and_(
        col(c.phase) < int(Phase.IN_WORK), col(c.agreement_date) <= first_contact_near
    )
    q = select(  # type: ignore[call-overload]
        c.id,
        c.code,
        c.full_name,
        c.agreement_date,
        c.phase,
        c.phase_since,
        last,
        latest_plan(plan.made_on),
        latest_plan(plan.next_review_on),
        case((needs_first, first_f2f), else_=None),
    ).where(c.status == ClientStatus.ACTIVE.value)
    return [
        _ClientFacts(r[0], r[1], r[2], r[3], Phase(r[4]), r[5], r[6], r[7], r[8], r[9])
        for r in session.exec(q)
    ]


def _jobs(session: Session, today: date, horizon_days: int) -> list[Any]:
    j = m.Job
    oldest_end = today - timedelta(days=rules.JOB_END_LOOKBACK_DAYS)
    return list(
        session.exec(
            select(j.id, j.client_id, j.title, j.start_on, j.end_on)  # type: ignore[call-overload]
            .join(m.Client, m.Client.id == j.client_id)
            .where(
                m.Client.status == ClientStatus.ACTIVE.value,
                col(j.start_on) <= today + timedelta(days=horizon_days),
                or_(col(j.end_on).is_(None), col(j.end_on) >= oldest_end),
            )
        )
    )


def _follow_ups(session: Session, until: date) -> list[tuple[int, int, str, date, bool]]:
    """Open follow-ups promised to employers, with the employers' names.

    Two plain queries rather than a join: with a join SQLite may walk every employer and
    look up its contacts through the employer index, several times slower than one scan.
    """
    c = m.EmployerContact
    rows = list(
        session.exec(
            select(c.id, c.employer_id, c.follow_up_on, c.follow_up_done).where(  # type: ignore[call-overload, type-var]
                col(c.follow_up_on).is_not(None),
                col(c.follow_up_on) <= until,
                col(c.follow_up_done).is_(False),
            )
        )
    )
    ids = sorted({r[1] for r in rows})
    names: dict[int, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        names.update(
            session.exec(
                select(m.Employer.id, m.Employer.name).where(col(m.Employer.id).in_(chunk))  # type: ignore[call-overload]
            ).all()  # type: ignore[arg-type]
        )
    return [(cid, eid, names.get(eid, ""), on, done) for cid, eid, on, done in rows]  # type: ignore[misc]


def due_list(
    session: Session,
    *,
    today: date | None = None,
    horizon_days: int = rules.DUE_HORIZON_DAYS,
) -> list[DueItem]:
    """Everything due within ``horizon_days`` or overdue, most urgent first."""
    today = today or date.today()
    limit = settings.get(session, settings.FIRST_CONTACT_DAYS)
    silence = settings.get(session, settings.NO_CONTACT_DAYS)
    facts = {
        f.id: f for f in _client_facts(session, today, today + timedelta(days=horizon_days - limit))
    }
    items: list[DueItem] = []

    def add(
        due: rules.Due | None,
        f: _ClientFacts,
        section: str,
        related: int | None = None,
        detail: str = "",
    ) -> None:
        if due is not None:
            target = Target(rules.PLACE_CLIENT, f.id, section, related)
            items.append(
                DueItem(
                    due.kind,
                    due.due_on,
                    due.overdue,
                    target,
                    f.id,
                    f.code,
                    f.name,
                    None,
                    "",
                    detail,
                )
            )

    for f in facts.values():
        add(
            rules.first_contact_due(
                f.agreement,
                f.first_face_to_face,
                f.phase,
                today,
                limit_days=limit,
                horizon_days=horizon_days,
            ),
            f,
            rules.SECTION_JOB_SEARCH,
        )
        add(
            rules.plan_review_due(
                f.agreement, f.plan_made_on, f.plan_next_review, today, horizon_days=horizon_days
            ),
            f,
            rules.SECTION_ACTION_PLAN,
        )
        add(
            rules.no_contact_due(f.last_contact, f.agreement or f.phase_since, today, days=silence),
            f,
            rules.SECTION_CONTACT_LOG,
        )
    for job_id, cid, title, start, end in _jobs(session, today, horizon_days):
        f = facts[cid]
        add(
            rules.follow_along_due(start, end, f.last_contact, today, horizon_days=horizon_days),
            f,
            rules.SECTION_CONTACT_LOG,
            job_id,
            title,
        )
    for contact_id, eid, ename, on, done in _follow_ups(
        session, today + timedelta(days=horizon_days)
    ):
        due = rules.employer_follow_up_due(on, done, today, horizon_days=horizon_days)
        if due is not None:
            target = Target(rules.PLACE_EMPLOYER, eid, rules.SECTION_EMPLOYER_CONTACTS, contact_id)
            items.append(
                DueItem(
                    due.kind, due.due_on, due.overdue, target, employer_id=eid, employer_name=ename
                )
            )
    items.sort(key=rules.sort_key)
    return items


def due_by_client(items: list[DueItem]) -> dict[int, list[DueItem]]:
    """The due list grouped per client (for the caseload's "due" column), urgency kept."""
    out: dict[int, list[DueItem]] = {}
    for item in items:
        if item.client_id is not None:
            out.setdefault(item.client_id, []).append(item)
    return out
