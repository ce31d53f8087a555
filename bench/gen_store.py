"""Generate large synthetic stores for benchmarks (every person and firm is invented).

Reusable by any benchmark::

    from bench.gen_store import generate, PASSPHRASE
    store = generate(data_paths(tmp), clients=2000, contacts=30000, jobs=3000, seed=1)

Rows are written with bulk ``INSERT``s through the store's own engine (SQLCipher), in one
transaction per table, so 30 000 contacts take seconds. Dates spread over the five years
before ``today``; about ``active_share`` of the clients are active, the rest ended.

Run directly to build a store on disk: ``python -m bench.gen_store DIR [--contacts N]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert

from ipsdesk.core.demo import FIRST, LAST  # the demo's invented names
from ipsdesk.core.domain.enums import ContactMode, ContactPurpose, ContactWith, Place
from ipsdesk.core.paths import DataPaths, data_paths
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store
from ipsdesk.core.storage.types import utcnow

PASSPHRASE = "bench-salasana-47"  # synthetic stores only

TOWNS = [
    "Kajaani",
    "Sotkamo",
    "Kuhmo",
    "Paltamo",
    "Rovaniemi",
    "Kemi",
    "Suomussalmi",
    "Inari",
    "Oulu",
    "Vaasa",
]
TRADES = [
    ("Kirjapaino", "Painotuotteet"),
    ("Sahat", "Puuteollisuus"),
    ("Kauppa", "Vähittäiskauppa"),
    ("Puutarha", "Puutarha-ala"),
    ("Remontti", "Rakentaminen"),
    ("Kahvila", "Ravintola-ala"),
    ("Siivous", "Kiinteistöpalvelut"),
    ("Matkailu", "Matkailu"),
    ("Konepaja", "Metalliteollisuus"),
    ("Leipomo", "Elintarvike"),
]
FORMS = ["Oy", "Ky", "Ab", "Tmi", "Oyj", ""]
YEARS = 5


def _bulk(store: Store, table: Any, rows: list[dict[str, Any]], chunk: int = 5000) -> None:
    if not rows:
        return
    with store.engine.begin() as conn:
        for i in range(0, len(rows), chunk):
            conn.execute(insert(table), rows[i : i + chunk])


def _day(rnd: random.Random, start: date, end: date) -> date:
    span = max((end - start).days, 0)
    return start + timedelta(days=rnd.randint(0, span))


def generate(
    paths: DataPaths,
    clients: int = 2000,
    contacts: int = 30000,
    jobs: int = 3000,
    seed: int = 47,
    *,
    today: date | None = None,
    employers: int = 400,
    client_contacts_per_client: int = 8,
    active_share: float = 0.3,
    passphrase: str = PASSPHRASE,
) -> Store:
    """Create a store at ``paths`` filled with synthetic data; return it open."""
    today = today or date.today()
    rnd = random.Random(seed)
    now = utcnow()
    store, _ = Store.create(paths, passphrase, name="Bench Valmentaja", team="Bench-tiimi")
    first_day = today - timedelta(days=365 * YEARS)

    employer_rows = []
    for i in range(1, employers + 1):
        trade, sector = TRADES[i % len(TRADES)]
        town = TOWNS[(i // len(TRADES)) % len(TOWNS)]
        name = f"{town}n {trade} {i}" + (f" {f}" if (f := rnd.choice(FORMS)) else "")
        employer_rows.append(
            dict(
                id=i,
                name=name,
                business_id="",
                municipality=town,
                sector=sector,
                hiring_needs="",
                notes="",
                created_at=now,
            )
        )
    _bulk(store, m.Employer.__table__, employer_rows)
    _bulk(
        store,
        m.EmployerContactPerson.__table__,
        [
            dict(id=i, employer_id=i, name=f"Esihenkilö {i}", role="Esihenkilö", phone="", email="")
            for i in range(1, employers + 1)
        ],
    )

    client_rows = []
    agreements: dict[int, date] = {}
    ends: dict[int, date | None] = {}
    for i in range(1, clients + 1):
        active = rnd.random() < active_share
        agreed = (
            _day(rnd, first_day, today - timedelta(days=5))
            if not active
            else _day(rnd, today - timedelta(days=400), today - timedelta(days=1))
        )
        ended = None if active else _day(rnd, agreed, min(today, agreed + timedelta(days=700)))
        agreements[i], ends[i] = agreed, ended
        client_rows.append(
            dict(
                id=i,
                code=f"A-{i:05d}",
                full_name=f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i}",
                phone="",
                document_language="fi",
                severe_mental_illness=True,
                referral_date=agreed - timedelta(days=7),
                referral_source="Hoitotiimi (bench)",
                referral_contact="",
                agreement_date=agreed,
                disclosure_wishes="",
                job_goals="",
                employer_work_notes="",
                phase=rnd.randint(1, 5),
                phase_since=_day(rnd, agreed, ended or today),
                status="active" if active else "ended",
                ended_on=ended,
                end_reason="" if active else "client_choice",
                created_at=now,
                updated_at=now,
            )
        )
    _bulk(store, m.Client.__table__, client_rows)

    def client_span(cid: int) -> tuple[date, date]:
        return agreements[cid], ends[cid] or today

    job_rows = []
    for j in range(1, jobs + 1):
        cid = rnd.randint(1, clients)
        lo, hi = client_span(cid)
        start = _day(rnd, lo, hi)
        end = _day(rnd, start, hi) if rnd.random() < 0.6 else None
        job_rows.append(
            dict(
                id=j,
                client_id=cid,
                employer_id=rnd.randint(1, employers),
                title="Työntekijä",
                start_on=start,
                end_on=end,
                hours_per_week=20.0,
                open_market=True,
                wage_subsidy=rnd.random() < 0.3,
                end_reason="",
            )
        )
    _bulk(store, m.Job.__table__, job_rows)
    # Some running jobs' hours change once (fidelity item 12); a generator of its own, so
    # the rest of a seed's store stays as it was.
    hr = random.Random(seed + 12)
    hours_rows = []
    for job in job_rows:
        last = job["end_on"] or today
        if hr.random() < 0.3 and (last - job["start_on"]).days > 30:
            hours_rows.append(
                dict(
                    job_id=job["id"],
                    on=_day(hr, job["start_on"] + timedelta(days=14), last),
                    hours_before=20.0,
                    hours_after=hr.choice([10.0, 15.0, 30.0, 37.5]),
                )
            )
    _bulk(store, m.JobHoursChange.__table__, hours_rows)

    cc_rows, plan_rows = [], []
    with_whom, places = [w.value for w in ContactWith], [p.value for p in Place]
    for cid in range(1, clients + 1):
        lo, hi = client_span(cid)
        for _ in range(rnd.randint(0, 2 * client_contacts_per_client)):
            cc_rows.append(
                dict(
                    client_id=cid,
                    on=_day(rnd, lo, hi),
                    with_whom=rnd.choice(with_whom),
                    place=rnd.choice(places),
                    note="",
                    job_id=None,
                    created_at=now,
                )
            )
        made = lo
        for v in range(1, rnd.randint(1, 3) + 1):
            review = made + timedelta(days=90)
            plan_rows.append(
                dict(
                    client_id=cid,
                    version=v,
                    made_on=made,
                    goal="",
                    strengths="",
                    preferences="",
                    support_agreed="",
                    meeting_frequency="",
                    sharing="",
                    benefits="",
                    next_review_on=review,
                    created_at=now,
                )
            )
            made = min(review, hi)
    _bulk(store, m.ClientContact.__table__, cc_rows)
    _bulk(store, m.ActionPlanVersion.__table__, plan_rows)

    modes, purposes = [x.value for x in ContactMode], [x.value for x in ContactPurpose]
    contact_rows, link_rows = [], []
    for k in range(1, contacts + 1):
        on = _day(rnd, first_day, today)
        follow = on + timedelta(days=rnd.randint(1, 21)) if rnd.random() < 0.1 else None
        # old promises are nearly all kept; about half of the recent ones are still open
        kept = follow is not None and rnd.random() < (
            0.99 if follow < today - timedelta(30) else 0.5
        )
        contact_rows.append(
            dict(
                id=k,
                on=on,
                employer_id=rnd.randint(1, employers),
                contact_person_id=None,
                mode=rnd.choice(modes),
                purpose=rnd.choice(purposes),
                outcome="",
                next_step="",
                follow_up_on=follow,
                follow_up_done=kept,
                created_at=now,
            )
        )
        if rnd.random() < 0.5:
            link_rows.append(dict(contact_id=k, client_id=rnd.randint(1, clients)))
    _bulk(store, m.EmployerContact.__table__, contact_rows)
    _bulk(store, m.EmployerContactClient.__table__, link_rows)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    return store


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("dir", help="empty folder for the new store")
    p.add_argument("--clients", type=int, default=2000)
    p.add_argument("--contacts", type=int, default=30000)
    p.add_argument("--jobs", type=int, default=3000)
    p.add_argument("--seed", type=int, default=47)
    a = p.parse_args(argv)
    t0 = time.perf_counter()
    generate(data_paths(a.dir), a.clients, a.contacts, a.jobs, a.seed).close()
    print(f"store in {a.dir} (passphrase {PASSPHRASE!r}) in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
