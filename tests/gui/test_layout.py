"""Layouts: the caseload table fills the window (also after a refresh that shows the
warning), a multi-line field sits beside its label with its message right under it,
the caseload warning calls a limit the user set the user's own."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from ipsdesk.core import settings
from ipsdesk.core.domain import records as specs
from ipsdesk.core.services import clients
from ipsdesk.core.services.validation import ValidationError
from ipsdesk.core.storage.store import Store
from ipsdesk.ui.kit.forms import FormWidget, RecordDialog
from ipsdesk.ui.main_window import MainWindow


def test_caseload_table_fills_the_window_and_names_the_users_limit(
    qtbot, window: MainWindow, store: Store
) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        for i in range(3):
            clients.create_client(s, {"full_name": f"Keksitty {i}", "agreement_date": date.today()})
        settings.put(s, settings.CASELOAD_LIMIT, 2)
        s.commit()
    window.resize(1200, 700)
    window.caseload.refresh()
    qtbot.wait(10)
    view = window.caseload.view
    header = view.horizontalHeader()
    assert abs(header.length() - view.viewport().width()) <= 2
    warning = window.caseload.warning
    assert warning.isVisible() and "your limit is 2" in warning.text()
    assert "recommends" not in warning.text()
    window.resize(1000, 700)  # narrower: still filled
    qtbot.wait(10)
    assert abs(header.length() - view.viewport().width()) <= 2


def test_multiline_field_beside_its_label_and_message_under_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    spec = specs.SPECS["disclosure_discussion"]
    form = FormWidget(spec)

    def refuse(_values: object) -> None:
        raise ValidationError({"on": (("Validation", "This field is required."), ())})

    dlg = RecordDialog("x", form, refuse)
    qtbot.addWidget(dlg)
    dlg.resize(560, 600)  # taller than the form needs
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg._save()
    qtbot.wait(10)
    notes = form.editors["notes"]
    label = next(lb for lb in form.findChildren(QLabel) if lb.buddy() is notes)
    top = lambda w: w.mapTo(dlg, w.rect().topLeft()).y()  # noqa: E731
    assert abs(top(notes) - top(label)) <= 8
    date_edit, error = form.editors["on"], form.errors["on"]
    assert error.isVisible()
    assert 0 <= top(error) - (top(date_edit) + date_edit.height()) <= 6  # right under it
