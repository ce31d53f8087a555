"""Benchmark: the week view's data (this week's counter, the 12-week chart, the due list)
on a large synthetic store, and the whole ``ipsdesk report week`` process.

Target: computing the week view's data in under 50 ms. Several runs; the table shows
median, min and max. Usage::

    python -m bench.bench_week [--runs 15] [--contacts 30000 --clients 2000 --jobs 3000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from bench.gen_store import PASSPHRASE, generate
from ipsdesk.core.paths import data_paths
from ipsdesk.core.services import due, week

TARGET_MS = 50.0


def _time(fn: Callable[[], Any], runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each run (CPU time is steadier on a busy machine)."""
    fn()  # warm-up (imports, statement caches)
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return wall, cpu


def _row(name: str, times: tuple[list[float], list[float]]) -> str:
    wall, cpu = times
    med = statistics.median
    return f"{name:<38} {med(wall):>9.1f} {min(wall):>9.1f} {max(wall):>9.1f} {med(cpu):>9.1f}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=15)
    p.add_argument("--cli-runs", type=int, default=5)
    p.add_argument("--clients", type=int, default=2000)
    p.add_argument("--contacts", type=int, default=30000)
    p.add_argument("--jobs", type=int, default=3000)
    p.add_argument("--seed", type=int, default=47)
    p.add_argument("--active-share", type=float, default=0.3, help="share of active clients")
    p.add_argument("--keep", action="store_true", help="keep the generated store (path printed)")
    a = p.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="ipsdesk-bench-week-"))
    paths = data_paths(tmp / "data")
    today = date.today()
    t0 = time.perf_counter()
    store = generate(
        paths, a.clients, a.contacts, a.jobs, a.seed, today=today, active_share=a.active_share
    )
    gen_s = time.perf_counter() - t0
    this_week = week.current_week(today)

    with store.session() as s:
        n_due = len(due.due_list(s, today=today))

        def summary() -> None:
            week.week_summary(s, *this_week)

        def chart() -> None:
            week.last_weeks(s, this_week, 12)

        def due_items() -> None:
            due.due_list(s, today=today)

        def all_three() -> None:
            summary()
            chart()
            due_items()

        results = [
            ("week_summary (this week)", _time(summary, a.runs)),
            ("last_weeks (12-week chart)", _time(chart, a.runs)),
            (f"due_list ({n_due} items)", _time(due_items, a.runs)),
            ("week view total (all three)", _time(all_three, a.runs)),
        ]

    # The same, each in a fresh session (the GUI opens one per refresh).
    def fresh() -> None:
        with store.session() as s2:
            week.week_summary(s2, *this_week)
            week.last_weeks(s2, this_week, 12)
            due.due_list(s2, today=today)

    results.append(("week view total, fresh session", _time(fresh, a.runs)))
    store.close()

    pw = tmp / "pw.txt"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "ipsdesk", "--data-dir", str(paths.root)]
    cmd += ["--passphrase-file", str(pw), "report", "week"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cli: tuple[list[float], list[float]] = ([], [])
    for _ in range(a.cli_runs):
        t0 = time.perf_counter()
        child = subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
        cli[0].append((time.perf_counter() - t0) * 1000)
        usage = os.times()
        cli[1].append((usage.children_user + usage.children_system) * 1000 - sum(cli[1]))
        assert child.returncode == 0

    print(
        f"store: {a.clients} clients, {a.contacts} employer contacts, {a.jobs} jobs "
        f"({a.active_share:.0%} active; generated in {gen_s:.1f} s); {a.runs} runs, "
        f"{a.cli_runs} CLI runs"
    )
    print(f"{'milliseconds':<38} {'median':>9} {'min':>9} {'max':>9} {'CPU med.':>9}")
    for name, ms in results:
        print(_row(name, ms))
    print(_row("ipsdesk report week (whole process)", cli))
    total = statistics.median(results[3][1][0])
    verdict = "within" if total < TARGET_MS else "OVER"
    print(f"week view data: median {total:.1f} ms, {verdict} the {TARGET_MS:.0f} ms target")
    print(f"load average during the run: {os.getloadavg()[0]:.2f}")
    if a.keep:
        print(f"store kept in {paths.root} (passphrase {PASSPHRASE!r})")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
