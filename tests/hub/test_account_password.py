"""``add_account`` sends the new role's password as a SCRAM-SHA-256 verifier only: with
the server logging every statement (``log_statement = 'all'``), and with a failing
CREATE ROLE (logged with its statement by default), the plain password is not in the
server's log; the role logs in with it."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from ipsdesk.core.hub.admin import add_account


def _superuser(hub):  # type: ignore[no-untyped-def]
    return psycopg.connect(hub.server.url().replace("postgresql+psycopg://", "postgresql://"),
                           autocommit=True)  # fmt: skip


def test_the_plain_password_never_reaches_the_servers_log(hub) -> None:  # type: ignore[no-untyped-def]
    log = hub.server.datadir.parent / "server.log"
    with _superuser(hub) as c:
        c.execute(f"ALTER ROLE {hub.owner} SET log_statement = 'all'")
    role = hub.role("aino")
    secret = "Hyvin-Salainen-Tunnuslause-42"
    with hub.engine().begin() as conn:
        add_account(conn, role, "specialist", password=secret, member_id="m-a", team_id="A")
    # a failing CREATE ROLE is logged with its statement even without log_statement
    with pytest.raises(Exception, match="already exists"), hub.engine().begin() as conn:
        add_account(conn, role, "specialist", password=secret, member_id="m-b", team_id="A")
    written = log.read_text(errors="replace")
    assert f"CREATE ROLE {role} LOGIN PASSWORD 'SCRAM-SHA-256$" in written  # logging is on
    assert "already exists" in written
    assert secret not in written
    with _superuser(hub) as c:
        stored = c.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (role,))
        assert str(stored.fetchone()[0]).startswith("SCRAM-SHA-256$4096:")
    with hub.engine(role, secret).connect() as conn:  # and the password works
        assert conn.execute(text("SELECT current_user")).scalar() == role
