"""The score thresholds of the computed fidelity items: ONE data table, shown to the team.

Each row says what the figure is, which way is better, the four bounds between the
five scores, the fewest cases a proposal needs (fewer: "not enough data"), the source
and whether the bounds could be checked against the scale's published text. The
anchors themselves are the items' texts (``items.py``). Only item 1 (the 2008 scale)
and the 65 % bound of item 24 were checked; the other rows are the common reading of
the 2019 manual, or (items 3, 12, 13, 14, 23, whose anchors are descriptive) ipsdesk's
reading of "most / about half / some clients" as shares of the cases.
"""

from __future__ import annotations

from dataclasses import dataclass

from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg

SRC_2008 = QT_TRANSLATE_NOOP(
    "FidelityThreshold", "IPS fidelity scale (2008), checked against its text."
)
SRC_2019 = QT_TRANSLATE_NOOP(
    "FidelityThreshold",
    "Common reading of the 2019 IPS fidelity manual; not checked against the manual.",
)
SRC_SHARE = QT_TRANSLATE_NOOP(
    "FidelityThreshold",
    "ipsdesk's reading of a descriptive anchor as the share of cases that meet it; not checked against the manual.",
)
NOTE_12 = QT_TRANSLATE_NOOP(
    "FidelityThreshold",
    "A job start is met by benefits counselling after the client's previous job start and "
    "on or before the start; an hours change by counselling from 30 days before to 30 days "
    "after the change. The 30 days are ipsdesk's reading: the scale and the IPS model guide "
    "say only “when hours change”, so this window could not be checked. An hours change "
    "is recorded when a running job's hours are changed, on the day of the edit.",
)
SRC_24 = QT_TRANSLATE_NOOP(
    "FidelityThreshold", "2019 IPS fidelity manual: the 65 % bound is checked, the others are not."
)

CLIENTS = QT_TRANSLATE_NOOP("FidelityThreshold", "clients")
JOBS = QT_TRANSLATE_NOOP("FidelityThreshold", "jobs")
EVENTS = QT_TRANSLATE_NOOP("FidelityThreshold", "job starts and ends")
OCCASIONS = QT_TRANSLATE_NOOP("FidelityThreshold", "job starts and hours changes")
WEEKS = QT_TRANSLATE_NOOP("FidelityThreshold", "weeks")
CONTACTS = QT_TRANSLATE_NOOP("FidelityThreshold", "contacts")


@dataclass(frozen=True)
class Threshold:
    item: int
    measure: Msg  # what the figure is
    unit: str  # "%", "d", "" — printed after the figure
    higher_is_better: bool
    bounds: tuple[float, float, float, float]  # the limits of scores 5, 4, 3, 2
    minimum: int  # fewest cases (``counted``) for a proposal
    counted: Msg
    source: Msg
    checked: bool
    note: Msg | None = None  # what the records cannot answer, said plainly

    def score(self, figure: float) -> int:
        """The score 1–5 of ``figure``. Higher is better: score 5 from ``bounds[0]`` up,
        4 from ``bounds[1]`` up, …; lower is better: 5 up to ``bounds[0]``, 4 up to
        ``bounds[1]``, … (bounds included)."""
        for score, bound in zip((5, 4, 3, 2), self.bounds, strict=True):
            if (figure >= bound) if self.higher_is_better else (figure <= bound):
                return score
        return 1

    def range_text(self, score: int) -> str:
        """The figures that give ``score``, e.g. "≥ 6" or "≥ 5, < 6"."""
        b = [_num(x) for x in self.bounds]
        u = f" {self.unit}" if self.unit else ""
        if self.higher_is_better:
            if score == 5:
                return f"≥ {b[0]}{u}"
            if score == 1:
                return f"< {b[3]}{u}"
            return f"≥ {b[5 - score]}, < {b[4 - score]}{u}"
        if score == 5:
            return f"≤ {b[0]}{u}"
        if score == 1:
            return f"> {b[3]}{u}"
        return f"> {b[4 - score]}, ≤ {b[5 - score]}{u}"


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


SHARE_BOUNDS = (90.0, 75.0, 50.0, 25.0)

THRESHOLDS: dict[int, Threshold] = {
    t.item: t
    for t in (
        Threshold(
            1,
            QT_TRANSLATE_NOOP("FidelityThreshold", "Active clients per full-time specialist"),
            "",
            False,
            (20, 25, 30, 40),
            1,
            CLIENTS,
            SRC_2008,
            True,
        ),
        Threshold(
            3,
            QT_TRANSLATE_NOOP(
                "FidelityThreshold", "Clients served by one specialist through all phases"
            ),
            "%",
            True,
            SHARE_BOUNDS,
            5,
            CLIENTS,
            SRC_SHARE,
            False,
        ),
        Threshold(
            12,
            QT_TRANSLATE_NOOP(
                "FidelityThreshold",
                "Job starts and hours changes with benefits counselling in time",
            ),
            "%",
            True,
            SHARE_BOUNDS,
            3,
            OCCASIONS,
            SRC_SHARE,
            False,
            NOTE_12,
        ),
        Threshold(
            13,
            QT_TRANSLATE_NOOP(
                "FidelityThreshold",
                "Clients in job search with disclosure discussed before it and more than once",
            ),
            "%",
            True,
            SHARE_BOUNDS,
            5,
            CLIENTS,
            SRC_SHARE,
            False,
        ),
        Threshold(
            14,
            QT_TRANSLATE_NOOP(
                "FidelityThreshold",
                "Job starts and ends followed by a profile update within 30 days",
            ),
            "%",
            True,
            SHARE_BOUNDS,
            3,
            EVENTS,
            SRC_SHARE,
            False,
        ),
        Threshold(
            15,
            QT_TRANSLATE_NOOP(
                "FidelityThreshold",
                "Days from the agreement to the first face-to-face employer contact (mean)",
            ),
            "d",
            False,
            (30, 60, 150, 270),
            5,
            CLIENTS,
            SRC_2019,
            False,
        ),
        Threshold(
            17,
            QT_TRANSLATE_NOOP(
                "FidelityThreshold",
                "Face-to-face employer contacts per full-time specialist per week",
            ),
            "",
            True,
            (6, 5, 3, 2),
            4,
            WEEKS,
            SRC_2019,
            False,
        ),
        Threshold(
            19,
            QT_TRANSLATE_NOOP("FidelityThreshold", "Jobs of different types"),
            "%",
            True,
            (85, 70, 60, 50),
            5,
            JOBS,
            SRC_2019,
            False,
        ),
        Threshold(
            20,
            QT_TRANSLATE_NOOP("FidelityThreshold", "Jobs with different employers"),
            "%",
            True,
            (85, 70, 60, 50),
            5,
            JOBS,
            SRC_2019,
            False,
        ),
        Threshold(
            21,
            QT_TRANSLATE_NOOP(
                "FidelityThreshold", "Jobs on the open labour market (wage subsidy included)"
            ),
            "%",
            True,
            (95, 85, 75, 65),
            5,
            JOBS,
            SRC_2019,
            False,
        ),
        Threshold(
            23,
            QT_TRANSLATE_NOOP(
                "FidelityThreshold", "Jobs whose follow-along contacts were all made in time"
            ),
            "%",
            True,
            SHARE_BOUNDS,
            3,
            JOBS,
            SRC_SHARE,
            False,
        ),
        Threshold(
            24,
            QT_TRANSLATE_NOOP("FidelityThreshold", "In-person contacts outside the clinic"),
            "%",
            True,
            (65, 50, 40, 30),
            20,
            CONTACTS,
            SRC_24,
            False,
        ),
    )
}

COMPUTED_ITEMS = tuple(sorted(THRESHOLDS))
