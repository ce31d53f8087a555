"""The IPS model's rules as pure functions: weeks, 30-day first contact, caseload, reminders."""

from __future__ import annotations

from datetime import date

import pytest

from ipsdesk.core.domain import rules
from ipsdesk.core.domain.enums import Phase


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 12, 31), (2025, 1)),  # a Tuesday belongs to 2025-W01
        (date(2024, 12, 29), (2024, 52)),
        (date(2026, 12, 31), (2026, 53)),  # 2026 has a week 53
        (date(2027, 1, 3), (2026, 53)),
        (date(2027, 1, 4), (2027, 1)),
        (date(2026, 11, 18), (2026, 47)),
        (date(2021, 1, 1), (2020, 53)),
    ],
)
def test_iso_week_across_year_ends(day: date, expected: tuple[int, int]) -> None:
    assert rules.iso_week(day) == expected


def test_weeks_in_year_and_week_start() -> None:
    assert rules.weeks_in_year(2026) == 53
    assert rules.weeks_in_year(2025) == 52
    assert rules.week_start(2026, 53) == date(2026, 12, 28)
    assert rules.week_start(2025, 1) == date(2024, 12, 30)


def test_add_months_clamps_to_month_end() -> None:
    assert rules.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert rules.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert rules.add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert rules.plan_review_dates(date(2026, 8, 31)) == [
        date(2026, 11, 30),
        date(2027, 2, 28),
        date(2027, 8, 31),
    ]


def test_first_contact_day_30_is_within_target_day_31_is_not() -> None:
    agreed = date(2026, 10, 1)
    on_30 = rules.first_contact_status(agreed, date(2026, 10, 31), date(2026, 11, 20))
    assert (on_30.days_to_first, on_30.within_target, on_30.overdue) == (30, True, False)
    on_31 = rules.first_contact_status(agreed, date(2026, 11, 1), date(2026, 11, 20))
    assert (on_31.days_to_first, on_31.within_target) == (31, False)


def test_first_contact_open_then_overdue() -> None:
    agreed = date(2026, 10, 1)
    open_ = rules.first_contact_status(agreed, None, date(2026, 10, 31))
    assert (open_.days_since_agreement, open_.within_target, open_.overdue) == (30, None, False)
    late = rules.first_contact_status(agreed, None, date(2026, 11, 1))
    assert (late.within_target, late.overdue) == (False, True)
    assert rules.first_contact_status(None, None, date(2026, 11, 1)).days_since_agreement is None


def test_caseload_limit_is_a_warning_above_twenty() -> None:
    assert rules.caseload_warning(20) is None
    w = rules.caseload_warning(21)
    assert w is not None and w.code == "caseload" and w.args == ("21", "20")
    assert rules.caseload_warning(9, limit=8) is not None


def facts(**kw: object) -> rules.ClientFacts:
    base: dict[str, object] = dict(
        agreement=date(2026, 10, 1),
        phase=Phase.AGREEMENT,
        job_search_started=None,
        disclosure_discussions=(),
        benefits_counselling=(),
        job_starts=(),
        profile_meetings=(date(2026, 10, 5),),
        first_face_to_face=None,
    )
    base.update(kw)
    return rules.ClientFacts(**base)  # type: ignore[arg-type]


def codes(f: rules.ClientFacts, today: date = date(2026, 10, 20)) -> set[str]:
    return {w.code for w in rules.client_warnings(f, today)}


def test_job_start_without_benefits_counselling_before_it() -> None:
    assert "no_benefits_before_job" in codes(facts(job_starts=(date(2026, 10, 10),)))
    assert "no_benefits_before_job" in codes(
        facts(job_starts=(date(2026, 10, 10),), benefits_counselling=(date(2026, 10, 12),))
    )
    assert "no_benefits_before_job" not in codes(
        facts(job_starts=(date(2026, 10, 10),), benefits_counselling=(date(2026, 10, 10),))
    )


def test_job_search_without_disclosure_discussion() -> None:
    assert "no_disclosure_discussion" in codes(facts(phase=Phase.JOB_SEARCH))
    assert "no_disclosure_discussion" not in codes(facts(phase=Phase.PROFILE))
    assert "no_disclosure_discussion" not in codes(
        facts(phase=Phase.JOB_SEARCH, disclosure_discussions=(date(2026, 10, 3),))
    )


def test_no_profile_meeting_a_month_after_agreement() -> None:
    f = facts(profile_meetings=())
    assert "no_profile_meeting" not in codes(f, date(2026, 10, 31))  # day 30
    assert "no_profile_meeting" in codes(f, date(2026, 11, 1))  # day 31
    assert "many_profile_meetings" in codes(
        facts(profile_meetings=tuple(date(2026, 10, d) for d in (2, 3, 4, 5)))
    )


def test_first_contact_overdue_reminder_stops_in_work() -> None:
    assert "first_contact_overdue" in codes(facts(), date(2026, 11, 5))
    assert "first_contact_overdue" not in codes(facts(phase=Phase.IN_WORK), date(2026, 11, 5))
    assert "first_contact_overdue" not in codes(
        facts(first_face_to_face=date(2026, 10, 20)), date(2026, 11, 5)
    )


def test_review_due_is_the_earlier_of_schedule_and_agreed_date() -> None:
    agreed = date(2026, 1, 31)
    assert rules.review_due_from(agreed, None, None) == (date(2026, 4, 30), 3)
    # a version made on 1.8. covers 3 and 6 months; 12 months (31.1.2027) vs. agreed 15.11.
    assert rules.review_due_from(agreed, date(2026, 8, 1), date(2026, 11, 15)) == (
        date(2026, 11, 15),
        None,
    )
    # an agreed date later than a missed scheduled review does not hide it
    assert rules.review_due_from(agreed, date(2026, 3, 1), date(2026, 12, 1)) == (
        date(2026, 4, 30),
        3,
    )
    assert rules.review_due_from(None, date(2026, 3, 1), None) is None


def test_caseload_warning_names_whose_limit_it_is() -> None:
    from ipsdesk.core.domain.rules import W_CASELOAD, W_CASELOAD_OWN, caseload_warning

    model = caseload_warning(21, 20)
    own = caseload_warning(16, 15)
    assert model is not None and model.message == W_CASELOAD and model.args == ("21", "20")
    assert own is not None and own.message == W_CASELOAD_OWN and own.args == ("16", "15")
    assert "your limit" in own.message.text and caseload_warning(15, 15) is None
