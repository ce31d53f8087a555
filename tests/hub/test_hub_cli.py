"""``ipsdesk hub …`` as county IT and a specialist would run it, against a real server."""

from __future__ import annotations

from pathlib import Path

from ipsdesk.cli import main
from ipsdesk.core import settings
from ipsdesk.core.errors import ExitCode
from ipsdesk.core.hub import schema
from ipsdesk.core.hub.migrate import HEAD_REVISION
from ipsdesk.core.storage.models import Setting
from ipsdesk.core.storage.store import Store
from ipsdesk.core.team import membership
from tests.hub.hub_helpers import on_hub
from tests.team_helpers import PASSPHRASE, fill, join, make_store


def _secret(tmp_path: Path, name: str, value: str) -> Path:
    p = tmp_path / name
    p.write_text(value + "\n", encoding="utf-8")
    return p


def _conn(
    hub, user: str, pwfile: Path, sslmode: str = "disable", port: int | None = None
) -> list[str]:  # type: ignore[no-untyped-def]
    return ["--server", "127.0.0.1", "--port", str(port or hub.server.port), "--database",
            hub.db, "--user", user, "--password-file", str(pwfile), "--sslmode", sslmode]  # fmt: skip


def test_it_sets_up_a_specialist_sends_and_sees_what_was_sent(hub, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    leader = make_store(tmp_path, "Liisa Vetaja")
    aapo = make_store(tmp_path, "Aapo Ohjaaja")
    fill(aapo, 2)
    with leader.session() as s:
        team = membership.create_team(s, "IPS-tiimi Testilä")
    join(leader, aapo, "Aapo Ohjaaja")
    with aapo.session() as s:
        ident = membership.require_identity(s)
        member_id = ident.member_id
    paths = aapo.paths
    for st in (leader, aapo):
        st.close()
    pw = _secret(tmp_path, "pass.txt", PASSPHRASE)
    owner_pw = _secret(tmp_path, "owner.txt", f"pw-{hub.owner}")
    aapo_pw = _secret(tmp_path, "aapo.txt", "Aapon-hub-salasana 3")
    role = hub.role("aapo")

    def cli(*args: str) -> int:
        return main(["--data-dir", str(paths.root), "--passphrase-file", str(pw), *args])

    # nothing set up: says so, touches no network
    assert cli("hub", "send") == ExitCode.HUB
    assert "No team hub is set up" in capsys.readouterr().err
    assert cli("hub", "status") == 0
    assert "No team hub is set up" in capsys.readouterr().out

    # county IT: schema (again: idempotent) and the account
    assert main(["hub", "init-schema", *_conn(hub, hub.owner, owner_pw)]) == 0
    assert f"-> {HEAD_REVISION}" in capsys.readouterr().out
    assert main(["hub", "add-account", role, "--kind", "specialist", "--member-id", member_id,
                 "--team-id", team.team_id, "--new-password-file", str(aapo_pw),
                 *_conn(hub, hub.owner, owner_pw)]) == 0  # fmt: skip
    capsys.readouterr()

    # the specialist: settings (password into the encrypted store), test, send, status
    assert cli("hub", "setup", *_conn(hub, role, aapo_pw)) == 0
    out = capsys.readouterr().out
    assert "Aapon-hub-salasana" not in out
    assert cli("hub", "test") == 0
    assert f"member {member_id}" in capsys.readouterr().out
    assert cli("hub", "send") == 0
    out = capsys.readouterr().out
    assert "Sent to the team hub" in out and "0 removed" in out
    assert cli("hub", "send") == 0
    assert "0 rows added, 0 removed" in capsys.readouterr().out
    assert cli("hub", "status") == 0
    out = capsys.readouterr().out
    assert "Last sent:" in out and "never" not in out
    # the success lines are said in the user's language
    assert main(["--lang", "fi", "--data-dir", str(paths.root), "--passphrase-file", str(pw),
                 "hub", "send"]) == 0  # fmt: skip
    assert "Lähetetty tiimitietokantaan" in capsys.readouterr().out
    assert main(["--lang", "sv", "--data-dir", str(paths.root), "--passphrase-file", str(pw),
                 "hub", "status"]) == 0  # fmt: skip
    assert "Senast skickat:" in capsys.readouterr().out

    # what reached the hub is exactly the team file's data
    store = Store.open(paths, PASSPHRASE)
    try:
        with store.session() as s:
            from ipsdesk.core.team.extract import extract

            data = extract(s, membership.require_identity(s), ident.joined_at)
            assert settings.get(s, settings.HUB_PASSWORD) == "Aapon-hub-salasana 3"
            assert s.get(Setting, "hub.password") is not None
    finally:
        store.close()
    from tests.hub.hub_helpers import expected

    eng = hub.engine(role, "Aapon-hub-salasana 3")
    assert on_hub(eng, member_id) == expected(data)
    assert b"Aapon-hub-salasana" not in paths.store.read_bytes()  # encrypted at rest


def test_test_connection_says_exactly_what_failed(hub, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    store = make_store(tmp_path, "Eila Erehdys")
    paths = store.paths
    store.close()
    pw = _secret(tmp_path, "pass.txt", PASSPHRASE)
    role = hub.add("eila", "specialist", member_id="m-eila", team_id="A")
    good = _secret(tmp_path, "good.txt", f"pw-{role}")
    bad = _secret(tmp_path, "bad.txt", "väärä")

    def test_with(*conn: str) -> str:
        assert main(["--data-dir", str(paths.root), "--passphrase-file", str(pw),
                     "hub", "setup", *conn]) == 0  # fmt: skip
        capsys.readouterr()
        code = main(["--data-dir", str(paths.root), "--passphrase-file", str(pw), "hub", "test"])
        io = capsys.readouterr()
        return f"{code} {io.out}{io.err}"

    assert "refused the user name or password" in test_with(*_conn(hub, role, bad))
    assert "secure (TLS) connection" in test_with(*_conn(hub, role, good, sslmode="verify-full"))
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    assert "cannot be reached" in test_with(*_conn(hub, role, good, port=closed))
    assert test_with(*_conn(hub, role, good)).startswith("0 Connected")
    with hub.engine().begin() as conn:
        conn.exec_driver_sql("UPDATE hub_alembic_version SET version_num = 'h9999'")
    assert "set up by a newer ipsdesk (schema h9999)" in test_with(*_conn(hub, role, good))
    with hub.engine().begin() as conn:
        conn.exec_driver_sql("DROP TABLE hub_alembic_version")
    assert "not set up for this ipsdesk yet" in test_with(*_conn(hub, role, good))
    assert schema.member_table.name == "team_member"
