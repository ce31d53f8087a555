"""Team subcommands: ``team create|invite|join|export|import|employers|rekey|status``.

The parsers only are built here (no SQLAlchemy import); the work runs in the
functions below, which import the core modules when called. Messages of refused files
come from :mod:`ipsdesk.core.team.errors` (the same words as in the app, in the user's
language).
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from ipsdesk.commands.common import CommandError, catalog, run, say, store_session, tr
from ipsdesk.core.errors import ExitCode
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP

CANNOT_WRITE = QT_TRANSLATE_NOOP("Commands", "Cannot write %1 (%2).")
CODE_FILE = QT_TRANSLATE_NOOP("Commands", "The invitation code file %1 cannot be read (%2).")
NO_CODE = QT_TRANSLATE_NOOP(
    "Commands", "No invitation code: use --code-file FILE or run in a terminal."
)
NO_SUCH_FOLDER = QT_TRANSLATE_NOOP("Commands", "no such folder")
# What the team commands print when they succeed (in the user's language, like errors).
CREATED = QT_TRANSLATE_NOOP("Commands", "Team '%1' created (team id %2); you lead it.")
INVITATION_WRITTEN = QT_TRANSLATE_NOOP("Commands", "Invitation for %1 (member id %2) written to %3")
INVITATION_CODE = QT_TRANSLATE_NOOP(
    "Commands", "Invitation code (give it separately, not with the file): %1"
)
CODE_PROMPT = QT_TRANSLATE_NOOP("Commands", "Invitation code: ")
JOINED = QT_TRANSLATE_NOOP("Commands", "Joined the team '%1' as %2.")
TEAM_FILE_WRITTEN = QT_TRANSLATE_NOOP("Commands", "Team file written to %1 (%2 clients, %3 bytes).")
IMPORTED = QT_TRANSLATE_NOOP("Commands", "%1: imported %2 (%3 clients)")
UNCHANGED = QT_TRANSLATE_NOOP("Commands", "%1: already imported (%2); nothing changed")
OWN_INCLUDED = QT_TRANSLATE_NOOP("Commands", "Your own caseload is included (%1 clients).")
REGISTER_WRITTEN = QT_TRANSLATE_NOOP("Commands", "Team employer file written to %1 (%2 employers).")
REGISTER_IMPORTED = QT_TRANSLATE_NOOP("Commands", "Team employer register imported (%1 employers).")
REKEYED = QT_TRANSLATE_NOOP(
    "Commands", "New team keys: generation %1. Give each member a new invitation:"
)
REINVITE = QT_TRANSLATE_NOOP("Commands", "  ipsdesk team invite %1 --member %2 --out FILE")
NOT_IN_TEAM = QT_TRANSLATE_NOOP("Commands", "Not in a team.")
TEAM_LINE = QT_TRANSLATE_NOOP("Commands", "Team: %1 (id %2), key generation %3")
MEMBER_LINE = QT_TRANSLATE_NOOP("Commands", "Member: %1 (id %2)")
LAST_SENT = QT_TRANSLATE_NOOP("Commands", "Team file last sent: %1")
NEVER = QT_TRANSLATE_NOOP("Commands", "never")
YOU_LEAD = QT_TRANSLATE_NOOP("Commands", "You lead the team as %1.")
ROSTER_LINE = QT_TRANSLATE_NOOP("Commands", "  %1 (id %2): %3; %4")
REMOVED = QT_TRANSLATE_NOOP("Commands", "removed")
NEEDS_INVITATION = QT_TRANSLATE_NOOP("Commands", "needs a new invitation")
MEMBER = QT_TRANSLATE_NOOP("Commands", "member")
FILE_EXPORTED = QT_TRANSLATE_NOOP("Commands", "file exported %1")
NO_FILE = QT_TRANSLATE_NOOP("Commands", "no file yet")


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


def _out_path(args: argparse.Namespace, text: str) -> Path:
    out = Path(text).expanduser().absolute()
    if out.is_dir() or not out.parent.is_dir():
        raise CommandError(CANNOT_WRITE, out, tr(args, NO_SUCH_FOLDER), code=ExitCode.OUTPUT)
    return out


def _when(args: argparse.Namespace, at) -> str:  # type: ignore[no-untyped-def]
    from ipsdesk.core.dates import local_time

    return local_time(at) if at is not None else tr(args, NEVER)


@run
def cmd_create(args: argparse.Namespace) -> int:
    from ipsdesk.core.team import membership

    with store_session(args) as session:
        team = membership.create_team(session, args.name, leader_name=args.leader_name)
    say(args, CREATED, team.team_name, team.team_id)
    return 0


@run
def cmd_invite(args: argparse.Namespace) -> int:
    from ipsdesk.core.storage.fsutil import atomic_write_bytes
    from ipsdesk.core.team import membership

    out = _out_path(args, args.out)
    with store_session(args) as session:
        inv = membership.invite(session, args.name, member_id=args.member)
        atomic_write_bytes(out, inv.data)
    say(args, INVITATION_WRITTEN, inv.name, inv.member_id, out)
    say(args, INVITATION_CODE, inv.code)
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
        code = getpass.getpass(tr(args, CODE_PROMPT))
    else:
        raise CommandError(NO_CODE)
    with store_session(args) as session:
        team = membership.join(session, data, code)
    say(args, JOINED, team.team_name, team.member_name)
    return 0


@run
def cmd_export(args: argparse.Namespace) -> int:
    from ipsdesk.core.team import teamfile

    out = _out_path(args, args.out)
    with store_session(args) as session:
        result = teamfile.export_team_file(session, out)
    say(args, TEAM_FILE_WRITTEN, out, result.clients, result.bytes)
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
            say(args, IMPORTED, r.path, r.member, r.clients)
        elif r.status == importer.UNCHANGED:
            say(args, UNCHANGED, r.path, r.member)
        else:
            refused += 1
            assert r.error is not None
            print(f"{r.path}: {r.error.text(catalog(args).tr)}", file=sys.stderr)
    if own:
        say(args, OWN_INCLUDED, own)
    return int(ExitCode.REFUSED) if refused else 0


@run
def cmd_employers_export(args: argparse.Namespace) -> int:
    from ipsdesk.core.team import employer_register

    out = _out_path(args, args.out)
    with store_session(args) as session:
        n = employer_register.export_register(session, out)
    say(args, REGISTER_WRITTEN, out, n)
    return 0


@run
def cmd_employers_import(args: argparse.Namespace) -> int:
    from ipsdesk.core.team import employer_register, envelope

    with store_session(args) as session:
        n = employer_register.import_register(session, envelope.read_file(Path(args.file)))
    say(args, REGISTER_IMPORTED, n)
    return 0


@run
def cmd_rekey(args: argparse.Namespace) -> int:
    from ipsdesk.core.team import membership

    with store_session(args) as session:
        generation = membership.rekey(session, list(args.remove))
        remaining = [r for r in membership.roster(session) if not r.removed]
    say(args, REKEYED, generation)
    for r in remaining:  # a line to copy into a shell: the name quoted for it
        say(args, REINVITE, shlex.quote(r.name), r.member_id)
    return 0


@run
def cmd_status(args: argparse.Namespace) -> int:
    from sqlmodel import select

    from ipsdesk.core.team import membership
    from ipsdesk.core.team.tables import TeamMember

    with store_session(args) as session:
        team = membership.info(session)
        if team is None:
            say(args, NOT_IN_TEAM)
            return 0
        say(args, TEAM_LINE, team.team_name, team.team_id, team.generation)
        if team.role == membership.MEMBER:
            say(args, MEMBER_LINE, team.member_name, team.member_id)
            say(args, LAST_SENT, _when(args, team.last_export_at))
            return 0
        say(args, YOU_LEAD, team.member_name)
        files = {m.member_id: m for m in session.exec(select(TeamMember))}
        for r in membership.roster(session):
            f = files.get(r.member_id)
            state = (
                REMOVED
                if r.removed
                else (NEEDS_INVITATION if r.generation < team.generation else MEMBER)
            )
            sent = tr(args, FILE_EXPORTED, _when(args, f.exported_at)) if f else tr(args, NO_FILE)
            say(args, ROSTER_LINE, r.name, r.member_id, tr(args, state), sent)
    return 0
