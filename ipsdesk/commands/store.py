"""Store subcommands: ``init`` (create an encrypted store without the GUI)."""

from __future__ import annotations

import argparse

from ipsdesk.commands.common import EXIT_STORE, EXIT_USAGE, CommandError, read_passphrase, run
from ipsdesk.core.paths import data_paths


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
    from ipsdesk.core.storage.keys import check_passphrase_strength
    from ipsdesk.core.storage.store import Store, StoreExists

    paths = data_paths(args.data_dir)
    if paths.store_exists():
        raise CommandError(
            f"a store already exists in {paths.root}; it was not touched", EXIT_STORE
        )
    passphrase = read_passphrase(args, "New passphrase: ")
    problems = check_passphrase_strength(passphrase)
    if problems:
        raise CommandError(
            "passphrase too weak: " + ", ".join(problems) + " (at least 8 characters)", EXIT_USAGE
        )
    try:
        store, recovery = Store.create(paths, passphrase, name=args.name or "?", team=args.team)
    except StoreExists as exc:
        raise CommandError(
            f"a store already exists in {paths.root}; it was not touched", EXIT_STORE
        ) from exc
    store.close()
    if args.recovery_out:
        from pathlib import Path

        from ipsdesk.core.storage.fsutil import atomic_write_bytes

        atomic_write_bytes(Path(args.recovery_out), (recovery + "\n").encode())
        print(f"Store created in {paths.root}. Recovery key written to {args.recovery_out}.")
    else:
        print(f"Store created in {paths.root}.")
        print(f"Recovery key (keep it in a safe place, it also unlocks the store): {recovery}")
    return 0
