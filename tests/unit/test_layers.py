"""The layers keep their one direction of dependency (ui → core; commands → core), proven
on the source itself, function-level and type-checking imports included:

* ``core`` never imports Qt (``test_core_has_no_qt.py`` also proves it at run time);
* the UI never imports SQLAlchemy or SQLModel (it never writes SQL: it calls services)
  nor the command layer;
* the command layer never imports Qt nor the UI.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import ipsdesk

ROOT = Path(ipsdesk.__file__).parent

RULES = {
    "core": ("PySide6", "shiboken6", "ipsdesk.ui", "ipsdesk.commands"),
    "ui": ("sqlalchemy", "sqlmodel", "sqlcipher3", "ipsdesk.commands"),
    "commands": ("PySide6", "shiboken6", "ipsdesk.ui"),
}


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def violations(layer: str) -> list[str]:
    banned = RULES[layer]
    out = []
    for path in sorted((ROOT / layer).rglob("*.py")):
        for line, module in imported_modules(path):
            if any(module == b or module.startswith(b + ".") for b in banned):
                out.append(f"{path.relative_to(ROOT.parent)}:{line} imports {module}")
    return out


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    assert violations(layer) == []


def test_the_scan_sees_imports_inside_functions(tmp_path: Path) -> None:
    """The rule would be hollow if a local import slipped past it."""
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from sqlmodel import Session\n    import PySide6.QtCore\n")
    assert imported_modules(sample) == [(2, "sqlmodel"), (3, "PySide6.QtCore")]
