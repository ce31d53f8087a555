"""Action-plan pure logic: what changed between versions, review dates, draft validation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ipsdesk.core.dates import document_date as format_date
from ipsdesk.core.domain.enums import StepOwner, StepStatus
from ipsdesk.core.domain.plan_document import PlanStep, PlanVersion, diff_versions
from ipsdesk.core.services.plan_reviews import review_due_from, scheduled_review
from ipsdesk.core.services.plan_validation import validate_draft
from ipsdesk.core.services.validation import ValidationError
from tests.plan_helpers import sample_draft

TODAY = date(2026, 11, 18)


def version(n: int, steps: tuple[PlanStep, ...], **kw: object) -> PlanVersion:
    base = dict(
        client_id=1,
        version=n,
        made_on=date(2026, 8, 18),
        goal="Puutarhatyö",
        strengths="Täsmällinen",
        preferences="",
        support_agreed="",
        meeting_frequency="Kerran viikossa",
        sharing="",
        benefits="",
        next_review_on=date(2026, 11, 18),
        steps=steps,
    )
    base.update(kw)
    return PlanVersion(**base)  # type: ignore[arg-type]


def test_diff_reports_fields_and_steps() -> None:
    cv = PlanStep("Päivitetään CV", StepOwner.CLIENT, date(2026, 9, 1))
    call = PlanStep("Soitetaan sahalle", StepOwner.SPECIALIST)
    visit = PlanStep("Käydään kirjapainossa", StepOwner.SPECIALIST)
    a = version(1, (cv, call))
    b = version(
        2,
        (
            replace(cv, status=StepStatus.DONE),
            PlanStep("  käydään   KIRJAPAINOSSA ", StepOwner.CLIENT),
            visit,
        ),
        made_on=date(2026, 11, 18),
        goal="Puutarhatyö tai varastotyö",
        next_review_on=date(2027, 2, 18),
    )
    d = diff_versions(a, b)
    assert (d.from_version, d.to_version) == (1, 2)
    assert {(c.name, c.old, c.new) for c in d.fields} == {
        ("goal", "Puutarhatyö", "Puutarhatyö tai varastotyö"),
        ("next_review_on", date(2026, 11, 18), date(2027, 2, 18)),
    }
    assert d.steps_removed == (call,)
    assert [s.what for s in d.steps_added] == [
        "  käydään   KIRJAPAINOSSA ",
        "Käydään kirjapainossa",
    ]
    assert len(d.steps_changed) == 1
    change = d.steps_changed[0]
    assert change.old == cv and change.new.status is StepStatus.DONE
    assert change.status_changed and change.changed == ("status",)
    assert not d.empty


def test_diff_matches_steps_by_text_ignoring_case_and_spacing() -> None:
    a = version(1, (PlanStep("Päivitetään CV"), PlanStep("Päivitetään CV")))
    b = version(2, (PlanStep("päivitetään  cv", owner=StepOwner.CARE_TEAM),))
    d = diff_versions(a, b)
    assert d.steps_added == ()
    assert d.steps_removed == (a.steps[1],)
    assert d.steps_changed[0].changed == ("owner",)


def test_diff_of_identical_versions_is_empty() -> None:
    steps = (PlanStep("Päivitetään CV", due_on=date(2026, 12, 1)),)
    assert diff_versions(version(1, steps), version(2, steps)).empty


def test_scheduled_reviews_at_3_6_12_months() -> None:
    agreement = date(2026, 8, 31)
    assert scheduled_review(agreement, agreement) == (date(2026, 11, 30), 3)
    # A review two weeks early counts for the 3-month date; then 6 and 12 months.
    assert scheduled_review(agreement, date(2026, 11, 16)) == (date(2027, 2, 28), 6)
    assert scheduled_review(agreement, date(2027, 2, 27)) == (date(2027, 8, 31), 12)
    assert scheduled_review(agreement, date(2027, 8, 31)) is None
    assert scheduled_review(None, agreement) is None


def test_review_due_is_the_earlier_of_schedule_and_agreed_date() -> None:
    agreement = date(2026, 8, 18)
    assert review_due_from(agreement, agreement, None) == (date(2026, 11, 18), 3)
    assert review_due_from(agreement, agreement, date(2026, 10, 1)) == (date(2026, 10, 1), None)
    assert review_due_from(agreement, agreement, date(2027, 1, 5)) == (date(2026, 11, 18), 3)
    # After 12 months: as agreed in the plan.
    assert review_due_from(agreement, date(2027, 8, 20), date(2028, 2, 1)) == (
        date(2028, 2, 1),
        None,
    )
    assert review_due_from(agreement, date(2027, 8, 20), None) is None


def test_validate_draft_cleans_text_and_sets_date() -> None:
    draft = sample_draft("  Oma tavoite  ")
    draft.steps[0] = replace(draft.steps[0], what="  Päivitetään CV ")
    clean = validate_draft(draft, TODAY)
    assert clean.goal == "Oma tavoite"
    assert clean.steps[0].what == "Päivitetään CV"
    assert clean.made_on == TODAY
    assert draft.goal == "  Oma tavoite  "  # the caller's draft is not changed


def test_validate_draft_reports_each_problem() -> None:
    draft = sample_draft("   ")
    draft.meeting_frequency = "x" * 201
    draft.next_review_on = date(2026, 11, 17)
    draft.made_on = date(2026, 11, 19)
    draft.steps = [
        PlanStep(""),
        PlanStep("ok", owner="boss", status="maybe"),  # type: ignore[arg-type]
        PlanStep("ok", due_on=date(2028, 1, 1)),
        PlanStep("ok", due_on=date(2020, 1, 1)),
        PlanStep("x" * 501),
    ]
    with pytest.raises(ValidationError) as info:
        validate_draft(draft, TODAY)
    errors = {k: v[0].text for k, v in info.value.errors.items()}
    assert errors == {
        "goal": "This field is required.",
        "meeting_frequency": "Too long: at most %1 characters.",
        "next_review_on": "The next review cannot be in the past.",
        "made_on": "The date is in the future.",
        "steps.0.what": "This field is required.",
        "steps.1.owner": "Choose one of the options.",
        "steps.1.status": "Choose one of the options.",
        "steps.2.due_on": "The date is more than a year ahead.",
        "steps.3.due_on": "The date is implausibly far in the past.",
        "steps.4.what": "Too long: at most %1 characters.",
    }


def test_validate_draft_refuses_date_before_previous_version() -> None:
    draft = sample_draft()
    draft.made_on = date(2026, 9, 1)
    with pytest.raises(ValidationError) as info:
        validate_draft(draft, TODAY, previous_made_on=date(2026, 10, 1))
    assert info.value.errors["made_on"][1] == ("1.10.2026",)


def test_format_date_by_language() -> None:
    assert format_date(date(2026, 11, 18), "fi") == "18.11.2026"
    assert format_date(date(2027, 2, 3), "sv") == "3.2.2027"
    assert format_date(date(2027, 2, 3), "en") == "3 February 2027"
    assert format_date(None, "fi") == "–"
