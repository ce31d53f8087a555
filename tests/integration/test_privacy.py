"""The client's access-log export, full record export (JSON, PDF) and erasure."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text
from sqlmodel import Session, select

from ipsdesk.core.services import clients, privacy
from ipsdesk.core.services.records import save_record
from ipsdesk.core.services.validation import ValidationError
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store

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
    assert f"Access log of client {code}" in text_ and "export" in text_
    assert _exports(session, code) == 2


def test_full_record_json_and_pdf_hold_everything(session: Session, tmp_path: Path) -> None:
    cid = _client(session)
    out = privacy.export_record(session, cid, tmp_path / "record.json")
    doc = json.loads(out.read_text(encoding="utf-8"))
    tables = doc["tables"]
    assert tables["client"][0]["full_name"] == NAME
    assert tables["clientcontact"][0]["note"] == "Tapaaminen"
    assert tables["vocationalprofile"][0]["client_id"] == cid
    assert {r["action"] for r in tables["accesslog"]} >= {"create", "view", "export"}
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
    assert result.client_ref == code and result.rows_deleted == 1 and result.log_rows_deleted >= 4
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
