"""Opening, creating and closing the encrypted store: the storage layer's front door.

``Store.create`` makes a new encrypted store (refusing to touch an existing one);
``Store.open`` unlocks it, checks it (``quick_check``), backs it up and migrates it
when the app is newer, and refuses it untouched when it is damaged, locked with
another secret, or written by a newer app. A store that cannot be opened is never
replaced by a new one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine
from sqlmodel import Session

from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage import migrate
from ipsdesk.core.storage.backup import RestoreResult, make_backup, restore
from ipsdesk.core.storage.engine import connect_checking, make_engine
from ipsdesk.core.storage.errors import (
    MigrationFailed,
    NotAFolder,
    StoreDamaged,
    StoreError,
    StoreExists,
    StoreNotFound,
    StoreTooNew,
    WrongPassphrase,
)
from ipsdesk.core.storage.keys import KeyEnvelope, KeyFileMissing, WrongSecret, new_recovery_key
from ipsdesk.core.storage.lock import storage_error
from ipsdesk.core.storage.models import Specialist

# Re-exported so callers catch store errors from one module.
__all__ = [
    "MigrationFailed",
    "NotAFolder",
    "Store",
    "StoreDamaged",
    "StoreError",
    "StoreExists",
    "StoreNotFound",
    "StoreTooNew",
    "WrongPassphrase",
]


def quick_check(path: Path, data_key: bytes) -> list[str]:
    """``PRAGMA quick_check`` result lines; ``["ok"]`` for a healthy store. Writes nothing."""
    try:
        conn = connect_checking(path, data_key)
    except sqlcipher3.DatabaseError as exc:
        return [str(exc)]
    try:
        return [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlcipher3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def precheck(paths: DataPaths, data_key: bytes) -> str | None:
    """Every check a store must pass before anything may write to it; its revision.

    Runs on a read-only connection that leaves the file's journal mode alone, so a
    refused store (damaged, newer, on a full disk) is left byte for byte as it was.
    Raises :class:`StoreDamaged`, :class:`StoreTooNew`, ``DiskFull`` or
    ``FolderReadOnly``.
    """
    if paths.store.stat().st_size == 0:
        raise StoreDamaged("store file is empty")
    try:
        conn = connect_checking(paths.store, data_key)
        try:
            result = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
            if result != ["ok"]:
                raise StoreDamaged("; ".join(result[:5]))
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            row = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if has_table
                else None
            )
        finally:
            conn.close()
    except sqlcipher3.DatabaseError as exc:
        raise storage_error(exc, paths.root) or StoreDamaged(str(exc)) from exc
    revision = None if row is None else str(row[0])
    known = revision is None or revision == migrate.HEAD_REVISION
    if not known and revision not in migrate.known_revisions():
        raise StoreTooNew(revision)
    return revision


@dataclass
class Store:
    paths: DataPaths
    data_key: bytes = field(repr=False)
    engine: Engine = field(repr=False)
    migrated_from: str | None = None
    pre_migration_backup: Path | None = None
    lock: Any = field(default=None, repr=False)  # a StoreLock held while the store is open
    # Unlocked with the recovery key (the passphrase is forgotten): the app asks for a
    # new passphrase, as the recovery sheet promises.
    opened_with_recovery_key: bool = False
    # Called with the store after restore_in_place gave it a new engine (the automatic
    # backups' change tracker re-attaches itself this way).
    on_reopen: list[Callable[[Store], None]] = field(default_factory=list, repr=False)

    # -- lifecycle ---------------------------------------------------------------------
    @classmethod
    def create(
        cls, paths: DataPaths, passphrase: str, *, name: str, team: str = "", organisation: str = ""
    ) -> tuple[Store, str]:
        """Create a new encrypted store; return it and its recovery key (show it once)."""
        if paths.root.exists() and not paths.root.is_dir():
            raise NotAFolder(paths.root)
        if paths.store.exists() or paths.keys.exists():
            raise StoreExists(paths.root)
        paths.ensure()
        recovery = new_recovery_key()
        envelope, data_key = KeyEnvelope.create(passphrase, recovery)
        envelope.save(paths.keys)
        engine = make_engine(paths.store, data_key)
        migrate.upgrade(engine)
        store = cls(paths, data_key, engine)
        with store.session() as session:
            session.add(Specialist(name=name, team=team, organisation=organisation))
            session.commit()
        return store, recovery

    @classmethod
    def open(cls, paths: DataPaths, secret: str, *, backup_before_migrate: bool = True) -> Store:
        """Unlock and check the store (see :func:`precheck`); migrate an older one after
        backing it up. The caller holds the lock (``lifecycle.open_store`` does both)."""
        if paths.root.exists() and not paths.root.is_dir():
            raise NotAFolder(paths.root)
        if not paths.store.exists():
            raise StoreNotFound(paths.root)
        try:
            envelope = KeyEnvelope.load(paths.keys)
        except KeyFileMissing as exc:
            raise StoreDamaged("key file missing") from exc
        except ValueError as exc:
            raise StoreDamaged(f"key file unreadable: {exc}") from exc
        try:
            data_key, kind = envelope.unlock_slot(secret)
        except WrongSecret as exc:
            raise WrongPassphrase() from exc
        store = cls.open_with_key(paths, data_key, backup_before_migrate=backup_before_migrate)
        store.opened_with_recovery_key = kind == "recovery"
        return store

    @classmethod
    def open_with_key(
        cls, paths: DataPaths, data_key: bytes, *, backup_before_migrate: bool = True
    ) -> Store:
        revision = precheck(paths, data_key)
        engine = make_engine(paths.store, data_key)
        store = cls(paths, data_key, engine)
        try:
            if revision != migrate.HEAD_REVISION:
                store.migrated_from = revision
                if backup_before_migrate:
                    store.pre_migration_backup = make_backup(store, reason="premigrate")
                migrate.upgrade(engine)
        except Exception:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # -- use ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one unit of work; objects stay readable after commit."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def verify_secret(self, secret: str) -> bool:
        """True when ``secret`` (passphrase or recovery key) unlocks this store's key."""
        try:
            return KeyEnvelope.load(self.paths.keys).unlock(secret) == self.data_key
        except (WrongSecret, KeyFileMissing, ValueError):
            return False

    def change_passphrase(self, current: str, new: str) -> None:
        """Re-wrap the data key under a new passphrase (the recovery key keeps working);
        a weak one is refused with the sentences the user reads (``WeakPassphrase``)."""
        from ipsdesk.core.storage.lifecycle import change_passphrase

        change_passphrase(self.paths, current, new)

    def restore_in_place(self, backup: Path) -> RestoreResult:
        """Replace this open store's file by ``backup`` and reopen it, keeping this
        object (every holder of it keeps working) and the lock.

        The engine is disposed (no connection may stay open on the file being replaced),
        core's :func:`~ipsdesk.core.storage.backup.restore` backs the current store up
        and swaps the file, and the file is opened again with the same key (checked,
        and migrated when the backup is older). When the restore is refused, the store
        is as it was and stays usable. ``on_reopen`` callbacks run with the new engine.
        """
        self.engine.dispose()
        result = restore(self.paths, backup, self.data_key)
        fresh = Store.open_with_key(self.paths, self.data_key)
        old_engine, self.engine = self.engine, fresh.engine
        self.migrated_from = fresh.migrated_from
        self.pre_migration_backup = fresh.pre_migration_backup
        old_engine.dispose()
        for callback in list(self.on_reopen):
            callback(self)
        return result
