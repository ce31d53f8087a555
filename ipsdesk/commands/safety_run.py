"""Data-safety subcommands: ``backup``, ``restore``, ``check``, ``passwd``.

Each takes the single-instance lock first (a running app, or another command, on the
same store is refused) and checks that the data folder can be written. A store that
cannot be opened (wrong passphrase, damaged, newer) is reported and never changed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from ipsdesk.commands.common import (
    EXIT_STORE,
    EXIT_USAGE,
    CommandError,
    explain,
    read_passphrase,
    run,
)
from ipsdesk.core.paths import DataPaths, data_paths
from ipsdesk.core.storage.backup import (
    BackupInvalid,
    RestoreFailed,
    make_backup,
    restore,
    thin_backups,
)
from ipsdesk.core.storage.check import check_store
from ipsdesk.core.storage.keys import (
    KeyEnvelope,
    KeyFileMissing,
    WrongSecret,
    check_passphrase_strength,
)
from ipsdesk.core.storage.lock import (
    DiskFull,
    FolderReadOnly,
    StoreLock,
    StoreLocked,
    acquire_lock,
    check_data_folder,
)
from ipsdesk.core.storage.store import (
    MigrationFailed,
    Store,
    StoreDamaged,
    StoreError,
    StoreNotFound,
    StoreTooNew,
    WrongPassphrase,
)

# migrate's errors are not StoreError subclasses (store.py re-exports them).
OPEN_ERRORS = (StoreError, StoreTooNew, MigrationFailed)

EXIT_CHECK_FAILED = 4

MESSAGES = {
    StoreLocked: "another ipsdesk (the app or a command) is using this store; close it first",
    DiskFull: "the disk is full; nothing was written and the store is intact",
    FolderReadOnly: "the data folder cannot be written (read-only or no permission); "
    "nothing was changed",
}


def _fail(exc: Exception, paths: DataPaths) -> CommandError:
    for kind, text in MESSAGES.items():
        if isinstance(exc, kind):
            return CommandError(text, EXIT_STORE)
    return CommandError(explain(exc, paths), EXIT_STORE)  # type: ignore[arg-type]


def _prepare(args: argparse.Namespace) -> tuple[DataPaths, StoreLock]:
    """Find the store, lock it, and check the folder can be written."""
    paths = data_paths(args.data_dir)
    if not paths.store.exists():
        raise _fail(StoreNotFound(str(paths.store)), paths)
    try:
        lock = acquire_lock(paths)
    except StoreError as exc:
        raise _fail(exc, paths) from exc
    try:
        check_data_folder(paths)
    except StoreError as exc:
        lock.release()
        raise _fail(exc, paths) from exc
    return paths, lock


def _data_key(args: argparse.Namespace, paths: DataPaths) -> bytes:
    try:
        envelope = KeyEnvelope.load(paths.keys)
    except (KeyFileMissing, ValueError) as exc:
        raise _fail(StoreDamaged(f"key file unusable: {exc}"), paths) from exc
    try:
        return envelope.unlock(read_passphrase(args))
    except WrongSecret as exc:
        raise _fail(WrongPassphrase(), paths) from exc


@run
def cmd_backup(args: argparse.Namespace) -> int:
    paths, lock = _prepare(args)
    with lock:
        try:
            store = Store.open(paths, read_passphrase(args))
        except OPEN_ERRORS as exc:
            raise _fail(exc, paths) from exc
        try:
            out = Path(args.out) if args.out else None
            if out is not None and out.exists():
                raise CommandError(f"{out} exists; not overwritten", EXIT_USAGE)
            made = make_backup(store, reason="manual", out=out)
        except StoreError as exc:
            raise _fail(exc, paths) from exc
        finally:
            store.close()
        if out is None:
            thin_backups(paths)
    print(f"Backup written: {made}")
    return 0


@run
def cmd_restore(args: argparse.Namespace) -> int:
    backup = Path(args.file)
    if not backup.is_file():
        raise CommandError(f"no such backup file: {backup}", EXIT_USAGE)
    paths, lock = _prepare(args)
    with lock:
        key = _data_key(args, paths)
        try:
            result = restore(paths, backup, key)
        except BackupInvalid as exc:
            raise CommandError(
                f"this backup cannot be restored ({exc}); nothing was changed", EXIT_STORE
            ) from exc
        except RestoreFailed as exc:
            raise CommandError(
                f"restoring failed ({exc}); the store was not replaced", EXIT_STORE
            ) from exc
        except StoreError as exc:
            raise _fail(exc, paths) from exc
    print(f"Restored {backup}.")
    if result.safety_backup:
        print(f"The store as it was is kept as {result.safety_backup}.")
    return 0


@run
def cmd_check(args: argparse.Namespace) -> int:
    paths = data_paths(args.data_dir)
    if not paths.store.exists():
        raise _fail(StoreNotFound(str(paths.store)), paths)
    try:
        lock = acquire_lock(paths)
    except StoreError as exc:
        raise _fail(exc, paths) from exc
    with lock:
        key = _data_key(args, paths)
        report = check_store(paths.store, key)
    for fact in report.facts:
        print(fact.text())
    if report.problems:
        for problem in report.problems:
            print(f"PROBLEM {problem.text()}")
        print(
            "The store is damaged and was not changed. Restore the newest good backup "
            "with 'ipsdesk restore FILE' (backups are in " + str(paths.backups) + ")."
        )
        return EXIT_CHECK_FAILED
    print("The store is healthy.")
    return 0


def _new_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_file:
        try:
            text = Path(args.new_passphrase_file).read_text(encoding="utf-8")
        except OSError as exc:
            msg = f"cannot read new passphrase file: {exc.strerror}"
            raise CommandError(msg, EXIT_USAGE) from exc
        return text.splitlines()[0] if text else ""
    if not sys.stdin.isatty():
        raise CommandError("no new passphrase: use --new-passphrase-file FILE", EXIT_USAGE)
    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("New passphrase again: ") != first:
        raise CommandError("the two new passphrases differ; nothing was changed", EXIT_USAGE)
    return first


@run
def cmd_passwd(args: argparse.Namespace) -> int:
    paths, lock = _prepare(args)
    with lock:
        try:
            envelope = KeyEnvelope.load(paths.keys)
        except (KeyFileMissing, ValueError) as exc:
            raise _fail(StoreDamaged(f"key file unusable: {exc}"), paths) from exc
        try:
            key = envelope.unlock(read_passphrase(args, "Current passphrase: "))
        except WrongSecret as exc:
            raise _fail(WrongPassphrase(), paths) from exc
        new = _new_passphrase(args)
        problems = check_passphrase_strength(new)
        if problems:
            raise CommandError(
                "new passphrase too weak: " + ", ".join(problems) + "; nothing was changed",
                EXIT_USAGE,
            )
        envelope.change_passphrase(key, new)
        try:
            envelope.save(paths.keys)
        except OSError as exc:
            raise CommandError(f"could not save the key file ({exc.strerror})", EXIT_STORE) from exc
    print("Passphrase changed. The recovery key still works.")
    return 0
