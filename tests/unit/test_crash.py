"""Crash reports: traceback and environment, never messages or local variables."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ipsdesk import __version__
from ipsdesk.core.crash import acknowledge, pending_crash_reports, scrubbed_traceback
from ipsdesk.core.paths import DataPaths

SECRET = "Salainen Asiakas-Nimi"

CRASHING_APP = f"""
import sys
from ipsdesk.core.crash import install_excepthook
from ipsdesk.core.paths import DataPaths
install_excepthook(DataPaths(__import__('pathlib').Path(sys.argv[1])))

def save(client_name):
    note = client_name + ' asuu Kajaanissa'
    try:
        raise KeyError(note)
    except KeyError as exc:
        raise RuntimeError('save failed for ' + client_name) from exc

save({SECRET!r})
"""


def test_an_unhandled_exception_writes_a_report_without_client_data(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    out = subprocess.run(
        [sys.executable, "-c", CRASHING_APP, str(paths.root)], capture_output=True, text=True
    )
    assert out.returncode == 1
    reports = pending_crash_reports(paths)
    assert len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    assert f"version: {__version__}" in text and "platform: " in text
    assert "builtins.RuntimeError" in text and "builtins.KeyError" in text
    assert "in save" in text and "caused by" in text
    assert SECRET not in text and "Kajaanissa" not in text
    acknowledge(paths)
    assert pending_crash_reports(paths) == []
    assert len(list(paths.logs.glob("crash-*.seen.txt"))) == 1


def test_scrubbed_traceback_has_no_locals_or_message() -> None:
    def inner(secret_value: str) -> None:
        raise OSError(28, f"no space for {secret_value}")

    try:
        inner(SECRET)
    except OSError as exc:
        text = scrubbed_traceback(type(exc), exc, exc.__traceback__)
    assert "[ENOSPC]" in text and "in inner" in text
    assert SECRET not in text
