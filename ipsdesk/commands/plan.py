"""Action-plan subcommands: ``plan export CLIENT --out FILE [--lang] [--version N]``.

CLIENT is the client's code (``A-0007``) or numeric id, as shown in the app. The export
goes through :func:`ipsdesk.core.services.plans.export_plan`, so it is written to the
client's access log like an export from the app.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ipsdesk.commands.common import CommandError, run, say, store_session
from ipsdesk.core.errors import ExitCode
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP

IS_FOLDER = QT_TRANSLATE_NOOP("Commands", "%1 is a folder; give a file name.")
NO_FOLDER = QT_TRANSLATE_NOOP("Commands", "Cannot write %1: the folder %2 does not exist.")
NO_PERMISSION = QT_TRANSLATE_NOOP("Commands", "Cannot write %1: permission denied.")
CANNOT_WRITE = QT_TRANSLATE_NOOP("Commands", "Cannot write %1 (%2).")
BAD_VERSION = QT_TRANSLATE_NOOP("Commands", "--version must be 1 or more.")
NO_CLIENT = QT_TRANSLATE_NOOP("Commands", "There is no client %1.")
NO_PLAN_VERSION = QT_TRANSLATE_NOOP("Commands", "Client %1 has no action plan version %2.")
NO_PLAN = QT_TRANSLATE_NOOP("Commands", "Client %1 has no action plan yet.")
WRITTEN = QT_TRANSLATE_NOOP("Commands", "Action plan v%1 written to %2")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("plan", help="action plans (toimintasuunnitelma)")
    plan_sub = p.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    e = plan_sub.add_parser("export", help="write a client's action plan as PDF")
    e.add_argument("client", metavar="CLIENT", help="client code (A-0001) or id")
    e.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    e.add_argument(
        "--lang",
        dest="doc_lang",  # the global --lang is the language of the messages
        choices=("fi", "sv", "en"),
        help="language of the document (default: the client's document language)",
    )
    e.add_argument("--version", type=int, metavar="N", help="plan version (default: latest)")
    e.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,  # keep a global --passphrase-file given before "plan"
        help="read the passphrase from FILE",
    )
    e.set_defaults(func=cmd_export)


def _check_output(out: Path) -> None:
    """Refuse an unwritable output before asking for the passphrase."""
    folder = out.parent
    if out.is_dir():
        raise CommandError(IS_FOLDER, out, code=ExitCode.OUTPUT)
    if not folder.is_dir():
        raise CommandError(NO_FOLDER, out, folder, code=ExitCode.OUTPUT)
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise CommandError(NO_PERMISSION, out, code=ExitCode.OUTPUT)


@run
def cmd_export(args: argparse.Namespace) -> int:
    from ipsdesk.core.services import clients, plans
    from ipsdesk.core.services.records import NotFound

    if args.version is not None and args.version < 1:
        raise CommandError(BAD_VERSION)
    out = Path(args.out).expanduser().absolute()
    _check_output(out)
    with store_session(args) as session:
        try:
            client_id = clients.find_client(session, args.client)
        except NotFound as exc:
            raise CommandError(NO_CLIENT, args.client, code=ExitCode.NOT_FOUND) from exc
        try:
            plans.export_plan(session, client_id, args.version, args.doc_lang, out, "export")
        except plans.NoPlan as exc:
            if args.version:
                raise CommandError(
                    NO_PLAN_VERSION, args.client, args.version, code=ExitCode.NOT_FOUND
                ) from exc
            raise CommandError(NO_PLAN, args.client, code=ExitCode.NOT_FOUND) from exc
        except OSError as exc:
            raise CommandError(
                CANNOT_WRITE, out, exc.strerror or type(exc).__name__, code=ExitCode.OUTPUT
            ) from exc
        version = plans.get_version(session, client_id, args.version, log=False).version
    say(args, WRITTEN, version, out)
    return 0
