"""The client's privacy rights: their access log, their whole record, their erasure.

* :func:`export_access_log` — who used the client's data, when and how (CSV or PDF):
  the client's right under Act 703/2023 (laki sosiaali- ja terveydenhuollon
  asiakastietojen käsittelystä) to know who has used their data.
* :func:`export_record` — everything stored about the client, from every table, as a
  readable PDF or a machine-readable JSON file.
* :func:`erase_client` — removes the client and everything about them; the log keeps
  only the fact of the erasure (the client's code, who, when).

Each export writes its log row (``Action.EXPORT``) in the same transaction: the row
is added and flushed first (so an access-log export lists itself), the file is
written to a temporary name, renamed into place, and only then is the transaction
committed. If writing fails nothing is committed; if the commit fails the file is
removed.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select, text
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from ipsdesk import __version__
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP
from ipsdesk.core.services.audit import Action, log_access
from ipsdesk.core.services.records import client_or_raise
from ipsdesk.core.services.validation import ValidationError
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.fsutil import fsync_dir, remove_quietly
from ipsdesk.core.team.tables import TEAM_TABLE_NAMES

E_CONFIRM_CODE = QT_TRANSLATE_NOOP(
    "Safety", "Type the client's code exactly to confirm the erasure."
)
ERASE_WARNING = QT_TRANSLATE_NOOP(
    "Safety",
    "Erasing removes this client and everything recorded about them for good. The "
    "access log keeps only that an erasure was made. Backups made before now still "
    "contain the client until they are thinned away.",
)

RECORD_FORMAT = "ipsdesk-client-record"
RECORD_FORMAT_VERSION = 1
LOG_COLUMNS = ("at", "actor", "action", "basis", "detail")

# Tables that hold nothing about one particular client (the specialist's own profile,
# settings, the employer register) or only transient state. Every other table must be
# reachable from the client in :func:`collect_record`; a test checks that this list
# and the schema stay in step.
NOT_CLIENT_DATA = frozenset(
    {
        "specialist",
        "setting",
        "employer",
        "employercontactperson",
        "erasureguard",
        "alembic_version",
        "fidelityreview",  # team-level figures and scores, no client codes
        "fidelityitemscore",
    }
    # The team tables: team keys and other specialists' pseudonymous data (no client of
    # this store); the client's own pseudonym (team_pseudonym) is part of the record.
    | TEAM_TABLE_NAMES
)


@dataclass(frozen=True)
class LogRow:
    at: datetime
    actor: str
    action: str
    basis: str
    detail: str


@dataclass(frozen=True)
class ErasureResult:
    client_ref: str
    rows_deleted: int  # client rows, cascaded child rows not counted
    log_rows_deleted: int
    wal_checkpointed: bool


def access_log(session: Session, client_ref: str) -> list[LogRow]:
    """The log rows of one client (by code), oldest first."""
    rows = session.exec(
        sm_select(m.AccessLog)
        .where(m.AccessLog.client_ref == client_ref)
        .order_by(col(m.AccessLog.at), col(m.AccessLog.id))
    ).all()
    return [LogRow(r.at, r.actor, r.action, r.basis, r.detail) for r in rows]


# -- collecting everything about one client ------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _rows(session: Session, table: Table, where: Any) -> list[dict[str, Any]]:
    result = session.connection().execute(select(table).where(where).order_by(*table.primary_key))
    return [{k: _plain(v) for k, v in row._mapping.items()} for row in result]


def collect_record(session: Session, client_id: int) -> dict[str, Any]:
    """Everything stored about the client, table by table, as plain JSON-able data.

    Found from the schema, not from a hand-kept list: rows of every table with a
    foreign key to ``client``; rows of tables pointing to those (action-plan steps);
    rows that pure link tables point to (the employer contacts made for the client);
    and the client's access-log rows (by code).
    """
    client = client_or_raise(session, client_id)
    tables = m.metadata.tables
    found: dict[str, list[dict[str, Any]]] = {}
    client_table = tables["client"]
    found["client"] = _rows(session, client_table, client_table.c.id == client_id)
    level1: list[Table] = []
    for table in m.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is client_table:
                found[table.name] = _rows(session, table, fk.parent == client_id)
                level1.append(table)
    for table in m.metadata.sorted_tables:
        if table.name in found:
            continue
        for fk in table.foreign_keys:
            parent = fk.column.table
            if parent in level1 and parent.name != "client":
                ids = [r[fk.column.name] for r in found[parent.name]]
                found[table.name] = _rows(session, table, fk.parent.in_(ids)) if ids else []
    for link in level1:
        pk = {c.name for c in link.primary_key.columns}
        if "client_id" not in pk or len(pk) < 2:
            continue
        for fk in link.foreign_keys:
            target = fk.column.table
            if target is client_table or target.name in found:
                continue
            ids = [r[fk.parent.name] for r in found[link.name]]
            found[target.name] = _rows(session, target, fk.column.in_(ids)) if ids else []
    log_table = tables["accesslog"]
    found["accesslog"] = _rows(session, log_table, log_table.c.client_ref == client.code)
    return {
        "format": RECORD_FORMAT,
        "format_version": RECORD_FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": _plain(datetime.now(UTC)),
        "client_code": client.code,
        "tables": found,
    }


# -- exports -------------------------------------------------------------------------


def _write_logged(
    session: Session, client_ref: str, detail: str, target: Path, write: Callable[[Path], None]
) -> Path:
    """Log row + file in one unit of work (see module doc)."""
    target = Path(target)
    tmp = target.with_name(target.name + ".part")
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        remove_quietly(tmp)
        session.rollback()
        raise
    try:
        session.commit()
    except BaseException:
        remove_quietly(target)
        raise
    return target


def export_access_log(
    session: Session, client_id: int, target: Path, *, fmt: str = "csv", lang: str = "fi"
) -> Path:
    """Write the client's access log as ``csv`` or ``pdf``; the export logs itself."""
    if fmt not in ("csv", "pdf"):
        raise ValueError(fmt)
    client = client_or_raise(session, client_id)
    code = client.code
    log_access(session, code, Action.EXPORT, detail=f"access log {fmt.upper()}")
    session.flush()
    rows = access_log(session, code)

    def write_csv(path: Path) -> None:
        buf = io.StringIO()
        out = csv.writer(buf)
        out.writerow(LOG_COLUMNS)
        for r in rows:
            out.writerow([_plain(r.at), r.actor, r.action, r.basis, r.detail])
        path.write_text(buf.getvalue(), encoding="utf-8-sig")

    def write_pdf(path: Path) -> None:
        from ipsdesk.core.export.record_pdf import access_log_pdf

        access_log_pdf(path, code, rows, author=_author(session), lang=lang)

    return _write_logged(
        session, code, f"access log {fmt}", target, write_csv if fmt == "csv" else write_pdf
    )


def export_record(
    session: Session, client_id: int, target: Path, *, fmt: str = "json", lang: str = "fi"
) -> Path:
    """Write everything stored about the client as ``json`` or ``pdf``."""
    if fmt not in ("json", "pdf"):
        raise ValueError(fmt)
    client = client_or_raise(session, client_id)
    log_access(session, client.code, Action.EXPORT, detail=f"full record {fmt.upper()}")
    session.flush()
    record = collect_record(session, client_id)

    def write_json(path: Path) -> None:
        path.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")

    def write_pdf(path: Path) -> None:
        from ipsdesk.core.export.record_pdf import record_pdf

        employers = _employer_names(session, record)
        record_pdf(path, record, author=_author(session), lang=lang, employers=employers)

    return _write_logged(
        session, client.code, "record", target, write_json if fmt == "json" else write_pdf
    )


def _employer_names(session: Session, record: dict[str, Any]) -> dict[int, str]:
    """Names of the employers the record's rows refer to (for the PDF; the employer
    register itself is not the client's data, and the JSON export keeps the ids)."""
    ids = {
        row["employer_id"]
        for rows in record["tables"].values()
        for row in rows
        if row.get("employer_id") is not None
    }
    if not ids:
        return {}
    found = session.exec(
        sm_select(m.Employer.id, m.Employer.name).where(col(m.Employer.id).in_(ids))
    ).all()
    return {eid: name for eid, name in found if eid is not None}


def _author(session: Session) -> str:
    from ipsdesk.core.services.audit import current_actor

    return current_actor(session)


# -- erasure -------------------------------------------------------------------------


def erase_client(session: Session, client_id: int, confirm_code: str) -> ErasureResult:
    """Erase the client for good, in one transaction, after the code is typed back.

    Inside the transaction: an ``ErasureGuard`` row lets the append-only triggers drop
    this client's log rows; the client is deleted (every child table cascades); the
    guard goes; one log row ``erase`` with the client's code remains. ``secure_delete``
    (set on every connection) overwrites the freed pages; a ``wal_checkpoint(TRUNCATE)``
    afterwards empties the WAL of the old page images.
    """
    client = client_or_raise(session, client_id)
    code = client.code
    if confirm_code.strip() != code:
        raise ValidationError({"confirm_code": (E_CONFIRM_CODE, ())})
    conn = session.connection()
    conn.execute(text("INSERT INTO erasureguard (client_ref) VALUES (:c)"), {"c": code})
    log_deleted = conn.execute(
        text("DELETE FROM accesslog WHERE client_ref = :c"), {"c": code}
    ).rowcount
    deleted = conn.execute(text("DELETE FROM client WHERE id = :i"), {"i": client_id}).rowcount
    conn.execute(text("DELETE FROM erasureguard WHERE client_ref = :c"), {"c": code})
    session.expunge(client)
    log_access(session, code, Action.ERASE, detail="client erased")
    session.commit()
    return ErasureResult(code, deleted, log_deleted, checkpoint(session))


def checkpoint(session: Session) -> bool:
    """``PRAGMA wal_checkpoint(TRUNCATE)`` outside any transaction; True if complete."""
    raw = session.get_bind().raw_connection()  # type: ignore[union-attr]
    try:
        cursor = raw.cursor()
        busy, _log, _done = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        cursor.close()
        return busy == 0
    finally:
        raw.close()
