"""The migrations produce exactly the models' schema, and upgrade/downgrade round-trips."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from ipsdesk.core.storage import migrate
from ipsdesk.core.storage.models import metadata
from ipsdesk.core.storage.store import Store


def test_migrated_store_matches_models(store: Store) -> None:
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, metadata)
        conn.rollback()
    assert diff == []


def test_every_model_table_exists_with_its_columns(store: Store) -> None:
    insp = inspect(store.engine)
    tables = set(insp.get_table_names())
    for table in metadata.sorted_tables:
        assert table.name in tables
        cols = {c["name"] for c in insp.get_columns(table.name)}
        assert cols == {c.name for c in table.columns}, table.name


def test_head_constant_is_alembics_head() -> None:
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_store_is_at_head(store: Store) -> None:
    with store.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        conn.rollback()
    assert not migrate.needs_upgrade(store.engine)


def test_access_log_is_append_only(store: Store) -> None:
    import pytest
    from sqlalchemy.exc import DatabaseError

    from ipsdesk.core.services.audit import Action, log_access

    with store.session() as s:
        log_access(s, "A-0001", Action.VIEW)
        s.commit()
    with store.engine.connect() as conn:
        with pytest.raises(DatabaseError, match="append-only"):
            conn.exec_driver_sql("UPDATE accesslog SET actor = 'x'")
        conn.rollback()
        with pytest.raises(DatabaseError, match="append-only"):
            conn.exec_driver_sql("DELETE FROM accesslog")
        conn.rollback()
