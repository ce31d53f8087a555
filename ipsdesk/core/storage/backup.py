"""Backups through SQLite's online backup API (never a file copy of a live WAL store).

A backup is a complete SQLCipher database encrypted with the same data key, so the
key file (``ipsdesk.keys``) unlocks it with the passphrase or the recovery key; a
copy of the key file is kept in the backup folder too.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from ipsdesk.core.storage.engine import connect_raw, key_pragma
from ipsdesk.core.storage.fsutil import fsync_dir

if TYPE_CHECKING:
    from ipsdesk.core.storage.store import Store

BACKUP_SUFFIX = ".ipsdb"


def backup_name(when: datetime, reason: str = "auto") -> str:
    return f"ipsdesk-{when.astimezone(UTC):%Y%m%dT%H%M%SZ}-{reason}{BACKUP_SUFFIX}"


def copy_database(src_path: Path, data_key: bytes, dest: Path) -> None:
    """Copy the store at ``src_path`` into a new encrypted file ``dest`` (fsynced)."""
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    src = connect_raw(src_path, data_key)
    try:
        dst = sqlcipher3.connect(str(tmp), isolation_level=None)
        try:
            dst.execute(key_pragma(data_key))
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            dst.close()
    finally:
        src.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, dest)
    fsync_dir(dest.parent)


def make_backup(store: Store, *, reason: str = "auto", out: Path | None = None) -> Path:
    """Back the store up into the backup folder (or ``out``); return the file made."""
    store.paths.backups.mkdir(parents=True, exist_ok=True)
    dest = out or store.paths.backups / backup_name(datetime.now(UTC), reason)
    if dest.exists():
        raise FileExistsError(str(dest))
    copy_database(store.paths.store, store.data_key, dest)
    keys_copy = store.paths.backups / store.paths.keys.name
    shutil.copyfile(store.paths.keys, keys_copy)
    return dest
