"""The ``ipsdesk`` command: the GUI by default, plus subcommands that work without it.

Each feature's subcommands live in ``ipsdesk/commands/<feature>.py`` with a
``register(subparsers)`` function; :data:`COMMAND_MODULES` lists them. Qt is imported
only when the GUI starts, so subcommands start fast and run without a display.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ipsdesk import __version__

COMMAND_MODULES = (
    "ipsdesk.commands.store",
    "ipsdesk.commands.safety",
    "ipsdesk.commands.report",
    "ipsdesk.commands.plan",
    "ipsdesk.commands.fidelity",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ipsdesk",
        description="Offline workbench for IPS employment specialists.",
    )
    parser.add_argument("--version", action="version", version=f"ipsdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder of the store (default: the platform's data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use a throwaway store filled with invented demo data (never your real store)",
    )
    parser.add_argument("--demo-if-new", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="exit 0 as soon as the main window has been shown (start-up timing, smoke tests)",
    )
    parser.add_argument("--lang", choices=("fi", "sv", "en"), help="language of the user interface")
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the store's passphrase from FILE (first line) instead of asking",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command:
        return int(args.func(args) or 0)
    from ipsdesk.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
