"""Every computed fidelity item, band by band: cases built from dated records with the
figure just on each side of each threshold (bounds from the thresholds table)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from ipsdesk.core.fidelity import compute
from ipsdesk.core.fidelity.inputs import (
    ClientContactIn,
    ClientIn,
    EmployerContactIn,
    FidelityInputs,
    HoursChangeIn,
    JobIn,
    PhaseChangeIn,
    SpecialistIn,
)
from ipsdesk.core.fidelity.items import ITEMS, Band, band
from ipsdesk.core.fidelity.thresholds import THRESHOLDS
from ipsdesk.core.i18n import Catalog

START = date(2026, 8, 19)
END = date(2026, 11, 18)
A = SpecialistIn("a", "Aino Esimerkki")
B = SpecialistIn("b", "Bertil Exempel")

# (met cases of 20, expected score) on both sides of 90 / 75 / 50 / 25 %
SHARES = [(20, 5), (18, 5), (17, 4), (15, 4), (14, 3), (10, 3), (9, 2), (5, 2), (4, 1), (0, 1)]


def d(n: int) -> date:
    """The n-th day of the period (0 = START)."""
    return START + timedelta(days=n)


def client(code: str, **kw: object) -> ClientIn:
    kw.setdefault("since", START - timedelta(days=100))
    kw.setdefault("specialists", ((START - timedelta(days=100), "a"),))
    return ClientIn(code=code, **kw)  # type: ignore[arg-type]


def inputs(clients: list[ClientIn], **kw: object) -> FidelityInputs:
    kw.setdefault("specialists", (A,))
    return FidelityInputs(kw.pop("start", START), kw.pop("end", END), clients=tuple(clients), **kw)  # type: ignore[arg-type]


def job(start: date, end: date | None = None, **kw: object) -> JobIn:
    kw.setdefault("employer_ref", "E1")
    kw.setdefault("job_type", None)
    kw.setdefault("open_market", True)
    kw.setdefault("wage_subsidy", False)
    return JobIn(start, end, **kw)  # type: ignore[arg-type]


def test_the_scale_has_25_items_in_three_sections_and_the_bands() -> None:
    assert [i.number for i in ITEMS] == list(range(1, 26))
    assert [
        sum(i.section.value == s for i in ITEMS) for s in ("staffing", "organisation", "services")
    ] == [3, 8, 14]
    assert all(len(i.anchors) == 5 for i in ITEMS)
    assert [band(t) for t in (125, 115, 114, 100, 99, 74, 73, 25)] == [
        Band.EXEMPLARY,
        Band.EXEMPLARY,
        Band.GOOD,
        Band.GOOD,
        Band.FAIR,
        Band.FAIR,
        Band.NOT_IPS,
        Band.NOT_IPS,
    ]


def test_thresholds_table_covers_the_computed_items_and_reads_both_ways() -> None:
    assert sorted(THRESHOLDS) == sorted(compute.COMPUTATIONS)
    t1 = THRESHOLDS[1]
    assert [t1.range_text(s) for s in (5, 4, 3, 2, 1)] == [
        "≤ 20",
        "> 20, ≤ 25",
        "> 25, ≤ 30",
        "> 30, ≤ 40",
        "> 40",
    ]
    t17 = THRESHOLDS[17]
    assert t17.range_text(4) == "≥ 5, < 6" and t17.range_text(1) == "< 2"
    assert t1.checked and not THRESHOLDS[15].checked


# Every bound of the thresholds table written out by hand: (item, better, bounds, minimum).
PINNED = [
    (1, "lower", (20, 25, 30, 40), 1),
    (3, "higher", (90, 75, 50, 25), 5),
    (12, "higher", (90, 75, 50, 25), 3),
    (13, "higher", (90, 75, 50, 25), 5),
    (14, "higher", (90, 75, 50, 25), 3),
    (15, "lower", (30, 60, 150, 270), 5),
    (17, "higher", (6, 5, 3, 2), 4),
    (19, "higher", (85, 70, 60, 50), 5),
    (20, "higher", (85, 70, 60, 50), 5),
    (21, "higher", (95, 85, 75, 65), 5),
    (23, "higher", (90, 75, 50, 25), 3),
    (24, "higher", (65, 50, 40, 30), 20),
]


@pytest.mark.parametrize(("item", "better", "bounds", "minimum"), PINNED, ids=lambda x: str(x))
def test_every_threshold_is_pinned_to_a_tenth_and_its_minimum_to_one_case(
    item: int, better: str, bounds: tuple[float, ...], minimum: int
) -> None:
    """Figures are rounded to a tenth: the bound itself and a tenth past it score apart, so
    a bound moved by a tenth (or by a whole point, a percent or a day) fails here."""
    t = THRESHOLDS[item]
    past = 0.1 if better == "lower" else -0.1
    for score, bound in zip((5, 4, 3, 2), bounds, strict=True):
        assert (t.score(bound), t.score(bound + past)) == (score, score - 1), (item, bound)
    assert t.minimum == minimum


# --- 1 caseload ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("active", "expected"),
    [(20, 5), (21, 4), (25, 4), (26, 3), (30, 3), (31, 2), (40, 2), (41, 1)],
)
def test_item_1_caseload_bands(active: int, expected: int) -> None:
    clients = [client(f"K{i:03d}") for i in range(active)]
    ended = client("X001", ended_on=END - timedelta(days=1))  # not active at the end
    later = client("X002", since=END + timedelta(days=1))  # not yet
    r = compute.item_1_caseload(inputs([*clients, ended, later]))
    assert (r.figure, r.proposed, r.count) == (active, expected, active)
    assert {e.ref for e in r.evidence} == {c.code for c in clients}


def test_item_1_counts_per_full_time_equivalent_and_per_specialist() -> None:
    half = SpecialistIn("a", "Aino Esimerkki", fte_percent=50)
    twelve = [client(f"K{i:03d}") for i in range(11)]
    bs = [client(f"B{i:03d}", specialists=((START, "b"),)) for i in range(10)]
    r = compute.item_1_caseload(inputs([*twelve, *bs], specialists=(half, B)))
    assert [(p.specialist_id, p.figure, p.count) for p in r.per_specialist] == [
        ("a", 22.0, 11),
        ("b", 10.0, 10),
    ]
    assert r.figure == 14.0 and r.proposed == 5  # 21 clients / 1.5 fte
    assert compute.item_1_caseload(inputs([])).proposed is None  # no clients: nothing to say


# --- 3 vocational generalists ----------------------------------------------------------


@pytest.mark.parametrize(("met", "expected"), SHARES)
def test_item_3_generalists_bands(met: int, expected: int) -> None:
    one = ((START - timedelta(days=100), "a"),)
    two = (*one, (d(10), "b"))
    clients = [client(f"K{i:03d}", specialists=one if i < met else two) for i in range(20)]
    r = compute.item_3_generalists(inputs(clients, specialists=(A, B)))
    assert (r.figure, r.proposed, r.count) == (met * 5, expected, 20)
    assert sum(e.ok is True for e in r.evidence) == met


def test_item_3_needs_five_clients_and_ignores_a_change_after_the_period() -> None:
    clients = [client(f"K{i}") for i in range(4)]
    assert compute.item_3_generalists(inputs(clients)).proposed is None
    later = client("K9", specialists=((START, "a"), (END + timedelta(days=3), "b")))
    r = compute.item_3_generalists(inputs([*clients, later], specialists=(A, B)))
    assert (r.figure, r.proposed) == (100.0, 5)


# --- 12 work incentives planning -------------------------------------------------------


@pytest.mark.parametrize(("met", "expected"), SHARES)
def test_item_12_benefits_bands(met: int, expected: int) -> None:
    clients = []
    for i in range(20):
        start = d(10 + i)
        counselling = (start - timedelta(days=5),) if i < met else (start + timedelta(days=1),)
        clients.append(client(f"K{i:03d}", jobs=(job(start),), benefits_counselling=counselling))
    r = compute.item_12_benefits(inputs(clients))
    assert (r.figure, r.proposed, r.count) == (met * 5, expected, 20)


def test_item_12_counselling_must_follow_the_previous_job_start() -> None:
    first, second = d(-40), d(20)
    c = client(
        "K1",
        jobs=(job(first, d(0)), job(second)),
        benefits_counselling=(first - timedelta(days=3),),
    )
    r = compute.item_12_benefits(inputs([c]))
    assert r.count == 1 and r.figure == 0.0  # only the second job started in the period
    assert r.proposed is None  # fewer than 3 job starts
    on_the_day = client("K2", jobs=(job(first), job(second)), benefits_counselling=(second,))
    r = compute.item_12_benefits(inputs([on_the_day]))
    assert r.figure == 100.0


# --- 13 disclosure ---------------------------------------------------------------------


@pytest.mark.parametrize(("met", "expected"), SHARES)
def test_item_13_disclosure_bands(met: int, expected: int) -> None:
    clients = []
    for i in range(20):
        search = d(5 + i)
        if i < met:
            talks = (search - timedelta(days=10), search + timedelta(days=20))
        elif i % 2:
            talks = (search - timedelta(days=10),)  # only once
        else:
            talks = (search + timedelta(days=1), search + timedelta(days=9))  # after the start
        clients.append(
            client(
                f"K{i:03d}",
                phase_changes=(PhaseChangeIn(search, 2, 3),),
                disclosure_discussions=talks,
            )
        )
    not_searching = client("N1", phase_changes=(PhaseChangeIn(d(3), 1, 2),))
    r = compute.item_13_disclosure(inputs([*clients, not_searching]))
    assert (r.figure, r.proposed, r.count) == (met * 5, expected, 20)


def test_item_13_a_job_start_counts_as_the_start_of_search() -> None:
    c = client("K1", jobs=(job(d(30)),), disclosure_discussions=(d(1), d(2)))
    assert compute.job_search_start(c, END) == d(30)
    assert compute.item_13_disclosure(inputs([c])).figure == 100.0


# --- 14 ongoing work-based assessment --------------------------------------------------


@pytest.mark.parametrize(("met", "expected"), SHARES)
def test_item_14_assessment_bands(met: int, expected: int) -> None:
    clients = []
    for i in range(20):
        start = d(i)
        update = (start + timedelta(days=30),) if i < met else (start + timedelta(days=31),)
        clients.append(client(f"K{i:03d}", jobs=(job(start),), profile_updates=update))
    r = compute.item_14_assessment(inputs(clients))
    assert (r.figure, r.proposed, r.count) == (met * 5, expected, 20)


def test_item_14_a_recent_event_waits_for_its_30_days() -> None:
    waiting = client("K1", jobs=(job(END - timedelta(days=5)),))
    done = client("K2", jobs=(job(END - timedelta(days=5)),), profile_updates=(END,))
    ended = client("K3", jobs=(job(d(-200), d(10)),), profile_updates=(d(40),))
    r = compute.item_14_assessment(inputs([waiting, done, ended]))
    assert r.count == 2 and r.figure == 100.0 and r.proposed is None  # fewer than 3 events
    assert [e.ref for e in r.evidence] == ["K2", "K3"]


# --- 15 rapid job search ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "expected"),
    [(30, 5), (31, 4), (60, 4), (61, 3), (150, 3), (151, 2), (270, 2), (271, 1)],
)
def test_item_15_rapid_search_bands(days: int, expected: int) -> None:
    agreed = END - timedelta(days=300)
    clients = [
        client(f"K{i}", agreement=agreed, first_face_to_face=agreed + timedelta(days=days))
        for i in range(5)
    ]
    r = compute.item_15_rapid_search(inputs(clients))
    assert (r.figure, r.proposed, r.count) == (days, expected, 5)


def test_item_15_mean_median_and_clients_still_waiting() -> None:
    agreed = d(-100)
    clients = [
        client(f"K{i}", agreement=agreed, first_face_to_face=agreed + timedelta(days=n))
        for i, n in enumerate((10, 20, 30, 40, 100))
    ]
    waiting = client("W1", agreement=d(50))
    too_old = client("O1", agreement=END - timedelta(days=400), first_face_to_face=END)
    r = compute.item_15_rapid_search(inputs([*clients, waiting, too_old]))
    assert (r.figure, r.proposed, r.count) == (40.0, 4, 5)
    assert [(m.text, v) for m, v in r.details] == [
        ("Median days", 30.0),
        ("Clients still waiting", "1"),
    ]
    assert {e.ref for e in r.evidence} == {"K0", "K1", "K2", "K3", "K4", "W1"}
    assert compute.item_15_rapid_search(inputs(clients[:4])).proposed is None


# --- 17 frequent employer contact ------------------------------------------------------


@pytest.mark.parametrize(
    ("contacts", "expected"),
    [(24, 5), (23, 4), (20, 4), (19, 3), (12, 3), (11, 2), (8, 2), (7, 1)],
)
def test_item_17_employer_contact_bands(contacts: int, expected: int) -> None:
    start, end = START, START + timedelta(days=27)  # 4 weeks
    ff = [
        EmployerContactIn(start + timedelta(days=i % 28), "face_to_face", "a")
        for i in range(contacts)
    ]
    phone = [EmployerContactIn(start, "phone", "a")] * 10
    outside = [EmployerContactIn(end + timedelta(days=1), "face_to_face", "a")] * 10
    r = compute.item_17_employer_contact(
        inputs([], start=start, end=end, employer_contacts=tuple(ff + phone + outside))
    )
    assert (r.figure, r.proposed, r.count) == (round(contacts / 4, 1), expected, 4)


def test_item_17_per_specialist_fte_and_too_short_a_period() -> None:
    start, end = START, START + timedelta(days=27)
    half = SpecialistIn("b", "Bertil Exempel", fte_percent=50)
    rows = [EmployerContactIn(start, "face_to_face", "a")] * 24 + [
        EmployerContactIn(start + timedelta(days=8), "face_to_face", "b")
    ] * 8
    r = compute.item_17_employer_contact(
        inputs([], start=start, end=end, specialists=(A, half), employer_contacts=tuple(rows))
    )
    assert [(p.name, p.figure) for p in r.per_specialist] == [
        ("Aino Esimerkki", 6.0),
        ("Bertil Exempel", 4.0),
    ]
    assert r.figure == 5.0 and r.proposed == 4
    assert {(e.ref, e.args) for e in r.evidence} == {
        ("Aino Esimerkki", ("2026-W34", "24")),
        ("Bertil Exempel", ("2026-W35", "8")),
    }
    short = compute.item_17_employer_contact(
        inputs([], start=start, end=start + timedelta(days=20), employer_contacts=tuple(rows))
    )
    assert short.proposed is None and short.count == 3


# --- 19, 20, 21 the jobs ---------------------------------------------------------------

DIVERSITY = [(20, 5), (17, 5), (16, 4), (14, 4), (13, 3), (12, 3), (11, 2), (10, 2), (9, 1)]


@pytest.mark.parametrize(("distinct", "expected"), DIVERSITY)
def test_item_19_job_types_bands(distinct: int, expected: int) -> None:
    jobs = [job(d(i), job_type=f"T{min(i, distinct - 1)}") for i in range(20)]
    clients = [client(f"K{i:03d}", jobs=(j,)) for i, j in enumerate(jobs)]
    r = compute.item_19_job_types(inputs(clients))
    assert (r.figure, r.proposed, r.count) == (distinct * 5, expected, 20)


def test_item_19_says_not_enough_data_without_job_types() -> None:
    clients = [client(f"K{i}", jobs=(job(d(i)),)) for i in range(30)]
    r = compute.item_19_job_types(inputs(clients))
    assert r.proposed is None and r.count == 0
    assert [(m.text, v) for m, v in r.details] == [
        ("Different", "0"),
        ("Jobs with no type recorded", "30"),
    ]


@pytest.mark.parametrize(("distinct", "expected"), DIVERSITY)
def test_item_20_employers_bands(distinct: int, expected: int) -> None:
    clients = [
        client(f"K{i:03d}", jobs=(job(d(i), employer_ref=f"E{min(i, distinct - 1)}"),))
        for i in range(20)
    ]
    before = client("OLD", jobs=(job(d(-100), d(-1), employer_ref="E99"),))  # ended before
    r = compute.item_20_employers(inputs([*clients, before]))
    assert (r.figure, r.proposed, r.count) == (distinct * 5, expected, 20)


@pytest.mark.parametrize(
    ("open_jobs", "expected"),
    [(19, 5), (18, 4), (17, 4), (16, 3), (15, 3), (14, 2), (13, 2), (12, 1)],
)
def test_item_21_competitive_bands(open_jobs: int, expected: int) -> None:
    clients = [
        client(
            f"K{i:03d}",
            jobs=(job(d(-300), None, open_market=i < open_jobs, wage_subsidy=i % 2 == 0),),
        )
        for i in range(20)
    ]
    r = compute.item_21_competitive(inputs(clients))
    assert (r.figure, r.proposed, r.count) == (open_jobs * 5, expected, 20)
    plain = sum(i < open_jobs and i % 2 == 1 for i in range(20))
    assert r.details[0][1] == compute._num(plain * 5)


# --- 23 time-unlimited follow-along ----------------------------------------------------


def test_item_23_windows_of_an_ongoing_and_an_ended_job() -> None:
    s = date(2026, 1, 5)
    ongoing = compute.follow_along_windows(job(s))
    assert ongoing[:2] == [
        (s - timedelta(days=7), s - timedelta(days=1)),
        (s, s + timedelta(days=3)),
    ]
    assert ongoing[2:6] == [
        (s + timedelta(days=7 * k), s + timedelta(days=7 * k + 6)) for k in range(4)
    ]
    months = ongoing[6:]
    assert months[0] == (s + timedelta(days=28), s + timedelta(days=57))
    assert len(months) == 11 and months[-1][1] <= s + timedelta(days=365)
    short = compute.follow_along_windows(job(s, s + timedelta(days=10)))
    assert len(short) == 2 + 2 + 1  # weeks 1-2 only, then 3 days from the end
    assert short[-1] == (s + timedelta(days=10), s + timedelta(days=13))


@pytest.mark.parametrize(("met", "expected"), SHARES)
def test_item_23_follow_along_bands(met: int, expected: int) -> None:
    clients = []
    for i in range(20):
        s = d(i)
        e = s + timedelta(days=10)
        days = [s - timedelta(days=2), s + timedelta(days=1), s + timedelta(days=8)]
        if i < met:
            days.append(e + timedelta(days=3))  # the last day of the 3 after the end
        else:
            days.append(e + timedelta(days=4))  # one day late
        contacts = tuple(ClientContactIn(x, "workplace", "client") for x in days)
        clients.append(client(f"K{i:03d}", jobs=(job(s, e),), contacts=contacts))
    r = compute.item_23_follow_along(inputs(clients))
    assert (r.figure, r.proposed, r.count) == (met * 5, expected, 20)
    missed = [e for e in r.evidence if e.ok is False]
    if missed:
        assert missed[0].args[1:3] == ("4", "5")


# The windows of item 23 written out by hand, as day offsets from the job's start
# (first day, last day, both in): a week before the start, 3 days from the start, each
# of the first 4 weeks, each 30 days after that up to a year.
BEFORE, AFTER_START = (-7, -1), (0, 3)
WEEKS = [(0, 6), (7, 13), (14, 20), (21, 27)]
MONTHS = [(28 + 30 * n, 57 + 30 * n) for n in range(11)]  # the last ends on day 357
LONG_AGO = date(2025, 1, 6)  # a job start; period end well after its year


def _offsets(windows: list[tuple[date, date, bool]], s: date) -> list[tuple[int, int]]:
    return [((lo - s).days, (hi - s).days) for lo, hi, _ in windows]


def test_item_23_windows_pinned_day_by_day() -> None:
    s, far = LONG_AGO, LONG_AGO + timedelta(days=500)
    ongoing = compute.follow_along_checks(job(s), [], far)
    assert _offsets(ongoing, s) == [BEFORE, AFTER_START, *WEEKS, *MONTHS]
    ended = compute.follow_along_checks(job(s, s + timedelta(days=100)), [], far)
    assert _offsets(ended, s) == [BEFORE, AFTER_START, *WEEKS, *MONTHS[:3], (100, 103)]


@pytest.mark.parametrize(
    ("end", "weeks", "months"),
    [(13, 2, 0), (14, 3, 0), (27, 4, 0), (28, 4, 1), (57, 4, 1), (58, 4, 2)],
)
def test_item_23_a_weekly_or_monthly_check_is_due_from_its_first_day_in_the_job(
    end: int, weeks: int, months: int
) -> None:
    """A job that ends on the day a week or a month begins still has that check; one
    that ended the day before has not."""
    s = LONG_AGO
    e = s + timedelta(days=end)
    got = _offsets(compute.follow_along_checks(job(s, e), [], s + timedelta(days=500)), s)
    assert got == [BEFORE, AFTER_START, *WEEKS[:weeks], *MONTHS[:months], (end, end + 3)]


ALL_WINDOWS = [("before", BEFORE), ("after start", AFTER_START)]
ALL_WINDOWS += [(f"week {k + 1}", w) for k, w in enumerate(WEEKS)]
ALL_WINDOWS += [(f"month {n + 1}", w) for n, w in enumerate(MONTHS)]
ALL_WINDOWS += [("after the end", (400, 403))]


@pytest.mark.parametrize(("name", "window"), ALL_WINDOWS, ids=[n for n, _ in ALL_WINDOWS])
def test_item_23_each_window_is_met_from_its_first_to_its_last_day_only(
    name: str, window: tuple[int, int]
) -> None:
    """One contact on the day before a window, its first day, its last day, the day after:
    met only on the two days inside (a window moved by one day fails here)."""
    s = LONG_AGO
    j = job(s, s + timedelta(days=400))
    index = [w for _, w in ALL_WINDOWS].index(window)
    lo, hi = window
    for day, inside in ((lo - 1, False), (lo, True), (hi, True), (hi + 1, False)):
        checks = compute.follow_along_checks(j, [s + timedelta(days=day)], s + timedelta(days=500))
        assert _offsets(checks, s)[index] == window
        assert checks[index][2] is inside, (name, day)


def _follow_along_item(s: date, e: date | None, days: list[int], end: date) -> compute.ItemResult:
    contacts = tuple(ClientContactIn(s + timedelta(days=n), "workplace", "client") for n in days)
    c = client("K001", jobs=(job(s, e),), contacts=contacts)
    return compute.item_23_follow_along(inputs([c], start=end - timedelta(days=90), end=end))


# A job from day 0 to day 20 (a job loss): every check met by these contacts, one each
# (before, after the start + week 1, week 2, week 3, after the end: days 20–23).
S23 = date(2026, 9, 1)
MET = {"before": -4, "after start": 1, "week 2": 8, "week 3": 16, "job loss": 22}


@pytest.mark.parametrize(
    ("window", "probe", "met"),
    [
        ("before", -8, False),
        ("before", -7, True),
        ("before", -1, True),
        ("before", 0, False),
        ("after start", -1, False),
        ("after start", 0, True),
        ("after start", 3, True),
        ("after start", 4, False),
        ("week 2", 6, False),
        ("week 2", 7, True),
        ("week 2", 13, True),
        ("week 2", 14, False),
        ("job loss", 19, False),
        ("job loss", 20, True),
        ("job loss", 23, True),
        ("job loss", 24, False),
    ],
)
def test_item_23_follow_along_before_after_start_and_after_a_job_loss(
    window: str, probe: int, met: bool
) -> None:
    """The item itself: all checks met but one, whose contact is moved to ``probe``."""
    days = [n for w, n in MET.items() if w != window] + [probe]
    if window == "after start":
        days.append(5)  # week 1 met without touching days 0-3
    end = S23 + timedelta(days=40)
    r = _follow_along_item(S23, S23 + timedelta(days=20), days, end)
    assert r.count == 1 and r.evidence[0].ok is met, (window, probe)
    total = r.evidence[0].args[2 if not met else 1]
    assert total == "6"  # before, after start, weeks 1-3, after the end
    if not met:
        assert r.evidence[0].args[1] == "5"  # that window only
    assert _follow_along_item(S23, S23 + timedelta(days=20), list(MET.values()), end).figure == 100


def test_item_23_counts_a_window_closed_on_the_last_day_and_a_job_started_a_year_before() -> None:
    s = S23
    closed = s + timedelta(days=23)  # the job loss window (days 20-23) closes on the end
    r = _follow_along_item(s, s + timedelta(days=20), [-4, 1, 8, 16], closed)
    assert r.evidence[0].args[1:3] == ("5", "6")  # no contact after the end: missed
    open_ = s + timedelta(days=22)  # not closed yet: left out, the others all met
    r = _follow_along_item(s, s + timedelta(days=20), [-4, 1, 8, 16], open_)
    assert r.evidence[0].ok is True and r.evidence[0].args[1] == "5"
    end = date(2026, 11, 18)
    in_cohort = _follow_along_item(end - timedelta(days=365), None, [-4, 1], end)
    assert in_cohort.count == 1
    assert _follow_along_item(end - timedelta(days=366), None, [-4, 1], end).count == 0


# --- the day boundaries of the other items: the day inside and the day outside ---------


def _one_day(n: int) -> timedelta:
    return timedelta(days=n)


def test_item_12_day_boundaries() -> None:
    first, second = d(-40), d(20)

    def share(*counselling: date) -> float | None:
        c = client("K1", jobs=(job(first), job(second)), benefits_counselling=counselling)
        return compute.item_12_benefits(inputs([c])).figure

    assert share(first) == 0.0  # on the previous job's start: that job's counselling
    assert share(first + _one_day(1)) == 100.0
    assert share(second) == 100.0 and share(second + _one_day(1)) == 0.0
    days = (START - _one_day(1), START, END, END + _one_day(1))
    edges = [client(f"K{i}", jobs=(job(x),), benefits_counselling=(x,)) for i, x in enumerate(days)]
    r = compute.item_12_benefits(inputs(edges))
    assert [e.ref for e in r.evidence] == ["K1", "K2"]  # started on the first / last day


def _hours_client(change: date, *counselling: date, before: float | None = 20.0) -> ClientIn:
    start = START - _one_day(200)  # the job started long before the period
    after = 30.0 if before is not None else None
    return client(
        "K1",
        jobs=(job(start, hours_changes=(HoursChangeIn(change, before, after),)),),
        benefits_counselling=counselling,
    )


def test_item_12_hours_change_window_is_30_days_either_side() -> None:
    change = d(40)

    def r12(*counselling: date) -> compute.ItemResult:
        return compute.item_12_benefits(inputs([_hours_client(change, *counselling)]))

    assert compute.HOURS_BEFORE_DAYS == compute.HOURS_AFTER_DAYS == 30
    assert r12(change - _one_day(30)).figure == 100.0  # first day of the window
    assert r12(change - _one_day(31)).figure == 0.0  # the day before it
    assert r12(change).figure == 100.0
    assert r12(change + _one_day(30)).figure == 100.0  # last day of the window
    late = r12(change + _one_day(31))
    assert late.figure == 0.0 and late.count == 1  # the day after it
    (e,) = late.evidence
    assert e.ok is False and e.on == change and e.what == compute.E_HOURS_NO
    assert e.args == (compute._d(change), 20.0, 30.0)  # which occasion: from 20 to 30 h
    (ok,) = r12(change + _one_day(2)).evidence
    assert ok.what == compute.E_HOURS_OK and ok.args[1:3] == (20.0, 30.0)
    assert ok.args[3] == compute._d(change + _one_day(2))


def test_item_12_hours_change_in_the_period_and_still_open_windows() -> None:
    def r12(change: date, *counselling: date) -> compute.ItemResult:
        return compute.item_12_benefits(inputs([_hours_client(change, *counselling)]))

    assert r12(START - _one_day(1), START).count == 0  # the change is before the period
    assert r12(START, START).count == 1  # on the first day
    assert r12(END - _one_day(30)).count == 1  # its 30 days are over by the end: counted
    assert r12(END - _one_day(29)).count == 0  # still time: left out
    assert r12(END - _one_day(29), END).figure == 100.0  # already met: counted
    assert r12(END, END - _one_day(30)).figure == 100.0  # on the last day, met before
    # a team file's change has no hours: the evidence names the day only
    (e,) = compute.item_12_benefits(inputs([_hours_client(d(10), d(11), before=None)])).evidence
    assert e.what == compute.E_HOURS_DAY_OK and e.args == (compute._d(d(10)), compute._d(d(11)))


def test_item_12_counts_starts_and_hours_changes_as_occasions() -> None:
    start, change = d(5), d(40)
    c = client(
        "K1",
        jobs=(job(start, hours_changes=(HoursChangeIn(change, 10.0, 17.5),)),),
        benefits_counselling=(start - _one_day(3),),  # before the start; 38 d before the change
    )
    r = compute.item_12_benefits(inputs([c]))
    assert r.count == 2 and r.figure == 50.0
    assert [(e.on, e.ok) for e in r.evidence] == [(start, True), (change, False)]
    assert r.evidence[1].args[1:] == (10.0, 17.5)  # numbers: written in the reader's language
    fi, en = Catalog("fi"), Catalog("en")
    assert "17,5" in fi.tr(r.evidence[1].what, *r.evidence[1].args)
    assert "17.5" in en.tr(r.evidence[1].what, *r.evidence[1].args)
    assert "17.5" not in fi.tr(r.evidence[1].what, *r.evidence[1].args)


def test_item_13_day_boundaries() -> None:
    search = d(10)

    def r13(talks: tuple[date, ...], on: date = search) -> tuple[int, float | None]:
        c = client("K1", phase_changes=(PhaseChangeIn(on, 2, 3),), disclosure_discussions=talks)
        r = compute.item_13_disclosure(inputs([c]))
        return r.count, r.figure

    assert r13((search, d(30))) == (1, 100.0)  # discussed on the day job search starts
    assert r13((search + _one_day(1), d(30))) == (1, 0.0)
    assert r13((d(1), END)) == (1, 100.0)  # the second talk on the period's last day
    assert r13((d(1), END + _one_day(1))) == (1, 0.0)
    assert r13((d(1), d(2)), on=END) == (1, 100.0)  # job search from the last day
    assert r13((d(1), d(2)), on=END + _one_day(1)) == (0, None)


def test_item_14_day_boundaries() -> None:
    def r14(
        updates: tuple[date, ...], start: date, end: date | None = None
    ) -> tuple[int, float | None]:
        c = client("K1", jobs=(job(start, end),), profile_updates=updates)
        r = compute.item_14_assessment(inputs([c]))
        return r.count, r.figure

    assert r14((d(10),), d(10)) == (1, 100.0)  # updated on the day the job started
    assert r14((d(9),), d(10)) == (1, 0.0)
    assert r14((), END - _one_day(30)) == (1, 0.0)  # its 30 days end on the last day
    assert r14((), END - _one_day(29)) == (0, None)  # a day left to update
    assert r14((d(1),), d(-100), START) == (1, 100.0)  # a job that ended on the first day
    assert r14((d(1),), d(-100), START - _one_day(1)) == (0, None)


def test_item_15_day_boundaries() -> None:
    def r15(agreement: date, first: date) -> tuple[int, float | None]:
        c = client("K1", agreement=agreement, first_face_to_face=first)
        r = compute.item_15_rapid_search(inputs([c]))
        return r.count, r.figure

    cohort = END - _one_day(365)
    assert r15(cohort, cohort + _one_day(10)) == (1, 10.0)
    assert r15(cohort - _one_day(1), cohort + _one_day(10)) == (0, None)
    assert r15(END - _one_day(20), END) == (1, 20.0)  # the contact on the last day
    assert r15(END - _one_day(20), END + _one_day(1)) == (0, None)  # still waiting


def test_items_17_19_20_21_24_count_the_first_and_the_last_day_of_the_period() -> None:
    start, end = START, START + _one_day(27)
    rows = tuple(
        EmployerContactIn(x, "face_to_face", "a")
        for x in (start - _one_day(1), start, end, end + _one_day(1))
    )
    r = compute.item_17_employer_contact(inputs([], start=start, end=end, employer_contacts=rows))
    assert r.per_specialist[0].count == 2
    jobs = [
        job(END, None, employer_ref="on the last day"),
        job(END + _one_day(1), None, employer_ref="after"),
        job(d(-100), START, employer_ref="ended on the first day"),
        job(d(-100), START - _one_day(1), employer_ref="ended before"),
    ]
    clients = [client(f"K{i}", jobs=(replace(j, job_type="T"),)) for i, j in enumerate(jobs)]
    held = compute.jobs_held(inputs(clients))
    assert [j.employer_ref for _, j in held] == ["on the last day", "ended on the first day"]
    for fn in (compute.item_19_job_types, compute.item_20_employers, compute.item_21_competitive):
        assert fn(inputs(clients)).count == 2
    contacts = tuple(
        ClientContactIn(x, "home", "client")
        for x in (START - _one_day(1), START, END, END + _one_day(1))
    )
    assert compute.item_24_community(inputs([client("K1", contacts=contacts)])).count == 2


# --- 24 community-based services -------------------------------------------------------


@pytest.mark.parametrize(
    ("outside", "expected"),
    [(13, 5), (12, 4), (10, 4), (9, 3), (8, 3), (7, 2), (6, 2), (5, 1)],
)
def test_item_24_community_bands(outside: int, expected: int) -> None:
    places = ["home", "workplace", "community"]
    contacts = [
        ClientContactIn(d(i), places[i % 3] if i < outside else "clinic", "client")
        for i in range(20)
    ]
    contacts += [ClientContactIn(d(1), "remote", "client")] * 7  # left out
    contacts += [ClientContactIn(d(-1), "clinic", "client")] * 7  # before the period
    r = compute.item_24_community(inputs([client("K1", contacts=tuple(contacts))]))
    assert (r.figure, r.proposed, r.count) == (outside * 5, expected, 20)
    assert r.details[0][1] == "7"


def test_item_24_needs_twenty_contacts_in_person() -> None:
    contacts = tuple(ClientContactIn(d(i), "home", "client") for i in range(19))
    assert compute.item_24_community(inputs([client("K1", contacts=contacts)])).proposed is None
