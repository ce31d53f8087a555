"""Migration of a populated store made by each previous schema revision.

For each revision R other than head: create a store at R through the migration API,
populate it with plain SQL, upgrade to head the way the app does (``Store.open``, with
a pre-migration backup), and check that row counts and child rows are preserved.
While 0001 is the only revision the loop runs over nothing but the head itself (a
no-op upgrade, checked below too); it becomes a real migration test as soon as a 0002
is added, without any change here.
"""

from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory

from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage import migrate
from ipsdesk.core.storage.engine import make_engine
from ipsdesk.core.storage.keys import KeyEnvelope, new_recovery_key
from ipsdesk.core.storage.store import Store
from tests.conftest import PASSPHRASE

# Plain SQL that is valid from the first revision on (update when a column is dropped).
POPULATE = [
    "INSERT INTO specialist (id, name, team, organisation, role, created_at) "
    "VALUES (1, 'S', '', '', 'specialist', '2026-01-01T00:00:00+00:00')",
    *[
        "INSERT INTO client (id, code, full_name, phone, document_language, "
        "severe_mental_illness, referral_source, referral_contact, disclosure_wishes, "
        "job_goals, employer_work_notes, phase, phase_since, status, end_reason, "
        f"created_at, updated_at) VALUES ({i}, 'A-{i:04d}', 'Testi {i}', '', 'fi', 1, '', '', "
        "'', '', '', 2, '2026-01-02', 'active', '', '2026-01-01T00:00:00+00:00', "
        "'2026-01-01T00:00:00+00:00')"
        for i in range(1, 6)
    ],
    *[
        f"INSERT INTO phasechange (client_id, from_phase, to_phase, on, reason, created_at) "
        f"VALUES ({i}, 1, 2, '2026-01-02', '', '2026-01-02T00:00:00+00:00')"
        for i in range(1, 6)
    ],
    *[
        f"INSERT INTO actionplanversion (id, client_id, version, made_on, goal, strengths, "
        f"preferences, support_agreed, meeting_frequency, sharing, benefits, created_at) "
        f"VALUES ({i}, {i}, 1, '2026-01-03', 'g', '', '', '', '', '', '', "
        f"'2026-01-03T00:00:00+00:00')"
        for i in range(1, 6)
    ],
    *[
        f"INSERT INTO actionplanstep (plan_id, position, what, owner, status) "
        f"VALUES ({i}, {k}, 'step', 'client', 'planned')"
        for i in range(1, 6)
        for k in range(3)
    ],
]
COUNTED = ("client", "phasechange", "actionplanversion", "actionplanstep")


def _counts(paths: DataPaths, key: bytes) -> dict[str, int]:
    from ipsdesk.core.storage.engine import connect_raw

    conn = connect_raw(paths.store, key)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
    finally:
        conn.close()


def _store_at(paths: DataPaths, revision: str) -> bytes:
    paths.ensure()
    envelope, key = KeyEnvelope.create(PASSPHRASE, new_recovery_key())
    envelope.save(paths.keys)
    engine = make_engine(paths.store, key)
    migrate.upgrade(engine, revision)
    with engine.begin() as conn:
        for sql in POPULATE:
            conn.exec_driver_sql(sql.replace(" on,", ' "on",'))
    engine.dispose()
    return key


def test_every_previous_revision_migrates_with_rows_preserved(tmp_path: Path) -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    revisions = [r.revision for r in script.walk_revisions()]  # head first
    assert revisions[0] == migrate.head_revision()
    for revision in revisions:  # the head too: its "upgrade" must be a harmless no-op
        paths = DataPaths(tmp_path / f"at-{revision}")
        key = _store_at(paths, revision)
        before = _counts(paths, key)
        assert before == {
            "client": 5,
            "phasechange": 5,
            "actionplanversion": 5,
            "actionplanstep": 15,
        }
        store = Store.open(paths, PASSPHRASE)
        try:
            assert not migrate.needs_upgrade(store.engine)
            if revision != migrate.head_revision():
                assert store.migrated_from == revision
                assert store.pre_migration_backup is not None
            with store.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
                steps = conn.exec_driver_sql(
                    "SELECT p.client_id, count(*) FROM actionplanstep s "
                    "JOIN actionplanversion p ON p.id = s.plan_id GROUP BY p.client_id"
                ).fetchall()
                conn.rollback()
            assert sorted(steps) == [(i, 3) for i in range(1, 6)]
        finally:
            store.close()
        assert _counts(paths, key) == before
