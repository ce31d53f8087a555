"""The kill test, longer: SIGKILL a writing child many times and print the figures
(kills, committed writes, lost writes, torn transactions, integrity failures).

Run: ``.venv/bin/python bench/kill_test.py [KILLS]`` (default 200).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ipsdesk.core.paths import data_paths  # noqa: E402
from ipsdesk.core.storage.store import Store  # noqa: E402
from tests.helpers.killing import run_kills  # noqa: E402


def main(kills: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store, _ = Store.create(data_paths(Path(tmp) / "data"), "Kill-test 2026", name="K")
        figures = run_kills(store, kills, seed=2026, max_delay=0.5)
        store.close()
    print(f"{'kills':<22}{figures.kills:>8}")
    print(f"{'committed writes':<22}{figures.committed:>8}")
    print(f"{'lost writes':<22}{figures.lost:>8}")
    print(f"{'torn transactions':<22}{figures.torn:>8}")
    print(f"{'integrity failures':<22}{figures.integrity_failures:>8}")
    print(f"{'seconds':<22}{figures.seconds:>8.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
