"""The computed fidelity items: pure functions of :class:`FidelityInputs`.

One function per item (1, 3, 12, 13, 14, 15, 17, 19, 20, 21, 23, 24). Each returns an
:class:`ItemResult`: the figure, the proposed score (None: not enough data, fewer cases
than the threshold table's minimum), the number of cases it rests on and the evidence,
one line per case by client code (or per specialist and week), so the reviewer can check
a case. Items counted per specialist (1 caseload, 17 employer contacts) also give each
specialist's figure; the team figure is the whole team's (total clients per total
full-time equivalent; the mean of the specialists' weekly rates).

Which cases count (stated in ``docs/fidelity.md`` too):

- 1: clients active on the last day of the period;
- 3: clients active during the period; met when one specialist carried them throughout;
- 12: jobs started in the period and hours changes of a job in the period; a start is
  met when benefits counselling took place after the client's previous job start and on
  or before this start, an hours change when it took place from 30 days before to 30
  days after the change (changes whose 30 days are not over and not yet met are left
  out);
- 13: clients active during the period who had started job search (phase 3 or a job)
  by its end; met when disclosure was discussed on or before the start of job search
  and at least twice in all;
- 14: job starts and ends in the period; met when the profile was updated within 30
  days after (cases whose 30 days are not over and not yet met are left out);
- 15: clients with an agreement in the 365 days up to the period's end and a
  face-to-face employer contact by then (those still waiting are listed);
- 17: face-to-face employer contacts in the period per specialist, per 7 days, per fte;
- 19, 20, 21: jobs held at any time during the period (19: only jobs with a known type);
- 23: jobs started in the 365 days up to the period's end; each check whose window has
  closed by the period's end must be met (a contact in the 7 days before the start, in
  the 3 days from the start, in each of the first 4 weeks, in each 30 days after that
  while the job lasts, up to a year; within 3 days of the job's end);
- 24: client contacts in the period; in person outside the clinic ÷ all in person
  (phone and remote contacts are left out and counted).
"""

from __future__ import annotations

import statistics
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from ipsdesk.core.dates import format_date
from ipsdesk.core.domain.enums import ContactMode, Place
from ipsdesk.core.domain.rules import iso_week
from ipsdesk.core.fidelity.inputs import ClientIn, FidelityInputs, JobIn
from ipsdesk.core.fidelity.thresholds import THRESHOLDS
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg


@dataclass(frozen=True)
class Evidence:
    ref: str  # client code, or the specialist's name
    on: date | None
    what: Msg  # with %1, %2… filled from args
    args: tuple[str, ...] = ()
    ok: bool | None = None  # meets the anchor (None: not a yes/no case)


@dataclass(frozen=True)
class SpecialistFigure:
    specialist_id: str
    name: str
    figure: float
    count: int


@dataclass(frozen=True)
class ItemResult:
    item: int
    figure: float | None
    proposed: int | None  # None: not enough data
    count: int
    minimum: int
    evidence: tuple[Evidence, ...] = ()
    per_specialist: tuple[SpecialistFigure, ...] = ()
    # further figures: (label, value); a number is written in the reader's language
    details: tuple[tuple[Msg, str | float], ...] = ()

    @property
    def enough(self) -> bool:
        return self.proposed is not None


def _result(
    item: int,
    figure: float | None,
    count: int,
    evidence: list[Evidence],
    per_specialist: tuple[SpecialistFigure, ...] = (),
    details: tuple[tuple[Msg, str | float], ...] = (),
) -> ItemResult:
    t = THRESHOLDS[item]
    enough = figure is not None and count >= t.minimum
    return ItemResult(
        item,
        None if figure is None else round(figure, 1),
        t.score(figure) if enough and figure is not None else None,
        count,
        t.minimum,
        tuple(evidence),
        per_specialist,
        details,
    )


def _share(met: int, total: int) -> float | None:
    return 100.0 * met / total if total else None


def _d(day: date | None) -> str:
    return format_date(day) if day else "–"


def _any_in(days: tuple[date, ...] | list[date], lo: date, hi: date) -> date | None:
    """The first of the sorted ``days`` within [lo, hi], or None."""
    i = bisect_left(days, lo)
    return days[i] if i < len(days) and days[i] <= hi else None


# --- item 1: caseload size -------------------------------------------------------------

E_ACTIVE = QT_TRANSLATE_NOOP("FidelityEvidence", "Active on %1 (specialist %2)")


def item_1_caseload(inp: FidelityInputs) -> ItemResult:
    active: dict[str, list[ClientIn]] = defaultdict(list)
    for c in inp.clients:
        if c.active_on(inp.end):
            who = c.specialist_on(inp.end)
            if who is not None:
                active[who].append(c)
    names = {s.id: s.name for s in inp.specialists}
    per: list[SpecialistFigure] = []
    total_clients = 0
    total_fte = 0.0
    for s in inp.specialists:
        n = s.caseload if s.caseload is not None else len(active.get(s.id, ()))
        fte = max(s.fte_percent, 1.0) / 100.0
        per.append(SpecialistFigure(s.id, s.name, round(n / fte, 1), n))
        total_clients += n
        total_fte += fte
    evidence = [
        Evidence(c.code, inp.end, E_ACTIVE, (_d(inp.end), names.get(sid, sid)))
        for sid, cs in sorted(active.items())
        for c in cs
    ]
    figure = total_clients / total_fte if total_fte else None
    return _result(1, figure, total_clients, evidence, tuple(per))


# --- item 3: vocational generalists ----------------------------------------------------

E_ONE_SPECIALIST = QT_TRANSLATE_NOOP("FidelityEvidence", "All phases with one specialist")
E_SPECIALISTS = QT_TRANSLATE_NOOP("FidelityEvidence", "%1 specialists: %2")


def item_3_generalists(inp: FidelityInputs) -> ItemResult:
    names = {s.id: s.name for s in inp.specialists}
    evidence = []
    met = total = 0
    for c in inp.clients:
        if not c.active_during(inp.start, inp.end):
            continue
        who = [sid for since, sid in c.specialists if since <= inp.end] or [
            sid for _, sid in c.specialists[:1]
        ]
        distinct = list(dict.fromkeys(who))
        if not distinct:
            continue
        total += 1
        ok = len(distinct) == 1
        met += ok
        if ok:
            evidence.append(Evidence(c.code, None, E_ONE_SPECIALIST, (), True))
        else:
            listed = ", ".join(names.get(s, s) for s in distinct)
            evidence.append(
                Evidence(c.code, None, E_SPECIALISTS, (str(len(distinct)), listed), False)
            )
    return _result(3, _share(met, total), total, evidence)


# --- item 12: work incentives planning -------------------------------------------------

HOURS_BEFORE_DAYS = 30  # benefits counselling from 30 days before an hours change …
HOURS_AFTER_DAYS = 30  # … to 30 days after it (thresholds.NOTE_12: ipsdesk's reading)
E_BENEFITS_OK = QT_TRANSLATE_NOOP("FidelityEvidence", "Job started %1; benefits counselling %2")
E_BENEFITS_NO = QT_TRANSLATE_NOOP(
    "FidelityEvidence", "Job started %1; no benefits counselling before it"
)
E_HOURS_OK = QT_TRANSLATE_NOOP(
    "FidelityEvidence", "Hours changed %1 from %2 to %3 h a week; benefits counselling %4"
)
E_HOURS_NO = QT_TRANSLATE_NOOP(
    "FidelityEvidence",
    "Hours changed %1 from %2 to %3 h a week; no benefits counselling within 30 days",
)
E_HOURS_DAY_OK = QT_TRANSLATE_NOOP("FidelityEvidence", "Hours changed %1; benefits counselling %2")
E_HOURS_DAY_NO = QT_TRANSLATE_NOOP(
    "FidelityEvidence", "Hours changed %1; no benefits counselling within 30 days"
)


def item_12_benefits(inp: FidelityInputs) -> ItemResult:
    """Occasions: each job start in the period (met: counselling after the client's
    previous job start, on or before this one) and each hours change in the period (met:
    counselling from 30 days before to 30 days after the change; a change whose 30 days
    after are not over by the period's end and not yet met is left out)."""
    evidence = []
    met = total = 0
    for c in inp.clients:
        starts = sorted(j.start for j in c.jobs)
        counselling = sorted(c.benefits_counselling)
        for j in c.jobs:
            if not inp.start <= j.start <= inp.end:
                continue
            total += 1
            earlier = [s for s in starts if s < j.start]
            after = earlier[-1] + timedelta(days=1) if earlier else date.min
            sessions = [b for b in counselling if after <= b <= j.start]
            if sessions:
                met += 1
                evidence.append(
                    Evidence(c.code, j.start, E_BENEFITS_OK, (_d(j.start), _d(sessions[-1])), True)
                )
            else:
                evidence.append(Evidence(c.code, j.start, E_BENEFITS_NO, (_d(j.start),), False))
        for j in c.jobs:
            for h in j.hours_changes:
                if not inp.start <= h.on <= inp.end:
                    continue
                window_end = h.on + timedelta(days=HOURS_AFTER_DAYS)
                session = _any_in(
                    counselling,
                    h.on - timedelta(days=HOURS_BEFORE_DAYS),
                    min(window_end, inp.end),
                )
                if session is None and window_end > inp.end:
                    continue  # still time for the counselling
                total += 1
                values = (
                    (float(h.before), float(h.after))  # numbers: the translation writes them
                    if h.before is not None and h.after is not None
                    else ()
                )
                known = bool(values)
                if session is not None:
                    met += 1
                    what = E_HOURS_OK if known else E_HOURS_DAY_OK
                    args = (_d(h.on), *values, _d(session))
                    evidence.append(Evidence(c.code, h.on, what, args, True))
                else:
                    what = E_HOURS_NO if known else E_HOURS_DAY_NO
                    evidence.append(Evidence(c.code, h.on, what, (_d(h.on), *values), False))
    evidence.sort(key=lambda e: (e.ref, e.on or date.min))
    return _result(12, _share(met, total), total, evidence)


# --- item 13: disclosure ---------------------------------------------------------------

E_DISCLOSURE = QT_TRANSLATE_NOOP(
    "FidelityEvidence", "Job search from %1; disclosure discussed %2 times, first %3"
)
E_DISCLOSURE_NONE = QT_TRANSLATE_NOOP(
    "FidelityEvidence", "Job search from %1; disclosure not discussed"
)


def job_search_start(c: ClientIn, end: date) -> date | None:
    """The first move to job search or beyond, else the first job start (up to ``end``)."""
    moves = [p.on for p in c.phase_changes if p.to_phase is not None and p.to_phase >= 3]
    moves += [j.start for j in c.jobs]
    moves = [d for d in moves if d <= end]
    return min(moves) if moves else None


def item_13_disclosure(inp: FidelityInputs) -> ItemResult:
    evidence = []
    met = total = 0
    for c in inp.clients:
        if not c.active_during(inp.start, inp.end):
            continue
        search = job_search_start(c, inp.end)
        if search is None:
            continue
        total += 1
        talks = [d for d in c.disclosure_discussions if d <= inp.end]
        ok = bool(talks) and min(talks) <= search and len(talks) >= 2
        met += ok
        if talks:
            evidence.append(
                Evidence(
                    c.code, search, E_DISCLOSURE, (_d(search), str(len(talks)), _d(min(talks))), ok
                )
            )
        else:
            evidence.append(Evidence(c.code, search, E_DISCLOSURE_NONE, (_d(search),), False))
    return _result(13, _share(met, total), total, evidence)


# --- item 14: ongoing work-based assessment --------------------------------------------

PROFILE_DAYS = 30
E_PROFILE_START = QT_TRANSLATE_NOOP("FidelityEvidence", "Job started %1; profile updated %2")
E_PROFILE_END = QT_TRANSLATE_NOOP("FidelityEvidence", "Job ended %1; profile updated %2")
E_PROFILE_START_NO = QT_TRANSLATE_NOOP(
    "FidelityEvidence", "Job started %1; profile not updated within 30 days"
)
E_PROFILE_END_NO = QT_TRANSLATE_NOOP(
    "FidelityEvidence", "Job ended %1; profile not updated within 30 days"
)


def item_14_assessment(inp: FidelityInputs) -> ItemResult:
    evidence = []
    met = total = 0
    for c in inp.clients:
        updates = sorted(c.profile_updates)
        events = [(j.start, True) for j in c.jobs if inp.start <= j.start <= inp.end]
        events += [(j.end, False) for j in c.jobs if j.end and inp.start <= j.end <= inp.end]
        for day, started in sorted(events):
            window_end = day + timedelta(days=PROFILE_DAYS)
            update = _any_in(updates, day, min(window_end, inp.end))
            if update is None and window_end > inp.end:
                continue  # still time to update
            total += 1
            if update is not None:
                met += 1
                what = E_PROFILE_START if started else E_PROFILE_END
                evidence.append(Evidence(c.code, day, what, (_d(day), _d(update)), True))
            else:
                what = E_PROFILE_START_NO if started else E_PROFILE_END_NO
                evidence.append(Evidence(c.code, day, what, (_d(day),), False))
    return _result(14, _share(met, total), total, evidence)


# --- item 15: rapid job search ---------------------------------------------------------

COHORT_DAYS = 365
E_DAYS = QT_TRANSLATE_NOOP(
    "FidelityEvidence", "Agreement %1; first face-to-face employer contact %2 (%3 days)"
)
E_WAITING = QT_TRANSLATE_NOOP(
    "FidelityEvidence", "Agreement %1; no face-to-face employer contact yet (%2 days)"
)
D_MEDIAN = QT_TRANSLATE_NOOP("FidelityEvidence", "Median days")
D_WAITING = QT_TRANSLATE_NOOP("FidelityEvidence", "Clients still waiting")


def item_15_rapid_search(inp: FidelityInputs) -> ItemResult:
    evidence = []
    days: list[int] = []
    waiting = 0
    lo = inp.end - timedelta(days=COHORT_DAYS)
    for c in inp.clients:
        if c.agreement is None or not lo <= c.agreement <= inp.end:
            continue
        first = c.first_face_to_face
        if first is not None and first <= inp.end:
            n = max(0, (first - c.agreement).days)
            days.append(n)
            ok = n <= THRESHOLDS[15].bounds[0]
            evidence.append(
                Evidence(c.code, c.agreement, E_DAYS, (_d(c.agreement), _d(first), str(n)), ok)
            )
        else:
            waiting += 1
            n = (inp.end - c.agreement).days
            evidence.append(Evidence(c.code, c.agreement, E_WAITING, (_d(c.agreement), str(n))))
    figure = statistics.fmean(days) if days else None
    details: tuple[tuple[Msg, str | float], ...] = ((D_WAITING, str(waiting)),)
    if days:
        details = ((D_MEDIAN, _num(statistics.median(days))), *details)
    return _result(15, figure, len(days), evidence, details=details)


def _num(x: float) -> float:
    return round(float(x), 1)  # a number: the translation writes its decimal separator


# --- item 17: frequent employer contact ------------------------------------------------

E_WEEK = QT_TRANSLATE_NOOP("FidelityEvidence", "Week %1: %2 face-to-face employer contacts")


def item_17_employer_contact(inp: FidelityInputs) -> ItemResult:
    weeks = inp.days / 7
    counts: Counter[str] = Counter()
    by_week: dict[str, Counter[str]] = defaultdict(Counter)
    for e in inp.employer_contacts:
        if e.mode != ContactMode.FACE_TO_FACE or not inp.start <= e.on <= inp.end:
            continue
        counts[e.specialist_id] += 1
        year, week = iso_week(e.on)
        by_week[e.specialist_id][f"{year}-W{week:02d}"] += 1
    per = []
    evidence = []
    for s in inp.specialists:
        fte = max(s.fte_percent, 1.0) / 100.0
        rate = counts[s.id] / weeks / fte
        per.append(SpecialistFigure(s.id, s.name, round(rate, 1), counts[s.id]))
        for code, n in sorted(by_week[s.id].items()):
            evidence.append(Evidence(s.name, None, E_WEEK, (code, str(n))))
    rates = [counts[s.id] / weeks / (max(s.fte_percent, 1.0) / 100) for s in inp.specialists]
    figure = statistics.fmean(rates) if rates else None
    return _result(17, figure, int(weeks), evidence, tuple(per))


# --- items 19, 20, 21: the jobs held in the period -------------------------------------

E_JOB_TYPE = QT_TRANSLATE_NOOP("FidelityEvidence", "Job %1–%2, type %3")
E_JOB_EMPLOYER = QT_TRANSLATE_NOOP("FidelityEvidence", "Job %1–%2, employer %3")
E_JOB_OPEN = QT_TRANSLATE_NOOP("FidelityEvidence", "Job %1–%2 on the open labour market")
E_JOB_OPEN_SUBSIDY = QT_TRANSLATE_NOOP(
    "FidelityEvidence", "Job %1–%2 on the open labour market, with wage subsidy"
)
E_JOB_NOT_OPEN = QT_TRANSLATE_NOOP("FidelityEvidence", "Job %1–%2 not on the open labour market")
D_UNKNOWN_TYPE = QT_TRANSLATE_NOOP("FidelityEvidence", "Jobs with no type recorded")
D_DISTINCT = QT_TRANSLATE_NOOP("FidelityEvidence", "Different")
D_WITHOUT_SUBSIDY = QT_TRANSLATE_NOOP("FidelityEvidence", "Share without wage subsidy (%)")


def jobs_held(inp: FidelityInputs) -> list[tuple[ClientIn, JobIn]]:
    return [
        (c, j)
        for c in inp.clients
        for j in c.jobs
        if j.start <= inp.end and (j.end is None or j.end >= inp.start)
    ]


def item_19_job_types(inp: FidelityInputs) -> ItemResult:
    held = jobs_held(inp)
    known = [(c, j) for c, j in held if j.job_type]
    types = {j.job_type for _, j in known}
    evidence = [
        Evidence(c.code, j.start, E_JOB_TYPE, (_d(j.start), format_date(j.end), str(j.job_type)))
        for c, j in known
    ]
    details = ((D_DISTINCT, str(len(types))), (D_UNKNOWN_TYPE, str(len(held) - len(known))))
    return _result(19, _share(len(types), len(known)), len(known), evidence, details=details)


def item_20_employers(inp: FidelityInputs) -> ItemResult:
    held = jobs_held(inp)
    employers = {j.employer_ref for _, j in held}
    evidence = [
        Evidence(c.code, j.start, E_JOB_EMPLOYER, (_d(j.start), format_date(j.end), j.employer_ref))
        for c, j in held
    ]
    details = ((D_DISTINCT, str(len(employers))),)
    return _result(20, _share(len(employers), len(held)), len(held), evidence, details=details)


def item_21_competitive(inp: FidelityInputs) -> ItemResult:
    held = jobs_held(inp)
    evidence = []
    for c, j in held:
        if not j.open_market:
            what = E_JOB_NOT_OPEN
        else:
            what = E_JOB_OPEN_SUBSIDY if j.wage_subsidy else E_JOB_OPEN
        evidence.append(
            Evidence(c.code, j.start, what, (_d(j.start), format_date(j.end)), j.open_market)
        )
    open_jobs = sum(j.open_market for _, j in held)
    plain = sum(j.open_market and not j.wage_subsidy for _, j in held)
    share_plain = _share(plain, len(held))
    details = ((D_WITHOUT_SUBSIDY, _num(share_plain) if share_plain is not None else "–"),)
    return _result(21, _share(open_jobs, len(held)), len(held), evidence, details=details)


# --- item 23: time-unlimited follow-along ----------------------------------------------

E_FOLLOW_OK = QT_TRANSLATE_NOOP(
    "FidelityEvidence", "Job started %1: all %2 follow-along contacts in time"
)
E_FOLLOW_MISSED = QT_TRANSLATE_NOOP(
    "FidelityEvidence", "Job started %1: %2 of %3 follow-along contacts in time; first missed %4–%5"
)


def follow_along_windows(j: JobIn) -> list[tuple[date, date]]:
    """The windows (first day, last day) in each of which a contact is due for job ``j``:
    the week before the start, 3 days from the start, each of the first 4 weeks, each 30
    days after that while the job lasts (up to a year from the start), 3 days from the end.
    """
    s = j.start
    out = [(s - timedelta(days=7), s - timedelta(days=1)), (s, s + timedelta(days=3))]
    for k in range(4):
        lo = s + timedelta(days=7 * k)
        if j.end is None or lo <= j.end:
            out.append((lo, lo + timedelta(days=6)))
    for n in range(11):
        lo = s + timedelta(days=28 + 30 * n)
        if (j.end is None or lo <= j.end) and lo + timedelta(days=29) <= s + timedelta(days=365):
            out.append((lo, lo + timedelta(days=29)))
    if j.end is not None:
        out.append((j.end, j.end + timedelta(days=3)))
    return out


def follow_along_checks(j: JobIn, days: list[date], end: date) -> list[tuple[date, date, bool]]:
    """The windows of job ``j`` closed by ``end`` (their last day on or before it), each
    with whether one of the sorted contact ``days`` falls in it (first and last day in)."""
    return [
        (lo, hi, _any_in(days, lo, hi) is not None)
        for lo, hi in follow_along_windows(j)
        if hi <= end
    ]


def item_23_follow_along(inp: FidelityInputs) -> ItemResult:
    evidence = []
    met = total = 0
    lo = inp.end - timedelta(days=COHORT_DAYS)
    for c in inp.clients:
        jobs = [j for j in c.jobs if lo <= j.start <= inp.end]
        if not jobs:
            continue
        days = sorted(x.on for x in c.contacts)
        for j in jobs:
            checks = follow_along_checks(j, days, inp.end)
            if not checks:
                continue
            windows = [(w_lo, w_hi) for w_lo, w_hi, _ in checks]
            total += 1
            missed = [(w_lo, w_hi) for w_lo, w_hi, ok in checks if not ok]
            if not missed:
                met += 1
                evidence.append(
                    Evidence(c.code, j.start, E_FOLLOW_OK, (_d(j.start), str(len(windows))), True)
                )
            else:
                first = missed[0]
                args = (
                    _d(j.start),
                    str(len(windows) - len(missed)),
                    str(len(windows)),
                    _d(first[0]),
                    _d(first[1]),
                )
                evidence.append(Evidence(c.code, j.start, E_FOLLOW_MISSED, args, False))
    return _result(23, _share(met, total), total, evidence)


# --- item 24: community-based services -------------------------------------------------

E_PLACES = QT_TRANSLATE_NOOP(
    "FidelityEvidence", "%1 contacts outside the clinic, %2 at the clinic, %3 by phone or remote"
)
D_REMOTE = QT_TRANSLATE_NOOP("FidelityEvidence", "Phone or remote contacts (left out)")
COMMUNITY = {Place.HOME.value, Place.WORKPLACE.value, Place.COMMUNITY.value}


def item_24_community(inp: FidelityInputs) -> ItemResult:
    outside = clinic = remote = 0
    evidence = []
    for c in inp.clients:
        o = k = r = 0
        for x in c.contacts:
            if not inp.start <= x.on <= inp.end:
                continue
            if x.place in COMMUNITY:
                o += 1
            elif x.place == Place.CLINIC.value:
                k += 1
            else:
                r += 1
        if o or k or r:
            evidence.append(Evidence(c.code, None, E_PLACES, (str(o), str(k), str(r))))
        outside, clinic, remote = outside + o, clinic + k, remote + r
    in_person = outside + clinic
    details = ((D_REMOTE, str(remote)),)
    return _result(24, _share(outside, in_person), in_person, evidence, details=details)


COMPUTATIONS: dict[int, Callable[[FidelityInputs], ItemResult]] = {
    1: item_1_caseload,
    3: item_3_generalists,
    12: item_12_benefits,
    13: item_13_disclosure,
    14: item_14_assessment,
    15: item_15_rapid_search,
    17: item_17_employer_contact,
    19: item_19_job_types,
    20: item_20_employers,
    21: item_21_competitive,
    23: item_23_follow_along,
    24: item_24_community,
}


def compute_all(inp: FidelityInputs) -> dict[int, ItemResult]:
    return {item: fn(inp) for item, fn in COMPUTATIONS.items()}
