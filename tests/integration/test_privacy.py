"""The client's access-log export, full record export (JSON, PDF) and erasure."""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text
from sqlmodel import Session, select

from ipsdesk.core.domain.access_log import ACTION_LABELS, detail_label
from ipsdesk.core.domain.enums import EndReason, Phase
from ipsdesk.core.services import clients, employers, plans, privacy
from ipsdesk.core.services import employer_contacts as ec
from ipsdesk.core.services.records import save_record
from ipsdesk.core.services.validation import ValidationError
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store
from tests.conftest import TODAY
from tests.plan_helpers import add_consent, make_client, sample_draft

NAME = "Kuvitteellinen Öhrnberg-Väisänen"


def _client(session: Session) -> int:
    cid = clients.create_client(session, {"full_name": NAME, "document_language": "fi"})
    clients.update_notes(session, cid, {"job_goals": "Varastotyö, osa-aikainen"})
    save_record(
        session,
        "client_contact",
        cid,
        {"on": date(2026, 11, 2), "with_whom": "client", "place": "home", "note": "Tapaaminen"},
        today=date(2026, 11, 18),
    )
    clients.get_client(session, cid)
    return cid


def _exports(session: Session, code: str) -> int:
    return len(
        session.exec(
            select(m.AccessLog).where(
                m.AccessLog.client_ref == code, m.AccessLog.action == "export"
            )
        ).all()
    )


def test_access_log_csv_lists_every_use_including_itself(session: Session, tmp_path: Path) -> None:
    cid = _client(session)
    code = session.get(m.Client, cid).code  # type: ignore[union-attr]
    out = privacy.export_access_log(session, cid, tmp_path / "log.csv")
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["action"] for r in rows] == ["create", "change", "create", "view", "export"]
    assert all(r["actor"] == "Testi Valmentaja" for r in rows)
    assert _exports(session, code) == 1
    pdf = privacy.export_access_log(session, cid, tmp_path / "log.pdf", fmt="pdf", lang="en")
    text_ = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert f"Access log of client {code}" in text_
    assert "Exported" in text_ and "Access log (PDF)" in text_  # this export's own row
    assert _exports(session, code) == 2


def test_full_record_json_and_pdf_hold_everything(session: Session, tmp_path: Path) -> None:
    cid = _client(session)
    out = privacy.export_record(session, cid, tmp_path / "record.json")
    doc = json.loads(out.read_text(encoding="utf-8"))
    tables = doc["tables"]
    assert tables["client"][0]["full_name"] == NAME
    assert tables["clientcontact"][0]["note"] == "Tapaaminen"
    assert tables["vocationalprofile"][0]["client_id"] == cid
    assert [r["action"] for r in tables["accesslog"]] == [
        "create",
        "change",
        "create",
        "view",
        "export",
    ]
    # Every table of the schema is either in the record or declared not client data.
    schema = set(m.metadata.tables) | {"alembic_version"}
    assert schema - set(tables) == set(privacy.NOT_CLIENT_DATA)
    pdf = privacy.export_record(session, cid, tmp_path / "record.pdf", fmt="pdf", lang="en")
    text_ = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Öhrnberg-Väisänen" in text_ and "Tapaaminen" in text_ and "Contact log" in text_


def test_a_failed_export_writes_no_log_row(session: Session, tmp_path: Path) -> None:
    cid = _client(session)
    code = session.get(m.Client, cid).code  # type: ignore[union-attr]
    with pytest.raises(OSError):
        privacy.export_record(session, cid, tmp_path / "no-such-folder" / "r.json")
    assert _exports(session, code) == 0


def test_erasure_removes_everything_and_keeps_only_the_fact(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        cid = _client(s)
        other = clients.create_client(s, {"full_name": "Toinen Henkilö", "document_language": "fi"})
        code = s.get(m.Client, cid).code  # type: ignore[union-attr]
        with pytest.raises(ValidationError):
            privacy.erase_client(s, cid, "A-9999")
        result = privacy.erase_client(s, cid, code)
    assert result.client_ref == code and result.rows_deleted == 1 and result.log_rows_deleted == 4
    assert result.wal_checkpointed
    with store.engine.connect() as conn:
        for table in m.metadata.sorted_tables:
            if "client_id" in table.c:
                n = conn.execute(
                    text(f'SELECT count(*) FROM "{table.name}" WHERE client_id = :c'), {"c": cid}
                ).scalar_one()
                assert n == 0, table.name
        log = conn.execute(
            text("SELECT action, detail FROM accesslog WHERE client_ref = :c"), {"c": code}
        ).fetchall()
        assert log == [("erase", "client erased")]
        assert conn.execute(text("SELECT count(*) FROM erasureguard")).scalar_one() == 0
        assert conn.execute(text("SELECT count(*) FROM client")).scalar_one() == 1
        conn.rollback()
    with store.session() as s:
        assert clients.get_client(s, other).basics["full_name"] == "Toinen Henkilö"
    wal = store.paths.store.with_name(store.paths.store.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_every_detail_the_services_log_has_words(session: Session, tmp_path: Path) -> None:
    """Nothing the app writes to the access log is left in raw English on screen or paper."""
    cid = make_client(session)
    code = session.get(m.Client, cid).code  # type: ignore[union-attr]
    basics = {"full_name": "Keksitty Asiakas", "document_language": "fi", "phone": "040 765 4321"}
    clients.update_basics(session, cid, basics, today=TODAY)
    clients.update_notes(session, cid, {"job_goals": "Puutarhatyö"}, today=TODAY)
    clients.update_profile(session, cid, {"skills": "Trukkikortti"}, today=TODAY)
    add_consent(session, cid, "care_team", "Työllistymiseen liittyvät tiedot")
    clients.get_client(session, cid)
    clients.move_phase(session, cid, Phase.PROFILE, TODAY, today=TODAY)
    plans.save_version(session, cid, sample_draft(), TODAY)
    plans.get_version(session, cid)
    plans.export_plan(session, cid, None, "sv", tmp_path / "plan.pdf")
    eid = employers.create_employer(session, {"name": "Keksitty Puutarha Oy"})
    ec.add_contact(
        session,
        {"on": TODAY, "employer_id": eid, "mode": "phone", "purpose": "needs"},
        [cid],
        today=TODAY,
    )
    ec.client_contacts(session, cid, today=TODAY)
    employers.employer_history(session, eid)
    clients.end_service(session, cid, TODAY, EndReason.OTHER, today=TODAY)
    clients.reopen(session, cid, TODAY, Phase.JOB_SEARCH, today=TODAY)
    privacy.export_access_log(session, cid, tmp_path / "log.csv")
    privacy.export_record(session, cid, tmp_path / "record.json")
    rows = privacy.access_log(session, code)
    assert len({r.detail for r in rows}) == 15  # every kind of detail the calls above log
    assert [r.detail for r in rows if detail_label(r.detail) is None] == []
    assert {r.action for r in rows} <= set(ACTION_LABELS)


RAW_CODES = re.compile(r"\b(view|create|change|export)\b")


def test_finnish_record_and_log_pdfs_name_actions_and_details_in_finnish(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = _client(session)
    pdf = privacy.export_record(session, cid, tmp_path / "record.pdf", fmt="pdf", lang="fi")
    record = " ".join("".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    # The shipped Finnish words for the actions; never the stored codes.
    assert "Avattu" in record and "Luotu" in record and "Muutettu" in record
    assert "Viety" in record  # this export's own log row
    assert RAW_CODES.findall(record) == []
    log_pdf = privacy.export_access_log(session, cid, tmp_path / "log.pdf", fmt="pdf", lang="fi")
    log = " ".join("".join(p.extract_text() for p in PdfReader(log_pdf).pages).split())
    assert "Asiakkaan perustiedot" in log and "Asiakkaan tiedot" in log
    assert "Yhteydenpito" in log and "Muistiinpanot" in log  # record kinds: their headings
    assert "Tietojen käyttöloki (PDF)" in log
    assert "client record" not in log and "client_contact" not in log
    assert RAW_CODES.findall(log) == []


RAW_COLUMNS = ("full name", "severe mental illness", "created at", "document language")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
LOCAL_INSTANT = re.compile(r"\b\d{1,2}\.\d{1,2}\.20\d\d \d\d:\d\d\b")


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "fi",
            (
                "Nimi Kuvitteellinen Öhrnberg-Väisänen",
                "Asiakirjojen kieli Suomi",
                "Vakava mielenterveyden häiriö Kyllä",
                "Vaihe 1 – Sopiminen",
                "Palvelun tilanne Käynnissä",
                "Työnantaja Keksitty Puutarha Oy",
                "Tunteja viikossa 37,5",
                "Palkkatuki Ei",
                "Missä Koti",
                "Päivämäärä 2.11.2026",
            ),
        ),
        (
            "sv",
            (
                "Namn Kuvitteellinen Öhrnberg-Väisänen",
                "Dokumentens språk Finska",
                "Allvarlig psykisk sjukdom Ja",
                "Fas 1 – Avtal",
                "Tjänstens status Pågår",
                "Arbetsgivare Keksitty Puutarha Oy",
                "Timmar per vecka 37,5",
                "Lönesubvention Nej",
                "Var Hemmet",
                "Datum 2.11.2026",
            ),
        ),
    ],
)
def test_record_pdf_is_written_for_the_client_in_their_language(
    session: Session, tmp_path: Path, lang: str, words: tuple[str, ...]
) -> None:
    cid = _client(session)
    eid = employers.create_employer(session, {"name": "Keksitty Puutarha Oy"})
    job = {
        "employer_id": eid,
        "title": "Puutarhuri",
        "start_on": date(2026, 11, 9),
        "hours_per_week": 37.5,
        "open_market": True,
        "wage_subsidy": False,
    }
    save_record(session, "job", cid, job, today=TODAY)
    pdf = privacy.export_record(session, cid, tmp_path / "record.pdf", fmt="pdf", lang=lang)
    text_ = " ".join("".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    for expected in words:
        assert expected in text_
    for raw in (*RAW_COLUMNS, "True", "False", "active", "client_id", "employer id"):
        assert raw not in text_
    assert ISO_DATE.findall(text_) == []  # every date and instant as d.m.yyyy
    assert LOCAL_INSTANT.search(text_)  # e.g. when the client was recorded
    # The JSON export stays the stored data, ids and codes included.
    doc = json.loads(privacy.export_record(session, cid, tmp_path / "r.json").read_text("utf-8"))
    client = doc["tables"]["client"][0]
    assert client["id"] == cid and client["severe_mental_illness"] is True
    assert client["document_language"] == "fi" and client["status"] == "active"
    assert doc["tables"]["job"][0]["employer_id"] == eid
    assert ISO_DATE.match(client["created_at"]) and client["created_at"].endswith("+00:00")
