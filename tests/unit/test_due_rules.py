"""Every due rule at its boundary dates (pure functions, no storage)."""

from __future__ import annotations

from datetime import date, timedelta

from ipsdesk.core.domain import due
from ipsdesk.core.domain.due import DueKind
from ipsdesk.core.domain.enums import Phase

D = timedelta


def test_first_contact_window() -> None:
    agreed = date(2026, 10, 1)
    deadline = date(2026, 10, 31)  # 30 days after
    f = due.first_contact_due
    # not yet near: 8 days before the deadline
    assert f(agreed, None, Phase.JOB_SEARCH, deadline - D(8)) is None
    # near: exactly 7 days before
    near = f(agreed, None, Phase.JOB_SEARCH, deadline - D(7))
    assert near == due.Due(DueKind.FIRST_CONTACT, deadline, False)
    # on the deadline day: still in time
    assert f(agreed, None, Phase.JOB_SEARCH, deadline) == due.Due(
        DueKind.FIRST_CONTACT, deadline, False
    )
    # the day after: overdue
    assert f(agreed, None, Phase.JOB_SEARCH, deadline + D(1)).overdue  # type: ignore[union-attr]


def test_first_contact_not_due() -> None:
    agreed = date(2026, 10, 1)
    today = date(2026, 12, 1)
    assert due.first_contact_due(agreed, date(2026, 11, 20), Phase.JOB_SEARCH, today) is None
    assert due.first_contact_due(None, None, Phase.JOB_SEARCH, today) is None
    assert due.first_contact_due(agreed, None, Phase.IN_WORK, today) is None


def test_first_contact_limit_setting() -> None:
    agreed = date(2026, 10, 1)
    got = due.first_contact_due(agreed, None, Phase.PROFILE, date(2026, 10, 12), limit_days=14)
    assert got == due.Due(DueKind.FIRST_CONTACT, date(2026, 10, 15), False)


def test_follow_along_after_start() -> None:
    start = date(2026, 11, 2)
    f = due.follow_along_due
    # job starts in 5 days: start + 3 = 8 days ahead, beyond the horizon
    assert f(start, None, None, start - D(5)) is None
    # 4 days before the start its first contact (start + 3) is within 7 days
    assert f(start, None, None, start - D(4)) == due.Due(
        DueKind.FOLLOW_ALONG_START, start + D(3), False
    )
    # a contact before the start does not count
    assert f(start, None, start - D(1), start + D(3)) == due.Due(
        DueKind.FOLLOW_ALONG_START, start + D(3), False
    )
    assert f(start, None, None, start + D(4)) == due.Due(
        DueKind.FOLLOW_ALONG_START, start + D(3), True
    )


def test_follow_along_weekly_then_monthly() -> None:
    start = date(2026, 11, 2)
    f = due.follow_along_due
    # contact on the start day: next one within a week
    assert f(start, None, start, start + D(1)) == due.Due(
        DueKind.FOLLOW_ALONG_WEEKLY, start + D(7), False
    )
    assert f(start, None, start, start + D(8)).overdue  # type: ignore[union-attr]
    # last contact on the last day of the first month (1.12. is one month after 2.11.)
    assert f(start, None, date(2026, 12, 1), date(2026, 12, 2)) == due.Due(
        DueKind.FOLLOW_ALONG_WEEKLY, date(2026, 12, 8), False
    )
    # from one month after the start: monthly
    monthly = f(start, None, date(2026, 12, 2), date(2026, 12, 28))
    assert monthly == due.Due(DueKind.FOLLOW_ALONG_MONTHLY, date(2027, 1, 2), False)
    # monthly, not near yet: 8 days before
    assert f(start, None, date(2026, 12, 2), date(2026, 12, 25)) is None
    assert f(start, None, date(2026, 12, 2), date(2027, 1, 3)).overdue  # type: ignore[union-attr]


def test_follow_along_after_job_end() -> None:
    start, end = date(2026, 1, 5), date(2026, 11, 10)
    f = due.follow_along_due
    assert f(start, end, date(2026, 11, 1), end) == due.Due(
        DueKind.FOLLOW_ALONG_END, end + D(3), False
    )
    assert f(start, end, date(2026, 11, 1), end + D(3)).overdue is False  # type: ignore[union-attr]
    assert f(start, end, date(2026, 11, 1), end + D(4)).overdue  # type: ignore[union-attr]
    # a contact on the end day (or later) settles it
    assert f(start, end, end, end + D(2)) is None
    assert f(start, end, end + D(5), end + D(6)) is None
    # long after the end the item is dropped
    lookback = due.JOB_END_LOOKBACK_DAYS
    assert f(start, end, None, end + D(lookback)) is not None
    assert f(start, end, None, end + D(lookback + 1)) is None
    # an end in the future keeps the ordinary schedule
    later_end = date(2026, 12, 10)
    assert f(start, later_end, date(2026, 11, 3), date(2026, 11, 28)) == due.Due(
        DueKind.FOLLOW_ALONG_MONTHLY, date(2026, 12, 3), False
    )


def test_plan_review_from_plan_version() -> None:
    f = due.plan_review_due
    review = date(2026, 11, 25)
    assert f(date(2026, 1, 1), date(2026, 8, 1), review, date(2026, 11, 17)) is None
    assert f(date(2026, 1, 1), date(2026, 8, 1), review, date(2026, 11, 18)) == due.Due(
        DueKind.PLAN_REVIEW, review, False
    )
    assert f(None, date(2026, 8, 1), review, date(2026, 11, 26)).overdue  # type: ignore[union-attr]


def test_plan_review_from_agreement() -> None:
    f = due.plan_review_due
    agreed = date(2026, 1, 31)
    # no plan: the 3-month review (30.4.; 31.4. does not exist)
    assert f(agreed, None, None, date(2026, 4, 22)) is None
    assert f(agreed, None, None, date(2026, 4, 23)) == due.Due(
        DueKind.PLAN_REVIEW, date(2026, 4, 30), False
    )
    # a version made 14 days before the 3-month date covers it -> 6 months (31.7.)
    assert f(agreed, date(2026, 4, 16), None, date(2026, 7, 25)) == due.Due(
        DueKind.PLAN_REVIEW, date(2026, 7, 31), False
    )
    # one made 15 days before does not
    assert f(agreed, date(2026, 4, 15), None, date(2026, 5, 1)) == due.Due(
        DueKind.PLAN_REVIEW, date(2026, 4, 30), True
    )
    # the 12-month review covered: nothing more by rule
    assert f(agreed, date(2027, 1, 31), None, date(2027, 6, 1)) is None
    assert f(None, None, None, date(2027, 6, 1)) is None


def test_employer_follow_up() -> None:
    f = due.employer_follow_up_due
    on = date(2026, 11, 25)
    assert f(on, False, date(2026, 11, 17)) is None
    assert f(on, False, date(2026, 11, 18)) == due.Due(DueKind.EMPLOYER_FOLLOW_UP, on, False)
    assert f(on, False, on) == due.Due(DueKind.EMPLOYER_FOLLOW_UP, on, False)
    assert f(on, False, on + D(1)) == due.Due(DueKind.EMPLOYER_FOLLOW_UP, on, True)
    assert f(on, True, on + D(1)) is None
    assert f(None, False, on) is None


def test_no_contact() -> None:
    f = due.no_contact_due
    last = date(2026, 10, 1)
    assert f(last, None, date(2026, 10, 30), days=30) is None
    assert f(last, None, date(2026, 10, 31), days=30) == due.Due(
        DueKind.NO_CONTACT, date(2026, 10, 31), False
    )
    assert f(last, None, date(2026, 11, 1), days=30).overdue  # type: ignore[union-attr]
    # without any contact, counted from the agreement
    assert f(None, date(2026, 9, 1), date(2026, 9, 15), days=14) == due.Due(
        DueKind.NO_CONTACT, date(2026, 9, 15), False
    )
    # the latest contact wins over the agreement
    assert f(date(2026, 9, 10), date(2026, 9, 1), date(2026, 9, 15), days=14) is None
    assert f(None, None, date(2026, 9, 15), days=14) is None


def test_sort_key_most_urgent_first() -> None:
    t = due.Target("client", 1)
    items = [
        due.DueItem(DueKind.NO_CONTACT, date(2026, 11, 20), False, t, 1, "A-0002"),
        due.DueItem(DueKind.PLAN_REVIEW, date(2026, 11, 1), True, t, 1, "A-0001"),
        due.DueItem(DueKind.FIRST_CONTACT, date(2026, 11, 20), False, t, 1, "A-0001"),
    ]
    ordered = sorted(items, key=due.sort_key)
    assert [i.kind for i in ordered] == [
        DueKind.PLAN_REVIEW,
        DueKind.FIRST_CONTACT,
        DueKind.NO_CONTACT,
    ]
    assert all(i.label == due.DUE_LABELS[i.kind] for i in items)
