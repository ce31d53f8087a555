"""Building the command-line parser stays light: no storage stack, no Qt."""

import subprocess
import sys


def test_parser_and_version_import_neither_sqlalchemy_nor_qt() -> None:
    code = (
        "import sys\n"
        "from ipsdesk.cli import build_parser\n"
        "build_parser()\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'alembic', 'PySide6', 'reportlab'))\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    version = subprocess.run(
        [sys.executable, "-m", "ipsdesk", "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.startswith("ipsdesk ")
