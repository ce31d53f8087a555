"""A throwaway demo store filled with realistic, invented clients, employers and history.

Every person here is invented. ``ipsdesk --demo`` builds this in a temporary folder
(never the user's real store) with the documented passphrase :data:`DEMO_PASSPHRASE`.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session

from ipsdesk.core.domain import rules
from ipsdesk.core.domain.enums import (
    ContactMode,
    ContactPurpose,
    JobType,
    Phase,
    StepKind,
    StepOwner,
    StepStatus,
)
from ipsdesk.core.domain.plan_text import P_HOURS, benefits_line, consent_line, labelled_line
from ipsdesk.core.i18n import Catalog
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store

DEMO_PASSPHRASE = "ipsdesk-demo"  # documented in the README; demo data only

FIRST = [
    "Aino",
    "Eetu",
    "Helmi",
    "Juho",
    "Kerttu",
    "Lauri",
    "Minea",
    "Niilo",
    "Oona",
    "Pekka",
    "Ronja",
    "Sisu",
    "Taru",
    "Ville",
    "Áilu",
    "Stina",
]
LAST = [
    "Esimerkki",
    "Kuvitelma",
    "Malli",
    "Testinen",
    "Harjoitus",
    "Keksitty",
    "Demola",
    "Näytelmä",
    "Lumme",
    "Kaarna",
    "Ŋuolja",
    "Sandvik",
]
EMPLOYERS = [
    ("Kajaanin Kirjapaino Oy", "Kajaani", "Painotuotteet", "2469371-0"),
    ("Sotkamon Sahat Oy", "Sotkamo", "Puuteollisuus", ""),
    ("Kuhmon Kauppa Ky", "Kuhmo", "Vähittäiskauppa", ""),
    ("Paltamon Puutarha", "Paltamo", "Puutarha-ala", ""),
    ("Rovaniemen Remontti Oy", "Rovaniemi", "Rakentaminen", ""),
    ("Kemin Kahvila Ky", "Kemi", "Ravintola-ala", ""),
    ("Suomussalmen Siivous Oy", "Suomussalmi", "Kiinteistöpalvelut", ""),
    ("Inarin Matkailu Oy", "Inari", "Matkailu", ""),
]
TEAMS = ["Kajaanin psykiatrian poliklinikka", "Sotkamon mielenterveystiimi", "Kuhmon hoitotiimi"]


def _id(row: Any) -> int:
    """The id of a row already flushed to the store."""
    assert row.id is not None
    return int(row.id)


def build(paths: DataPaths, *, today: date | None = None, seed: int = 47) -> Store:
    """Create the demo store at ``paths`` and fill it; return it open."""
    today = today or date.today()
    store, _ = Store.create(
        paths,
        DEMO_PASSPHRASE,
        name="Demo Valmentaja",
        team="IPS-tiimi Kainuu (demo)",
        organisation="Kainuun hyvinvointialue (demo)",
    )
    with store.session() as session:
        fill(session, today=today, seed=seed)
    return store


def fill(session: Session, *, today: date, seed: int = 47) -> None:
    rnd = random.Random(seed)
    employers = []
    for name, town, sector, ytunnus in EMPLOYERS:
        e = m.Employer(name=name, municipality=town, sector=sector, business_id=ytunnus)
        session.add(e)
        employers.append(e)
    session.flush()
    for e in employers:
        session.add(
            m.EmployerContactPerson(
                employer_id=_id(e),
                name="Esihenkilö " + e.name.split()[0],
                role="Esihenkilö",
                phone="040 000 0000",
            )
        )
    # Two or three clients in each phase, at different points of their journey.
    plan = [
        Phase.AGREEMENT,
        Phase.AGREEMENT,
        Phase.PROFILE,
        Phase.PROFILE,
        Phase.JOB_SEARCH,
        Phase.JOB_SEARCH,
        Phase.JOB_SEARCH,
        Phase.EMPLOYER_WORK,
        Phase.EMPLOYER_WORK,
        Phase.IN_WORK,
        Phase.IN_WORK,
        Phase.IN_WORK,
    ]
    for i, phase in enumerate(plan):
        _client(session, rnd, i, phase, today, employers)
    # General employer contacts over the last 12 weeks (not for a single client).
    for weeks_ago in range(12):
        for _ in range(rnd.randint(2, 6)):
            day = today - timedelta(days=weeks_ago * 7 + rnd.randint(0, 4))
            if day > today:
                continue
            session.add(
                m.EmployerContact(
                    on=day,
                    employer_id=_id(rnd.choice(employers)),
                    mode=rnd.choice(list(ContactMode)).value,
                    purpose=ContactPurpose.NEEDS.value,
                    outcome="Kartoitettu rekrytointitarpeet",
                )
            )
    session.commit()


# What a specialist typed into the records, in the client's language (Sandvik: Swedish).
TYPED = {
    "fi": {
        "job_goals": "Osa-aikatyö lähellä kotia",
        "education": "Ammatillinen perustutkinto",
        "strengths": "Täsmällinen, pitää käsillä tekemisestä",
        "interests": "Puutarha, varastotyö",
        "preferred_hours": "20 h/vko",
        "goals": "Palkkatyö avoimilla työmarkkinoilla",
        "what_shared": "Työllistymiseen liittyvät tiedot",
        "by_whom": "Etuusneuvoja (demo)",
        "topics": "Kuntoutustuki ja ansiotulot",
        "support": "Työhönvalmentaja tukee työnhaussa ja työn alussa",
    },
    "sv": {
        "job_goals": "Deltidsjobb nära hemmet",
        "education": "Yrkesinriktad grundexamen",
        "strengths": "Noggrann, tycker om att arbeta med händerna",
        "interests": "Trädgård, lagerarbete",
        "preferred_hours": "20 h/vecka",
        "goals": "Lönearbete på den öppna arbetsmarknaden",
        "what_shared": "Uppgifter som gäller sysselsättningen",
        "by_whom": "Förmånsrådgivare (demo)",
        "topics": "Rehabiliteringsstöd och förvärvsinkomster",
        "support": "Arbetshandledaren stöder i jobbsökandet och i början av arbetet",
    },
}


def _client(
    session: Session,
    rnd: random.Random,
    i: int,
    phase: Phase,
    today: date,
    employers: list[m.Employer],
) -> None:
    age = {1: 10, 2: 35, 3: 70, 4: 110, 5: 200}[int(phase)] + rnd.randint(0, 20)
    referral = today - timedelta(days=age + 7)
    agreement = today - timedelta(days=age)
    name = f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}"
    lang = "sv" if name.endswith("Sandvik") else "fi"
    typed = TYPED[lang]
    c = m.Client(
        code=f"A-{i + 1:04d}",
        full_name=name,
        referral_date=referral,
        referral_source=rnd.choice(TEAMS),
        referral_contact="Sairaanhoitaja (demo)",
        agreement_date=agreement,
        phase=int(phase),
        phase_since=agreement,
        document_language=lang,
        in_work_at_referral=i == 4,  # one client already had a small job
        job_goals=typed["job_goals"] if phase >= Phase.JOB_SEARCH else "",
    )
    session.add(c)
    session.flush()
    assert c.id is not None
    session.add(
        m.VocationalProfile(
            client_id=c.id,
            education=typed["education"],
            strengths=typed["strengths"],
            interests=typed["interests"],
            preferred_hours=typed["preferred_hours"],
            goals=typed["goals"],
        )
    )
    history: list[tuple[Phase | None, Phase, date]] = [(None, Phase.AGREEMENT, agreement)]
    step_day = agreement
    for p in range(2, int(phase) + 1):
        step_day = step_day + timedelta(days=rnd.randint(7, 25))
        step_day = min(step_day, today)
        history.append((Phase(p - 1), Phase(p), step_day))
    for frm, to, day in history:
        session.add(
            m.PhaseChange(
                client_id=c.id, from_phase=int(frm) if frm else None, to_phase=int(to), on=day
            )
        )
    c.phase_since = history[-1][2]
    session.add(
        m.Consent(
            client_id=c.id,
            party="care_team",
            what_shared=typed["what_shared"],
            given_on=agreement,
        )
    )
    if phase >= Phase.PROFILE or rnd.random() < 0.5:
        session.add(
            m.BenefitsCounselling(
                client_id=c.id,
                on=agreement + timedelta(days=3),
                by_whom=typed["by_whom"],
                topics=typed["topics"],
            )
        )
    if phase >= Phase.PROFILE:
        session.add(
            m.ProfileMeeting(
                client_id=c.id, on=agreement + timedelta(days=8), notes="Ensimmäinen kartoitus"
            )
        )
    if phase >= Phase.JOB_SEARCH:
        session.add(
            m.DisclosureDiscussion(
                client_id=c.id,
                on=agreement + timedelta(days=9),
                notes="Ei halua kertoa diagnoosista",
            )
        )
        employer = rnd.choice(employers)
        contact = m.EmployerContact(
            on=agreement + timedelta(days=rnd.randint(12, 40)),
            employer_id=_id(employer),
            mode=ContactMode.FACE_TO_FACE.value,
            purpose=ContactPurpose.PRESENT_JOBSEEKER.value,
            outcome="Tapaaminen sovittu",
        )
        session.add(contact)
        session.flush()
        session.add(m.EmployerContactClient(contact_id=_id(contact), client_id=c.id))
    if phase >= Phase.EMPLOYER_WORK:
        session.add(
            m.EmployerSupport(
                client_id=c.id,
                employer_id=employers[i % len(employers)].id,
                kind="Palkkatuki",
                start_on=today - timedelta(days=20),
            )
        )
    if phase == Phase.IN_WORK:
        start = today - timedelta(days=rnd.randint(2, 60))
        job = m.Job(
            client_id=c.id,
            employer_id=_id(employers[i % len(employers)]),
            title="Varastotyöntekijä",
            start_on=start,
            hours_per_week=20,
            open_market=True,
            job_type=JobType.ELEMENTARY.value,
        )
        session.add(job)
        session.flush()
        session.add(
            m.ClientContact(
                client_id=c.id,
                on=start + timedelta(days=2),
                with_whom="client",
                place="workplace",
                note="Perehdytys sujunut",
                job_id=job.id,
            )
        )
    if phase >= Phase.JOB_SEARCH and i % 3 == 1:
        # A step toward work beside the job search (askel kohti työtä).
        session.add(
            m.StepTowardWork(
                client_id=c.id,
                kind=(StepKind.WORK_TRIAL if i % 2 else StepKind.EDUCATION).value,
                start_on=agreement + timedelta(days=30),
                end_on=agreement + timedelta(days=90) if i % 2 else None,
                note="Työkokeilu kirjastossa" if i % 2 else "Aloitti ammatillisen koulutuksen",
            )
        )
    _plan(session, c, phase, today)
    for k in range(rnd.randint(1, 4)):
        day = agreement + timedelta(days=4 + k * 9)
        if day <= today:
            session.add(
                m.ClientContact(
                    client_id=c.id,
                    on=day,
                    with_whom=rnd.choice(["client", "care_team"]),
                    place=rnd.choice(["clinic", "home", "community", "remote"]),
                    note="Työnhaun suunnittelua",
                )
            )


PLAN_TEXT = {
    "fi": (
        "Haluan osa-aikatyötä lähellä kotia, mieluiten puutarhassa tai varastossa.",
        "Kerran viikossa, tarvittaessa puhelimitse",
        ["Päivitetään CV yhdessä", "Käydään tutustumassa kahteen työpaikkaan", "Haetaan kesätyötä"],
    ),
    "sv": (
        "Jag vill ha ett deltidsjobb nära hemmet, helst i en trädgård eller ett lager.",
        "En gång i veckan, vid behov per telefon",
        ["Vi uppdaterar CV:t tillsammans", "Vi besöker två arbetsplatser", "Jag söker sommarjobb"],
    ),
}


def _plan(session: Session, c: m.Client, phase: Phase, today: date) -> None:
    """Action plan (toimintasuunnitelma) versions: the first after profiling, then the
    3-month review for clients that far along."""
    if phase < Phase.PROFILE or c.agreement_date is None or c.id is None:
        return
    lang = c.document_language if c.document_language in TYPED else "fi"
    goal, meetings, steps = PLAN_TEXT[lang]
    typed = TYPED[lang]
    tr = Catalog(lang).tr  # the lines the draft composes from records, as the editor does
    owners = (StepOwner.CLIENT, StepOwner.SPECIALIST, StepOwner.CLIENT)
    reviews = rules.plan_review_dates(c.agreement_date)
    counselled = c.agreement_date + timedelta(days=3)
    made = [c.agreement_date + timedelta(days=7)] + [d for d in reviews if d <= today][:1]
    for n, made_on in enumerate(made, start=1):
        upcoming = [d for d in reviews if d > made_on + timedelta(days=14)]
        plan = m.ActionPlanVersion(
            client_id=c.id,
            version=n,
            made_on=made_on,
            goal=goal,
            strengths=typed["strengths"],
            preferences=labelled_line(tr, P_HOURS, typed["preferred_hours"]),
            support_agreed=typed["support"],
            meeting_frequency=meetings,
            sharing=consent_line(tr, lang, "care_team", "", typed["what_shared"], c.agreement_date),
            benefits=benefits_line(tr, lang, counselled, True, typed["by_whom"], typed["topics"]),
            next_review_on=upcoming[0] if upcoming else None,
        )
        session.add(plan)
        session.flush()
        assert plan.id is not None
        for pos, (what, owner) in enumerate(zip(steps, owners, strict=True), start=1):
            done = n > 1 and pos < 3
            session.add(
                m.ActionPlanStep(
                    plan_id=plan.id,
                    position=pos,
                    what=what,
                    owner=owner.value,
                    due_on=(made[0] if done else made_on) + timedelta(days=14 * pos),
                    status=(StepStatus.DONE if done else StepStatus.PLANNED).value,
                )
            )
