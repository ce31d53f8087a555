"""Changes of a job's working hours (fidelity item 12): editing a running job's hours
writes one ``job_hours_change`` row in the edit's transaction, other edits write none,
the fidelity inputs carry the changes and erasing the client removes them."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from ipsdesk.core.fidelity import compute
from ipsdesk.core.fidelity.inputs import HoursChangeIn, from_store
from ipsdesk.core.services import privacy, records
from ipsdesk.core.services.validation import ValidationError
from ipsdesk.core.storage import models as m
from tests.conftest import TODAY
from tests.integration.test_clients import new_client

STARTED = date(2026, 10, 5)


def _job(session: Session, **kw: Any) -> tuple[int, int, dict[str, Any]]:
    cid = new_client(session)
    emp = records.resolve_employer(session, ("new", "Keksitty Kahvila Oy"))
    values: dict[str, Any] = {
        "employer_id": emp,
        "title": "Kahvilatyöntekijä",
        "start_on": STARTED,
        "hours_per_week": 20,
        **kw,
    }
    jid = records.save_record(session, "job", cid, values, today=TODAY)
    return cid, jid, values


def _changes(session: Session) -> list[tuple[int, date, float, float]]:
    return [
        (r.job_id, r.on, r.hours_before, r.hours_after)
        for r in session.exec(select(m.JobHoursChange).order_by(m.JobHoursChange.id))  # type: ignore[arg-type]
    ]


def _log(session: Session) -> list[str]:
    return [r.action for r in session.exec(select(m.AccessLog).order_by(m.AccessLog.id))]  # type: ignore[arg-type]


def test_editing_the_hours_writes_one_change_and_other_edits_none(session: Session) -> None:
    cid, jid, values = _job(session)
    assert _changes(session) == []  # not on creation
    edit = TODAY - timedelta(days=3)
    records.save_record(
        session, "job", cid, {**values, "title": "Barista"}, record_id=jid, today=edit
    )
    records.save_record(
        session, "job", cid, {**values, "hours_per_week": 20.0}, record_id=jid, today=edit
    )
    assert _changes(session) == []  # the same hours, other fields: no change
    logged = len(_log(session))
    records.save_record(
        session, "job", cid, {**values, "hours_per_week": 30}, record_id=jid, today=edit
    )
    assert _changes(session) == [(jid, edit, 20.0, 30.0)]  # the day of the edit
    assert len(_log(session)) == logged + 1  # one "change job" row with it
    records.save_record(
        session, "job", cid, {**values, "hours_per_week": 25}, record_id=jid, today=TODAY
    )
    assert _changes(session)[1:] == [(jid, TODAY, 30.0, 25.0)]


@pytest.mark.parametrize(
    ("kw", "edit_day"),
    [
        ({}, STARTED - timedelta(days=1)),  # before the start: the planned hours corrected
        ({"end_on": TODAY - timedelta(days=2)}, TODAY),  # after the end: a correction
        ({"hours_per_week": None}, TODAY),  # filled in: no known figure before
    ],
)
def test_corrections_and_filled_in_hours_are_not_changes(
    session: Session, kw: dict[str, Any], edit_day: date
) -> None:
    cid, jid, values = _job(session, **kw)
    records.save_record(
        session, "job", cid, {**values, "hours_per_week": 35}, record_id=jid, today=edit_day
    )
    assert _changes(session) == []


def test_a_refused_edit_writes_no_change(session: Session) -> None:
    cid, jid, values = _job(session)
    with pytest.raises(ValidationError):
        records.save_record(
            session,
            "job",
            cid,
            {**values, "hours_per_week": 30, "end_on": STARTED - timedelta(days=1)},
            record_id=jid,
            today=TODAY,
        )
    session.rollback()
    assert _changes(session) == []


def test_fidelity_inputs_carry_the_changes_and_item_12_counts_them(session: Session) -> None:
    cid, jid, values = _job(session)
    change = TODAY - timedelta(days=40)
    records.save_record(
        session, "job", cid, {**values, "hours_per_week": 17.5}, record_id=jid, today=change
    )
    inp = from_store(session, date(2026, 8, 19), TODAY)
    (client,) = inp.clients
    (job,) = client.jobs
    assert job.hours_changes == (HoursChangeIn(change, 20.0, 17.5),)
    r = compute.item_12_benefits(inp)
    assert r.count == 2 and r.figure == 0.0  # the start and the change, no counselling
    assert r.evidence[1].args[1:] == (20.0, 17.5)
    assert (
        from_store(session, date(2026, 8, 19), change - timedelta(days=1))
        .clients[0]
        .jobs[0]
        .hours_changes
        == ()
    )  # nothing after the period's end


def test_deleting_the_job_or_erasing_the_client_removes_the_changes(session: Session) -> None:
    cid, jid, values = _job(session)
    records.save_record(
        session, "job", cid, {**values, "hours_per_week": 30}, record_id=jid, today=TODAY
    )
    other_cid, other_jid, other = _job(session)
    records.save_record(
        session, "job", other_cid, {**other, "hours_per_week": 10}, record_id=other_jid, today=TODAY
    )
    assert len(_changes(session)) == 2
    records.delete_record(session, "job", cid, jid)
    assert [c[0] for c in _changes(session)] == [other_jid]
    code = session.get(m.Client, other_cid).code  # type: ignore[union-attr]
    privacy.erase_client(session, other_cid, code)
    assert _changes(session) == []
    left = session.connection().execute(text("SELECT count(*) FROM job_hours_change")).scalar()
    assert left == 0
