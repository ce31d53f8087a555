"""Action-plan review reminders: 3, 6 and 12 months from the agreement, then as agreed.

The next review of a client's plan is the first scheduled date (counted from the
cooperation agreement) not yet covered by a saved version, or the date agreed in the
latest version, whichever comes first. A version saved up to two weeks before a
scheduled date counts for it. :func:`review_due_dates` feeds the due list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func
from sqlmodel import Session, col, select

from ipsdesk.core.domain import rules
from ipsdesk.core.domain.enums import ClientStatus
from ipsdesk.core.services.records import client_or_raise
from ipsdesk.core.storage import models as m

# The rule itself lives in core/domain/rules.py (shared with the due list).
REVIEW_EARLY_DAYS = rules.REVIEW_EARLY_DAYS
scheduled_review = rules.scheduled_review
review_due_from = rules.review_due_from


@dataclass(frozen=True)
class ReviewDue:
    client_id: int
    due_on: date
    scheduled_months: int | None  # 3, 6 or 12 from the model's schedule; None: as agreed
    overdue: bool


LatestRow = tuple[int, date | None, date, date | None]


def _latest_rows(session: Session, client_ids: list[int] | None = None) -> list[LatestRow]:
    """(client id, agreement date, latest plan's date, its agreed next review) per client."""
    latest = (
        select(
            col(m.ActionPlanVersion.client_id).label("cid"),
            func.max(m.ActionPlanVersion.version).label("v"),
        )
        .group_by(col(m.ActionPlanVersion.client_id))
        .subquery()
    )
    query = (
        select(
            col(m.Client.id),
            col(m.Client.agreement_date),
            col(m.ActionPlanVersion.made_on),
            col(m.ActionPlanVersion.next_review_on),
        )
        .join(latest, latest.c.cid == m.Client.id)
        .join(
            m.ActionPlanVersion,
            and_(
                col(m.ActionPlanVersion.client_id) == latest.c.cid,
                col(m.ActionPlanVersion.version) == latest.c.v,
            ),
        )
        .where(m.Client.status == ClientStatus.ACTIVE.value)
    )
    if client_ids is not None:
        query = query.where(col(m.Client.id).in_(client_ids))
    return [tuple(row) for row in session.exec(query).all()]  # type: ignore[misc]


def next_review_due(session: Session, client_id: int, today: date) -> ReviewDue | None:
    """When the client's plan is next due for review (None: no plan, or service ended)."""
    client_or_raise(session, client_id)
    for cid, agreement, made_on, agreed in _latest_rows(session, [client_id]):
        due = review_due_from(agreement, made_on, agreed)
        if due is not None:
            return ReviewDue(cid, due[0], due[1], due[0] < today)
    return None


def review_due_dates(session: Session) -> dict[int, date]:
    """Next plan review of every active client who has a plan (for the due list)."""
    out: dict[int, date] = {}
    for cid, agreement, made_on, agreed in _latest_rows(session):
        due = review_due_from(agreement, made_on, agreed)
        if due is not None:
            out[cid] = due[0]
    return out
