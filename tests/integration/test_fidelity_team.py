"""The fidelity review over the team tables: a generated team (bench/gen_team.py, real
encrypted team files imported into the leader's store) and one member of another team.

The computed items 1, 12, 15, 17, 21, 23 and 24 are computed here again from the raw
team rows (plain SQL over team_member, team_client, team_event, team_job and
team_employer_contact(_client)), written without the fidelity code; the adapter's
scope must leave the other team's member out; a team review is saved, reopened and
exported (PDF with the scope, the access-log row worded, no client codes), and the
command line does the same with ``--team``.
"""

from __future__ import annotations

import random
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import insert, text

from bench.gen_team import PASSPHRASE, generate, specialist_dataset
from ipsdesk.cli import main
from ipsdesk.core.domain.access_log import detail_text
from ipsdesk.core.fidelity import reviews
from ipsdesk.core.fidelity.compute import compute_all
from ipsdesk.core.fidelity.inputs import FidelityInputs
from ipsdesk.core.fidelity.team_inputs import from_team_tables, has_team_data
from ipsdesk.core.fidelity.thresholds import THRESHOLDS
from ipsdesk.core.i18n import Catalog
from ipsdesk.core.reports.queries import ALL, Scope
from ipsdesk.core.storage.store import Store
from ipsdesk.core.team import importer
from ipsdesk.core.team.tables import TeamEvent, TeamIdentity
from tests.conftest import TODAY

START, END = reviews.default_period(TODAY)  # 19.8.2026–18.11.2026
OTHER = "M-OTHER-TEAM-0001"


def other_team_member(store: Store) -> None:
    """A member of another team whose data is in the same tables (as on the hub)."""
    exported = datetime(2026, 11, 18, 6, tzinfo=UTC)
    ident = TeamIdentity(
        role="member", team_id="T-OTHER", team_name="Toinen tiimi", generation=1,
        member_id=OTHER, member_name="Keksitty Muualta", secret_key="", public_key="",
        leader_public_key="", team_key="", ref_secret="", joined_at=exported,
    )  # fmt: skip
    data = specialist_dataset(
        random.Random(99), ident, TODAY - timedelta(days=730), TODAY, exported
    )
    with store.session() as s:
        importer.replace_member(s, data, checksum="o" * 64, generation=1)
        s.commit()


def follow_along_in_time(store: Store) -> None:
    """The generator's follow-along starts after the job start (so every job misses the
    week before it): give every other recent job a contact on the first day of each of
    its windows (as :func:`windows` below counts them) on a random day of the window, a
    few windows left without, so item 23 has jobs met and missed."""
    rnd = random.Random(23)
    with store.session() as s:
        conn = s.connection()
        jobs = list(
            conn.execute(
                text(
                    "SELECT member_id, client_code, start_on, end_on FROM team_job "
                    "WHERE start_on >= :lo ORDER BY id"
                ),
                {"lo": (END - timedelta(days=365)).isoformat()},
            )
        )
        rows = []
        for mid, code, start, end in jobs[::2]:
            s_ = date.fromisoformat(str(start))
            e = date.fromisoformat(str(end)) if end is not None else None
            for lo, hi in windows(s_, e if e is not None and e <= END else None):
                if rnd.random() < 0.04:
                    continue  # a window missed
                on = lo + timedelta(days=rnd.randint(0, (hi - lo).days))
                rows.append(
                    dict(member_id=mid, client_code=code, kind="client_contact", on=on,
                         with_whom="client", place="workplace", job_ref="")
                )  # fmt: skip
        conn.execute(insert(TeamEvent), rows)
        s.commit()


@dataclass
class Team:
    store: Store
    root: Path
    team_id: str
    members: list[str]


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    root = tmp_path_factory.mktemp("fidelity-team")
    gen = generate(root, specialists=4, years=2, seed=5, end=TODAY)
    store = Store.open(gen.leader, PASSPHRASE)
    with store.session() as s:
        results = importer.import_files(s, gen.files)
        assert [r.status for r in results] == [importer.IMPORTED] * 4
        team_id = s.get(TeamIdentity, 1).team_id  # type: ignore[union-attr]
        members = [r[0] for r in s.connection().execute(text("SELECT member_id FROM team_member"))]
    other_team_member(store)
    follow_along_in_time(store)
    try:
        yield Team(store, root, team_id, sorted(members))
    finally:
        store.close()


# -- the raw rows and the computation written here ----------------------------------------


@dataclass
class Raw:
    fte: dict[str, int]
    clients: list[tuple[str, str, date | None, date | None, date | None]]
    first_phase: dict[tuple[str, str], date]
    jobs: list[tuple[str, str, date, date | None, bool]]
    contacts: dict[tuple[str, str], list[date]]  # client contacts, all kinds of contact
    places: list[tuple[str, date, str]]  # (member, day, place) of client contacts
    employer: list[tuple[str, date, str]]  # (member, day, mode)
    first_ff: dict[tuple[str, str], date]
    benefits: dict[tuple[str, str], list[date]]
    hours_changes: list[tuple[str, str, date]]  # (member, client, day)


def raw(store: Store, members: list[str]) -> Raw:
    with store.session() as s:
        conn = s.connection()

        def q(sql: str) -> list[Any]:
            return list(conn.execute(text(sql)))

        def d(x: Any) -> date | None:
            return None if x is None else date.fromisoformat(str(x)[:10])

        keep = set(members)
        fte = {
            mid: f for mid, f in q("SELECT member_id, fte_percent FROM team_member") if mid in keep
        }
        clients = [
            (mid, code, d(ref), d(agr), d(ended))
            for mid, code, ref, agr, ended in q(
                "SELECT member_id, code, referral_date, agreement_date, ended_on FROM team_client"
            )
            if mid in keep
        ]
        events = [
            (mid, code, kind, d(on), place)
            for mid, code, kind, on, place in q(
                'SELECT member_id, client_code, kind, "on", place FROM team_event'
            )
            if mid in keep
        ]
        first_phase: dict[tuple[str, str], date] = {}
        contacts: dict[tuple[str, str], list[date]] = defaultdict(list)
        benefits: dict[tuple[str, str], list[date]] = defaultdict(list)
        places = []
        hours_changes = []
        for mid, code, kind, on, place in events:
            assert on is not None
            if kind == "phase_change":
                first_phase[(mid, code)] = min(on, first_phase.get((mid, code), on))
            elif kind == "client_contact":
                contacts[(mid, code)].append(on)
                places.append((mid, on, place))
            elif kind == "benefits_counselling":
                benefits[(mid, code)].append(on)
            elif kind == "hours_change":
                hours_changes.append((mid, code, on))
        jobs = [
            (mid, code, d(s_), d(e), bool(om))
            for mid, code, s_, e, om in q(
                "SELECT member_id, client_code, start_on, end_on, open_market FROM team_job"
            )
            if mid in keep
        ]
        employer = [
            (mid, d(on), mode)
            for mid, on, mode in q('SELECT member_id, "on", mode FROM team_employer_contact')
            if mid in keep
        ]
        first_ff: dict[tuple[str, str], date] = {}
        for mid, code, on in q(
            'SELECT c.member_id, cc.client_code, c."on" FROM team_employer_contact c '
            "JOIN team_employer_contact_client cc "
            "ON cc.member_id = c.member_id AND cc.contact_ref = c.contact_ref "
            "WHERE c.mode = 'face_to_face'"
        ):
            day = d(on)
            if mid in keep and day is not None and day <= END:
                first_ff[(mid, code)] = min(day, first_ff.get((mid, code), day))
    return Raw(
        fte,
        clients,
        first_phase,
        jobs,
        contacts,
        places,
        employer,
        first_ff,
        benefits,
        hours_changes,
    )  # type: ignore[arg-type]


def since(r: Raw, mid: str, code: str, ref: date | None, agr: date | None) -> date | None:
    return ref or agr or r.first_phase.get((mid, code))


def expected_1(r: Raw) -> float:
    active: Counter[str] = Counter()
    for mid, code, ref, agr, ended in r.clients:
        begun = since(r, mid, code, ref, agr)
        if begun is not None and begun <= END and (ended is None or ended > END):
            active[mid] += 1
    return sum(active.values()) / sum(f / 100 for f in r.fte.values())


def expected_12(r: Raw) -> tuple[float, int]:
    starts: dict[tuple[str, str], list[date]] = defaultdict(list)
    for mid, code, s, _e, _om in r.jobs:
        starts[(mid, code)].append(s)
    met = total = 0
    for (mid, code), days in starts.items():
        for s in days:
            if not START <= s <= END:
                continue
            total += 1
            before = [x for x in days if x < s]
            lo = max(before) + timedelta(days=1) if before else date.min
            met += any(lo <= b <= s for b in r.benefits.get((mid, code), []))
    # an hours change: counselling from 30 days before to 30 days after; left out while
    # its 30 days are not over and no counselling yet
    for mid, code, on in r.hours_changes:
        if not START <= on <= END:
            continue
        hi = min(on + timedelta(days=30), END)
        ok = any(on - timedelta(days=30) <= b <= hi for b in r.benefits.get((mid, code), []))
        if not ok and on + timedelta(days=30) > END:
            continue
        total += 1
        met += ok
    return 100 * met / total, total


def expected_15(r: Raw) -> tuple[float, float, int]:
    days = []
    for mid, code, _ref, agr, _ended in r.clients:
        if agr is None or not END - timedelta(days=365) <= agr <= END:
            continue
        first = r.first_ff.get((mid, code))
        if first is not None:
            days.append(max(0, (first - agr).days))
    return statistics.fmean(days), statistics.median(days), len(days)


def expected_17(r: Raw) -> float:
    weeks = ((END - START).days + 1) / 7
    count = Counter(
        mid for mid, on, mode in r.employer if mode == "face_to_face" and START <= on <= END
    )
    return statistics.fmean(count[mid] / weeks / (f / 100) for mid, f in r.fte.items())


def expected_21(r: Raw) -> tuple[float, int]:
    held = [om for _m, _c, s, e, om in r.jobs if s <= END and (e is None or e >= START)]
    return 100 * sum(held) / len(held), len(held)


def windows(start: date, end: date | None) -> list[tuple[date, date]]:
    """Follow-along: the week before, 3 days from the start, weekly in the first 4 weeks,
    then every 30 days up to a year while the job lasts, 3 days from the end."""
    out = [(start - timedelta(days=7), start - timedelta(days=1))]
    out.append((start, start + timedelta(days=3)))
    for week in range(4):
        first = start + timedelta(weeks=week)
        if end is None or first <= end:
            out.append((first, first + timedelta(days=6)))
    first = start + timedelta(days=28)
    while first + timedelta(days=29) <= start + timedelta(days=365):
        if end is None or first <= end:
            out.append((first, first + timedelta(days=29)))
        first += timedelta(days=30)
    if end is not None:
        out.append((end, end + timedelta(days=3)))
    return out


def expected_23(r: Raw) -> tuple[float, int]:
    met = total = 0
    for mid, code, s, e, _om in r.jobs:
        if not END - timedelta(days=365) <= s <= END:
            continue
        due = [w for w in windows(s, e if e is not None and e <= END else None) if w[1] <= END]
        if not due:
            continue
        total += 1
        days = r.contacts.get((mid, code), [])
        met += all(any(lo <= x <= hi for x in days) for lo, hi in due)
    return 100 * met / total, total


def expected_24(r: Raw) -> tuple[float, int]:
    places = [p for _m, on, p in r.places if START <= on <= END]
    outside = sum(p in ("home", "workplace", "community") for p in places)
    in_person = outside + sum(p == "clinic" for p in places)
    return 100 * outside / in_person, in_person


# -- the tests ----------------------------------------------------------------------------


def team_inputs(team: Team, scope: Scope) -> FidelityInputs:
    with team.store.session() as s:
        return from_team_tables(s, START, END, scope)


def test_items_equal_the_computation_from_the_raw_team_rows(team: Team) -> None:
    inp = team_inputs(team, Scope(teams=(team.team_id,)))
    assert sorted(sp.id for sp in inp.specialists) == team.members
    got = compute_all(inp)
    r = raw(team.store, team.members)
    assert got[1].figure == round(expected_1(r), 1)
    assert got[1].proposed == THRESHOLDS[1].score(expected_1(r))
    assert {p.specialist_id for p in got[1].per_specialist} == set(team.members)
    figure, count = expected_12(r)
    assert (got[12].figure, got[12].count) == (round(figure, 1), count)
    changes = [e for e in got[12].evidence if e.what.text.startswith("Hours changed")]
    assert len(changes) >= 3 and {e.ok for e in changes} == {True, False}
    mean, median, n = expected_15(r)
    assert (got[15].figure, got[15].count) == (round(mean, 1), n)
    assert dict(got[15].details)[reviews_detail_median()] == _num(median)
    assert got[17].figure == round(expected_17(r), 1)
    assert got[17].proposed == THRESHOLDS[17].score(expected_17(r))
    figure, count = expected_21(r)
    assert (got[21].figure, got[21].count) == (round(figure, 1), count)
    figure, count = expected_23(r)
    assert (got[23].figure, got[23].count) == (round(figure, 1), count)
    figure, count = expected_24(r)
    assert (got[24].figure, got[24].count) == (round(figure, 1), count)
    for number in (1, 15, 17, 21, 23):  # a generated team has enough cases for a proposal
        assert got[number].proposed is not None, number
    assert 0 < got[23].figure < 100  # jobs met and missed


def reviews_detail_median() -> Any:
    from ipsdesk.core.fidelity.compute import D_MEDIAN

    return D_MEDIAN


def _num(x: float) -> float:
    return round(float(x), 1)  # details carry numbers; the translation writes them


def test_scope_leaves_another_teams_member_out(team: Team) -> None:
    scoped = team_inputs(team, Scope(teams=(team.team_id,)))
    everyone = team_inputs(team, ALL)
    assert OTHER not in {sp.id for sp in scoped.specialists}
    assert OTHER in {sp.id for sp in everyone.specialists}
    assert {e.specialist_id for e in scoped.employer_contacts} <= set(team.members)
    other_codes = {c.code for c in everyone.clients} - {c.code for c in scoped.clients}
    assert other_codes and len(everyone.clients) > len(scoped.clients)
    assert compute_all(everyone)[1].figure != compute_all(scoped)[1].figure
    one = team_inputs(team, Scope(members=(team.members[0],)))
    assert [sp.id for sp in one.specialists] == [team.members[0]]
    assert {e.specialist_id for e in one.employer_contacts} == {team.members[0]}
    r = raw(team.store, [team.members[0]])
    assert compute_all(one)[17].figure == round(expected_17(r), 1)
    # the review's team is the leader's own team
    with team.store.session() as s:
        assert reviews.team_scope(s) == Scope(teams=(team.team_id,))
        draft = reviews.new_review(s, START, END, today=TODAY, scope=reviews.TEAM)
    assert draft.results[1].figure == compute_all(scoped)[1].figure


def test_evidence_names_clients_by_pseudonym_only(team: Team) -> None:
    inp = team_inputs(team, Scope(teams=(team.team_id,)))
    codes = {c.code for c in inp.clients}
    names = {sp.name for sp in inp.specialists}
    for number, result in compute_all(inp).items():
        for e in result.evidence:
            if number == 17:
                assert e.ref in names  # a specialist's weeks
            else:
                assert e.ref in codes and e.ref.startswith("P-"), (number, e.ref)


def test_team_review_saved_reopened_overruled_and_exported(team: Team, tmp_path: Path) -> None:
    with team.store.session() as s:
        assert has_team_data(s)
        draft = reviews.new_review(s, START, END, today=TODAY, scope=reviews.TEAM)
        own = reviews.new_review(s, START, END, today=TODAY)  # the leader's own: none
        assert draft.scope == reviews.TEAM and own.scope == reviews.OWN
        assert own.results[1].count == 0 < draft.results[1].count
        proposal = draft.results[17].proposed
        assert proposal is not None
        scores: dict[int, tuple[int | None, str]] = {
            n: (sc.score, "") for n, sc in draft.scores.items()
        }
        scores[17] = (proposal % 5 + 1, "Kontaktit kirjattu puutteellisesti.")
        rid = reviews.save_review(s, None, START, END, scores, scope=reviews.TEAM, today=TODAY)
        # saving again (no scope given) keeps the team scope
        reviews.save_review(s, rid, START, END, scores, today=TODAY)
        again = reviews.get_review(s, rid, evidence=True)
        assert again.scope == reviews.TEAM
        assert again.results[1].figure == draft.results[1].figure
        assert again.scores[17].overruled and again.scores[17].proposed == proposal
        assert [r.scope for r in reviews.list_reviews(s)] == [reviews.TEAM]
        out = tmp_path / "tiimi.pdf"
        reviews.export_review(s, rid, "fi", out)
        reviews.export_review(s, own, "en", tmp_path / "own.csv")
        log = list(
            s.connection().execute(
                text("SELECT client_ref, detail FROM accesslog WHERE detail LIKE '%fidelity%'")
            )
        )
    assert [tuple(row) for row in log] == [
        ("", "team fidelity review PDF"),
        ("", "fidelity review CSV"),
    ]
    fi = Catalog("fi").tr
    assert detail_text("team fidelity review PDF", fi) == "Laatuarviointi, koko tiimi (PDF)"
    pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Rajaus: koko tiimi" in pdf
    assert "aikaväliä ei voitu tarkistaa" in pdf  # item 12 says its window is not checked
    codes = {c.code for c in team_inputs(team, ALL).clients}
    assert not any(code in pdf for code in codes)
    # an overruled score is marked, the mark explained under its section's table
    assert f"{scores[17][0]} *" in pdf
    assert "* poikkeaa ehdotuksesta: pisteet eroavat ehdotetuista" in pdf
    # items 1 and 17: each specialist (a team member, named) against the target
    assert "1. Asiakasmäärä, työhönvalmentajittain" in pdf
    assert "17. Tiivis työnantajayhteistyö, työhönvalmentajittain" in pdf
    assert "Suhteessa tavoitteeseen (≤ 20)" in pdf and "Suhteessa tavoitteeseen (≥ 6)" in pdf

    def fi_num(x: float) -> str:
        return (str(int(x)) if float(x).is_integer() else f"{x:.1f}").replace(".", ",")

    for number, target, better in ((1, 20, "lower"), (17, 6, "higher")):
        per = again.results[number].per_specialist
        assert len(per) == len(team.members) > 1
        for p in per:
            meets = p.figure <= target if better == "lower" else p.figure >= target
            gap = abs(round(p.figure - target, 1))
            word = (
                "tavoite täyttyy"
                if meets
                else f"{fi_num(gap)} {'yli' if p.figure > target else 'alle'}"
            )
            score = THRESHOLDS[number].score(p.figure)
            row = f"{p.name} {fi_num(p.figure)} (n = {p.count}) {score} {word}"
            assert row in pdf, row
    assert "Laskettu uudelleen kirjauksista viennin hetkellä" in pdf  # a saved review


def cli(team: Team, *args: str) -> int:
    pw = team.root / "pw.txt"
    pw.write_text(PASSPHRASE)
    return main(["--data-dir", str(team.root / "leader"), "--passphrase-file", str(pw), *args])


def test_cli_team_review(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team.store.close()
    try:
        out = tmp_path / "team.csv"
        args = [
            "fidelity",
            "review",
            "--team",
            "--from",
            START.isoformat(),
            "--to",
            END.isoformat(),
        ]
        assert cli(team, *args, "--out", str(out), "--lang", "en") == 0
        said = capsys.readouterr().out
        assert "Fidelity items of the whole team (19.8.2026 – 18.11.2026):" in said
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")
        english_csv = out.read_text(encoding="utf-8-sig")
        # the global --lang: the messages and (by default) the document
        assert cli(team, "--lang", "sv", *args, "--out", str(out)) == 0
        assert (
            "Hela teamets kvalitetskriterier (19.8.2026 – 18.11.2026):" in capsys.readouterr().out
        )
        swedish_csv = out.read_text(encoding="utf-8-sig")
        assert swedish_csv != english_csv
        # the command's own --lang: the document only (it once overwrote the global one)
        assert cli(team, "--lang", "en", *args, "--out", str(out), "--lang", "sv") == 0
        assert "Fidelity items of the whole team (19.8.2026" in capsys.readouterr().out
        assert out.read_text(encoding="utf-8-sig") == swedish_csv
        assert cli(team, "--lang", "en", "fidelity", "list") == 0
        assert "whole team" in capsys.readouterr().out
    finally:
        team.store = Store.open(team.store.paths, PASSPHRASE)


def test_cli_team_without_team_data(
    store: Store,
    paths: Any,
    passphrase_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.close()
    code = main(
        ["--data-dir", str(paths.root), "--passphrase-file", str(passphrase_file), "--lang", "en",
         "fidelity", "review", "--team", "--to", TODAY.isoformat(), "--out", str(tmp_path / "x.pdf"),
         "--lang", "en"]
    )  # fmt: skip
    assert code != 0
    assert "--team: this store holds no team data" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
