"""Single-instance lock (across processes), read-only data folder, full disk.

Read-only and disk-full use a real tiny filesystem (tmpfs) when the tests run as root
(the CI container does). Without root, read-only is simulated by ``chmod`` and a full
disk by making ``shutil.disk_usage`` report no space (the backup's pre-check), which
is weaker: that path does not exercise SQLite's own SQLITE_FULL handling.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.backup import list_backups, make_backup
from ipsdesk.core.storage.lock import (
    DiskFull,
    FolderReadOnly,
    StoreLocked,
    acquire_lock,
    check_data_folder,
    storage_error,
)
from ipsdesk.core.storage.store import Store
from tests.conftest import PASSPHRASE
from tests.helpers.safety import can_mount, folder_state, remount_read_only, table_dump, tiny_tmpfs

LOCK_IN_CHILD = (
    "import sys\n"
    "from ipsdesk.core.paths import data_paths\n"
    "from ipsdesk.core.storage.lock import StoreLocked, acquire_lock\n"
    "try:\n"
    "    acquire_lock(data_paths(sys.argv[1]))\n"
    "except StoreLocked:\n"
    "    print('refused')\n"
    "else:\n"
    "    print('got it')\n"
)


def _child_tries(paths: DataPaths) -> str:
    out = subprocess.run(
        [sys.executable, "-c", LOCK_IN_CHILD, str(paths.root)],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def test_a_second_process_is_refused_while_the_lock_is_held(paths: DataPaths) -> None:
    lock = acquire_lock(paths)
    assert _child_tries(paths) == "refused"
    with pytest.raises(StoreLocked):
        acquire_lock(paths)  # a second open in this process is refused too
    assert StoreLocked.message.context == "Safety"
    lock.release()
    assert _child_tries(paths) == "got it"


def test_read_only_folder_is_reported_and_the_store_is_intact(tmp_path: Path) -> None:
    mount = tmp_path / "ro"
    if can_mount():
        ctx = tiny_tmpfs(mount, "64m")
    else:
        mount.mkdir()
        ctx = _nullctx(mount)
    with ctx:
        paths = DataPaths(mount / "data")
        store, _ = Store.create(paths, PASSPHRASE, name="X")
        with store.session() as s:
            s.add(m.Setting(key="before", value="1"))
            s.commit()
        expected = table_dump(store)
        store.close()
        if can_mount():
            remount_read_only(mount)
        else:
            for p in [paths.root, *paths.root.rglob("*")]:
                p.chmod(0o555 if p.is_dir() else 0o444)
        before = folder_state(paths.root)
        with pytest.raises(FolderReadOnly) as info:
            check_data_folder(paths)
        assert "read-only" in info.value.message.text
        with pytest.raises(FolderReadOnly):
            acquire_lock(paths) if not paths.lock.exists() else _write_attempt(paths)
        assert folder_state(paths.root) == before
        if not can_mount():
            for p in [paths.root, *paths.root.rglob("*")]:
                p.chmod(0o755 if p.is_dir() else 0o644)
        else:
            subprocess.run(["mount", "-o", "remount,rw", str(mount)], check=True)
        reopened = Store.open(paths, PASSPHRASE)
        assert table_dump(reopened) == expected
        reopened.close()


def _write_attempt(paths: DataPaths) -> None:
    try:
        paths.lock.write_bytes(b"x")
    except OSError as exc:
        raise storage_error(exc) or exc from exc


class _nullctx:  # noqa: N801
    def __init__(self, value: Path):
        self.value = value

    def __enter__(self) -> Path:
        return self.value

    def __exit__(self, *exc: object) -> None:
        return None


def test_disk_full_gives_a_clear_error_and_the_store_is_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not can_mount():
        # Weaker simulation (see module doc): the backup's free-space pre-check.
        paths = DataPaths(tmp_path / "data")
        store, _ = Store.create(paths, PASSPHRASE, name="X")
        monkeypatch.setattr(shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(1, 1, 0))  # type: ignore[attr-defined]
        with pytest.raises(DiskFull):
            make_backup(store)
        assert list_backups(paths) == []
        store.close()
        return
    with tiny_tmpfs(tmp_path / "small", "1m") as mount:
        paths = DataPaths(mount / "data")
        store, _ = Store.create(paths, PASSPHRASE, name="X")
        with store.session() as s:
            s.add(m.Setting(key="kept", value="1"))
            s.commit()
        expected = table_dump(store)
        # Fill the disk with a ballast file, leaving a few kB.
        ballast = mount / "ballast"
        free = shutil.disk_usage(mount).free
        ballast.write_bytes(b"\0" * max(free - 8 * 1024, 0))
        # 1. A write transaction that does not fit: SQLite's SQLITE_FULL, rolled back.
        with pytest.raises(OperationalError) as info, store.session() as s:
            for i in range(200):
                s.add(m.Setting(key=f"big-{i}", value="y" * 4000))
            s.commit()
        mapped = storage_error(info.value, paths.root)
        assert isinstance(mapped, DiskFull)
        assert "disk is full" in mapped.message.text
        # 2. A backup that does not fit: DiskFull, no partial file left behind.
        with pytest.raises(DiskFull):
            make_backup(store)
        assert list_backups(paths) == []
        assert not any(p.name.endswith(".part") for p in paths.backups.iterdir())
        with pytest.raises(DiskFull):
            check_data_folder(paths)
        store.close()
        ballast.unlink()
        reopened = Store.open(paths, PASSPHRASE)
        assert table_dump(reopened) == expected
        reopened.close()
