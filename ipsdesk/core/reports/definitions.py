"""Every figure of the team reports: its label and the definition it follows.

One table (:data:`FIGURES`) keyed by the figure's key; labels and definitions are
translatable (``QT_TRANSLATE_NOOP``) and shown as tooltips on the Team page,
as the legend of the PDF and as a column of the CSV. The source of each definition
is one of :data:`SOURCES`: the Finnish seeds, IPS Grow (UK), the IPS Employment
Center (US) or the fidelity scale.
"""

from __future__ import annotations

from dataclasses import dataclass

from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg

C = "TeamReport"

SEEDS = QT_TRANSLATE_NOOP("TeamReport", "Finnish IPS reports (seeds)")
GROW = QT_TRANSLATE_NOOP("TeamReport", "IPS Grow (UK)")
CENTER = QT_TRANSLATE_NOOP("TeamReport", "IPS Employment Center (US)")
FIDELITY = QT_TRANSLATE_NOOP("TeamReport", "IPS fidelity scale")


@dataclass(frozen=True)
class Definition:
    key: str
    label: Msg
    note: Msg
    source: Msg


def _d(key: str, label: Msg, note: Msg, source: Msg) -> Definition:
    return Definition(key, label, note, source)


_ALL = [
    # -- the weekly team summary ---------------------------------------------------------
    _d(
        "caseload",
        QT_TRANSLATE_NOOP("TeamReport", "Caseload"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Clients with an agreement whose service has not ended by the end of the week; "
            "target 20 per full-time specialist (scaled by working time).",
        ),
        FIDELITY,
    ),
    _d(
        "phase",
        QT_TRANSLATE_NOOP("TeamReport", "Clients in phase"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Clients in service at the end of the week by the phase they were in then "
            "(the last phase move on or before that day).",
        ),
        SEEDS,
    ),
    _d(
        "employer_contacts",
        QT_TRANSLATE_NOOP("TeamReport", "Employer contacts"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Employer contacts of the week, all modes; target 6 per full-time specialist a week.",
        ),
        SEEDS,
    ),
    _d(
        "face_to_face",
        QT_TRANSLATE_NOOP("TeamReport", "Face-to-face employer contacts"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Employer contacts of the week met in person (fidelity item 17 counts these).",
        ),
        FIDELITY,
    ),
    _d(
        "new_agreements",
        QT_TRANSLATE_NOOP("TeamReport", "New agreements"),
        QT_TRANSLATE_NOOP(
            "TeamReport", "Clients whose cooperation agreement is dated in the week."
        ),
        SEEDS,
    ),
    _d(
        "first_contacts",
        QT_TRANSLATE_NOOP("TeamReport", "First face-to-face employer contacts"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Clients whose first face-to-face employer contact on their behalf was in the week.",
        ),
        SEEDS,
    ),
    _d(
        "first_within_30",
        QT_TRANSLATE_NOOP("TeamReport", "of which within 30 days"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "First face-to-face employer contacts at most 30 days after the agreement "
            "(seeds: within one month; fidelity item 15).",
        ),
        SEEDS,
    ),
    _d(
        "median_days_first",
        QT_TRANSLATE_NOOP("TeamReport", "Median days to first contact"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Median of the days from the agreement to the first face-to-face employer "
            "contact, over the week's first contacts.",
        ),
        FIDELITY,
    ),
    _d(
        "job_starts",
        QT_TRANSLATE_NOOP("TeamReport", "Job starts"),
        QT_TRANSLATE_NOOP("TeamReport", "Jobs (all kinds) starting in the week."),
        GROW,
    ),
    _d(
        "job_ends",
        QT_TRANSLATE_NOOP("TeamReport", "Job ends"),
        QT_TRANSLATE_NOOP("TeamReport", "Jobs ending in the week."),
        SEEDS,
    ),
    _d(
        "working",
        QT_TRANSLATE_NOOP("TeamReport", "People working"),
        QT_TRANSLATE_NOOP(
            "TeamReport", "Unique persons with an open-market job on the last day of the week."
        ),
        CENTER,
    ),
    _d(
        "working_subsidy",
        QT_TRANSLATE_NOOP("TeamReport", "of whom with wage subsidy"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Persons working on the last day of the week whose open-market job has a wage subsidy.",
        ),
        SEEDS,
    ),
    _d(
        "follow_along_due",
        QT_TRANSLATE_NOOP("TeamReport", "Follow-along contacts due"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Persons in work in the week who are due a follow-along contact: weekly in the "
            "first month of the job, then when 30 days have passed since the last one "
            "(fidelity item 23).",
        ),
        FIDELITY,
    ),
    _d(
        "follow_along_done",
        QT_TRANSLATE_NOOP("TeamReport", "Follow-along contacts done"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Of the persons due a follow-along contact, those who had one in the week.",
        ),
        FIDELITY,
    ),
    # -- the period outcome report --------------------------------------------------------
    _d(
        "referrals",
        QT_TRANSLATE_NOOP("TeamReport", "Referrals"),
        QT_TRANSLATE_NOOP("TeamReport", "Persons referred in the period (by the referral date)."),
        GROW,
    ),
    _d(
        "referrals_no_agreement",
        QT_TRANSLATE_NOOP("TeamReport", "Referrals without an agreement"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Persons referred in the period with no agreement by the end of the period "
            "(seeds: contacts that did not lead to an agreement).",
        ),
        SEEDS,
    ),
    _d(
        "agreements_new",
        QT_TRANSLATE_NOOP("TeamReport", "New agreements"),
        QT_TRANSLATE_NOOP(
            "TeamReport", "Persons whose cooperation agreement is dated in the period."
        ),
        SEEDS,
    ),
    _d(
        "in_service",
        QT_TRANSLATE_NOOP("TeamReport", "Persons with an agreement in service"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Persons with an agreement made by the end of the period whose service had not "
            "ended before it began; each person once.",
        ),
        SEEDS,
    ),
    _d(
        "employed",
        QT_TRANSLATE_NOOP("TeamReport", "Persons employed (open labour market)"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Unique persons who started an open-market job in the period, with or without "
            "wage subsidy; a person with several jobs is counted once.",
        ),
        SEEDS,
    ),
    _d(
        "employed_no_subsidy",
        QT_TRANSLATE_NOOP("TeamReport", "Persons employed without wage subsidy"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Unique persons who started an open-market job without wage subsidy in the period.",
        ),
        SEEDS,
    ),
    _d(
        "employed_subsidy",
        QT_TRANSLATE_NOOP("TeamReport", "Persons employed with wage subsidy"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Unique persons who started an open-market job with wage subsidy in the period.",
        ),
        SEEDS,
    ),
    _d(
        "worked",
        QT_TRANSLATE_NOOP("TeamReport", "Persons who worked in the period"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Unique persons with an open-market job on any day of the period (also jobs "
            "started earlier).",
        ),
        CENTER,
    ),
    _d(
        "jobs_started",
        QT_TRANSLATE_NOOP("TeamReport", "Employment relationships started"),
        QT_TRANSLATE_NOOP(
            "TeamReport", "Jobs started in the period, second and third jobs of a person included."
        ),
        GROW,
    ),
    _d(
        "jobs_started_open",
        QT_TRANSLATE_NOOP("TeamReport", "of which on the open labour market"),
        QT_TRANSLATE_NOOP("TeamReport", "Jobs started in the period on the open labour market."),
        FIDELITY,
    ),
    _d(
        "step_education",
        QT_TRANSLATE_NOOP("TeamReport", "Moved to education"),
        QT_TRANSLATE_NOOP("TeamReport", "Unique persons who started education in the period."),
        SEEDS,
    ),
    _d(
        "step_work_trial",
        QT_TRANSLATE_NOOP("TeamReport", "Moved to a work trial"),
        QT_TRANSLATE_NOOP("TeamReport", "Unique persons who started a work trial in the period."),
        SEEDS,
    ),
    _d(
        "step_volunteering",
        QT_TRANSLATE_NOOP("TeamReport", "Moved to volunteering"),
        QT_TRANSLATE_NOOP("TeamReport", "Unique persons who started volunteering in the period."),
        SEEDS,
    ),
    _d(
        "step_apprenticeship",
        QT_TRANSLATE_NOOP("TeamReport", "Moved to an apprenticeship"),
        QT_TRANSLATE_NOOP(
            "TeamReport", "Unique persons who started an apprenticeship in the period."
        ),
        SEEDS,
    ),
    _d(
        "step_other",
        QT_TRANSLATE_NOOP("TeamReport", "Moved to another step toward work"),
        QT_TRANSLATE_NOOP(
            "TeamReport", "Unique persons who started another step toward work in the period."
        ),
        SEEDS,
    ),
    _d(
        "employment_rate",
        QT_TRANSLATE_NOOP("TeamReport", "Employment rate"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Persons employed ÷ persons with an agreement in service (Finland 2023–24: 38 %; "
            "international benchmark about 37–41 %).",
        ),
        SEEDS,
    ),
    _d(
        "employment_rate_no_subsidy",
        QT_TRANSLATE_NOOP("TeamReport", "Employment rate without wage subsidy"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Persons employed without wage subsidy ÷ persons with an agreement in service "
            "(Finland 2023–24: 21 %).",
        ),
        SEEDS,
    ),
    _d(
        "employment_rate_out_of_work",
        QT_TRANSLATE_NOOP("TeamReport", "Employment rate of out-of-work clients"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Persons employed ÷ persons in service who were not in work at referral "
            "(IPS Grow since 2024; benchmark 40 %).",
        ),
        GROW,
    ),
    _d(
        "in_work_at_referral",
        QT_TRANSLATE_NOOP("TeamReport", "Share already in work at referral"),
        QT_TRANSLATE_NOOP(
            "TeamReport",
            "Persons in service who were in work when referred ÷ persons in service "
            "(IPS Grow: at most 15 %).",
        ),
        GROW,
    ),
    _d(
        "smi_in_service",
        QT_TRANSLATE_NOOP("TeamReport", "Severe mental illness: in service"),
        QT_TRANSLATE_NOOP("TeamReport", "Persons in service with a severe mental illness."),
        SEEDS,
    ),
    _d(
        "smi_employed",
        QT_TRANSLATE_NOOP("TeamReport", "Severe mental illness: employed"),
        QT_TRANSLATE_NOOP("TeamReport", "Persons employed with a severe mental illness."),
        SEEDS,
    ),
    _d(
        "smi_rate",
        QT_TRANSLATE_NOOP("TeamReport", "Severe mental illness: employment rate"),
        QT_TRANSLATE_NOOP("TeamReport", "Employment rate of persons with a severe mental illness."),
        SEEDS,
    ),
    _d(
        "other_in_service",
        QT_TRANSLATE_NOOP("TeamReport", "Other diagnoses: in service"),
        QT_TRANSLATE_NOOP("TeamReport", "Persons in service without a severe mental illness."),
        SEEDS,
    ),
    _d(
        "other_employed",
        QT_TRANSLATE_NOOP("TeamReport", "Other diagnoses: employed"),
        QT_TRANSLATE_NOOP("TeamReport", "Persons employed without a severe mental illness."),
        SEEDS,
    ),
    _d(
        "other_rate",
        QT_TRANSLATE_NOOP("TeamReport", "Other diagnoses: employment rate"),
        QT_TRANSLATE_NOOP(
            "TeamReport", "Employment rate of persons without a severe mental illness."
        ),
        SEEDS,
    ),
]

FIGURES: dict[str, Definition] = {d.key: d for d in _ALL}
SOURCES = (SEEDS, GROW, CENTER, FIDELITY)
