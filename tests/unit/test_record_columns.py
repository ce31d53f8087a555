"""The full record's columns in words: labels from the specs, values for a client."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from ipsdesk.core.export.record_columns import (
    COLUMNS,
    HIDDEN_TABLES,
    Column,
    RecordWords,
    Show,
    is_hidden,
)
from ipsdesk.core.i18n import Catalog
from ipsdesk.core.services.privacy import NOT_CLIENT_DATA
from ipsdesk.core.storage import models as m

RECORD = {
    "tables": {
        "job": [{"id": 4, "title": "Keksitty varastotyö"}],
        "actionplanversion": [{"id": 9, "version": 3}],
    }
}


def test_every_column_of_the_record_has_a_label_or_is_left_out_on_purpose() -> None:
    """A column added to a client table later must get words here (or be declared an
    internal id), or the client's PDF would show its raw database name."""
    record_tables = set(m.metadata.tables) - NOT_CLIENT_DATA - HIDDEN_TABLES
    unlabelled = [
        (table, column.name)
        for table in sorted(record_tables)
        for column in m.metadata.tables[table].columns
        if column.name not in COLUMNS.get(table, {}) and not is_hidden(table, column.name)
    ]
    assert unlabelled == []


def test_spec_fields_keep_their_form_labels() -> None:
    assert COLUMNS["client"]["full_name"].label == ("Records", "Name")
    assert COLUMNS["client"]["severe_mental_illness"].show is Show.BOOL
    assert COLUMNS["job"]["employer_id"].show is Show.EMPLOYER
    assert COLUMNS["employercontact"]["mode"].choices is not None


def test_values_in_english_words() -> None:
    words = RecordWords(RECORD, Catalog("en").tr, "en", {7: "Keksitty Oy"})
    rows = dict(
        words.row(
            "client",
            {
                "id": 1,
                "code": "A-0001",
                "full_name": "Keksitty Henkilö",
                "document_language": "sv",
                "severe_mental_illness": True,
                "referral_date": "2026-04-20",
                "phase": 5,
                "status": "ended",
                "end_reason": "moved_away",
                "ended_on": None,
            },
        )
    )
    assert rows == {
        "Client code": "A-0001",
        "Name": "Keksitty Henkilö",
        "Language of documents": "Swedish",
        "Severe mental illness": "Yes",
        "Referral date": "20 April 2026",
        "Phase": "5 – In-work support",
        "Service status": "Ended",
        "End reason": "Moved away",
        "Service ended on": "–",
    }  # the internal id is left out
    job = dict(words.row("job", {"employer_id": 7, "open_market": False, "hours_per_week": 37.5}))
    assert job == {"Employer": "Keksitty Oy", "Open labour market": "No", "Hours per week": "37.5"}
    contact = dict(words.row("clientcontact", {"job_id": 4, "with_whom": "care_team"}))
    assert contact == {"Job": "Keksitty varastotyö", "With whom": "Care team"}
    step = dict(words.row("actionplanstep", {"plan_id": 9, "owner": "specialist"}))
    assert step == {"Action plan version": "3", "Who": "Employment specialist"}
    ended = dict(words.row("phasechange", {"from_phase": 3, "to_phase": None}))
    assert ended == {"From phase": "3 – Job search", "To phase": "Service ended"}
    log = dict(words.row("accesslog", {"client_ref": "A-0001", "action": "export"}))
    assert log == {"Action": "Exported"}


def test_values_in_finnish_words() -> None:
    words = RecordWords(RECORD, Catalog("fi").tr, "fi")
    row = dict(
        words.row("client", {"document_language": "fi", "phase": 1, "referral_date": "2026-04-20"})
    )
    assert row == {
        "Asiakirjojen kieli": "Suomi",
        "Vaihe": "1 – Sopiminen",
        "Palveluun ohjattu": "20.4.2026",
    }
    assert words.value(Column(("Records", "Hours per week"), Show.NUMBER), 37.5) == "37,5"
    assert words.value(Column(("Records", "Hours per week"), Show.NUMBER), 20.0) == "20"
    assert dict(words.row("clientcontact", {"place": "home"})) == {"Missä": "Koti"}


@pytest.fixture
def helsinki(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Helsinki")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_instants_are_written_in_local_time(helsinki: None) -> None:
    words = RecordWords(RECORD, Catalog("en").tr, "fi")
    row = dict(words.row("client", {"created_at": "2026-12-03T08:25:23+00:00"}))
    assert row == {"Recorded": "3.12.2026 10:25"}  # UTC+2 in winter
    summer = dict(words.row("accesslog", {"at": "2026-06-30T21:30:00+00:00"}))
    assert summer == {"When": "1.7.2026 00:30"}  # UTC+3, the next day
