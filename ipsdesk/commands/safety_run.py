"""Data-safety subcommands: ``backup``, ``restore``, ``check``, ``passwd``.

Each takes the single-instance lock first (a running app, or another command, on the
same store is refused) and checks that the data folder can be written. A store that
cannot be opened (wrong passphrase, damaged, newer) is reported with its own message
and advice (``core/storage/errors``) and never changed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from ipsdesk.commands.common import (
    CommandError,
    paths_of,
    read_passphrase,
    run,
    say,
    tr,
)
from ipsdesk.core.errors import ExitCode
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage import lifecycle
from ipsdesk.core.storage.backup import make_backup, restore, thin_backups
from ipsdesk.core.storage.check import check_store
from ipsdesk.core.storage.lock import StoreLock, acquire_lock, check_data_folder
from ipsdesk.core.storage.store import StoreNotFound

BACKUP_WRITTEN = QT_TRANSLATE_NOOP("Commands", "Backup written: %1")
OUT_EXISTS = QT_TRANSLATE_NOOP("Commands", "%1 exists; it was not overwritten.")
NO_BACKUP_FILE = QT_TRANSLATE_NOOP("Commands", "There is no backup file %1.")
RESTORED = QT_TRANSLATE_NOOP("Commands", "Restored %1.")
KEPT_AS = QT_TRANSLATE_NOOP("Commands", "The store as it was is kept as %1.")
PROBLEM = QT_TRANSLATE_NOOP("Commands", "PROBLEM %1")
HEALTHY = QT_TRANSLATE_NOOP("Commands", "The store is healthy.")
NEW_PROMPT = QT_TRANSLATE_NOOP("Commands", "New passphrase: ")
NEW_AGAIN = QT_TRANSLATE_NOOP("Commands", "New passphrase again: ")
CURRENT_PROMPT = QT_TRANSLATE_NOOP("Commands", "Current passphrase: ")
NO_NEW = QT_TRANSLATE_NOOP(
    "Commands", "No new passphrase: use --new-passphrase-file FILE or run in a terminal."
)
DIFFER = QT_TRANSLATE_NOOP("Commands", "The two new passphrases differ; nothing was changed.")
CHANGED = QT_TRANSLATE_NOOP("Commands", "Passphrase changed. The recovery key still works.")


def _prepare(args: argparse.Namespace) -> tuple[DataPaths, StoreLock]:
    """Find the store, lock it, and check the folder can be written."""
    paths = paths_of(args)
    lifecycle.check_folder(paths)
    if not paths.store.exists():
        raise StoreNotFound(paths.root)
    lock = acquire_lock(paths)
    try:
        check_data_folder(paths)
    except BaseException:
        lock.release()
        raise
    return paths, lock


@run
def cmd_backup(args: argparse.Namespace) -> int:
    out = Path(args.out) if args.out else None
    if out is not None and out.exists():
        raise CommandError(OUT_EXISTS, out, code=ExitCode.OUTPUT)
    paths, lock = _prepare(args)
    with lock:
        store = lifecycle.open_store(paths, read_passphrase(args), lock=lock)
        try:
            made = make_backup(store, reason="manual", out=out)
            if out is None:
                thin_backups(paths)
        finally:
            store.close()
    say(args, BACKUP_WRITTEN, made)
    return 0


@run
def cmd_restore(args: argparse.Namespace) -> int:
    backup = Path(args.file)
    if not backup.is_file():
        raise CommandError(NO_BACKUP_FILE, backup, code=ExitCode.NOT_FOUND)
    paths, lock = _prepare(args)
    with lock:
        key = lifecycle.unlock_key(paths, read_passphrase(args))
        result = restore(paths, backup, key)
    say(args, RESTORED, backup)
    if result.safety_backup:
        say(args, KEPT_AS, result.safety_backup)
    return 0


@run
def cmd_check(args: argparse.Namespace) -> int:
    paths = paths_of(args)
    lifecycle.check_folder(paths)
    if not paths.store.exists():
        raise StoreNotFound(paths.root)
    with acquire_lock(paths):
        key = lifecycle.unlock_key(paths, read_passphrase(args))
        report = check_store(paths.store, key)
    for fact in report.facts:
        print(fact.text(lambda m, *v: tr(args, m, *v)))
    for problem in report.problems:
        say(args, PROBLEM, problem.text(lambda m, *v: tr(args, m, *v)))
    verdict = report.verdict
    if verdict is None:
        say(args, HEALTHY)
        return 0
    print(verdict.text(lambda m, *v: tr(args, m, *v)))
    return int(verdict.exit_code)


def _new_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_file:
        return lifecycle.read_secret_file(args.new_passphrase_file)
    if not sys.stdin.isatty():
        raise CommandError(NO_NEW)
    first = getpass.getpass(tr(args, NEW_PROMPT))
    if getpass.getpass(tr(args, NEW_AGAIN)) != first:
        raise CommandError(DIFFER)
    return first


@run
def cmd_passwd(args: argparse.Namespace) -> int:
    paths, lock = _prepare(args)
    with lock:
        current = read_passphrase(args, CURRENT_PROMPT)
        lifecycle.unlock_key(paths, current)  # a wrong one is told before asking the new
        lifecycle.change_passphrase(paths, current, _new_passphrase(args))
    say(args, CHANGED)
    return 0
