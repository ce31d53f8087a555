"""The kill test's driver, shared by the test (short run) and ``bench/kill_test.py``."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from ipsdesk.core.storage.engine import connect_raw
from ipsdesk.core.storage.store import Store

CHILD = Path(__file__).with_name("kill_child.py")


@dataclass
class KillFigures:
    kills: int = 0
    committed: int = 0  # writes the child reported committed
    lost: int = 0  # reported committed but missing afterwards
    torn: int = 0  # transactions half present (a setting without its log row or back)
    integrity_failures: int = 0
    seconds: float = 0.0


def run_kills(store: Store, kills: int, *, seed: int = 1, max_delay: float = 0.25) -> KillFigures:
    """Start the writing child, SIGKILL it at a random moment, check, repeat."""
    rnd = random.Random(seed)
    figures = KillFigures()
    reported: set[int] = set()
    env = dict(os.environ, IPSDESK_TEST_KEY=store.data_key.hex(), PYTHONUNBUFFERED="1")
    root = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
    started = time.monotonic()
    for _ in range(kills):
        with subprocess.Popen(
            [sys.executable, str(CHILD), str(store.paths.root)],
            stdout=subprocess.PIPE,
            env=env,
        ) as child:
            assert child.stdout is not None
            first = child.stdout.readline()  # wait until it is writing
            time.sleep(rnd.uniform(0, max_delay))
            child.send_signal(signal.SIGKILL)
            rest = child.stdout.read()
            child.wait()
        figures.kills += 1
        text = (first + rest).decode()
        lines = text.split("\n")
        complete = lines[:-1]  # the last piece has no newline: not reported
        reported.update(int(x) for x in complete if x)
        conn = connect_raw(store.paths.store, store.data_key)
        try:
            if [r[0] for r in conn.execute("PRAGMA integrity_check")] != ["ok"]:
                figures.integrity_failures += 1
        finally:
            conn.close()
    figures.seconds = time.monotonic() - started
    conn = connect_raw(store.paths.store, store.data_key)
    try:
        keys = {
            int(r[0][5:]) for r in conn.execute("SELECT key FROM setting WHERE key LIKE 'kill-%'")
        }
        logged = {
            int(r[0]) for r in conn.execute("SELECT detail FROM accesslog WHERE actor='kill-test'")
        }
    finally:
        conn.close()
    figures.committed = len(reported)
    figures.lost = len(reported - keys)
    figures.torn = len(keys ^ logged)
    return figures
