"""Generate a team: a team leader's store and 30 specialists' team files over five years.

Run: ``.venv/bin/python bench/gen_team.py OUT_DIR [--specialists 30] [--years 5] [--seed 1]``.
Writes ``OUT_DIR/leader/`` (the leader's store, passphrase :data:`PASSPHRASE`) and
``OUT_DIR/files/*.ipsteam`` (one encrypted team file per specialist, made with the same
:func:`ipsdesk.core.team.teamfile.encode` as a real export). Reused by the team reports
(issue 13), the fidelity review (issue 14) and the hub (issue 15):
``generate(out_dir)`` returns the leader's store paths and the files; add
``--import`` to import them into the leader's store as well.

Every person is invented and every date comes from a seeded random generator, so a
given seed always gives the same team. Each specialist keeps about 20 active clients:
referrals, agreements, phase moves, profile meetings, benefits counselling, disclosure
discussions, plan reviews every three months, employer contacts (about six a week),
jobs (open market / wage subsidy, hours band, ISCO group) and changes of their hours,
steps toward work, follow-along contacts, service ends with reasons.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ipsdesk.core.paths import DataPaths, data_paths  # noqa: E402
from ipsdesk.core.storage.store import Store  # noqa: E402
from ipsdesk.core.team import crypto, envelope, membership, teamfile  # noqa: E402
from ipsdesk.core.team import dataset as ds  # noqa: E402
from ipsdesk.core.team.extract import new_pseudonym  # noqa: E402
from ipsdesk.core.team.tables import TeamIdentity  # noqa: E402

PASSPHRASE = "gen-team-bench"
TEAM_NAME = "IPS-tiimi Kainuu (generoitu)"
FIRST = ["Aino", "Eetu", "Helmi", "Juho", "Kerttu", "Lauri", "Minea", "Niilo", "Oona", "Pekka"]
LAST = ["Esimerkki", "Kuvitelma", "Malli", "Testinen", "Harjoitus", "Keksitty"]
EMPLOYER_NAMES = [
    "Kajaanin Kirjapaino Oy", "Sotkamon Sahat Oy", "Kuhmon Kauppa Ky", "Paltamon Puutarha",
    "Kainuun Kiinteistöhuolto Oy", "Vuokatin Matkailu Oy", "Ristijärven Rakennus Oy",
    "Hyrynsalmen Huolto Ky", "Puolangan Pesula", "Suomussalmen Siivous Oy",
    "Kajaanin Kahvila Oy", "Kainuun Kuljetus Oy", "Kajaanin kaupunginkirjasto",
    "Sotkamon Seurakunta", "Kuhmon Konepaja Oy", "Kainuun Kierrätyskeskus ry",
]  # fmt: skip


@dataclass(frozen=True)
class Generated:
    leader: DataPaths
    files: list[Path]


def _day(rnd: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rnd.randint(0, max(0, (end - start).days)))


def specialist_dataset(
    rnd: random.Random, ident: TeamIdentity, start: date, end: date, exported_at: datetime
) -> ds.Dataset:
    employers = [
        ds.Employer(
            ref=f"E-{ident.member_id[:6]}{i:03d}",
            name=name if rnd.random() < 0.8 else name.upper().replace(" OY", ""),
            business_id="",
            municipality="Kajaani",
            sector="",
        )
        for i, name in enumerate(EMPLOYER_NAMES)
    ]
    clients: list[ds.Client] = []
    events: list[ds.Event] = []
    jobs: list[ds.Job] = []
    steps: list[ds.Step] = []
    contacts: list[ds.EmployerContact] = []
    span = (end - start).days
    n_clients = 20 + span // 365 * 20
    for k in range(n_clients):
        code = new_pseudonym()
        referral = (
            start + timedelta(days=int(span * k / n_clients)) + timedelta(days=rnd.randint(0, 20))
        )
        referral = min(referral, end - timedelta(days=10))
        agreed = rnd.random() < 0.9
        agreement = referral + timedelta(days=rnd.randint(3, 21)) if agreed else None
        if agreement is not None and agreement >= end:
            agreement = None
        phase, day = 1, agreement or referral
        ended_on, end_reason = None, ""
        if agreement is not None:
            events.append(ds.Event(code, "phase_change", agreement, None, 1))
            events.append(
                ds.Event(
                    code, "benefits_counselling", agreement + timedelta(days=rnd.randint(1, 14))
                )
            )
            for p in range(2, rnd.randint(2, 5) + 1):
                nxt = day + timedelta(days=rnd.randint(7, 40))
                if nxt >= end:
                    break
                events.append(ds.Event(code, "phase_change", nxt, phase, p))
                phase, day = p, nxt
                if p == 2:
                    for m in range(rnd.randint(1, 3)):
                        events.append(
                            ds.Event(code, "profile_meeting", nxt + timedelta(days=m * 7))
                        )
                    events.append(ds.Event(code, "plan_version", nxt + timedelta(days=7)))
                if p == 3:
                    events.append(ds.Event(code, "disclosure_discussion", nxt + timedelta(days=2)))
            review = (agreement or referral) + timedelta(days=90)
            while review < end and rnd.random() < 0.85:
                events.append(ds.Event(code, "plan_version", review))
                review += timedelta(days=90)
            if phase >= 4 and rnd.random() < 0.7:
                job_start = day + timedelta(days=rnd.randint(5, 30))
                if job_start < end:
                    job_end = job_start + timedelta(days=rnd.randint(30, 500))
                    job_end_or_none = job_end if job_end < end else None
                    ref = f"J-{code[2:]}"
                    jobs.append(
                        ds.Job(
                            code, ref, rnd.choice(employers).ref, job_start, job_end_or_none,
                            open_market=rnd.random() < 0.9, wage_subsidy=rnd.random() < 0.3,
                            hours_band=rnd.choice(ds.HOURS_BANDS[1:]),
                            job_type=rnd.choice("3456789"),
                        )
                    )  # fmt: skip
                    if phase < 5:
                        events.append(ds.Event(code, "phase_change", job_start, phase, 5))
                        phase = 5
                    follow = job_start + timedelta(days=rnd.randint(1, 3))
                    stop = job_end_or_none or end
                    while follow < stop:
                        events.append(
                            ds.Event(code, "client_contact", follow, with_whom="client",
                                     place=rnd.choice(["workplace", "community", "remote"]),
                                     job_ref=ref)
                        )  # fmt: skip
                        follow += timedelta(days=7 if (follow - job_start).days < 30 else 30)
                    # The hours of a job change now and then, mostly with benefits
                    # counselling near the day (a generator of its own: the team's other
                    # data stay as they were for a given seed).
                    hr = random.Random(f"{code}:hours")
                    change = job_start + timedelta(days=hr.randint(14, 90))
                    while change < stop:
                        if hr.random() < 0.6:
                            events.append(ds.Event(code, "hours_change", change, job_ref=ref))
                            near = change + timedelta(days=hr.randint(-45, 45))
                            if hr.random() < 0.7 and near < end:
                                events.append(ds.Event(code, "benefits_counselling", near))
                        change += timedelta(days=hr.randint(45, 150))
            if rnd.random() < 0.15:
                s_start = _day(rnd, agreement, end)
                steps.append(ds.Step(code, rnd.choice(["education", "work_trial", "volunteering", "apprenticeship", "other"]), s_start, None))  # fmt: skip
            # A service lasts from two months to a year and a half (time-unlimited
            # support, but most move on), so about 20 are active at any time.
            if rnd.random() < 0.97:
                ended = max(day, agreement + timedelta(days=rnd.randint(60, 540)))
                if ended < end - timedelta(days=1):
                    events.append(ds.Event(code, "phase_change", ended, phase, None))
                    ended_on, end_reason = ended, rnd.choice(["client_choice", "moved_away", "education", "other_service", "no_longer_needed"])  # fmt: skip
        elif referral + timedelta(days=30) < end:  # referred, no agreement: not in service
            ended_on, end_reason = referral + timedelta(days=30), "client_choice"
        if ended_on is not None:  # nothing recorded for the client after the service ended
            events = [e for e in events if e.client != code or e.on <= ended_on]
        clients.append(
            ds.Client(code, rnd.random() < 0.85, referral, agreement, rnd.random() < 0.08,
                      phase, ended_on, end_reason)
        )  # fmt: skip
    # Employer contacts: about six a week, a third face-to-face, some for a client.
    codes = [c.code for c in clients]
    week = start
    n = 0
    while week < end:
        for _ in range(rnd.randint(3, 9)):
            on = week + timedelta(days=rnd.randint(0, 4))
            if on >= end:
                continue
            n += 1
            for_clients = (rnd.choice(codes),) if rnd.random() < 0.4 else ()
            contacts.append(
                ds.EmployerContact(
                    f"C-{ident.member_id[:6]}{n:05d}", on,
                    rnd.choice(["face_to_face", "face_to_face", "phone", "email_other"]),
                    rnd.choice(["needs", "present_jobseeker", "job_development", "follow_up"]),
                    rnd.choice(employers).ref, for_clients,
                )
            )  # fmt: skip
        week += timedelta(days=7)
    events = [e for e in events if e.on < end]  # nothing recorded after the export day
    active = sum(1 for c in clients if c.ended_on is None)
    specialist = ds.Specialist(
        ident.member_id, ident.member_name, ident.team_id, ident.team_name, active,
        rnd.choice([100, 100, 100, 80, 50]), exported_at,
    )  # fmt: skip
    return ds.Dataset(specialist, tuple(clients), tuple(events), tuple(jobs), tuple(steps),
                      tuple(contacts), tuple(employers))  # fmt: skip


def generate(
    out_dir: Path, *, specialists: int = 30, years: int = 5, seed: int = 1, end: date | None = None
) -> Generated:
    rnd = random.Random(seed)
    end = end or date.today()
    start = end - timedelta(days=365 * years)
    exported_at = datetime.combine(end, datetime.min.time(), UTC).replace(hour=6)
    paths = data_paths(out_dir / "leader")
    store, _ = Store.create(paths, PASSPHRASE, name="Liisa Vetäjä (generoitu)")
    files_dir = out_dir / "files"
    files_dir.mkdir(parents=True, exist_ok=True)
    files = []
    try:
        with store.session() as s:
            membership.create_team(s, TEAM_NAME)
        for i in range(specialists):
            name = f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]} {i + 1}"
            with store.session() as s:
                inv = membership.invite(s, name)
                leader = membership.require_leader(s)
                leader_public = leader.public_key
            cover = envelope.load(inv.data, envelope.KIND_INVITATION)
            body, _ = envelope.open_body(crypto.code_decrypt(cover.payload, inv.code))
            ident = TeamIdentity(
                role="member", team_id=body["team_id"], team_name=body["team_name"],
                generation=body["generation"], member_id=body["member_id"],
                member_name=body["member_name"], secret_key=body["member_secret_key"],
                public_key=body["member_public_key"], leader_public_key=leader_public,
                team_key=body["team_key"], ref_secret="", joined_at=exported_at,
            )  # fmt: skip
            data = teamfile.encode(specialist_dataset(rnd, ident, start, end, exported_at), ident)
            path = files_dir / f"specialist-{i + 1:02d}.ipsteam"
            path.write_bytes(data)
            files.append(path)
    finally:
        store.close()
    return Generated(paths, files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--specialists", type=int, default=30)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--import", dest="do_import", action="store_true")
    args = parser.parse_args()
    gen = generate(args.out_dir, specialists=args.specialists, years=args.years, seed=args.seed)
    size = sum(f.stat().st_size for f in gen.files)
    print(f"{len(gen.files)} team files, {size / 1e6:.1f} MB, in {args.out_dir / 'files'}")
    if args.do_import:
        from ipsdesk.core.team import importer

        store = Store.open(gen.leader, PASSPHRASE)
        try:
            with store.session() as s:
                results = importer.import_files(s, gen.files)
            print(f"imported {sum(r.status == importer.IMPORTED for r in results)} files")
        finally:
            store.close()
    print(f"leader's store: {gen.leader.root} (passphrase {PASSPHRASE!r})")


if __name__ == "__main__":
    main()
