"""What every subcommand shares: its messages in the user's language, the passphrase,
opening the store, and turning a user error into a message and an exit code.

Messages go through the same translations as the app (``Catalog``), in the language of
``--lang``, else the store's (``core/preferences``), else the system's, else English.
Exit codes are :class:`~ipsdesk.core.errors.ExitCode` (one table: README, ``--help``).
The passphrase comes from ``--passphrase-file`` or a prompt, never from a plain
command-line argument (it would show in the process list and shell history).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
import tempfile
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ipsdesk.core.errors import ExitCode, UserError
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Catalog, Msg
from ipsdesk.core.paths import DataPaths, data_paths

if TYPE_CHECKING:  # the storage stack is imported only by commands that use it
    from sqlmodel import Session

    from ipsdesk.core.storage.store import Store

PROMPT = QT_TRANSLATE_NOOP("Commands", "Passphrase: ")
NO_TERMINAL = QT_TRANSLATE_NOOP(
    "Commands", "No passphrase: use --passphrase-file FILE or run the command in a terminal."
)


class CommandError(UserError):
    """A command's own refusal (bad value, no such client…), with its exit code."""

    def __init__(self, msg: Msg, *values: object, code: ExitCode = ExitCode.USAGE):
        super().__init__(msg.text, msg=msg, values=values, code=code)


def paths_of(args: argparse.Namespace) -> DataPaths:
    return data_paths(getattr(args, "data_dir", None))


def catalog(args: argparse.Namespace) -> Catalog:
    """The translations of the command's messages (made once per run)."""
    found = getattr(args, "_catalog", None)
    if found is None:
        from ipsdesk.core.preferences import command_language

        try:
            paths: DataPaths | None = paths_of(args)
        except OSError:
            paths = None
        found = Catalog(command_language(paths, getattr(args, "lang", None)))
        args._catalog = found
    return found


def document_language(args: argparse.Namespace, session: Any) -> str:
    """The language of a document a command writes: the command's own ``--lang``
    (``doc_lang``), else the global ``--lang``, else the store's UI language.

    The sub-command's option has its own ``dest``: sharing ``lang`` with the global
    option let the sub-parser's default overwrite ``ipsdesk --lang sv …`` (the messages
    then came in another language than asked)."""
    from ipsdesk.core import settings

    chosen = getattr(args, "doc_lang", None) or getattr(args, "lang", None)
    return str(chosen or settings.get(session, settings.UI_LANGUAGE))


def tr(args: argparse.Namespace, msg: Msg, *values: object) -> str:
    return catalog(args).tr(msg, *values)


def say(args: argparse.Namespace, msg: Msg, *values: object) -> None:
    """Print a message for the user (translated) on standard output."""
    print(tr(args, msg, *values))


def read_passphrase(args: argparse.Namespace, prompt: Msg = PROMPT) -> str:
    from ipsdesk.core.storage.lifecycle import read_secret_file

    path = getattr(args, "passphrase_file", None)
    if path:
        return read_secret_file(path)
    if not sys.stdin.isatty():
        raise CommandError(NO_TERMINAL)
    return getpass.getpass(tr(args, prompt))


@contextlib.contextmanager
def store_session(args: argparse.Namespace) -> Iterator[Session]:
    """A session on the store the global options name, the store closed (and its lock
    released) afterwards: what most subcommands do."""
    store = open_store(args)
    try:
        with store.session() as session:
            yield session
    finally:
        store.close()


def open_store(args: argparse.Namespace) -> Store:
    """Open the store named by the global options (the demo one with ``--demo``)."""
    if getattr(args, "demo", False):
        from ipsdesk.core import demo

        return demo.build(data_paths(tempfile.mkdtemp(prefix="ipsdesk-demo-")))
    from ipsdesk.core.storage.lifecycle import check_folder, open_store
    from ipsdesk.core.storage.lock import acquire_lock
    from ipsdesk.core.storage.store import StoreNotFound

    paths = paths_of(args)
    check_folder(paths)
    if not paths.store.exists():
        raise StoreNotFound(paths.root)
    lock = acquire_lock(paths)  # before the passphrase is asked: a locked store says so
    try:
        return open_store(paths, read_passphrase(args), lock=lock)
    except BaseException:
        lock.release()
        raise


def lazy(module: str, name: str):  # type: ignore[no-untyped-def]
    """A subcommand function imported only when that subcommand runs."""

    def call(args: argparse.Namespace) -> int:
        import importlib

        return int(getattr(importlib.import_module(module), name)(args) or 0)

    return call


def fail(args: argparse.Namespace, exc: UserError) -> int:
    print(f"ipsdesk: {exc.text(catalog(args).tr)}", file=sys.stderr)
    return int(exc.exit_code)


def run(func):  # type: ignore[no-untyped-def]
    """Decorate a subcommand: a :class:`UserError` (or an OS error that means a full disk
    or a read-only folder) becomes its message, in the user's language, and exit code."""

    def wrapper(args: argparse.Namespace) -> int:
        try:
            return int(func(args) or 0)
        except UserError as exc:
            return fail(args, exc)
        except OSError as exc:
            from ipsdesk.core.storage.lock import storage_error

            try:
                folder = paths_of(args).root
            except OSError:
                folder = None
            mapped = storage_error(exc, folder)
            if mapped is None:
                raise
            return fail(args, mapped)

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper
