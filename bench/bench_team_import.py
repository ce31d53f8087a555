"""Import time of 30 specialists' five-year team files into the team leader's store.

Run: ``.venv/bin/python bench/bench_team_import.py [RUNS]``. Generates the team once
(``bench/gen_team.py``), then for each run copies the leader's empty store and imports
all 30 files (decrypt, check every value, replace the rows) in one call; prints the
median and the spread, and the time to read and check only (no writing).
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.gen_team import PASSPHRASE, generate  # noqa: E402
from ipsdesk.core.paths import data_paths  # noqa: E402
from ipsdesk.core.storage.store import Store  # noqa: E402
from ipsdesk.core.team import envelope, importer, teamfile  # noqa: E402


def main(runs: int = 5) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        gen = generate(root / "team")
        size = sum(f.stat().st_size for f in gen.files)
        imports, checks, rows = [], [], 0
        for run in range(runs):
            copy = data_paths(root / f"run{run}")
            shutil.copytree(gen.leader.root, copy.root)
            store = Store.open(copy, PASSPHRASE, backup_before_migrate=False)
            try:
                with store.session() as s:
                    t = time.perf_counter()
                    for f in gen.files:
                        teamfile.open_team_file(s, envelope.read_file(f))
                    checks.append(time.perf_counter() - t)
                    s.rollback()
                with store.session() as s:
                    t = time.perf_counter()
                    results = importer.import_files(s, gen.files)
                    imports.append(time.perf_counter() - t)
                assert all(r.status == importer.IMPORTED for r in results), results
                with store.engine.connect() as conn:
                    rows = sum(
                        conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() or 0
                        for t in ("team_client", "team_event", "team_job", "team_step",
                                  "team_employer", "team_employer_contact",
                                  "team_employer_contact_client")
                    )  # fmt: skip
            finally:
                store.close()
    print(f"30 specialists x 5 years: {len(gen.files)} files, {size / 1e6:.1f} MB, {rows} rows")
    print(
        f"read+check only: median {statistics.median(checks):.2f} s "
        f"(min {min(checks):.2f}, max {max(checks):.2f}, {runs} runs)"
    )
    print(
        f"import all 30:   median {statistics.median(imports):.2f} s "
        f"(min {min(imports):.2f}, max {max(imports):.2f}, {runs} runs)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
