"""Team hub figures on a local PostgreSQL (issue 15): a county-sized hub made through the
send path, then the time of the period outcome report (for the whole county as the
coordinator, and per team as its leader, through row-level security) and of an
incremental send of one week's changes.

Run: ``.venv/bin/python bench/bench_hub.py [--teams 10] [--specialists 100] [--years 5]
[--runs 5]``. Starts its own throw-away server (Debian's ``postgresql`` binaries, as in
the tests) on 127.0.0.1, so nothing else is touched. Prints medians of wall time and of
this process's CPU time (``time.process_time``; the server's own CPU is not in it).
Targets (issue 15): the outcome report < 1 s, for the county and per team; an
incremental send of one week's changes < 2 s on a local server.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ipsdesk.core.hub import admin, config  # noqa: E402
from ipsdesk.core.hub.reports import scope_for  # noqa: E402
from ipsdesk.core.hub.send import send  # noqa: E402
from ipsdesk.core.reports.queries import outcomes, team_week  # noqa: E402
from ipsdesk.core.team import dataset as ds  # noqa: E402
from tests.helpers import pgserver  # noqa: E402
from tests.hub.hub_helpers import END, dataset  # noqa: E402


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    """Median wall and CPU seconds of ``runs`` calls (after one warm-up), and the result."""
    result = fn()
    walls, cpus = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus), result


def report_as(url: str, start: date, end: date, teams: list[str]) -> Any:
    """The outcome report as the report command makes it: connect, scope, query."""
    eng = config.engine(url)
    try:
        with eng.connect() as conn:
            scope, _ = scope_for(conn, teams)
            return outcomes(conn, start, end, scope)
    finally:
        eng.dispose()


def week_as(url: str, iso_year: int, week: int, teams: list[str]) -> Any:
    eng = config.engine(url)
    try:
        with eng.connect() as conn:
            scope, _ = scope_for(conn, teams)
            return team_week(conn, iso_year, week, scope)
    finally:
        eng.dispose()


def week_later(data: ds.Dataset, rnd: random.Random) -> ds.Dataset:
    """The same specialist a week on: a few new events and employer contacts."""
    at = data.specialist.exported_at + timedelta(days=7)
    day = at.date()
    active = [c.code for c in data.clients if c.ended_on is None] or [data.clients[0].code]
    events = [ds.Event(client=rnd.choice(active), kind="client_contact", on=day,
                       with_whom="client", place="clinic") for _ in range(8)]  # fmt: skip
    contacts = [
        ds.EmployerContact(ref=f"K-week-{i}", on=day, mode="face_to_face", purpose="job_development",
                           employer_ref=data.employers[i % len(data.employers)].ref)
        for i in range(6)
    ]  # fmt: skip
    return dataclasses.replace(
        data,
        specialist=dataclasses.replace(data.specialist, exported_at=at),
        events=(*data.events, *events),
        employer_contacts=(*data.employer_contacts, *contacts),
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--teams", type=int, default=10)
    ap.add_argument("--specialists", type=int, default=100)
    ap.add_argument("--years", type=int, default=5)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    reason = pgserver.missing_reason()
    if reason:
        raise SystemExit(reason)
    root = Path(tempfile.mkdtemp(prefix="ipsdesk-bench-hub-"))
    server = pgserver.start_server(root)
    try:
        owner = config.engine(server.url())
        admin.init_schema(owner)
        people = []
        for i in range(args.specialists):
            member, team = f"m{i:03d}", f"team{i % args.teams:02d}"
            role = f"bench_s{i:03d}"
            with owner.begin() as conn:
                admin.add_account(conn, role, "specialist", password="pw", member_id=member,
                                  team_id=team)  # fmt: skip
            people.append((role, member, team))
        full: list[float] = []
        rows = 0
        datas = {}
        for i, (role, member, team) in enumerate(people):
            data = dataset(member, team, seed=i, years=args.years)
            eng = config.engine(server.url(role, "pw"))
            t = time.perf_counter()
            result = send(eng, data)
            full.append(time.perf_counter() - t)
            eng.dispose()
            rows += result.total
            datas[role] = data
        print(f"county hub: {args.teams} teams, {args.specialists} specialists, {args.years} "
              f"years, {rows} rows; first full send median {statistics.median(full):.3f} s, "
              f"max {max(full):.3f} s")  # fmt: skip
        with owner.begin() as conn:
            admin.add_account(conn, "bench_coord", "coordinator", password="pw")
            admin.add_account(conn, "bench_lead00", "leader", password="pw", team_id="team00")
        coord, lead = server.url("bench_coord", "pw"), server.url("bench_lead00", "pw")
        year = (END - timedelta(days=364), END)
        whole = (END - timedelta(days=365 * args.years), END)
        cases = [
            ("whole county, last 12 months (coordinator)", coord, year, []),
            ("whole county, all years (coordinator)", coord, whole, []),
            ("one team, last 12 months (coordinator, --team)", coord, year, ["team00"]),
            ("one team, last 12 months (its leader)", lead, year, []),
            ("one team, all years (its leader)", lead, whole, []),
        ]
        for label, url, (start, end), teams in cases:
            wall, cpu, rep = timed(lambda u=url, s=start, e=end, t=teams: report_as(u, s, e, t),
                                   args.runs)  # fmt: skip
            print(f"outcome report, {label}: {rep.members} specialists, "
                  f"{rep.figures['in_service']} in service; median wall {wall:.3f} s, "
                  f"CPU {cpu:.3f} s over {args.runs} runs (target < 1 s)")  # fmt: skip
        wy, ww = END.isocalendar()[:2]
        for label, url, teams in (("whole county (coordinator)", coord, []),
                                  ("one team (its leader)", lead, [])):  # fmt: skip
            wall, cpu, rep = timed(lambda u=url, t=teams: week_as(u, wy, ww, t), args.runs)
            print(f"weekly team summary {rep.code}, {label}: {len(rep.members)} specialists; "
                  f"median wall {wall:.3f} s, CPU {cpu:.3f} s over {args.runs} runs")  # fmt: skip
        rnd = random.Random(1)
        inc: list[float] = []
        inc_cpu: list[float] = []
        for run in range(args.runs):
            role, member, team = people[run % len(people)]
            changed = week_later(datas[role], rnd)
            eng = config.engine(server.url(role, "pw"))
            t, c = time.perf_counter(), time.process_time()
            result = send(eng, changed)
            inc.append(time.perf_counter() - t)
            inc_cpu.append(time.process_time() - c)
            eng.dispose()
            assert (result.added, result.removed) == (14, 0), result
        print(f"incremental send of one week's changes (14 rows into ~{rows // len(people)}): "
              f"median wall {statistics.median(inc):.3f} s, CPU "
              f"{statistics.median(inc_cpu):.3f} s over {args.runs} runs (target < 2 s)")  # fmt: skip
        owner.dispose()
    finally:
        server.stop()
        pgserver.remove(root)


if __name__ == "__main__":
    main()
