"""The action plan PDF read back with pypdf: content, language, exact letters, metadata.

Finnish and Swedish are checked with a catalogue built from
``translations/plan_strings.md`` (the shipped .ts files are not translated yet)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import Session

from ipsdesk.core.domain.enums import StepOwner
from ipsdesk.core.domain.plan_document import PlanStep
from ipsdesk.core.i18n import Catalog
from ipsdesk.core.services import plans
from tests.conftest import TODAY
from tests.plan_helpers import SAMI, make_client, sample_draft, write_plan_ts


@pytest.fixture
def ts_dir(tmp_path: Path) -> Path:
    return write_plan_ts(tmp_path / "ts")


def text_of(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def export(session: Session, lang: str, ts_dir: Path, **kw: object) -> tuple[PdfReader, str]:
    cid = make_client(session)
    plans.save_version(session, cid, sample_draft(), TODAY)
    return text_of(plans.export_plan(session, cid, None, lang, None, ts_dir=ts_dir, **kw))


def test_finnish_plan_contains_goal_steps_review_and_exact_letters(
    session: Session, ts_dir: Path
) -> None:
    reader, text = export(session, "fi", ts_dir)
    words = flat(text)
    assert f"Haluan puutarhatöihin. {SAMI}" in words
    assert "Áilu Ŋuolja (A-0001)" in words
    for heading in (
        "Toimintasuunnitelma",
        "Tavoitteeni työn tai opiskelun suhteen",
        "Sovitut toimenpiteet",
        "Seuraava tarkistus",
        "Allekirjoitukset",
        "Allekirjoitus ja nimenselvennys",
    ):
        assert heading in words
    for step in sample_draft().steps:
        assert step.what in words
    assert "1.12.2026" in words and "15.12.2026" in words
    assert "Asiakas" in words and "IPS-työhönvalmentaja" in words  # step owners
    assert "Käynnissä" in words
    assert "Tarkistamme suunnitelman yhdessä 18.2.2027." in words
    assert "Sivu 1 / " in words
    assert "Action plan" not in words  # nothing left in English
    assert reader.metadata is not None
    assert reader.metadata.title == "Toimintasuunnitelma: Áilu Ŋuolja"
    assert reader.metadata.author == "Testi Valmentaja"
    assert reader.trailer["/Root"]["/Lang"] == "fi"
    fonts = {
        str(f["/BaseFont"])
        for page in reader.pages
        for f in page["/Resources"]["/Font"].get_object().values()
    }
    assert all("DejaVuSans" in f for f in fonts), fonts


def test_swedish_plan_from_a_finnish_ui(session: Session, ts_dir: Path) -> None:
    reader, text = export(session, "sv", ts_dir)
    words = flat(text)
    for phrase in ("Handlingsplan", "Underskrifter", "Överenskomna åtgärder", "Senast", "Pågår"):
        assert phrase in words
    assert "Vi går igenom planen tillsammans den 18.2.2027." in words
    assert SAMI in words
    assert reader.metadata is not None and reader.metadata.title == "Handlingsplan: Áilu Ŋuolja"
    assert reader.trailer["/Root"]["/Lang"] == "sv"


def test_english_plan_and_date_format(session: Session, ts_dir: Path) -> None:
    reader, text = export(session, "en", ts_dir)
    words = flat(text)
    assert "Action plan" in words and "Steps we have agreed on" in words
    assert "We will review this plan together on 18 February 2027." in words
    assert "15 December 2026" in words
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_language_comes_from_the_catalogue(
    session: Session, ts_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped .ts files are untranslated: every export asks the Catalog for its
    language, so the lead's translations appear without code changes."""
    seen: list[str] = []
    original = Catalog.__init__

    def spy(self: Catalog, lang: str, ts_dir: Path | None = None) -> None:
        seen.append(lang)
        original(self, lang, ts_dir)

    monkeypatch.setattr(Catalog, "__init__", spy)
    cid = make_client(session, lang="sv")
    plans.save_version(session, cid, sample_draft(), TODAY)
    plans.export_plan(session, cid)
    # The document's catalogue first; the others only to recognise the lines composed
    # into the draft in another language (ipsdesk.core.domain.plan_text).
    assert seen[0] == "sv" and set(seen) <= {"fi", "sv", "en"}


def test_long_plan_breaks_pages_and_keeps_signatures(session: Session, ts_dir: Path) -> None:
    cid = make_client(session)
    draft = sample_draft()
    draft.steps = [
        PlanStep(f"Askel {i}: {SAMI} " + "tehdään jotain tärkeää " * 4, StepOwner.CLIENT)
        for i in range(40)
    ]
    draft.support_agreed = "\n".join(f"Rivi {i} <b>&" for i in range(30))
    plans.save_version(session, cid, draft, TODAY)
    reader, text = text_of(plans.export_plan(session, cid, None, "fi", None, ts_dir=ts_dir))
    pages = len(reader.pages)
    assert pages == 5
    words = flat(text)
    assert "Askel 39:" in words and "Rivi 29 <b>&" in words  # client text is not markup
    last = flat(reader.pages[-1].extract_text())
    assert f"Sivu {pages} / {pages}" in last
    assert "Seuraava tarkistus" in last and "Allekirjoitukset" in last
    assert "Mitä" in flat(reader.pages[1].extract_text())  # table header repeats


def test_plan_without_steps_or_review(session: Session, ts_dir: Path) -> None:
    cid = make_client(session)
    draft = sample_draft()
    draft.steps = []
    draft.next_review_on = None
    plans.save_version(session, cid, draft, date(2026, 11, 18))
    _, text = text_of(plans.export_plan(session, cid, None, "fi", None, ts_dir=ts_dir))
    words = flat(text)
    assert "Toimenpiteistä ei ole vielä sovittu." in words
    assert "Seuraavan tarkistuksen ajankohdasta sovitaan myöhemmin." in words
