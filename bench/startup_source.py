"""Start-up of ipsdesk from source to its main window, against a bare PySide6 window.

Whole-process wall time of ``--quit-when-ready`` (exits as soon as the main window has
been shown), several runs taking turns, medians; offscreen. Four cases:

* ``bare``: a Python process that shows one empty QMainWindow and quits the same way;
* ``unlock``: ``ipsdesk`` on an existing store of the demo data: the main window with
  its unlock page (what a specialist sees first; the rest loads while they type);
* ``store``: the same store unlocked from ``--passphrase-file``, on to the caseload
  (key derivation, quick_check, building the work, with no typing to hide behind);
* ``demo``: ``ipsdesk --demo`` (builds a throwaway encrypted demo store first).

Usage: python bench/startup_source.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "w = QMainWindow(); w.resize(1180, 760); w.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "sys.exit(app.exec())\n"
)


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "store"
        subprocess.run(
            [
                py,
                "-c",
                f"from ipsdesk.core import demo; from ipsdesk.core.paths import data_paths; demo.build(data_paths({str(data)!r})).close()",
            ],
            check=True,
        )
        pp = Path(tmp) / "pp"
        pp.write_text("ipsdesk-demo\n")
        cases = {
            "bare": [py, "-c", BARE],
            "unlock": [py, "-m", "ipsdesk", "--data-dir", str(data), "--quit-when-ready"],
            "store": [
                py,
                "-m",
                "ipsdesk",
                "--data-dir",
                str(data),
                "--passphrase-file",
                str(pp),
                "--quit-when-ready",
            ],
            "demo": [py, "-m", "ipsdesk", "--demo", "--quit-when-ready"],
        }
        for cmd in cases.values():  # warm the file cache
            timed(cmd, env)
        results: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):  # the cases take turns: a change in load falls on all alike
            for name, cmd in cases.items():
                results[name].append(timed(cmd, env))
    bare = statistics.median(results["bare"])
    print(f"{'case':<8}{'median s':>10}{'min s':>8}{'max s':>8}{'× bare':>8}   ({args.runs} runs)")
    for name, times in results.items():
        med = statistics.median(times)
        print(f"{name:<8}{med:>10.3f}{min(times):>8.3f}{max(times):>8.3f}{med / bare:>8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
