"""The reasons a store cannot be opened, created or migrated (one family: StoreError).

Each is a :class:`~ipsdesk.core.errors.UserError` carrying the user's words for its
cause and the advice that fits it: "restore a backup" only for real damage; a newer
app, a wrong key, a full disk or a locked store never get that advice.

Kept free of SQLAlchemy and SQLCipher imports: the window's unlock page and the
single-instance lock name these errors before the storage stack has been imported.
"""

from __future__ import annotations

from pathlib import Path

from ipsdesk.core.errors import ExitCode, UserError
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP


class StoreError(UserError):
    """Base of every reason a store could not be opened, created or migrated."""

    exit_code = ExitCode.STORE


class StoreTooNew(StoreError):
    """The store was written by a newer ipsdesk; this one must not touch it."""

    message = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "This store was saved by a newer version of ipsdesk. Update the app; the store "
        "was not changed.",
    )


class MigrationFailed(StoreError):
    """A migration failed and was rolled back; the store is as it was."""

    message = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "Updating the store to this version failed and was undone; the store is as it was.",
    )


class StoreNotFound(StoreError):
    """There is no store in the data folder."""

    message = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "There is no store in %1. Create one with 'ipsdesk init' or by starting the app.",
    )

    def __init__(self, folder: object):
        super().__init__(folder, values=(folder,))


class StoreExists(StoreError):
    """A store is already there; creating one would replace it."""

    message = QT_TRANSLATE_NOOP("StoreErrors", "A store already exists in %1; it was not touched.")

    def __init__(self, folder: object):
        super().__init__(folder, values=(folder,))


class NotAFolder(StoreError):
    """The data folder's path names a file (``--data-dir`` pointing at a file)."""

    message = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "%1 is a file, not a folder. Name the folder of the store (--data-dir); "
        "nothing was changed.",
    )
    exit_code = ExitCode.USAGE

    def __init__(self, path: Path):
        super().__init__(path, values=(path,))


class WrongPassphrase(StoreError):
    """Neither the passphrase nor the recovery key unlocks the store's key."""

    message = QT_TRANSLATE_NOOP(
        "StoreErrors", "Wrong passphrase or recovery key. Nothing was changed."
    )


class StoreDamaged(StoreError):
    """The file is not a readable store, or its integrity check failed."""

    message = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The store is damaged and cannot be opened. It was not changed. "
        "Restore the newest good backup (ipsdesk restore FILE) or contact IT.",
    )
    exit_code = ExitCode.DAMAGED
