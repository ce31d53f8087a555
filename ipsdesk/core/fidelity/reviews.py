"""Fidelity self-reviews: start one for a period, score the 25 items, save, list, export.

A review keeps, for every item, the reviewer's score (1–5) and note beside the score
ipsdesk proposed and the figure behind it at saving time. Overruling a proposal needs
a reason (the note), so the next review can see why. The total counts the scored items;
the band (115–125 exemplary, 100–114 good, 74–99 fair, ≤ 73 not IPS) is given once all
25 items are scored. A review holds no client data (figures only); exports write an
access-log row like every other export.

A review's scope is :data:`OWN` (this store's own clients, :func:`from_store`) or
:data:`TEAM` (the whole team's imported team tables, :func:`from_team_tables`, on a team
leader's store); a saved review keeps its scope, and reopening it computes the items
again from the same source.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlmodel import Session, col, delete, select

from ipsdesk.core.domain.rules import add_months
from ipsdesk.core.fidelity.compute import ItemResult, compute_all
from ipsdesk.core.fidelity.inputs import FidelityInputs, from_store
from ipsdesk.core.fidelity.items import BY_NUMBER, ITEMS, MAX_TOTAL, Band, Section, band
from ipsdesk.core.fidelity.team_inputs import from_team_tables
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP
from ipsdesk.core.reports.queries import ALL, Scope
from ipsdesk.core.services.audit import Action, current_actor, log_access
from ipsdesk.core.services.records import NotFound
from ipsdesk.core.services.validation import ValidationError
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.types import utcnow
from ipsdesk.core.team.membership import identity

DEFAULT_MONTHS = 3
OWN = "own"  # this store's own clients
TEAM = "team"  # the whole team, from the imported team tables
SCOPES = (OWN, TEAM)

E_PERIOD = QT_TRANSLATE_NOOP("FidelityReview", "The period must end on or after its start.")
E_PERIOD_FUTURE = QT_TRANSLATE_NOOP("FidelityReview", "The period cannot end in the future.")
E_SCORE = QT_TRANSLATE_NOOP("FidelityReview", "A score is a whole number from 1 to 5.")
E_REASON = QT_TRANSLATE_NOOP(
    "FidelityReview", "Say why you overrule the proposed score %1 (a note is needed)."
)
E_ITEM = QT_TRANSLATE_NOOP("FidelityReview", "There is no item %1 in the scale.")
E_SCOPE = QT_TRANSLATE_NOOP("FidelityReview", "A review covers your own clients or the whole team.")


def default_period(today: date) -> tuple[date, date]:
    """The last 3 months up to today: 18.8.2026–18.11.2026 → start 19.8.2026."""
    return add_months(today, -DEFAULT_MONTHS) + timedelta(days=1), today


@dataclass(frozen=True)
class ItemScore:
    item: int
    score: int | None
    proposed: int | None = None
    figure: float | None = None
    basis_count: int | None = None
    note: str = ""

    @property
    def overruled(self) -> bool:
        return self.proposed is not None and self.score is not None and self.score != self.proposed


@dataclass(frozen=True)
class Review:
    id: int | None
    start: date
    end: date
    scores: dict[int, ItemScore]
    scope: str = OWN
    reviewer: str = ""
    note: str = ""
    updated_at: datetime | None = None
    results: dict[int, ItemResult] = field(default_factory=dict)  # the evidence (not stored)

    @property
    def scored(self) -> int:
        return sum(s.score is not None for s in self.scores.values())

    @property
    def total(self) -> int:
        return sum(s.score or 0 for s in self.scores.values())

    @property
    def complete(self) -> bool:
        return self.scored == len(ITEMS)

    @property
    def band(self) -> Band | None:
        return band(self.total) if self.complete else None

    def section_total(self, section: Section) -> tuple[int, int]:
        """(points, maximum) of one section."""
        numbers = [i.number for i in ITEMS if i.section is section]
        points = sum(self.scores[n].score or 0 for n in numbers if n in self.scores)
        return points, 5 * len(numbers)


@dataclass(frozen=True)
class ReviewSummary:
    id: int
    start: date
    end: date
    total: int
    scored: int
    band: Band | None
    sections: dict[Section, int]
    updated_at: datetime
    scope: str = OWN


def _check_period(start: date, end: date, today: date) -> None:
    if end < start:
        raise ValidationError({"period": (E_PERIOD, ())})
    if end > today:
        raise ValidationError({"period": (E_PERIOD_FUTURE, ())})


def _check_scope(scope: str) -> None:
    if scope not in SCOPES:
        raise ValidationError({"scope": (E_SCOPE, ())})


def review_inputs(session: Session, start: date, end: date, scope: str = OWN) -> FidelityInputs:
    """The inputs of a review of ``scope``: this store's records, or the team tables."""
    _check_scope(scope)
    if scope == TEAM:
        return from_team_tables(session, start, end, team_scope(session))
    return from_store(session, start, end)


def team_scope(session: Session) -> Scope:
    """The members of this store's team (a leader's store may still hold the data of an
    earlier team's members: they are left out); every member when no team is set up."""
    found = identity(session)
    return Scope(teams=(found.team_id,)) if found is not None else ALL


def proposals(
    session: Session,
    start: date,
    end: date,
    inputs: FidelityInputs | None = None,
    scope: str = OWN,
) -> dict[int, ItemResult]:
    """The computed items of the period, from ``inputs`` or the records of ``scope``."""
    return compute_all(inputs if inputs is not None else review_inputs(session, start, end, scope))


def new_review(
    session: Session,
    start: date,
    end: date,
    *,
    today: date | None = None,
    inputs: FidelityInputs | None = None,
    scope: str = OWN,
) -> Review:
    """A draft (not saved): computed items pre-scored with their proposal, the rest empty."""
    _check_period(start, end, today or date.today())
    _check_scope(scope)
    results = proposals(session, start, end, inputs, scope)
    scores = {}
    for item in ITEMS:
        r = results.get(item.number)
        scores[item.number] = ItemScore(
            item.number,
            r.proposed if r else None,
            r.proposed if r else None,
            r.figure if r else None,
            r.count if r else None,
        )
    return Review(None, start, end, scores, scope, reviewer=current_actor(session), results=results)


def save_review(
    session: Session,
    review_id: int | None,
    start: date,
    end: date,
    scores: Mapping[int, tuple[int | None, str]],
    *,
    note: str = "",
    scope: str = OWN,
    today: date | None = None,
    inputs: FidelityInputs | None = None,
) -> int:
    """Save the reviewer's ``scores`` (item → (score or None, note)) with the proposals
    computed now for the period; a new review when ``review_id`` is None. A saved review
    keeps the scope it was saved with (``scope`` is that of a new review)."""
    _check_period(start, end, today or date.today())
    found = session.get(m.FidelityReview, review_id) if review_id is not None else None
    if review_id is not None and found is None:
        raise NotFound(review_id)
    if found is not None:
        scope = found.scope
    _check_scope(scope)
    results = proposals(session, start, end, inputs, scope)
    errors: dict[str, tuple[object, tuple[str, ...]]] = {}
    clean: dict[int, tuple[int | None, str]] = {}
    for number, (score, text) in scores.items():
        if number not in BY_NUMBER:
            errors["item"] = (E_ITEM, (str(number),))
            continue
        if score is not None and (isinstance(score, bool) or score not in (1, 2, 3, 4, 5)):
            errors[f"item_{number}"] = (E_SCORE, ())
            continue
        text = (text or "").strip()
        r = results.get(number)
        if r and r.proposed is not None and score is not None and score != r.proposed and not text:
            errors[f"item_{number}"] = (E_REASON, (str(r.proposed),))
            continue
        clean[number] = (score, text)
    if errors:
        raise ValidationError(errors)  # type: ignore[arg-type]
    if review_id is None:
        review = m.FidelityReview(
            period_start=start,
            period_end=end,
            scope=scope,
            reviewer=current_actor(session),
            note=note.strip(),
        )
        session.add(review)
        session.flush()
    else:
        assert found is not None
        review = found
        review.period_start, review.period_end, review.note = start, end, note.strip()
        review.updated_at = utcnow()
        session.add(review)
        session.exec(
            delete(m.FidelityItemScore).where(col(m.FidelityItemScore.review_id) == review.id)
        )  # type: ignore[call-overload]
    assert review.id is not None
    for item in ITEMS:
        score, text = clean.get(item.number, (None, ""))
        r = results.get(item.number)
        session.add(
            m.FidelityItemScore(
                review_id=review.id,
                item=item.number,
                score=score,
                proposed=r.proposed if r else None,
                figure=r.figure if r else None,
                basis_count=r.count if r else None,
                note=text,
            )
        )
    session.commit()
    return review.id


def get_review(
    session: Session,
    review_id: int,
    *,
    evidence: bool = False,
    inputs: FidelityInputs | None = None,
) -> Review:
    """A saved review; with ``evidence`` the items are computed again from today's records
    (the stored figures stay those of the saving time)."""
    row = session.get(m.FidelityReview, review_id)
    if row is None:
        raise NotFound(review_id)
    scores = {
        s.item: ItemScore(s.item, s.score, s.proposed, s.figure, s.basis_count, s.note)
        for s in session.exec(
            select(m.FidelityItemScore).where(m.FidelityItemScore.review_id == review_id)
        )
    }
    for item in ITEMS:
        scores.setdefault(item.number, ItemScore(item.number, None))
    results = (
        proposals(session, row.period_start, row.period_end, inputs, row.scope) if evidence else {}
    )
    return Review(
        row.id,
        row.period_start,
        row.period_end,
        scores,
        row.scope,
        row.reviewer,
        row.note,
        row.updated_at,
        results,
    )


def list_reviews(session: Session) -> list[ReviewSummary]:
    """Every saved review, oldest period first (the chart's order)."""
    reviews = list(
        session.exec(
            select(m.FidelityReview).order_by(
                col(m.FidelityReview.period_end), col(m.FidelityReview.id)
            )
        )
    )
    by_review: dict[int, dict[int, int | None]] = {r.id: {} for r in reviews if r.id is not None}
    for review_id, item, score in session.exec(
        select(m.FidelityItemScore.review_id, m.FidelityItemScore.item, m.FidelityItemScore.score)
    ):
        by_review.setdefault(review_id, {})[item] = score
    out = []
    for r in reviews:
        assert r.id is not None
        scores = by_review.get(r.id, {})
        total = sum(v or 0 for v in scores.values())
        scored = sum(v is not None for v in scores.values())
        sections = {
            s: sum(scores.get(i.number) or 0 for i in ITEMS if i.section is s) for s in Section
        }
        out.append(
            ReviewSummary(
                r.id,
                r.period_start,
                r.period_end,
                total,
                scored,
                band(total) if scored == len(ITEMS) else None,
                sections,
                r.updated_at,
                r.scope,
            )
        )
    return out


def delete_review(session: Session, review_id: int) -> None:
    row = session.get(m.FidelityReview, review_id)
    if row is None:
        raise NotFound(review_id)
    session.delete(row)
    session.commit()


def export_review(session: Session, review: int | Review, lang: str, out: Path) -> Path:
    """Write a saved review (by id) or a draft as PDF (``.pdf``) or CSV (any other suffix)
    in ``lang``, with an access-log row. The file holds figures only, no client codes."""
    from ipsdesk.core.fidelity import export

    if not isinstance(review, Review):  # the PDF shows the per-specialist figures again
        review = get_review(session, review, evidence=out.suffix.lower() == ".pdf")
    history = [r for r in list_reviews(session) if r.scope == review.scope]  # own, team apart
    if out.suffix.lower() == ".pdf":
        export.write_pdf(out, review, _with_draft(history, review), lang)
        kind = "PDF"
    else:
        export.write_csv(out, review, lang)
        kind = "CSV"
    log_access(session, "", Action.EXPORT, detail=export_detail(review.scope, kind))
    session.commit()
    return out


def export_detail(scope: str, kind: str) -> str:
    """The access log's fixed detail of a review export (worded in ``access_log``)."""
    return f"{'team ' if scope == TEAM else ''}fidelity review {kind}"


def _with_draft(history: list[ReviewSummary], review: Review) -> list[ReviewSummary]:
    """The chart's reviews: the saved ones, plus an unsaved draft in its place by date."""
    if review.id is not None:
        return history
    draft = ReviewSummary(
        0,
        review.start,
        review.end,
        review.total,
        review.scored,
        review.band,
        {s: review.section_total(s)[0] for s in Section},
        review.updated_at or utcnow(),
        review.scope,
    )
    return sorted([*history, draft], key=lambda r: (r.end, r.id or 10**9))


__all__ = [
    "MAX_TOTAL",
    "OWN",
    "SCOPES",
    "TEAM",
    "ItemScore",
    "Review",
    "ReviewSummary",
    "default_period",
    "delete_review",
    "export_review",
    "get_review",
    "list_reviews",
    "new_review",
    "proposals",
    "review_inputs",
    "save_review",
    "team_scope",
]
