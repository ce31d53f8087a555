"""Issue 16: the keyboard path through every form follows what the eye sees, and the
widget with the focus shows it.

- Tab order: in each form (a QFormLayout) the fields come in the focus chain in the
  order of the rows; the dialog's OK/Cancel come after every input of the dialog.
- Visible focus: every widget that takes the focus by Tab looks different with the
  focus than without it (the style or a style sheet did not remove the focus frame).

The walk builds the dialogs and pages as tests/gui/test_accessibility.py does.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QTabBar,
    QWidget,
)

from ipsdesk.core.storage.store import Store
from ipsdesk.ui.kit import style
from ipsdesk.ui.main_window import MainWindow
from tests.gui.test_accessibility import INPUTS, _inside_composite, dialogs_to_walk, seed


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``root``, in order (visible, enabled, tab-focusable)."""
    chain: list[QWidget] = []
    seen: set[int] = set()
    w = root.nextInFocusChain()
    while w is not None and w is not root and id(w) not in seen:
        seen.add(id(w))
        if (
            w.isVisibleTo(root)
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and (root.isAncestorOf(w))
        ):
            chain.append(w)
        w = w.nextInFocusChain()
    return chain


def _focus_target(w: QWidget | None, chain: list[QWidget]) -> QWidget | None:
    """The widget Tab stops at for a form's field (the field, its proxy or its first
    focusable part, e.g. the date field's line edit)."""
    if w is None:
        return None
    proxy = w.focusProxy() or w
    if proxy in chain:
        return proxy
    return next((c for c in chain if w.isAncestorOf(c)), None)


def tab_order_problems(root: QWidget, where: str) -> list[str]:
    chain = focus_chain(root)
    position = {id(w): i for i, w in enumerate(chain)}
    found = []
    for form in root.findChildren(QFormLayout):
        parent = form.parentWidget()
        if parent is None or not parent.isVisibleTo(root) and parent is not root:
            continue
        last, last_name = -1, ""
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            field = _focus_target(item.widget() if item else None, chain)
            if field is None:
                continue
            here = position[id(field)]
            name = field.objectName() or type(field).__name__
            if here < last:
                found.append(f"{where}: {name} (row {row}) comes before {last_name} by Tab")
            last, last_name = here, name
    for box in root.findChildren(QDialogButtonBox):
        buttons = [b for b in box.buttons() if id(b) in position]
        inputs = [
            w
            for w in chain
            if isinstance(w, INPUTS) and not _inside_composite(w) and w.window() is box.window()
        ]
        if buttons and inputs:
            first_button = min(position[id(b)] for b in buttons)
            late = [w for w in inputs if position[id(w)] > first_button]
            for w in late:
                found.append(f"{where}: {w.objectName() or type(w).__name__} comes after OK/Cancel")
    return found


def _image(w: QWidget) -> QImage:
    return w.grab().toImage()


def focus_problems(qtbot, root: QWidget, where: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Tab through ``root`` as a person would; each widget reached must look different
    from how it looked before it had the focus, and Tab must move on from it."""
    found = []
    root.window().activateWindow()
    settle()
    chain = [w for w in focus_chain(root) if not isinstance(w.parentWidget(), QTabBar)]
    for before_w, w in zip(chain, chain[1:], strict=False):
        if _inside_composite(w):
            continue
        before_w.setFocus(Qt.FocusReason.OtherFocusReason)
        settle()
        unfocused = _image(w)
        qtbot.keyClick(before_w, Qt.Key.Key_Tab)
        settle()
        now = QApplication.focusWidget()
        if now is before_w:
            found.append(f"{where}: Tab does not move on from {_name(before_w)}")
            continue
        if now is not w:
            continue  # the chain went elsewhere (a composite's part); checked by order
        if isinstance(w, QAbstractItemView) and w.model() is not None and w.model().rowCount() == 0:
            continue  # an empty list shows its focus on its current row, which it has not
        if _image(w) == unfocused:
            found.append(f"{where}: {_name(w)} shows no focus")
    return found


def _name(w: QWidget) -> str:
    text = w.text() if isinstance(w, QAbstractButton) else ""
    return f"{type(w).__name__} {w.objectName() or text!r}"


@pytest.fixture(autouse=True)
def app_style(qapp):  # type: ignore[no-untyped-def]
    """The style the app installs (ui/app.make_app), put back as it was afterwards."""
    before = qapp.style().name()
    style.install_focus_style(qapp)
    yield
    qapp.setStyle(before)


def test_tab_order_and_visible_focus_in_every_dialog(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, store: Store, tmp_path
) -> None:
    order: list[str] = []
    focus: list[str] = []
    for dlg in dialogs_to_walk(window, store, tmp_path):
        qtbot.addWidget(dlg)
        dlg.show()
        settle()
        where = f"{type(dlg).__name__} {dlg.windowTitle()}"
        order += tab_order_problems(dlg, where)
        focus += focus_problems(qtbot, dlg, where)
        dlg.hide()
    assert order == [], "\n".join(order)
    assert focus == [], "\n".join(focus)


def test_tab_order_and_visible_focus_on_every_client_tab(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, store: Store
) -> None:
    cid = seed(store)
    window.caseload.refresh()
    order = tab_order_problems(window.caseload, "caseload")
    focus = focus_problems(qtbot, window.caseload, "caseload")
    window.open_client(cid)
    tabs = window.workspace.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        settle()
        page = tabs.widget(i)
        order += tab_order_problems(page, f"tab {tabs.tabText(i)}")
        focus += focus_problems(qtbot, page, f"tab {tabs.tabText(i)}")
    assert order == [], "\n".join(order)
    assert focus == [], "\n".join(focus)
