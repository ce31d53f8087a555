"""From the unlock page to the caseload, in process: what the window-first start-up
leaves for the specialist to wait for after pressing Enter.

Each run is a fresh process (from source) on a copy-free existing store of the demo
data, offscreen. It measures, with ``time.perf_counter`` inside the process:

* ``page``: process start (interpreter up) to the unlock page shown and painted;
* ``preload``: the background import of the storage stack (thread start to done);
* ``enter→caseload``: from pressing Enter to the caseload shown, in two cases:
  - ``typed``: Enter after the preload has finished (typing a passphrase takes longer
    than the preload: the everyday case);
  - ``at once``: Enter the moment the page is up (the worst case: unlocking waits for
    the preload).

Medians over ``--runs`` runs of each case. Usage: python bench/bench_unlock.py [--runs 9]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "ipsdesk-demo"


def child(data: str, mode: str) -> None:
    t0 = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    from ipsdesk.cli import build_parser
    from ipsdesk.core.paths import data_paths
    from ipsdesk.ui import app as gui
    from ipsdesk.ui.main_window import MainWindow

    args = build_parser().parse_args(["--data-dir", data, "--lang", "fi"])
    app = gui.make_app("fi")
    window = MainWindow()
    window.show()
    startup = gui.Startup(app, window, args, data_paths(data), None)
    startup.begin()
    app.processEvents()  # painted; the preload's timer fires
    page = time.perf_counter() - t0
    preload_started = time.perf_counter()
    if mode == "typed":
        startup.preload.wait()
    preload = time.perf_counter() - preload_started
    unlock_page = window.stack.currentWidget()
    unlock_page.passphrase.setText(PASSPHRASE)
    pressed = time.perf_counter()
    unlock_page.try_unlock()
    app.processEvents()
    assert window.is_attached and window.stack.currentWidget() is window.caseload
    enter = time.perf_counter() - pressed
    print(json.dumps({"page": page, "preload": preload, "enter": enter}))
    startup.finish()
    assert isinstance(app, QApplication)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--child", nargs=2, metavar=("DATA", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "store")
        build = f"from ipsdesk.core import demo; from ipsdesk.core.paths import data_paths; demo.build(data_paths({data!r})).close()"
        subprocess.run([sys.executable, "-c", build], check=True)
        results: dict[str, list[dict[str, float]]] = {"typed": [], "at once": []}
        for _ in range(args.runs):
            for mode, key in (("typed", "typed"), ("now", "at once")):
                out = subprocess.run(
                    [sys.executable, __file__, "--child", data, mode],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                results[key].append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"Unlock page to caseload, from source, {args.runs} runs each, medians (ms)")
    print(f"  {'case':<10} {'page up':>8} {'preload':>8} {'Enter→caseload':>15}")
    for key, rows in results.items():
        med = {k: statistics.median(r[k] for r in rows) * 1000 for k in rows[0]}
        preload = f"{med['preload']:8.0f}" if key == "typed" else f"{'-':>8}"
        print(f"  {key:<10} {med['page']:8.0f} {preload} {med['enter']:15.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
