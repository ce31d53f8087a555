"""Errors the user must read, and the command line's exit codes: one mechanism for both.

An error that reaches the user is a :class:`UserError` (in the spirit of Electrum's
``UserFacingException``): it carries its own translatable message (a :class:`Msg`
marked with ``QT_TRANSLATE_NOOP``, so ``lupdate`` collects it), the values for the
message's ``%1``, ``%2``… and the exit code a command ends with. :meth:`UserError.text`
renders it: the GUI passes ``tr_msg`` (the UI language), the command line
``Catalog(lang).tr`` (``--lang``, the store's language or the system's), English
without a translator. One text per cause, with the advice that fits the cause.

The exception's own ``str()`` (``detail``) is for logs and tests: SQLite's wording, a
revision; never client data and never shown instead of the message.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import ClassVar

from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg


class ExitCode(IntEnum):
    """What every ``ipsdesk`` command ends with (README and ``--help`` show this table)."""

    OK = 0
    FAILED = 1
    USAGE = 2
    STORE = 3
    DAMAGED = 4
    NOT_FOUND = 5
    OUTPUT = 6

    @property
    def meaning(self) -> Msg:
        return EXIT_MEANINGS[self]


EXIT_MEANINGS: dict[ExitCode, Msg] = {
    ExitCode.OK: QT_TRANSLATE_NOOP("ExitCodes", "done"),
    ExitCode.FAILED: QT_TRANSLATE_NOOP(
        "ExitCodes", "an unexpected failure (a fault in ipsdesk: please report it)"
    ),
    ExitCode.USAGE: QT_TRANSLATE_NOOP(
        "ExitCodes", "wrong use: a bad option or value, an unreadable passphrase file"
    ),
    ExitCode.STORE: QT_TRANSLATE_NOOP(
        "ExitCodes",
        "the store cannot be used now: none there, in use, wrong passphrase, newer app, "
        "disk full, read-only folder (nothing was changed)",
    ),
    ExitCode.DAMAGED: QT_TRANSLATE_NOOP(
        "ExitCodes", "the store or the backup is damaged (nothing was changed)"
    ),
    ExitCode.NOT_FOUND: QT_TRANSLATE_NOOP("ExitCodes", "no such client, plan or backup"),
    ExitCode.OUTPUT: QT_TRANSLATE_NOOP("ExitCodes", "the output file cannot be written"),
}

FAILED = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "ipsdesk could not start with this store (%1). A log without client data was "
    "written; IT support may ask for it.",
)
ACTION_FAILED = QT_TRANSLATE_NOOP(
    "Safety", "The action failed; nothing was changed. Details are in the app log."
)


def render(msg: Msg, values: tuple[object, ...], tr: Callable[..., str] | None = None) -> str:
    """``msg`` with its ``%1``… filled in, translated by ``tr`` (English without one)."""
    if tr is not None:
        return tr(msg, *values)
    out = msg.text
    for i, value in enumerate(values, start=1):
        out = out.replace(f"%{i}", str(value))
    return out


class UserError(Exception):
    """An error whose message the user reads. Subclasses set :attr:`message` and
    :attr:`exit_code` for their cause; an instance may carry another message (and its
    values) for a cause that needs no class of its own."""

    message: ClassVar[Msg] = ACTION_FAILED
    exit_code: ClassVar[ExitCode] = ExitCode.FAILED

    def __init__(
        self,
        detail: object = "",
        *,
        msg: Msg | None = None,
        values: tuple[object, ...] = (),
        code: ExitCode | None = None,
    ):
        super().__init__(str(detail))
        self.detail = str(detail)
        if msg is not None:
            self.message = msg  # type: ignore[misc]
        if code is not None:
            self.exit_code = code  # type: ignore[misc]
        self.values = values

    def text(self, tr: Callable[..., str] | None = None) -> str:
        """The message for the user, translated by ``tr``; English without one."""
        return render(self.message, self.values, tr)


class Refused(UserError):
    """A service refuses a change the user asked for (the message says why)."""

    exit_code = ExitCode.USAGE

    def __init__(self, msg: Msg, *values: object, field: str = ""):
        super().__init__(msg.text, msg=msg, values=values)
        self.field = field  # the form field the message belongs beside ("" for none)


def user_message(exc: BaseException, tr: Callable[..., str] | None = None) -> str:
    """The user's words for any exception: its own for a :class:`UserError`, the
    generic "failed, see the log" (with the exception's type only) otherwise."""
    if isinstance(exc, UserError):
        return exc.text(tr)
    return render(FAILED, (type(exc).__name__,), tr)


def exit_code_of(exc: BaseException) -> ExitCode:
    return exc.exit_code if isinstance(exc, UserError) else ExitCode.FAILED
