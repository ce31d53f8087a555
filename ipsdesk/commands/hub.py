"""Team hub subcommands (issue 15): ``hub setup|test|send|status`` for a specialist's
store, ``hub init-schema|add-account`` for the county's IT.

Only parsers here (no SQLAlchemy import); the work is in the functions, which import
the core when they run. The network is touched only by the commands that talk to a hub.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ipsdesk.commands.common import CommandError, run, say, store_session, tr
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP

CANNOT_READ = QT_TRANSLATE_NOOP("Commands", "The file %1 cannot be read (%2).")
NO_PASSWORD = QT_TRANSLATE_NOOP(
    "Commands", "No password: use --password-file FILE or run in a terminal."
)
BAD_ACCOUNT = QT_TRANSLATE_NOOP("Commands", "The account cannot be made: %1")
# The success lines (said in the user's language).
SET_UP = QT_TRANSLATE_NOOP(
    "Commands", "Team hub set: %1 (the password is kept in the encrypted store)."
)
CONNECTED_MEMBER = QT_TRANSLATE_NOOP(
    "Commands", "Connected to %1: PostgreSQL %2, hub schema %3, this account is member %4."
)
CONNECTED_READER = QT_TRANSLATE_NOOP(
    "Commands",
    "Connected to %1: PostgreSQL %2, hub schema %3, this account is a reader (no member id).",
)
SENT = QT_TRANSLATE_NOOP(
    "Commands", "Sent to the team hub at %1: %2 rows added, %3 removed, %4 in all."
)
NO_HUB = QT_TRANSLATE_NOOP(
    "Commands", "No team hub is set up (ipsdesk hub setup, or Tools → Team hub)."
)
HUB_WHERE = QT_TRANSLATE_NOOP("Commands", "Team hub: %1")
LAST_SENT = QT_TRANSLATE_NOOP("Commands", "Last sent: %1 (%2 rows on the hub)")
NEVER_SENT = QT_TRANSLATE_NOOP("Commands", "Last sent: never")
SCHEMA_DONE = QT_TRANSLATE_NOOP("Commands", "Hub schema: %1 -> %2; roles and policies applied.")
SCHEMA_EMPTY = QT_TRANSLATE_NOOP("Commands", "empty")
ACCOUNT_MADE = QT_TRANSLATE_NOOP("Commands", "Account %1 (%2) created.")


def _passphrase_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase-file", metavar="FILE", default=argparse.SUPPRESS,
        help="read the store's passphrase from FILE",
    )  # fmt: skip


def _server_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--server", required=required, help="the hub's host name")
    p.add_argument("--port", type=int, default=5432)
    p.add_argument("--database", default="ipsdesk", required=False)
    p.add_argument("--user", required=required, help="the PostgreSQL role to connect as")
    p.add_argument(
        "--password-file", metavar="FILE",
        help="read the password from FILE (default: $PGPASSWORD, else ask)",
    )  # fmt: skip
    p.add_argument(
        "--sslmode", default="verify-full",
        choices=["verify-full", "verify-ca", "require", "prefer", "disable"],
        help="TLS: verify-full (default) checks the certificate and the host name",
    )  # fmt: skip
    p.add_argument("--sslrootcert", default="", metavar="FILE", help="the CA certificate file")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("hub", help="the team hub (PostgreSQL): set up, send, status")
    hub = p.add_subparsers(dest="hub_command", metavar="ACTION", required=True)

    s = hub.add_parser("setup", help="store this specialist's hub settings (password encrypted)")
    _server_options(s, required=True)
    _passphrase_option(s)
    s.set_defaults(func=cmd_setup)

    t = hub.add_parser("test", help="test the connection with the stored settings")
    _passphrase_option(t)
    t.set_defaults(func=cmd_test)

    se = hub.add_parser("send", help="send this store's team data to the hub")
    _passphrase_option(se)
    se.set_defaults(func=cmd_send)

    st = hub.add_parser("status", help="the hub settings and what was sent last")
    _passphrase_option(st)
    st.set_defaults(func=cmd_status)

    i = hub.add_parser("init-schema", help="(county IT) create or migrate the hub's schema")
    _server_options(i, required=True)
    i.set_defaults(func=cmd_init_schema)

    a = hub.add_parser("add-account", help="(county IT) a login role for one person")
    _server_options(a, required=True)
    a.add_argument("role", metavar="ROLE", help="the new person's PostgreSQL role name")
    a.add_argument("--kind", required=True, choices=["specialist", "leader", "coordinator"])
    a.add_argument("--member-id", help="the specialist's member id (ipsdesk team status)")
    a.add_argument("--team-id", help="the team id")
    a.add_argument("--new-password-file", required=True, metavar="FILE",
                   help="the new role's password")  # fmt: skip
    a.set_defaults(func=cmd_add_account)


def _read_secret(path: str | None, prompt: str) -> str:
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise CommandError(CANNOT_READ, path, exc.strerror or exc) from exc
    if os.environ.get("PGPASSWORD"):
        return os.environ["PGPASSWORD"]
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    raise CommandError(NO_PASSWORD)


def _config(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from ipsdesk.core.hub.config import HubConfig

    return HubConfig(
        server=args.server, port=args.port, database=args.database, user=args.user,
        password=_read_secret(args.password_file, "Hub password: "), sslmode=args.sslmode,
        sslrootcert=args.sslrootcert,
    )  # fmt: skip


@run
def cmd_setup(args: argparse.Namespace) -> int:
    from ipsdesk.core.hub import config

    cfg = _config(args)
    with store_session(args) as session:
        config.save(session, cfg)
        session.commit()
    say(args, SET_UP, cfg.describe())
    return 0


@run
def cmd_test(args: argparse.Namespace) -> int:
    from ipsdesk.core.hub import config, service

    with store_session(args) as session:
        cfg = config.load(session)
    report = service.check(cfg)  # a HubError says what failed (the runner prints it)
    where = (report.where, report.server_version, report.schema)
    if report.member_id:
        say(args, CONNECTED_MEMBER, *where, report.member_id)
    else:
        say(args, CONNECTED_READER, *where)
    return 0


@run
def cmd_send(args: argparse.Namespace) -> int:
    from ipsdesk.core.dates import local_time
    from ipsdesk.core.hub import service

    with store_session(args) as session:
        result = service.send_store(session)
    say(args, SENT, local_time(result.sent_at), result.added, result.removed, result.total)
    return 0


@run
def cmd_status(args: argparse.Namespace) -> int:
    from datetime import datetime

    from ipsdesk.core.dates import local_time
    from ipsdesk.core.hub import service

    with store_session(args) as session:
        st = service.status(session)
    if not st.configured:
        say(args, NO_HUB)
        return 0
    say(args, HUB_WHERE, st.where)
    if st.last_sent_at:
        when = local_time(datetime.fromisoformat(st.last_sent_at))
        say(args, LAST_SENT, when, st.last_sent_rows)
    else:
        say(args, NEVER_SENT)
    return 0


@run
def cmd_init_schema(args: argparse.Namespace) -> int:
    from ipsdesk.core.hub import admin, config
    from ipsdesk.core.hub.errors import HubError
    from ipsdesk.core.hub.migrate import HubSchemaTooNew

    cfg = _config(args)
    with config.connected(cfg) as eng:
        try:
            result = admin.init_schema(eng)
        except HubSchemaTooNew as exc:
            raise HubError("schema_new", exc.revision) from exc
    say(args, SCHEMA_DONE, result.before or tr(args, SCHEMA_EMPTY), result.after)
    return 0


@run
def cmd_add_account(args: argparse.Namespace) -> int:
    from ipsdesk.core.hub import admin, config

    cfg = _config(args)
    new_password = _read_secret(args.new_password_file, "")
    with config.connected(cfg) as eng, eng.begin() as conn:
        try:
            admin.add_account(conn, args.role, args.kind, password=new_password,
                              member_id=args.member_id, team_id=args.team_id)  # fmt: skip
        except ValueError as exc:
            raise CommandError(BAD_ACCOUNT, exc) from exc
    say(args, ACCOUNT_MADE, args.role, args.kind)
    return 0
