"""Sending to the hub: same rows as the team file, idempotent, incremental, crash-proof."""

from __future__ import annotations

import dataclasses
import os
import random
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from ipsdesk.core.hub import schema
from ipsdesk.core.hub.send import count_rows, last_send, send
from ipsdesk.core.team import dataset as ds
from tests.hub.hub_helpers import dataset, expected, on_hub

ROOT = Path(__file__).resolve().parents[2]


def test_send_writes_exactly_the_team_file_rows_and_again_changes_nothing(hub) -> None:  # type: ignore[no-untyped-def]
    role = hub.add("aino", "specialist", member_id="m-aino", team_id="A")
    eng = hub.engine(role)
    data = dataset("m-aino", "A", seed=3, years=2)
    first = send(eng, data)
    assert on_hub(eng, "m-aino") == expected(data)
    assert first.added == first.total == sum(sum(c.values()) for c in expected(data).values())
    assert first.removed == 0
    second = send(eng, data)
    assert (second.added, second.removed, second.total) == (0, 0, first.total)
    assert on_hub(eng, "m-aino") == expected(data)
    last = last_send(eng, "m-aino")
    assert last is not None
    assert (last.sent_at, last.added, last.total) == (second.sent_at, 0, first.total)
    assert count_rows(eng, "m-aino")["team_member"] == 1


def test_an_incremental_send_adds_and_removes_only_the_changes(hub) -> None:  # type: ignore[no-untyped-def]
    role = hub.add("aino", "specialist", member_id="m-aino", team_id="A")
    eng = hub.engine(role)
    data = dataset("m-aino", "A", seed=4)
    send(eng, data)
    with eng.connect() as conn:
        ids_before = set(conn.execute(select(schema.metadata.tables["team_event"].c.id)).scalars())
    week_later = data.specialist.exported_at + timedelta(days=7)
    new_event = ds.Event(client=data.clients[0].code, kind="profile_meeting",
                         on=week_later.date())  # fmt: skip
    changed = dataclasses.replace(
        data,
        specialist=dataclasses.replace(data.specialist, exported_at=week_later),
        events=(*data.events[1:], new_event, new_event),  # one gone, the same twice new
    )
    result = send(eng, changed)
    assert (result.added, result.removed) == (2, 1)
    assert on_hub(eng, "m-aino") == expected(changed)
    with eng.connect() as conn:
        ids_after = set(conn.execute(select(schema.metadata.tables["team_event"].c.id)).scalars())
    assert len(ids_before - ids_after) == 1  # unchanged rows were left in place
    assert len(ids_after - ids_before) == 2


def test_several_specialists_send_side_by_side(hub) -> None:  # type: ignore[no-untyped-def]
    datas = {}
    for i in range(4):
        member = f"m-{i}"
        role = hub.add(f"s{i}", "specialist", member_id=member, team_id="AB"[i % 2])
        datas[member] = dataset(member, "AB"[i % 2], seed=10 + i)
        send(hub.engine(role), datas[member])
    coord = hub.engine(hub.add("coord", "coordinator"))
    for member, data in datas.items():
        assert on_hub(coord, member) == expected(data)
    with coord.connect() as conn:
        teams = dict(conn.execute(select(schema.member_table.c.member_id,
                                         schema.member_table.c.team_id)).all())  # fmt: skip
    assert teams == {"m-0": "A", "m-1": "B", "m-2": "A", "m-3": "B"}


def test_sigkill_mid_send_then_resend_leaves_no_duplicate_and_no_gap(hub) -> None:  # type: ignore[no-untyped-def]
    """A child process sends a bigger, changed dataset and is SIGKILLed while sending: the
    hub holds exactly the old send or the new one, never a mixture; resending gives the
    new one exactly."""
    role = hub.add("aino", "specialist", member_id="m-aino", team_id="A")
    eng = hub.engine(role)
    old = dataset("m-aino", "A", seed=1, years=1)
    send(eng, old)
    rnd = random.Random(7)
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    killed_mid_send = 0
    for round_ in range(4):
        seed, years = 100 + round_, 3
        new = dataset("m-aino", "A", seed=seed, years=years)
        with subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("send_child.py")), hub.url(role),
             "m-aino", "A", str(seed), str(years)],
            stdout=subprocess.PIPE, env=env,
        ) as child:  # fmt: skip
            assert child.stdout is not None
            assert child.stdout.readline().strip() == b"sending"
            # kill it somewhere between the first table and the commit
            for _ in range(rnd.randint(1, 6)):
                if child.stdout.readline().strip() in (b"", b"done"):
                    break
            child.send_signal(signal.SIGKILL)
            rest = child.stdout.read()
            child.wait()
        done = b"done" in rest
        killed_mid_send += not done
        state = on_hub(eng, "m-aino")
        assert state in (expected(old), expected(new))  # never half of each
        if not done:
            assert state == expected(old)
        send(eng, new)  # resend after the crash
        assert on_hub(eng, "m-aino") == expected(new)
        with eng.connect() as conn:
            members = conn.execute(select(func.count()).select_from(schema.member_table))
            assert members.scalar_one() == 1
        old = new
    assert killed_mid_send >= 2  # the kills really landed mid-send
