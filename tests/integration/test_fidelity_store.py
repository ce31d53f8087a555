"""The fidelity review on a real store: a generated store's computed items equal a
computation written here independently from the raw rows (SQL), reviews are saved with
the proposal beside the score, overruling needs a reason, and PDF/CSV/CLI exports."""

from __future__ import annotations

import random
import statistics
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from ipsdesk.cli import main
from ipsdesk.core.domain.access_log import detail_text
from ipsdesk.core.errors import ExitCode
from ipsdesk.core.fidelity import reviews
from ipsdesk.core.fidelity.inputs import from_store
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.services.validation import ValidationError
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store
from tests.conftest import TODAY

START, END = date(2026, 8, 19), TODAY
PLACES = ["clinic", "home", "workplace", "community", "remote"]


def _day(rnd: random.Random, lo: date, hi: date) -> date:
    return lo + timedelta(days=rnd.randint(0, max(0, (hi - lo).days)))


def generate(store: Store, seed: int = 7, clients: int = 60) -> None:
    """Invented clients over two years with every kind of record the items read."""
    rnd = random.Random(seed)
    first = TODAY - timedelta(days=730)
    with store.session() as s:
        employers = [m.Employer(name=f"Testiyritys {i} Oy") for i in range(12)]
        s.add_all(employers)
        s.flush()
        for i in range(clients):
            agreed = _day(rnd, first, TODAY - timedelta(days=3))
            ended = _day(rnd, agreed, TODAY) if rnd.random() < 0.35 else None
            c = m.Client(
                code=f"A-{i + 1:04d}",
                full_name=f"Keksitty Henkilö {i}",
                referral_date=agreed - timedelta(days=rnd.randint(0, 20)),
                agreement_date=agreed,
                phase=3,
                phase_since=agreed,
                status="ended" if ended else "active",
                ended_on=ended,
            )
            s.add(c)
            s.flush()
            hi = ended or TODAY
            s.add(m.PhaseChange(client_id=c.id, from_phase=None, to_phase=1, on=agreed))
            if rnd.random() < 0.8:
                s.add(
                    m.PhaseChange(
                        client_id=c.id, from_phase=2, to_phase=3, on=_day(rnd, agreed, hi)
                    )
                )
            for _ in range(rnd.randint(0, 3)):
                s.add(m.BenefitsCounselling(client_id=c.id, on=_day(rnd, agreed, hi)))
            for _ in range(rnd.randint(0, 3)):
                s.add(m.DisclosureDiscussion(client_id=c.id, on=_day(rnd, agreed, hi)))
            for _ in range(rnd.randint(0, 4)):
                s.add(m.ProfileMeeting(client_id=c.id, on=_day(rnd, agreed, hi)))
            for _ in range(rnd.randint(0, 3)):
                start = _day(rnd, agreed, hi)
                end = _day(rnd, start, hi) if rnd.random() < 0.5 else None
                s.add(
                    m.Job(
                        client_id=c.id,
                        employer_id=rnd.choice(employers).id,
                        title="Työntekijä",
                        start_on=start,
                        end_on=end,
                        open_market=rnd.random() < 0.85,
                        wage_subsidy=rnd.random() < 0.3,
                    )
                )
            for _ in range(rnd.randint(0, 40)):
                s.add(
                    m.ClientContact(
                        client_id=c.id,
                        on=_day(rnd, agreed, hi),
                        with_whom="client",
                        place=rnd.choice(PLACES),
                    )
                )
            for _ in range(rnd.randint(0, 3)):
                ec = m.EmployerContact(
                    on=_day(rnd, agreed - timedelta(days=10), hi),
                    employer_id=rnd.choice(employers).id,
                    mode=rnd.choice(["face_to_face", "phone", "email_other"]),
                    purpose="present_jobseeker",
                )
                s.add(ec)
                s.flush()
                s.add(m.EmployerContactClient(contact_id=ec.id, client_id=c.id))
        for _ in range(200):  # general contacts, for no client
            s.add(
                m.EmployerContact(
                    on=_day(rnd, first, TODAY),
                    employer_id=rnd.choice(employers).id,
                    mode=rnd.choice(["face_to_face", "phone"]),
                    purpose="needs",
                )
            )
        s.commit()


@pytest.fixture
def generated(store: Store) -> Store:
    generate(store)
    return store


def rows(store: Store, sql: str, *params: object) -> list[tuple]:  # type: ignore[type-arg]
    with store.engine.connect() as conn:
        out = [tuple(r) for r in conn.exec_driver_sql(sql, params).fetchall()]
        conn.rollback()
    return out


def d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def independent(store: Store, start: date, end: date) -> dict[int, float | None]:
    """The figures, straight from the tables."""
    s, e = start.isoformat(), end.isoformat()
    out: dict[int, float | None] = {}
    (active,) = rows(
        store,
        "SELECT count(*) FROM client WHERE coalesce(referral_date, agreement_date) <= ? "
        "AND (ended_on IS NULL OR ended_on > ?)",
        e,
        e,
    )[0]
    out[1] = float(active)
    out[3] = 100.0  # one specialist owns a store
    # 12: jobs started in the period with counselling after the previous start
    jobs = rows(store, "SELECT id, client_id, start_on, end_on, employer_id, open_market FROM job")
    counselling = rows(store, 'SELECT client_id, "on" FROM benefitscounselling')
    met = total = 0
    for _id, cid, st, _en, _emp, _open in jobs:
        st = d(st)
        if not start <= st <= end:
            continue
        total += 1
        prev = max((d(x[2]) for x in jobs if x[1] == cid and d(x[2]) < st), default=date.min)
        met += any(c == cid and prev < d(on) <= st for c, on in counselling)
    out[12] = 100 * met / total if total else None
    # 13: disclosure before job search and at least twice
    talks = rows(store, 'SELECT client_id, "on" FROM disclosurediscussion WHERE "on" <= ?', e)
    searches = dict(
        rows(
            store,
            'SELECT client_id, min(d) FROM (SELECT client_id, "on" AS d FROM phasechange '
            'WHERE to_phase >= 3 AND "on" <= ? UNION ALL SELECT client_id, start_on FROM job '
            "WHERE start_on <= ?) GROUP BY client_id",
            e,
            e,
        )
    )
    period_clients = {
        cid
        for (cid,) in rows(
            store,
            "SELECT id FROM client WHERE coalesce(referral_date, agreement_date) <= ? "
            "AND (ended_on IS NULL OR ended_on >= ?)",
            e,
            s,
        )
    }
    met = total = 0
    for cid, search in searches.items():
        if cid not in period_clients:
            continue
        total += 1
        mine = sorted(d(on) for c, on in talks if c == cid)
        met += len(mine) >= 2 and mine[0] <= d(search)
    out[13] = 100 * met / total if total else None
    # 14: profile meeting within 30 days of each job start/end in the period
    meetings = rows(store, 'SELECT client_id, "on" FROM profilemeeting')
    met = total = 0
    for _id, cid, st, en, _emp, _open in jobs:
        for event in (d(st), d(en)):
            if event is None or not start <= event <= end:
                continue
            last = min(event + timedelta(days=30), end)
            ok = any(c == cid and event <= d(on) <= last for c, on in meetings)
            if ok or event + timedelta(days=30) <= end:
                total += 1
                met += ok
    out[14] = 100 * met / total if total else None
    # 15: mean days from agreement to the first face-to-face employer contact
    firsts = dict(
        rows(
            store,
            'SELECT l.client_id, min(c."on") FROM employercontactclient l '
            "JOIN employercontact c ON c.id = l.contact_id "
            "WHERE c.mode = 'face_to_face' AND c.\"on\" <= ? GROUP BY l.client_id",
            e,
        )
    )
    gaps = [
        max(0, (d(firsts[cid]) - d(agreed)).days)
        for cid, agreed in rows(store, "SELECT id, agreement_date FROM client")
        if end - timedelta(days=365) <= d(agreed) <= end and cid in firsts
    ]
    out[15] = statistics.fmean(gaps) if gaps else None
    # 17: face-to-face employer contacts per week
    (ff,) = rows(
        store,
        "SELECT count(*) FROM employercontact WHERE mode = 'face_to_face' AND \"on\" BETWEEN ? AND ?",
        s,
        e,
    )[0]
    out[17] = ff / (((end - start).days + 1) / 7)
    # 19 has no job types yet; 20, 21 over the jobs held during the period
    held = [j for j in jobs if d(j[2]) <= end and (j[3] is None or d(j[3]) >= start)]
    out[19] = None
    out[20] = 100 * len({j[4] for j in held}) / len(held)
    out[21] = 100 * sum(bool(j[5]) for j in held) / len(held)
    # 23: every follow-along window that has closed has a contact
    contacts = rows(store, 'SELECT client_id, "on" FROM clientcontact WHERE "on" <= ?', e)
    met = total = 0
    for _id, cid, st, en, _emp, _open in jobs:
        st, en = d(st), d(en)
        if en is not None and en > end:
            en = None  # not ended yet as seen at the end of the period
        if not end - timedelta(days=365) <= st <= end:
            continue
        due = [(-7, -1), (0, 3)]
        due += [(7 * k, 7 * k + 6) for k in range(4) if en is None or st + timedelta(7 * k) <= en]
        due += [
            (28 + 30 * n, 57 + 30 * n)
            for n in range(11)
            if (en is None or st + timedelta(28 + 30 * n) <= en) and 57 + 30 * n <= 365
        ]
        windows = [(st + timedelta(a), st + timedelta(b)) for a, b in due]
        if en is not None:
            windows.append((en, en + timedelta(3)))
        windows = [w for w in windows if w[1] <= end]
        if not windows:
            continue
        total += 1
        days = {d(on) for c, on in contacts if c == cid}
        met += all(any(lo <= x <= hi for x in days) for lo, hi in windows)
    out[23] = 100 * met / total if total else None
    # 24: outside the clinic among in-person contacts in the period
    places = dict(
        rows(
            store,
            'SELECT place, count(*) FROM clientcontact WHERE "on" BETWEEN ? AND ? GROUP BY place',
            s,
            e,
        )
    )
    outside = sum(places.get(p, 0) for p in ("home", "workplace", "community"))
    out[24] = 100 * outside / (outside + places.get("clinic", 0))
    return out


@pytest.mark.parametrize(
    ("start", "end"), [(START, END), (date(2025, 1, 1), date(2025, 12, 31)), (END, END)]
)
def test_computed_items_equal_an_independent_computation(
    generated: Store, start: date, end: date
) -> None:
    expected = independent(generated, start, end)
    with generated.session() as s:
        results = reviews.proposals(s, start, end)
    assert sorted(results) == sorted(expected)
    for item, want in expected.items():
        got = results[item].figure
        if want is None:
            assert got is None, item
        else:
            assert got == pytest.approx(round(want, 1), abs=0.051), item


def test_the_store_adapter_reads_nothing_after_the_period(generated: Store) -> None:
    with generated.session() as s:
        inp = from_store(s, START, date(2025, 6, 30))
    cut = date(2025, 6, 30)
    for c in inp.clients:
        assert c.since <= cut
        assert all(j.start <= cut and (j.end is None or j.end <= cut) for j in c.jobs)
        assert all(x.on <= cut for x in c.contacts)
        assert all(x <= cut for x in c.benefits_counselling + c.profile_updates)
    assert all(START <= e.on <= cut for e in inp.employer_contacts) or not inp.employer_contacts


def test_review_saved_with_proposals_and_overruling_needs_a_reason(generated: Store) -> None:
    with generated.session() as s:
        draft = reviews.new_review(s, START, END, today=TODAY)
        assert draft.reviewer == "Testi Valmentaja"
        proposed = {n: sc.proposed for n, sc in draft.scores.items() if sc.proposed is not None}
        assert 1 in proposed and 2 not in proposed
        scores = {
            n: (sc.score if sc.score is not None else 4, "") for n, sc in draft.scores.items()
        }
        other = 1 if proposed[1] != 1 else 2
        scores[1] = (other, "")
        with pytest.raises(ValidationError) as err:
            reviews.save_review(s, None, START, END, scores, today=TODAY)
        assert list(err.value.errors) == ["item_1"]
        scores[1] = (other, "  Two part-time colleagues share these clients.  ")
        rid = reviews.save_review(s, None, START, END, scores, today=TODAY)
        saved = reviews.get_review(s, rid)
        one = saved.scores[1]
        assert (one.score, one.proposed, one.overruled) == (other, proposed[1], True)
        assert one.note == "Two part-time colleagues share these clients."
        assert saved.scores[2].proposed is None and saved.scores[2].score == 4
        assert saved.complete and saved.total == sum(v[0] for v in scores.values())
        assert saved.band == reviews.band(saved.total)
        # editing keeps one row per item; an unscored item leaves the band open
        scores[2] = (None, "")
        reviews.save_review(s, rid, START, END, scores, today=TODAY, note="Team meeting 18.11.")
        again = reviews.get_review(s, rid, evidence=True)
        assert again.scored == 24 and again.band is None and again.note == "Team meeting 18.11."
        assert again.results[21].evidence  # evidence recomputed for the reviewer
        listed = reviews.list_reviews(s)
        assert [(r.id, r.scored, r.total) for r in listed] == [(rid, 24, again.total)]
        assert sum(listed[0].sections.values()) == again.total


@pytest.mark.parametrize(
    ("scores", "field"),
    [({1: (6, "")}, "item_1"), ({3: (0, "x")}, "item_3"), ({26: (3, "")}, "item")],
)
def test_bad_scores_are_refused(generated: Store, scores: dict, field: str) -> None:  # type: ignore[type-arg]
    with generated.session() as s, pytest.raises(ValidationError) as err:
        reviews.save_review(s, None, START, END, scores, today=TODAY)
    assert field in err.value.errors
    with generated.session() as s:
        assert reviews.list_reviews(s) == []


def test_period_must_be_sensible(generated: Store) -> None:
    with generated.session() as s:
        with pytest.raises(ValidationError):
            reviews.new_review(s, END, START, today=TODAY)
        with pytest.raises(ValidationError):
            reviews.new_review(s, START, TODAY + timedelta(days=1), today=TODAY)
    assert reviews.default_period(TODAY) == (date(2026, 8, 19), TODAY)


def _saved(store: Store) -> int:
    with store.session() as s:
        draft = reviews.new_review(s, START, END, today=TODAY)
        scores = {
            n: (sc.score if sc.score is not None else 3, "") for n, sc in draft.scores.items()
        }
        reviews.save_review(
            s,
            None,
            date(2026, 2, 1),
            date(2026, 4, 30),
            {n: (3, "Scored in the team meeting.") for n in scores},
            today=TODAY,
        )
        return reviews.save_review(s, None, START, END, scores, today=TODAY)


def test_pdf_in_swedish_with_chart_and_access_log(generated: Store, tmp_path: Path) -> None:
    from ipsdesk.core.fidelity.items import BAND_LABELS
    from ipsdesk.core.i18n import Catalog

    rid = _saved(generated)
    out = tmp_path / "granskning.pdf"
    with generated.session() as s:
        reviews.export_review(s, rid, "sv", out)
        review = reviews.get_review(s, rid)
        earlier = reviews.list_reviews(s)[0].id
        reviews.export_review(s, earlier, "sv", tmp_path / "tidigare.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Självvärdering enligt IPS-kvalitetskriterierna" in text
    assert "Period 19.8.2026–18.11.2026" in text
    assert f"Totalt: {review.total} / 125 poäng" in text
    assert review.band is not None and Catalog("sv").tr(BAND_LABELS[review.band]) in text
    assert "Täta arbetsgivarkontakter" in text and "Tidigare bedömningar" in text
    assert "Poänggränserna bakom förslagen" in text
    assert "A-00" not in text  # no client codes in the file
    assert "per arbetshandledare" not in text  # one specialist: no per-specialist table
    old = " ".join(p.extract_text() for p in PdfReader(tmp_path / "tidigare.pdf").pages)
    old = " ".join(old.split())
    assert "avviker från" in old and "Scored in the team meeting." in old
    log = rows(
        generated, "SELECT client_ref, action, detail FROM accesslog WHERE action = 'export'"
    )
    assert log == [
        ("", "export", "fidelity review PDF"),
        ("", "export", "fidelity review PDF"),
    ]
    assert detail_text("fidelity review PDF", Catalog("sv").tr) != "fidelity review PDF"


def test_csv_finnish_semicolons_decimal_comma_and_bom(generated: Store, tmp_path: Path) -> None:
    rid = _saved(generated)
    out = tmp_path / "arviointi.csv"
    with generated.session() as s:
        reviews.export_review(s, rid, "fi", out)
        review = reviews.get_review(s, rid)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw[3:].decode("utf-8").splitlines()
    assert len(lines) == 1 + 25 + 1
    head = lines[0].split(";")
    assert head[:3] == ["Osio", "Nro", "Kriteeri"]
    row24 = lines[24].split(";")
    assert row24[1] == "24"
    figure = review.scores[24].figure
    assert figure is not None and row24[6] == f"{figure:.1f}".replace(".", ",").replace(",0", "")
    assert lines[-1].split(";")[4] == str(review.total)
    en = tmp_path / "review.csv"
    with generated.session() as s:
        reviews.export_review(s, rid, "en", en)
    assert en.read_bytes()[3:].decode().splitlines()[0].startswith("Section,No.,Item,")


def cli(paths: DataPaths, passphrase_file: Path, *args: str) -> int:
    return main(["--data-dir", str(paths.root), "--passphrase-file", str(passphrase_file), *args])


def test_cli_review_and_list(
    generated: Store, paths: DataPaths, passphrase_file: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    generated.close()
    out = tmp_path / "items.pdf"
    code = cli(
        paths,
        passphrase_file,
        "fidelity",
        "review",
        "--from",
        "2026-08-19",
        "--to",
        "2026-11-18",
        "--out",
        str(out),
        "--lang",
        "en",
    )
    assert code == 0
    assert "Fidelity items (19.8.2026 – 18.11.2026)" in capsys.readouterr().out
    assert "Fidelity self-review" in PdfReader(out).pages[0].extract_text()
    assert cli(paths, passphrase_file, "--lang", "en", "fidelity", "list") == 0
    assert "No saved fidelity reviews." in capsys.readouterr().out  # the draft was not saved
    bad = tmp_path / "x.txt"
    assert cli(paths, passphrase_file, "fidelity", "review", "--out", str(bad)) == 2
    # no --lang and no language chosen in Settings: the system's (English here); the
    # command's document default ("fi") once set the messages' language too
    assert "--out: give a .pdf or .csv file, not x.txt" in capsys.readouterr().err
    assert cli(paths, passphrase_file, "--lang", "fi", "fidelity", "review", "--out", str(bad)) == 2
    assert "--out: anna .pdf- tai .csv-tiedosto, ei x.txt" in capsys.readouterr().err
    code = cli(
        paths,
        passphrase_file,
        "fidelity",
        "review",
        "--from",
        "2026-11-18",
        "--to",
        "2026-11-01",
        "--out",
        str(out),
    )
    assert code == 2
    assert (
        cli(
            paths,
            passphrase_file,
            "--lang",
            "fi",
            "fidelity",
            "review",
            "--review",
            "7",
            "--out",
            str(out),
        )  # fmt: skip
        == ExitCode.NOT_FOUND
    )
    assert "Tallennettua laatuarviointia 7 ei ole." in capsys.readouterr().err
