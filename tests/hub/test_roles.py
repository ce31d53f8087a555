"""Who may see what on the hub, enforced by PostgreSQL: each test connects AS a role."""

from __future__ import annotations

import pytest
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.exc import ProgrammingError

from ipsdesk.core.hub import schema
from ipsdesk.core.hub.send import send
from tests.hub.hub_helpers import dataset

TEAM_A, TEAM_B = "tiimiA", "tiimiB"


@pytest.fixture(scope="module")
def hub(module_hub):  # type: ignore[no-untyped-def]
    return module_hub


@pytest.fixture(scope="module")
def county(hub):  # type: ignore[no-untyped-def]
    """Two teams: Aino and Eetu in A, Helmi in B; a leader for each; a coordinator.
    Every specialist has sent their own data as themselves."""
    people = {
        "aino": ("m-aino", TEAM_A),
        "eetu": ("m-eetu", TEAM_A),
        "helmi": ("m-helmi", TEAM_B),
    }
    roles = {}
    for seed, (name, (member, team)) in enumerate(people.items(), start=1):
        roles[name] = hub.add(name, "specialist", member_id=member, team_id=team)
        send(hub.engine(roles[name]), dataset(member, team, seed=seed))
    roles["leader_a"] = hub.add("leader_a", "leader", team_id=TEAM_A)
    roles["leader_b"] = hub.add("leader_b", "leader", team_id=TEAM_B)
    roles["coord"] = hub.add("coord", "coordinator")
    return roles


def _members(engine, table=None) -> set[str]:  # type: ignore[no-untyped-def]
    table = schema.member_table if table is None else table
    with engine.connect() as conn:
        return set(conn.execute(select(table.c.member_id).distinct()).scalars())


def _count(engine, table, member: str) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return int(
            conn.execute(
                select(func.count()).select_from(table).where(table.c.member_id == member)
            ).scalar_one()
        )


ALL = {"m-aino", "m-eetu", "m-helmi"}


@pytest.mark.parametrize("table", [t.name for t in schema.GUARDED_TABLES])
def test_each_role_reads_exactly_what_it_may(hub, county, table) -> None:  # type: ignore[no-untyped-def]
    t = schema.metadata.tables[table]
    assert _members(hub.engine(county["aino"]), t) == {"m-aino"}
    assert _members(hub.engine(county["helmi"]), t) == {"m-helmi"}
    assert _members(hub.engine(county["leader_a"]), t) == {"m-aino", "m-eetu"}
    assert _members(hub.engine(county["leader_b"]), t) == {"m-helmi"}
    assert _members(hub.engine(county["coord"]), t) == ALL
    # FORCE ROW LEVEL SECURITY: the tables' owner obeys the policies too (no account: nothing)
    assert _members(hub.engine(), t) == set()


def test_a_specialist_cannot_write_anothers_rows(hub, county) -> None:  # type: ignore[no-untyped-def]
    aino = hub.engine(county["aino"])
    owner_view = hub.engine(county["coord"])
    events = schema.metadata.tables["team_event"]
    before = _count(owner_view, events, "m-eetu")
    assert before > 0
    # insert as someone else: refused by the policy
    with pytest.raises(ProgrammingError, match="row-level security"), aino.begin() as conn:
        conn.execute(
            insert(events).values(
                member_id="m-eetu",
                client_code="X",
                kind="profile_meeting",
                on=dataset("m-aino", TEAM_A, seed=1).specialist.exported_at.date(),
                with_whom="",
                place="",
                job_ref="",
            )  # fmt: skip
        )
    # update and delete of another's rows reach no row at all
    with aino.begin() as conn:
        assert (
            conn.execute(
                update(events).where(events.c.member_id == "m-eetu").values(kind="x")
            ).rowcount
            == 0
        )
        assert conn.execute(events.delete().where(events.c.member_id == "m-eetu")).rowcount == 0
        # nor can she move her own rows to another member
    with pytest.raises(ProgrammingError, match="row-level security"), aino.begin() as conn:
        conn.execute(
            update(events).where(events.c.member_id == "m-aino").values(member_id="m-eetu")
        )
    assert _count(owner_view, events, "m-eetu") == before


def test_a_specialist_cannot_send_as_another_or_to_another_team(hub, county) -> None:  # type: ignore[no-untyped-def]
    aino = hub.engine(county["aino"])
    with pytest.raises(ProgrammingError, match="row-level security"):
        send(aino, dataset("m-helmi", TEAM_B, seed=9))
    with pytest.raises(ProgrammingError, match="row-level security"):
        send(aino, dataset("m-aino", TEAM_B, seed=1))  # her own id, the wrong team
    coord = hub.engine(county["coord"])
    assert _count(coord, schema.member_table, "m-helmi") == 1
    with coord.connect() as conn:
        team = conn.execute(select(schema.member_table.c.team_id).where(
            schema.member_table.c.member_id == "m-aino")).scalar_one()  # fmt: skip
    assert team == TEAM_A


@pytest.mark.parametrize("who", ["leader_a", "coord"])
def test_readers_cannot_write(hub, county, who) -> None:  # type: ignore[no-untyped-def]
    eng = hub.engine(county[who])
    events = schema.metadata.tables["team_event"]
    for stmt in (
        events.delete().where(events.c.member_id == "m-aino"),
        update(events).values(kind="x"),
    ):
        with pytest.raises(ProgrammingError, match="permission denied"), eng.begin() as conn:
            conn.execute(stmt)
    with pytest.raises(ProgrammingError, match="permission denied"):
        send(eng, dataset("m-aino", TEAM_A, seed=1))
    assert _count(hub.engine(county["aino"]), events, "m-aino") > 0


@pytest.mark.parametrize("who", ["aino", "leader_a", "coord"])
def test_nobody_reads_or_changes_the_accounts(hub, county, who) -> None:  # type: ignore[no-untyped-def]
    eng = hub.engine(county[who])
    with pytest.raises(ProgrammingError, match="permission denied"), eng.connect() as conn:
        conn.execute(select(schema.account))
    with pytest.raises(ProgrammingError, match="permission denied"), eng.begin() as conn:
        conn.execute(insert(schema.account).values(role_name=county[who], kind="coordinator"))
    with pytest.raises(ProgrammingError, match="permission denied"), eng.begin() as conn:
        conn.execute(text("CREATE TABLE sneaky (x int)"))


def test_a_leader_with_a_caseload_writes_only_their_own(pg) -> None:  # type: ignore[no-untyped-def]
    from tests.hub.conftest import _new_hub

    with _new_hub(pg) as hub:
        aino = hub.add("aino", "specialist", member_id="m-aino", team_id=TEAM_A)
        send(hub.engine(aino), dataset("m-aino", TEAM_A, seed=1))
        leader = hub.add("leader_a", "leader", team_id=TEAM_A)
        role = hub.add("liisa", "leader", member_id="m-liisa", team_id=TEAM_A)
        eng = hub.engine(role)
        send(eng, dataset("m-liisa", TEAM_A, seed=5))
        assert _members(eng) == {"m-aino", "m-liisa"}
        events = schema.metadata.tables["team_event"]
        with eng.begin() as conn:
            gone = conn.execute(events.delete().where(events.c.member_id == "m-aino"))
            assert gone.rowcount == 0
        assert _count(hub.engine(aino), events, "m-aino") > 0
        assert _members(hub.engine(leader)) == {"m-aino", "m-liisa"}
