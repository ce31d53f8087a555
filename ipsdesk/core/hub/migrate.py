"""The hub's schema migrations (Alembic, configured in code; separate from the store's).

:func:`upgrade` brings an empty or older hub to :data:`HEAD_REVISION` in one
transaction; a hub whose revision this app does not know (made by a newer ipsdesk) is
refused untouched (:class:`HubSchemaTooNew`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "hub_alembic_version"
HEAD_REVISION = "h0002"  # tests/hub/test_schema.py checks it is the scripts' head


class HubSchemaTooNew(Exception):
    def __init__(self, revision: str):
        super().__init__(f"the hub's schema {revision} is newer than this ipsdesk")
        self.revision = revision


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    exists = conn.execute(text("SELECT to_regclass(:t)"), {"t": VERSION_TABLE}).scalar()
    if exists is None:
        return None
    return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Migrate the hub to the head; returns (revision before, revision after)."""
    from alembic import command

    with engine.begin() as conn:
        before = current_revision(conn)
        if before is not None and before not in known_revisions():
            raise HubSchemaTooNew(before)
        if before != HEAD_REVISION:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return before, HEAD_REVISION
