"""Helpers shared by the data-safety tests: hashing a folder, populating a store,
and a tiny real filesystem (tmpfs) for disk-full and read-only tests."""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import text

from ipsdesk.core.services import clients
from ipsdesk.core.storage.store import Store

# Invented people: these must never appear in plain text anywhere on disk.
SECRET_NAMES = ("Kuvitteellinen Öhrnberg-Väisänen", "Áilu Ŋuolja-Esimerkkinen")


def file_hash(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def folder_state(folder: Path) -> dict[str, str | None]:
    """Hash of every file under ``folder`` (the lock file's pid line excluded)."""
    return {
        str(p.relative_to(folder)): file_hash(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "ipsdesk.lock"
    }


def populate(store: Store, names: tuple[str, ...] = SECRET_NAMES) -> list[int]:
    ids = []
    with store.session() as s:
        for name in names:
            cid = clients.create_client(
                s, {"full_name": name, "phone": "040 123 4567", "document_language": "fi"}
            )
            clients.update_notes(s, cid, {"job_goals": f"{name}: varastotyö"})
            clients.update_profile(s, cid, {"skills": f"{name} osaa trukin"})
            ids.append(cid)
    return ids


def table_dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, for comparing two stores."""
    with store.engine.connect() as conn:
        names = [
            r[0]
            for r in conn.execute(
                text("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            )
        ]
        out = {n: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{n}"')))) for n in names}
        conn.rollback()
    return out


def can_mount() -> bool:
    return os.geteuid() == 0


@contextlib.contextmanager
def tiny_tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A real, small filesystem mounted at ``where`` (needs root)."""
    where.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], check=True)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def remount_read_only(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
