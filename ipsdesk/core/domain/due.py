"""What is due: the model's reminders as pure rules over dates (nothing here reads storage).

Each rule takes the few dates it needs and returns a :class:`Due` (kind, date it is due,
overdue or not) or None. ``core/services/due.py`` gathers the facts for every active
client in a few queries and turns each :class:`Due` into a :class:`DueItem` that also
says where in the app to act on it (:class:`Target`).

The rules (defaults from ``shared/guide/ips-model.md``; "near" means due within
``horizon_days``, 7 by default):

* first face-to-face employer contact (*ensimmäinen työnantajatapaaminen*) within
  ``limit_days`` (30) of the agreement: due when none yet and the deadline is near or past;
* follow-along after a job start (*työsuhteen ylläpitämisen tuki*, fidelity item 23):
  a contact within 3 days of the start, then at most a week between contacts in the
  first month, then at most a month; within 3 days of a job ending. Rolling: the next
  contact is due counted from the client's latest contact;
* action-plan review (*toimintasuunnitelman tarkistus*): the earlier of the latest version's
  ``next_review_on`` and the first 3/6/12-month date not yet covered by
  a plan version;
* a follow-up promised to an employer that is not done;
* no contact with the client for ``days`` (the NO_CONTACT_DAYS setting).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ipsdesk.core.domain import rules
from ipsdesk.core.domain.enums import Phase
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg

DUE_HORIZON_DAYS = 7  # "near": due within a week from today
FOLLOW_ALONG_START_DAYS = 3  # a contact within 3 days of a job start
FOLLOW_ALONG_WEEK_DAYS = 7  # then weekly during the first month
FOLLOW_ALONG_END_DAYS = 3  # a contact within 3 days of a job ending
JOB_END_LOOKBACK_DAYS = 60  # a job that ended longer ago is no longer a follow-along item


class DueKind(StrEnum):
    FIRST_CONTACT = "first_contact"
    FOLLOW_ALONG_START = "follow_along_start"
    FOLLOW_ALONG_WEEKLY = "follow_along_weekly"
    FOLLOW_ALONG_MONTHLY = "follow_along_monthly"
    FOLLOW_ALONG_END = "follow_along_end"
    PLAN_REVIEW = "plan_review"
    EMPLOYER_FOLLOW_UP = "employer_follow_up"
    NO_CONTACT = "no_contact"


DUE_LABELS: dict[DueKind, Msg] = {
    DueKind.FIRST_CONTACT: QT_TRANSLATE_NOOP("Due", "First face-to-face employer contact"),
    DueKind.FOLLOW_ALONG_START: QT_TRANSLATE_NOOP("Due", "Follow-along contact after job start"),
    DueKind.FOLLOW_ALONG_WEEKLY: QT_TRANSLATE_NOOP("Due", "Weekly follow-along contact"),
    DueKind.FOLLOW_ALONG_MONTHLY: QT_TRANSLATE_NOOP("Due", "Monthly follow-along contact"),
    DueKind.FOLLOW_ALONG_END: QT_TRANSLATE_NOOP("Due", "Contact after the job ended"),
    DueKind.PLAN_REVIEW: QT_TRANSLATE_NOOP("Due", "Action plan review"),
    DueKind.EMPLOYER_FOLLOW_UP: QT_TRANSLATE_NOOP("Due", "Follow-up promised to the employer"),
    DueKind.NO_CONTACT: QT_TRANSLATE_NOOP("Due", "No contact for a long time"),
}

# Where to act: the place (``client`` workspace or ``employer`` register) and section.
PLACE_CLIENT = "client"
PLACE_EMPLOYER = "employer"
SECTION_JOB_SEARCH = "job_search"  # employer contacts made for the client
SECTION_CONTACT_LOG = "client_contact"  # the client contact log (related_id: the job)
SECTION_ACTION_PLAN = "action_plan"
SECTION_EMPLOYER_CONTACTS = "employer_contacts"  # related_id: the employer contact


@dataclass(frozen=True, slots=True)
class Target:
    """Where the UI opens to act on an item: ``("client", 7, "action_plan")``."""

    place: str
    id: int
    section: str = ""
    related_id: int | None = None


@dataclass(frozen=True, slots=True)
class Due:
    kind: DueKind
    due_on: date
    overdue: bool


@dataclass(frozen=True, slots=True)
class DueItem:
    """One line of the due list, plain data for the week view, caseload and CLI."""

    kind: DueKind
    due_on: date
    overdue: bool
    target: Target
    client_id: int | None = None
    client_code: str = ""
    client_name: str = ""
    employer_id: int | None = None
    employer_name: str = ""
    detail: str = ""  # e.g. the job title

    @property
    def label(self) -> Msg:
        return DUE_LABELS[self.kind]


def _due(kind: DueKind, due_on: date, today: date, horizon_days: int) -> Due | None:
    if due_on > today + timedelta(days=horizon_days):
        return None
    return Due(kind, due_on, today > due_on)


def first_contact_due(
    agreement: date | None,
    first_face_to_face: date | None,
    phase: Phase,
    today: date,
    *,
    limit_days: int = rules.FIRST_EMPLOYER_CONTACT_DAYS,
    horizon_days: int = DUE_HORIZON_DAYS,
) -> Due | None:
    """The first face-to-face employer contact, due ``limit_days`` after the agreement.

    A contact on the deadline day itself is in time (as in :func:`rules.first_contact_status`).
    A client already in work needs no reminder.
    """
    if agreement is None or first_face_to_face is not None or phase >= Phase.IN_WORK:
        return None
    return _due(DueKind.FIRST_CONTACT, agreement + timedelta(days=limit_days), today, horizon_days)


def follow_along_due(
    start: date,
    end: date | None,
    last_contact: date | None,
    today: date,
    *,
    horizon_days: int = DUE_HORIZON_DAYS,
) -> Due | None:
    """The next follow-along contact for one job.

    ``last_contact`` is the client's latest contact on or before ``today``. A job that has
    ended (``end <= today``) needs one contact on or after its end, within 3 days; the
    item disappears :data:`JOB_END_LOOKBACK_DAYS` after the end.
    """
    if end is not None and end <= today:
        if (last_contact is not None and last_contact >= end) or (
            today - end
        ).days > JOB_END_LOOKBACK_DAYS:
            return None
        due_on = end + timedelta(days=FOLLOW_ALONG_END_DAYS)
        return _due(DueKind.FOLLOW_ALONG_END, due_on, today, horizon_days)
    if last_contact is None or last_contact < start:
        kind = DueKind.FOLLOW_ALONG_START
        due_on = start + timedelta(days=FOLLOW_ALONG_START_DAYS)
    elif last_contact < rules.add_months(start, 1):
        kind = DueKind.FOLLOW_ALONG_WEEKLY
        due_on = last_contact + timedelta(days=FOLLOW_ALONG_WEEK_DAYS)
    else:
        kind = DueKind.FOLLOW_ALONG_MONTHLY
        due_on = rules.add_months(last_contact, 1)
    return _due(kind, due_on, today, horizon_days)


def plan_review_due(
    agreement: date | None,
    latest_plan_on: date | None,
    latest_next_review: date | None,
    today: date,
    *,
    horizon_days: int = DUE_HORIZON_DAYS,
) -> Due | None:
    """The next action-plan review, by the one rule in :func:`rules.review_due_from`."""
    nxt = rules.review_due_from(agreement, latest_plan_on, latest_next_review)
    if nxt is None:
        return None
    return _due(DueKind.PLAN_REVIEW, nxt[0], today, horizon_days)


def employer_follow_up_due(
    follow_up_on: date | None,
    done: bool,
    today: date,
    *,
    horizon_days: int = DUE_HORIZON_DAYS,
) -> Due | None:
    """A follow-up promised to an employer, until it is marked done."""
    if follow_up_on is None or done:
        return None
    return _due(DueKind.EMPLOYER_FOLLOW_UP, follow_up_on, today, horizon_days)


def no_contact_due(
    last_contact: date | None, since: date | None, today: date, *, days: int
) -> Due | None:
    """No contact for ``days``: counted from the latest contact, else from ``since``
    (the agreement, or the day the client entered the current phase).

    Due on the day the threshold is reached; overdue after it.
    """
    reference = last_contact or since
    if reference is None:
        return None
    due_on = reference + timedelta(days=days)
    if today < due_on:
        return None
    return Due(DueKind.NO_CONTACT, due_on, today > due_on)


def sort_key(item: DueItem) -> tuple[date, str, str, str]:
    """Most urgent first: by date, then kind, then who."""
    return (item.due_on, item.kind.value, item.client_code, item.employer_name)
