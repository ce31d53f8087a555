"""The caseload's due column shows the most urgent item of the due list; its column
headers are readable in Finnish too."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from ipsdesk.core.services import clients
from ipsdesk.core.storage.store import Store
from ipsdesk.ui.caseload.page import CaseloadPage
from ipsdesk.ui.kit.i18n import install_translators
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.main_window import MainWindow


def test_due_column_and_model(qtbot, qtmodeltester, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    with store.session() as s:
        late = clients.create_client(
            s, {"full_name": "Myöhässä Keksitty", "agreement_date": today - timedelta(days=45)}
        )
        clients.create_client(s, {"full_name": "Tuore Keksitty", "agreement_date": today})
    window.caseload.refresh()
    model = window.caseload.model
    qtmodeltester.check(model)
    rows = {model.index(r, 1).data(): r for r in range(model.rowCount())}
    late_due = model.index(rows["Myöhässä Keksitty"], 5)
    assert "First face-to-face employer contact" in late_due.data()
    assert late_due.data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue: red
    assert "(overdue)" in late_due.data()  # in words too, not by colour alone
    assert str(today - timedelta(days=15)).split("-")[0] in late_due.data()  # due 30 days after
    assert late in model.due
    fresh_due = model.index(rows["Tuore Keksitty"], 5)
    assert fresh_due.data(Qt.ItemDataRole.ForegroundRole) is None
    assert "overdue" not in fresh_due.data()


def test_finnish_headers_are_not_clipped(qtbot, qapp, store: Store) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, "fi")
    with store.session() as s:
        clients.create_client(s, {"full_name": "Aino Keksitty", "agreement_date": date.today()})
    page = CaseloadPage(Ops(store))
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    header = page.view.horizontalHeader()
    metrics = QFontMetrics(header.font())
    days = page.model.columns.index("days")
    title = page.model.headerData(days, Qt.Orientation.Horizontal)
    assert title == "Päivää vaiheessa"
    assert header.sectionSize(days) >= metrics.horizontalAdvance(title)
    for column in (0, 2, 3, 4):  # all but the stretching name and due columns
        text = page.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text), text
