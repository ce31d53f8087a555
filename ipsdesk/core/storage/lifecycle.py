"""The store's life cycle as the app and the command line both use it.

* :func:`read_secret_file` — a passphrase (or recovery key) from a file
  (``--passphrase-file``): the first line, UTF-8; anything else is a user error.
* :func:`open_store` — lock (one process per store), folder check (writable, room to
  write), unlock, the checks of :func:`~ipsdesk.core.storage.store.precheck`, then
  migrate. On any refusal the lock is released and the store is untouched.
* :func:`change_passphrase` — strength check (the sentences the user reads), unlock,
  re-wrap, save.
* Restoring and reopening in place: :meth:`Store.restore_in_place`; the automatic
  backups follow the new engine by themselves (``AutoBackup`` registers on
  ``Store.on_reopen``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ipsdesk.core.errors import ExitCode, UserError
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage.errors import NotAFolder, StoreNotFound
from ipsdesk.core.storage.lock import StoreLock, acquire_lock, check_data_folder

# Re-exported: the life cycle's passphrase steps (see that module).
from ipsdesk.core.storage.passphrase import (  # noqa: F401
    STRENGTH_TEXTS,
    WeakPassphrase,
    change_passphrase,
    check_new_passphrase,
    set_new_passphrase,
    strength_problems,
    unlock_key,
)

if TYPE_CHECKING:  # the storage stack is imported when a store is opened
    from ipsdesk.core.storage.store import Store


class SecretFileError(UserError):
    """The passphrase file cannot be read, or holds no text."""

    message = QT_TRANSLATE_NOOP("Errors", "The passphrase file %1 cannot be read (%2).")
    exit_code = ExitCode.USAGE


NOT_TEXT = QT_TRANSLATE_NOOP(
    "Errors",
    "The passphrase file %1 does not hold text (UTF-8); give a file whose first line is "
    "the passphrase.",
)


def read_secret_file(path: str | Path) -> str:
    """The first line of ``path``; :class:`SecretFileError` when it cannot be read or is
    not UTF-8 text (a binary file, a key file given by mistake)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SecretFileError(exc, values=(path, exc.strerror or type(exc).__name__)) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SecretFileError(exc, msg=NOT_TEXT, values=(path,)) from exc
    if "\0" in text:
        raise SecretFileError("NUL", msg=NOT_TEXT, values=(path,))
    return text.splitlines()[0] if text else ""


def check_folder(paths: DataPaths) -> None:
    """Refuse a data folder path that names a file (before anything is created)."""
    for folder in (paths.root, *paths.root.parents):
        if folder.exists():
            if not folder.is_dir():
                raise NotAFolder(folder)
            return


def open_store(paths: DataPaths, secret: str, *, lock: StoreLock | None = None) -> Store:
    """Open the store in ``paths`` for this process: lock it (unless ``lock``, already
    held, is given), check the folder, unlock and check it. The returned store holds the
    lock (``store.close()`` releases it). Raises a ``StoreError`` and releases the lock
    when the store cannot be opened; nothing is written to a refused store."""
    from ipsdesk.core.storage.store import Store

    check_folder(paths)
    if not paths.store.exists():
        raise StoreNotFound(paths.root)
    held = lock if lock is not None else acquire_lock(paths)
    try:
        check_data_folder(paths)
        store = Store.open(paths, secret)
    except BaseException:
        if lock is None:
            held.release()
        raise
    store.lock = held
    return store
