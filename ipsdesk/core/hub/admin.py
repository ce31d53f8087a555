"""Setting a hub up (the county's IT): schema, roles and policies, accounts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from sqlalchemy import Connection, Engine, insert, text

from ipsdesk.core.hub import migrate, schema

GROUPS = {
    "specialist": "ipsdesk_specialist",
    "leader": "ipsdesk_team_leader",
    "coordinator": "ipsdesk_coordinator",
}


def roles_sql() -> str:
    """The shipped roles-and-policies script (also for county IT to read or run by hand)."""
    return resources.files("ipsdesk.core.hub").joinpath("roles.sql").read_text(encoding="utf-8")


@dataclass(frozen=True)
class InitResult:
    before: str | None
    after: str


def init_schema(engine: Engine) -> InitResult:
    """Migrate the hub to this app's schema, then (re)apply roles and policies."""
    before, after = migrate.upgrade(engine)
    with engine.begin() as conn:
        apply_roles(conn)
    return InitResult(before, after)


def apply_roles(conn: Connection) -> None:
    # Straight to the driver with no parameters: the script's format('%I') is not a
    # placeholder.
    dbapi = conn.connection.driver_connection
    assert dbapi is not None
    dbapi.execute(roles_sql())


def _quote(conn: Connection, ident: str) -> str:
    return str(conn.execute(text("SELECT quote_ident(:i)"), {"i": ident}).scalar())


def scram_verifier(conn: Connection, role: str, password: str) -> str:
    """The role's SCRAM-SHA-256 verifier, computed HERE by libpq (as psql's ``\\password``
    does): only this salted hash goes to the server, so the plain password never reaches
    its logs (``log_statement``, or the statement logged with an error), nor
    ``pg_stat_activity``."""
    dbapi = conn.connection.driver_connection
    assert dbapi is not None
    verifier = dbapi.pgconn.encrypt_password(
        password.encode("utf-8"), role.encode("utf-8"), b"scram-sha-256"
    ).decode("ascii")
    # "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>", base64: nothing to quote
    if not re.fullmatch(
        r"SCRAM-SHA-256\$\d+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+", verifier
    ):
        raise ValueError("libpq made no SCRAM-SHA-256 verifier")
    return verifier


def add_account(
    conn: Connection,
    role: str,
    kind: str,
    *,
    password: str,
    member_id: str | None = None,
    team_id: str | None = None,
) -> None:
    """Create a login role for one person and say who they are (the caller commits).

    A specialist needs their member id (from their ipsdesk) and team; a team leader
    their team (and a member id if they have a caseload of their own, then they write
    like a specialist); a coordinator neither. The password is sent as its SCRAM
    verifier only (:func:`scram_verifier`).
    """
    if kind not in GROUPS:
        raise ValueError(f"kind must be one of {', '.join(GROUPS)}")
    if kind == "specialist" and not (member_id and team_id):
        raise ValueError("a specialist needs a member id and a team id")
    if kind == "leader" and not team_id:
        raise ValueError("a team leader needs a team id")
    q = _quote(conn, role)
    conn.exec_driver_sql(f"CREATE ROLE {q} LOGIN PASSWORD '{scram_verifier(conn, role, password)}'")
    conn.exec_driver_sql(f"GRANT {GROUPS[kind]} TO {q}")
    if kind == "leader" and member_id:
        conn.exec_driver_sql(f"GRANT {GROUPS['specialist']} TO {q}")
    conn.execute(
        insert(schema.account).values(
            role_name=role, kind=kind, member_id=member_id, team_id=team_id
        )
    )
