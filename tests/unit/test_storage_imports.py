"""The storage layer has no import cycles (backup ↔ store was one), counting imports
inside functions too; only ``if TYPE_CHECKING:`` imports (never run) are left out."""

from __future__ import annotations

import ast
from pathlib import Path

import ipsdesk

PACKAGE = Path(ipsdesk.__file__).resolve().parent
PREFIX = "ipsdesk.core"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for n in ast.walk(node)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(PREFIX):
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith(PREFIX)}
    return found


def _graph() -> dict[str, set[str]]:
    modules = {
        "ipsdesk." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts): p
        for p in (PACKAGE / "core").rglob("*.py")
        if "migrations" not in p.parts and p.name != "__init__.py"
    }
    return {name: _imports(path) & set(modules) - {name} for name, path in modules.items()}


def test_core_has_no_import_cycles() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append([*trail[trail.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    assert cycles == []
    assert "ipsdesk.core.storage.store" not in graph["ipsdesk.core.storage.backup"]
