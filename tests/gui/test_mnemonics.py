"""Alt mnemonics do not clash, in Finnish, Swedish and English: the menu bar's titles,
the workspace's tabs and the widgets on the tab shown share the window's Alt keys; the
actions of one menu share that menu's keys; every menu action has a mnemonic or a
shortcut."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QWidget

from ipsdesk.core.domain.plan_document import PlanDraft
from ipsdesk.core.services import clients, plans
from ipsdesk.core.storage.store import Store
from ipsdesk.ui.kit.i18n import install_translators
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower-cased."""
    m = re.search(r"(?<!&)&([^&])", text.replace("&&", ""))
    return m.group(1).casefold() if m else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    keys = Counter(k for t in texts if (k := mnemonic(t)))
    return {k: [t for t in texts if mnemonic(t) == k] for k, n in keys.items() if n > 1}


def widget_texts(page: QWidget) -> list[str]:
    """Texts with Alt keys on a page: buttons, group boxes, labels with a buddy."""
    out: list[str] = []
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(page):
            continue
        if isinstance(w, (QAbstractButton, QGroupBox)):
            text = w.text() if isinstance(w, QAbstractButton) else w.title()
            out.append(text)
        elif isinstance(w, QLabel) and w.buddy() is not None:
            out.append(w.text())
    return [t for t in out if mnemonic(t)]


def menu_problems(menu: QMenu) -> list[str]:
    problems = []
    actions = [a for a in menu.actions() if not a.isSeparator()]
    for key, texts in clashes([a.text() for a in actions]).items():
        problems.append(f"{menu.title()}: {key} in {texts}")
    for a in actions:
        if a.menu() is not None:
            problems += menu_problems(a.menu())
        elif not mnemonic(a.text()) and a.shortcut().isEmpty():
            problems.append(f"{menu.title()}: {a.text()!r} has no mnemonic and no shortcut")
    return problems


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_mnemonic_clashes(qtbot, qapp, store: Store, lang: str) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, lang)
    win = MainWindow(Ops(store))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with store.session() as s:  # a client with a plan: every tab shows its widgets
        cid = clients.create_client(
            s, {"full_name": "Testi Keksitty", "agreement_date": date.today()}
        )
        plans.save_version(s, cid, PlanDraft(goal="Työ kirjastossa"))
    bar = [a.text() for a in win.menuBar().actions()]
    problems: list[str] = []
    for a in win.menuBar().actions():
        if not mnemonic(a.text()):
            problems.append(f"menu {a.text()!r} has no mnemonic")
        problems += menu_problems(a.menu())
    problems += [f"menu bar: {k} in {t}" for k, t in clashes(bar).items()]
    problems += [
        f"caseload: {k} in {t}" for k, t in clashes(bar + widget_texts(win.caseload)).items()
    ]
    win.open_client(cid)
    tabs = win.workspace.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    for title in titles:
        if not mnemonic(title):
            problems.append(f"tab {title!r} has no mnemonic")
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        texts = bar + titles + widget_texts(win.workspace)
        problems += [f"tab {titles[i]}: {k} in {t}" for k, t in clashes(texts).items()]
    assert problems == [], "\n".join(problems)
