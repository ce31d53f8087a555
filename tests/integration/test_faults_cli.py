"""Issue 11, on the store and the command line: a refused store is not touched, every
refusal names its cause with the advice that fits, bad input is a message (never a
traceback), the exit codes are one table, and the messages speak the user's language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from ipsdesk.cli import build_parser, exit_code_table, main
from ipsdesk.core import preferences
from ipsdesk.core.errors import ExitCode
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage.engine import key_pragma
from ipsdesk.core.storage.errors import StoreTooNew
from ipsdesk.core.storage.keys import KeyEnvelope
from ipsdesk.core.storage.store import Store
from tests.conftest import PASSPHRASE
from tests.helpers.safety import can_mount, file_hash, folder_state, tiny_tmpfs

README = Path(__file__).resolve().parents[2] / "README.md"


def _run(paths: DataPaths, *args: str) -> int:
    return main(["--data-dir", str(paths.root), *args])


def _journal_mode_delete_and_newer(store: Store) -> None:
    """What a backup restored by hand looks like, from a newer app: rollback journal."""
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    store.close()
    conn = sqlcipher3.connect(str(store.paths.store), isolation_level=None)
    conn.execute(key_pragma(store.data_key))
    assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    conn.close()


# -- a refused store is not touched ------------------------------------------------------


def test_a_newer_store_in_rollback_journal_mode_is_refused_byte_for_byte(
    store: Store, paths: DataPaths
) -> None:
    _journal_mode_delete_and_newer(store)
    before = folder_state(paths.root)
    header = paths.store.read_bytes()[:100]
    with pytest.raises(StoreTooNew):
        Store.open(paths, PASSPHRASE)
    assert paths.store.read_bytes()[:100] == header  # the journal mode was not switched
    assert folder_state(paths.root) == before


def test_the_check_of_a_newer_store_advises_updating_not_restoring(
    store: Store, paths: DataPaths, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _journal_mode_delete_and_newer(store)
    before = folder_state(paths.root)
    assert _run(paths, "check", "--passphrase-file", str(passphrase_file)) == ExitCode.STORE
    out = capsys.readouterr().out
    assert "saved by a newer version of ipsdesk. Update the app" in out
    assert "restore" not in out.lower()
    assert folder_state(paths.root) == before


def _fill(mount: Path) -> None:
    """Leave (almost) no byte free on the small filesystem."""
    free = shutil.disk_usage(mount).free
    (mount / "ballast").write_bytes(b"\0" * max(free - 1024, 0))
    with pytest.raises(OSError), open(mount / "ballast2", "wb") as fh:
        fh.write(b"\0" * 65536)
        fh.flush()


@pytest.mark.skipif(not can_mount(), reason="needs a real tiny filesystem (root)")
@pytest.mark.parametrize("command", [["check"], ["report", "week"], ["backup"], ["passwd"]])
def test_a_full_disk_without_a_lock_file_is_told_as_such_and_nothing_else(
    tmp_path: Path, passphrase_file: Path, command: list[str]
) -> None:
    with tiny_tmpfs(tmp_path / "small", "1m") as mount:
        paths = DataPaths(mount / "data")
        store, _ = Store.create(paths, PASSPHRASE, name="X")
        store.close()
        paths.lock.unlink(missing_ok=True)
        _fill(mount)
        before = file_hash(paths.store)
        extra = ["--new-passphrase-file", str(passphrase_file)] if command == ["passwd"] else []
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "ipsdesk",
                "--lang",
                "en",
                "--data-dir",
                str(paths.root),
                *command,
                "--passphrase-file",
                str(passphrase_file),
                *extra,
            ],
            capture_output=True,
            text=True,
        )
        assert out.returncode == ExitCode.STORE, out.stderr
        assert "Traceback" not in out.stderr
        assert "The disk is full" in out.stdout + out.stderr
        assert "damaged" not in (out.stdout + out.stderr).lower()
        assert "restore" not in (out.stdout + out.stderr).lower()
        assert file_hash(paths.store) == before


# -- bad input on the command line -------------------------------------------------------


@pytest.mark.parametrize("command", [["report", "week"], ["init"], ["check"], ["backup"]])
def test_a_binary_passphrase_file_is_a_usage_error(
    store: Store,
    paths: DataPaths,
    tmp_path: Path,
    command: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.close()
    binary = tmp_path / "pass.bin"
    binary.write_bytes(b"\xff\xfe\x00\x81binary")
    target = paths if command != ["init"] else DataPaths(tmp_path / "new")
    assert _run(target, *command, "--passphrase-file", str(binary)) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert f"The passphrase file {binary} does not hold text (UTF-8)" in err


def test_data_dir_naming_a_file_is_refused(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine\n")
    for command in (["init"], ["report", "week"], ["check"]):
        code = main(
            ["--data-dir", str(a_file), *command, "--passphrase-file", str(passphrase_file)]
        )
        assert code == ExitCode.USAGE
        assert f"{a_file} is a file, not a folder" in capsys.readouterr().err
    assert a_file.read_text() == "mine\n"


def test_an_empty_week_is_an_error(
    store: Store, paths: DataPaths, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.close()
    args = ["report", "week", "--week", "", "--passphrase-file", str(passphrase_file)]
    assert _run(paths, *args) == ExitCode.USAGE
    captured = capsys.readouterr()
    assert "--week: give an ISO week" in captured.err and captured.out == ""


def test_passwd_tells_why_a_passphrase_is_weak_in_sentences(
    store: Store,
    paths: DataPaths,
    passphrase_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.close()
    weak = tmp_path / "weak"
    weak.write_text("aaaaaaaaa \n")  # long enough, but repetitive and ending in a space
    keys_before = file_hash(paths.keys)
    args = ["passwd", "--passphrase-file", str(passphrase_file), "--new-passphrase-file", str(weak)]
    assert _run(paths, *args) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert err == (
        "ipsdesk: The passphrase is too weak; nothing was changed.\n"
        "The passphrase must not begin or end with a space.\n"
        "The passphrase is too repetitive.\n"
    )
    assert file_hash(paths.keys) == keys_before
    assert _run(paths, "--lang", "fi", *args) == ExitCode.USAGE  # the GUI's translations
    assert "Salalauseessa on liikaa toistoa." in capsys.readouterr().err


def test_report_week_help_lists_the_passphrase_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["report", "week", "--help"])
    assert "--passphrase-file FILE" in capsys.readouterr().out


# -- exit codes: one table ---------------------------------------------------------------


def test_the_exit_codes_are_one_table_in_help_and_readme(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert [int(c) for c in ExitCode] == list(range(len(ExitCode)))
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    assert exit_code_table() in capsys.readouterr().out
    readme = README.read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d) \| (.+?) \|$", readme, flags=re.MULTILINE)
    assert [(int(n), text) for n, text in rows] == [(int(c), c.meaning.text) for c in ExitCode]


# -- the command line in the user's language --------------------------------------------


def test_the_command_line_speaks_the_users_language(
    store: Store,
    paths: DataPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.close()
    wrong = tmp_path / "wrong"
    wrong.write_text("väärä salalause\n")
    args = ["check", "--passphrase-file", str(wrong)]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    assert _run(paths, *args) == ExitCode.STORE
    assert "Wrong passphrase or recovery key" in capsys.readouterr().err  # English at last
    monkeypatch.setenv("LANG", "sv_FI.UTF-8")  # the system's language
    assert _run(paths, *args) == ExitCode.STORE
    assert "Fel lösenfras eller återställningsnyckel" in capsys.readouterr().err
    preferences.set_language(paths, "fi")  # the store's language wins over the system's
    assert _run(paths, *args) == ExitCode.STORE
    assert "Väärä salalause tai palautusavain" in capsys.readouterr().err
    assert _run(paths, "--lang", "en", *args) == ExitCode.STORE  # --lang wins over all
    assert "Wrong passphrase or recovery key" in capsys.readouterr().err


def test_system_language_follows_posix_precedence() -> None:
    assert preferences.system_language({"LANG": "fi_FI.UTF-8"}) == "fi"
    assert preferences.system_language({"LC_ALL": "sv_SE.UTF-8", "LANG": "fi_FI"}) == "sv"
    assert preferences.system_language({"LC_MESSAGES": "en_GB", "LANG": "fi_FI"}) == "en"
    assert preferences.system_language({"LANG": "de_DE.UTF-8"}) is None
    assert preferences.system_language({"LC_ALL": "", "LANG": "C"}) is None
    assert preferences.command_language(None, None, {}) == "en"
    assert preferences.command_language(None, "sv", {"LANG": "fi_FI"}) == "sv"


def test_the_store_knows_it_was_unlocked_with_the_recovery_key(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    store, recovery = Store.create(paths, PASSPHRASE, name="X")
    store.close()
    assert KeyEnvelope.load(paths.keys).unlock_slot(PASSPHRASE)[1] == "passphrase"
    opened = Store.open(paths, PASSPHRASE)
    assert opened.opened_with_recovery_key is False
    opened.close()
    opened = Store.open(paths, recovery.lower())
    assert opened.opened_with_recovery_key is True
    opened.close()
