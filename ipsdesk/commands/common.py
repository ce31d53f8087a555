"""What every subcommand that touches the store shares: finding and unlocking it.

The passphrase comes from ``--passphrase-file`` or a prompt, never from a plain
command-line argument (it would show in the process list and shell history).
"""

from __future__ import annotations

import argparse
import getpass
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ipsdesk.core.paths import DataPaths, data_paths

if TYPE_CHECKING:  # the storage stack is imported only by commands that use it
    from ipsdesk.core.storage.store import Store, StoreError

EXIT_USAGE = 2
EXIT_STORE = 3


class CommandError(Exception):
    """A message for the user; the command exits with ``code``."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def read_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    path = getattr(args, "passphrase_file", None)
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"cannot read passphrase file: {exc.strerror}", EXIT_USAGE) from exc
        return text.splitlines()[0] if text else ""
    if not sys.stdin.isatty():
        raise CommandError(
            "no passphrase: use --passphrase-file FILE or run in a terminal", EXIT_USAGE
        )
    return getpass.getpass(prompt)


def explain(exc: StoreError, paths: DataPaths) -> str:
    from ipsdesk.core.storage.store import (
        MigrationFailed,
        StoreDamaged,
        StoreNotFound,
        StoreTooNew,
        WrongPassphrase,
    )

    if isinstance(exc, StoreNotFound):
        return f"no store in {paths.root} (create one with 'ipsdesk init' or start the app)"
    if isinstance(exc, WrongPassphrase):
        return "wrong passphrase or recovery key; nothing was changed"
    if isinstance(exc, StoreTooNew):
        return "this store was written by a newer ipsdesk; update the app. Nothing was changed."
    if isinstance(exc, StoreDamaged):
        return (
            f"the store is damaged ({exc}); it was not changed. "
            "Restore the newest good backup with 'ipsdesk restore FILE'."
        )
    if isinstance(exc, MigrationFailed):
        return f"updating the store failed and was undone; the store is as it was ({exc})"
    message = getattr(exc, "message", None)  # lock, disk full, read-only folder
    if message is not None:
        from ipsdesk.core.i18n import Catalog

        return Catalog("en").tr(message)
    return str(exc)


def open_store(args: argparse.Namespace) -> Store:
    """Open the store named by the global options (the demo one with ``--demo``)."""
    if getattr(args, "demo", False):
        from ipsdesk.core import demo

        return demo.build(data_paths(tempfile.mkdtemp(prefix="ipsdesk-demo-")))
    from ipsdesk.core.storage.lock import acquire_lock, check_data_folder
    from ipsdesk.core.storage.store import Store, StoreError, StoreNotFound

    paths = data_paths(args.data_dir)
    if not paths.store.exists():
        raise CommandError(explain(StoreNotFound(str(paths.store)), paths), EXIT_STORE)
    try:
        lock = acquire_lock(paths)  # two processes never write the same store
    except StoreError as exc:
        raise CommandError(explain(exc, paths), EXIT_STORE) from exc
    try:
        check_data_folder(paths)
        store = Store.open(paths, read_passphrase(args))
    except StoreError as exc:
        lock.release()
        raise CommandError(explain(exc, paths), EXIT_STORE) from exc
    except BaseException:
        lock.release()
        raise
    store.lock = lock
    return store


def lazy(module: str, name: str):  # type: ignore[no-untyped-def]
    """A subcommand function imported only when that subcommand runs."""

    def call(args: argparse.Namespace) -> int:
        import importlib

        return int(getattr(importlib.import_module(module), name)(args) or 0)

    return call


def run(func):  # type: ignore[no-untyped-def]
    """Decorate a subcommand: turn :class:`CommandError` into a message and exit code."""

    def wrapper(args: argparse.Namespace) -> int:
        try:
            return int(func(args) or 0)
        except CommandError as exc:
            print(f"ipsdesk: {exc}", file=sys.stderr)
            return exc.code

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper
