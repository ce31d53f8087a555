"""Shared set-up of the hub tests: generated specialists' data and the hub's contents."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, select

from bench.gen_team import specialist_dataset
from ipsdesk.core.hub import schema
from ipsdesk.core.hub.send import _data_columns, _rows_by_table
from ipsdesk.core.team.dataset import Dataset
from ipsdesk.core.team.tables import TeamIdentity

END = date(2026, 11, 18)


def dataset(member_id: str, team_id: str, *, seed: int, years: int = 1, end: date = END) -> Dataset:
    """An invented specialist's team data (as their team file would carry it)."""
    exported_at = datetime.combine(end, datetime.min.time(), UTC).replace(hour=6)
    ident = TeamIdentity(
        role="member", team_id=team_id, team_name=f"Tiimi {team_id}", generation=1,
        member_id=member_id, member_name=f"Keksitty Valmentaja {member_id}",
        secret_key="", public_key="", leader_public_key="", team_key="", ref_secret="",
        joined_at=exported_at,
    )  # fmt: skip
    start = end - timedelta(days=365 * years)
    return specialist_dataset(random.Random(seed), ident, start, end, exported_at)


def expected(ds: Dataset) -> dict[str, Counter[tuple[Any, ...]]]:
    rows = _rows_by_table(ds)
    out = {}
    for table in schema.CHILD_TABLES:
        cols = _data_columns(table)
        out[table.name] = Counter(tuple(r[c] for c in cols) for r in rows.get(table.name, []))
    return out


def on_hub(engine: Engine, member_id: str) -> dict[str, Counter[tuple[Any, ...]]]:
    """The member's rows on the hub, per table, as multisets (ids left out)."""
    out = {}
    with engine.connect() as conn:
        for table in schema.CHILD_TABLES:
            cols = _data_columns(table)
            out[table.name] = Counter(
                tuple(r)
                for r in conn.execute(
                    select(*(table.c[c] for c in cols)).where(table.c.member_id == member_id)
                )
            )
    return out
