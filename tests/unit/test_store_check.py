"""The full store check (core/storage/check.py): structured findings, never a write."""

from __future__ import annotations

import hashlib
from pathlib import Path

import sqlcipher3

from ipsdesk.core.i18n import Catalog
from ipsdesk.core.storage import check, migrate
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.check import Finding, check_store
from ipsdesk.core.storage.engine import key_pragma
from ipsdesk.core.storage.store import Store


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _closed(store: Store) -> Path:
    store.close()
    return store.paths.store


def test_healthy_store_gives_facts_and_no_problems(store: Store) -> None:
    key = store.data_key
    path = _closed(store)
    before = _digest(path)
    report = check_store(path, key)
    assert report.healthy and report.problems == []
    msgs = [f.msg for f in report.facts]
    assert msgs == [check.TABLES, check.INTEGRITY_OK, check.FOREIGN_KEYS_OK, check.SCHEMA]
    tables = report.facts[0].args[0]
    assert tables == len(m.metadata.tables) + 1  # and alembic_version
    assert report.facts[3].args == (migrate.head_revision(), migrate.head_revision())
    assert [f.text() for f in report.facts[1:3]] == ["integrity_check: ok", "foreign_key_check: ok"]
    assert _digest(path) == before  # the check never writes


def test_broken_reference_is_a_problem_naming_table_and_row(store: Store) -> None:
    key = store.data_key
    path = _closed(store)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(key_pragma(key))
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        'INSERT INTO phasechange (client_id, from_phase, to_phase, "on", reason, created_at) '
        "VALUES (4242, NULL, 1, '2026-11-18', '', '2026-11-18 10:00:00.000000')"
    )
    conn.close()
    report = check_store(path, key)
    assert not report.healthy
    (problem,) = report.problems
    assert problem.msg == check.FOREIGN_KEY_PROBLEM
    assert problem.args[0] == "phasechange" and problem.args[2] == "client"
    assert problem.text() == f"foreign key: table phasechange row {problem.args[1]} -> client"
    assert check.FOREIGN_KEYS_OK not in [f.msg for f in report.facts]


def test_unknown_schema_is_a_problem(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    key = store.data_key
    report = check_store(_closed(store), key)
    assert [(p.msg, p.args) for p in report.problems] == [
        (check.SCHEMA_UNKNOWN, ("'9999_future'",))
    ]
    assert "unknown to this ipsdesk" in report.problems[0].text()


def test_wrong_key_cannot_read_and_changes_nothing(store: Store) -> None:
    path = _closed(store)
    before = _digest(path)
    report = check_store(path, b"\x01" * 32)
    assert [p.msg for p in report.problems] == [check.CANNOT_READ]
    assert report.facts == []
    assert _digest(path) == before


def test_findings_translate_through_a_catalog(tmp_path: Path) -> None:
    (tmp_path / "ipsdesk_fi.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1"><context>'
        "<name>StoreCheck</name><message><source>tables: %1</source>"
        "<translation>tauluja: %1</translation></message></context></TS>",
        encoding="utf-8",
    )
    finding = Finding(check.TABLES, (17,))
    assert finding.text() == "tables: 17"
    assert finding.text(Catalog("fi", tmp_path).tr) == "tauluja: 17"
    assert finding.text(Catalog("en").tr) == "tables: 17"


def test_every_message_has_a_literal_context() -> None:
    msgs = [v for k, v in vars(check).items() if k.isupper() and isinstance(v, tuple)]
    assert len(msgs) == 9
    assert {m.context for m in msgs} == {"StoreCheck"}
