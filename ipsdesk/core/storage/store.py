"""Opening, creating and closing the encrypted store: the storage layer's front door.

``Store.create`` makes a new encrypted store (refusing to touch an existing one);
``Store.open`` unlocks it, checks it (``quick_check``), backs it up and migrates it
when the app is newer, and refuses it untouched when it is damaged, locked with
another secret, or written by a newer app. A store that cannot be opened is never
replaced by a new one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine
from sqlmodel import Session

from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage import migrate
from ipsdesk.core.storage.engine import connect_raw, make_engine
from ipsdesk.core.storage.errors import (
    MigrationFailed,
    StoreDamaged,
    StoreError,
    StoreExists,
    StoreNotFound,
    StoreTooNew,
    WrongPassphrase,
)
from ipsdesk.core.storage.keys import KeyEnvelope, KeyFileMissing, WrongSecret, new_recovery_key
from ipsdesk.core.storage.models import Specialist

# Re-exported so callers catch store errors from one module.
__all__ = [
    "MigrationFailed",
    "Store",
    "StoreDamaged",
    "StoreError",
    "StoreExists",
    "StoreNotFound",
    "StoreTooNew",
    "WrongPassphrase",
]


def quick_check(path: Path, data_key: bytes) -> list[str]:
    """``PRAGMA quick_check`` result lines; ``["ok"]`` for a healthy store."""
    try:
        conn = connect_raw(path, data_key)
    except sqlcipher3.DatabaseError as exc:
        return [str(exc)]
    try:
        return [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlcipher3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


@dataclass
class Store:
    paths: DataPaths
    data_key: bytes = field(repr=False)
    engine: Engine = field(repr=False)
    migrated_from: str | None = None
    pre_migration_backup: Path | None = None
    lock: Any = field(default=None, repr=False)  # a StoreLock held while the store is open

    # -- lifecycle ---------------------------------------------------------------------
    @classmethod
    def create(
        cls, paths: DataPaths, passphrase: str, *, name: str, team: str = "", organisation: str = ""
    ) -> tuple[Store, str]:
        """Create a new encrypted store; return it and its recovery key (show it once)."""
        if paths.store.exists() or paths.keys.exists():
            raise StoreExists(str(paths.store))
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
        if not paths.store.exists():
            raise StoreNotFound(str(paths.store))
        try:
            envelope = KeyEnvelope.load(paths.keys)
        except KeyFileMissing as exc:
            raise StoreDamaged("key file missing") from exc
        except ValueError as exc:
            raise StoreDamaged(f"key file unreadable: {exc}") from exc
        try:
            data_key = envelope.unlock(secret)
        except WrongSecret as exc:
            raise WrongPassphrase() from exc
        return cls.open_with_key(paths, data_key, backup_before_migrate=backup_before_migrate)

    @classmethod
    def open_with_key(
        cls, paths: DataPaths, data_key: bytes, *, backup_before_migrate: bool = True
    ) -> Store:
        if paths.store.stat().st_size == 0:
            raise StoreDamaged("store file is empty")
        result = quick_check(paths.store, data_key)
        if result != ["ok"]:
            raise StoreDamaged("; ".join(result[:5]))
        engine = make_engine(paths.store, data_key)
        store = cls(paths, data_key, engine)
        try:
            if migrate.needs_upgrade(engine):
                with engine.connect() as conn:
                    store.migrated_from = migrate.current_revision(conn)
                    conn.rollback()
                if backup_before_migrate:
                    from ipsdesk.core.storage.backup import make_backup

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
        """Re-wrap the data key under a new passphrase (the recovery key keeps working)."""
        envelope = KeyEnvelope.load(self.paths.keys)
        try:
            key = envelope.unlock(current)
        except WrongSecret as exc:
            raise WrongPassphrase() from exc
        envelope.change_passphrase(key, new)
        envelope.save(self.paths.keys)
