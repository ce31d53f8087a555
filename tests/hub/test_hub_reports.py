"""The team reports on the hub equal the reports from the same data through team files.

Two generated teams of three invented specialists each: every specialist's team file is
made with the real encoder and imported into their leader's store (the file path), and
the same datasets are sent to the hub (the hub path). ``team_week`` for several weeks
(2026-W53 among them: 2026 has 53 ISO weeks) and ``outcomes`` for several periods must
give EQUAL dataclasses: per team (the leader's store against the hub as that team's
leader and as the coordinator) and for the county (a store holding every team's
imported files against the hub as the coordinator). Then ``ipsdesk report … --hub`` on
the command line: the files, the access-log row, and the refusals.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from bench.gen_team import PASSPHRASE, generate
from ipsdesk.cli import main
from ipsdesk.core.errors import ExitCode
from ipsdesk.core.hub import config
from ipsdesk.core.hub import reports as hub_reports
from ipsdesk.core.hub.errors import HubError
from ipsdesk.core.hub.send import send
from ipsdesk.core.paths import data_paths
from ipsdesk.core.reports import queries
from ipsdesk.core.storage.models import AccessLog
from ipsdesk.core.storage.store import Store
from ipsdesk.core.team import envelope, importer, teamfile
from ipsdesk.core.team.dataset import Dataset
from ipsdesk.core.team.membership import require_leader

END = date(2026, 11, 30)  # the files' day (a team file cannot be dated in the future)
# 2026-W53 (28.12.2026 – 3.1.2027): caseload and phases at its end, its 12-week chart
WEEKS = [(2026, 53), (2026, 48), (2026, 47), (2026, 1), (2025, 52), (2025, 40)]
PERIODS = [
    (date(2026, 1, 1), date(2026, 12, 31)),
    (date(2026, 12, 28), date(2027, 1, 3)),  # 2026-W53
    (date(2025, 6, 1), date(2026, 5, 31)),
    (date(2026, 11, 18), date(2026, 11, 18)),  # one day
    (date(2024, 12, 1), date(2026, 11, 30)),  # everything
]


@dataclass
class Team:
    team_id: str
    leader: Store
    datasets: list[Dataset]


def _team(root: Path, seed: int) -> Team:
    gen = generate(root, specialists=3, years=2, seed=seed, end=END)
    store = Store.open(gen.leader, PASSPHRASE)
    with store.session() as s:
        results = importer.import_files(s, gen.files)
        assert [r.status for r in results] == [importer.IMPORTED] * 3
        team_id = require_leader(s).team_id
        opened = [teamfile.open_team_file(s, envelope.read_file(f)) for f in gen.files]
    return Team(team_id, store, [o.dataset for o in opened])


@pytest.fixture(scope="module")
def county(module_hub, tmp_path_factory) -> Iterator[dict[str, object]]:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("county")
    teams = [_team(root / "a", seed=11), _team(root / "b", seed=12)]
    # The county's figures through files: every team's imported data in one store.
    county_store, _ = Store.create(data_paths(root / "county"), PASSPHRASE, name="Koordinaattori")
    with county_store.session() as s:
        for team in teams:
            for data in team.datasets:
                importer.replace_member(s, data, checksum="x", generation=1)
        s.commit()
    # The same datasets through the hub, each sent as its own specialist.
    for t, team in enumerate(teams):
        for i, data in enumerate(team.datasets):
            role = module_hub.add(f"s{t}{i}", "specialist", member_id=data.specialist.member_id,
                                  team_id=team.team_id)  # fmt: skip
            send(module_hub.engine(role), data)
    leaders = [module_hub.add(f"lead{t}", "leader", team_id=team.team_id)
               for t, team in enumerate(teams)]  # fmt: skip
    coordinator = module_hub.add("coord", "coordinator")
    yield {"teams": teams, "store": county_store, "leaders": leaders, "coord": coordinator}
    for team in teams:
        team.leader.close()
    county_store.close()


def _on_hub(hub, role: str, build, teams: list[str] | None = None):  # type: ignore[no-untyped-def]
    with hub.engine(role).connect() as conn:
        scope, _ = hub_reports.scope_for(conn, teams or [])
        return build(conn, scope)


def test_team_week_on_the_hub_equals_the_team_files(module_hub, county) -> None:  # type: ignore[no-untyped-def]
    teams: list[Team] = county["teams"]  # type: ignore[assignment]
    for year, week in WEEKS:

        def build(db, scope, year=year, week=week):  # type: ignore[no-untyped-def]
            return queries.team_week(db, year, week, scope)

        for team, leader in zip(teams, county["leaders"], strict=True):  # type: ignore[call-overload]
            with team.leader.session() as s:
                from_files = queries.team_week(s, year, week)
            assert len(from_files.members) == 3
            assert _on_hub(module_hub, leader, build) == from_files, (year, week)
            assert _on_hub(module_hub, county["coord"], build, [team.team_id]) == from_files
        with county["store"].session() as s:  # type: ignore[attr-defined]
            whole = queries.team_week(s, year, week)
        assert len(whole.members) == 6
        assert _on_hub(module_hub, county["coord"], build) == whole, (year, week)
    # the figures are not trivially empty: a caseload at the end of W53, contacts in its chart
    w53 = _on_hub(module_hub, county["coord"], lambda db, sc: queries.team_week(db, 2026, 53, sc))
    assert w53.code == "2026-W53" and w53.figures["caseload"]
    assert w53.series[-1].code == "2026-W53" and sum(p.contacts for p in w53.series) > 0
    w47 = _on_hub(module_hub, county["coord"], lambda db, sc: queries.team_week(db, 2026, 47, sc))
    assert w47.figures["employer_contacts"]


def test_outcomes_on_the_hub_equal_the_team_files(module_hub, county) -> None:  # type: ignore[no-untyped-def]
    teams: list[Team] = county["teams"]  # type: ignore[assignment]
    for start, end in PERIODS:

        def build(db, scope, start=start, end=end):  # type: ignore[no-untyped-def]
            return queries.outcomes(db, start, end, scope)

        for team, leader in zip(teams, county["leaders"], strict=True):  # type: ignore[call-overload]
            with team.leader.session() as s:
                from_files = queries.outcomes(s, start, end)
            assert _on_hub(module_hub, leader, build) == from_files, (start, end)
            assert _on_hub(module_hub, county["coord"], build, [team.team_id]) == from_files
        with county["store"].session() as s:  # type: ignore[attr-defined]
            whole = queries.outcomes(s, start, end)
        assert _on_hub(module_hub, county["coord"], build) == whole, (start, end)
        both = [t.team_id for t in teams]
        assert _on_hub(module_hub, county["coord"], build, both) == whole
    year = _on_hub(module_hub, county["coord"],
                   lambda db, sc: queries.outcomes(db, *PERIODS[0], sc))  # fmt: skip
    assert year.members == 6 and year.figures["in_service"] and year.figures["employed"]
    per_team = [_on_hub(module_hub, county["coord"],
                        lambda db, sc: queries.outcomes(db, *PERIODS[0], sc), [t.team_id])
                for t in teams]  # fmt: skip
    assert per_team[0].figures != per_team[1].figures  # the scope really narrows


def test_a_leader_cannot_report_another_team(module_hub, county) -> None:  # type: ignore[no-untyped-def]
    teams: list[Team] = county["teams"]  # type: ignore[assignment]
    leader_a = county["leaders"][0]  # type: ignore[index]
    with module_hub.engine(leader_a).connect() as conn:
        assert hub_reports.visible_teams(conn) == (teams[0].team_id,)
        with pytest.raises(HubError) as err:
            hub_reports.scope_for(conn, [teams[1].team_id])
        assert err.value.kind == "no_such_team"
        # even a scope naming the other team reads nothing of it (row-level security)
        other = queries.outcomes(conn, *PERIODS[0], queries.Scope(teams=(teams[1].team_id,)))
        assert other.members == 0 and other.figures["in_service"] == 0


def _cli_store(tmp_path: Path, module_hub, role: str) -> Path:  # type: ignore[no-untyped-def]
    store, _ = Store.create(data_paths(tmp_path / "kaisa"), PASSPHRASE, name="Kaisa Koordinaattori")
    with store.session() as s:
        config.save(s, config.HubConfig(
            server=module_hub.server.host, port=module_hub.server.port, database=module_hub.db,
            user=role, password=f"pw-{role}", sslmode="disable",
        ))  # fmt: skip
        s.commit()
    store.close()
    return tmp_path / "kaisa"


def test_report_commands_with_hub_write_the_files_and_log_them(
    module_hub, county, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    teams: list[Team] = county["teams"]  # type: ignore[assignment]
    root = _cli_store(tmp_path, module_hub, county["coord"])  # type: ignore[arg-type]
    pw = tmp_path / "pass.txt"
    pw.write_text(PASSPHRASE, encoding="utf-8")

    def cli(*args: str) -> int:
        return main(["--data-dir", str(root), "--passphrase-file", str(pw), "report", *args])

    whole_csv = tmp_path / "county.csv"
    assert cli("outcomes", "--from", "2026-01-01", "--to", "2026-12-31", "--hub",
               "--out", str(whole_csv), "--lang", "en") == 0  # fmt: skip
    assert "Written" in capsys.readouterr().out
    with county["store"].session() as s:  # type: ignore[attr-defined]
        whole = queries.outcomes(s, *PERIODS[0])
    rows = list(csv.reader(whole_csv.read_text(encoding="utf-8-sig").splitlines()))
    assert rows and str(whole.figures["in_service"]) in {c for r in rows for c in r}
    team_pdf = tmp_path / "team-a.pdf"
    assert cli("team-week", "--week", "2026-W53", "--hub", "--team", teams[0].team_id,
               "--out", str(team_pdf), "--lang", "fi") == 0  # fmt: skip
    assert team_pdf.read_bytes().startswith(b"%PDF")
    capsys.readouterr()

    store = Store.open(data_paths(root), PASSPHRASE)
    try:
        with store.session() as s:
            details = [r.detail for r in s.exec(select(AccessLog)).all() if r.action == "export"]
    finally:
        store.close()
    assert details == [hub_reports.OUTCOMES_DETAIL, hub_reports.WEEK_DETAIL]

    # refusals: a team the account cannot see, --team without --hub; nothing logged
    code = cli("outcomes", "--from", "2026-01-01", "--to", "2026-01-31", "--hub", "--team",
               "no-such-team", "--out", str(tmp_path / "x.csv"))  # fmt: skip
    assert code == ExitCode.HUB
    assert "shows no team no-such-team" in capsys.readouterr().err
    assert cli("outcomes", "--from", "2026-01-01", "--to", "2026-01-31", "--team", "x",
               "--out", str(tmp_path / "y.csv")) != 0  # fmt: skip
    assert "give --hub as well" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "y.csv").exists()


def test_report_with_hub_but_none_set_up_says_so(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    store, _ = Store.create(data_paths(tmp_path / "eila"), PASSPHRASE, name="Eila Esimerkki")
    store.close()
    pw = tmp_path / "pass.txt"
    pw.write_text(PASSPHRASE, encoding="utf-8")
    out = tmp_path / "o.pdf"
    code = main(["--data-dir", str(tmp_path / "eila"), "--passphrase-file", str(pw), "report",
                 "outcomes", "--from", "2026-01-01", "--to", "2026-01-31", "--hub",
                 "--out", str(out)])  # fmt: skip
    assert code == ExitCode.HUB
    assert "No team hub is set up, so there is nothing to report from" in capsys.readouterr().err
    assert not out.exists()
