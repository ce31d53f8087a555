"""``ipsdesk team …`` from the command line: the whole cycle, and refusals with exit codes."""

from __future__ import annotations

import re
from pathlib import Path

from ipsdesk.cli import main
from ipsdesk.core.errors import ExitCode
from ipsdesk.core.paths import data_paths
from ipsdesk.core.storage.store import Store
from tests.conftest import PASSPHRASE
from tests.team_helpers import fill


def cli(data: Path, pw: Path, *args: str) -> int:
    return main(["--data-dir", str(data), "--passphrase-file", str(pw), "--lang", "en", *args])


def test_team_cycle_on_the_command_line(tmp_path: Path, passphrase_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    leader, member = tmp_path / "leader", tmp_path / "member"
    for folder, name in ((leader, "Liisa Vetäjä"), (member, "Aapo Ohjaaja")):
        store, _ = Store.create(data_paths(folder), PASSPHRASE, name=name)
        if folder == member:
            fill(store, 2)
        store.close()
    assert cli(leader, passphrase_file, "team", "create", "IPS-tiimi Testilä") == 0
    assert "created" in capsys.readouterr().out
    invitation = tmp_path / "aapo.ipsinvite"
    assert (
        cli(leader, passphrase_file, "team", "invite", "Aapo Ohjaaja", "--out", str(invitation))
        == 0
    )
    out = capsys.readouterr().out
    code = re.search(r"code.*: ([A-Z0-9-]{19})", out)
    assert code is not None
    code_file = tmp_path / "code.txt"
    code_file.write_text("WRONG-CODE-0000-0000\n", encoding="utf-8")
    assert (
        cli(member, passphrase_file, "team", "join", str(invitation), "--code-file", str(code_file))
        == ExitCode.REFUSED
    )
    assert "invitation code is wrong" in capsys.readouterr().err
    code_file.write_text(code[1] + "\n", encoding="utf-8")
    assert (
        cli(member, passphrase_file, "team", "join", str(invitation), "--code-file", str(code_file))
        == 0
    )
    assert "Joined the team 'IPS-tiimi Testilä'" in capsys.readouterr().out
    assert cli(member, passphrase_file, "team", "status") == 0
    assert "Team file last sent: never" in capsys.readouterr().out
    team_file = tmp_path / "aapo.ipsteam"
    assert cli(member, passphrase_file, "team", "export", "--out", str(team_file)) == 0
    assert "13 clients" in capsys.readouterr().out
    assert cli(member, passphrase_file, "team", "status") == 0
    assert "Team file last sent: never" not in capsys.readouterr().out
    junk = tmp_path / "junk.ipsteam"
    junk.write_bytes(b"\x00\x01 not a team file")
    assert (
        cli(leader, passphrase_file, "team", "import", str(team_file), str(junk))
        == ExitCode.REFUSED
    )
    captured = capsys.readouterr()
    assert "imported Aapo Ohjaaja (13 clients)" in captured.out
    assert "binary junk (NUL bytes)" in captured.err
    assert cli(leader, passphrase_file, "team", "import", str(team_file)) == 0
    assert "already imported" in capsys.readouterr().out
    assert cli(leader, passphrase_file, "team", "status") == 0
    assert re.search(r"Aapo Ohjaaja \(id \w+\): member; file exported", capsys.readouterr().out)
    register = tmp_path / "employers.ipsteam"
    assert cli(leader, passphrase_file, "team", "employers", "export", "--out", str(register)) == 0
    assert "8 employers" in capsys.readouterr().out
    assert cli(member, passphrase_file, "team", "employers", "import", str(register)) == 0
    assert "8 employers" in capsys.readouterr().out
    # A member's store cannot import team files.
    assert cli(member, passphrase_file, "team", "import", str(team_file)) == ExitCode.REFUSED
    assert "Only the team leader" in capsys.readouterr().err
