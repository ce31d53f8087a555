"""What is due this week: gathers the facts for the rules of ``core/domain/due.py``.

A fixed handful of aggregate queries, whatever the size of the store: active clients;
their latest contact; first face-to-face employer contacts of those who still need one;
current and recently ended jobs; the latest action-plan version; open employer
follow-ups. Returns plain :class:`DueItem` rows, most urgent first.

Contacts that count as "contact with the client" (follow-along, no contact for long)
are the client's contact-log entries (``ClientContact``) dated on or before today.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, select

from ipsdesk.core import settings
from ipsdesk.core.domain import due as rules
from ipsdesk.core.domain.due import DueItem, DueKind, Target
from ipsdesk.core.domain.enums import ClientStatus, Phase
from ipsdesk.core.services.clients import first_face_to_face
from ipsdesk.core.storage import models as m

__all__ = ["DueItem", "DueKind", "Target", "due_list"]


def _active(session: Session) -> list[tuple[int, str, str, date | None, int, date]]:
    c = m.Client
    return list(
        session.exec(
            select(c.id, c.code, c.full_name, c.agreement_date, c.phase, c.phase_since).where(
                c.status == ClientStatus.ACTIVE.value
            )
        )
    )  # type: ignore[arg-type]


def _last_contacts(session: Session, today: date) -> dict[int, date]:
    cc = m.ClientContact
    return dict(
        session.exec(
            select(cc.client_id, func.max(cc.on))
            .join(m.Client, m.Client.id == cc.client_id)  # type: ignore[arg-type]
            .where(m.Client.status == ClientStatus.ACTIVE.value, cc.on <= today)
            .group_by(cc.client_id)
        ).all()
    )


def _jobs(session: Session, today: date) -> list[tuple[int, int, str, date, date | None]]:
    j = m.Job
    oldest_end = today - timedelta(days=rules.JOB_END_LOOKBACK_DAYS)
    return list(
        session.exec(
            select(j.id, j.client_id, j.title, j.start_on, j.end_on)
            .join(m.Client, m.Client.id == j.client_id)  # type: ignore[arg-type]
            .where(
                m.Client.status == ClientStatus.ACTIVE.value,
                j.start_on <= today + timedelta(days=rules.DUE_HORIZON_DAYS),
                or_(col(j.end_on).is_(None), col(j.end_on) >= oldest_end),
            )
        )
    )  # type: ignore[arg-type]


def _latest_plans(session: Session) -> dict[int, tuple[date, date | None]]:
    p = m.ActionPlanVersion
    newest = (
        select(p.client_id, func.max(p.version).label("v"))
        .join(m.Client, m.Client.id == p.client_id)  # type: ignore[arg-type]
        .where(m.Client.status == ClientStatus.ACTIVE.value)
        .group_by(p.client_id)
        .subquery()
    )
    rows = session.exec(
        select(p.client_id, p.made_on, p.next_review_on).join(
            newest, and_(newest.c.client_id == p.client_id, newest.c.v == p.version)
        )
    )
    return {cid: (made, review) for cid, made, review in rows}


def _follow_ups(session: Session, until: date) -> list[tuple[int, int, str, date, bool]]:
    c = m.EmployerContact
    return list(
        session.exec(
            select(c.id, c.employer_id, m.Employer.name, c.follow_up_on, c.follow_up_done)
            .join(m.Employer, m.Employer.id == c.employer_id)  # type: ignore[arg-type]
            .where(
                col(c.follow_up_on).is_not(None),
                c.follow_up_on <= until,
                col(c.follow_up_done).is_(False),
            )
        )
    )  # type: ignore[arg-type]


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
    clients = {row[0]: row for row in _active(session)}
    last = _last_contacts(session, today)
    # Only clients whose first-contact deadline is near need the (larger) aggregate.
    near = today + timedelta(days=horizon_days - limit)
    need_first = [
        cid
        for cid, (_, _, _, agreed, phase, _) in clients.items()
        if agreed is not None and agreed <= near and phase < Phase.IN_WORK
    ]
    first = first_face_to_face(session, need_first) if need_first else {}
    plans = _latest_plans(session)
    items: list[DueItem] = []

    def add(due: rules.Due | None, cid: int, target: Target, detail: str = "") -> None:
        if due is not None:
            _, code, name, *_ = clients[cid]
            items.append(
                DueItem(due.kind, due.due_on, due.overdue, target, cid, code, name, detail=detail)
            )

    for cid, (_, _, _, agreed, phase, since) in clients.items():
        add(
            rules.first_contact_due(
                agreed,
                first.get(cid),
                Phase(phase),
                today,
                limit_days=limit,
                horizon_days=horizon_days,
            ),
            cid,
            Target(rules.PLACE_CLIENT, cid, rules.SECTION_JOB_SEARCH),
        )
        made, review = plans.get(cid, (None, None))
        add(
            rules.plan_review_due(agreed, made, review, today, horizon_days=horizon_days),
            cid,
            Target(rules.PLACE_CLIENT, cid, rules.SECTION_ACTION_PLAN),
        )
        add(
            rules.no_contact_due(last.get(cid), agreed or since, today, days=silence),
            cid,
            Target(rules.PLACE_CLIENT, cid, rules.SECTION_CONTACT_LOG),
        )
    for job_id, cid, title, start, end in _jobs(session, today):
        add(
            rules.follow_along_due(start, end, last.get(cid), today, horizon_days=horizon_days),
            cid,
            Target(rules.PLACE_CLIENT, cid, rules.SECTION_CONTACT_LOG, job_id),
            title,
        )
    for contact_id, eid, ename, on, done in _follow_ups(
        session, today + timedelta(days=horizon_days)
    ):
        due = rules.employer_follow_up_due(on, done, today, horizon_days=horizon_days)
        if due is not None:
            items.append(
                DueItem(
                    due.kind,
                    due.due_on,
                    due.overdue,
                    Target(rules.PLACE_EMPLOYER, eid, rules.SECTION_EMPLOYER_CONTACTS, contact_id),
                    employer_id=eid,
                    employer_name=ename,
                )
            )
    items.sort(key=rules.sort_key)
    return items
