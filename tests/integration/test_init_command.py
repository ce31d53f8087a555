"""``ipsdesk init`` creates an encrypted store once and never touches an existing one."""

from __future__ import annotations

from pathlib import Path

from ipsdesk.cli import main
from ipsdesk.core.storage.store import Store
from tests.conftest import PASSPHRASE


def test_init_creates_then_refuses(tmp_path: Path, passphrase_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "store"
    # --passphrase-file given before the subcommand counts too.
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "--passphrase-file",
                str(passphrase_file),
                "init",
                "--name",
                "Testi",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Recovery key" in out
    recovery = out.rsplit(":", 1)[1].strip()
    before = (data / "ipsdesk.db").read_bytes()
    assert main(["--data-dir", str(data), "init", "--passphrase-file", str(passphrase_file)]) == 3
    assert "already exists" in capsys.readouterr().err
    assert (data / "ipsdesk.db").read_bytes() == before
    from ipsdesk.core.paths import data_paths

    for secret in (PASSPHRASE, recovery):
        Store.open(data_paths(data), secret).close()


def test_init_refuses_weak_passphrase(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    weak = tmp_path / "weak"
    weak.write_text("abc\n")
    assert main(["--data-dir", str(tmp_path / "s"), "init", "--passphrase-file", str(weak)]) == 2
    assert "too weak" in capsys.readouterr().err
    assert not (tmp_path / "s" / "ipsdesk.db").exists()
