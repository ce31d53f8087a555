"""Alembic environment of the HUB (not the laptop store). In-process only: the caller
passes its open connection in ``config.attributes["connection"]``."""

from __future__ import annotations

from alembic import context

from ipsdesk.core.hub import schema

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # pragma: no cover - guard against misuse
        raise RuntimeError("hub migrations run only through ipsdesk.core.hub.migrate")
    context.configure(
        connection=connection,
        target_metadata=schema.metadata,
        compare_type=True,
        transaction_per_migration=False,
        version_table="hub_alembic_version",
    )
    context.run_migrations()


if context.is_offline_mode():  # pragma: no cover
    raise RuntimeError("offline migrations are not supported")
run_migrations_online()
