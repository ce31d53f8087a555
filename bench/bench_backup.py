"""Time to back up the demo store (``core/demo.build``): several runs, median.

Run: ``.venv/bin/python bench/bench_backup.py [RUNS]``. Prints a table of figures.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ipsdesk.core import demo  # noqa: E402
from ipsdesk.core.paths import data_paths  # noqa: E402
from ipsdesk.core.storage.backup import make_backup, restore, thin_backups  # noqa: E402


def main(runs: int = 7) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = data_paths(Path(tmp) / "data")
        store = demo.build(paths)
        size = paths.store.stat().st_size
        backup_times, made = [], []
        for _ in range(runs):
            t = time.perf_counter()
            made.append(make_backup(store, reason="manual"))
            backup_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        thin_backups(paths)
        thin = time.perf_counter() - t
        store.close()
        restore_times = []
        for _ in range(3):
            t = time.perf_counter()
            result = restore(paths, made[-1], store.data_key)
            restore_times.append(time.perf_counter() - t)
            assert result.safety_backup is not None
        print(f"demo store: {size / 1024:.0f} KiB, {runs} backup runs, 3 restore runs")
        print(f"{'operation':<12}{'median ms':>12}{'min ms':>10}{'max ms':>10}")
        for name, xs in (("backup", backup_times), ("restore", restore_times)):
            print(
                f"{name:<12}{statistics.median(xs) * 1000:>12.1f}"
                f"{min(xs) * 1000:>10.1f}{max(xs) * 1000:>10.1f}"
            )
        print(f"{'thinning':<12}{thin * 1000:>12.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
