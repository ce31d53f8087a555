"""No user-visible text in the UI code that lupdate cannot see.

An AST scan of ``ipsdesk/ui``: string literals (and f-strings with words in them)
passed straight to the calls that put text on screen (``setText``, ``QLabel(…)``,
``setToolTip``, ``setWindowTitle``, ``addItem``, ``addTab``, ``QAction(…)``, the
``dialogs`` helpers, the status bar…) must go through ``self.tr``,
``QCoreApplication.translate`` or ``tr_msg``. Text with no letters ("", "—", "⚠ ",
"&1") is fine, as are the names in :data:`ALLOWED` (each with its reason).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "ipsdesk" / "ui"

# Calls whose text arguments reach the screen: method or class name -> which positional
# arguments are text (None: all of them).
TEXT_CALLS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,),
    "setPlaceholderText": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setWindowTitle": (0,),
    "setTitle": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setTabText": (1,),
    "addItem": (0,),
    "addItems": (0,),
    "addTab": (1,),
    "insertTab": (2,),
    "add_tab": (1,),
    "addRow": (0,),
    "addMenu": (0,),
    "showMessage": (0,),
    "show_message": (0,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0,),
    "QListWidgetItem": (0,),
    "inform": (1, 2),
    "error": (1, 2),
    "ask": (1, 2),
    "save_file": (1, 3),
    "RecordDialog": (0,),
}
TRANSLATING = {"tr", "translate", "tr_msg", "QT_TRANSLATE_NOOP", "N_"}

# Text that is the same in every language, with the reason.
ALLOWED = {
    "ipsdesk",  # the product's name
    "ipsdesk — ",  # the window title's product part
}

WORD = re.compile(r"[^\W\d_]{2,}")  # two letters in a row: a word, not "&1" or "%1"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _untranslated(node: ast.expr) -> list[str]:
    """Literal words in ``node`` that are not inside a translating call."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
        return [text] if WORD.search(text) and text not in ALLOWED else []
    if isinstance(node, ast.JoinedStr):
        return [
            t for part in node.values if isinstance(part, ast.Constant) for t in _untranslated(part)
        ]
    if isinstance(node, ast.BinOp):
        return _untranslated(node.left) + _untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) + _untranslated(node.orelse)
    if isinstance(node, ast.Call):
        if _name(node.func) in TRANSLATING:
            return []
        if isinstance(node.func, ast.Attribute):  # "…".join(), tr(…).replace(…)
            return _untranslated(node.func.value)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [t for elt in node.elts for t in _untranslated(elt)]
    return []


def scan(path: Path) -> list[str]:
    return scan_source(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT.parents[1])))


def scan_source(source: str, where: str) -> list[str]:
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name not in TEXT_CALLS:
            continue
        wanted = TEXT_CALLS[name]
        args = [a for i, a in enumerate(node.args) if wanted is None or i in wanted]
        for arg in args:
            for text in _untranslated(arg):
                found.append(f"{where}:{node.lineno}: {text!r}")
    return found


def test_the_scan_finds_untranslated_text() -> None:
    code = (
        "label = QLabel('Hello there')\n"
        "b.setText(self.tr('Fine'))\n"
        "b.setToolTip(f'{n} clients')\n"
        "b.setText(f'{a}  {b}')\n"
        "dialogs.error(self, 'Oops', self.tr('Fine'))\n"
        "x.addItem('⚠ ' + tr_msg(m))\n"
    )
    texts = [line.split(": ", 1)[1] for line in scan_source(code, "probe")]
    assert texts == ["'Hello there'", "' clients'", "'Oops'"]


def test_ui_text_is_translatable() -> None:
    found = [hit for path in sorted(ROOT.rglob("*.py")) for hit in scan(path)]
    assert found == [], "\n".join(found)
