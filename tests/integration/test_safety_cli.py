"""``ipsdesk backup / restore / check / passwd``, and the refusals that change nothing:
wrong passphrase, damaged file (truncated, bit-flipped), newer schema, second instance."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ipsdesk.cli import main
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage.backup import list_backups
from ipsdesk.core.storage.lock import acquire_lock
from ipsdesk.core.storage.store import Store
from tests.conftest import PASSPHRASE
from tests.helpers.safety import folder_state, populate, table_dump


def _run(paths: DataPaths, *args: str) -> int:
    return main(["--data-dir", str(paths.root), *args])


@pytest.fixture
def closed_store(store: Store, paths: DataPaths) -> DataPaths:
    populate(store)
    store.close()
    return paths


def test_backup_check_restore_round_trip(
    closed_store: DataPaths,
    passphrase_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths = closed_store
    out = tmp_path / "copy.ipsdb"
    assert _run(paths, "backup", "--out", str(out), "--passphrase-file", str(passphrase_file)) == 0
    assert out.exists() and Path(str(out) + ".keys").exists()
    assert _run(paths, "backup", "--passphrase-file", str(passphrase_file)) == 0
    assert [b.reason for b in list_backups(paths)] == ["manual"]
    assert _run(paths, "check", "--passphrase-file", str(passphrase_file)) == 0
    assert "integrity_check: ok" in capsys.readouterr().out
    before = table_dump(Store.open(paths, PASSPHRASE))
    # Change the store, then restore the backup: the change is gone, kept in prerestore.
    st = Store.open(paths, PASSPHRASE)
    populate(st, ("Myöhempi Lisäys",))
    st.close()
    assert _run(paths, "restore", str(out), "--passphrase-file", str(passphrase_file)) == 0
    after = Store.open(paths, PASSPHRASE)
    assert table_dump(after) == before
    after.close()
    assert "prerestore" in {b.reason for b in list_backups(paths)}


def test_passwd_changes_the_passphrase(
    closed_store: DataPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    new = tmp_path / "new.txt"
    new.write_text("Uusi ÄÖÅ 'salasana\" 🙂\n", encoding="utf-8")
    args = ["passwd", "--passphrase-file", str(passphrase_file), "--new-passphrase-file", str(new)]
    assert _run(closed_store, *args) == 0
    Store.open(closed_store, "Uusi ÄÖÅ 'salasana\" 🙂").close()
    assert _run(closed_store, "check", "--passphrase-file", str(passphrase_file)) == 3


@pytest.mark.parametrize("command", ["check", "backup", "restore", "passwd"])
def test_wrong_passphrase_changes_nothing(
    closed_store: DataPaths, tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("Väärä salasana\n", encoding="utf-8")
    extra = {
        "restore": [str(closed_store.store)],
        "passwd": ["--new-passphrase-file", str(wrong)],
    }.get(command, [])
    before = folder_state(closed_store.root)
    assert _run(closed_store, command, *extra, "--passphrase-file", str(wrong)) == 3
    assert "Wrong passphrase or recovery key. Nothing was changed." in capsys.readouterr().err
    assert folder_state(closed_store.root) == before


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: 4096 * 3 + 100])


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2 + 700] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_truncate, _flip], ids=["truncated", "bit-flipped"])
def test_damaged_store_is_reported_and_never_replaced(
    closed_store: DataPaths,
    passphrase_file: Path,
    damage,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    damage(closed_store.store)
    before = folder_state(closed_store.root)
    assert _run(closed_store, "check", "--passphrase-file", str(passphrase_file)) == 4
    out = capsys.readouterr().out
    assert "PROBLEM" in out and "ipsdesk restore" in out
    assert _run(closed_store, "backup", "--passphrase-file", str(passphrase_file)) == 4
    assert "The store is damaged" in capsys.readouterr().err
    with pytest.raises(Exception, match="damaged|not a database|malformed"):
        Store.open(closed_store, PASSPHRASE)
    assert folder_state(closed_store.root) == before


def test_newer_schema_is_refused_untouched(
    store: Store, paths: DataPaths, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    store.close()
    before = folder_state(paths.root)
    assert _run(paths, "backup", "--passphrase-file", str(passphrase_file)) == 3
    assert "saved by a newer version of ipsdesk. Update the app" in capsys.readouterr().err
    # The check names the cause and its advice: update the app, never "restore a backup".
    assert _run(paths, "check", "--passphrase-file", str(passphrase_file)) == 3
    out = capsys.readouterr().out
    assert "unknown to this ipsdesk" in out and "Update the app" in out
    assert "restore" not in out.lower() and "damage" not in out.lower()
    assert folder_state(paths.root) == before


def test_second_instance_is_refused(
    closed_store: DataPaths, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from ipsdesk.core.paths import data_paths\n"
            "from ipsdesk.core.storage.lock import acquire_lock\n"
            "lock = acquire_lock(data_paths(sys.argv[1]))\n"
            "print('locked', flush=True)\n"
            "time.sleep(60)\n",
            str(closed_store.root),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        before = folder_state(closed_store.root)
        for command in ("backup", "check", "passwd"):
            assert _run(closed_store, command, "--passphrase-file", str(passphrase_file)) == 3
            assert "ipsdesk is already running with this store" in capsys.readouterr().err
        assert folder_state(closed_store.root) == before
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()  # type: ignore[union-attr]
    # The OS dropped the lock with the killed process: no stale lock.
    acquire_lock(closed_store).release()
