"""Store subcommands: ``init`` (create an encrypted store without the GUI)."""

from __future__ import annotations

import argparse

from ipsdesk.commands.common import paths_of, read_passphrase, run, say
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP

NEW_PROMPT = QT_TRANSLATE_NOOP("Commands", "New passphrase: ")
CREATED = QT_TRANSLATE_NOOP("Commands", "Store created in %1.")
RECOVERY_WRITTEN = QT_TRANSLATE_NOOP("Commands", "Recovery key written to %1.")
RECOVERY_SHOWN = QT_TRANSLATE_NOOP(
    "Commands", "Recovery key (keep it in a safe place, it also unlocks the store): %1"
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="create a new encrypted store (refuses an existing one)")
    p.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="read the new passphrase from FILE",
    )
    p.add_argument("--name", default="", help="the specialist's name")
    p.add_argument("--team", default="", help="the team")
    p.add_argument(
        "--recovery-out",
        metavar="FILE",
        help="write the recovery key to FILE instead of printing it",
    )
    p.set_defaults(func=cmd_init)


@run
def cmd_init(args: argparse.Namespace) -> int:
    from ipsdesk.core.storage.lifecycle import check_folder, check_new_passphrase
    from ipsdesk.core.storage.store import Store, StoreExists

    paths = paths_of(args)
    check_folder(paths)
    if paths.store_exists():
        raise StoreExists(paths.root)
    passphrase = read_passphrase(args, NEW_PROMPT)
    check_new_passphrase(passphrase)
    store, recovery = Store.create(paths, passphrase, name=args.name or "?", team=args.team)
    store.close()
    say(args, CREATED, paths.root)
    if args.recovery_out:
        from pathlib import Path

        from ipsdesk.core.storage.fsutil import atomic_write_bytes

        atomic_write_bytes(Path(args.recovery_out), (recovery + "\n").encode())
        say(args, RECOVERY_WRITTEN, args.recovery_out)
    else:
        say(args, RECOVERY_SHOWN, recovery)
    return 0
