"""Backups through the backup API, restore, and the automatic backups of a session."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import select

from ipsdesk.core.errors import ExitCode
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.backup import (
    BACKUP_DAMAGED,
    BACKUP_OTHER_STORE,
    AutoBackup,
    BackupInvalid,
    list_backups,
    make_backup,
    restore,
    validate_backup,
)
from ipsdesk.core.storage.engine import connect_raw
from ipsdesk.core.storage.store import Store
from tests.conftest import PASSPHRASE
from tests.helpers.safety import file_hash, populate, table_dump


def _writer(store: Store, stop: threading.Event, done: list[int]) -> None:
    i = 0
    while not stop.is_set():
        i += 1
        with store.session() as s:
            s.add(m.Setting(key=f"w-{i:05d}", value=str(i)))
            s.add(m.AccessLog(actor="w", client_ref="W", action="view", detail=str(i)))
            s.commit()
        done.append(i)


def test_backup_during_writes_restores_to_a_consistent_identical_state(
    store: Store, paths: DataPaths
) -> None:
    populate(store)
    stop, done = threading.Event(), []
    writer = threading.Thread(target=_writer, args=(store, stop, done))
    writer.start()
    try:
        while len(done) < 20:
            threading.Event().wait(0.01)
        backup = make_backup(store, reason="manual")
        written_at_backup = len(done)
        threading.Event().wait(0.2)  # writes go on after the backup
    finally:
        stop.set()
        writer.join()
    assert len(done) > 20
    # The backup is one consistent snapshot: each write's two rows are both there or not.
    conn = connect_raw(backup, store.data_key)
    settings_n = conn.execute("SELECT count(*) FROM setting WHERE key LIKE 'w-%'").fetchone()[0]
    log_n = conn.execute("SELECT count(*) FROM accesslog WHERE actor = 'w'").fetchone()[0]
    conn.close()
    assert settings_n == log_n and 20 <= settings_n <= written_at_backup + 1 < len(done)
    backup_content_store = _open_copy(backup, store.data_key, paths)
    expected = table_dump(backup_content_store)
    backup_content_store.close()

    store.close()
    result = restore(paths, backup, store.data_key)
    assert result.safety_backup is not None and result.safety_backup.exists()
    restored = Store.open(paths, PASSPHRASE)
    try:
        assert table_dump(restored) == expected
        with restored.session() as s:
            n = s.exec(select(func.count()).select_from(m.Setting)).one()
        assert n == settings_n
    finally:
        restored.close()
    # The safety backup holds every write made before the restore.
    safety = _open_copy(result.safety_backup, store.data_key, paths)
    with safety.session() as s:
        assert s.exec(
            select(func.count()).select_from(m.Setting).where(m.Setting.key.like("w-%"))  # type: ignore[attr-defined]
        ).one() == len(done)
    safety.close()


def _open_copy(backup: Path, key: bytes, paths: DataPaths) -> Store:
    """Open a copy of a backup file as a store (the backup itself stays untouched)."""
    import shutil

    root = paths.root.parent / f"copy-{backup.name}"
    root.mkdir()
    shutil.copyfile(backup, root / "ipsdesk.db")
    shutil.copyfile(paths.keys, root / "ipsdesk.keys")
    return Store.open_with_key(DataPaths(root), key)


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    store: Store, paths: DataPaths
) -> None:
    populate(store)
    backup = make_backup(store)
    store.close()
    data = bytearray(backup.read_bytes())
    data[5000] ^= 0x40  # one flipped bit in page 2
    backup.write_bytes(bytes(data))
    before = file_hash(paths.store), sorted(p.name for p in paths.backups.iterdir())
    with pytest.raises(BackupInvalid) as err:
        restore(paths, backup, store.data_key)
    assert err.value.message == BACKUP_DAMAGED and err.value.exit_code == ExitCode.DAMAGED
    assert (file_hash(paths.store), sorted(p.name for p in paths.backups.iterdir())) == before


def test_restore_refuses_a_backup_of_another_store_or_a_newer_app(
    store: Store, paths: DataPaths, tmp_path: Path
) -> None:
    other, _ = Store.create(DataPaths(tmp_path / "other"), PASSPHRASE, name="B")
    foreign = make_backup(other)
    other.close()
    with pytest.raises(BackupInvalid) as err:
        validate_backup(foreign, store.data_key)
    assert err.value.message == BACKUP_OTHER_STORE  # its cause, not "damaged or newer"
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    newer = make_backup(store)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
    store.close()
    before = file_hash(paths.store)
    with pytest.raises(BackupInvalid, match="newer") as err:
        restore(paths, newer, store.data_key)
    assert err.value.text() == (
        "This backup was made by a newer ipsdesk (schema 9999_future). Update ipsdesk to "
        "restore it; nothing was changed."
    )
    assert file_hash(paths.store) == before


def test_restore_over_a_damaged_store_keeps_the_damaged_file(
    store: Store, paths: DataPaths
) -> None:
    populate(store)
    good = make_backup(store)
    expected = table_dump(store)
    store.close()
    damaged_bytes = paths.store.read_bytes()[:8192]
    paths.store.write_bytes(damaged_bytes)  # truncated
    result = restore(paths, good, store.data_key)
    assert result.safety_backup is not None
    # The truncated store was kept byte for byte (the backup API cannot read it).
    assert result.safety_backup.name.endswith("-damaged.ipsdb")
    assert result.safety_backup.read_bytes() == damaged_bytes
    reopened = Store.open(paths, PASSPHRASE)
    assert table_dump(reopened) == expected
    reopened.close()


def test_auto_backup_only_when_data_changed(store: Store, paths: DataPaths) -> None:
    auto = AutoBackup(store)
    t0 = datetime.now(UTC)
    assert auto.tick(t0) is None  # nothing changed yet
    with store.session() as s:  # a read-only unit of work is not a change
        s.exec(select(m.Client)).all()
        s.commit()
    assert auto.tick(t0) is None
    populate(store, ("Testi Henkilö",))
    first = auto.tick(t0)
    assert first is not None and first.exists()
    with store.session() as s:
        s.add(m.Setting(key="x", value="1"))
        s.commit()
    assert auto.tick(t0 + timedelta(minutes=10)) is None  # too soon
    second = auto.tick(t0 + timedelta(minutes=31))
    assert second is not None
    assert auto.at_close(t0 + timedelta(minutes=32)) is None  # nothing new since
    # Thinning ran: of one day's backups only the newest stays.
    assert [b.path for b in list_backups(paths)] == [second]


def test_restore_in_place_keeps_the_store_object_and_the_automatic_backups(
    store: Store, paths: DataPaths
) -> None:
    from ipsdesk.core.storage.backup import AutoBackup, BackupInvalid

    populate(store, ("Ennen Palautusta",))
    made = make_backup(store, reason="manual")
    expected = table_dump(store)
    auto = AutoBackup(store)
    populate(store, ("Jälkeen Palautuksen",))
    assert auto.data_changed
    old_engine = store.engine
    result = store.restore_in_place(made)
    assert store.engine is not old_engine and result.safety_backup is not None
    assert table_dump(store) == expected  # the same object shows the restored data
    assert not auto.data_changed  # the restored file is a backup already
    populate(store, ("Palautuksen Jälkeen Lisätty",))
    assert auto.data_changed  # the tracker follows the new engine
    assert auto.tick(closing=True) is not None
    broken = paths.root / "broken.ipsdb"
    broken.write_bytes(b"not a store")
    with pytest.raises(BackupInvalid):
        store.restore_in_place(broken)
    populate(store, ("Yhä Toimii",))  # a refused restore leaves the store usable
    auto.at_close()
    assert store.on_reopen == []  # at close it stops listening
