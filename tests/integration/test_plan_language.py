"""Issue 16: the lines ipsdesk composes into a plan from records follow the document's
language; the client's own words stay as typed.

The draft is composed in Finnish (a Finnish-speaking client, or a plan drafted before
the client's document language was changed); the PDF made in Swedish must hold no
Finnish composed text. Uses the shipped translations (ipsdesk_fi.ts, ipsdesk_sv.ts).
"""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from sqlmodel import Session

from ipsdesk.core.dates import document_date
from ipsdesk.core.domain.plan_document import PlanDraft
from ipsdesk.core.domain.plan_text import localise_text
from ipsdesk.core.i18n import Catalog
from ipsdesk.core.services import clients, plans, records
from tests.conftest import TODAY
from tests.plan_helpers import add_consent, make_client

FINNISH_COMPOSED = (
    "Toivottu työ:",
    "Työaika:",
    "Missä:",
    "Osaaminen:",
    "Hoitotiimi",
    "Työnantaja",
    "suostumus annettu",
    "Tehty",
    "Suunniteltu",
)
# What was typed into the records (Finnish, as the client said it).
TYPED = (
    "Puutarha, varasto",
    "20 h/vko",
    "Kajaani",
    "Trukkikortti",
    "Työllistymiseen liittyvät tiedot",
    "Sotkamon Sahat Oy",
    "Ei diagnoosia",
    "Etuusneuvoja: Kuntoutustuki",
)


def flat_pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def client_with_records(session: Session) -> int:
    cid = make_client(session, lang="fi")
    clients.update_profile(
        session,
        cid,
        {
            "strengths": "Täsmällinen ja sinnikäs",
            "skills": "Trukkikortti",
            "preferred_job_types": "Puutarha, varasto",
            "preferred_hours": "20 h/vko",
            "preferred_location": "Kajaani",
        },
        today=TODAY,
    )
    add_consent(session, cid, "care_team", "Työllistymiseen liittyvät tiedot")
    add_consent(
        session,
        cid,
        "employer",
        "Ei diagnoosia",
        party_detail="Sotkamon Sahat Oy",
        given_on=date(2026, 10, 21),
    )
    for on in (date(2026, 10, 24), date(2026, 12, 2)):
        records.save_record(
            session,
            "benefits_counselling",
            cid,
            {"on": on, "by_whom": "Etuusneuvoja", "topics": "Kuntoutustuki"},
            today=date(2026, 12, 31),
        )
    return cid


def test_swedish_pdf_of_a_plan_drafted_in_finnish_has_no_finnish_composed_text(
    session: Session,
) -> None:
    cid = client_with_records(session)
    draft = plans.draft_from_client(session, cid, today=TODAY)  # the client's language: fi
    assert "Työaika: 20 h/vko" in draft.preferences  # composed in Finnish for the editor
    draft.goal = "Haluan töihin puutarhaan: ulos, en sisälle."  # the client's own words
    plans.save_version(session, cid, draft, TODAY)

    sv = flat_pdf_text(plans.export_plan(session, cid, None, "sv"))
    for finnish in FINNISH_COMPOSED:
        assert finnish not in sv, finnish
    for typed in TYPED:
        assert typed in sv, typed
    assert "Haluan töihin puutarhaan: ulos, en sisälle." in sv
    assert "Önskat arbete: Puutarha, varasto" in sv
    assert "Arbetstid: 20 h/vko" in sv
    assert "Var: Kajaani" in sv
    assert "Kunnande: Trukkikortti" in sv
    assert "Vårdteam: Työllistymiseen liittyvät tiedot (samtycke givet 18.8.2026)" in sv
    assert "Arbetsgivare (Sotkamon Sahat Oy): Ei diagnoosia (samtycke givet 21.10.2026)" in sv
    assert "Genomförd 24.10.2026, Etuusneuvoja: Kuntoutustuki" in sv
    assert "Planerad 2.12.2026, Etuusneuvoja: Kuntoutustuki" in sv

    fi = flat_pdf_text(plans.export_plan(session, cid, None, "fi"))
    assert "Työaika: 20 h/vko" in fi
    assert "Hoitotiimi: Työllistymiseen liittyvät tiedot (suostumus annettu 18.8.2026)" in fi
    assert "Tehty 24.10.2026, Etuusneuvoja: Kuntoutustuki" in fi
    assert "Arbetstid" not in fi and "samtycke" not in fi

    en = flat_pdf_text(plans.export_plan(session, cid, None, "en"))
    assert "Working hours: 20 h/vko" in en
    assert "Employer (Sotkamon Sahat Oy): Ei diagnoosia (consent given 21 October 2026)" in en
    assert "Done 24 October 2026, Etuusneuvoja: Kuntoutustuki" in en


def test_a_swedish_draft_prints_in_finnish_too(session: Session) -> None:
    cid = make_client(session, lang="sv")
    add_consent(session, cid, "kela", "Inkomstuppgifter")
    draft = plans.draft_from_client(session, cid, today=TODAY)
    draft.goal = "Ett sommarjobb."
    plans.save_version(session, cid, draft, TODAY)
    fi = flat_pdf_text(plans.export_plan(session, cid, None, "fi"))
    assert "Kela: Inkomstuppgifter (suostumus annettu 18.8.2026)" in fi
    assert "FPA" not in fi and "samtycke" not in fi


def test_a_version_saved_with_typed_finnish_lines_is_recomposed_and_the_rest_kept(
    session: Session,
) -> None:
    """A version stored before this fix (or edited by hand) holds the Finnish lines as
    text; they are recognised line by line, the rest stays exactly as typed."""
    cid = make_client(session, lang="sv")
    old = PlanDraft(
        goal="Jag vill jobba i en trädgård.",
        strengths="Noggrann\nOsaaminen: Trukkikortti",
        preferences="Työaika: 20 h/vko\nHaluaisin: ulkotöitä",  # second line: typed words
        sharing="Hoitotiimi (Dr Esimerkki): Työtiedot (suostumus annettu 21.10.2026)\n"
        "Naapuri: kaikki (suostumus annettu 1.9.2026)",  # a party typed by hand
        benefits="Tehty 24.10.2026\nSovittu puhelimitse",
        next_review_on=date(2027, 2, 18),
    )
    plans.save_version(session, cid, old, TODAY)
    sv = flat_pdf_text(plans.export_plan(session, cid, None, "sv"))
    assert "Kunnande: Trukkikortti" in sv and "Noggrann" in sv
    assert "Arbetstid: 20 h/vko Haluaisin: ulkotöitä" in sv
    assert "Vårdteam (Dr Esimerkki): Työtiedot (samtycke givet 21.10.2026)" in sv
    assert "Naapuri: kaikki (samtycke givet 1.9.2026)" in sv
    assert "Genomförd 24.10.2026 Sovittu puhelimitse" in sv
    for finnish in ("Osaaminen", "Työaika", "Hoitotiimi", "suostumus", "Tehty"):
        assert finnish not in sv, finnish
    # The stored version itself is unchanged (what was saved stays on record).
    stored = plans.get_version(session, cid, log=False)
    assert stored.preferences == old.preferences and stored.sharing == old.sharing


def localise(field: str, text: str, lang: str) -> str:
    cat = Catalog(lang)
    return localise_text(field, text, cat.tr, lambda day: document_date(day, lang))


def test_lines_that_only_look_composed_stay_as_typed() -> None:
    # A label of another field, a label mid-line, a date that is not one.
    assert localise("preferences", "Osaaminen: hyvä", "sv") == "Osaaminen: hyvä"
    assert localise("strengths", "Hyvä. Työaika: 20 h", "sv") == "Hyvä. Työaika: 20 h"
    assert localise("benefits", "Tehty 31.2.2026", "sv") == "Tehty 31.2.2026"
    assert localise("goal", "Työaika: 20 h/vko", "sv") == "Työaika: 20 h/vko"
    assert localise("benefits", "", "sv") == ""
    # Recognised in every language, composed in the one asked for.
    for line in ("Työaika: 20 h", "Arbetstid: 20 h", "Working hours: 20 h"):
        assert localise("preferences", line, "fi") == "Työaika: 20 h"
    for line in ("Tehty 2.1.2027, Kela", "Genomförd 2.1.2027, Kela", "Done 2 January 2027, Kela"):
        assert localise("benefits", line, "en") == "Done 2 January 2027, Kela"
