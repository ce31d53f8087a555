"""Passphrases: the strength check with the sentences the user reads (the app's setup
and "Change passphrase", ``ipsdesk init`` and ``passwd``), unlocking the data key, and
re-wrapping it under a new passphrase. Used by ``store`` and ``lifecycle`` (no cycle:
this module imports neither).
"""

from __future__ import annotations

from collections.abc import Callable

from ipsdesk.core.errors import ExitCode, UserError, render
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage.errors import StoreDamaged, WrongPassphrase
from ipsdesk.core.storage.keys import KeyEnvelope, KeyFileMissing, WrongSecret
from ipsdesk.core.storage.keys import check_passphrase_strength as strength_codes
from ipsdesk.core.storage.lock import storage_error

# The same words as at first start and in "Change passphrase" (one set of translations).
STRENGTH_TEXTS: dict[str, Msg] = {
    "too_short": QT_TRANSLATE_NOOP(
        "SetupDialog", "The passphrase must have at least 8 characters."
    ),
    "surrounding_space": QT_TRANSLATE_NOOP(
        "SetupDialog", "The passphrase must not begin or end with a space."
    ),
    "too_repetitive": QT_TRANSLATE_NOOP("SetupDialog", "The passphrase is too repetitive."),
}


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


EMPTY = QT_TRANSLATE_NOOP("SetupDialog", "Type a passphrase.")


def strength_problems(passphrase: str) -> list[Msg]:
    """Why a new passphrase is too weak, as sentences to translate (empty: strong enough).
    An empty or short passphrase is told to be short, not "too repetitive": the length
    is what to fix first."""
    if not passphrase:
        return [EMPTY]
    codes = strength_codes(passphrase)
    if "too_short" in codes:
        codes = [c for c in codes if c != "too_repetitive"]
    return [STRENGTH_TEXTS[code] for code in codes if code in STRENGTH_TEXTS]


def check_new_passphrase(passphrase: str) -> None:
    problems = strength_problems(passphrase)
    if problems:
        raise WeakPassphrase(problems)


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
