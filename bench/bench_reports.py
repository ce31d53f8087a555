"""Time the team reports on the 30-specialist × 5-year team of ``bench/gen_team.py``.

Run: ``.venv/bin/python bench/bench_reports.py [DIR] [--runs 7]``. Generates the team
into DIR (a temporary folder by default; an existing DIR from an earlier run is reused),
imports the 30 files, then reports the median of several runs of: the weekly team
summary (target < 100 ms), the period outcome report of a half-year (< 300 ms), the
weekly PDF (< 1 s) and the period PDF, all in-process on the leader's encrypted store.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_team  # noqa: E402

from ipsdesk.core.paths import data_paths  # noqa: E402
from ipsdesk.core.reports import export, queries  # noqa: E402
from ipsdesk.core.storage.store import Store  # noqa: E402
from ipsdesk.core.team import importer  # noqa: E402

END = date(2026, 11, 30)


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds (on a loaded machine the CPU time says
    what the work itself costs)."""
    fn()  # warm the page cache and the font registration
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    root = args.dir or Path(tempfile.mkdtemp(prefix="ipsdesk-bench-reports-"))
    if not (root / "leader").exists():
        gen = gen_team.generate(root, end=END)
        store = Store.open(gen.leader, gen_team.PASSPHRASE)
        with store.session() as s:
            importer.import_files(s, gen.files)
        store.close()
    store = Store.open(data_paths(root / "leader"), gen_team.PASSPHRASE)
    try:
        with store.session() as s:
            iso = (END - timedelta(days=7)).isocalendar()
            start, end = date(2026, 1, 1), date(2026, 6, 30)
            week = queries.team_week(s, iso.year, iso.week)
            period = queries.outcomes(s, start, end)
            print(f"team: {len(week.members)} specialists, caseload {week.figures['caseload']}")
            results = {
                "weekly summary": (
                    median_ms(lambda: queries.team_week(s, iso.year, iso.week), args.runs),
                    100,
                ),
                "period report": (
                    median_ms(lambda: queries.outcomes(s, start, end), args.runs),
                    300,
                ),
                "five-year period": (
                    median_ms(
                        lambda: queries.outcomes(s, END - timedelta(days=5 * 365), END), args.runs
                    ),
                    300,
                ),  # fmt: skip
                "weekly PDF": (
                    median_ms(
                        lambda: export.week_pdf(
                            io.BytesIO(), week, lang="fi", team="T", author="A", today=END
                        ),
                        args.runs,
                    ),
                    1000,
                ),  # fmt: skip
                "period PDF": (
                    median_ms(
                        lambda: export.outcomes_pdf(
                            io.BytesIO(), period, lang="fi", team="T", author="A", today=END
                        ),
                        args.runs,
                    ),
                    1000,
                ),  # fmt: skip
            }
    finally:
        store.close()
    for name, ((ms, cpu), target) in results.items():
        print(f"{name:18} median {ms:8.1f} ms wall, {cpu:8.1f} ms CPU  (target < {target} ms)")


if __name__ == "__main__":
    main()
