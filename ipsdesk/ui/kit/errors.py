"""The user's words for an error: why a store cannot be opened, why a storage action
failed. Never a traceback; the messages carried by core's errors, translated."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ipsdesk.core.storage.errors import (
    MigrationFailed,
    StoreDamaged,
    StoreError,
    StoreTooNew,
    WrongPassphrase,
)
from ipsdesk.core.storage.lock import storage_error
from ipsdesk.ui.kit.i18n import tr_msg


def explain_store_error(widget: QWidget | None, exc: Exception) -> str:
    """The user's explanation of why a store cannot be opened (never a traceback)."""
    from ipsdesk.commands.common import CommandError
    from ipsdesk.ui.kit.i18n import tr_msg

    message = getattr(exc, "message", None)  # disk full, read-only folder, locked store
    if isinstance(exc, StoreError) and message:
        return tr_msg(message)
    if isinstance(exc, CommandError):  # e.g. an unreadable --passphrase-file
        return str(exc)
    if not isinstance(exc, StoreError):
        return QCoreApplication.translate(
            "StoreErrors",
            "ipsdesk could not start with this store (%1). A log without client data was "
            "written; IT support may ask for it.",
        ).replace("%1", type(exc).__name__)
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "StoreErrors", "Wrong passphrase or recovery key. Nothing was changed."
        )
    if isinstance(exc, StoreTooNew):
        return QCoreApplication.translate(
            "StoreErrors",
            "This store was saved by a newer version of ipsdesk. Update the app; the store was not changed.",
        )
    if isinstance(exc, StoreDamaged):
        return QCoreApplication.translate(
            "StoreErrors",
            "The store is damaged and cannot be opened. It was not changed. "
            "Restore the newest good backup (ipsdesk restore FILE) or contact IT.",
        )
    if isinstance(exc, MigrationFailed):
        return QCoreApplication.translate(
            "StoreErrors",
            "Updating the store to this version failed and was undone; the store is as it was.",
        )
    return str(exc)


def explain_error(exc: BaseException, folder: Path | None = None) -> str:
    """The user's words for a failed storage action: the core's own message (disk full,
    read-only folder, locked, invalid backup…) where it gives one."""
    mapped = exc if getattr(exc, "message", None) else storage_error(exc, folder)
    message = getattr(mapped, "message", None)
    if message is not None:
        return tr_msg(message)
    if isinstance(exc, OSError):
        reason = exc.strerror or errno.errorcode.get(exc.errno or 0, "")
        return QCoreApplication.translate("Safety", "The file could not be written (%1).").replace(
            "%1", reason
        )
    return QCoreApplication.translate(
        "Safety", "The action failed; nothing was changed. Details are in the app log."
    )
