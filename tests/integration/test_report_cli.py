"""``ipsdesk report week``: the counter and due list on the command line."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from ipsdesk.cli import main
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.services import employer_contacts as ec
from ipsdesk.core.services import employers
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store
from tests.conftest import TODAY


@pytest.fixture
def filled(store: Store) -> Store:
    with store.session() as s:
        e = employers.create_employer(s, {"name": "Rovaniemen Remontti Oy"})
        c = m.Client(
            code="A-0001",
            full_name="Aino Esimerkki",
            phase=3,
            phase_since=TODAY,
            agreement_date=TODAY - timedelta(days=35),
        )
        s.add(c)
        s.commit()
        assert c.id is not None
        s.add(m.ClientContact(client_id=c.id, on=TODAY, with_whom="client", place="clinic"))
        s.commit()
        for day, mode in [(16, "face_to_face"), (17, "phone"), (18, "phone"), (9, "phone")]:
            ec.quick_log(s, e, mode, c.id, on=date(2026, 11, day), today=TODAY)
    return store


def _run(paths: DataPaths, passphrase_file: Path, *extra: str) -> list[str]:
    return [
        "--data-dir",
        str(paths.root),
        "--passphrase-file",
        str(passphrase_file),
        "report",
        "week",
        "--today",
        TODAY.isoformat(),
        *extra,
    ]


def test_text(filled: Store, paths: DataPaths, passphrase_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(_run(paths, passphrase_file, "--week", "2026-W47")) == 0
    out = capsys.readouterr().out
    assert "Week 2026-W47 (2026-11-16 – 2026-11-22)" in out
    assert "Employer contacts: 3 / target 6 (target not met)" in out
    assert "face-to-face: 1" in out and "other: 2" in out
    # the client is past the 30-day mark without a face-to-face contact... but had one on 16.11.
    assert "First face-to-face employer contact" not in out
    assert "Due as of 2026-11-18: 0" in out


def test_json_and_default_week(
    filled: Store, paths: DataPaths, passphrase_file: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    assert main(_run(paths, passphrase_file, "--format", "json")) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["week"]["week"] == "2026-W47"  # the week of --today
    assert (data["week"]["contacts"], data["week"]["face_to_face"], data["week"]["met"]) == (
        3,
        1,
        False,
    )
    assert data["due"] == []
    assert main(_run(paths, passphrase_file, "--format", "json", "--week", "2026-W46")) == 0
    assert json.loads(capsys.readouterr().out)["week"]["contacts"] == 1


def test_csv_with_due_items(store: Store, paths: DataPaths, passphrase_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        s.add(
            m.Client(
                code="A-0009",
                full_name="Ŋiillas Kuvitelma",
                phase=3,
                phase_since=TODAY,
                agreement_date=TODAY - timedelta(days=31),
            )
        )
        s.commit()
    assert main(_run(paths, passphrase_file, "--format", "csv")) == 0
    blocks = capsys.readouterr().out.split("\n\n")
    counter = list(csv.DictReader(io.StringIO(blocks[0])))
    assert counter == [
        {
            "week": "2026-W47",
            "start": "2026-11-16",
            "end": "2026-11-22",
            "contacts": "0",
            "face_to_face": "0",
            "other": "0",
            "target": "6",
            "met": "False",
        }
    ]
    due = list(csv.DictReader(io.StringIO(blocks[1])))
    assert {d["client_name"] for d in due} == {"Ŋiillas Kuvitelma"}
    assert [(d["kind"], d["client_code"], d["due_on"], d["overdue"]) for d in due] == [
        ("first_contact", "A-0009", "2026-11-17", "True"),
        ("no_contact", "A-0009", "2026-11-17", "True"),  # nothing since the agreement
    ]


def test_bad_week_and_wrong_passphrase(
    store: Store, paths: DataPaths, tmp_path: Path, passphrase_file: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    assert main(_run(paths, passphrase_file, "--week", "2025-W53")) == 2
    assert "2025-W53 is not a week of the calendar" in capsys.readouterr().err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    assert main(_run(paths, wrong)) == 3
    assert "Wrong passphrase or recovery key" in capsys.readouterr().err


def test_passphrase_file_after_subcommand_and_subprocess(
    filled: Store, paths: DataPaths, passphrase_file: Path
) -> None:
    args = ["--data-dir", str(paths.root), "report", "week", "--week", "2026-W47"]
    args += ["--passphrase-file", str(passphrase_file), "--format", "json"]
    out = subprocess.run(
        [sys.executable, "-m", "ipsdesk", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["week"]["contacts"] == 3
