"""The app speaks Finnish by default, and Swedish when asked; Qt's own dialogs too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableView

from ipsdesk.core.storage.store import Store
from ipsdesk.ui.kit.i18n import DEFAULT_LANGUAGE, install_translators
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.main_window import MainWindow


def test_finnish_is_the_default_and_covers_qt_dialogs(qtbot, qapp, store: Store) -> None:  # type: ignore[no-untyped-def]
    assert DEFAULT_LANGUAGE == "fi"
    install_translators(qapp, DEFAULT_LANGUAGE)
    window = MainWindow(Ops(store))
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&Tiedosto", "&Siirry"]
    model = window.caseload.findChild(QTableView, "caseload_table").model()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Nimi"
    assert QCoreApplication.translate("Phase", "Job search") == "Työn etsintä"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Peru"  # from qtbase_fi


def test_swedish(qapp) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, "sv")
    assert QCoreApplication.translate("Phase", "Agreement") != "Agreement"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
