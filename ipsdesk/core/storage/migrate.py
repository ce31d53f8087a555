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
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from ipsdesk.core.storage.errors import MigrationFailed, StoreTooNew

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest revision in migrations/versions. Opening an up-to-date store compares
# against this with one query, so Alembic (a slow import) loads only when a store
# really needs migrating. tests/integration/test_schema.py checks it is the head.
HEAD_REVISION = "0005"


__all__ = ["MigrationFailed", "StoreTooNew", "upgrade", "needs_upgrade"]


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The head according to Alembic's scripts (slow; the app uses HEAD_REVISION)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    """The store's revision, read directly (no Alembic import)."""
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if has_table is None:
        return None
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return None if row is None else str(row[0])


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def needs_upgrade(engine: Engine) -> bool:
    """True when the store is older than this app; raises :class:`StoreTooNew` if newer."""
    with engine.connect() as conn:
        rev = current_revision(conn)
        conn.rollback()
    if rev == HEAD_REVISION:
        return False
    if rev is not None and rev not in known_revisions():
        raise StoreTooNew(rev)
    return True


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the store to ``target`` atomically, with foreign keys off during the work."""
    from alembic import command

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
