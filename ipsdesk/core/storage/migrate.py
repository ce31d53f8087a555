"""Schema migrations of the store, run by the app itself (Alembic, configured in code).

Safety rules (see the engineering guide): foreign keys are turned **off before** the
migration (a batch rebuild of a parent table would otherwise cascade-delete children),
the whole upgrade runs in one transaction (a failure leaves the store exactly as it
was), ``PRAGMA foreign_key_check`` must come back empty before commit, and a store
whose revision this app does not know (made by a newer app) is refused untouched.
The caller makes a backup before calling :func:`upgrade` when one is needed.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class StoreTooNew(Exception):
    """The store was written by a newer ipsdesk; this one must not touch it."""


class MigrationFailed(Exception):
    """A migration failed and was rolled back; the store is as it was."""


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def needs_upgrade(engine: Engine) -> bool:
    """True when the store is older than this app; raises :class:`StoreTooNew` if newer."""
    with engine.connect() as conn:
        rev = current_revision(conn)
        conn.rollback()
    if rev is not None and rev not in known_revisions():
        raise StoreTooNew(rev)
    return rev != head_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the store to ``target`` atomically, with foreign keys off during the work."""
    cfg = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        # On the DB-API connection, outside any transaction: inside one it is a no-op.
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationFailed(f"foreign key check failed: {len(problems)} rows")
        except MigrationFailed:
            raise
        except Exception as exc:
            raise MigrationFailed(str(exc)) from exc
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
