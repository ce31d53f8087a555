"""The 25 items of the IPS fidelity scale (IPS-laatukriteeristö) in its three sections.

Names follow the Finnish reviews' vocabulary (the seeds); the 1–5 anchor texts are
ipsdesk's short summaries of the 2019 manual's anchors, not its exact wording (which
could be checked only for item 1, see ``thresholds.py``). Anchors shared by several
items (element counts, "most clients") are one source string each, so they read the
same everywhere. Every text is marked for translation (context ``FidelityItem``) and
shown with ``tr_msg`` in the UI or ``Catalog(lang).tr`` in the exports.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg


class Section(StrEnum):
    STAFFING = "staffing"
    ORGANISATION = "organisation"
    SERVICES = "services"


SECTION_LABELS = {
    Section.STAFFING: QT_TRANSLATE_NOOP("FidelityItem", "Staffing"),
    Section.ORGANISATION: QT_TRANSLATE_NOOP("FidelityItem", "Organisation"),
    Section.SERVICES: QT_TRANSLATE_NOOP("FidelityItem", "Services"),
}


@dataclass(frozen=True)
class Item:
    number: int
    section: Section
    name: Msg
    anchors: tuple[Msg, Msg, Msg, Msg, Msg]  # score 1, 2, 3, 4, 5

    def anchor(self, score: int) -> Msg:
        return self.anchors[score - 1]


# Shared anchors (one translation each).
ALL5 = QT_TRANSLATE_NOOP("FidelityItem", "All five elements are in place.")
FOUR = QT_TRANSLATE_NOOP("FidelityItem", "Four of the five elements are in place.")
THREE = QT_TRANSLATE_NOOP("FidelityItem", "Three of the five elements are in place.")
TWO = QT_TRANSLATE_NOOP("FidelityItem", "Two of the five elements are in place.")
ONE = QT_TRANSLATE_NOOP("FidelityItem", "One element or none is in place.")
MOST = QT_TRANSLATE_NOOP("FidelityItem", "Done for most clients (75–89 %).")
HALF = QT_TRANSLATE_NOOP("FidelityItem", "Done for about half of the clients (50–74 %).")
SOME = QT_TRANSLATE_NOOP("FidelityItem", "Done for some clients (25–49 %).")

ITEMS: tuple[Item, ...] = (
    Item(
        1,
        Section.STAFFING,
        QT_TRANSLATE_NOOP("FidelityItem", "Caseload size"),
        (
            QT_TRANSLATE_NOOP("FidelityItem", "41 or more clients per full-time specialist."),
            QT_TRANSLATE_NOOP("FidelityItem", "31–40 clients per full-time specialist."),
            QT_TRANSLATE_NOOP("FidelityItem", "26–30 clients per full-time specialist."),
            QT_TRANSLATE_NOOP("FidelityItem", "21–25 clients per full-time specialist."),
            QT_TRANSLATE_NOOP("FidelityItem", "20 or fewer clients per full-time specialist."),
        ),
    ),
    Item(
        2,
        Section.STAFFING,
        QT_TRANSLATE_NOOP("FidelityItem", "Employment services staff"),
        (
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "Specialists spend less than 55 % of their time on employment services.",
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem", "Specialists spend 55–74 % of their time on employment services."
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem", "Specialists spend 75–89 % of their time on employment services."
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem", "Specialists spend 90–95 % of their time on employment services."
            ),
            QT_TRANSLATE_NOOP("FidelityItem", "Specialists provide only employment services."),
        ),
    ),
    Item(
        3,
        Section.STAFFING,
        QT_TRANSLATE_NOOP("FidelityItem", "Vocational generalists"),
        (
            QT_TRANSLATE_NOOP("FidelityItem", "Specialists only refer clients elsewhere."),
            QT_TRANSLATE_NOOP("FidelityItem", "Specialists carry out two phases of the service."),
            QT_TRANSLATE_NOOP("FidelityItem", "Specialists carry out three phases of the service."),
            QT_TRANSLATE_NOOP("FidelityItem", "Specialists carry out four phases of the service."),
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "Each specialist carries each client through all phases of the service.",
            ),
        ),
    ),
    Item(
        4,
        Section.ORGANISATION,
        QT_TRANSLATE_NOOP("FidelityItem", "Integration with treatment through team assignment"),
        (
            QT_TRANSLATE_NOOP("FidelityItem", "Specialists are not part of any care team."),
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "Specialists belong to care teams but less than half of the caseload comes from them.",
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "Specialists belong to care teams; 50–74 % of the caseload comes from them.",
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "Specialists belong to one or two care teams; 75–89 % of the caseload comes from them.",
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "Specialists belong to one or two care teams; 90 % or more of the caseload comes from them.",
            ),
        ),
    ),
    Item(
        5,
        Section.ORGANISATION,
        QT_TRANSLATE_NOOP(
            "FidelityItem", "Integration with treatment through frequent team contact"
        ),
        (ONE, TWO, THREE, FOUR, ALL5),
    ),
    Item(
        6,
        Section.ORGANISATION,
        QT_TRANSLATE_NOOP("FidelityItem", "Collaboration with employment services"),
        (
            QT_TRANSLATE_NOOP(
                "FidelityItem", "No contact with employment services about shared clients."
            ),
            QT_TRANSLATE_NOOP("FidelityItem", "Occasional contact with employment services."),
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "Meetings with employment services a few times a year and some contact.",
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "Meetings with employment services every 2–3 months and regular contact.",
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "Monthly meetings with employment services and frequent contact about shared clients.",
            ),
        ),
    ),
    Item(
        7,
        Section.ORGANISATION,
        QT_TRANSLATE_NOOP("FidelityItem", "Vocational unit"),
        (ONE, TWO, THREE, FOUR, ALL5),
    ),
    Item(
        8,
        Section.ORGANISATION,
        QT_TRANSLATE_NOOP("FidelityItem", "Role of the team leader"),
        (ONE, TWO, THREE, FOUR, ALL5),
    ),
    Item(
        9,
        Section.ORGANISATION,
        QT_TRANSLATE_NOOP("FidelityItem", "Zero exclusion"),
        (
            QT_TRANSLATE_NOOP(
                "FidelityItem", "Clients are screened for readiness and many are excluded."
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "Clients are often excluded for readiness, substance use or symptoms.",
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem", "Some clients are excluded or referrals come from few sources."
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem", "No exclusion criteria, but referrals come mostly from staff."
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "Everyone who wants to work is welcome; the whole service encourages referrals.",
            ),
        ),
    ),
    Item(
        10,
        Section.ORGANISATION,
        QT_TRANSLATE_NOOP("FidelityItem", "Agency focus on competitive work"),
        (ONE, TWO, THREE, FOUR, ALL5),
    ),
    Item(
        11,
        Section.ORGANISATION,
        QT_TRANSLATE_NOOP("FidelityItem", "Executive support for IPS"),
        (ONE, TWO, THREE, FOUR, ALL5),
    ),
    Item(
        12,
        Section.SERVICES,
        QT_TRANSLATE_NOOP("FidelityItem", "Work incentives planning"),
        (
            QT_TRANSLATE_NOOP("FidelityItem", "Benefits counselling is not offered."),
            SOME,
            HALF,
            MOST,
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "Benefits counselling for every client before each job start and when hours change.",
            ),
        ),
    ),
    Item(
        13,
        Section.SERVICES,
        QT_TRANSLATE_NOOP("FidelityItem", "Disclosure"),
        (
            QT_TRANSLATE_NOOP("FidelityItem", "Disclosure is not discussed, or it is required."),
            SOME,
            HALF,
            MOST,
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "Disclosure is discussed with every client before job search and more than once.",
            ),
        ),
    ),
    Item(
        14,
        Section.SERVICES,
        QT_TRANSLATE_NOOP("FidelityItem", "Ongoing work-based assessment"),
        (
            QT_TRANSLATE_NOOP(
                "FidelityItem", "Assessment only before job search (tests, work trials)."
            ),
            SOME,
            HALF,
            MOST,
            QT_TRANSLATE_NOOP(
                "FidelityItem", "The vocational profile is updated after every job start and end."
            ),
        ),
    ),
    Item(
        15,
        Section.SERVICES,
        QT_TRANSLATE_NOOP("FidelityItem", "Rapid job search"),
        (
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "First face-to-face employer contact 271 days or more after the agreement.",
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "First face-to-face employer contact 151–270 days after the agreement.",
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "First face-to-face employer contact 61–150 days after the agreement.",
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "First face-to-face employer contact 31–60 days after the agreement.",
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "First face-to-face employer contact within 30 days of the agreement.",
            ),
        ),
    ),
    Item(
        16,
        Section.SERVICES,
        QT_TRANSLATE_NOOP("FidelityItem", "Individualised job search"),
        (
            QT_TRANSLATE_NOOP(
                "FidelityItem", "Job search follows the jobs available, not the client's wishes."
            ),
            SOME,
            HALF,
            MOST,
            QT_TRANSLATE_NOOP(
                "FidelityItem", "Job search follows every client's own wishes, strengths and needs."
            ),
        ),
    ),
    Item(
        17,
        Section.SERVICES,
        QT_TRANSLATE_NOOP("FidelityItem", "Frequent employer contact"),
        (
            QT_TRANSLATE_NOOP(
                "FidelityItem", "At most one face-to-face employer contact per specialist a week."
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem", "Two face-to-face employer contacts per specialist a week."
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "Three or four face-to-face employer contacts per specialist a week.",
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem", "Five face-to-face employer contacts per specialist a week."
            ),
            QT_TRANSLATE_NOOP(
                "FidelityItem", "Six or more face-to-face employer contacts per specialist a week."
            ),
        ),
    ),
    Item(
        18,
        Section.SERVICES,
        QT_TRANSLATE_NOOP("FidelityItem", "Quality of employer contact"),
        (ONE, TWO, THREE, FOUR, ALL5),
    ),
    Item(
        19,
        Section.SERVICES,
        QT_TRANSLATE_NOOP("FidelityItem", "Diversity of job types"),
        (
            QT_TRANSLATE_NOOP("FidelityItem", "Less than 50 % of the jobs are of different types."),
            QT_TRANSLATE_NOOP("FidelityItem", "50–59 % of the jobs are of different types."),
            QT_TRANSLATE_NOOP("FidelityItem", "60–69 % of the jobs are of different types."),
            QT_TRANSLATE_NOOP("FidelityItem", "70–84 % of the jobs are of different types."),
            QT_TRANSLATE_NOOP("FidelityItem", "85 % or more of the jobs are of different types."),
        ),
    ),
    Item(
        20,
        Section.SERVICES,
        QT_TRANSLATE_NOOP("FidelityItem", "Diversity of employers"),
        (
            QT_TRANSLATE_NOOP(
                "FidelityItem", "Less than 50 % of the jobs are with different employers."
            ),
            QT_TRANSLATE_NOOP("FidelityItem", "50–59 % of the jobs are with different employers."),
            QT_TRANSLATE_NOOP("FidelityItem", "60–69 % of the jobs are with different employers."),
            QT_TRANSLATE_NOOP("FidelityItem", "70–84 % of the jobs are with different employers."),
            QT_TRANSLATE_NOOP(
                "FidelityItem", "85 % or more of the jobs are with different employers."
            ),
        ),
    ),
    Item(
        21,
        Section.SERVICES,
        QT_TRANSLATE_NOOP("FidelityItem", "Competitive jobs"),
        (
            QT_TRANSLATE_NOOP(
                "FidelityItem", "Less than 65 % of the jobs are on the open labour market."
            ),
            QT_TRANSLATE_NOOP("FidelityItem", "65–74 % of the jobs are on the open labour market."),
            QT_TRANSLATE_NOOP("FidelityItem", "75–84 % of the jobs are on the open labour market."),
            QT_TRANSLATE_NOOP("FidelityItem", "85–94 % of the jobs are on the open labour market."),
            QT_TRANSLATE_NOOP(
                "FidelityItem", "95 % or more of the jobs are on the open labour market."
            ),
        ),
    ),
    Item(
        22,
        Section.SERVICES,
        QT_TRANSLATE_NOOP("FidelityItem", "Individualised follow-along support"),
        (
            QT_TRANSLATE_NOOP(
                "FidelityItem", "In-work support is the same for everyone, or none is offered."
            ),
            SOME,
            HALF,
            MOST,
            QT_TRANSLATE_NOOP(
                "FidelityItem", "In-work support is tailored to every client and employer."
            ),
        ),
    ),
    Item(
        23,
        Section.SERVICES,
        QT_TRANSLATE_NOOP("FidelityItem", "Time-unlimited follow-along support"),
        (
            QT_TRANSLATE_NOOP("FidelityItem", "In-work support is time-limited or not offered."),
            SOME,
            HALF,
            MOST,
            QT_TRANSLATE_NOOP(
                "FidelityItem",
                "Contact within a week before and 3 days after every job start, weekly in the first month, monthly after; within 3 days of a job loss.",
            ),
        ),
    ),
    Item(
        24,
        Section.SERVICES,
        QT_TRANSLATE_NOOP("FidelityItem", "Community-based services"),
        (
            QT_TRANSLATE_NOOP(
                "FidelityItem", "Less than 30 % of the contacts are outside the clinic."
            ),
            QT_TRANSLATE_NOOP("FidelityItem", "30–39 % of the contacts are outside the clinic."),
            QT_TRANSLATE_NOOP("FidelityItem", "40–49 % of the contacts are outside the clinic."),
            QT_TRANSLATE_NOOP("FidelityItem", "50–64 % of the contacts are outside the clinic."),
            QT_TRANSLATE_NOOP(
                "FidelityItem", "65 % or more of the contacts are outside the clinic."
            ),
        ),
    ),
    Item(
        25,
        Section.SERVICES,
        QT_TRANSLATE_NOOP("FidelityItem", "Assertive engagement and outreach"),
        (ONE, TWO, THREE, FOUR, ALL5),
    ),
)

BY_NUMBER = {item.number: item for item in ITEMS}
MAX_TOTAL = 5 * len(ITEMS)


class Band(StrEnum):
    EXEMPLARY = "exemplary"
    GOOD = "good"
    FAIR = "fair"
    NOT_IPS = "not_ips"


BAND_LABELS = {
    Band.EXEMPLARY: QT_TRANSLATE_NOOP("FidelityItem", "Exemplary fidelity (115–125)"),
    Band.GOOD: QT_TRANSLATE_NOOP("FidelityItem", "Good fidelity (100–114)"),
    Band.FAIR: QT_TRANSLATE_NOOP("FidelityItem", "Fair fidelity (74–99)"),
    Band.NOT_IPS: QT_TRANSLATE_NOOP("FidelityItem", "Not IPS (73 or less)"),
}


def band(total: int) -> Band:
    """The Finnish bands: 115–125 exemplary, 100–114 good, 74–99 fair, ≤ 73 not IPS."""
    if total >= 115:
        return Band.EXEMPLARY
    if total >= 100:
        return Band.GOOD
    if total >= 74:
        return Band.FAIR
    return Band.NOT_IPS
