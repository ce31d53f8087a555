"""The one place where SQLCipher connections are made and tuned.

All access to a store goes through ``sqlcipher3`` (never the standard ``sqlite3``
module on the same file: two SQLite copies in one process can corrupt a database
through POSIX lock confusion). SQLAlchemy's pysqlite dialect is given ``sqlcipher3``
as its DB-API module and a ``creator`` that keys each connection with a raw hex key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event

# ``create_engine`` would load the SQLite dialect on first use; importing it here lets
# the GUI's background preload (ui/start/preload.py) do it while the passphrase is typed.
from sqlalchemy.dialects import sqlite as _sqlite_dialect  # noqa: F401
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 5000


def key_pragma(data_key: bytes) -> str:
    """``PRAGMA key`` with a raw 256-bit key: no KDF, no quoting of user text."""
    if len(data_key) != 32:
        raise ValueError("data key must be 32 bytes")
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect_checking(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    """A keyed connection that cannot write (``query_only``) and changes no setting of
    the file: what checks run on before a store is accepted. Reading the schema here
    reveals a wrong key or a damaged file (``sqlcipher3.DatabaseError``)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(key_pragma(data_key))
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("PRAGMA query_only = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception:
        conn.close()
        raise
    return conn


def connect_raw(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    """A keyed, tuned DB-API connection (autocommit mode: transactions are explicit).

    Switching to WAL writes the file's header: only for a store that has passed every
    check (see ``store.Store.open_with_key``; checks use :func:`connect_checking`).

    Durability choices, and why:

    * ``journal_mode=WAL``: readers never block the writer; a crash mid-write leaves
      the last committed state, the WAL is replayed on the next open.
    * ``synchronous=FULL``: with WAL, NORMAL may lose the last transactions on power
      loss; FULL fsyncs the WAL at every commit, so what the app showed as saved is
      on disk. Writes here are small and human-paced: the cost does not show.
    * ``foreign_keys=ON``: child rows never point to nothing (off only while migrating).
    * ``busy_timeout``: a backup or a second reader waits instead of failing at once.
    * ``secure_delete=ON``: deleted rows (an erased client) are overwritten, so freed
      pages do not keep plaintext (inside the encrypted file, and in the WAL).
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(key_pragma(data_key))
        conn.execute("PRAGMA cipher_memory_security = OFF")
        # Reading the schema is what reveals a wrong key or a damaged file.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA secure_delete = ON")
    except Exception:
        conn.close()
        raise
    return conn


def make_engine(path: Path, data_key: bytes, *, echo: bool = False) -> Engine:
    """An SQLAlchemy engine over the encrypted store at ``path``.

    ``NullPool``: every session gets a fresh connection and closes it, so no pooled
    connection keeps a stale pragma (foreign keys off after a migration) or a lock
    after the store is closed. Opening a keyed connection costs well under a
    millisecond with a raw key.
    """

    def creator() -> Any:
        return connect_raw(path, data_key)

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3.dbapi2,
        creator=creator,
        poolclass=NullPool,
        echo=echo,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # pysqlite's own transaction handling defers BEGIN and cannot run DDL inside
        # a transaction; emitting BEGIN ourselves makes every unit of work (and each
        # migration) atomic: fully saved or not at all.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
