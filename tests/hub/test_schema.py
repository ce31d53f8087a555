"""The hub's own schema and migrations, on a real PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from ipsdesk.core.hub import admin, migrate, schema
from ipsdesk.core.team import tables as team


def test_head_constant_is_the_scripts_head() -> None:
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_the_hub_tables_are_the_team_tables() -> None:
    """H5's report queries over core/team/tables.py run on the hub unchanged: same names,
    same columns and types."""
    for model in (team.TeamMember, team.TeamClient, team.TeamEvent, team.TeamJob,
                  team.TeamStep, team.TeamEmployer, team.TeamEmployerContact,
                  team.TeamEmployerContactClient):  # fmt: skip
        src = model.__table__  # type: ignore[attr-defined]
        hub = schema.metadata.tables[src.name]
        assert [(c.name, repr(c.type), c.nullable) for c in hub.columns] == [
            (c.name, repr(c.type), c.nullable) for c in src.columns
        ]
    assert "team_identity" not in schema.metadata.tables  # laptop-only tables stay out


def test_init_schema_creates_migrates_and_is_idempotent(hub) -> None:  # type: ignore[no-untyped-def]
    eng = hub.engine()
    names = set(inspect(eng).get_table_names())
    assert set(schema.metadata.tables) | {migrate.VERSION_TABLE} == names
    with eng.connect() as conn:
        assert migrate.current_revision(conn) == migrate.HEAD_REVISION
        forced = conn.execute(
            text("SELECT relname FROM pg_class WHERE relrowsecurity AND relforcerowsecurity")
        ).scalars()
        assert set(forced) == {t.name for t in schema.GUARDED_TABLES}
    again = admin.init_schema(eng)  # a second run changes nothing and does not fail
    assert (again.before, again.after) == (migrate.HEAD_REVISION, migrate.HEAD_REVISION)


def test_autogenerate_finds_no_difference(hub) -> None:  # type: ignore[no-untyped-def]
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with hub.engine().connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "version_table": migrate.VERSION_TABLE}
        )
        assert compare_metadata(ctx, schema.metadata) == []


def test_a_hub_made_by_a_newer_ipsdesk_is_refused_untouched(hub) -> None:  # type: ignore[no-untyped-def]
    eng = hub.engine()
    with eng.begin() as conn:
        conn.execute(text(f"UPDATE {migrate.VERSION_TABLE} SET version_num = 'h9999'"))
    with pytest.raises(migrate.HubSchemaTooNew) as err:
        admin.init_schema(eng)
    assert err.value.revision == "h9999"
    with eng.connect() as conn:
        assert migrate.current_revision(conn) == "h9999"


def test_the_roles_script_is_package_data() -> None:
    sql = admin.roles_sql()
    assert "FORCE ROW LEVEL SECURITY" in sql
    for group in admin.GROUPS.values():
        assert f"CREATE ROLE {group} NOLOGIN" in sql
