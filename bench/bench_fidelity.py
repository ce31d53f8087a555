"""Benchmark: a full fidelity review (inputs + the 12 computed items) of the last 3 months.

Three cases, several runs each, median / min / max wall-clock and median CPU milliseconds
(target < 500 ms in-process median):

- ``store``: a big specialist's store (``bench/gen_store.py``: 2000 clients, 30 000
  employer contacts, 3000 jobs over 5 years, plus benefits counselling, disclosure
  discussions, profile meetings and phase moves), read with ``from_store`` and computed;
- ``team tables``: the full team review on a team leader's store: 30 specialists × 5
  years from the team-file generator (``bench/gen_team.py``: real encrypted team files,
  imported), read with ``from_team_tables`` and computed (``new_review`` with scope team);
- ``team input``: a team-sized input built in memory (30 specialists × 5 years, more
  client contacts than the generator makes), computed only.

For information (not in the target): a saved team review exported as PDF, which
computes the per-specialist figures again (on the page it runs off the GUI thread).

Usage::

    python -m bench.bench_fidelity [--runs 9] [--specialists 30] [--years 5]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bench import gen_team
from bench.gen_store import generate
from ipsdesk.core.fidelity import compute, reviews
from ipsdesk.core.fidelity.inputs import (
    ClientContactIn,
    ClientIn,
    EmployerContactIn,
    FidelityInputs,
    JobIn,
    PhaseChangeIn,
    SpecialistIn,
)
from ipsdesk.core.paths import data_paths
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store
from ipsdesk.core.storage.types import utcnow
from ipsdesk.core.team import importer

TARGET_MS = 500.0
TODAY = date(2026, 11, 18)
PLACES = ["clinic", "home", "workplace", "community", "remote"]


def _time(fn: Callable[[], Any], runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each run (CPU time is steadier on a busy machine)."""
    fn()  # warm-up
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return wall, cpu


def _add_client_events(store: Any, clients: int, seed: int = 3) -> None:
    """gen_store has no benefits / disclosure / profile / phase rows: add a few per client."""
    rnd = random.Random(seed)
    first = TODAY - timedelta(days=5 * 365)

    def day() -> date:
        return first + timedelta(days=rnd.randint(0, 5 * 365))

    rows: dict[Any, list[dict[str, Any]]] = {
        m.BenefitsCounselling.__table__: [],
        m.DisclosureDiscussion.__table__: [],
        m.ProfileMeeting.__table__: [],
        m.PhaseChange.__table__: [],
    }
    for cid in range(1, clients + 1):
        for table in (m.BenefitsCounselling, m.DisclosureDiscussion, m.ProfileMeeting):
            for _ in range(rnd.randint(0, 3)):
                rows[table.__table__].append(
                    dict(client_id=cid, on=day(), by_whom="", topics="", notes="")
                )
        rows[m.PhaseChange.__table__].append(
            dict(client_id=cid, from_phase=2, to_phase=3, on=day(), reason="", created_at=utcnow())
        )
    with store.engine.begin() as conn:
        for table, data in rows.items():
            keys = {c.name for c in table.columns}
            conn.execute(insert(table), [{k: v for k, v in r.items() if k in keys} for r in data])


def team_inputs(specialists: int = 30, years: int = 5, seed: int = 11) -> FidelityInputs:
    rnd = random.Random(seed)
    first = TODAY - timedelta(days=365 * years)
    span = (TODAY - first).days
    people = tuple(
        SpecialistIn(f"s{i}", f"Valmentaja {i}", fte_percent=rnd.choice((100, 100, 80, 50)))
        for i in range(specialists)
    )
    clients = []
    for k in range(specialists * 30 * years):
        since = first + timedelta(days=rnd.randint(0, span - 10))
        ended = since + timedelta(days=rnd.randint(30, 900)) if rnd.random() < 0.7 else None
        if ended and ended > TODAY:
            ended = None
        hi = ended or TODAY
        hi_days = max((hi - since).days, 1)

        def at(lo: date = since, n: int = hi_days) -> date:
            return lo + timedelta(days=rnd.randint(0, n))

        owner = people[k % specialists].id
        jobs = []
        for _ in range(rnd.randint(0, 2)):
            s = at()
            e = s + timedelta(days=rnd.randint(10, 400)) if rnd.random() < 0.5 else None
            jobs.append(
                JobIn(
                    s,
                    e if e and e <= TODAY else None,
                    f"E{rnd.randint(1, 900)}",
                    f"T{rnd.randint(1, 40)}",
                    rnd.random() < 0.9,
                    rnd.random() < 0.3,
                    20.0,
                )
            )
        clients.append(
            ClientIn(
                code=f"P{k:06d}",
                since=since,
                specialists=((since, owner),),
                agreement=since,
                ended_on=ended,
                phase_changes=(PhaseChangeIn(at(), 2, 3),),
                jobs=tuple(sorted(jobs, key=lambda j: j.start)),
                benefits_counselling=tuple(sorted(at() for _ in range(rnd.randint(0, 3)))),
                disclosure_discussions=tuple(sorted(at() for _ in range(rnd.randint(0, 3)))),
                profile_updates=tuple(sorted(at() for _ in range(rnd.randint(0, 4)))),
                contacts=tuple(
                    sorted(
                        (
                            ClientContactIn(at(), rnd.choice(PLACES), "client")
                            for _ in range(rnd.randint(0, 60))
                        ),
                        key=lambda c: c.on,
                    )
                ),
                first_face_to_face=at() if rnd.random() < 0.8 else None,
            )
        )
    employer_contacts = tuple(
        EmployerContactIn(
            first + timedelta(days=rnd.randint(0, span)),
            rnd.choice(("face_to_face", "phone")),
            people[rnd.randrange(specialists)].id,
        )
        for _ in range(specialists * 6 * 52 * years)
    )
    start = reviews.default_period(TODAY)[0]
    return FidelityInputs(start, TODAY, people, tuple(clients), employer_contacts)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=9)
    p.add_argument("--specialists", type=int, default=30)
    p.add_argument("--years", type=int, default=5)
    a = p.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="ipsdesk-bench-fidelity-"))
    try:
        t0 = time.perf_counter()
        store = generate(data_paths(folder), clients=2000, contacts=30000, jobs=3000, today=TODAY)
        _add_client_events(store, 2000)
        print(f"store generated in {time.perf_counter() - t0:.1f} s")
        start, end = reviews.default_period(TODAY)

        def review() -> None:
            with store.session() as s:
                reviews.new_review(s, start, end, today=TODAY)

        store_ms = _time(review, a.runs)
        store.close()
        t0 = time.perf_counter()
        gen = gen_team.generate(
            folder / "team", specialists=a.specialists, years=a.years, seed=1, end=TODAY
        )
        leader = Store.open(gen.leader, gen_team.PASSPHRASE)
        with leader.session() as s:
            importer.import_files(s, gen.files)
            counts = {
                t: s.connection().exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                for t in ("team_client", "team_event", "team_job", "team_employer_contact")
            }
        print(
            f"team store generated and imported in {time.perf_counter() - t0:.1f} s: "
            f"{a.specialists} specialists × {a.years} years, "
            + ", ".join(f"{n} {t}" for t, n in counts.items())
        )

        def team_review() -> None:
            with leader.session() as s:
                reviews.new_review(s, start, end, today=TODAY, scope=reviews.TEAM)

        tables_ms = _time(team_review, a.runs)
        with leader.session() as s:
            draft = reviews.new_review(s, start, end, today=TODAY, scope=reviews.TEAM)
            scores = {n: (sc.score or 3, "") for n, sc in draft.scores.items()}
            saved = reviews.save_review(
                s, None, start, end, scores, scope=reviews.TEAM, today=TODAY
            )

        def team_pdf() -> None:  # a saved review: the per-specialist figures computed again
            with leader.session() as s:
                reviews.export_review(s, saved, "fi", folder / "team-review.pdf")

        pdf_ms = _time(team_pdf, a.runs)
        leader.close()
        t0 = time.perf_counter()
        team = team_inputs()
        n_contacts = sum(len(c.contacts) for c in team.clients)
        print(
            f"team input built in {time.perf_counter() - t0:.1f} s: {len(team.specialists)} specialists, "
            f"{len(team.clients)} clients, {sum(len(c.jobs) for c in team.clients)} jobs, "
            f"{n_contacts} client contacts, {len(team.employer_contacts)} employer contacts"
        )
        team_ms = _time(lambda: compute.compute_all(team), a.runs)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{'case':<42}{'median':>9}{'min':>9}{'max':>9}{'cpu med':>9}   (ms, {a.runs} runs)")
    cases = (
        ("store: from_store + compute", store_ms),
        ("team tables: from_team_tables + compute", tables_ms),
        ("team input (in memory): compute", team_ms),
    )
    for name, (ms, cpu) in cases:
        print(
            f"{name:<42}{statistics.median(ms):>9.1f}{min(ms):>9.1f}{max(ms):>9.1f}"
            f"{statistics.median(cpu):>9.1f}"
        )
    ms, cpu = pdf_ms
    print(
        f"{'(info) saved team review -> PDF':<42}{statistics.median(ms):>9.1f}{min(ms):>9.1f}"
        f"{max(ms):>9.1f}{statistics.median(cpu):>9.1f}"
    )
    worst = max(statistics.median(c[0]) for _, c in cases)
    print(f"target < {TARGET_MS:.0f} ms median: {'met' if worst < TARGET_MS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
