"""Known invented client names never appear in the raw bytes of the store, its -wal
file (read while the app has it open), its backups, exports' temp files, or logs."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from ipsdesk.core.crash import install_excepthook, setup_logging, write_crash_report
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.services import clients
from ipsdesk.core.storage.backup import make_backup
from ipsdesk.core.storage.store import Store
from tests.helpers.safety import SECRET_NAMES, populate


def _needles() -> list[bytes]:
    out = []
    for name in SECRET_NAMES:
        for part in name.replace("-", " ").split():
            for enc in ("utf-8", "utf-16-le", "latin-1"):
                with contextlib.suppress(UnicodeEncodeError):
                    out.append(part.encode(enc))
    return out


def _leaks(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {n!r}" for n in _needles() if n in data]
    return found


def test_names_never_on_disk_in_plain_text(store: Store, paths: DataPaths) -> None:
    setup_logging(paths)
    wal = paths.store.with_name(paths.store.name + "-wal")
    # A connection held open (as the app holds the store) keeps the writes in the WAL.
    holder = store.engine.raw_connection()
    try:
        holder.cursor().execute("SELECT count(*) FROM client").fetchone()
        ids = populate(store)
        with store.session() as s:
            for cid in ids:
                clients.get_client(s, cid)  # opening a record writes a log row
        assert wal.exists() and wal.stat().st_size > 10 * 4096
        assert _leaks(paths.root) == []
    finally:
        holder.close()
    make_backup(store)
    try:
        raise ValueError(f"could not save {SECRET_NAMES[0]}")
    except ValueError as exc:
        logging.getLogger("ipsdesk.test").exception("save.failed client=%s", ids[0])
        assert write_crash_report(paths, type(exc), exc, exc.__traceback__) is not None
    install_excepthook(paths)  # installing writes nothing about clients either
    assert any(paths.backups.iterdir()) and any(paths.logs.iterdir())
    assert _leaks(paths.root) == []
    # The log and the crash report were written (so the check above read them).
    assert b"save.failed client=" in (paths.logs / "ipsdesk.log").read_bytes()
    assert b"builtins.ValueError" in next(paths.logs.glob("crash-*.txt")).read_bytes()
