"""Time to export action plans as PDF (target: one plan under 250 ms, font registration
included, in-process).

Each of several fresh processes builds a small encrypted store (not timed), then times:
the import of the PDF modules, the FIRST export (which registers the DejaVu fonts, builds
the styles and loads the .ts catalogue), repeated exports of the same plan, and one
batch of twenty plans (twenty clients). The parent prints medians over the processes.

    .venv/bin/python bench/bench_plan_export.py [--runs 5] [--lang fi]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child(lang: str, repeats: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from datetime import date

    from ipsdesk.core.paths import data_paths
    from ipsdesk.core.storage.store import Store

    t0 = time.perf_counter()
    from ipsdesk.core.services import plans

    import_ms = (time.perf_counter() - t0) * 1000
    from tests.plan_helpers import make_client, sample_draft

    today = date(2026, 11, 18)
    with tempfile.TemporaryDirectory() as tmp:
        store, _ = Store.create(data_paths(Path(tmp) / "data"), "bench-passphrase 1", name="Bench")
        with store.session() as s:
            ids = [make_client(s, f"Áilu Ŋuolja {i}") for i in range(20)]
            for cid in ids:
                plans.save_version(s, cid, sample_draft(), today)
            out = Path(tmp) / "plan.pdf"

            t0 = time.perf_counter()
            import ipsdesk.core.export.plan_pdf  # noqa: F401 - reportlab, loaded on first export

            reportlab_ms = (time.perf_counter() - t0) * 1000
            t0 = time.perf_counter()
            plans.export_plan(s, ids[0], None, lang, out)
            first_ms = (time.perf_counter() - t0) * 1000

            again = []
            for _ in range(repeats):
                t0 = time.perf_counter()
                plans.export_plan(s, ids[0], None, lang, out)
                again.append((time.perf_counter() - t0) * 1000)

            t0 = time.perf_counter()
            for i, cid in enumerate(ids):
                plans.export_plan(s, cid, None, lang, Path(tmp) / f"plan{i}.pdf")
            batch_ms = (time.perf_counter() - t0) * 1000
            size = out.stat().st_size
        store.close()
    return {
        "import_ms": import_ms,
        "reportlab_ms": reportlab_ms,
        "first_ms": first_ms,
        "first_total_ms": reportlab_ms + first_ms,
        "repeat_ms": statistics.median(again),
        "batch20_ms": batch_ms,
        "pdf_kb": size / 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh processes")
    parser.add_argument("--repeats", type=int, default=10, help="in-process repeats")
    parser.add_argument("--lang", choices=("fi", "sv", "en"), default="fi")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.lang, args.repeats)))
        return 0
    results = []
    for _ in range(args.runs):
        cmd = [sys.executable, __file__, "--child", "--lang", args.lang]
        cmd += ["--repeats", str(args.repeats)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    rows = [
        ("import of services.plans (no reportlab yet)", "import_ms", None),
        ("import of reportlab + PDF modules (first export)", "reportlab_ms", None),
        ("first export: fonts registered + PDF + log + write", "first_ms", 250.0),
        ("first export including the reportlab import", "first_total_ms", None),
        (f"same plan again, median of {args.repeats}", "repeat_ms", 250.0),
        ("batch of 20 plans (20 clients)", "batch20_ms", None),
    ]
    print(f"Action plan PDF export, lang={args.lang}, {args.runs} fresh processes\n")
    print(f"{'measure':<52} {'median':>9} {'min':>9} {'max':>9}  target")
    for label, key, target in rows:
        values = [r[key] for r in results]
        goal = f"< {target:.0f} ms" if target else ""
        print(
            f"{label:<52} {statistics.median(values):>7.1f}ms {min(values):>7.1f}ms "
            f"{max(values):>7.1f}ms  {goal}"
        )
    batch = statistics.median(r["batch20_ms"] for r in results)
    print(f"\nper plan in the batch: {batch / 20:.1f} ms; PDF size {results[0]['pdf_kb']:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
