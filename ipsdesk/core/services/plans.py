"""Action plans (toimintasuunnitelma): drafts, versions, reviews and the one export path.

A plan belongs to a client and has versions; each saved review is a new version and
earlier ones stay readable. A first plan is prefilled from the vocational profile, the
consents and the benefits counselling records ("pulled in, not retyped"); later drafts
start from the latest version. Reviews fall due 3, 6 and 12 months after the agreement,
then as agreed in the plan. Every export and print goes through :func:`export_plan`,
which writes the access-log row in the same transaction as it reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from sqlalchemy import func
from sqlmodel import Session, col, select

from ipsdesk.core import settings
from ipsdesk.core.domain.enums import StepOwner, StepStatus
from ipsdesk.core.domain.plan_document import (
    TEXT_FIELDS,
    PlanDiff,
    PlanDocument,
    PlanDraft,
    PlanStep,
    PlanVersion,
    diff_versions,
)
from ipsdesk.core.domain.plan_text import (
    P_HOURS,
    P_INTERESTS,
    P_JOB_TYPES,
    P_LOCATION,
    P_SKILLS,
    benefits_line,
    consent_line,
    labelled_line,
)
from ipsdesk.core.i18n import LANGUAGES, Catalog, Msg
from ipsdesk.core.services.audit import Action, log_access
from ipsdesk.core.services.plan_reviews import (
    ReviewDue,
    next_review_due,
    review_due_dates,
    scheduled_review,
)
from ipsdesk.core.services.plan_validation import validate_draft
from ipsdesk.core.services.records import NotFound, client_or_raise
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.fsutil import atomic_write_bytes, remove_quietly
from ipsdesk.core.storage.types import utcnow

# The plan editor and the due list may import everything about plans from here.
__all__ = [
    "NoPlan",
    "PlanDiff",
    "PlanDocument",
    "PlanDraft",
    "PlanStep",
    "PlanVersion",
    "PulledIn",
    "ReviewDue",
    "VersionSummary",
    "changes_since_previous",
    "diff_versions",
    "draft_from_client",
    "export_plan",
    "get_version",
    "list_versions",
    "next_review_due",
    "plan_document",
    "pulled_in",
    "review_due_dates",
    "save_version",
    "validate_draft",
]

Purpose = Literal["export", "print"]


class NoPlan(NotFound):
    """The client has no action plan yet (or not the version asked for)."""


@dataclass(frozen=True)
class VersionSummary:
    version: int
    made_on: date
    next_review_on: date | None
    steps: int
    steps_open: int  # planned or in progress


@dataclass(frozen=True)
class PulledIn:
    """Plan content taken from the client's other records (texts in the draft's language)."""

    goal: str
    strengths: str
    preferences: str
    support: str
    sharing: str
    benefits: str


# -- drafting ------------------------------------------------------------------------------


def _lang(client: m.Client, lang: str | None) -> str:
    if lang in LANGUAGES:
        return lang  # type: ignore[return-value]
    return client.document_language if client.document_language in LANGUAGES else "fi"


def _lines(*parts: str) -> str:
    return "\n".join(p.strip() for p in parts if p and p.strip())


def pulled_in(
    session: Session,
    client_id: int,
    *,
    today: date | None = None,
    lang: str | None = None,
    ts_dir: Path | None = None,
) -> PulledIn:
    """What the plan takes from the profile, consents and benefits counselling.

    Withdrawn consents are left out. ``lang`` defaults to the client's document language;
    the GUI may call this again to refresh a draft from records changed since.
    """
    today = today or date.today()
    client = client_or_raise(session, client_id)
    cat = Catalog(_lang(client, lang), ts_dir)
    profile = session.get(m.VocationalProfile, client_id) or m.VocationalProfile(
        client_id=client_id
    )

    def labelled(msg: Msg, value: str) -> str:
        return labelled_line(cat.tr, msg, value)

    consents = session.exec(
        select(m.Consent)
        .where(m.Consent.client_id == client_id)
        .order_by(col(m.Consent.given_on), col(m.Consent.id))
    ).all()
    sharing = [
        consent_line(cat.tr, cat.lang, c.party, c.party_detail, c.what_shared, c.given_on)
        for c in consents
        if c.withdrawn_on is None or c.withdrawn_on > today
    ]
    benefits = [
        benefits_line(cat.tr, cat.lang, b.on, b.on <= today, b.by_whom, b.topics)
        for b in session.exec(
            select(m.BenefitsCounselling)
            .where(m.BenefitsCounselling.client_id == client_id)
            .order_by(col(m.BenefitsCounselling.on), col(m.BenefitsCounselling.id))
        )
    ]
    return PulledIn(
        goal=client.job_goals.strip() or profile.goals.strip(),
        strengths=_lines(profile.strengths, labelled(P_SKILLS, profile.skills)),
        preferences=_lines(
            labelled(P_JOB_TYPES, profile.preferred_job_types),
            labelled(P_HOURS, profile.preferred_hours),
            labelled(P_LOCATION, profile.preferred_location),
            labelled(P_INTERESTS, profile.interests),
        ),
        support=profile.support_needs.strip(),
        sharing="\n".join(sharing),
        benefits="\n".join(benefits),
    )


def draft_from_client(
    session: Session,
    client_id: int,
    *,
    today: date | None = None,
    lang: str | None = None,
    ts_dir: Path | None = None,
) -> PlanDraft:
    """A draft for the next version, with the next review suggested from the 3/6/12-month
    schedule.

    A first plan is filled from the profile, consents and benefits counselling. A later
    draft copies the latest version (goal, strengths, steps… as agreed then), except
    information sharing and benefits counselling, which are pulled again from the
    records: a consent withdrawn since, or counselling now done, must show in the new
    version as it is.
    """
    today = today or date.today()
    client = client_or_raise(session, client_id)
    suggested = scheduled_review(client.agreement_date, today)
    latest = _latest_number(session, client_id)
    src = pulled_in(session, client_id, today=today, lang=lang, ts_dir=ts_dir)
    if latest is not None:
        draft = get_version(session, client_id, latest, log=False).as_draft()
        draft.sharing, draft.benefits = src.sharing, src.benefits
        if suggested is not None or (draft.next_review_on and draft.next_review_on < today):
            draft.next_review_on = suggested[0] if suggested else None
        return draft
    return PlanDraft(
        goal=src.goal,
        strengths=src.strengths,
        preferences=src.preferences,
        support_agreed=src.support,
        sharing=src.sharing,
        benefits=src.benefits,
        next_review_on=suggested[0] if suggested else None,
    )


def save_version(
    session: Session, client_id: int, draft: PlanDraft, today: date | None = None
) -> int:
    """Validate and store ``draft`` as a new version (with its steps); return its number."""
    today = today or date.today()
    client = client_or_raise(session, client_id)
    previous = session.exec(
        select(col(m.ActionPlanVersion.version), col(m.ActionPlanVersion.made_on))
        .where(m.ActionPlanVersion.client_id == client_id)
        .order_by(col(m.ActionPlanVersion.version).desc())
    ).first()
    clean = validate_draft(draft, today, previous[1] if previous else None)
    number = (previous[0] if previous else 0) + 1
    assert clean.made_on is not None
    row = m.ActionPlanVersion(
        client_id=client_id,
        version=number,
        made_on=clean.made_on,
        next_review_on=clean.next_review_on,
        **{name: getattr(clean, name) for name in TEXT_FIELDS},
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    for position, step in enumerate(clean.steps, start=1):
        session.add(
            m.ActionPlanStep(
                plan_id=row.id,
                position=position,
                what=step.what,
                owner=step.owner.value,
                due_on=step.due_on,
                status=step.status.value,
            )
        )
    client.updated_at = utcnow()
    session.add(client)
    log_access(session, client.code, Action.CREATE, detail=f"action plan v{number}")
    session.commit()
    return number


# -- reading ---------------------------------------------------------------------------------


def _latest_number(session: Session, client_id: int) -> int | None:
    return session.exec(
        select(func.max(m.ActionPlanVersion.version)).where(
            m.ActionPlanVersion.client_id == client_id
        )
    ).one()


def list_versions(session: Session, client_id: int) -> list[VersionSummary]:
    """The client's plan versions, newest first."""
    client_or_raise(session, client_id)
    open_states = (StepStatus.PLANNED.value, StepStatus.IN_PROGRESS.value)
    rows = session.exec(
        select(m.ActionPlanVersion)
        .where(m.ActionPlanVersion.client_id == client_id)
        .order_by(col(m.ActionPlanVersion.version).desc())
    ).all()
    counts: dict[int, list[str]] = {}
    for plan_id, status in session.exec(
        select(m.ActionPlanStep.plan_id, m.ActionPlanStep.status).where(
            col(m.ActionPlanStep.plan_id).in_([r.id for r in rows])
        )
    ):
        counts.setdefault(plan_id, []).append(status)
    return [
        VersionSummary(
            r.version,
            r.made_on,
            r.next_review_on,
            len(counts.get(r.id or 0, [])),
            sum(s in open_states for s in counts.get(r.id or 0, [])),
        )
        for r in rows
    ]


def get_version(
    session: Session, client_id: int, version: int | None = None, *, log: bool = True
) -> PlanVersion:
    """One version (the latest when ``version`` is None); raises :class:`NoPlan`.

    Reading writes a view row to the access log unless ``log`` is False (the caller
    has already logged opening the client, or reads for its own purposes).
    """
    client = client_or_raise(session, client_id)
    query = select(m.ActionPlanVersion).where(m.ActionPlanVersion.client_id == client_id)
    if version is None:
        query = query.order_by(col(m.ActionPlanVersion.version).desc())
    else:
        query = query.where(m.ActionPlanVersion.version == version)
    row = session.exec(query).first()
    if row is None:
        raise NoPlan(client.code if version is None else f"{client.code} v{version}")
    steps = session.exec(
        select(m.ActionPlanStep)
        .where(m.ActionPlanStep.plan_id == row.id)
        .order_by(col(m.ActionPlanStep.position))
    ).all()
    plan = PlanVersion(
        client_id=client_id,
        version=row.version,
        made_on=row.made_on,
        next_review_on=row.next_review_on,
        steps=tuple(
            PlanStep(s.what, StepOwner(s.owner), s.due_on, StepStatus(s.status)) for s in steps
        ),
        **{name: getattr(row, name) for name in TEXT_FIELDS},
    )
    if log:
        log_access(session, client.code, Action.VIEW, detail=f"action plan v{row.version}")
        session.commit()
    return plan


def changes_since_previous(session: Session, client_id: int, version: int) -> PlanDiff | None:
    """What changed in ``version`` compared with the one before it (None for version 1)."""
    if version <= 1:
        return None
    old = get_version(session, client_id, version - 1, log=False)
    new = get_version(session, client_id, version, log=False)
    return diff_versions(old, new)


# -- what the plan tab shows, in one read -------------------------------------------------------


@dataclass(frozen=True)
class VersionView:
    """One version as the plan tab shows it: the version, and what changed since the one
    before it (``previous`` and ``diff`` are None for version 1)."""

    plan: PlanVersion
    previous: PlanVersion | None
    diff: PlanDiff | None


@dataclass(frozen=True)
class PlanOverview:
    """Everything the plan tab needs when it (re)loads a client, read in one session."""

    client_code: str
    document_language: str
    versions: list[VersionSummary]
    review_due: ReviewDue | None
    shown: VersionView | None  # the version asked for (default the latest), if any


def version_view(
    session: Session, client_id: int, version: int, *, log: bool = True
) -> VersionView:
    """A version with the one before it and the difference; ``log``: a view row."""
    plan = get_version(session, client_id, version, log=log)
    if version <= 1:
        return VersionView(plan, None, None)
    previous = get_version(session, client_id, version - 1, log=False)
    return VersionView(plan, previous, diff_versions(previous, plan))


def plan_overview(
    session: Session, client_id: int, today: date, *, version: int | None = None
) -> PlanOverview:
    """The plan tab's reload: versions, the review reminder, and one version's view
    (no log row: opening the client was logged; choosing an older version logs)."""
    client = client_or_raise(session, client_id)
    versions = list_versions(session, client_id)
    numbers = [v.version for v in versions]
    shown_number = version if version in numbers else (numbers[0] if numbers else None)
    lang = client.document_language if client.document_language in LANGUAGES else "fi"
    return PlanOverview(
        client_code=client.code,
        document_language=lang,
        versions=versions,
        review_due=next_review_due(session, client_id, today),
        shown=(
            version_view(session, client_id, shown_number, log=False)
            if shown_number is not None
            else None
        ),
    )


# -- export and print: the one path ------------------------------------------------------------


def plan_document(session: Session, client_id: int, version: int | None = None) -> PlanDocument:
    """Everything the printed plan shows (no log row: callers go through export_plan)."""
    client = client_or_raise(session, client_id)
    plan = get_version(session, client_id, version, log=False)
    specialist = session.exec(select(m.Specialist).order_by(col(m.Specialist.id))).first()
    organisation = settings.get(session, settings.ORGANISATION).strip() or (
        specialist.organisation if specialist else ""
    )
    return PlanDocument(
        client_name=client.full_name,
        client_code=client.code,
        specialist=specialist.name if specialist else "",
        organisation=organisation,
        plan=plan,
    )


def export_plan(
    session: Session,
    client_id: int,
    version: int | None = None,
    lang: str | None = None,
    out_path: Path | None = None,
    purpose: Purpose = "export",
    *,
    ts_dir: Path | None = None,
    render: Callable[..., bytes] | None = None,
) -> bytes:
    """Render a plan version (latest by default) as PDF in ``lang`` (default: the client's
    document language), write it to ``out_path`` when given, and return the bytes.

    The access-log row (export or print, "action plan v3 fi") is committed in the same
    transaction as the read; if writing the file fails nothing is logged and the error
    (``OSError``) is raised. Printing from the GUI calls this with ``purpose="print"``.
    """
    if render is None:  # reportlab is imported on the first export, not with this module
        from ipsdesk.core.export.plan_pdf import render_plan_pdf

        render = render_plan_pdf
    client = client_or_raise(session, client_id)
    lang = _lang(client, lang)
    try:
        doc = plan_document(session, client_id, version)
        data = render(doc, lang, ts_dir=ts_dir)
        action = Action.PRINT if purpose == "print" else Action.EXPORT
        log_access(session, client.code, action, detail=f"action plan v{doc.plan.version} {lang}")
        session.flush()
        if out_path is not None:
            atomic_write_bytes(Path(out_path), data)
    except BaseException:
        session.rollback()
        raise
    try:
        session.commit()
    except BaseException:
        if out_path is not None:
            remove_quietly(Path(out_path))
        raise
    return data
