"""Sending a specialist's team data to the hub: idempotent and incremental.

What is sent is exactly what the specialist's team file carries
(:func:`ipsdesk.core.team.extract.extract`). One send is ONE transaction on the hub:
the member's row is written, and each team table is brought to the new rows by
difference (rows no longer there are deleted, new ones inserted, unchanged ones left
alone), then a ``hub_send`` row records it. A crash or a dropped connection mid-send
rolls the whole send back, so sending again gives the same rows: never a duplicate,
never a gap. Sends of the same member are serialised by an advisory lock.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, Table, delete, func, insert, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert

from ipsdesk.core.hub import schema
from ipsdesk.core.storage.types import utcnow
from ipsdesk.core.team.dataset import Dataset
from ipsdesk.core.team.importer import _rows


@dataclass(frozen=True)
class SendResult:
    member_id: str
    added: int
    removed: int
    total: int  # rows of this member on the hub after the send
    sent_at: datetime
    exported_at: datetime


@dataclass(frozen=True)
class LastSend:
    sent_at: datetime
    exported_at: datetime
    added: int
    removed: int
    total: int


def _data_columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.name != "id"]


def _key(row: dict[str, Any], columns: list[str]) -> tuple[Any, ...]:
    return tuple(row.get(c) for c in columns)


def _rows_by_table(ds: Dataset) -> dict[str, list[dict[str, Any]]]:
    member_id = ds.specialist.member_id
    return {model.__tablename__: rows for model, rows in _rows(ds, member_id).items()}


def send(
    engine: Engine,
    ds: Dataset,
    *,
    checksum: str = "",
    generation: int = 1,
    now: datetime | None = None,
    on_table: Any = None,
) -> SendResult:
    """Write the dataset to the hub as its member (see the module's description).

    ``on_table(name)`` is called before each table is written (progress; the kill test
    uses it to know the send is under way)."""
    now = now or utcnow()
    sp = ds.specialist
    wanted = _rows_by_table(ds)
    added = removed = total = 0
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:m))"), {"m": sp.member_id})
        member = schema.member_table
        values = {
            "member_id": sp.member_id,
            "name": sp.name,
            "team_id": sp.team_id,
            "caseload": sp.caseload,
            "fte_percent": sp.fte_percent,
            "exported_at": sp.exported_at,
            "imported_at": now,
            "checksum": checksum,
            "generation": generation,
            "own_store": False,
        }
        stmt = pg_insert(member).values(**values)
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=[member.c.member_id],
                set_={k: stmt.excluded[k] for k in values if k != "member_id"},
            )
        )
        for table in schema.CHILD_TABLES:
            if on_table is not None:
                on_table(table.name)
            columns = _data_columns(table)
            have: dict[tuple[Any, ...], list[int]] = {}
            for row in conn.execute(
                select(table.c.id, *(table.c[c] for c in columns)).where(
                    table.c.member_id == sp.member_id
                )
            ):
                have.setdefault(tuple(row[1:]), []).append(row[0])
            want = Counter(_key(r, columns) for r in wanted.get(table.name, []))
            stale: list[int] = []
            new: list[dict[str, Any]] = []
            for key, ids in have.items():
                stale.extend(ids[want.get(key, 0) :])
            for key, count in want.items():
                missing = count - len(have.get(key, ()))
                new.extend([dict(zip(columns, key, strict=True))] * max(missing, 0))
            if stale:
                conn.execute(delete(table).where(table.c.id.in_(stale)))
            if new:
                conn.execute(insert(table), new)
            added += len(new)
            removed += len(stale)
            total += sum(want.values())
        conn.execute(
            insert(schema.send_log).values(
                member_id=sp.member_id,
                sent_at=now,
                exported_at=sp.exported_at,
                rows_added=added,
                rows_removed=removed,
                rows_total=total,
            )
        )
    return SendResult(sp.member_id, added, removed, total, now, sp.exported_at)


def last_send(engine: Engine, member_id: str) -> LastSend | None:
    """The member's latest send on the hub (None: never sent)."""
    log = schema.send_log
    with engine.connect() as conn:
        row = conn.execute(
            select(
                log.c.sent_at,
                log.c.exported_at,
                log.c.rows_added,
                log.c.rows_removed,
                log.c.rows_total,
            )
            .where(log.c.member_id == member_id)
            .order_by(log.c.id.desc())
            .limit(1)
        ).first()
    if row is None:
        return None
    return LastSend(*row)


def count_rows(engine: Engine, member_id: str) -> dict[str, int]:
    """Rows of the member per table (as the connecting role may see them)."""
    out: dict[str, int] = {}
    with engine.connect() as conn:
        for table in schema.DATA_TABLES:
            out[table.name] = int(
                conn.execute(
                    select(func.count()).select_from(table).where(table.c.member_id == member_id)
                ).scalar_one()
            )
    return out
