"""Exported files are named in the document's language, not the UI's; a document's
language defaults to the UI's when the client has none."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from ipsdesk.core.domain.plan_document import PlanDraft
from ipsdesk.core.services import plans
from ipsdesk.ui.client.privacy_tab import PrivacyTab
from ipsdesk.ui.kit import dialogs
from ipsdesk.ui.kit.i18n import install_translators, ui_language
from ipsdesk.ui.main_window import MainWindow
from tests.gui.test_plan_tab import make_client, open_plan_tab

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize(
    ("lang", "start"),
    [("sv", "handlingsplan_"), ("fi", "toimintasuunnitelma_"), ("en", "action-plan_")],
)
def test_plan_pdf_named_in_its_language(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    start: str,
) -> None:  # type: ignore[no-untyped-def]
    cid = make_client(window, lang=lang)
    window.ops.write("x", plans.save_version, cid, PlanDraft(goal="Työ kirjastossa"))
    asked: list[str] = []

    def save_file(_parent: QWidget, _title: str, suggested: str, _filter: str) -> str:
        asked.append(Path(suggested).name)
        return str(tmp_path / "plan.pdf")

    monkeypatch.setattr(dialogs, "save_file", save_file)
    tab = open_plan_tab(qtbot, window, cid)
    qtbot.keyClick(tab, Qt.Key.Key_S, CTRL_SHIFT)
    assert len(asked) == 1 and asked[0].startswith(start) and asked[0].endswith(f"_v1_{lang}.pdf")


def test_access_log_named_in_the_clients_language(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    cid = make_client(window, lang="sv")
    window.open_client(cid)
    tab = window.findChild(PrivacyTab)
    assert tab is not None
    window.workspace.tabs.setCurrentWidget(tab)
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "save_file", lambda _p, _t, suggested, _f: asked.append(Path(suggested).name)
    )
    qtbot.mouseClick(tab.findChild(QPushButton, "export_access_log"), Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "-logg-" in asked[0] and asked[0].endswith(".pdf")


def test_ui_language_is_known(qapp) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, "sv")
    assert ui_language() == "sv"
    install_translators(qapp, "en")
    assert ui_language() == "en"
