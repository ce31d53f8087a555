"""The shared row-table base: a correct Qt model, titles in the header, one reset per
new set of rows; and the column sizing the tables share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from ipsdesk.ui.kit.tables import RowTableModel, fit_columns


@dataclass(frozen=True)
class Pet:
    name: str
    legs: int


class PetModel(RowTableModel[Pet]):
    columns: tuple[str, ...] = ("name", "legs")

    def title(self, column: str) -> str:
        return {"name": "Name", "legs": "Legs"}[column]

    def display(self, row: Pet, column: str) -> Any:
        return getattr(row, column)


PETS = [Pet("Musti", 4), Pet("Kaija", 2), Pet("Nimetön kovin pitkänimine eläin " * 20, 8)]


def test_base_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PetModel()
    qtmodeltester.check(model)  # Qt's own tester; it rechecks on every reset below
    model.set_rows(PETS)
    model.set_rows([])
    model.set_rows(PETS[:1])


def test_base_passes_the_python_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PetModel()
    model.set_rows(PETS)
    qtmodeltester.check(model, force_py=True)
    model.set_rows(PETS[1:])


def test_rows_columns_headers_and_cells(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = PetModel()
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(iter(PETS[:2]))  # any iterable; the model keeps its own list
    assert model.rows == PETS[:2]
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    parent = model.index(0, 0)
    assert (model.rowCount(parent), model.columnCount(parent)) == (0, 0)  # flat table
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    assert [model.headerData(c, horizontal) for c in range(2)] == ["Name", "Legs"]
    assert model.headerData(2, horizontal) is None
    assert model.headerData(0, vertical) is None
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(1, 0).data() == "Kaija"
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == 2
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(QModelIndex()) is None


def test_fit_columns_fits_titles_and_caps_all_but_the_last(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = PetModel()
    model.columns = ("name", "legs", "name")
    model.set_rows(PETS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fit_columns(view, 150)
    assert view.columnWidth(0) == 150  # the long name is capped
    header = view.horizontalHeader()
    assert view.columnWidth(1) >= header.fontMetrics().horizontalAdvance("Legs")
    assert view.columnWidth(2) > 150  # the last column is not capped
