"""The action plan (toimintasuunnitelma) as plain data, and what changed between versions.

:class:`PlanDraft` is what the plan editor edits and :func:`ipsdesk.core.services.plans.
save_version` stores; :class:`PlanVersion` is one saved, read-only version. Both are plain
dataclasses, detached from the database, so the GUI can hold them in its models.

:func:`diff_versions` compares two versions: which text fields changed (old and new
text), which steps were added or removed, and which steps changed status, owner or due
date. Steps are matched by their text (case and spacing ignored): a step whose text was
rewritten shows as one removed and one added.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ipsdesk.core.domain.enums import StepOwner, StepStatus
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg

#: The plan's text fields in document order, with their labels (editor and diff).
FIELD_LABELS: dict[str, Msg] = {
    "goal": QT_TRANSLATE_NOOP("ActionPlan", "The client's own goal"),
    "strengths": QT_TRANSLATE_NOOP("ActionPlan", "Strengths"),
    "preferences": QT_TRANSLATE_NOOP("ActionPlan", "Wishes for work"),
    "support_agreed": QT_TRANSLATE_NOOP("ActionPlan", "Support agreed"),
    "meeting_frequency": QT_TRANSLATE_NOOP("ActionPlan", "How often we meet"),
    "sharing": QT_TRANSLATE_NOOP("ActionPlan", "Information sharing"),
    "benefits": QT_TRANSLATE_NOOP("ActionPlan", "Benefits counselling"),
    "next_review_on": QT_TRANSLATE_NOOP("ActionPlan", "Next review"),
}
TEXT_FIELDS = tuple(k for k in FIELD_LABELS if k != "next_review_on")


@dataclass(frozen=True)
class PlanStep:
    """One concrete step: what, who does it, by when, and where it stands."""

    what: str
    owner: StepOwner = StepOwner.CLIENT
    due_on: date | None = None
    status: StepStatus = StepStatus.PLANNED

    def overdue(self, today: date) -> bool:
        """Past its date and neither done nor dropped."""
        return (
            isinstance(self.due_on, date)
            and self.due_on < today
            and self.status in (StepStatus.PLANNED, StepStatus.IN_PROGRESS)
        )


@dataclass
class PlanDraft:
    """An editable plan, prefilled by ``draft_from_client``; saving makes a new version.

    ``based_on`` is the version the draft was copied from (None for a first plan);
    ``made_on`` None means "today" at saving.
    """

    goal: str = ""
    strengths: str = ""
    preferences: str = ""
    support_agreed: str = ""
    meeting_frequency: str = ""
    sharing: str = ""
    benefits: str = ""
    next_review_on: date | None = None
    steps: list[PlanStep] = field(default_factory=list)
    made_on: date | None = None
    based_on: int | None = None


@dataclass(frozen=True)
class PlanVersion:
    """One saved version of a client's action plan (read-only)."""

    client_id: int
    version: int
    made_on: date
    goal: str
    strengths: str
    preferences: str
    support_agreed: str
    meeting_frequency: str
    sharing: str
    benefits: str
    next_review_on: date | None
    steps: tuple[PlanStep, ...]

    def as_draft(self) -> PlanDraft:
        """A new draft with this version's content (for the next review)."""
        return PlanDraft(
            **{name: getattr(self, name) for name in TEXT_FIELDS},
            next_review_on=self.next_review_on,
            steps=list(self.steps),
            based_on=self.version,
        )


@dataclass(frozen=True)
class FieldChange:
    name: str  # a key of FIELD_LABELS
    label: Msg
    old: str | date | None
    new: str | date | None


@dataclass(frozen=True)
class StepChange:
    """A step present in both versions whose status, owner or due date changed."""

    old: PlanStep
    new: PlanStep

    @property
    def status_changed(self) -> bool:
        return self.old.status != self.new.status

    @property
    def changed(self) -> tuple[str, ...]:
        """Names of the changed attributes (``status``, ``owner``, ``due_on``)."""
        return tuple(
            n for n in ("status", "owner", "due_on") if getattr(self.old, n) != getattr(self.new, n)
        )


@dataclass(frozen=True)
class PlanDiff:
    from_version: int
    to_version: int
    fields: tuple[FieldChange, ...]
    steps_added: tuple[PlanStep, ...]
    steps_removed: tuple[PlanStep, ...]
    steps_changed: tuple[StepChange, ...]

    @property
    def empty(self) -> bool:
        return not (self.fields or self.steps_added or self.steps_removed or self.steps_changed)


def _key(step: PlanStep) -> str:
    return " ".join(step.what.split()).casefold()


def diff_versions(a: PlanVersion, b: PlanVersion) -> PlanDiff:
    """What changed from version ``a`` to version ``b`` (normally the next one)."""
    fields = tuple(
        FieldChange(name, label, getattr(a, name), getattr(b, name))
        for name, label in FIELD_LABELS.items()
        if getattr(a, name) != getattr(b, name)
    )
    remaining: dict[str, list[PlanStep]] = {}
    for step in a.steps:
        remaining.setdefault(_key(step), []).append(step)
    added: list[PlanStep] = []
    changed: list[StepChange] = []
    for step in b.steps:
        olds = remaining.get(_key(step))
        if not olds:
            added.append(step)
            continue
        old = olds.pop(0)
        change = StepChange(old, step)
        if change.changed:
            changed.append(change)
    left = {id(s) for steps in remaining.values() for s in steps}
    removed = tuple(s for s in a.steps if id(s) in left)
    return PlanDiff(a.version, b.version, fields, tuple(added), removed, tuple(changed))


@dataclass(frozen=True)
class PlanDocument:
    """Everything printed on the plan, as plain data (gathered by the plans service)."""

    client_name: str
    client_code: str
    specialist: str
    organisation: str
    plan: PlanVersion
