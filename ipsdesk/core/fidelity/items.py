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


def _t(text: str) -> Msg:
    return QT_TRANSLATE_NOOP("FidelityItem", text)


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
        _t("Caseload size"),
        (
            _t("41 or more clients per full-time specialist."),
            _t("31–40 clients per full-time specialist."),
            _t("26–30 clients per full-time specialist."),
            _t("21–25 clients per full-time specialist."),
            _t("20 or fewer clients per full-time specialist."),
        ),
    ),
    Item(
        2,
        Section.STAFFING,
        _t("Employment services staff"),
        (
            _t("Specialists spend less than 55 % of their time on employment services."),
            _t("Specialists spend 55–74 % of their time on employment services."),
            _t("Specialists spend 75–89 % of their time on employment services."),
            _t("Specialists spend 90–95 % of their time on employment services."),
            _t("Specialists provide only employment services."),
        ),
    ),
    Item(
        3,
        Section.STAFFING,
        _t("Vocational generalists"),
        (
            _t("Specialists only refer clients elsewhere."),
            _t("Specialists carry out two phases of the service."),
            _t("Specialists carry out three phases of the service."),
            _t("Specialists carry out four phases of the service."),
            _t("Each specialist carries each client through all phases of the service."),
        ),
    ),
    Item(
        4,
        Section.ORGANISATION,
        _t("Integration with treatment through team assignment"),
        (
            _t("Specialists are not part of any care team."),
            _t(
                "Specialists belong to care teams but less than half of the caseload comes from them."
            ),
            _t("Specialists belong to care teams; 50–74 % of the caseload comes from them."),
            _t(
                "Specialists belong to one or two care teams; 75–89 % of the caseload comes from them."
            ),
            _t(
                "Specialists belong to one or two care teams; 90 % or more of the caseload comes from them."
            ),
        ),
    ),
    Item(
        5,
        Section.ORGANISATION,
        _t("Integration with treatment through frequent team contact"),
        (ONE, TWO, THREE, FOUR, ALL5),
    ),
    Item(
        6,
        Section.ORGANISATION,
        _t("Collaboration with employment services"),
        (
            _t("No contact with employment services about shared clients."),
            _t("Occasional contact with employment services."),
            _t("Meetings with employment services a few times a year and some contact."),
            _t("Meetings with employment services every 2–3 months and regular contact."),
            _t(
                "Monthly meetings with employment services and frequent contact about shared clients."
            ),
        ),
    ),
    Item(7, Section.ORGANISATION, _t("Vocational unit"), (ONE, TWO, THREE, FOUR, ALL5)),
    Item(8, Section.ORGANISATION, _t("Role of the team leader"), (ONE, TWO, THREE, FOUR, ALL5)),
    Item(
        9,
        Section.ORGANISATION,
        _t("Zero exclusion"),
        (
            _t("Clients are screened for readiness and many are excluded."),
            _t("Clients are often excluded for readiness, substance use or symptoms."),
            _t("Some clients are excluded or referrals come from few sources."),
            _t("No exclusion criteria, but referrals come mostly from staff."),
            _t("Everyone who wants to work is welcome; the whole service encourages referrals."),
        ),
    ),
    Item(
        10,
        Section.ORGANISATION,
        _t("Agency focus on competitive work"),
        (ONE, TWO, THREE, FOUR, ALL5),
    ),
    Item(11, Section.ORGANISATION, _t("Executive support for IPS"), (ONE, TWO, THREE, FOUR, ALL5)),
    Item(
        12,
        Section.SERVICES,
        _t("Work incentives planning"),
        (
            _t("Benefits counselling is not offered."),
            SOME,
            HALF,
            MOST,
            _t(
                "Benefits counselling for every client before each job start and when hours change."
            ),
        ),
    ),
    Item(
        13,
        Section.SERVICES,
        _t("Disclosure"),
        (
            _t("Disclosure is not discussed, or it is required."),
            SOME,
            HALF,
            MOST,
            _t("Disclosure is discussed with every client before job search and more than once."),
        ),
    ),
    Item(
        14,
        Section.SERVICES,
        _t("Ongoing work-based assessment"),
        (
            _t("Assessment only before job search (tests, work trials)."),
            SOME,
            HALF,
            MOST,
            _t("The vocational profile is updated after every job start and end."),
        ),
    ),
    Item(
        15,
        Section.SERVICES,
        _t("Rapid job search"),
        (
            _t("First face-to-face employer contact 271 days or more after the agreement."),
            _t("First face-to-face employer contact 151–270 days after the agreement."),
            _t("First face-to-face employer contact 61–150 days after the agreement."),
            _t("First face-to-face employer contact 31–60 days after the agreement."),
            _t("First face-to-face employer contact within 30 days of the agreement."),
        ),
    ),
    Item(
        16,
        Section.SERVICES,
        _t("Individualised job search"),
        (
            _t("Job search follows the jobs available, not the client's wishes."),
            SOME,
            HALF,
            MOST,
            _t("Job search follows every client's own wishes, strengths and needs."),
        ),
    ),
    Item(
        17,
        Section.SERVICES,
        _t("Frequent employer contact"),
        (
            _t("At most one face-to-face employer contact per specialist a week."),
            _t("Two face-to-face employer contacts per specialist a week."),
            _t("Three or four face-to-face employer contacts per specialist a week."),
            _t("Five face-to-face employer contacts per specialist a week."),
            _t("Six or more face-to-face employer contacts per specialist a week."),
        ),
    ),
    Item(18, Section.SERVICES, _t("Quality of employer contact"), (ONE, TWO, THREE, FOUR, ALL5)),
    Item(
        19,
        Section.SERVICES,
        _t("Diversity of job types"),
        (
            _t("Less than 50 % of the jobs are of different types."),
            _t("50–59 % of the jobs are of different types."),
            _t("60–69 % of the jobs are of different types."),
            _t("70–84 % of the jobs are of different types."),
            _t("85 % or more of the jobs are of different types."),
        ),
    ),
    Item(
        20,
        Section.SERVICES,
        _t("Diversity of employers"),
        (
            _t("Less than 50 % of the jobs are with different employers."),
            _t("50–59 % of the jobs are with different employers."),
            _t("60–69 % of the jobs are with different employers."),
            _t("70–84 % of the jobs are with different employers."),
            _t("85 % or more of the jobs are with different employers."),
        ),
    ),
    Item(
        21,
        Section.SERVICES,
        _t("Competitive jobs"),
        (
            _t("Less than 65 % of the jobs are on the open labour market."),
            _t("65–74 % of the jobs are on the open labour market."),
            _t("75–84 % of the jobs are on the open labour market."),
            _t("85–94 % of the jobs are on the open labour market."),
            _t("95 % or more of the jobs are on the open labour market."),
        ),
    ),
    Item(
        22,
        Section.SERVICES,
        _t("Individualised follow-along support"),
        (
            _t("In-work support is the same for everyone, or none is offered."),
            SOME,
            HALF,
            MOST,
            _t("In-work support is tailored to every client and employer."),
        ),
    ),
    Item(
        23,
        Section.SERVICES,
        _t("Time-unlimited follow-along support"),
        (
            _t("In-work support is time-limited or not offered."),
            SOME,
            HALF,
            MOST,
            _t(
                "Contact within a week before and 3 days after every job start, weekly in "
                "the first month, monthly after; within 3 days of a job loss."
            ),
        ),
    ),
    Item(
        24,
        Section.SERVICES,
        _t("Community-based services"),
        (
            _t("Less than 30 % of the contacts are outside the clinic."),
            _t("30–39 % of the contacts are outside the clinic."),
            _t("40–49 % of the contacts are outside the clinic."),
            _t("50–64 % of the contacts are outside the clinic."),
            _t("65 % or more of the contacts are outside the clinic."),
        ),
    ),
    Item(
        25,
        Section.SERVICES,
        _t("Assertive engagement and outreach"),
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
