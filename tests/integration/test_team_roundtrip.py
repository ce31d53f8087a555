"""Team files round trip: specialists' stores → team files → the leader's team tables.

The leader's store must hold exactly each source store's pseudonymous events, counted
per kind and per date (computed here independently from the source rows); a newer file
replaces the older one; the same file twice changes nothing.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from ipsdesk.core.services import clients as client_service
from ipsdesk.core.services import privacy, records
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store
from ipsdesk.core.team import importer, membership
from ipsdesk.core.team.tables import (
    TeamClient,
    TeamEmployerContact,
    TeamEmployerContactClient,
    TeamEvent,
    TeamJob,
    TeamMember,
    TeamStep,
)
from tests.team_helpers import TODAY, export, fill, join, make_store

NAMES = ("Aapo Keksitty", "Bea Kuviteltu", "Cecilia Mallinen")


@pytest.fixture
def team(tmp_path: Path) -> tuple[Store, list[Store]]:
    leader = make_store(tmp_path, "Liisa Vetäjä")
    with leader.session() as s:
        membership.create_team(s, "IPS-tiimi Testilä")
    members = []
    for seed, name in enumerate(NAMES, start=1):
        st = make_store(tmp_path, name)
        fill(st, seed)
        join(leader, st, name)
        members.append(st)
    yield leader, members
    for st in (leader, *members):
        st.close()


def source_counts(s: Session) -> Counter[tuple[str, date]]:
    """(kind, date) counts straight from a specialist's own tables."""
    out: Counter[tuple[str, date]] = Counter()
    for kind, table, column in (
        ("phase_change", m.PhaseChange, "on"),
        ("profile_meeting", m.ProfileMeeting, "on"),
        ("benefits_counselling", m.BenefitsCounselling, "on"),
        ("disclosure_discussion", m.DisclosureDiscussion, "on"),
        ("plan_version", m.ActionPlanVersion, "made_on"),
        ("client_contact", m.ClientContact, "on"),
        ("hours_change", m.JobHoursChange, "on"),
        ("job", m.Job, "start_on"),
        ("step", m.StepTowardWork, "start_on"),
        ("employer_contact", m.EmployerContact, "on"),
    ):
        t = table.__table__  # type: ignore[attr-defined]
        for (day,) in s.connection().execute(select(t.c[column])):
            out[(kind, day)] += 1
    log = m.AccessLog.__table__  # type: ignore[attr-defined]
    for (at,) in s.connection().execute(
        select(log.c.at).where(log.c.action == "change", log.c.detail == "vocational_profile")
    ):
        out[("profile_update", at.astimezone().date())] += 1
    return out


def team_counts(s: Session, member_id: str) -> Counter[tuple[str, date]]:
    out: Counter[tuple[str, date]] = Counter()
    conn = s.connection()
    ev = TeamEvent.__table__  # type: ignore[attr-defined]
    for kind, day in conn.execute(select(ev.c.kind, ev.c.on).where(ev.c.member_id == member_id)):
        out[(kind, day)] += 1
    for name, table, column in (
        ("job", TeamJob, "start_on"),
        ("step", TeamStep, "start_on"),
        ("employer_contact", TeamEmployerContact, "on"),
    ):
        t = table.__table__  # type: ignore[attr-defined]
        for (day,) in conn.execute(select(t.c[column]).where(t.c.member_id == member_id)):
            out[(name, day)] += 1
    return out


def member_id_of(st: Store) -> str:
    with st.session() as s:
        info = membership.info(s)
        assert info is not None
        return info.member_id


def table_dump(s: Session) -> dict[str, list[tuple]]:
    conn = s.connection()
    out = {}
    for table in (TeamMember, TeamClient, TeamEvent, TeamJob, TeamStep, TeamEmployerContact):
        t = table.__table__  # type: ignore[attr-defined]
        cols = [c for c in t.c if c.name != "id"]
        out[t.name] = sorted(tuple(str(v) for v in r) for r in conn.execute(select(*cols)))
    return out


def test_round_trip_counts_per_kind_and_date(team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    leader, members = team
    # A profile update, so that the access-log-derived event is covered too.
    with members[0].session() as s:
        cid = client_service.find_client(s, "A-0003")
        client_service.update_profile(s, cid, {"skills": "Trukkikortti"})
    # A running job's hours change (fidelity item 12): an hours_change event of the job.
    with members[1].session() as s:
        job = s.exec(
            select(m.Job).where(m.Job.start_on <= TODAY, m.Job.end_on.is_(None))  # type: ignore[union-attr]
        ).first()[0]
        values = {f: getattr(job, f) for f in ("employer_id", "title", "start_on", "job_type")}
        hours = (job.hours_per_week or 20.0) + 5
        records.save_record(
            s, "job", job.client_id, {**values, "hours_per_week": job.hours_per_week or 20.0},
            record_id=job.id, today=TODAY,
        )  # fmt: skip
        records.save_record(
            s, "job", job.client_id, {**values, "hours_per_week": hours},
            record_id=job.id, today=TODAY,
        )  # fmt: skip
        assert s.exec(select(func.count()).select_from(m.JobHoursChange)).one()[0] >= 1
    files = [export(st, tmp_path / f"{i}.ipsteam") for i, st in enumerate(members)]
    with leader.session() as s:
        results = importer.import_files(s, files)
    assert [r.status for r in results] == [importer.IMPORTED] * 3
    with leader.session() as s:
        for st in members:
            mid = member_id_of(st)
            with st.session() as src:
                expected = source_counts(src)
                n_clients = src.exec(select(func.count()).select_from(m.Client)).one()[0]
                n_links = src.exec(select(func.count()).select_from(m.EmployerContactClient)).one()[
                    0
                ]
            assert expected[("profile_update", date.today())] >= (1 if st is members[0] else 0)
            assert team_counts(s, mid) == expected
            if st is members[1]:  # the change names the changed job's team ref
                assert expected[("hours_change", TODAY)] >= 1
                ev = TeamEvent.__table__  # type: ignore[attr-defined]
                job_t = TeamJob.__table__  # type: ignore[attr-defined]
                refs = (
                    s.connection()
                    .execute(
                        select(ev.c.job_ref, ev.c.client_code, job_t.c.client_code)
                        .join(
                            job_t,
                            (job_t.c.member_id == ev.c.member_id)
                            & (job_t.c.job_ref == ev.c.job_ref),
                        )
                        .where(ev.c.member_id == mid, ev.c.kind == "hours_change", ev.c.on == TODAY)
                    )
                    .all()
                )
                assert refs and all(e_code == j_code for _, e_code, j_code in refs)
            assert (
                s.exec(
                    select(func.count()).select_from(TeamClient).where(TeamClient.member_id == mid)
                ).one()[0]
                == n_clients
            )
            t = TeamEmployerContactClient.__table__  # type: ignore[attr-defined]
            assert (
                s.connection()
                .execute(select(func.count()).select_from(t).where(t.c.member_id == mid))
                .scalar()
                == n_links
            )


def test_newer_file_replaces_and_same_file_twice_changes_nothing(team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    leader, members = team
    first = export(members[0], tmp_path / "first.ipsteam")
    with leader.session() as s:
        importer.import_files(s, [first])
    with leader.session() as s:
        before = table_dump(s)
        again = importer.import_files(s, [first])
        assert [r.status for r in again] == [importer.UNCHANGED]
    with leader.session() as s:
        assert table_dump(s) == before
    # The member records a new job and a new employer contact, then exports again.
    with members[0].session() as s:
        cid = client_service.find_client(s, "A-0005")
        employer_id = s.exec(select(m.Employer.id)).first()[0]
        records.save_record(
            s,
            "job",
            cid,
            {
                "employer_id": employer_id,
                "title": "Keksitty kirjastotyö",
                "start_on": TODAY,
                "job_type": "4",
            },
            today=TODAY,
        )
    later = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=5)
    second = export(members[0], tmp_path / "second.ipsteam", now=later)
    mid = member_id_of(members[0])
    with leader.session() as s:
        jobs_before = s.exec(
            select(func.count()).select_from(TeamJob).where(TeamJob.member_id == mid)
        ).one()[0]
        assert [r.status for r in importer.import_files(s, [second])] == [importer.IMPORTED]
    with leader.session() as s:
        jobs_after = s.exec(
            select(func.count()).select_from(TeamJob).where(TeamJob.member_id == mid)
        ).one()[0]
        assert jobs_after == jobs_before + 1
        assert s.exec(
            select(TeamJob.job_type).where(TeamJob.member_id == mid, TeamJob.start_on == TODAY)
        ).all() == [("4",)]
        member = s.get(TeamMember, mid)
        assert member is not None and member.exported_at == later
        # The older file is now refused with its own message, and changes nothing.
        before = table_dump(s)
        (old,) = importer.import_files(s, [first])
        assert old.status == importer.REFUSED
        assert old.error is not None and "already imported" in old.error.text()
    with leader.session() as s:
        assert table_dump(s) == before


def test_two_files_of_one_member_in_one_import_the_newer_wins(team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    leader, members = team
    old = export(members[1], tmp_path / "old.ipsteam", now=datetime(2026, 11, 20, 9, tzinfo=UTC))
    new = export(members[1], tmp_path / "new.ipsteam", now=datetime(2026, 11, 21, 9, tzinfo=UTC))
    with leader.session() as s:
        results = {r.path.name: r.status for r in importer.import_files(s, [new, old])}
    assert results == {"new.ipsteam": importer.IMPORTED, "old.ipsteam": importer.REFUSED}
    with leader.session() as s:
        member = s.get(TeamMember, member_id_of(members[1]))
        assert member is not None and member.exported_at == datetime(2026, 11, 21, 9, tzinfo=UTC)


def test_pseudonyms_are_kept_between_exports_and_not_the_client_codes(team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    leader, members = team
    a = export(members[0], tmp_path / "a.ipsteam")
    with members[0].session() as s:
        first = dict(s.exec(select(m.TeamPseudonym.client_id, m.TeamPseudonym.code)).all())
        codes = {c for (c,) in s.exec(select(m.Client.code)).all()}
    export(members[0], tmp_path / "b.ipsteam")
    with members[0].session() as s:
        assert dict(s.exec(select(m.TeamPseudonym.client_id, m.TeamPseudonym.code)).all()) == first
    with leader.session() as s:
        importer.import_files(s, [a])
        imported = {c for (c,) in s.exec(select(TeamClient.code)).all()}
    assert imported == set(first.values())
    assert not imported & codes
    assert len(imported) == len(first)


def test_leaders_own_caseload_is_included_without_a_file(team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    leader, members = team
    fill(leader, 9)
    with leader.session() as src:
        expected = source_counts(src)
    with leader.session() as s:
        n = importer.refresh_own(s)
    with leader.session() as s:
        info = membership.info(s)
        assert info is not None
        own = s.get(TeamMember, info.member_id)
        assert own is not None and own.own_store and own.checksum == ""
        assert team_counts(s, info.member_id) == expected
        assert (
            n
            == s.exec(
                select(func.count())
                .select_from(TeamClient)
                .where(TeamClient.member_id == info.member_id)
            ).one()[0]
        )


def test_the_specialist_sees_when_the_last_file_was_sent(team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, members = team
    with members[2].session() as s:
        info = membership.info(s)
        assert info is not None and info.last_export_at is None
    at = datetime(2026, 11, 18, 8, 30, tzinfo=UTC)
    export(members[2], tmp_path / "c.ipsteam", now=at)
    with members[2].session() as s:
        info = membership.info(s)
        assert info is not None and info.last_export_at == at
        log = s.exec(
            select(m.AccessLog.client_ref, m.AccessLog.action).where(
                m.AccessLog.detail == "team file"
            )
        ).all()
        assert log == [("", "export")]


def test_leaders_own_rows_follow_the_own_store(team) -> None:  # type: ignore[no-untyped-def]
    leader, _ = team
    with leader.session() as s:
        assert importer.refresh_own(s) == 0  # no caseload: no rows
        assert s.exec(select(func.count()).select_from(TeamMember)).one()[0] == 0
    fill(leader, 11)
    with leader.session() as s:
        n = importer.refresh_own(s)
    assert n == 13
    with leader.session() as s:
        clients = s.exec(select(m.Client.id, m.Client.code)).all()
    for cid, code in clients:  # an erased client leaves the team tables too
        with leader.session() as s:
            privacy.erase_client(s, cid, code)
    with leader.session() as s:
        assert importer.refresh_own(s) == 0
    with leader.session() as s:
        assert s.exec(select(func.count()).select_from(TeamClient)).one()[0] == 0
        # the general employer contacts (no client) stay: they are the leader's own work
        assert s.exec(select(func.count()).select_from(TeamEmployerContact)).one()[0] > 0
