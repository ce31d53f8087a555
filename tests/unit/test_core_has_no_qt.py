"""core/ never imports Qt: it is tested without a display and reused by the command line."""

import subprocess
import sys
from pathlib import Path

import ipsdesk


def test_every_core_module_imports_without_qt() -> None:
    root = Path(ipsdesk.__file__).parent
    modules = sorted(
        ".".join(p.relative_to(root.parent).with_suffix("").parts)
        for p in (root / "core").rglob("*.py")
        if "migrations" not in p.parts
    ) + ["ipsdesk.cli", "ipsdesk.commands.common"]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not bad, bad\n"
        "print(len(" + repr(modules) + "))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) == len(modules) > 10
