"""The team reports equal the figures computed straight from the specialists' stores.

Three specialists' stores (demo data of different seeds plus invented clients) travel
as team files into the leader's store; each figure of the weekly summary and of the
period report is then computed here again from the SOURCE stores' own rows (clients,
phase changes, jobs, steps, employer contacts, follow-along contacts), written without
the report code, for several weeks (2026-W53 and a year end among them) and periods.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlmodel import select

from ipsdesk.core.reports import queries
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store
from ipsdesk.core.team import dataset as team_dataset
from ipsdesk.core.team import importer, membership
from tests.team_helpers import export, fill, join, make_store

NAMES = ("Aapo Keksitty", "Bea Kuviteltu", "Cecilia Mallinen")
EXPORTED = datetime(2027, 1, 8, 9, 0, tzinfo=UTC)  # after 2026-W53


@dataclass
class Source:
    """One specialist's raw rows, read from their own store (plain values)."""

    name: str
    clients: list[m.Client]
    phase_changes: list[m.PhaseChange]
    jobs: list[m.Job]
    steps: list[m.StepTowardWork]
    contacts: list[m.EmployerContact]
    contact_clients: list[m.EmployerContactClient]
    client_contacts: list[m.ClientContact]


def read_source(store: Store, name: str) -> Source:
    with store.session() as s:
        rows: list[list[Any]] = [
            list(s.exec(select(t)).all())
            for t in (
                m.Client,
                m.PhaseChange,
                m.Job,
                m.StepTowardWork,
                m.EmployerContact,
                m.EmployerContactClient,
                m.ClientContact,
            )
        ]
        for group in rows:
            for row in group:
                s.expunge(row)
    return Source(name, *rows)


class _Clock(datetime):
    @classmethod
    def now(cls, tz: Any = None) -> datetime:  # type: ignore[override]
        return EXPORTED + timedelta(hours=1)


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, list[Source]]]:
    root = tmp_path_factory.mktemp("reports")
    leader = make_store(root, "Liisa Vetäjä")
    with leader.session() as s:
        membership.create_team(s, "IPS-tiimi Testilä")
    sources, files = [], []
    for seed, name in enumerate(NAMES, start=1):
        st = make_store(root, name)
        fill(st, seed)
        add_edge_cases(st, seed)
        join(leader, st, name)
        files.append(export(st, root / f"{seed}.ipsteam", now=EXPORTED))
        sources.append(read_source(st, name))
        st.close()
    # The import refuses files from the future; the clock reads 8.1.2027 (after W53).
    with pytest.MonkeyPatch.context() as mp, leader.session() as s:
        mp.setattr(team_dataset, "datetime", _Clock)
        results = importer.import_files(s, files)
    assert [r.status for r in results] == [importer.IMPORTED] * 3, [
        r.error.args if r.error else None for r in results
    ]
    yield leader, sources
    leader.close()


def add_edge_cases(store: Store, seed: int) -> None:
    """Invented clients for the hard cases: phases back and forth, two jobs in a period,
    jobs and agreements around the year end and in 2026-W53."""
    with store.session() as s:
        a = m.Client(
            code=f"E-{seed}01",
            full_name="Eero Edestakainen",
            referral_date=date(2026, 1, 5),
            agreement_date=date(2026, 1, 12),
            phase=3,
            phase_since=date(2026, 3, 2),
        )
        b = m.Client(
            code=f"E-{seed}02",
            full_name="Kaisa Kahdesti",
            referral_date=date(2025, 12, 1),
            agreement_date=date(2025, 12, 29),
            phase=5,
            phase_since=date(2026, 2, 2),
            severe_mental_illness=False,
            in_work_at_referral=True,
        )
        c = m.Client(
            code=f"E-{seed}03",
            full_name="Uuno Uusivuosi",
            referral_date=date(2026, 12, 20),
            agreement_date=date(2027, 1, 2),  # a Saturday of 2026-W53
            phase=1,
            phase_since=date(2027, 1, 2),
        )
        d = m.Client(
            code=f"E-{seed}04",
            full_name="Paula Päättynyt",
            referral_date=date(2026, 6, 1),
            agreement_date=date(2026, 6, 8),
            phase=2,
            phase_since=date(2026, 7, 1),
            status="ended",
            ended_on=date(2026, 11, 22),  # the Sunday of 2026-W47
            end_reason="moved_away",
        )
        s.add_all([a, b, c, d])
        s.flush()
        assert a.id and b.id and c.id and d.id
        s.add(m.PhaseChange(client_id=d.id, from_phase=None, to_phase=1, on=date(2026, 6, 8)))
        s.add(m.PhaseChange(client_id=d.id, from_phase=1, to_phase=2, on=date(2026, 7, 1)))
        s.add(m.PhaseChange(client_id=d.id, from_phase=2, to_phase=None, on=date(2026, 11, 22)))
        # In work in 2026-W47 with no contact with the client for a month: one is due; a
        # talk with the care team that week is not a follow-along contact with the client.
        s.add(
            m.ClientContact(client_id=b.id, on=date(2026, 10, 5), with_whom="client", place="home")
        )
        s.add(
            m.ClientContact(
                client_id=b.id, on=date(2026, 11, 17), with_whom="care_team", place="clinic"
            )
        )
        for frm, to, on in [
            (None, 1, date(2026, 1, 12)),
            (1, 2, date(2026, 1, 20)),
            (2, 3, date(2026, 2, 2)),
            (3, 2, date(2026, 2, 11)),  # back to profiling
            (2, 3, date(2026, 3, 2)),
        ]:
            s.add(m.PhaseChange(client_id=a.id, from_phase=frm, to_phase=to, on=on))
        s.add(m.PhaseChange(client_id=b.id, from_phase=None, to_phase=1, on=date(2025, 12, 29)))
        s.add(m.PhaseChange(client_id=b.id, from_phase=1, to_phase=5, on=date(2026, 2, 2)))
        s.add(m.PhaseChange(client_id=c.id, from_phase=None, to_phase=1, on=date(2027, 1, 2)))
        employer = m.Employer(name=f"Keksityn Kahvila {seed} Oy")
        s.add(employer)
        s.flush()
        for start, end, subsidy in [
            (date(2026, 2, 2), date(2026, 3, 31), False),
            (date(2026, 5, 4), None, True),  # employed twice in the first half-year
            (date(2026, 12, 31), None, False),  # a second job over the year end
        ]:
            s.add(
                m.Job(
                    client_id=b.id,
                    employer_id=employer.id,
                    title="Keksitty työ",
                    start_on=start,
                    end_on=end,
                    open_market=True,
                    wage_subsidy=subsidy,
                )
            )
        ec = m.EmployerContact(
            on=date(2026, 12, 29), mode="face_to_face", purpose="needs", employer_id=employer.id
        )
        s.add(ec)
        s.flush()
        s.add(m.EmployerContactClient(contact_id=ec.id, client_id=a.id))
        s.add(
            m.ClientContact(client_id=b.id, on=date(2027, 1, 1), with_whom="client", place="home")
        )
        s.add(m.StepTowardWork(client_id=a.id, kind="work_trial", start_on=date(2026, 4, 6)))
        s.add(m.StepTowardWork(client_id=a.id, kind="work_trial", start_on=date(2026, 5, 6)))
        s.commit()


# -- the independent oracle -------------------------------------------------------------------


def serving(c: m.Client, last_day: date, first_day: date) -> bool:
    return (
        c.agreement_date is not None
        and c.agreement_date <= last_day
        and (c.ended_on is None or c.ended_on > first_day)
    )


def phase_on(src: Source, c: m.Client, day: date) -> int | None:
    moves = sorted(
        (p for p in src.phase_changes if p.client_id == c.id and p.on <= day),
        key=lambda p: (p.on, p.id or 0),
    )
    return moves[-1].to_phase if moves else 1


def expected_week(sources: list[Source], start: date) -> dict[str, Any]:
    end = start + timedelta(days=6)
    out: dict[str, Any] = {"phases": dict.fromkeys(range(1, 6), 0), "per_member": {}}
    counts = dict.fromkeys(
        ["caseload", "employer_contacts", "face_to_face", "new_agreements", "job_starts",
         "job_ends", "working", "working_subsidy", "follow_along_due", "follow_along_done"],
        0,
    )  # fmt: skip
    days: list[int] = []
    for src in sources:
        served = [c for c in src.clients if serving(c, end, end)]
        for c in served:
            p = phase_on(src, c, end)
            if p is not None:
                out["phases"][p] += 1
        week_contacts = [e for e in src.contacts if start <= e.on <= end]
        f2f = [e for e in week_contacts if e.mode == "face_to_face"]
        out["per_member"][src.name] = (len(served), len(week_contacts), len(f2f))
        counts["caseload"] += len(served)
        counts["employer_contacts"] += len(week_contacts)
        counts["face_to_face"] += len(f2f)
        counts["new_agreements"] += sum(
            1 for c in src.clients if c.agreement_date and start <= c.agreement_date <= end
        )
        by_id = {e.id: e for e in src.contacts}
        for c in src.clients:
            mine = [
                by_id[link.contact_id].on
                for link in src.contact_clients
                if link.client_id == c.id and by_id[link.contact_id].mode == "face_to_face"
            ]
            if mine and start <= min(mine) <= end and c.agreement_date is not None:
                days.append(max(0, (min(mine) - c.agreement_date).days))
        counts["job_starts"] += sum(1 for j in src.jobs if start <= j.start_on <= end)
        counts["job_ends"] += sum(1 for j in src.jobs if j.end_on and start <= j.end_on <= end)
        current = [
            j
            for j in src.jobs
            if j.open_market and j.start_on <= end and (j.end_on is None or j.end_on >= end)
        ]
        counts["working"] += len({j.client_id for j in current})
        counts["working_subsidy"] += len({j.client_id for j in current if j.wage_subsidy})
        in_work: dict[int, date] = {}
        for j in src.jobs:
            if j.start_on <= end and (j.end_on is None or j.end_on >= start):
                in_work[j.client_id] = max(in_work.get(j.client_id, j.start_on), j.start_on)
        for cid, started in in_work.items():
            seen = [
                k.on
                for k in src.client_contacts
                if k.client_id == cid and k.with_whom == "client" and k.on <= end
            ]
            before = [d for d in seen if start - timedelta(days=30) <= d < start]
            during = [d for d in seen if d >= start]
            due = (end - started).days < 31 or not before or max(before) + timedelta(days=30) <= end
            if due:
                counts["follow_along_due"] += 1
                counts["follow_along_done"] += bool(during)
    counts["first_contacts"] = len(days)
    counts["first_within_30"] = sum(d <= 30 for d in days)
    counts["median_days_first"] = statistics.median(days) if days else None
    out["figures"] = counts
    return out


def expected_period(sources: list[Source], start: date, end: date) -> dict[str, Any]:
    f: dict[str, Any] = {}

    def persons(pred: Any) -> int:
        return sum(1 for src in sources for c in src.clients if pred(src, c))

    def started_jobs(src: Source, c: m.Client, **want: bool) -> list[m.Job]:
        return [
            j
            for j in src.jobs
            if j.client_id == c.id
            and j.open_market
            and start <= j.start_on <= end
            and all(getattr(j, k) == v for k, v in want.items())
        ]

    def served(src: Source, c: m.Client) -> bool:
        return serving(c, end, start)

    def referred(c: m.Client) -> bool:
        return c.referral_date is not None and start <= c.referral_date <= end

    f["referrals"] = persons(lambda s, c: referred(c))
    f["referrals_no_agreement"] = persons(
        lambda s, c: referred(c) and (c.agreement_date is None or c.agreement_date > end)
    )
    f["agreements_new"] = persons(
        lambda s, c: c.agreement_date is not None and start <= c.agreement_date <= end
    )
    f["in_service"] = persons(served)
    f["employed"] = persons(lambda s, c: served(s, c) and bool(started_jobs(s, c)))
    f["employed_subsidy"] = persons(
        lambda s, c: served(s, c) and bool(started_jobs(s, c, wage_subsidy=True))
    )
    f["employed_no_subsidy"] = persons(
        lambda s, c: served(s, c) and bool(started_jobs(s, c, wage_subsidy=False))
    )
    f["worked"] = sum(
        len(
            {
                j.client_id
                for j in src.jobs
                if j.open_market and j.start_on <= end and (j.end_on is None or j.end_on >= start)
            }
        )
        for src in sources
    )
    f["jobs_started"] = sum(1 for src in sources for j in src.jobs if start <= j.start_on <= end)
    f["jobs_started_open"] = sum(
        1 for src in sources for j in src.jobs if j.open_market and start <= j.start_on <= end
    )
    for kind in ("education", "work_trial", "volunteering", "apprenticeship", "other"):
        f[f"step_{kind}"] = sum(
            len(
                {
                    st.client_id
                    for st in src.steps
                    if st.kind == kind and start <= st.start_on <= end
                }
            )
            for src in sources
        )
    f["smi_in_service"] = persons(lambda s, c: served(s, c) and c.severe_mental_illness)
    f["smi_employed"] = persons(
        lambda s, c: served(s, c) and c.severe_mental_illness and bool(started_jobs(s, c))
    )
    out_of_work = persons(lambda s, c: served(s, c) and not c.in_work_at_referral)
    emp_out = persons(
        lambda s, c: served(s, c) and not c.in_work_at_referral and bool(started_jobs(s, c))
    )
    in_work = persons(lambda s, c: served(s, c) and c.in_work_at_referral)
    f["other_in_service"] = f["in_service"] - f["smi_in_service"]
    f["other_employed"] = f["employed"] - f["smi_employed"]

    def rate(a: int, b: int) -> float | None:
        return a / b if b else None

    f["employment_rate"] = rate(f["employed"], f["in_service"])
    f["employment_rate_no_subsidy"] = rate(f["employed_no_subsidy"], f["in_service"])
    f["employment_rate_out_of_work"] = rate(emp_out, out_of_work)
    f["in_work_at_referral"] = rate(in_work, f["in_service"])
    f["smi_rate"] = rate(f["smi_employed"], f["smi_in_service"])
    f["other_rate"] = rate(f["other_employed"], f["other_in_service"])
    return f


WEEKS = [(2026, 3), (2026, 6), (2026, 7), (2026, 19), (2026, 46), (2026, 47), (2026, 52),
         (2026, 53), (2027, 1)]  # fmt: skip
PERIODS = [
    (date(2026, 1, 1), date(2026, 6, 30)),
    (date(2026, 7, 1), date(2026, 12, 31)),
    (date(2026, 10, 1), date(2026, 12, 31)),
    (date(2025, 12, 1), date(2026, 1, 31)),  # over the year end
    (date(2026, 12, 28), date(2027, 1, 3)),  # 2026-W53 as a period
    (date(2025, 1, 1), date(2027, 12, 31)),
]


@pytest.mark.parametrize(("year", "week"), WEEKS)
def test_week_figures_equal_the_source_stores(team, year: int, week: int) -> None:  # type: ignore[no-untyped-def]
    leader, sources = team
    with leader.session() as s:
        report = queries.team_week(s, year, week)
    want = expected_week(sources, date.fromisocalendar(year, week, 1))
    assert report.figures == want["figures"]
    assert report.phases == want["phases"]
    got = {r.name: (r.caseload, r.contacts, r.face_to_face) for r in report.members}
    assert got == want["per_member"]


def test_week_53_holds_its_days(team) -> None:  # type: ignore[no-untyped-def]
    leader, sources = team
    with leader.session() as s:
        report = queries.team_week(s, 2026, 53)
    assert (report.start, report.end) == (date(2026, 12, 28), date(2027, 1, 3))
    # The invented W53 events of each of the three stores are in it.
    assert report.figures["new_agreements"] >= 3  # 2.1.2027
    assert report.figures["job_starts"] >= 3  # 31.12.2026
    assert report.figures["first_contacts"] >= 3  # 29.12.2026, face to face
    assert report.series[-1].code == "2026-W53"
    assert [p.code for p in report.series][:2] == ["2026-W42", "2026-W43"]


def test_a_client_moved_back_and_forth_is_in_the_phase_of_that_day(team) -> None:  # type: ignore[no-untyped-def]
    leader, sources = team
    with leader.session() as s:
        for (year, week), phase in [
            ((2026, 4), 2),
            ((2026, 6), 3),
            ((2026, 7), 2),
            ((2026, 10), 3),
        ]:
            report = queries.team_week(s, year, week)
            want = expected_week(sources, date.fromisocalendar(year, week, 1))
            assert report.phases == want["phases"]
            # the three invented clients E-101, E-201, E-301 are in `phase` that week
            edge = [
                phase_on(src, c, report.end)
                for src in sources
                for c in src.clients
                if c.code.endswith("01") and c.code.startswith("E-")
            ]
            assert edge == [phase] * 3


@pytest.mark.parametrize(("start", "end"), PERIODS)
def test_period_figures_equal_the_source_stores(team, start: date, end: date) -> None:  # type: ignore[no-untyped-def]
    leader, sources = team
    with leader.session() as s:
        report = queries.outcomes(s, start, end)
    assert report.figures == pytest.approx(expected_period(sources, start, end))
    assert report.members == 3


def test_a_person_employed_twice_is_counted_once(team) -> None:  # type: ignore[no-untyped-def]
    leader, sources = team
    start, end = date(2026, 1, 1), date(2026, 6, 30)
    with leader.session() as s:
        report = queries.outcomes(s, start, end)
        only_edge = queries.outcomes(s, date(2026, 2, 1), date(2026, 2, 3))
    # Kaisa Kahdesti of each store started two jobs in the half-year.
    assert report.figures["jobs_started"] - report.figures["employed"] >= 3
    assert only_edge.figures["jobs_started"] >= 3
    two_jobs = [
        c
        for src in sources
        for c in src.clients
        if len([j for j in src.jobs if j.client_id == c.id and start <= j.start_on <= end]) > 1
    ]
    assert len(two_jobs) >= 3


def test_scope_narrows_to_members_and_sums_back(team) -> None:  # type: ignore[no-untyped-def]
    leader, _ = team
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    with leader.session() as s:
        ids = [r.member_id for r in queries.team_week(s, 2026, 47).members]
        whole = queries.outcomes(s, start, end)
        parts = [queries.outcomes(s, start, end, queries.Scope(members=(i,))) for i in ids]
        team_ids = {
            t for (t,) in s.connection().execute(select(queries.member_t.c.team_id).distinct())
        }
        by_team = queries.outcomes(s, start, end, queries.Scope(teams=tuple(team_ids)))
        nobody = queries.outcomes(s, start, end, queries.Scope(teams=("no-such-team",)))
    for key in ("in_service", "employed", "jobs_started", "referrals", "worked"):
        assert sum(p.figures[key] for p in parts) == whole.figures[key]  # type: ignore[misc]
    assert by_team.figures == whole.figures
    assert nobody.figures["in_service"] == 0 and nobody.figures["employment_rate"] is None
