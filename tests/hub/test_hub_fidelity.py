"""The team fidelity adapter runs unchanged on the hub's PostgreSQL: the same specialists'
data sent to a real hub and imported into a team leader's SQLite store give the same
computed items, a Scope by team leaves the other team out, and a team leader's role
(row-level security) sees only their own team."""

from __future__ import annotations

from datetime import date

from ipsdesk.core.fidelity import reviews
from ipsdesk.core.fidelity.compute import ItemResult, compute_all
from ipsdesk.core.fidelity.team_inputs import from_team_tables
from ipsdesk.core.hub.send import send
from ipsdesk.core.reports.queries import ALL, Scope
from ipsdesk.core.storage.store import Store
from ipsdesk.core.team import importer
from tests.hub.hub_helpers import END, dataset

START = reviews.default_period(END)[0]


def comparable(results: dict[int, ItemResult]) -> dict[int, tuple[object, ...]]:
    """What a review shows of each item: the figure, proposal, cases and evidence."""
    return {
        n: (
            r.figure,
            r.proposed,
            r.count,
            sorted(repr((e.ref, e.on, e.what.text, e.args, e.ok)) for e in r.evidence),
            sorted((p.specialist_id, p.figure, p.count) for p in r.per_specialist),
        )
        for n, r in results.items()
    }


def test_team_items_on_the_hub_equal_those_in_the_leaders_store(hub, store: Store) -> None:  # type: ignore[no-untyped-def]
    members = {"m-aino": "A", "m-eetu": "A", "m-helmi": "B"}
    datas = {
        m: dataset(m, team, seed=60 + i, years=2) for i, (m, team) in enumerate(members.items())
    }
    for i, (member, data) in enumerate(datas.items()):
        role = hub.add(f"s{i}", "specialist", member_id=member, team_id=members[member])
        send(hub.engine(role), data)
    with store.session() as s:
        for data in datas.values():
            importer.replace_member(s, data, checksum="c" * 64, generation=1)
        s.commit()
        local_a = compute_all(from_team_tables(s, START, END, Scope(teams=("A",))))
        local_all = compute_all(from_team_tables(s, START, END, ALL))
    coordinator = hub.engine(hub.add("coord", "coordinator"))
    with coordinator.connect() as conn:
        hub_a = from_team_tables(conn, START, END, Scope(teams=("A",)))
        assert sorted(sp.id for sp in hub_a.specialists) == ["m-aino", "m-eetu"]
        assert comparable(compute_all(hub_a)) == comparable(local_a)
        hub_all = compute_all(from_team_tables(conn, START, END, ALL))
        assert comparable(hub_all) == comparable(local_all)
        assert comparable(hub_all) != comparable(local_a)  # team B's member counts in ALL
    leader_a = hub.engine(hub.add("leader_a", "leader", team_id="A"))
    with leader_a.connect() as conn:  # the policies show the leader their own team only
        seen = from_team_tables(conn, START, END, ALL)
        assert sorted(sp.id for sp in seen.specialists) == ["m-aino", "m-eetu"]
        assert comparable(compute_all(seen)) == comparable(local_a)
        assert all(isinstance(c.since, date) for c in seen.clients)
