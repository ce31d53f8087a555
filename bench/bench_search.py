"""Benchmark: the caseload search with case and diacritics folded ("nuolja" finds
"Ŋuolja"), on a large synthetic store, against the same query without a search.

Target: folding adds under 5 ms per keystroke with 2000 clients (ended ones included);
the caseload query itself (due rules, last contacts) is measured for comparison. Several runs; median, min and max. Usage::

    python -m bench.bench_search [--runs 15] [--clients 2000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.gen_store import PASSPHRASE, generate
from ipsdesk.core.paths import data_paths
from ipsdesk.core.services import clients
from ipsdesk.core.storage.store import Store

TARGET_MS = 5.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--clients", type=int, default=2000)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="ipsdesk-bench-search-"))
    try:
        paths = data_paths(folder / "data")
        generate(paths, clients=args.clients, contacts=2000, jobs=200)
        store = Store.open(paths, PASSPHRASE)
        print(f"{'caseload, ended included':<34} {'median':>8} {'min':>8} {'max':>8}  (ms)")
        with store.session() as s:
            for label, needle in (
                ("no search", ""),
                ("search 'aij'", "aij"),
                ("search 'nuolja'", "nuolja"),
            ):
                clients.caseload(s, search=needle, include_ended=True)  # warm-up
                times = []
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    clients.caseload(s, search=needle, include_ended=True)
                    times.append((time.perf_counter() - t0) * 1000)
                med = statistics.median(times)
                print(f"{label:<34} {med:>8.1f} {min(times):>8.1f} {max(times):>8.1f}")
            names = [r.full_name for r in clients.caseload(s, include_ended=True)]
        store.close()
        times = []
        for _ in range(args.runs):  # the first run fills the cache, as the first keystroke
            t0 = time.perf_counter()
            for name in names:
                clients.fold(name)
            times.append((time.perf_counter() - t0) * 1000)
        med = statistics.median(times)
        print(
            f"{f'folding {len(names)} names':<34} {med:>8.1f} {min(times):>8.1f} {max(times):>8.1f}"
        )
        print(f"target: folding < {TARGET_MS:.0f} ms per keystroke")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
