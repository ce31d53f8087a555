"""Data-safety subcommands: ``backup``, ``restore``, ``check``, ``passwd``.

Only the argument parsers live here, so building the ``ipsdesk`` parser stays light;
the work is in :mod:`ipsdesk.commands.safety_run`, imported when a command runs.
"""

from __future__ import annotations

import argparse

from ipsdesk.commands.common import lazy

RUN = "ipsdesk.commands.safety_run"


def _passphrase_option(p: argparse.ArgumentParser) -> None:
    # SUPPRESS: a value given before the subcommand (global option) is not overwritten.
    p.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="read the passphrase (or recovery key) from FILE instead of asking",
    )


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", help="make an encrypted backup of the store now")
    p.add_argument("--out", metavar="FILE", help="write the backup to FILE (and FILE.keys)")
    _passphrase_option(p)
    p.set_defaults(func=lazy(RUN, "cmd_backup"))

    p = sub.add_parser("restore", help="replace the store by a backup (the current one is kept)")
    p.add_argument("file", metavar="FILE", help="the backup file (.ipsdb)")
    _passphrase_option(p)
    p.set_defaults(func=lazy(RUN, "cmd_restore"))

    p = sub.add_parser("check", help="full integrity and foreign-key check of the store")
    _passphrase_option(p)
    p.set_defaults(func=lazy(RUN, "cmd_check"))

    p = sub.add_parser("passwd", help="change the store's passphrase")
    _passphrase_option(p)
    p.add_argument(
        "--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE"
    )
    p.set_defaults(func=lazy(RUN, "cmd_passwd"))
