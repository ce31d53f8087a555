"""The user's words for an error, in the UI language: the message the error carries
(``core/errors.UserError``: store refusals, disk full, read-only folder, invalid
backup, a service's refusal…), translated with ``tr_msg``. Never a traceback."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ipsdesk.core.errors import ACTION_FAILED, UserError, user_message
from ipsdesk.core.storage.lock import storage_error
from ipsdesk.ui.kit.i18n import tr_msg


def explain_store_error(widget: QWidget | None, exc: BaseException) -> str:
    """Why a store cannot be opened (its own message; the generic "could not start,
    see the log" with only the exception's type for anything else)."""
    return user_message(exc, tr_msg)


def explain_error(exc: BaseException, folder: Path | None = None) -> str:
    """The user's words for a failed action: the error's own message, a full disk or a
    read-only folder recognised in an OS or SQLite error, else "the action failed"."""
    if isinstance(exc, UserError):
        return exc.text(tr_msg)
    mapped = storage_error(exc, folder)
    if mapped is not None:
        return mapped.text(tr_msg)
    if isinstance(exc, OSError):
        reason = exc.strerror or errno.errorcode.get(exc.errno or 0, "")
        return QCoreApplication.translate("Safety", "The file could not be written (%1).").replace(
            "%1", reason
        )
    return tr_msg(ACTION_FAILED)
