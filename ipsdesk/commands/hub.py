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

from ipsdesk.commands.common import CommandError, run, store_session
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP

CANNOT_READ = QT_TRANSLATE_NOOP("Commands", "The file %1 cannot be read (%2).")
NO_PASSWORD = QT_TRANSLATE_NOOP(
    "Commands", "No password: use --password-file FILE or run in a terminal."
)
BAD_ACCOUNT = QT_TRANSLATE_NOOP("Commands", "The account cannot be made: %1")


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
    print(f"Team hub set: {cfg.describe()} (the password is kept in the encrypted store).")
    return 0


@run
def cmd_test(args: argparse.Namespace) -> int:
    from ipsdesk.core.hub import config, service

    with store_session(args) as session:
        cfg = config.load(session)
    report = service.check(cfg)  # a HubError says what failed (the runner prints it)
    who = f"member {report.member_id}" if report.member_id else "a reader (no member id)"
    print(f"Connected to {report.where}: PostgreSQL {report.server_version}, "
          f"hub schema {report.schema}, this account is {who}.")  # fmt: skip
    return 0


@run
def cmd_send(args: argparse.Namespace) -> int:
    from ipsdesk.core.dates import local_time
    from ipsdesk.core.hub import service

    with store_session(args) as session:
        result = service.send_store(session)
    print(f"Sent to the team hub at {local_time(result.sent_at)}: {result.added} rows added, "
          f"{result.removed} removed, {result.total} in all.")  # fmt: skip
    return 0


@run
def cmd_status(args: argparse.Namespace) -> int:
    from datetime import datetime

    from ipsdesk.core.dates import local_time
    from ipsdesk.core.hub import service

    with store_session(args) as session:
        st = service.status(session)
    if not st.configured:
        print("No team hub is set up (ipsdesk hub setup, or Tools → Team hub).")
        return 0
    print(f"Team hub: {st.where}")
    if st.last_sent_at:
        when = local_time(datetime.fromisoformat(st.last_sent_at))
        print(f"Last sent: {when} ({st.last_sent_rows} rows on the hub)")
    else:
        print("Last sent: never")
    return 0


@run
def cmd_init_schema(args: argparse.Namespace) -> int:
    from ipsdesk.core.hub import admin, config
    from ipsdesk.core.hub.errors import HubError, classify
    from ipsdesk.core.hub.migrate import HubSchemaTooNew

    cfg = _config(args)
    eng = config.engine(cfg)
    try:
        result = admin.init_schema(eng)
    except HubSchemaTooNew as exc:
        raise HubError("schema_new", exc.revision) from exc
    except Exception as exc:
        raise classify(exc, cfg.describe()) from exc
    finally:
        eng.dispose()
    print(f"Hub schema: {result.before or 'empty'} -> {result.after}; roles and policies applied.")
    return 0


@run
def cmd_add_account(args: argparse.Namespace) -> int:
    from ipsdesk.core.hub import admin, config
    from ipsdesk.core.hub.errors import classify

    cfg = _config(args)
    new_password = _read_secret(args.new_password_file, "")
    eng = config.engine(cfg)
    try:
        with eng.begin() as conn:
            admin.add_account(conn, args.role, args.kind, password=new_password,
                              member_id=args.member_id, team_id=args.team_id)  # fmt: skip
    except ValueError as exc:
        raise CommandError(BAD_ACCOUNT, exc) from exc
    except Exception as exc:
        raise classify(exc, cfg.describe()) from exc
    finally:
        eng.dispose()
    print(f"Account {args.role} ({args.kind}) created.")
    return 0
