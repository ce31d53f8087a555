"""Every computed fidelity item, band by band: cases built from dated records with the
figure just on each side of each threshold (bounds from the thresholds table)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ipsdesk.core.fidelity import compute
from ipsdesk.core.fidelity.inputs import (
    ClientContactIn,
    ClientIn,
    EmployerContactIn,
    FidelityInputs,
    JobIn,
    PhaseChangeIn,
    SpecialistIn,
)
from ipsdesk.core.fidelity.items import ITEMS, Band, band
from ipsdesk.core.fidelity.thresholds import THRESHOLDS

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
        ("Median days", "30"),
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
