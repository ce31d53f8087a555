"""Validation of an action-plan draft before it is saved as a new version.

Returns a cleaned copy or raises :class:`ValidationError` with one translatable message
per field; step fields are named ``steps.N.what``, ``steps.N.owner``, ``steps.N.due_on``,
``steps.N.status`` so the plan editor can show each next to its cell.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ipsdesk.core.dates import format_date
from ipsdesk.core.domain import rules
from ipsdesk.core.domain.enums import StepOwner, StepStatus
from ipsdesk.core.domain.plan_document import TEXT_FIELDS, PlanDraft, PlanStep
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg
from ipsdesk.core.services.validation import (
    E_CHOICE,
    E_FUTURE,
    E_NOT_DATE,
    E_REQUIRED,
    E_TOO_FAR,
    E_TOO_LONG,
    E_TOO_OLD,
    EARLIEST,
    ValidationError,
)

E_REVIEW_PAST = QT_TRANSLATE_NOOP("Validation", "The next review cannot be in the past.")
E_BEFORE_PREVIOUS = QT_TRANSLATE_NOOP(
    "Validation", "Cannot be before the previous version of the plan (%1)."
)
E_TOO_MANY_STEPS = QT_TRANSLATE_NOOP("Validation", "At most %1 steps.")

MAX_STEPS = 50
MAX_STEP_LENGTH = 500  # ActionPlanStep.what

Errors = dict[str, tuple[Msg, tuple[str, ...]]]


def _check_step(i: int, step: PlanStep, made_on: date, today: date, errors: Errors) -> PlanStep:
    key = f"steps.{i}."
    what = (step.what or "").strip()
    if not what:
        errors[key + "what"] = (E_REQUIRED, ())
    elif len(what) > MAX_STEP_LENGTH:
        errors[key + "what"] = (E_TOO_LONG, (str(MAX_STEP_LENGTH),))
    owner, status = step.owner, step.status
    try:
        owner = StepOwner(step.owner)
    except ValueError:
        errors[key + "owner"] = (E_CHOICE, ())
    try:
        status = StepStatus(step.status)
    except ValueError:
        errors[key + "status"] = (E_CHOICE, ())
    due = step.due_on
    if due is not None:
        if not isinstance(due, date):
            errors[key + "due_on"] = (E_NOT_DATE, ())
        elif due < made_on - timedelta(days=366):
            errors[key + "due_on"] = (E_TOO_OLD, ())
        elif due > today + timedelta(days=366):
            errors[key + "due_on"] = (E_TOO_FAR, ())
    return PlanStep(what=what, owner=owner, due_on=due, status=status)


def validate_draft(
    draft: PlanDraft, today: date, previous_made_on: date | None = None
) -> PlanDraft:
    """Return a cleaned copy of ``draft`` (text stripped, ``made_on`` set) or raise
    :class:`ValidationError` with one message per field (``steps.N.what`` for steps)."""
    errors: Errors = {}
    texts = {name: (getattr(draft, name) or "").strip() for name in TEXT_FIELDS}
    if not texts["goal"]:
        errors["goal"] = (E_REQUIRED, ())
    for name, value in texts.items():
        limit = rules.MAX_NAME_LENGTH if name == "meeting_frequency" else rules.MAX_TEXT_LENGTH
        if len(value) > limit:
            errors[name] = (E_TOO_LONG, (str(limit),))
    made_on = draft.made_on or today
    if not isinstance(made_on, date):
        errors["made_on"] = (E_NOT_DATE, ())
        made_on = today
    elif made_on > today:
        errors["made_on"] = (E_FUTURE, ())
    elif made_on < EARLIEST:
        errors["made_on"] = (E_TOO_OLD, ())
    elif previous_made_on is not None and made_on < previous_made_on:
        errors["made_on"] = (
            E_BEFORE_PREVIOUS,
            (format_date(previous_made_on),),
        )
    review = draft.next_review_on
    if review is not None:
        if not isinstance(review, date):
            errors["next_review_on"] = (E_NOT_DATE, ())
        elif review < today:
            errors["next_review_on"] = (E_REVIEW_PAST, ())
        elif review > today + timedelta(days=366):
            errors["next_review_on"] = (E_TOO_FAR, ())
    if len(draft.steps) > MAX_STEPS:
        errors["steps"] = (E_TOO_MANY_STEPS, (str(MAX_STEPS),))
    steps = [_check_step(i, s, made_on, today, errors) for i, s in enumerate(draft.steps)]
    if errors:
        raise ValidationError(errors)
    clean = replace(draft, made_on=made_on, steps=steps)
    for name, value in texts.items():
        setattr(clean, name, value)
    return clean
