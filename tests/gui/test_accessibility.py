"""Every window, page and dialog is usable with a screen reader: each input has a name
(a label whose buddy it is, or an accessible name), each button a text or an
accessible name. The walk builds them as the app does (through the test fixtures)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ipsdesk.core.domain.plan_document import PlanDraft
from ipsdesk.core.services import clients, employers, plans
from ipsdesk.core.storage.store import Store
from ipsdesk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QAbstractItemView)


def _inside_composite(w: QWidget) -> bool:
    """Parts of another widget (a combo's line edit, a spin box's, a view's editor)."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) or (
            isinstance(parent, QAbstractItemView) and w is not parent
        ):
            return True
        parent = parent.parentWidget()
    return False


def problems(root: QWidget, where: str) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.objectName().startswith("qt_") or isinstance(w.parentWidget(), QLineEdit):
            continue  # Qt's own parts: a table's corner button, a line edit's clear button
        name = f"{where}: {type(w).__name__} {w.objectName() or '(no object name)'}"
        if isinstance(w, QAbstractButton) and not isinstance(w.parentWidget(), QTabBar):
            if not (w.text().strip() or w.accessibleName().strip()):
                found.append(name + " has neither text nor an accessible name")
        elif (
            isinstance(w, INPUTS)
            and not _inside_composite(w)
            and id(w) not in buddies
            and not w.accessibleName().strip()
        ):
            found.append(name + " has no label buddy and no accessible name")
    return found


def seed(store: Store) -> int:
    with store.session() as s:
        cid = clients.create_client(
            s, {"full_name": "Saavutettava Keksitty", "agreement_date": date.today()}
        )
        plans.save_version(s, cid, PlanDraft(goal="Työ kirjastossa"))
        employers.create_employer(s, {"name": "Keksintö Oy"})
    return cid


def test_every_page_of_the_main_window(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    cid = seed(store)
    window.caseload.refresh()
    found = problems(window, "main window (caseload)")
    window.open_client(cid)
    tabs = window.workspace.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        found += problems(tabs.widget(i), f"tab {tabs.tabText(i)}")
    for i in range(window.stack.count()):
        page = window.stack.widget(i)
        found += problems(page, f"page {type(page).__name__}")
    assert found == [], "\n".join(found)


def dialogs_to_walk(window: MainWindow, store: Store, tmp_path) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Every dialog of the app, built on the seeded store: the accessibility and the
    focus walks go through the same list (a new dialog is added here once)."""
    from ipsdesk.core.domain import records as specs
    from ipsdesk.core.paths import data_paths
    from ipsdesk.ui.client.privacy_tab import EraseDialog
    from ipsdesk.ui.employers.quick_log import QuickLogDialog
    from ipsdesk.ui.kit.forms import FormWidget, RecordDialog
    from ipsdesk.ui.safety.actions import BackupsDialog, PassphraseDialog, SafetyActions
    from ipsdesk.ui.settings.dialog import SettingsDialog
    from ipsdesk.ui.start.lock import LockPage
    from ipsdesk.ui.start.setup import RecoveryKeyDialog, SetupDialog
    from ipsdesk.ui.team.hub import HubDialog

    cid = seed(store)
    dialogs: list[QWidget] = [
        QuickLogDialog(window.ops, parent=window),
        SettingsDialog(window.ops, window),
        BackupsDialog(window.findChild(SafetyActions), window),
        PassphraseDialog(store, window),
        EraseDialog(window.ops, cid, "A-0001", "Saavutettava Keksitty", window),
        SetupDialog(data_paths(tmp_path / "new")),
        RecoveryKeyDialog("ABCD-EFGH-IJKL", "Testi", "Tiimi", str(tmp_path)),
        LockPage(lambda secret: secret == PASSPHRASE),
        HubDialog(window.ops, window),
    ]
    for kind, spec in specs.SPECS.items():
        dialogs.append(RecordDialog(kind, FormWidget(spec, employers=[(1, "Keksintö Oy")]), None))
    return dialogs


def test_every_dialog(qtbot, window: MainWindow, store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialogs = dialogs_to_walk(window, store, tmp_path)
    found: list[str] = []
    for dlg in dialogs:
        qtbot.addWidget(dlg)
        found += problems(dlg, f"{type(dlg).__name__} {dlg.windowTitle()}")
    assert found == [], "\n".join(found)
    assert QApplication.instance() is not None
