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

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ipsdesk.core.errors import ExitCode, UserError, render
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage.errors import NotAFolder, StoreDamaged, StoreNotFound, WrongPassphrase
from ipsdesk.core.storage.keys import KeyEnvelope, KeyFileMissing, WrongSecret
from ipsdesk.core.storage.keys import check_passphrase_strength as strength_codes
from ipsdesk.core.storage.lock import StoreLock, acquire_lock, check_data_folder, storage_error

if TYPE_CHECKING:  # the storage stack is imported when a store is opened
    from ipsdesk.core.storage.store import Store

# The same words as at first start and in "Change passphrase" (one set of translations).
TYPE_A_PASSPHRASE = QT_TRANSLATE_NOOP("SetupDialog", "Type a passphrase.")
STRENGTH_TEXTS: dict[str, Msg] = {
    "too_short": QT_TRANSLATE_NOOP(
        "SetupDialog", "The passphrase must have at least 8 characters."
    ),
    "surrounding_space": QT_TRANSLATE_NOOP(
        "SetupDialog", "The passphrase must not begin or end with a space."
    ),
    "too_repetitive": QT_TRANSLATE_NOOP("SetupDialog", "The passphrase is too repetitive."),
}


class SecretFileError(UserError):
    """The passphrase file cannot be read, or holds no text."""

    message = QT_TRANSLATE_NOOP("Errors", "The passphrase file %1 cannot be read (%2).")
    exit_code = ExitCode.USAGE


NOT_TEXT = QT_TRANSLATE_NOOP(
    "Errors",
    "The passphrase file %1 does not hold text (UTF-8); give a file whose first line is "
    "the passphrase.",
)


class WeakPassphrase(UserError):
    """A new passphrase is refused; :attr:`problems` are the sentences saying why."""

    message = QT_TRANSLATE_NOOP("Errors", "The passphrase is too weak; nothing was changed.")
    exit_code = ExitCode.USAGE

    def __init__(self, problems: list[Msg]):
        super().__init__(", ".join(m.text for m in problems))
        self.problems = problems

    def text(self, tr: Callable[..., str] | None = None) -> str:
        lines = [render(p, (), tr) for p in self.problems]
        return "\n".join([render(self.message, (), tr), *lines])


def strength_problems(passphrase: str) -> list[Msg]:
    """Why a new passphrase is too weak, as sentences to translate (empty: strong enough).
    An empty or short passphrase is told to be short, not "too repetitive": the length is
    what to fix first."""
    if not passphrase:
        return [TYPE_A_PASSPHRASE]
    codes = strength_codes(passphrase)
    if "too_short" in codes:
        codes = [c for c in codes if c != "too_repetitive"]
    return [STRENGTH_TEXTS[code] for code in codes if code in STRENGTH_TEXTS]


def check_new_passphrase(passphrase: str) -> None:
    problems = strength_problems(passphrase)
    if problems:
        raise WeakPassphrase(problems)


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


def unlock_key(paths: DataPaths, secret: str) -> bytes:
    """The data key (the store itself is not opened: restore, check)."""
    try:
        envelope = KeyEnvelope.load(paths.keys)
    except (KeyFileMissing, ValueError) as exc:
        raise StoreDamaged(f"key file unusable: {exc}") from exc
    try:
        return envelope.unlock(secret)
    except WrongSecret as exc:
        raise WrongPassphrase() from exc


def change_passphrase(paths: DataPaths, current: str, new: str) -> None:
    """Re-wrap the data key under ``new``; the recovery key keeps working. Raises
    :class:`WeakPassphrase` (nothing changed), ``WrongPassphrase``, ``DiskFull`` /
    ``FolderReadOnly`` (the old key file is kept: it is replaced atomically)."""
    check_new_passphrase(new)
    try:
        envelope = KeyEnvelope.load(paths.keys)
    except (KeyFileMissing, ValueError) as exc:
        raise StoreDamaged(f"key file unusable: {exc}") from exc
    try:
        key = envelope.unlock(current)
    except WrongSecret as exc:
        raise WrongPassphrase() from exc
    _rewrap(paths, envelope, key, new)


def set_new_passphrase(paths: DataPaths, data_key: bytes, new: str) -> None:
    """Wrap the open store's ``data_key`` under ``new`` (after unlocking with the recovery
    key, whose slot stays as it was). Raises :class:`WeakPassphrase` first."""
    check_new_passphrase(new)
    try:
        envelope = KeyEnvelope.load(paths.keys)
    except (KeyFileMissing, ValueError) as exc:
        raise StoreDamaged(f"key file unusable: {exc}") from exc
    _rewrap(paths, envelope, data_key, new)


def _rewrap(paths: DataPaths, envelope: KeyEnvelope, key: bytes, new: str) -> None:
    envelope.change_passphrase(key, new)
    try:
        envelope.save(paths.keys)
    except OSError as exc:
        mapped = storage_error(exc, paths.root)
        if mapped is None:
            raise
        raise mapped from exc
