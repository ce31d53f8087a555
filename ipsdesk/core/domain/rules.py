"""The IPS model's rules and numbers, as pure functions.

Nothing here touches storage or Qt: each rule takes plain values and returns plain
values, so it is unit-tested directly. Defaults come from ``shared/guide/ips-model.md``
(seeds and the fidelity scale); teams may change them in settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ipsdesk.core.dates import format_date
from ipsdesk.core.domain.enums import Phase
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg

CASELOAD_MAX = 20  # fidelity item 1: at most 20 clients per full-time specialist
WEEKLY_CONTACT_TARGET = 6  # fidelity item 17: at least 6 employer contacts a week
FIRST_EMPLOYER_CONTACT_DAYS = 30  # fidelity item 15: first face-to-face within a month
PROFILE_MEETINGS_EXPECTED = (1, 3)  # profiling is done in 1-3 meetings
PROFILE_OVERDUE_DAYS = 30  # no profile meeting a month after the agreement -> reminder
PLAN_REVIEW_MONTHS = (3, 6, 12)  # toimintasuunnitelman tarkistukset

MAX_TEXT_LENGTH = 4000  # a note longer than this is almost surely pasted by mistake
MAX_NAME_LENGTH = 200


def iso_week(day: date) -> tuple[int, int]:
    """Return ``(iso_year, iso_week)`` of ``day``.

    Never use ``day.year`` for a week's year: 31.12.2024 is 2025-W01.
    """
    iso = day.isocalendar()
    return iso.year, iso.week


def week_start(iso_year: int, week: int) -> date:
    """Monday of ISO week ``week`` of ``iso_year``."""
    return date.fromisocalendar(iso_year, week, 1)


def weeks_in_year(iso_year: int) -> int:
    """52 or 53: the ISO week of 28 December is always the last week of its year."""
    return date(iso_year, 12, 28).isocalendar().week


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, clamped to the month's last day."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    for dom in (day.day, 30, 29, 28):
        try:
            return date(year, month, dom)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def days_between(start: date, end: date) -> int:
    return (end - start).days


def caseload_exceeded(active_clients: int, limit: int = CASELOAD_MAX) -> bool:
    """True when the specialist carries more active clients than the model allows."""
    return active_clients > limit


@dataclass(frozen=True)
class FirstContactStatus:
    """Where a client stands against the 30-day first employer contact rule."""

    days_since_agreement: int | None
    first_face_to_face: date | None
    days_to_first: int | None
    within_target: bool | None  # None while still open and not yet overdue
    overdue: bool


def first_contact_status(
    agreement: date | None,
    first_face_to_face: date | None,
    today: date,
    limit_days: int = FIRST_EMPLOYER_CONTACT_DAYS,
) -> FirstContactStatus:
    """Evaluate the rule "first face-to-face employer contact within 30 days".

    A contact on day ``limit_days`` after the agreement still counts as within target.
    """
    if agreement is None:
        return FirstContactStatus(None, first_face_to_face, None, None, False)
    since = days_between(agreement, today)
    if first_face_to_face is not None:
        took = days_between(agreement, first_face_to_face)
        return FirstContactStatus(since, first_face_to_face, took, took <= limit_days, False)
    overdue = since > limit_days
    return FirstContactStatus(since, None, None, False if overdue else None, overdue)


def plan_review_dates(agreement: date, months: tuple[int, ...] = PLAN_REVIEW_MONTHS) -> list[date]:
    """Action-plan review dates counted from the agreement (3, 6 and 12 months)."""
    return [add_months(agreement, m) for m in months]


REVIEW_EARLY_DAYS = 14  # a plan version saved up to two weeks before a review date covers it


def scheduled_review(agreement: date | None, after: date | None) -> tuple[date, int] | None:
    """The first 3/6/12-month review not covered by a plan version made on ``after``
    (``None``: no version yet); ``(date, months)``."""
    if agreement is None:
        return None
    for months, day in zip(PLAN_REVIEW_MONTHS, plan_review_dates(agreement), strict=True):
        if after is None or after < day - timedelta(days=REVIEW_EARLY_DAYS):
            return day, months
    return None


def review_due_from(
    agreement: date | None, last_made_on: date | None, agreed_next: date | None
) -> tuple[date, int | None] | None:
    """The next action-plan review: the first uncovered 3/6/12-month date or the date
    agreed in the latest version, whichever comes first. ``(date, months)``; months is
    None for a date agreed in the plan. The one rule for reminders and the due list."""
    candidates: list[tuple[date, int | None]] = []
    scheduled = scheduled_review(agreement, last_made_on)
    if scheduled is not None:
        candidates.append(scheduled)
    if agreed_next is not None:
        candidates.append((agreed_next, None))
    return min(candidates, key=lambda c: c[0]) if candidates else None


@dataclass(frozen=True)
class Warning:
    """A gentle, explained reminder of one of the model's rules (never a block)."""

    code: str
    message: Msg
    args: tuple[str, ...] = ()


W_CASELOAD = QT_TRANSLATE_NOOP(
    "Rules", "You have %1 active clients; the IPS model recommends at most %2."
)
W_CASELOAD_OWN = QT_TRANSLATE_NOOP(  # the user set a limit other than the model's 20
    "Rules", "You have %1 active clients; your limit is %2."
)
W_NO_BENEFITS = QT_TRANSLATE_NOOP(
    "Rules",
    "A job start is recorded but no benefits counselling before it. "
    "The client should get benefits counselling before each job start.",
)
W_NO_DISCLOSURE = QT_TRANSLATE_NOOP(
    "Rules",
    "Job search has begun but disclosure has not been discussed. "
    "Discuss disclosure before the job search, more than once; it is never required.",
)
W_NO_PROFILE_MEETING = QT_TRANSLATE_NOOP(
    "Rules",
    "No vocational profile meeting yet, %1 days after the agreement. "
    "Profiling is usually done in 1-3 meetings within the first month.",
)
W_PROFILE_MEETINGS = QT_TRANSLATE_NOOP(
    "Rules",
    "%1 profile meetings recorded; profiling is usually done in 1-3 meetings, "
    "after which employer contacts begin.",
)
W_FIRST_CONTACT = QT_TRANSLATE_NOOP(
    "Rules",
    "%1 days since the agreement and no face-to-face employer contact yet; "
    "the target is within %2 days.",
)


W_JOB_IN_EARLY_PHASE = QT_TRANSLATE_NOOP(
    "Rules",
    "A job starting %1 is recorded, but the client is in phase %2. Once the job has "
    "started, move them to in-work support (phase 5), where the follow-along reminders "
    "are.",
)


@dataclass(frozen=True)
class ClientFacts:
    """What the rules need to know of one client (gathered by a service)."""

    agreement: date | None
    phase: Phase
    job_search_started: date | None
    disclosure_discussions: tuple[date, ...]
    benefits_counselling: tuple[date, ...]
    job_starts: tuple[date, ...]
    profile_meetings: tuple[date, ...]
    first_face_to_face: date | None
    # (start, end) of every job; an open one (no end, or ending after today) in phases
    # 1-3 is a hint to move the client on.
    jobs: tuple[tuple[date, date | None], ...] = ()


def client_warnings(facts: ClientFacts, today: date) -> list[Warning]:
    """All rule reminders that apply to one client today."""
    out: list[Warning] = []
    for start in facts.job_starts:
        if not any(b <= start for b in facts.benefits_counselling):
            out.append(Warning("no_benefits_before_job", W_NO_BENEFITS))
            break
    reached_search = facts.phase >= Phase.JOB_SEARCH or facts.job_search_started is not None
    if reached_search:
        started = facts.job_search_started
        before = [d for d in facts.disclosure_discussions if started is None or d <= started]
        if not before and not facts.disclosure_discussions:
            out.append(Warning("no_disclosure_discussion", W_NO_DISCLOSURE))
    if facts.agreement is not None and not facts.profile_meetings:
        since = days_between(facts.agreement, today)
        if since > PROFILE_OVERDUE_DAYS:
            out.append(Warning("no_profile_meeting", W_NO_PROFILE_MEETING, (str(since),)))
    if len(facts.profile_meetings) > PROFILE_MEETINGS_EXPECTED[1]:
        out.append(
            Warning(
                "many_profile_meetings", W_PROFILE_MEETINGS, (str(len(facts.profile_meetings)),)
            )
        )
    open_jobs = sorted(start for start, end in facts.jobs if end is None or end > today)
    if open_jobs and facts.phase <= Phase.JOB_SEARCH:
        out.append(
            Warning(
                "job_in_early_phase",
                W_JOB_IN_EARLY_PHASE,
                (format_date(open_jobs[0]), str(int(facts.phase))),
            )
        )
    status = first_contact_status(facts.agreement, facts.first_face_to_face, today)
    if status.overdue and facts.phase < Phase.IN_WORK:
        out.append(
            Warning(
                "first_contact_overdue",
                W_FIRST_CONTACT,
                (str(status.days_since_agreement), str(FIRST_EMPLOYER_CONTACT_DAYS)),
            )
        )
    return out


def caseload_warning(active_clients: int, limit: int = CASELOAD_MAX) -> Warning | None:
    if caseload_exceeded(active_clients, limit):
        message = W_CASELOAD if limit == CASELOAD_MAX else W_CASELOAD_OWN
        return Warning("caseload", message, (str(active_clients), str(limit)))
    return None


def phase_after(current: Phase, target: Phase) -> bool:
    """Moving is allowed in any direction; this only tells whether it is forward."""
    return target > current


def next_phase(current: Phase) -> Phase | None:
    return Phase(current + 1) if current < Phase.IN_WORK else None


def clamp_future(day: date, today: date, max_future_days: int = 366) -> bool:
    """True when ``day`` is within a sensible range (not absurdly far in the future)."""
    return day <= today + timedelta(days=max_future_days)
