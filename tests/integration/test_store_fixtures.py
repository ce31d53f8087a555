"""Upgrade path: a store written by every released schema opens and migrates to head.

The fixtures in ``tests/fixtures/stores/<revision>/`` were written by the release that
had that schema (``scripts/make_store_fixture.py``) and are never regenerated. The
smoke test of the frozen build (``scripts/smoke_frozen.py``) opens them too.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from ipsdesk.core.paths import data_paths
from ipsdesk.core.storage import migrate
from ipsdesk.core.storage.store import Store, WrongPassphrase, quick_check

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stores"
FIXTURE_DIRS = sorted(p.parent for p in FIXTURES.glob("*/fixture.json"))


def test_the_first_released_schema_has_a_fixture() -> None:
    assert "0001" in [p.name for p in FIXTURE_DIRS]


@pytest.mark.parametrize("fixture", FIXTURE_DIRS, ids=[p.name for p in FIXTURE_DIRS])
def test_fixture_store_opens_and_migrates_to_head(fixture: Path, tmp_path: Path) -> None:
    meta = json.loads((fixture / "fixture.json").read_text(encoding="utf-8"))
    committed = hashlib.sha256((fixture / "ipsdesk.db").read_bytes()).hexdigest()
    assert meta["revision"] == fixture.name
    assert meta["revision"] in migrate.known_revisions()
    data = tmp_path / "data"
    shutil.copytree(fixture, data, ignore=shutil.ignore_patterns("*.json"))
    paths = data_paths(data)

    with pytest.raises(WrongPassphrase):
        Store.open(paths, "not the passphrase")

    store = Store.open(paths, meta["passphrase"])
    try:
        with store.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            tables = set(inspect(conn).get_table_names())
            for table, count in meta["row_counts"].items():
                if table in tables:  # a later schema may have merged or dropped a table
                    found = conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
                    assert found == count, table
            conn.rollback()
        if meta["revision"] == migrate.head_revision():
            assert store.migrated_from is None
            assert store.pre_migration_backup is None
        else:
            assert store.migrated_from == meta["revision"]
            assert store.pre_migration_backup is not None
            assert store.pre_migration_backup.is_file()
        assert quick_check(paths.store, store.data_key) == ["ok"]
    finally:
        store.close()
    # The committed fixture itself was not touched (the test worked on a copy).
    assert hashlib.sha256((fixture / "ipsdesk.db").read_bytes()).hexdigest() == committed
