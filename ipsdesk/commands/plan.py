"""Action-plan subcommands: ``plan export CLIENT --out FILE [--lang] [--version N]``.

CLIENT is the client's code (``A-0007``) or numeric id, as shown in the app. The export
goes through :func:`ipsdesk.core.services.plans.export_plan`, so it is written to the
client's access log like an export from the app.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ipsdesk.commands.common import EXIT_USAGE, CommandError, open_store, run

EXIT_NOT_FOUND = 4  # no such client, or no plan (version) yet
EXIT_OUTPUT = 5  # the output file cannot be written


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("plan", help="action plans (toimintasuunnitelma)")
    plan_sub = p.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    e = plan_sub.add_parser("export", help="write a client's action plan as PDF")
    e.add_argument("client", metavar="CLIENT", help="client code (A-0001) or id")
    e.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    e.add_argument(
        "--lang",
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
        raise CommandError(f"{out} is a folder; give a file name", EXIT_OUTPUT)
    if not folder.is_dir():
        raise CommandError(f"cannot write {out}: folder {folder} does not exist", EXIT_OUTPUT)
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise CommandError(f"cannot write {out}: permission denied", EXIT_OUTPUT)


@run
def cmd_export(args: argparse.Namespace) -> int:
    from ipsdesk.core.services import clients, plans
    from ipsdesk.core.services.records import NotFound

    if args.version is not None and args.version < 1:
        raise CommandError("--version must be 1 or more", EXIT_USAGE)
    out = Path(args.out).expanduser().absolute()
    _check_output(out)
    store = open_store(args)
    try:
        with store.session() as session:
            try:
                client_id = clients.find_client(session, args.client)
            except NotFound as exc:
                raise CommandError(f"no client {args.client!r}", EXIT_NOT_FOUND) from exc
            try:
                plans.export_plan(session, client_id, args.version, args.lang, out, "export")
            except plans.NoPlan as exc:
                message = (
                    f"client {args.client} has no action plan version {args.version}"
                    if args.version
                    else f"client {args.client} has no action plan yet"
                )
                raise CommandError(message, EXIT_NOT_FOUND) from exc
            except OSError as exc:
                raise CommandError(
                    f"cannot write {out}: {exc.strerror or exc}", EXIT_OUTPUT
                ) from exc
            version = plans.get_version(session, client_id, args.version, log=False).version
    finally:
        store.close()
    print(f"Action plan v{version} written to {out}")
    return 0
