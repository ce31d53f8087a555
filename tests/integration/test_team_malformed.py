"""Malformed team files: each refused with its own message, the leader's store unchanged."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import pytest

from ipsdesk.core.storage.store import Store
from ipsdesk.core.storage.types import utcnow
from ipsdesk.core.team import crypto, envelope, importer, membership
from ipsdesk.core.team import errors as E
from ipsdesk.core.team.dataset import to_body
from ipsdesk.core.team.extract import extract
from ipsdesk.core.team.tables import TeamIdentity
from tests.team_helpers import export, fill, join, make_store


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root = tmp_path_factory.mktemp("malformed")
    leader = make_store(root, "Liisa Vetäjä")
    with leader.session() as s:
        membership.create_team(s, "IPS-tiimi Testilä")
    member = make_store(root, "Aapo Keksitty")
    fill(member, 3)
    join(leader, member, "Aapo Keksitty")
    stranger_leader = make_store(root, "Vieras Vetäjä")
    with stranger_leader.session() as s:
        membership.create_team(s, "Toinen tiimi")
    stranger = make_store(root, "Vieras Valmentaja")
    fill(stranger, 4)
    join(stranger_leader, stranger, "Vieras Valmentaja")
    good = export(member, root / "good.ipsteam")
    other_team = export(stranger, root / "other.ipsteam")
    with member.session() as s:
        ident = s.get(TeamIdentity, 1)
        assert ident is not None
        body = to_body(extract(s, ident, utcnow()))
        ident = TeamIdentity(**ident.model_dump())  # a detached copy of the keys
        s.rollback()
    yield leader, ident, body, good, other_team, root
    for st in (leader, member, stranger_leader, stranger):
        st.close()


def store_bytes(store: Store) -> bytes:
    root = store.paths.store
    return b"".join(
        p.read_bytes() for p in (root, root.with_name(root.name + "-wal")) if p.exists()
    )


def sealed(ident: TeamIdentity, plain: bytes) -> bytes:
    payload = crypto.box_encrypt(plain, ident.secret_key, ident.leader_public_key)
    return envelope.dump(
        envelope.KIND_TEAM_FILE, ident.team_id, ident.member_id, ident.generation, payload
    )


def with_body(change: Callable[[dict[str, Any]], None]) -> Callable[..., bytes]:
    def make(ident: TeamIdentity, body: dict[str, Any], good: bytes) -> bytes:
        body = json.loads(json.dumps(body))
        change(body)
        return sealed(ident, envelope.seal_body(body))

    return make


def truncated(ident, body, good: bytes) -> bytes:  # type: ignore[no-untyped-def]
    return good[: len(good) // 2]


def edited(ident, body, good: bytes) -> bytes:  # type: ignore[no-untyped-def]
    cover = json.loads(good[len(envelope.MAGIC) :])
    payload = bytearray(base64.b64decode(cover["payload"]))
    payload[len(payload) // 2] ^= 0x01
    cover["payload"] = base64.b64encode(bytes(payload)).decode()
    return envelope.MAGIC + json.dumps(cover).encode()


def newer_version(ident, body, good: bytes) -> bytes:  # type: ignore[no-untyped-def]
    return good.replace(b'"version": 2', b'"version": 3', 1)


def nul_bytes(ident, body, good: bytes) -> bytes:  # type: ignore[no-untyped-def]
    return good[:200] + b"\x00" * 64 + good[200:]


def junk_50mb(ident, body, good: bytes) -> bytes:  # type: ignore[no-untyped-def]
    return b"\xa5\x17junk" * (50 * 1024 * 1024 // 6)


def not_a_team_file(ident, body, good: bytes) -> bytes:  # type: ignore[no-untyped-def]
    return b"Hei, taas tiimipalaveri torstaina!\n"


def bad_checksum(ident, body, good: bytes) -> bytes:  # type: ignore[no-untyped-def]
    inner = {"format_version": 2, "checksum": "0" * 64, "body": body}
    return sealed(ident, envelope.canonical(inner))


def _duplicate(body: dict[str, Any]) -> None:
    body["clients"].append(dict(body["clients"][0]))


def _job_backwards(body: dict[str, Any]) -> None:
    body["jobs"][0]["end_on"] = "2020-01-01"


def _year_10000(body: dict[str, Any]) -> None:
    body["events"][0]["on"] = "10000-01-01"


def _future(body: dict[str, Any]) -> None:
    body["events"][0]["on"] = "2099-06-01"


def _impossible(body: dict[str, Any]) -> None:
    body["clients"][0]["agreement_date"] = "2026-02-30"


def _unknown_client(body: dict[str, Any]) -> None:
    body["events"][0]["client"] = "P-EIOLEMASSA"


def _free_text(body: dict[str, Any]) -> None:
    body["clients"][0]["code"] = "Matti Meikäläinen"


CASES: dict[str, tuple[Callable[..., bytes], Any]] = {
    "truncated": (truncated, E.TRUNCATED),
    "edited after export": (edited, E.ALTERED),
    "wrong version": (newer_version, E.NEWER_VERSION),
    "NUL bytes": (nul_bytes, E.NUL_BYTES),
    "50 MB of junk": (junk_50mb, E.TOO_BIG),
    "not a team file": (not_a_team_file, E.NOT_TEAM_FILE),
    "checksum mismatch": (bad_checksum, E.CHECKSUM),
    "duplicate client codes": (with_body(_duplicate), E.DUPLICATE_CODE),
    "a job ending before it starts": (with_body(_job_backwards), E.JOB_ENDS_BEFORE_START),
    "a date in year 10000": (with_body(_year_10000), E.BAD_DATE),
    "an impossible date": (with_body(_impossible), E.BAD_DATE),
    "a date in the future": (with_body(_future), E.FUTURE_DATE),
    "an unknown client code": (with_body(_unknown_client), E.UNKNOWN_CLIENT),
    "free text where a code belongs": (with_body(_free_text), E.BAD_FIELD),
}


@pytest.mark.parametrize("case", list(CASES))
def test_malformed_file_is_refused_with_its_message(setup, case: str) -> None:  # type: ignore[no-untyped-def]
    leader, ident, body, good, _, root = setup
    make, expected = CASES[case]
    path = root / f"{case.replace(' ', '_')}.ipsteam"
    path.write_bytes(make(ident, body, good.read_bytes()))
    before = store_bytes(leader)
    with leader.session() as s:
        (result,) = importer.import_files(s, [path])
    assert result.status == importer.REFUSED
    assert result.error is not None and result.error.msg == expected, result.error
    assert store_bytes(leader) == before


def test_another_teams_file_is_refused(setup) -> None:  # type: ignore[no-untyped-def]
    leader, _, _, _, other_team, _ = setup
    before = store_bytes(leader)
    with leader.session() as s:
        (result,) = importer.import_files(s, [other_team])
    assert result.error is not None and result.error.msg == E.OTHER_TEAM
    assert store_bytes(leader) == before


def test_the_good_file_imports_and_every_refusal_has_its_own_words(setup) -> None:  # type: ignore[no-untyped-def]
    leader, _, _, good, _, _ = setup
    with leader.session() as s:
        (result,) = importer.import_files(s, [good])
    assert result.status == importer.IMPORTED
    # Distinct messages for the distinct faults (the two date faults share "impossible date").
    messages = {msg for _, msg in CASES.values()} | {E.OTHER_TEAM}
    assert len(messages) == len(CASES)  # 14 cases, 13 + OTHER_TEAM distinct messages
    texts = [m.text for m in messages]
    assert len(set(texts)) == len(texts)


def test_a_team_or_member_name_too_long_is_refused_not_cut_short(store: Store) -> None:
    long_name = "Keksitty tiimi " * 14  # 210 characters
    with store.session() as s:
        with pytest.raises(E.TeamError) as err:
            membership.create_team(s, long_name)
        assert err.value.message == E.NAME_TOO_LONG and err.value.values == (200,)
        assert membership.identity(s) is None  # nothing was made
        membership.create_team(s, "IPS-tiimi Testilä")
        with pytest.raises(E.TeamError) as err:
            membership.invite(s, "Keksitty Jäsen " * 14)
        assert err.value.message == E.NAME_TOO_LONG


def _hours_change(body: dict[str, Any], job_ref: str, client: str | None = None) -> None:
    job = body["jobs"][0]
    body["events"].append(
        {"client": client or job["client"], "kind": "hours_change", "on": job["start_on"],
         "from_phase": None, "to_phase": None, "with_whom": "", "place": "", "job_ref": job_ref}
    )  # fmt: skip


@pytest.mark.parametrize("fault", ["no job", "another client's job"])
def test_an_hours_change_must_name_a_job_of_its_client(setup, fault: str) -> None:  # type: ignore[no-untyped-def]
    leader, ident, body, good, _, root = setup
    job = body["jobs"][0]
    other = next(c["code"] for c in body["clients"] if c["code"] != job["client"])
    change = (
        (lambda b: _hours_change(b, ""))
        if fault == "no job"
        else (lambda b: _hours_change(b, job["job_ref"], other))
    )
    path = root / f"hours_{fault.replace(' ', '_')}.ipsteam"
    path.write_bytes(with_body(change)(ident, body, good.read_bytes()))
    before = store_bytes(leader)
    with leader.session() as s:
        (result,) = importer.import_files(s, [path])
    assert result.status == importer.REFUSED
    assert result.error is not None and result.error.msg == E.BAD_FIELD
    assert result.error.values == ("events.job_ref",)
    assert store_bytes(leader) == before


def test_a_version_1_file_from_a_member_not_yet_updated_still_imports(setup) -> None:  # type: ignore[no-untyped-def]
    leader, ident, body, _, _, root = setup
    assert envelope.VERSION == 2 and 1 in envelope.READABLE
    old_body = json.loads(json.dumps(body))
    old_body["events"] = [e for e in old_body["events"] if e["kind"] != "hours_change"]
    inner = {"format_version": 1, "checksum": envelope.checksum(old_body), "body": old_body}
    data = sealed(ident, envelope.canonical(inner)).replace(b'"version": 2', b'"version": 1', 1)
    assert b'"version": 1' in data
    path = root / "version1.ipsteam"
    path.write_bytes(data)
    with leader.session() as s:
        (result,) = importer.import_files(s, [path])
    # accepted: imported, or "unchanged" when the same data came before as version 2
    assert result.status in (importer.IMPORTED, importer.UNCHANGED), result.error
    assert result.error is None
