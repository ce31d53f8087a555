"""Declarations of the client's records: what fields each has, their types and rules.

One :class:`RecordSpec` per kind of record (consent, benefits counselling, job, contact
log entry, …). The service layer validates and saves any kind from its spec
(``core/services/records.py``), and the UI builds its forms and tables from the same
spec (``ui/kit/record_list.py``), so a field is declared in exactly one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from ipsdesk.core.domain import enums
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg


class Kind(StrEnum):
    DATE = "date"
    TEXT = "text"  # one line, <= 200 characters
    LONGTEXT = "longtext"  # a note, <= MAX_TEXT_LENGTH
    CHOICE = "choice"
    BOOL = "bool"
    NUMBER = "number"
    EMPLOYER = "employer"  # id of an employer (chosen from the register)
    YEAR = "year"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: Msg
    kind: Kind
    required: bool = False
    choices: dict[str, Msg] | None = None
    minimum: float | None = None
    maximum: float | None = None
    future_ok: bool = False  # dates: may lie in the future (plans, follow-ups)
    in_table: bool = True  # shown as a column in the record list


@dataclass(frozen=True)
class RecordSpec:
    key: str
    title: Msg  # plural heading, e.g. "Consents"
    singular: Msg
    model: str  # name of the table model in core/storage/models.py
    fields: tuple[FieldSpec, ...]
    date_field: str | None = None  # the field lists are sorted by (newest first)
    ordered: tuple[tuple[str, str], ...] = field(default=())  # (start, end) pairs

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


E = TypeVar("E", bound=StrEnum)


def _choices(enum_labels: Mapping[E, Msg]) -> dict[str, Msg]:
    return {k.value: v for k, v in enum_labels.items()}


CONSENT = RecordSpec(
    "consent",
    QT_TRANSLATE_NOOP("Records", "Consent to information exchange"),
    QT_TRANSLATE_NOOP("Records", "Consent"),
    "Consent",
    (
        FieldSpec(
            "party",
            QT_TRANSLATE_NOOP("Records", "Party"),
            Kind.CHOICE,
            required=True,
            choices=_choices(enums.CONSENT_PARTY_LABELS),
        ),
        FieldSpec("party_detail", QT_TRANSLATE_NOOP("Records", "Party in detail"), Kind.TEXT),
        FieldSpec(
            "what_shared",
            QT_TRANSLATE_NOOP("Records", "What may be shared"),
            Kind.LONGTEXT,
            required=True,
        ),
        FieldSpec("given_on", QT_TRANSLATE_NOOP("Records", "Given on"), Kind.DATE, required=True),
        FieldSpec("withdrawn_on", QT_TRANSLATE_NOOP("Records", "Withdrawn on"), Kind.DATE),
    ),
    date_field="given_on",
    ordered=(("given_on", "withdrawn_on"),),
)

BENEFITS = RecordSpec(
    "benefits_counselling",
    QT_TRANSLATE_NOOP("Records", "Benefits counselling"),
    QT_TRANSLATE_NOOP("Records", "Benefits counselling session"),
    "BenefitsCounselling",
    (
        FieldSpec("on", QT_TRANSLATE_NOOP("Records", "Date"), Kind.DATE, required=True),
        FieldSpec("by_whom", QT_TRANSLATE_NOOP("Records", "By whom"), Kind.TEXT, required=True),
        FieldSpec("topics", QT_TRANSLATE_NOOP("Records", "Topics"), Kind.LONGTEXT),
    ),
    date_field="on",
)

DISCLOSURE = RecordSpec(
    "disclosure_discussion",
    QT_TRANSLATE_NOOP("Records", "Disclosure discussions"),
    QT_TRANSLATE_NOOP("Records", "Disclosure discussion"),
    "DisclosureDiscussion",
    (
        FieldSpec("on", QT_TRANSLATE_NOOP("Records", "Date"), Kind.DATE, required=True),
        FieldSpec("notes", QT_TRANSLATE_NOOP("Records", "Notes"), Kind.LONGTEXT),
    ),
    date_field="on",
)

PROFILE_MEETING = RecordSpec(
    "profile_meeting",
    QT_TRANSLATE_NOOP("Records", "Profile meetings"),
    QT_TRANSLATE_NOOP("Records", "Profile meeting"),
    "ProfileMeeting",
    (
        FieldSpec("on", QT_TRANSLATE_NOOP("Records", "Date"), Kind.DATE, required=True),
        FieldSpec("notes", QT_TRANSLATE_NOOP("Records", "Notes"), Kind.LONGTEXT),
    ),
    date_field="on",
)

WORK_HISTORY = RecordSpec(
    "work_history",
    QT_TRANSLATE_NOOP("Records", "Work history"),
    QT_TRANSLATE_NOOP("Records", "Work history entry"),
    "WorkHistory",
    (
        FieldSpec("employer_name", QT_TRANSLATE_NOOP("Records", "Employer"), Kind.TEXT),
        FieldSpec(
            "title", QT_TRANSLATE_NOOP("Records", "Title or tasks"), Kind.TEXT, required=True
        ),
        FieldSpec(
            "start_year",
            QT_TRANSLATE_NOOP("Records", "From (year)"),
            Kind.YEAR,
            minimum=1940,
            maximum=2100,
        ),
        FieldSpec(
            "end_year",
            QT_TRANSLATE_NOOP("Records", "To (year)"),
            Kind.YEAR,
            minimum=1940,
            maximum=2100,
        ),
        FieldSpec("notes", QT_TRANSLATE_NOOP("Records", "Notes"), Kind.LONGTEXT, in_table=False),
    ),
    ordered=(("start_year", "end_year"),),
)

JOB_LEAD = RecordSpec(
    "job_lead",
    QT_TRANSLATE_NOOP("Records", "Job leads"),
    QT_TRANSLATE_NOOP("Records", "Job lead"),
    "JobLead",
    (
        FieldSpec("noted_on", QT_TRANSLATE_NOOP("Records", "Noted on"), Kind.DATE, required=True),
        FieldSpec("description", QT_TRANSLATE_NOOP("Records", "Lead"), Kind.TEXT, required=True),
        FieldSpec("employer_id", QT_TRANSLATE_NOOP("Records", "Employer"), Kind.EMPLOYER),
        FieldSpec(
            "status",
            QT_TRANSLATE_NOOP("Records", "Status"),
            Kind.CHOICE,
            required=True,
            choices={
                "open": QT_TRANSLATE_NOOP("Records", "Open"),
                "applied": QT_TRANSLATE_NOOP("Records", "Applied"),
                "closed": QT_TRANSLATE_NOOP("Records", "Closed"),
            },
        ),
    ),
    date_field="noted_on",
)

EMPLOYER_SUPPORT = RecordSpec(
    "employer_support",
    QT_TRANSLATE_NOOP("Records", "Supports agreed with employers"),
    QT_TRANSLATE_NOOP("Records", "Support agreed with employer"),
    "EmployerSupport",
    (
        FieldSpec("employer_id", QT_TRANSLATE_NOOP("Records", "Employer"), Kind.EMPLOYER),
        FieldSpec(
            "kind",
            QT_TRANSLATE_NOOP("Records", "Support (e.g. wage subsidy)"),
            Kind.TEXT,
            required=True,
        ),
        FieldSpec("description", QT_TRANSLATE_NOOP("Records", "Description"), Kind.LONGTEXT),
        FieldSpec("start_on", QT_TRANSLATE_NOOP("Records", "From"), Kind.DATE, future_ok=True),
        FieldSpec("end_on", QT_TRANSLATE_NOOP("Records", "Until"), Kind.DATE, future_ok=True),
    ),
    date_field="start_on",
    ordered=(("start_on", "end_on"),),
)

JOB = RecordSpec(
    "job",
    QT_TRANSLATE_NOOP("Records", "Jobs"),
    QT_TRANSLATE_NOOP("Records", "Job"),
    "Job",
    (
        FieldSpec(
            "employer_id", QT_TRANSLATE_NOOP("Records", "Employer"), Kind.EMPLOYER, required=True
        ),
        FieldSpec("title", QT_TRANSLATE_NOOP("Records", "Job title"), Kind.TEXT, required=True),
        FieldSpec(
            "start_on",
            QT_TRANSLATE_NOOP("Records", "Start date"),
            Kind.DATE,
            required=True,
            future_ok=True,
        ),
        FieldSpec("end_on", QT_TRANSLATE_NOOP("Records", "End date"), Kind.DATE, future_ok=True),
        FieldSpec(
            "hours_per_week",
            QT_TRANSLATE_NOOP("Records", "Hours per week"),
            Kind.NUMBER,
            minimum=0,
            maximum=80,
        ),
        FieldSpec("open_market", QT_TRANSLATE_NOOP("Records", "Open labour market"), Kind.BOOL),
        FieldSpec("wage_subsidy", QT_TRANSLATE_NOOP("Records", "Wage subsidy"), Kind.BOOL),
        FieldSpec(
            "job_type",
            QT_TRANSLATE_NOOP("Records", "Occupation group"),
            Kind.CHOICE,
            choices=_choices(enums.JOB_TYPE_LABELS),
            in_table=False,
        ),
        FieldSpec(
            "end_reason", QT_TRANSLATE_NOOP("Records", "End reason"), Kind.TEXT, in_table=False
        ),
    ),
    date_field="start_on",
    ordered=(("start_on", "end_on"),),
)

STEP_TOWARD_WORK = RecordSpec(
    "step_toward_work",
    QT_TRANSLATE_NOOP("Records", "Steps toward work"),
    QT_TRANSLATE_NOOP("Records", "Step toward work"),
    "StepTowardWork",
    (
        FieldSpec(
            "kind",
            QT_TRANSLATE_NOOP("Records", "Step"),
            Kind.CHOICE,
            required=True,
            choices=_choices(enums.STEP_KIND_LABELS),
        ),
        FieldSpec(
            "start_on",
            QT_TRANSLATE_NOOP("Records", "Start date"),
            Kind.DATE,
            required=True,
            future_ok=True,
        ),
        FieldSpec("end_on", QT_TRANSLATE_NOOP("Records", "End date"), Kind.DATE, future_ok=True),
        FieldSpec("note", QT_TRANSLATE_NOOP("Records", "Note"), Kind.LONGTEXT, in_table=False),
    ),
    date_field="start_on",
    ordered=(("start_on", "end_on"),),
)

CLIENT_CONTACT = RecordSpec(
    "client_contact",
    QT_TRANSLATE_NOOP("Records", "Contact log"),
    QT_TRANSLATE_NOOP("Records", "Contact"),
    "ClientContact",
    (
        FieldSpec("on", QT_TRANSLATE_NOOP("Records", "Date"), Kind.DATE, required=True),
        FieldSpec(
            "with_whom",
            QT_TRANSLATE_NOOP("Records", "With whom"),
            Kind.CHOICE,
            required=True,
            choices=_choices(enums.CONTACT_WITH_LABELS),
        ),
        FieldSpec(
            "place",
            QT_TRANSLATE_NOOP("Records", "Where"),
            Kind.CHOICE,
            required=True,
            choices=_choices(enums.PLACE_LABELS),
        ),
        FieldSpec("note", QT_TRANSLATE_NOOP("Records", "Note (employment only)"), Kind.LONGTEXT),
    ),
    date_field="on",
)

# An employer contact (edited in the Employers view; services/employer_contacts.py).
# The employer register (not a client's record; same form and validation machinery).
EMPLOYER = RecordSpec(
    "employer",
    QT_TRANSLATE_NOOP("Employers", "Employers"),
    QT_TRANSLATE_NOOP("Employers", "Employer"),
    "Employer",
    (
        FieldSpec("name", QT_TRANSLATE_NOOP("Employers", "Name"), Kind.TEXT, required=True),
        FieldSpec("business_id", QT_TRANSLATE_NOOP("Employers", "Business ID"), Kind.TEXT),
        FieldSpec("municipality", QT_TRANSLATE_NOOP("Employers", "Municipality"), Kind.TEXT),
        FieldSpec("sector", QT_TRANSLATE_NOOP("Employers", "Sector"), Kind.TEXT),
        FieldSpec(
            "hiring_needs",
            QT_TRANSLATE_NOOP("Employers", "Hiring needs"),
            Kind.LONGTEXT,
            in_table=False,
        ),
        FieldSpec("notes", QT_TRANSLATE_NOOP("Employers", "Notes"), Kind.LONGTEXT, in_table=False),
    ),
)


CONTACT_PERSON = RecordSpec(
    "employer_contact_person",
    QT_TRANSLATE_NOOP("Employers", "Contact persons"),
    QT_TRANSLATE_NOOP("Employers", "Contact person"),
    "EmployerContactPerson",
    (
        FieldSpec("name", QT_TRANSLATE_NOOP("Employers", "Name"), Kind.TEXT, required=True),
        FieldSpec("role", QT_TRANSLATE_NOOP("Employers", "Role"), Kind.TEXT),
        FieldSpec("phone", QT_TRANSLATE_NOOP("Employers", "Phone"), Kind.TEXT),
        FieldSpec("email", QT_TRANSLATE_NOOP("Employers", "E-mail"), Kind.TEXT),
    ),
)


EMPLOYER_CONTACT = RecordSpec(
    "employer_contact",
    QT_TRANSLATE_NOOP("Employers", "Employer contacts"),
    QT_TRANSLATE_NOOP("Employers", "Employer contact"),
    "EmployerContact",
    (
        FieldSpec("on", QT_TRANSLATE_NOOP("Employers", "Date"), Kind.DATE, required=True),
        FieldSpec(
            "employer_id", QT_TRANSLATE_NOOP("Employers", "Employer"), Kind.EMPLOYER, required=True
        ),
        FieldSpec(
            "mode",
            QT_TRANSLATE_NOOP("Employers", "Mode"),
            Kind.CHOICE,
            required=True,
            choices=_choices(enums.CONTACT_MODE_LABELS),
        ),
        FieldSpec(
            "purpose",
            QT_TRANSLATE_NOOP("Employers", "Purpose"),
            Kind.CHOICE,
            required=True,
            choices=_choices(enums.CONTACT_PURPOSE_LABELS),
        ),
        FieldSpec("outcome", QT_TRANSLATE_NOOP("Employers", "Outcome"), Kind.LONGTEXT),
        FieldSpec("next_step", QT_TRANSLATE_NOOP("Employers", "Next step"), Kind.LONGTEXT),
        FieldSpec(
            "follow_up_on",
            QT_TRANSLATE_NOOP("Employers", "Follow up on"),
            Kind.DATE,
            future_ok=True,
            in_table=False,
        ),
        FieldSpec(
            "follow_up_done",
            QT_TRANSLATE_NOOP("Employers", "Follow-up done"),
            Kind.BOOL,
            in_table=False,
        ),
    ),
    date_field="on",
    ordered=(("on", "follow_up_on"),),
)

SPECS: dict[str, RecordSpec] = {
    s.key: s
    for s in (
        CONSENT,
        BENEFITS,
        DISCLOSURE,
        PROFILE_MEETING,
        WORK_HISTORY,
        JOB_LEAD,
        EMPLOYER_SUPPORT,
        JOB,
        STEP_TOWARD_WORK,
        CLIENT_CONTACT,
    )
}

# Forms of one-per-client data.
BASICS = RecordSpec(
    "client",
    QT_TRANSLATE_NOOP("Records", "Client"),
    QT_TRANSLATE_NOOP("Records", "Client"),
    "Client",
    (
        FieldSpec("full_name", QT_TRANSLATE_NOOP("Records", "Name"), Kind.TEXT, required=True),
        FieldSpec("phone", QT_TRANSLATE_NOOP("Records", "Phone"), Kind.TEXT),
        FieldSpec(
            "document_language",
            QT_TRANSLATE_NOOP("Records", "Language of documents"),
            Kind.CHOICE,
            required=True,
            choices={
                "fi": QT_TRANSLATE_NOOP("Records", "Finnish"),
                "sv": QT_TRANSLATE_NOOP("Records", "Swedish"),
                "en": QT_TRANSLATE_NOOP("Records", "English"),
            },
        ),
        FieldSpec("referral_date", QT_TRANSLATE_NOOP("Records", "Referral date"), Kind.DATE),
        FieldSpec(
            "referral_source", QT_TRANSLATE_NOOP("Records", "Referred by (care team)"), Kind.TEXT
        ),
        FieldSpec("referral_contact", QT_TRANSLATE_NOOP("Records", "Contact person"), Kind.TEXT),
        FieldSpec(
            "agreement_date", QT_TRANSLATE_NOOP("Records", "Cooperation agreement date"), Kind.DATE
        ),
        FieldSpec(
            "severe_mental_illness",
            QT_TRANSLATE_NOOP("Records", "Severe mental illness"),
            Kind.BOOL,
        ),
        FieldSpec(
            "in_work_at_referral",
            QT_TRANSLATE_NOOP("Records", "Already in work at referral"),
            Kind.BOOL,
        ),
    ),
    ordered=(("referral_date", "agreement_date"),),
)

PROFILE = RecordSpec(
    "vocational_profile",
    QT_TRANSLATE_NOOP("Records", "Vocational profile"),
    QT_TRANSLATE_NOOP("Records", "Vocational profile"),
    "VocationalProfile",
    tuple(
        FieldSpec(name, label, Kind.LONGTEXT)
        for name, label in (
            ("education", QT_TRANSLATE_NOOP("Records", "Education")),
            ("skills", QT_TRANSLATE_NOOP("Records", "Skills")),
            ("strengths", QT_TRANSLATE_NOOP("Records", "Strengths and resources")),
            ("interests", QT_TRANSLATE_NOOP("Records", "Interests")),
            ("preferred_job_types", QT_TRANSLATE_NOOP("Records", "Preferred job types")),
            ("preferred_hours", QT_TRANSLATE_NOOP("Records", "Preferred hours")),
            ("preferred_location", QT_TRANSLATE_NOOP("Records", "Preferred location")),
            ("support_needs", QT_TRANSLATE_NOOP("Records", "Support needs")),
            ("goals", QT_TRANSLATE_NOOP("Records", "Goals for work")),
        )
    ),
)

NOTES = RecordSpec(
    "client_notes",
    QT_TRANSLATE_NOOP("Records", "Notes"),
    QT_TRANSLATE_NOOP("Records", "Notes"),
    "Client",
    (
        FieldSpec(
            "disclosure_wishes",
            QT_TRANSLATE_NOOP("Records", "What the client wants said to employers"),
            Kind.LONGTEXT,
        ),
        FieldSpec("job_goals", QT_TRANSLATE_NOOP("Records", "Job goals"), Kind.LONGTEXT),
        FieldSpec(
            "employer_work_notes",
            QT_TRANSLATE_NOOP("Records", "Job development and carving notes"),
            Kind.LONGTEXT,
        ),
    ),
)

_PHASE_CHOICES = {str(int(p)): label for p, label in enums.PHASE_LABELS.items()}

# Forms of the explicit, dated actions on a client's journey.
MOVE_PHASE = RecordSpec(
    "move_phase",
    QT_TRANSLATE_NOOP("Records", "Move to another phase"),
    QT_TRANSLATE_NOOP("Records", "Move to another phase"),
    "PhaseChange",
    (
        FieldSpec(
            "phase",
            QT_TRANSLATE_NOOP("Records", "New phase"),
            Kind.CHOICE,
            required=True,
            choices=_PHASE_CHOICES,
        ),
        FieldSpec("on", QT_TRANSLATE_NOOP("Records", "Date"), Kind.DATE, required=True),
        FieldSpec("reason", QT_TRANSLATE_NOOP("Records", "Reason (optional)"), Kind.TEXT),
    ),
)

END_SERVICE = RecordSpec(
    "end_service",
    QT_TRANSLATE_NOOP("Records", "End the service"),
    QT_TRANSLATE_NOOP("Records", "End the service"),
    "PhaseChange",
    (
        FieldSpec("on", QT_TRANSLATE_NOOP("Records", "Date"), Kind.DATE, required=True),
        FieldSpec(
            "reason",
            QT_TRANSLATE_NOOP("Records", "Reason"),
            Kind.CHOICE,
            required=True,
            choices=_choices(enums.END_REASON_LABELS),
        ),
        FieldSpec("note", QT_TRANSLATE_NOOP("Records", "Note (optional)"), Kind.TEXT),
    ),
)

REOPEN = RecordSpec(
    "reopen",
    QT_TRANSLATE_NOOP("Records", "Re-open the service"),
    QT_TRANSLATE_NOOP("Records", "Re-open the service"),
    "PhaseChange",
    (
        FieldSpec(
            "phase",
            QT_TRANSLATE_NOOP("Records", "Phase"),
            Kind.CHOICE,
            required=True,
            choices=_PHASE_CHOICES,
        ),
        FieldSpec("on", QT_TRANSLATE_NOOP("Records", "Date"), Kind.DATE, required=True),
        FieldSpec("reason", QT_TRANSLATE_NOOP("Records", "Reason (optional)"), Kind.TEXT),
    ),
)
