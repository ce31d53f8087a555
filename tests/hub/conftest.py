"""The hub tests' PostgreSQL: one real server for the session (never a mock).

Tests marked ``hub`` get it; where the server binaries are absent they are skipped
with the reason printed (CI installs ``postgresql``, so CI always runs them).
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.helpers import pgserver


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    reason = pgserver.missing_reason()
    for item in items:
        if "tests/hub/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.hub)
            # Skipped only on a developer's machine without the server binaries; in CI
            # (.ci/run installs them) a missing server fails the tests instead.
            if reason is not None and not os.environ.get("CI"):
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def pg() -> Iterator[pgserver.PgServer]:
    root = Path(tempfile.mkdtemp(prefix="ipsdesk-pg-"))
    server = pgserver.start_server(root)
    try:
        yield server
    finally:
        server.stop()
        pgserver.remove(root)


def _plain(url: str) -> str:
    """A SQLAlchemy URL as libpq takes it."""
    return url.replace("postgresql+psycopg://", "postgresql://")


@dataclass
class Hub:
    server: pgserver.PgServer
    db: str
    prefix: str  # role names are cluster-wide: each test's own
    owner: str
    engines: list[Engine] = field(default_factory=list)

    def url(self, role: str, password: str | None = None) -> str:
        return self.server.url(role, password or f"pw-{role}", self.db)

    def engine(self, role: str | None = None, password: str | None = None) -> Engine:
        """An engine connecting as ``role`` (default: the hub's owner)."""
        from ipsdesk.core.hub.config import engine

        eng = engine(self.url(role or self.owner, password))
        self.engines.append(eng)
        return eng

    def role(self, name: str) -> str:
        return f"{self.prefix}_{name}"

    def add(self, name: str, kind: str, *, member_id: str | None = None,
            team_id: str | None = None) -> str:  # fmt: skip
        from ipsdesk.core.hub.admin import add_account

        role = self.role(name)
        with self.engine().begin() as conn:
            add_account(conn, role, kind, password=f"pw-{role}", member_id=member_id,
                        team_id=team_id)  # fmt: skip
        return role


@contextmanager
def _new_hub(pg: pgserver.PgServer) -> Iterator[Hub]:
    """A hub database with its schema, roles and policies, owned by an ordinary
    (non-superuser) role with CREATEROLE, as county IT would set it up."""
    import psycopg

    from ipsdesk.core.hub.admin import init_schema

    prefix = "t" + uuid.uuid4().hex[:8]
    owner = f"{prefix}_owner"
    db = f"hub_{prefix}"
    with psycopg.connect(_plain(pg.url()), autocommit=True) as c:
        c.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD 'pw-{owner}'")
        c.execute(f'CREATE DATABASE "{db}" OWNER {owner}')
    h = Hub(pg, db, prefix, owner)
    try:
        init_schema(h.engine())
        yield h
    finally:
        for eng in h.engines:
            eng.dispose()
        with psycopg.connect(_plain(pg.url()), autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
            for (role,) in c.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (prefix + "\\_%",)
            ).fetchall():
                c.execute(f"DROP ROLE {role}")


@pytest.fixture
def hub(pg: pgserver.PgServer) -> Iterator[Hub]:
    with _new_hub(pg) as h:
        yield h


@pytest.fixture(scope="module")
def module_hub(pg: pgserver.PgServer) -> Iterator[Hub]:
    """One hub for a module whose tests only read (or are refused)."""
    with _new_hub(pg) as h:
        yield h
