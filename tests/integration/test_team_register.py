"""The team employer register, and the team's keys: invitations, joining, re-keying."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from ipsdesk.core.services import employer_contacts as contacts_service
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store
from ipsdesk.core.team import employer_register, envelope, importer, membership, teamfile
from ipsdesk.core.team import errors as E
from ipsdesk.core.team.errors import TeamError
from tests.team_helpers import export, join, make_store

TODAY = date.today()


def add_contact(st: Store, employer: str, ytunnus: str, on: date, mode: str) -> int:
    with st.session() as s:
        e = m.Employer(name=employer, business_id=ytunnus, municipality="Kajaani")
        s.add(e)
        s.flush()
        assert e.id is not None
        s.add(m.EmployerContact(on=on, employer_id=e.id, mode=mode, purpose="needs"))
        s.commit()
        return e.id


@pytest.fixture
def team(tmp_path: Path):  # type: ignore[no-untyped-def]
    leader = make_store(tmp_path, "Liisa Vetäjä")
    with leader.session() as s:
        membership.create_team(s, "IPS-tiimi Testilä")
    a = make_store(tmp_path, "Aapo Ohjaaja")
    b = make_store(tmp_path, "Bea Ohjaaja")
    join(leader, a, "Aapo Ohjaaja")
    join(leader, b, "Bea Ohjaaja")
    yield leader, a, b
    for st in (leader, a, b):
        st.close()


def test_same_employer_by_ytunnus_and_by_a_name_typed_differently_is_one(
    team, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    leader, a, b = team
    add_contact(a, "Kajaanin Kirjapaino Oy", "2469371-0", TODAY - timedelta(days=20), "phone")
    b_employer = add_contact(
        b, "KAJAANIN KIRJAPAINO", "", TODAY - timedelta(days=3), "face_to_face"
    )
    add_contact(b, "Sotkamon Sahat Oy", "", TODAY - timedelta(days=40), "phone")
    files = [export(a, tmp_path / "a.ipsteam"), export(b, tmp_path / "b.ipsteam")]
    with leader.session() as s:
        importer.import_files(s, files)
    with leader.session() as s:
        register = employer_register.merge(s)
    assert [(g.name, g.business_id, len(g.contacts)) for g in register] == [
        ("Kajaanin Kirjapaino Oy", "2469371-0", 2),
        ("Sotkamon Sahat Oy", "", 1),
    ]
    assert sorted(c.member_name for c in register[0].contacts) == ["Aapo Ohjaaja", "Bea Ohjaaja"]
    # Exported to the members: Aapo sees Bea's face-to-face visit three days ago.
    out = tmp_path / "employers.ipsteam"
    with leader.session() as s:
        assert employer_register.export_register(s, out) == 2
    for st in (a, b):
        with st.session() as s:
            assert employer_register.import_register(s, out.read_bytes()) == 2
    with a.session() as s:
        (a_employer,) = s.exec(
            select(m.Employer.id).where(m.Employer.name == "Kajaanin Kirjapaino Oy")
        ).all()
        history = employer_register.team_history(s, a_employer, today=TODAY)
    assert history is not None and history.contacts == 2
    assert history.last is not None and history.last.member_name == "Bea Ohjaaja"
    assert history.last.mode == "face_to_face" and history.last.on == TODAY - timedelta(days=3)
    assert history.colleague_recent == history.last
    # Bea's own contact is not "a colleague's".
    with b.session() as s:
        own = employer_register.team_history(s, b_employer, today=TODAY)
    assert own is not None and own.colleague_recent is None
    # 15 days later the note is gone, the history stays.
    with a.session() as s:
        later = employer_register.team_history(s, a_employer, today=TODAY + timedelta(days=12))
    assert later is not None and later.colleague_recent is None and later.contacts == 2


def test_wrong_invitation_code_is_refused(team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    leader, _, _ = team
    newcomer = make_store(tmp_path, "Cecilia Ohjaaja")
    try:
        with leader.session() as s:
            inv = membership.invite(s, "Cecilia Ohjaaja")
        with newcomer.session() as s, pytest.raises(TeamError) as err:
            membership.join(s, inv.data, "AAAA-BBBB-CCCC-DDDD")
        assert err.value.msg == E.WRONG_CODE
        with newcomer.session() as s:
            assert membership.info(s) is None
            # The code typed in lower case with spaces works.
            team_info = membership.join(s, inv.data, inv.code.lower().replace("-", " "))
        assert team_info.team_name == "IPS-tiimi Testilä"
        assert team_info.role == membership.MEMBER
    finally:
        newcomer.close()


def test_rekey_refuses_removed_member_and_old_generation(team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    leader, a, b = team
    old_a = export(a, tmp_path / "a-old.ipsteam")
    with b.session() as s:
        b_id = membership.require_identity(s).member_id
    with leader.session() as s:
        assert membership.rekey(s, [b_id]) == 2
    # Bea was removed; Aapo's old-generation file is refused until he rejoins.
    b_file = export(b, tmp_path / "b.ipsteam")
    with leader.session() as s:
        results = {r.path.name: r for r in importer.import_files(s, [old_a, b_file])}
    assert results["a-old.ipsteam"].error is not None
    assert results["a-old.ipsteam"].error.msg == E.OLD_GENERATION
    assert results["b.ipsteam"].error is not None
    assert results["b.ipsteam"].error.msg == E.REMOVED_MEMBER
    with a.session() as s:
        a_id = membership.require_identity(s).member_id
    with leader.session() as s:
        inv = membership.invite(s, "", member_id=a_id)
    with a.session() as s:
        assert membership.join(s, inv.data, inv.code).generation == 2
    later = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=2)
    new_a = export(a, tmp_path / "a-new.ipsteam", now=later)
    with leader.session() as s:
        (ok,) = importer.import_files(s, [new_a])
    assert ok.status == importer.IMPORTED
    # Bea, removed, cannot read the new team employer file.
    out = tmp_path / "employers.ipsteam"
    with leader.session() as s:
        employer_register.export_register(s, out)
    with b.session() as s, pytest.raises(TeamError) as err:
        employer_register.import_register(s, out.read_bytes())
    assert err.value.msg == E.NEWER_GENERATION
    with a.session() as s:
        assert employer_register.import_register(s, out.read_bytes()) == 0


def test_member_cannot_import_and_leader_cannot_export(team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    leader, a, _ = team
    f = export(a, tmp_path / "a.ipsteam")
    with a.session() as s:
        with pytest.raises(TeamError) as err:
            importer.import_files(s, [f])
        assert err.value.msg == E.NOT_LEADER
    with leader.session() as s, pytest.raises(TeamError) as err:
        teamfile.export_team_file(s, tmp_path / "x.ipsteam")
    assert err.value.msg == E.NOT_MEMBER
    # An invitation is not a team file.
    with leader.session() as s:
        inv = membership.invite(s, "Dan Ohjaaja")
    path = tmp_path / "inv.ipsteam"
    path.write_bytes(inv.data)
    with leader.session() as s:
        (r,) = importer.import_files(s, [path])
    assert r.error is not None and r.error.msg == E.WRONG_KIND
    assert envelope.load(inv.data, envelope.KIND_INVITATION).member_id == inv.member_id


def test_imports_and_exports_are_logged_without_client_codes(team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    leader, a, _ = team
    add_contact(a, "Kuhmon Kauppa Ky", "", TODAY, "phone")
    f = export(a, tmp_path / "a.ipsteam")
    with leader.session() as s:
        importer.import_files(s, [f])
        employer_register.export_register(s, tmp_path / "e.ipsteam")
    with leader.session() as s:
        rows = s.exec(select(m.AccessLog.client_ref, m.AccessLog.action, m.AccessLog.detail)).all()
    assert ("", "import", "team files") in rows
    assert ("", "export", "team employer file") in rows
    assert ("", "create", "team") in rows
    assert sum(1 for r in rows if r[2] == "team invitation") == 2
    _ = contacts_service  # the register reads the same contacts the quick log writes
