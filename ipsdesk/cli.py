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
from ipsdesk.core.errors import ExitCode

COMMAND_MODULES = (
    "ipsdesk.commands.store",
    "ipsdesk.commands.safety",
    "ipsdesk.commands.report",
    "ipsdesk.commands.plan",
)


def exit_code_table() -> str:
    """The exit codes, one a line (``--help`` shows it; README's table must equal it)."""
    return "\n".join(f"  {int(code)}  {code.meaning.text}" for code in ExitCode)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ipsdesk",
        description="Offline workbench for IPS employment specialists.",
        epilog="exit codes:\n" + exit_code_table(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
        help="exit as soon as the main window is ready (start-up timing, smoke tests); "
        "non-zero when the store cannot be opened",
    )
    parser.add_argument(
        "--lang",
        choices=("fi", "sv", "en"),
        help="language of the app and of the commands' messages (default: the store's "
        "setting, else the system's)",
    )
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
