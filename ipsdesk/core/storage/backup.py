"""Backups through SQLite's online backup API (never a file copy of a live WAL store),
their thinning, the automatic-backup rule, and restore.

A backup is a complete SQLCipher database encrypted with the same data key, so the
key file (``ipsdesk.keys``) unlocks it with the passphrase or the recovery key; a
copy of the key file is kept in the backup folder too. The backup API copies one
consistent snapshot (a read transaction over the whole copy), so a backup taken
while another connection writes restores to a state that really existed.

Backups are named ``ipsdesk-<UTC time>-<reason>.ipsdb``; the reason is one of
:data:`REASONS`.

**When** (:func:`auto_backup_due`): while the app is used, at most every
:data:`AUTO_INTERVAL` (30 min), and at close — only when data changed since the last
backup. "Changed" is tracked by :class:`ChangeTracker`: an engine listener that counts
commits of transactions which modified at least one row (SQLite's ``total_changes``
of the connection). It costs nothing, sees every write of this process, and —
because the single-instance lock forbids a second writer — every write there is.
(``PRAGMA data_version`` cannot serve: it is per connection and each session gets a
fresh one; ``max(accesslog.id)`` misses writes without a log row, e.g. settings.)

**Thinning** (:func:`backups_to_keep`, a pure function), in the manner of borg prune:

* the newest backup of each of the 12 most recent *days that have backups*,
* the newest of each of the 10 most recent ISO weeks that have backups,
* the newest of each of the 9 most recent months that have backups,
* and every ``premigrate`` / ``prerestore`` backup younger than 30 days (those are the
  way back from an update or a restore that went wrong).

The rules are independent and their union is kept. Counting periods *that have
backups* (not calendar periods back from today) means a laptop left in a drawer for a
year still has its old backups when it is switched on again. Days and weeks are
local calendar days of the machine.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3
from sqlalchemy import Engine, event

from ipsdesk.core.errors import ExitCode
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage import migrate
from ipsdesk.core.storage.engine import connect_raw, key_pragma
from ipsdesk.core.storage.errors import StoreError
from ipsdesk.core.storage.fsutil import fsync_dir, remove_quietly
from ipsdesk.core.storage.lock import DiskFull, storage_error


class OpenStore(Protocol):
    """What backing up needs of an open store (``store.Store``; this module does not
    import it, so that ``store`` can import this one: no cycle)."""

    paths: DataPaths
    data_key: bytes
    engine: Engine


BACKUP_SUFFIX = ".ipsdb"
REASONS = ("auto", "close", "manual", "premigrate", "prerestore", "damaged")
PROTECTED_REASONS = frozenset({"premigrate", "prerestore", "damaged"})
AUTO_INTERVAL = timedelta(minutes=30)
_NAME = re.compile(r"^ipsdesk-(\d{8}T\d{6})Z-([a-z]+)(?:-(\d+))?" + re.escape(BACKUP_SUFFIX) + "$")


class BackupInvalid(StoreError):
    """The chosen backup cannot be restored; nothing was changed. Each instance says its
    cause (one of the messages below) with the advice that fits it."""

    message = QT_TRANSLATE_NOOP(
        "Safety",
        "This backup cannot be restored: it is damaged, belongs to another store, or "
        "was made by a newer ipsdesk. Nothing was changed.",
    )


BACKUP_NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "Safety", "This file is not an ipsdesk backup. Nothing was changed."
)
BACKUP_GONE = QT_TRANSLATE_NOOP(
    "Safety",
    "This backup is no longer there: it was deleted, or removed to make room for newer "
    "backups. Nothing was changed.",
)
BACKUP_OTHER_STORE = QT_TRANSLATE_NOOP(
    "Safety",
    "This backup cannot be restored: your store's key does not open it, so it belongs to "
    "another store (or its first page is damaged). Nothing was changed; choose a backup of "
    "this store.",
)
BACKUP_DAMAGED = QT_TRANSLATE_NOOP(
    "Safety",
    "This backup is damaged and cannot be restored. Nothing was changed; choose an earlier backup.",
)
BACKUP_NEWER = QT_TRANSLATE_NOOP(
    "Safety",
    "This backup was made by a newer ipsdesk (schema %1). Update ipsdesk to restore it; "
    "nothing was changed.",
)


class RestoreFailed(StoreError):
    """Restoring failed part-way; the store is as it was (or the safety backup has it)."""

    message = QT_TRANSLATE_NOOP(
        "Safety",
        "Restoring failed. Your store was not replaced; a backup of it was made first.",
    )


RESTORED = QT_TRANSLATE_NOOP("Safety", "The backup of %1 was restored.")
SAFETY_BACKUP_MADE = QT_TRANSLATE_NOOP("Safety", "Your store as it was is kept as backup %1.")


# -- names and listing ---------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC
    reason: str
    seq: int = 1  # 2, 3... for backups made within the same second

    @property
    def order(self) -> tuple[datetime, int, str]:
        return (self.taken_at, self.seq, self.path.name)

    @property
    def protected(self) -> bool:
        return self.reason in PROTECTED_REASONS


def backup_name(when: datetime, reason: str = "auto") -> str:
    return f"ipsdesk-{when.astimezone(UTC):%Y%m%dT%H%M%SZ}-{reason}{BACKUP_SUFFIX}"


def parse_backup_name(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    when = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    return BackupInfo(path, when, match.group(2), int(match.group(3) or 1))


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """The backups in the backup folder, newest first."""
    if not paths.backups.is_dir():
        return []
    found = [parse_backup_name(p) for p in paths.backups.iterdir() if p.is_file()]
    return sorted((b for b in found if b is not None), key=lambda b: b.order, reverse=True)


# -- making one ----------------------------------------------------------------------


def _free_space_needed(src_path: Path) -> int:
    size = src_path.stat().st_size
    wal = src_path.with_name(src_path.name + "-wal")
    if wal.exists():
        size += wal.stat().st_size
    return size + 1024 * 1024


def copy_database(src_path: Path, data_key: bytes, dest: Path) -> None:
    """Copy the store at ``src_path`` into a new encrypted file ``dest`` (fsynced).

    Written to ``dest.part`` first and renamed, so ``dest`` is either complete or
    absent. Raises :class:`DiskFull` / ``FolderReadOnly`` (and removes the part file)
    when the destination cannot take it.
    """
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        if shutil.disk_usage(dest.parent).free < _free_space_needed(src_path):
            raise DiskFull("not enough free space for a backup")
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
    except BaseException as exc:
        remove_quietly(tmp)
        remove_quietly(tmp.with_name(tmp.name + "-journal"))
        mapped = storage_error(exc, dest.parent)
        if mapped is not None and mapped is not exc:
            raise mapped from exc
        raise


def _free_name(folder: Path, when: datetime, reason: str) -> Path:
    dest = folder / backup_name(when, reason)
    n = 2
    while dest.exists():
        dest = folder / backup_name(when, reason).replace(BACKUP_SUFFIX, f"-{n}{BACKUP_SUFFIX}")
        n += 1
    return dest


def make_backup(store: OpenStore, *, reason: str = "auto", out: Path | None = None) -> Path:
    """Back the store up into the backup folder (or ``out``); return the file made.

    With ``out``, a copy of the key file is written next to it as ``<out>.keys`` (the
    backup is useless without it if the store's folder is lost).
    """
    return backup_file(store.paths, store.data_key, reason=reason, out=out)


def backup_file(
    paths: DataPaths, data_key: bytes, *, reason: str = "auto", out: Path | None = None
) -> Path:
    """:func:`make_backup` for a store that is not open (restore, damaged-store rescue)."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if out is not None:
        if out.exists():
            raise FileExistsError(str(out))
        copy_database(paths.store, data_key, out)
        shutil.copyfile(paths.keys, out.with_name(out.name + ".keys"))
        return out
    paths.backups.mkdir(parents=True, exist_ok=True)
    dest = _free_name(paths.backups, datetime.now(UTC), reason)
    copy_database(paths.store, data_key, dest)
    keys_copy = paths.backups / paths.keys.name
    try:
        shutil.copyfile(paths.keys, keys_copy)
    except OSError as exc:
        raise storage_error(exc) or exc from exc
    return dest


# -- when ----------------------------------------------------------------------------


class ChangeTracker:
    """Counts committed transactions that changed data on an engine (see module doc)."""

    def __init__(self, engine: Engine):
        self.generation = 0
        self._engine = engine
        event.listen(engine, "begin", self._on_begin)
        event.listen(engine, "commit", self._on_commit)

    @staticmethod
    def _total(conn: Any) -> int:
        raw = conn.connection.dbapi_connection
        return int(getattr(raw, "total_changes", 0))

    def _on_begin(self, conn: Any) -> None:
        conn.info["ipsdesk_changes_at_begin"] = self._total(conn)

    def _on_commit(self, conn: Any) -> None:
        if self._total(conn) != conn.info.pop("ipsdesk_changes_at_begin", 0):
            self.generation += 1

    def detach(self) -> None:
        event.remove(self._engine, "begin", self._on_begin)
        event.remove(self._engine, "commit", self._on_commit)


def auto_backup_due(
    last_backup_at: datetime | None,
    data_changed: bool,
    now: datetime,
    *,
    closing: bool = False,
    interval: timedelta = AUTO_INTERVAL,
) -> bool:
    """Whether an automatic backup should be made now (pure; see module doc).

    Never when nothing changed; at close whenever something did; while working once
    ``interval`` has passed since the last backup (or there is none yet).
    """
    if not data_changed:
        return False
    if closing or last_backup_at is None:
        return True
    return now - last_backup_at >= interval


class AutoBackup:
    """What the app holds while a store is open: call :meth:`tick` from a timer (every
    minute or so) and :meth:`at_close` when closing. Both back up and thin when due."""

    def __init__(self, store: OpenStore):
        self.store = store
        self.tracker = ChangeTracker(store.engine)
        newest = list_backups(store.paths)
        self.last_backup_at: datetime | None = newest[0].taken_at if newest else None
        self._generation_backed_up = 0
        on_reopen = getattr(store, "on_reopen", None)
        if on_reopen is not None:  # a restore in place gives the store a new engine
            on_reopen.append(self._reattach)

    def _reattach(self, store: OpenStore) -> None:
        """Follow the store's new engine after a restore; the restored data counts as
        backed up (the restore made a backup of what was there, the file is a backup)."""
        self.tracker.detach()
        self.tracker = ChangeTracker(store.engine)
        self._generation_backed_up = 0

    @property
    def data_changed(self) -> bool:
        return self.tracker.generation != self._generation_backed_up

    def tick(self, now: datetime | None = None, *, closing: bool = False) -> Path | None:
        now = now or datetime.now(UTC)
        if not auto_backup_due(self.last_backup_at, self.data_changed, now, closing=closing):
            return None
        generation = self.tracker.generation
        made = make_backup(self.store, reason="close" if closing else "auto")
        self.last_backup_at = now
        self._generation_backed_up = generation
        thin_backups(self.store.paths, now=now)
        return made

    def at_close(self, now: datetime | None = None) -> Path | None:
        try:
            return self.tick(now, closing=True)
        finally:
            self.tracker.detach()
            on_reopen = getattr(self.store, "on_reopen", None)
            if on_reopen is not None and self._reattach in on_reopen:
                on_reopen.remove(self._reattach)


# -- thinning ------------------------------------------------------------------------


@dataclass(frozen=True)
class ThinningPolicy:
    days: int = 12
    weeks: int = 10
    months: int = 9
    protected_for: timedelta = timedelta(days=30)


def _newest_per_period(
    backups: Sequence[BackupInfo], key: Any, count: int, tz: tzinfo | None
) -> set[Path]:
    keep: set[Path] = set()
    last = None
    for b in backups:  # newest first
        period = key(b.taken_at.astimezone(tz))
        if period != last:
            last = period
            if len(keep) == count:
                break
            keep.add(b.path)
    return keep


def backups_to_keep(
    backups: Iterable[BackupInfo],
    now: datetime,
    policy: ThinningPolicy | None = None,
    tz: tzinfo | None = None,
) -> set[Path]:
    """The backups the policy keeps (pure: no file is touched). ``tz=None``: local time."""
    policy = policy or ThinningPolicy()
    ordered = sorted(backups, key=lambda b: b.order, reverse=True)
    keep = _newest_per_period(ordered, lambda t: t.date(), policy.days, tz)
    keep |= _newest_per_period(ordered, lambda t: t.isocalendar()[:2], policy.weeks, tz)
    keep |= _newest_per_period(ordered, lambda t: (t.year, t.month), policy.months, tz)
    keep |= {b.path for b in ordered if b.protected and now - b.taken_at < policy.protected_for}
    return keep


def thin_backups(
    paths: DataPaths,
    *,
    now: datetime | None = None,
    policy: ThinningPolicy | None = None,
    tz: tzinfo | None = None,
) -> list[Path]:
    """Delete the backups the policy does not keep; return the files removed."""
    backups = list_backups(paths)
    keep = backups_to_keep(backups, now or datetime.now(UTC), policy, tz)
    removed = []
    for b in backups:
        if b.path not in keep:
            remove_quietly(b.path)
            removed.append(b.path)
    return removed


# -- restore -------------------------------------------------------------------------


def _read_only_connection(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute(key_pragma(data_key))
    return conn


def validate_backup(path: Path, data_key: bytes) -> str | None:
    """Check a backup without changing it; return its schema revision or raise
    :class:`BackupInvalid` (damaged, another store's key, or newer than this app)."""
    if not path.exists():  # listed a moment ago, then pruned or deleted
        raise BackupInvalid("no such backup", msg=BACKUP_GONE)
    if not path.is_file() or path.stat().st_size == 0:
        raise BackupInvalid("not a backup file", msg=BACKUP_NOT_A_BACKUP)
    try:
        conn = _read_only_connection(path, data_key)
    except sqlcipher3.DatabaseError as exc:
        raise BackupInvalid(str(exc), msg=BACKUP_OTHER_STORE) from exc
    try:
        try:  # the first page opens only with this store's key
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise BackupInvalid(str(exc), msg=BACKUP_OTHER_STORE) from exc
        try:
            result = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        except sqlcipher3.DatabaseError as exc:
            raise BackupInvalid(str(exc), msg=BACKUP_DAMAGED, code=ExitCode.DAMAGED) from exc
        if result != ["ok"]:
            raise BackupInvalid("; ".join(result[:3]), msg=BACKUP_DAMAGED, code=ExitCode.DAMAGED)
        has_version = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
        ).fetchone()[0]
        row = None
        if has_version:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher3.DatabaseError as exc:
        raise BackupInvalid(str(exc), msg=BACKUP_DAMAGED, code=ExitCode.DAMAGED) from exc
    finally:
        conn.close()
    revision = row[0] if row else None
    if revision is None:
        raise BackupInvalid("not an ipsdesk store", msg=BACKUP_NOT_A_BACKUP)
    if revision not in migrate.known_revisions():
        raise BackupInvalid(
            f"made by a newer ipsdesk (schema {revision})", msg=BACKUP_NEWER, values=(revision,)
        )
    return revision


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_backup: Path | None  # the store as it was, just before the restore
    revision: str | None


def _rescue_current(paths: DataPaths, data_key: bytes) -> Path | None:
    """Back up the current store before it is replaced. A store that the backup API
    cannot read (damaged) is kept byte for byte instead, with its ``-wal``."""
    if not paths.store.exists():
        return None
    try:
        return backup_file(paths, data_key, reason="prerestore")
    except DiskFull:
        raise
    except (sqlcipher3.DatabaseError, StoreError):
        pass
    paths.backups.mkdir(parents=True, exist_ok=True)
    dest = _free_name(paths.backups, datetime.now(UTC), "damaged")
    for src, target in ((paths.store, dest), (_wal(paths.store), Path(str(dest) + "-wal"))):
        if src.exists():
            tmp = target.with_name(target.name + ".part")
            shutil.copyfile(src, tmp)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, target)
    fsync_dir(paths.backups)
    return dest


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _shm(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def restore(paths: DataPaths, backup: Path, data_key: bytes) -> RestoreResult:
    """Replace the store with ``backup``. The store must be closed (no engine open) and
    the caller must hold the single-instance lock.

    Order, so that no crash can lose both the current data and the backup's:

    1. validate the backup (opens with this key, ``quick_check``, schema not newer);
    2. back up the current store (``prerestore``; a damaged one is kept byte for byte);
    3. copy the backup to ``ipsdesk.db.restore`` and fsync it, check it again;
    4. checkpoint the current store's WAL into it (so its ``-wal`` holds nothing
       that the file lacks), then remove the stale ``-wal`` / ``-shm`` — a foreign WAL
       left beside the new file would be replayed into it and corrupt it;
    5. ``os.replace`` the new file over the store and fsync the folder.

    Until step 5 the old store file is complete; after it the new one is.
    """
    backup = Path(backup)
    revision = validate_backup(backup, data_key)
    safety = _rescue_current(paths, data_key)
    tmp = paths.store.with_name(paths.store.name + ".restore")
    try:
        remove_quietly(tmp)
        shutil.copyfile(backup, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        validate_backup(tmp, data_key)
        if paths.store.exists():
            with contextlib.suppress(sqlcipher3.DatabaseError):
                conn = connect_raw(paths.store, data_key)
                try:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                finally:
                    conn.close()
        remove_quietly(_wal(paths.store))
        remove_quietly(_shm(paths.store))
        os.replace(tmp, paths.store)
        fsync_dir(paths.store.parent)
    except BackupInvalid:
        remove_quietly(tmp)
        raise
    except Exception as exc:
        remove_quietly(tmp)
        mapped = storage_error(exc, paths.root)
        if mapped is not None:
            raise mapped from exc
        raise RestoreFailed(str(exc)) from exc
    return RestoreResult(backup, safety, revision)
