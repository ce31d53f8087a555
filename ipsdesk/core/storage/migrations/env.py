"""Alembic environment. Runs only in-process: the app passes its open connection.

There is no alembic.ini at run time; ``core/storage/migrate.py`` builds the Config in
code and puts the connection in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from ipsdesk.core.storage import models

config = context.config
target_metadata = models.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # pragma: no cover - guard against misuse
        raise RuntimeError("ipsdesk migrations run only through ipsdesk.core.storage.migrate")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        transaction_per_migration=False,
    )
    context.run_migrations()


if context.is_offline_mode():  # pragma: no cover
    raise RuntimeError("offline migrations are not supported")
run_migrations_online()
