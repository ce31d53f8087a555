"""Issue 11: the command line's success lines speak the user's language too (``say()``
and the same translations as its errors), not only its refusals."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from ipsdesk.cli import main
from ipsdesk.core.paths import data_paths
from ipsdesk.core.storage.store import Store
from tests.conftest import PASSPHRASE
from tests.unit.test_untranslated import _untranslated

COMMANDS = Path(__file__).resolve().parents[2] / "ipsdesk" / "commands"
# The modules of this issue; hub.py and fidelity.py are translated in their own issues.
CHECKED = ("team.py", "store.py", "plan.py", "safety.py", "safety_run.py", "report.py")


def test_no_english_text_is_printed_past_the_translations() -> None:
    """print() and getpass() get translated text: say(), tr(), or a message's text()."""
    found = []
    for name in CHECKED:
        tree = ast.parse((COMMANDS / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and (
                (isinstance(node.func, ast.Name) and node.func.id == "print")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "getpass")
            ):
                found += [
                    f"{name}:{node.lineno}: {t!r}" for a in node.args for t in _untranslated(a)
                ]
    assert found == [], "\n".join(found)


def _cli(folder: Path, pw: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), "--passphrase-file", str(pw), *args])


@pytest.mark.parametrize(
    ("lang", "created", "status", "roster"),
    [
        ("fi", "Tiimi 'Testitiimi' perustettu", "Olet tiimin tiiminvetäjä nimellä Liisa Vetäjä.",
         r"Aapo Keksitty \(tunnus \w+\): tarvitsee uuden kutsun; ei vielä tiedostoa"),
        ("sv", "Teamet 'Testitiimi' har grundats", "Du är teamledare som Liisa Vetäjä.",
         r"Aapo Keksitty \(id \w+\): behöver en ny inbjudan; ingen fil ännu"),
        ("en", "Team 'Testitiimi' created", "You lead the team as Liisa Vetäjä.",
         r"Aapo Keksitty \(id \w+\): needs a new invitation; no file yet"),
    ],
)  # fmt: skip
def test_the_team_commands_tell_their_success_in_the_users_language(
    tmp_path: Path,
    passphrase_file: Path,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    created: str,
    status: str,
    roster: str,
) -> None:
    leader = tmp_path / "leader"
    Store.create(data_paths(leader), PASSPHRASE, name="Liisa Vetäjä")[0].close()
    assert _cli(leader, passphrase_file, "--lang", lang, "team", "status") == 0
    assert (
        capsys.readouterr().out.strip()
        == {
            "fi": "Ei missään tiimissä.",
            "sv": "Inte med i något team.",
            "en": "Not in a team.",
        }[lang]
    )
    assert _cli(leader, passphrase_file, "--lang", lang, "team", "create", "Testitiimi") == 0
    assert capsys.readouterr().out.startswith(created)
    out = tmp_path / "aapo.ipsinvite"
    invite = ["team", "invite", "Aapo Keksitty", "--out", str(out)]
    assert _cli(leader, passphrase_file, "--lang", lang, *invite) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and str(out) in lines[0]
    assert re.search(r": [A-Z0-9-]{19}$", lines[1])  # the code, after the translated words
    assert _cli(leader, passphrase_file, "--lang", lang, "team", "rekey") == 0
    rekeyed = capsys.readouterr().out.splitlines()
    flag = {"fi": "TIEDOSTO", "sv": "FIL", "en": "FILE"}[lang]
    assert re.fullmatch(
        rf"  ipsdesk team invite 'Aapo Keksitty' --member \w+ --out {flag}", rekeyed[1]
    )
    assert _cli(leader, passphrase_file, "--lang", lang, "team", "status") == 0
    told = capsys.readouterr().out
    assert status in told
    assert re.search(roster, told), told
