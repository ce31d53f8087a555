"""The plans service on a real encrypted store: drafts pulled from records, versions,
review dates, and the one export path with its access-log row."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import Session, col, select

from ipsdesk.core import settings
from ipsdesk.core.domain.enums import StepOwner, StepStatus
from ipsdesk.core.domain.plan_document import PlanStep
from ipsdesk.core.services import clients, plans, records
from ipsdesk.core.services.records import NotFound
from ipsdesk.core.services.validation import ValidationError
from ipsdesk.core.storage import models as m
from tests.conftest import TODAY
from tests.plan_helpers import add_consent, make_client, sample_draft


def log_rows(session: Session, code: str) -> list[tuple[str, str]]:
    rows = session.exec(
        select(m.AccessLog).where(m.AccessLog.client_ref == code).order_by(col(m.AccessLog.id))
    )
    return [(r.action, r.detail) for r in rows]


def code_of(session: Session, client_id: int) -> str:
    client = session.get(m.Client, client_id)
    assert client is not None
    return client.code


def test_first_draft_is_pulled_from_profile_consents_and_benefits(session: Session) -> None:
    cid = make_client(session)
    clients.update_notes(session, cid, {"job_goals": "Puutarhatyö lähellä kotia"}, today=TODAY)
    clients.update_profile(
        session,
        cid,
        {
            "strengths": "Täsmällinen ja sinnikäs",
            "skills": "Trukkikortti",
            "preferred_job_types": "Puutarha, varasto",
            "preferred_hours": "20 h/vko",
            "preferred_location": "Kajaani",
            "support_needs": "Tukea työhaastatteluihin",
        },
        today=TODAY,
    )
    add_consent(session, cid, "care_team", "Työllistymiseen liittyvät tiedot")
    add_consent(session, cid, "employer", "Ei diagnoosia", party_detail="Sotkamon Sahat Oy")
    add_consent(
        session, cid, "family", "Kaikki", withdrawn_on=date(2026, 10, 1)
    )  # withdrawn: left out
    for on, by in ((date(2026, 8, 21), "Etuusneuvoja"), (date(2026, 12, 2), "Kela")):
        records.save_record(
            session,
            "benefits_counselling",
            cid,
            {"on": on, "by_whom": by, "topics": "Kuntoutustuki"},
            today=date(2026, 12, 31),
        )

    draft = plans.draft_from_client(session, cid, today=TODAY, lang="en")

    assert draft.based_on is None and draft.steps == []
    assert draft.goal == "Puutarhatyö lähellä kotia"
    assert draft.strengths == "Täsmällinen ja sinnikäs\nSkills: Trukkikortti"
    assert draft.preferences == (
        "Kinds of work: Puutarha, varasto\nWorking hours: 20 h/vko\nWhere: Kajaani"
    )
    assert draft.support_agreed == "Tukea työhaastatteluihin"
    assert draft.sharing == (
        "Care team: Työllistymiseen liittyvät tiedot (consent given 18 August 2026)\n"
        "Employer (Sotkamon Sahat Oy): Ei diagnoosia (consent given 18 August 2026)"
    )
    assert draft.benefits == (
        "Done 21 August 2026, Etuusneuvoja: Kuntoutustuki\n"
        "Planned 2 December 2026, Kela: Kuntoutustuki"
    )
    # Agreement 18.8.2026: the 3-month review is today, so the draft suggests 6 months.
    assert draft.next_review_on == date(2027, 2, 18)


def test_pulled_in_text_uses_the_clients_document_language(session: Session) -> None:
    cid = make_client(session, lang="fi")
    add_consent(session, cid, "kela", "Tulotiedot")
    draft = plans.draft_from_client(session, cid, today=TODAY)
    # Finnish labels and date format, from the shipped translations.
    assert draft.sharing == "Kela: Tulotiedot (suostumus annettu 18.8.2026)"


def test_versions_are_kept_and_diffed(session: Session) -> None:
    cid = make_client(session)
    assert plans.list_versions(session, cid) == []
    v1 = plans.save_version(session, cid, sample_draft(), TODAY)
    draft = plans.draft_from_client(session, cid, today=date(2027, 2, 18))
    assert draft.based_on == 1 and draft.goal == sample_draft().goal
    draft.steps[0] = replace(draft.steps[0], status=StepStatus.DONE)
    draft.steps.append(PlanStep("Työkokeilu puutarhalla", StepOwner.EMPLOYER, date(2027, 4, 1)))
    draft.goal = "Puutarhatyö, 25 h/vko"
    v2 = plans.save_version(session, cid, draft, date(2027, 2, 18))
    assert (v1, v2) == (1, 2)

    summaries = plans.list_versions(session, cid)
    assert [(s.version, s.made_on, s.steps, s.steps_open) for s in summaries] == [
        (2, date(2027, 2, 18), 3, 2),
        (1, TODAY, 2, 2),
    ]
    old = plans.get_version(session, cid, 1)
    assert old.goal == sample_draft().goal and old.steps == tuple(sample_draft().steps)
    latest = plans.get_version(session, cid)
    assert latest.version == 2 and latest.steps[2].owner is StepOwner.EMPLOYER
    diff = plans.changes_since_previous(session, cid, 2)
    assert diff is not None
    # No consent or counselling recorded: the re-pulled sharing and benefits are empty.
    assert [f.name for f in diff.fields] == ["goal", "sharing", "benefits", "next_review_on"]
    assert [s.what for s in diff.steps_added] == ["Työkokeilu puutarhalla"]
    assert [c.new.status for c in diff.steps_changed] == [StepStatus.DONE]
    assert plans.changes_since_previous(session, cid, 1) is None
    code = code_of(session, cid)
    assert ("create", "action plan v1") in log_rows(session, code)
    assert ("create", "action plan v2") in log_rows(session, code)
    assert ("view", "action plan v2") in log_rows(session, code)


def test_invalid_draft_saves_nothing(session: Session) -> None:
    cid = make_client(session)
    draft = sample_draft()
    draft.steps.append(PlanStep(""))
    with pytest.raises(ValidationError) as info:
        plans.save_version(session, cid, draft, TODAY)
    assert set(info.value.errors) == {"steps.2.what"}
    assert session.exec(select(m.ActionPlanVersion)).all() == []
    assert session.exec(select(m.ActionPlanStep)).all() == []
    assert not any("action plan" in d for _, d in log_rows(session, code_of(session, cid)))


def test_missing_plan_and_client(session: Session) -> None:
    cid = make_client(session)
    with pytest.raises(plans.NoPlan):
        plans.get_version(session, cid)
    plans.save_version(session, cid, sample_draft(), TODAY)
    with pytest.raises(plans.NoPlan):
        plans.get_version(session, cid, 7)
    with pytest.raises(NotFound):
        plans.draft_from_client(session, 999, today=TODAY)


def test_review_reminders(session: Session) -> None:
    due_soon = make_client(session, "Helmi Malli", agreement=date(2026, 8, 18))
    agreed = make_client(session, "Juho Kuvitelma", agreement=date(2026, 9, 1))
    no_plan = make_client(session, "Oona Testinen", agreement=date(2026, 9, 1))
    ended = make_client(session, "Pekka Lumme", agreement=date(2026, 9, 1))
    first = sample_draft()
    first.next_review_on = None
    first.made_on = date(2026, 8, 20)
    plans.save_version(session, due_soon, first, TODAY)
    second = sample_draft()
    second.made_on = date(2026, 9, 2)
    second.next_review_on = date(2026, 11, 20)
    plans.save_version(session, agreed, second, TODAY)
    plans.save_version(session, ended, sample_draft(), TODAY)
    clients.end_service(session, ended, TODAY, "client_choice", today=TODAY)

    due = plans.next_review_due(session, due_soon, date(2026, 11, 19))
    assert due == plans.ReviewDue(due_soon, date(2026, 11, 18), 3, True)
    assert plans.next_review_due(session, agreed, TODAY) == plans.ReviewDue(
        agreed, date(2026, 11, 20), None, False
    )
    assert plans.next_review_due(session, no_plan, TODAY) is None
    assert plans.review_due_dates(session) == {
        due_soon: date(2026, 11, 18),
        agreed: date(2026, 11, 20),
    }


def test_export_logs_in_the_same_transaction(session: Session, tmp_path: Path) -> None:
    cid = make_client(session, lang="sv")
    plans.save_version(session, cid, sample_draft(), TODAY)
    out = tmp_path / "plan.pdf"
    data = plans.export_plan(session, cid, None, None, out)
    assert out.read_bytes() == data and data.startswith(b"%PDF-")
    plans.export_plan(session, cid, 1, "fi", None, "print")
    code = code_of(session, cid)
    assert log_rows(session, code)[-2:] == [
        ("export", "action plan v1 sv"),
        ("print", "action plan v1 fi"),
    ]


def test_failed_export_writes_no_log_row(session: Session, tmp_path: Path) -> None:
    cid = make_client(session)
    plans.save_version(session, cid, sample_draft(), TODAY)
    before = log_rows(session, code_of(session, cid))
    with pytest.raises(OSError):
        plans.export_plan(session, cid, None, "fi", tmp_path / "missing" / "plan.pdf")

    def broken(*_a: object, **_k: object) -> bytes:
        raise RuntimeError("render failed")

    with pytest.raises(RuntimeError):
        plans.export_plan(session, cid, None, "fi", tmp_path / "p.pdf", render=broken)
    assert not (tmp_path / "p.pdf").exists()
    with pytest.raises(plans.NoPlan):
        plans.export_plan(session, make_client(session, "Ville Näytelmä"), None, "fi", None)
    assert log_rows(session, code_of(session, cid)) == before


def test_organisation_setting_wins_over_specialist_profile(session: Session) -> None:
    cid = make_client(session)
    plans.save_version(session, cid, sample_draft(), TODAY)
    assert plans.plan_document(session, cid).organisation == ""
    specialist = session.exec(select(m.Specialist)).one()
    specialist.organisation = "Kainuun hyvinvointialue"
    session.add(specialist)
    session.commit()
    assert plans.plan_document(session, cid).organisation == "Kainuun hyvinvointialue"
    settings.put(session, settings.ORGANISATION, "IPS-tiimi Kajaani")
    session.commit()
    doc = plans.plan_document(session, cid)
    assert doc.organisation == "IPS-tiimi Kajaani"
    assert doc.specialist == "Testi Valmentaja" and doc.client_name == "Áilu Ŋuolja"


def test_demo_clients_have_plans_with_reviews(session: Session) -> None:
    from ipsdesk.core import demo

    demo.fill(session, today=TODAY)
    due = plans.review_due_dates(session)
    assert len(due) == 10  # of the 12 demo clients, the two without an agreement date have none
    swedish = session.exec(select(m.Client).where(m.Client.document_language == "sv")).one()
    assert swedish.id is not None
    latest = plans.get_version(session, swedish.id, log=False)
    assert latest.version == 2 and latest.goal.startswith("Jag vill")
    diff = plans.changes_since_previous(session, swedish.id, 2)
    assert diff is not None and any(c.status_changed for c in diff.steps_changed)
    data = plans.export_plan(session, swedish.id)
    assert data.startswith(b"%PDF-")
    # The Swedish client's demo plan is in Swedish throughout: composed lines and the
    # words typed into the demo records alike (issue 16).
    assert latest.preferences == "Arbetstid: 20 h/vecka"
    assert latest.sharing.startswith("Vårdteam: ") and "(samtycke givet " in latest.sharing
    assert latest.benefits.startswith("Genomförd ")
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for finnish in ("Työaika", "Hoitotiimi", "suostumus", "Tehty", "Täsmällinen", "Etuus"):
        assert finnish not in text, finnish


def test_plans_service_imports_without_reportlab() -> None:
    """The GUI's plan page imports the service; reportlab loads on the first export only."""
    import subprocess
    import sys

    code = "import sys, ipsdesk.core.services.plans; print('reportlab' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_next_draft_re_pulls_consents_and_benefits(session: Session) -> None:
    cid = make_client(session, lang="en")
    add_consent(session, cid, "care_team", "Työllistymiseen liittyvät tiedot")
    add_consent(session, cid, "employer", "Työhön liittyvät tiedot")
    records.save_record(
        session,
        "benefits_counselling",
        cid,
        {"on": date(2026, 12, 2), "by_whom": "Kela"},
        today=date(2026, 12, 31),
    )
    first = plans.draft_from_client(session, cid, today=TODAY)
    assert "Employer" in first.sharing and first.benefits.startswith("Planned 2 December 2026")
    first.goal = "Oma tavoite"
    plans.save_version(session, cid, first, TODAY)
    consent = session.exec(select(m.Consent).where(m.Consent.party == "employer")).one()
    assert consent.id is not None
    values = {"party": "employer", "what_shared": consent.what_shared}
    values |= {"given_on": consent.given_on, "withdrawn_on": date(2026, 12, 10)}
    records.save_record(
        session, "consent", cid, values, record_id=consent.id, today=date(2026, 12, 10)
    )
    later = plans.draft_from_client(session, cid, today=date(2027, 2, 18))
    assert later.goal == "Oma tavoite" and later.based_on == 1
    assert "Care team" in later.sharing and "Employer" not in later.sharing
    assert later.benefits.startswith("Done 2 December 2026")


def test_plan_overview_is_everything_the_plan_tab_shows_in_one_read(session: Session) -> None:
    cid = make_client(session, lang="sv")
    code = code_of(session, cid)
    empty = plans.plan_overview(session, cid, TODAY)
    assert (empty.client_code, empty.document_language) == (code, "sv")
    assert empty.versions == [] and empty.shown is None and empty.review_due is None
    plans.save_version(session, cid, sample_draft(), TODAY)
    second = replace(sample_draft(), goal="Haluan kirjastoon.", based_on=1)
    plans.save_version(session, cid, second, TODAY)
    before = log_rows(session, code)
    latest = plans.plan_overview(session, cid, TODAY)
    assert [v.version for v in latest.versions] == [2, 1]
    assert latest.review_due is not None
    assert (latest.review_due.due_on, latest.review_due.scheduled_months) == (date(2027, 2, 18), 6)
    assert latest.shown is not None and latest.shown.plan.version == 2
    assert latest.shown.previous is not None and latest.shown.previous.version == 1
    assert latest.shown.diff is not None
    assert [c.name for c in latest.shown.diff.fields] == ["goal"]
    first = plans.plan_overview(session, cid, TODAY, version=1)
    assert first.shown is not None and first.shown.plan.version == 1
    assert first.shown.previous is None and first.shown.diff is None
    assert log_rows(session, code) == before  # reloading the tab is not a new viewing
    view = plans.version_view(session, cid, 1)  # choosing an older version is
    assert view.plan.version == 1
    assert log_rows(session, code) == [*before, ("view", "action plan v1")]


def test_a_step_done_together_is_kept_and_printed(session: Session) -> None:
    import io

    from pypdf import PdfReader

    from ipsdesk.core.domain.plan_document import PlanDraft

    cid = clients.create_client(
        session, {"full_name": "Keksitty Yhdessä", "agreement_date": TODAY}, today=TODAY
    )
    draft = PlanDraft(goal="Työ", steps=[PlanStep("Työnantajan tapaaminen", StepOwner.TOGETHER)])
    plans.save_version(session, cid, draft, today=TODAY)
    version = plans.get_version(session, cid, log=False)
    assert version.steps[0].owner is StepOwner.TOGETHER
    text = "".join(
        p.extract_text()
        for p in PdfReader(io.BytesIO(plans.export_plan(session, cid, None, "sv"))).pages
    )
    assert "Tillsammans (klienten och arbetshandledaren)" in " ".join(text.split())
