"""What a team file may not carry: nothing that identifies a client; encrypted, not even
the employers' names; and what travels back (the team employer file) has no client data."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from sqlmodel import select

from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store
from ipsdesk.core.team import crypto, employer_register, envelope, importer, membership
from ipsdesk.core.team.tables import TeamIdentity
from tests.team_helpers import (
    SECRET_HETU,
    SECRET_NAME,
    SECRET_NOTE,
    SECRET_PHONE,
    export,
    fill,
    join,
    make_store,
)


@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    leader = make_store(tmp_path, "Liisa Vetäjä")
    with leader.session() as s:
        membership.create_team(s, "IPS-tiimi Testilä")
    member = make_store(tmp_path, "Aapo Ohjaaja")
    fill(member, 5)
    join(leader, member, "Aapo Ohjaaja")
    yield leader, member
    leader.close()
    member.close()


def decrypted(leader: Store, member: Store, data: bytes) -> bytes:
    cover = envelope.load(data, envelope.KIND_TEAM_FILE)
    with leader.session() as s:
        lead = s.get(TeamIdentity, 1)
        assert lead is not None
        secret = lead.leader_secret_key
    with member.session() as s:
        me = s.get(TeamIdentity, 1)
        assert me is not None
        public = me.public_key
    return crypto.box_decrypt(cover.payload, secret, public)


def test_decrypted_team_file_has_no_client_identifiers(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    leader, member = pair
    data = export(member, tmp_path / "aapo.ipsteam").read_bytes()
    plain = decrypted(leader, member, data)
    text = plain.decode("utf-8")
    with member.session() as s:
        clients = s.exec(select(m.Client.full_name, m.Client.code, m.Client.phone)).all()
        titles = list(s.exec(select(m.Job.title)).all())
        notes = list(s.exec(select(m.ClientContact.note)).all())
        employers = list(s.exec(select(m.Employer.name)).all())
    forbidden = [SECRET_NAME, SECRET_PHONE, SECRET_HETU, SECRET_NOTE, *titles, *notes]
    for name, code, phone in clients:
        forbidden += [name, *name.split(), phone, f'"{code}"']
    found = [f for f in forbidden if f and f in text]
    assert found == []
    # The employers (not client data) are there, inside the encryption only.
    assert all(e in text for e in employers)
    assert not any(e.encode() in data for e in employers)
    assert not any(e.encode("utf-8") in data for e in (SECRET_NAME, SECRET_NOTE))
    # Not even base64 of the plain body (an encoded-but-not-encrypted file).
    cover = json.loads(data[len(envelope.MAGIC) :])
    assert b"clients" not in base64.b64decode(cover["payload"])


def test_team_employer_file_carries_no_client_data(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    leader, member = pair
    f = export(member, tmp_path / "aapo.ipsteam")
    with leader.session() as s:
        importer.import_files(s, [f])
    with leader.session() as s:
        employer_register.export_register(s, tmp_path / "employers.ipsteam")
        lead = s.get(TeamIdentity, 1)
        assert lead is not None
        key = lead.team_key
    data = (tmp_path / "employers.ipsteam").read_bytes()
    cover = envelope.load(data, envelope.KIND_EMPLOYERS)
    body, _ = envelope.open_body(crypto.secret_decrypt(cover.payload, key))
    text = json.dumps(body, ensure_ascii=False)
    assert "P-" not in text and "clients" not in text
    assert SECRET_NAME not in text and SECRET_NOTE not in text
    assert "Kajaanin Kirjapaino Oy" in text  # the employer is there
    assert b"Kajaanin" not in data
