"""The full check of a store file (*tietokannan tarkistus*): integrity, foreign keys, schema.

Used by ``ipsdesk check`` and by File → Check store. The file is opened on its own
read-only connection (``query_only``), so the check never writes to it, even when it is
damaged. The result is plain data: each problem and fact is a translatable message with
its arguments, printed in English by the command line and shown translated in the UI.
The arguments are counts, table names, revisions and SQLite's own (English) wording;
never client data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from ipsdesk.core.errors import render
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg
from ipsdesk.core.storage import migrate
from ipsdesk.core.storage.engine import key_pragma
from ipsdesk.core.storage.errors import StoreDamaged, StoreError, StoreTooNew
from ipsdesk.core.storage.lock import storage_error

CANNOT_OPEN = QT_TRANSLATE_NOOP("StoreCheck", "cannot open the file: %1")
CANNOT_READ = QT_TRANSLATE_NOOP("StoreCheck", "cannot read the store: %1")
TABLES = QT_TRANSLATE_NOOP("StoreCheck", "tables: %1")
INTEGRITY_OK = QT_TRANSLATE_NOOP("StoreCheck", "integrity_check: ok")
INTEGRITY_PROBLEM = QT_TRANSLATE_NOOP("StoreCheck", "integrity: %1")
FOREIGN_KEYS_OK = QT_TRANSLATE_NOOP("StoreCheck", "foreign_key_check: ok")
FOREIGN_KEY_PROBLEM = QT_TRANSLATE_NOOP("StoreCheck", "foreign key: table %1 row %2 -> %3")
SCHEMA = QT_TRANSLATE_NOOP("StoreCheck", "schema: %1 (newest known: %2)")
SCHEMA_UNKNOWN = QT_TRANSLATE_NOOP(
    "StoreCheck", "schema %1 is unknown to this ipsdesk (newer app?)"
)


class DamageFound(StoreDamaged):
    """The full check found damage (the store may still open; its data is not sound)."""

    message = QT_TRANSLATE_NOOP(
        "StoreCheck",
        "The check found damage in the store. It was not changed. Restore the newest good "
        "backup (File → Backups and restore, or ipsdesk restore FILE; backups are in %1) or "
        "contact IT.",
    )


MAX_LISTED = 20  # problems of one kind listed at most (a damaged file can have thousands)


@dataclass(frozen=True)
class Finding:
    """One line of the report: a message and the values for its ``%1``, ``%2``…"""

    msg: Msg
    args: tuple[object, ...] = ()

    def text(self, tr: Callable[..., str] | None = None) -> str:
        """The line translated by ``tr`` (``Catalog.tr`` or the UI's ``tr_msg``); English
        without one."""
        return render(self.msg, self.args, tr)


@dataclass(frozen=True)
class CheckReport:
    """What the check found wrong (``problems``) and what it confirmed (``facts``)."""

    problems: list[Finding] = field(default_factory=list)
    facts: list[Finding] = field(default_factory=list)
    # Why the problems are there when it is not damage: a newer app's schema, a full
    # disk, a read-only folder (each has its own advice; "restore" is for damage only).
    cause: StoreError | None = None
    backups: str = ""  # the backup folder, named in the advice for damage

    @property
    def healthy(self) -> bool:
        return not self.problems

    @property
    def verdict(self) -> StoreError | None:
        """The user error that explains the problems (None for a healthy store)."""
        if not self.problems:
            return None
        return self.cause or DamageFound(
            "; ".join(p.text() for p in self.problems[:3]), values=(self.backups,)
        )


def check_store(store_file: Path, key: bytes) -> CheckReport:
    """Check the encrypted store at ``store_file`` with its data ``key``; writes nothing."""
    problems: list[Finding] = []
    facts: list[Finding] = []
    cause: StoreError | None = None
    folder = store_file.parent
    backups = str(folder / "backups")
    try:
        conn = sqlcipher3.connect(str(store_file), isolation_level=None)
    except sqlcipher3.DatabaseError as exc:
        return CheckReport(
            [Finding(CANNOT_OPEN, (exc,))], facts, storage_error(exc, folder), backups
        )
    try:
        conn.execute(key_pragma(key))
        conn.execute("PRAGMA query_only = ON")
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
        facts.append(Finding(TABLES, (tables[0],)))
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if integrity != ["ok"]:
            problems.extend(Finding(INTEGRITY_PROBLEM, (line,)) for line in integrity[:MAX_LISTED])
        else:
            facts.append(Finding(INTEGRITY_OK))
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.extend(
                Finding(FOREIGN_KEY_PROBLEM, (r[0], r[1], r[2])) for r in fk[:MAX_LISTED]
            )
        else:
            facts.append(Finding(FOREIGN_KEYS_OK))
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
        if revision not in migrate.known_revisions():
            problems.append(Finding(SCHEMA_UNKNOWN, (repr(revision),)))
            if revision is not None and len(problems) == 1:  # sound, only newer
                cause = StoreTooNew(revision)
        else:
            facts.append(Finding(SCHEMA, (revision, migrate.head_revision())))
    except sqlcipher3.DatabaseError as exc:
        problems.append(Finding(CANNOT_READ, (exc,)))
        cause = storage_error(exc, folder)  # a full disk is not damage
    finally:
        conn.close()
    return CheckReport(problems, facts, cause, backups)
