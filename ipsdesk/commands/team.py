"""Team subcommands: ``team create|invite|join|export|import|employers|rekey|status``.

The parsers only are built here (no SQLAlchemy import); the work runs in the
functions below, which import the core modules when called. Messages of refused files
come from :mod:`ipsdesk.core.team.errors` (the same words as in the app, in the user's
language).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ipsdesk.commands.common import CommandError, catalog, run, store_session
from ipsdesk.core.errors import ExitCode
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP

CANNOT_WRITE = QT_TRANSLATE_NOOP("Commands", "Cannot write %1 (%2).")
CODE_FILE = QT_TRANSLATE_NOOP("Commands", "The invitation code file %1 cannot be read (%2).")
NO_CODE = QT_TRANSLATE_NOOP(
    "Commands", "No invitation code: use --code-file FILE or run in a terminal."
)


def _passphrase_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,  # keep a global --passphrase-file given before "team"
        help="read the passphrase from FILE",
    )


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("team", help="the team: team files, invitations, team employer register")
    team = p.add_subparsers(dest="team_command", metavar="ACTION", required=True)

    c = team.add_parser("create", help="create a team led from this store")
    c.add_argument("name", metavar="TEAM_NAME")
    c.add_argument("--leader-name", default="", help="the leader's name (default: the store's)")
    c.set_defaults(func=cmd_create)

    i = team.add_parser("invite", help="write an invitation file for a member; prints its code")
    i.add_argument("name", metavar="MEMBER_NAME")
    i.add_argument("--out", required=True, metavar="FILE", help="the invitation file to write")
    i.add_argument("--member", metavar="ID", help="a new invitation for this member (after rekey)")
    i.set_defaults(func=cmd_invite)

    j = team.add_parser("join", help="join a team with an invitation file and its code")
    j.add_argument("file", metavar="FILE")
    j.add_argument("--code-file", metavar="FILE", help="read the invitation code from FILE")
    j.set_defaults(func=cmd_join)

    e = team.add_parser("export", help="write this specialist's team file for the team leader")
    e.add_argument("--out", required=True, metavar="FILE")
    e.set_defaults(func=cmd_export)

    im = team.add_parser("import", help="import members' team files (team leader)")
    im.add_argument("files", nargs="+", metavar="FILE")
    im.set_defaults(func=cmd_import)

    em = team.add_parser("employers", help="the team employer register file")
    em_sub = em.add_subparsers(dest="employers_command", metavar="ACTION", required=True)
    ee = em_sub.add_parser("export", help="write the team employer file (team leader)")
    ee.add_argument("--out", required=True, metavar="FILE")
    ee.set_defaults(func=cmd_employers_export)
    ei = em_sub.add_parser("import", help="import the team employer file (member)")
    ei.add_argument("file", metavar="FILE")
    ei.set_defaults(func=cmd_employers_import)

    r = team.add_parser("rekey", help="new team keys (a member left); remaining members rejoin")
    r.add_argument("--remove", nargs="*", default=[], metavar="ID", help="member ids to remove")
    r.set_defaults(func=cmd_rekey)

    s = team.add_parser("status", help="this store's team, members and their files")
    s.set_defaults(func=cmd_status)
    for q in (c, i, j, e, im, ee, ei, r, s):
        _passphrase_option(q)


def _out_path(text: str) -> Path:
    out = Path(text).expanduser().absolute()
    if out.is_dir() or not out.parent.is_dir():
        raise CommandError(CANNOT_WRITE, out, "no such folder", code=ExitCode.OUTPUT)
    return out


def _when(at) -> str:  # type: ignore[no-untyped-def]
    from ipsdesk.core.dates import local_time

    return local_time(at) if at is not None else "never"


@run
def cmd_create(args: argparse.Namespace) -> int:
    from ipsdesk.core.team import membership

    with store_session(args) as session:
        team = membership.create_team(session, args.name, leader_name=args.leader_name)
    print(f"Team {team.team_name!r} created (team id {team.team_id}); you lead it.")
    return 0


@run
def cmd_invite(args: argparse.Namespace) -> int:
    from ipsdesk.core.storage.fsutil import atomic_write_bytes
    from ipsdesk.core.team import membership

    out = _out_path(args.out)
    with store_session(args) as session:
        inv = membership.invite(session, args.name, member_id=args.member)
        atomic_write_bytes(out, inv.data)
    print(f"Invitation for {inv.name} (member id {inv.member_id}) written to {out}")
    print(f"Invitation code (give it separately, not with the file): {inv.code}")
    return 0


@run
def cmd_join(args: argparse.Namespace) -> int:
    import getpass

    from ipsdesk.core.team import envelope, membership

    data = envelope.read_file(Path(args.file))
    envelope.load(data, envelope.KIND_INVITATION)
    if args.code_file:
        try:
            code = Path(args.code_file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise CommandError(CODE_FILE, args.code_file, exc.strerror or exc) from exc
    elif sys.stdin.isatty():
        code = getpass.getpass("Invitation code: ")
    else:
        raise CommandError(NO_CODE)
    with store_session(args) as session:
        team = membership.join(session, data, code)
    print(f"Joined the team {team.team_name!r} as {team.member_name}.")
    return 0


@run
def cmd_export(args: argparse.Namespace) -> int:
    from ipsdesk.core.team import teamfile

    out = _out_path(args.out)
    with store_session(args) as session:
        result = teamfile.export_team_file(session, out)
    print(f"Team file written to {out} ({result.clients} clients, {result.bytes} bytes).")
    return 0


@run
def cmd_import(args: argparse.Namespace) -> int:
    from ipsdesk.core.team import importer

    with store_session(args) as session:
        results = importer.import_files(session, [Path(f) for f in args.files])
        own = importer.refresh_own(session)
    refused = 0
    for r in sorted(results, key=lambda r: str(r.path)):
        if r.status == importer.IMPORTED:
            print(f"{r.path}: imported {r.member} ({r.clients} clients)")
        elif r.status == importer.UNCHANGED:
            print(f"{r.path}: already imported ({r.member}); nothing changed")
        else:
            refused += 1
            assert r.error is not None
            print(f"{r.path}: {r.error.text(catalog(args).tr)}", file=sys.stderr)
    if own:
        print(f"Your own caseload is included ({own} clients).")
    return int(ExitCode.REFUSED) if refused else 0


@run
def cmd_employers_export(args: argparse.Namespace) -> int:
    from ipsdesk.core.team import employer_register

    out = _out_path(args.out)
    with store_session(args) as session:
        n = employer_register.export_register(session, out)
    print(f"Team employer file written to {out} ({n} employers).")
    return 0


@run
def cmd_employers_import(args: argparse.Namespace) -> int:
    from ipsdesk.core.team import employer_register, envelope

    with store_session(args) as session:
        n = employer_register.import_register(session, envelope.read_file(Path(args.file)))
    print(f"Team employer register imported ({n} employers).")
    return 0


@run
def cmd_rekey(args: argparse.Namespace) -> int:
    from ipsdesk.core.team import membership

    with store_session(args) as session:
        generation = membership.rekey(session, list(args.remove))
        remaining = [r for r in membership.roster(session) if not r.removed]
    print(f"New team keys: generation {generation}. Give each member a new invitation:")
    for r in remaining:
        print(f"  ipsdesk team invite {r.name!r} --member {r.member_id} --out FILE")
    return 0


@run
def cmd_status(args: argparse.Namespace) -> int:
    from sqlmodel import select

    from ipsdesk.core.team import membership
    from ipsdesk.core.team.tables import TeamMember

    with store_session(args) as session:
        team = membership.info(session)
        if team is None:
            print("Not in a team.")
            return 0
        print(f"Team: {team.team_name} (id {team.team_id}), key generation {team.generation}")
        if team.role == membership.MEMBER:
            print(f"Member: {team.member_name} (id {team.member_id})")
            print(f"Team file last sent: {_when(team.last_export_at)}")
            return 0
        print(f"You lead the team as {team.member_name}.")
        files = {m.member_id: m for m in session.exec(select(TeamMember))}
        for r in membership.roster(session):
            f = files.get(r.member_id)
            state = (
                "removed"
                if r.removed
                else ("needs a new invitation" if r.generation < team.generation else "member")
            )
            sent = f"file exported {_when(f.exported_at)}" if f else "no file yet"
            print(f"  {r.name} (id {r.member_id}): {state}; {sent}")
    return 0
