"""The window comes up before the storage stack is imported, and the background
preload covers all of it: the start-up gain of issue 6 cannot quietly regress.

Run in a fresh interpreter, since this test process has long imported everything.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ipsdesk.core.storage.store import Store
from ipsdesk.ui.start import preload
from tests.conftest import PASSPHRASE

HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "sqlcipher3", "alembic", "reportlab")

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from ipsdesk.cli import build_parser
from ipsdesk.core.paths import data_paths
from ipsdesk.ui import app as gui
from ipsdesk.ui.main_window import MainWindow

heavy = set(sys.argv[3].split(","))
loaded = lambda: {m for m in sys.modules if m.split(".")[0] in heavy}
args = build_parser().parse_args(["--data-dir", sys.argv[1], "--lang", "en"])
window = MainWindow()
window.show()
startup = gui.Startup(app, window, args, data_paths(sys.argv[1]), None, "en")
startup.begin()
print("SHELL", sorted({m.split(".")[0] for m in loaded()}))
app.processEvents()  # the page is painted; the preload starts
startup.preload.wait()
before = loaded()
page = window.stack.currentWidget()
page.passphrase.setText(sys.argv[2])
page.try_unlock()
print("ATTACHED", window.is_attached)
print("AFTER", sorted(loaded() - before))
startup.finish()
"""


def test_shell_needs_no_storage_stack_and_preload_covers_the_rest(
    store: Store, tmp_path: Path
) -> None:
    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(store.paths.root), PASSPHRASE, ",".join(HEAVY)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    assert lines["SHELL"] == "[]"  # the unlock page is up with none of them imported
    assert lines["ATTACHED"] == "True"
    assert lines["AFTER"] == "[]"  # unlocking imported nothing the preload had not


def test_preload_runs_no_qt_code() -> None:
    assert all(name.startswith("ipsdesk.core.") for name in preload.MODULES)
