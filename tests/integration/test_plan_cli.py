"""``ipsdesk plan export``: a PDF from the command line, and clear errors with exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import col, select

from ipsdesk.cli import main
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.services import plans
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store
from tests.conftest import TODAY
from tests.plan_helpers import SAMI, make_client, sample_draft


@pytest.fixture
def filled(store: Store) -> Store:
    with store.session() as s:
        cid = make_client(s, lang="sv")
        plans.save_version(s, cid, sample_draft(), TODAY)
        draft = plans.draft_from_client(s, cid, today=TODAY)
        draft.goal = "Andra versionen"
        plans.save_version(s, cid, draft, TODAY)
        make_client(s, "Stina Sandvik")  # no plan
    return store


def cli(paths: DataPaths, passphrase_file: Path, *args: str) -> int:
    return main(["--data-dir", str(paths.root), "--passphrase-file", str(passphrase_file), *args])


def test_export_by_code_and_by_id(
    filled: Store, paths: DataPaths, passphrase_file: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "plan.pdf"
    assert cli(paths, passphrase_file, "plan", "export", "a-0001", "--out", str(out)) == 0
    assert "Action plan v2 written to" in capsys.readouterr().out
    reader = PdfReader(out)
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Andra versionen" in text
    assert reader.trailer["/Root"]["/Lang"] == "sv"  # the client's document language
    out1 = tmp_path / "v1.pdf"
    args = ("plan", "export", "1", "--out", str(out1), "--version", "1", "--lang", "fi")
    assert cli(paths, passphrase_file, *args) == 0
    reader = PdfReader(out1)
    assert SAMI in " ".join(reader.pages[0].extract_text().split())
    assert reader.trailer["/Root"]["/Lang"] == "fi"
    with filled.session() as s:
        rows = s.exec(
            select(m.AccessLog.action, m.AccessLog.detail)
            .where(m.AccessLog.action == "export")
            .order_by(col(m.AccessLog.id))
        ).all()
    assert [tuple(r) for r in rows] == [
        ("export", "action plan v2 sv"),
        ("export", "action plan v1 fi"),
    ]


@pytest.mark.parametrize(
    ("client", "extra", "code", "message"),
    [
        ("A-0099", (), 5, "There is no client A-0099."),
        ("A-0002", (), 5, "Client A-0002 has no action plan yet."),
        ("A-0001", ("--version", "9"), 5, "Client A-0001 has no action plan version 9."),
    ],
)
def test_missing_client_or_plan(
    filled: Store,
    paths: DataPaths,
    passphrase_file: Path,
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
    client: str,
    extra: tuple[str, ...],
    code: int,
    message: str,
) -> None:
    out = tmp_path / "plan.pdf"
    assert cli(paths, passphrase_file, "plan", "export", client, "--out", str(out), *extra) == code
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_unwritable_output(
    filled: Store, paths: DataPaths, passphrase_file: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "nowhere" / "plan.pdf"
    assert cli(paths, passphrase_file, "plan", "export", "A-0001", "--out", str(missing)) == 6
    assert "does not exist" in capsys.readouterr().err
    assert cli(paths, passphrase_file, "plan", "export", "A-0001", "--out", str(tmp_path)) == 6
    assert "is a folder" in capsys.readouterr().err


def test_passphrase_after_the_subcommand(
    filled: Store, paths: DataPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    args = ["--data-dir", str(paths.root), "plan", "export", "A-0001", "--out", str(out)]
    assert main([*args, "--passphrase-file", str(passphrase_file)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
