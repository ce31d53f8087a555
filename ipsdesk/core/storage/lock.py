"""Single-instance lock and the data folder's health (writable, room to write).

Two processes must never write one store at once. :func:`acquire_lock` takes an OS
file lock on ``paths.lock`` (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows)
and keeps it for the life of the process (or until :meth:`StoreLock.release`); the OS
drops it when the process dies, even by SIGKILL or a power cut, so a crash never
leaves a stale lock. A second instance gets :class:`StoreLocked`.

:func:`check_data_folder` runs before a store is opened, so that a read-only data
folder or a full disk is reported as such (not as a "damaged store"), and
:func:`storage_error` turns the OS or SQLite error of a failed write into
:class:`DiskFull` or :class:`FolderReadOnly`. In each case the store is left as it was:
SQLite rolls the failed transaction back.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from pathlib import Path
from typing import IO

from ipsdesk.core.i18n import QT_TRANSLATE_NOOP
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage.errors import NotAFolder, StoreError

# Refuse to start writing when less than this is free (SQLite needs room for the WAL
# and a backup needs the store's size again).
MIN_FREE_BYTES = 5 * 1024 * 1024


class StoreLocked(StoreError):
    """Another ipsdesk process has this store open."""

    message = QT_TRANSLATE_NOOP(
        "Safety",
        "ipsdesk is already running with this store (another window or another user "
        "session). Close it first; two programs must never write the same store.",
    )


class DiskFull(StoreError):
    """No room left on the disk of the data folder; nothing was written."""

    message = QT_TRANSLATE_NOOP(
        "Safety",
        "The disk is full. Nothing was saved and your store is intact. Free some "
        "space, then try again.",
    )


class FolderReadOnly(StoreError):
    """The data folder (or the store file) cannot be written."""

    message = QT_TRANSLATE_NOOP(
        "Safety",
        "The data folder cannot be written (it is read-only or you lack permission). "
        "Your store is intact; nothing was changed.",
    )


class StoreLock:
    """An exclusive lock on ``paths.lock``; hold the object as long as the store is open."""

    def __init__(self, path: Path, handle: IO[bytes]):
        self.path = path
        self._handle: IO[bytes] | None = handle

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        with contextlib.suppress(OSError):
            _unlock(handle)
        # Closing must not fail the caller (a full disk would make a buffered close
        # raise ENOSPC over the error being reported); the handle is unbuffered anyway.
        with contextlib.suppress(OSError):
            handle.close()

    def __enter__(self) -> StoreLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def acquire_lock(paths: DataPaths) -> StoreLock:
    """Lock the store in ``paths`` for this process or raise :class:`StoreLocked`.

    The lock file holds the owner's process id (for a person looking at the folder);
    the lock itself is the OS lock, not the file's existence.
    """
    try:
        paths.root.mkdir(parents=True, exist_ok=True)
        # Unbuffered: a write that fails on a full disk fails here (ignored: the file's
        # content is only a hint), not again later while closing.
        handle = open(paths.lock, "a+b", buffering=0)  # noqa: SIM115 - kept for the lock's life
    except (FileExistsError, NotADirectoryError) as exc:  # a file where the folder should be
        raise NotAFolder(paths.root) from exc
    except OSError as exc:
        raise storage_error(exc) or FolderReadOnly(str(exc)) from exc
    if not _try_lock(handle):
        with contextlib.suppress(OSError):
            handle.close()
        raise StoreLocked(str(paths.lock))
    with contextlib.suppress(OSError):
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n".encode())
    return StoreLock(paths.lock, handle)


def storage_error(exc: BaseException, folder: Path | None = None) -> StoreError | None:
    """:class:`DiskFull` or :class:`FolderReadOnly` when ``exc`` (an OS, SQLite or
    SQLAlchemy error, or one it wraps) means that; else ``None``.

    SQLCipher reports a write that hit a full disk as a plain ``disk I/O error``
    (SQLITE_IOERR, not SQLITE_FULL: the errno is lost). Given the data ``folder``, such
    an error is reported as :class:`DiskFull` when the folder's disk is (nearly) full.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DiskFull | FolderReadOnly):
            return current
        if isinstance(current, OSError) and current.errno is not None:
            if current.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG):
                return DiskFull(errno.errorcode.get(current.errno, ""))
            if current.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                return FolderReadOnly(errno.errorcode.get(current.errno, ""))
        text = str(current).lower()
        if "disk is full" in text or "database or disk is full" in text:
            return DiskFull("SQLITE_FULL")
        if "readonly database" in text or "read-only file system" in text:
            return FolderReadOnly("SQLITE_READONLY")
        if "disk i/o error" in text and folder is not None and _nearly_full(folder):
            return DiskFull("SQLITE_IOERR")
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return None


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < MIN_FREE_BYTES
    except OSError:
        return False


def check_data_folder(paths: DataPaths, *, min_free: int = MIN_FREE_BYTES) -> None:
    """Raise :class:`FolderReadOnly` or :class:`DiskFull` if the store cannot be written.

    Writes and removes a small probe file (never touches the store itself).
    """
    folder = paths.root
    probe = folder / f".ipsdesk-probe-{os.getpid()}"
    try:
        with open(probe, "wb") as fh:
            fh.write(b"probe")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            probe.unlink()
        raise storage_error(exc) or FolderReadOnly(str(exc)) from exc
    probe.unlink()
    for name in (paths.store, paths.keys):
        if name.exists() and not os.access(name, os.W_OK):
            raise FolderReadOnly(name.name)
    if shutil.disk_usage(folder).free < min_free:
        raise DiskFull("free space below minimum")
