"""Every table model built on RowTableModel passes Qt's model tester with rows in it,
and shows what each cell should (text, tooltip, colours, the row's id)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt

from ipsdesk.core.domain.due import PLACE_CLIENT, PLACE_EMPLOYER, DueItem, DueKind, Target
from ipsdesk.core.domain.enums import ContactMode, ContactPurpose, Phase, StepOwner, StepStatus
from ipsdesk.core.domain.plan_document import PlanStep
from ipsdesk.core.domain.records import CONSENT, JOB, Kind, RecordSpec
from ipsdesk.core.services.clients import CaseloadRow
from ipsdesk.core.services.employer_contacts import EmployerContactRow
from ipsdesk.core.services.employers import EmployerRow, PlacedJob
from ipsdesk.core.services.privacy import LogRow
from ipsdesk.core.services.records import RecordRow
from ipsdesk.core.storage.backup import BackupInfo
from ipsdesk.ui.caseload.page import CaseloadModel
from ipsdesk.ui.client.privacy_tab import AccessLogModel
from ipsdesk.ui.employers.contact_edit import ContactTableModel
from ipsdesk.ui.employers.register import EmployerListModel, PlacedJobModel
from ipsdesk.ui.kit.record_list import RecordTableModel
from ipsdesk.ui.plan.steps import StepsModel
from ipsdesk.ui.safety.actions import BackupsModel
from ipsdesk.ui.week.due import DueModel

DAY = date(2026, 11, 18)
LONG = "Pitkä muistiinpano, joka jatkuu ja jatkuu. " * 4


def due_items() -> list[DueItem]:
    return [
        DueItem(
            DueKind.FIRST_CONTACT,
            date(2026, 11, 2),
            True,
            Target(PLACE_CLIENT, 1, "contacts"),
            client_id=1,
            client_code="A-001",
            client_name="Aino Keksitty",
        ),
        DueItem(
            DueKind.EMPLOYER_FOLLOW_UP,
            date(2026, 11, 30),
            False,
            Target(PLACE_EMPLOYER, 5, related_id=9),
            employer_id=5,
            employer_name="Puutarha Oy",
            detail="Kausityöt",
        ),
    ]


def caseload_model() -> CaseloadModel:
    model = CaseloadModel()
    rows = [
        CaseloadRow(1, "A-001", "Aino Keksitty", Phase.AGREEMENT, DAY, 45, None, DAY, None, ()),
        CaseloadRow(2, "B-002", "Bo Keksitty", Phase.PROFILE, DAY, 3, DAY, DAY, DAY, ()),
    ]
    items = due_items()
    model.set_rows(rows, {1: [items[0], items[0]], 2: [items[1]]})
    return model


def due_model() -> DueModel:
    model = DueModel()
    model.set_rows(due_items())
    return model


def contact_model(hide: tuple[str, ...] = ()) -> ContactTableModel:
    model = ContactTableModel(hide=hide)
    rows = [
        EmployerContactRow(
            7, DAY, 5, "Puutarha Oy", None, "", ContactMode.PHONE, ContactPurpose.NEEDS,
            "", "", DAY, True, (1, 2), ("A-001", "B-002"),
        ),
        EmployerContactRow(
            8, DAY, 5, "Puutarha Oy", 3, "Pia Esimies", ContactMode.FACE_TO_FACE,
            ContactPurpose.NEEDS, "", "", None, False, (), (),
        ),
    ]  # fmt: skip
    model.set_rows(rows)
    return model


def employer_model() -> EmployerListModel:
    model = EmployerListModel()
    model.set_rows([EmployerRow(5, "Puutarha Oy", "1234567-1", "Espoo", "Kauppa", 3, DAY)])
    return model


def placed_job_model() -> PlacedJobModel:
    model = PlacedJobModel()
    model.set_rows([PlacedJob(1, 2, "B-002", "Bo Keksitty", "Myyjä", DAY, None)])
    return model


def sample_value(kind: Kind, choices: dict[str, Any] | None) -> Any:
    return {
        Kind.DATE: DAY,
        Kind.TEXT: "Lyhyt",
        Kind.LONGTEXT: LONG,
        Kind.CHOICE: next(iter(choices)) if choices else "x",
        Kind.BOOL: True,
        Kind.NUMBER: 3.0,
        Kind.EMPLOYER: 5,
        Kind.YEAR: 2024,
    }[kind]


def record_model(spec: RecordSpec) -> RecordTableModel:
    model = RecordTableModel(spec)
    full = {f.name: sample_value(f.kind, f.choices) for f in spec.fields}
    model.set_rows([RecordRow(1, full), RecordRow(2, {})], {5: "Puutarha Oy"})
    return model


def steps_model() -> StepsModel:
    model = StepsModel()
    model.set_steps(
        [
            PlanStep("Yksi", StepOwner.CLIENT, DAY),
            PlanStep("", StepOwner.EMPLOYER, "32.1.", StepStatus.DONE),  # type: ignore[arg-type]
        ]
    )
    model.set_errors({(1, "due_on"): "Ei päivämäärä."})
    return model


def access_log_model() -> AccessLogModel:
    model = AccessLogModel()
    at = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)
    model.set_rows(
        [
            LogRow(at, "Testi Valmentaja", "view", "", "client_contact"),
            LogRow(at, "Testi Valmentaja", "export", "asiakkaan pyyntö", "full record PDF"),
        ]
    )
    return model


def backups_model(tmp: Path) -> BackupsModel:
    model = BackupsModel()
    made = tmp / "ipsdesk-20261118-093000-auto.db"
    made.write_bytes(bytes(2048))
    model.set_rows(
        [
            BackupInfo(made, datetime(2026, 11, 18, 9, 30, tzinfo=UTC), "auto"),
            BackupInfo(tmp / "gone.db", datetime(2026, 11, 17, 9, 30, tzinfo=UTC), "manual"),
        ]
    )
    return model


MODELS = {
    "access_log": access_log_model,
    "caseload": caseload_model,
    "due": due_model,
    "contacts": contact_model,
    "contacts_of_employer": lambda: contact_model(hide=("employer",)),
    "employers": employer_model,
    "placed_jobs": placed_job_model,
    "job_records": lambda: record_model(JOB),
    "consent_records": lambda: record_model(CONSENT),
    "steps": steps_model,
}

ROLES = {
    "display": Qt.ItemDataRole.DisplayRole,
    "tooltip": Qt.ItemDataRole.ToolTipRole,
    "edit": Qt.ItemDataRole.EditRole,
    "foreground": Qt.ItemDataRole.ForegroundRole,
    "background": Qt.ItemDataRole.BackgroundRole,
    "font": Qt.ItemDataRole.FontRole,
    "alignment": Qt.ItemDataRole.TextAlignmentRole,
    "user": Qt.ItemDataRole.UserRole,
    "description": Qt.ItemDataRole.AccessibleDescriptionRole,
}


def plain(value: Any) -> Any:
    """Brushes, colours and fonts as comparable text."""
    if hasattr(value, "color") and callable(value.color):
        return value.color().name()
    if hasattr(value, "name") and callable(value.name):
        return value.name()
    if hasattr(value, "bold") and callable(value.bold):
        return f"bold={value.bold()}"
    return value


def contents(model: QAbstractItemModel) -> dict[str, Any]:
    """Everything a view can ask of a flat model, as plain data."""
    out: dict[str, Any] = {"size": (model.rowCount(), model.columnCount())}
    for name, role in ROLES.items():
        for o, orientation in (("h", Qt.Orientation.Horizontal), ("v", Qt.Orientation.Vertical)):
            count = model.columnCount() if o == "h" else model.rowCount()
            out[f"header_{o}_{name}"] = [
                plain(model.headerData(s, orientation, role)) for s in range(count)
            ]
        out[name] = [
            [plain(model.index(r, c).data(role)) for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]
    return out


@pytest.mark.parametrize("name", MODELS)
def test_model_passes_the_model_tester(qtmodeltester, name: str) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(MODELS[name]())


def test_cells_show_what_they_should() -> None:
    caseload = contents(caseload_model())
    assert caseload["header_h_display"][3] == "Days in phase"
    assert caseload["display"][0][:4] == ["A-001", "Aino Keksitty", "1 Agreement", 45]
    assert (
        caseload["display"][0][5]
        == "First face-to-face employer contact 2.11.2026 (overdue), and 1 other"
    )
    assert caseload["foreground"][0][5] == "#b00020" and caseload["foreground"][1][5] is None
    assert caseload["user"][1] == [2] * 6
    assert caseload["alignment"][0][3] is not None and caseload["alignment"][0][2] is None

    due = contents(due_model())
    assert due["header_h_display"] == ["Due", "What", "Who"]
    assert due["display"][0] == [
        "2.11.2026 (overdue)",
        "First face-to-face employer contact",
        "A-001  Aino Keksitty",
    ]
    assert due["display"][1][1:] == ["Follow-up promised to the employer: Kausityöt", "Puutarha Oy"]
    assert due["font"][0][0] == "bold=True" and due["font"][1][0] is None

    contacts = contents(contact_model(hide=("employer",)))
    assert contacts["size"] == (2, 6)
    assert contacts["display"][0][4] == "A-001, B-002"
    assert contacts["display"][0][5] == "18.11.2026 ✓"
    assert contacts["display"][1][4] == "General"
    assert contacts["user"][0] == [7] * 6

    employers = contents(employer_model())
    assert employers["display"] == [["Puutarha Oy", "Espoo", "Kauppa", 3, "18.11.2026"]]
    assert contents(placed_job_model())["display"] == [
        ["B-002  Bo Keksitty", "Myyjä", "18.11.2026", ""]
    ]

    work = contents(record_model(CONSENT))
    assert all(len(t) <= 80 for t in work["display"][0])
    assert any(t == LONG for t in work["tooltip"][0])  # the whole note as tooltip
    assert work["display"][1] == [""] * work["size"][1]
    assert work["foreground"] == [[None] * work["size"][1]] * 2

    steps = contents(steps_model())
    assert steps["header_v_display"] == ["1", "2"]
    assert steps["display"][1][2] == "32.1."
    assert steps["tooltip"][1][2] == steps["description"][1][2] == "Ei päivämäärä."
    assert steps["background"][1][2] == "#fde7e9" and steps["background"][1][1] is None
    assert steps["tooltip"][0][0] == "Yksi" and steps["tooltip"][1][0] is None


def test_backups_model_newest_first_sizes_and_paths(qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    model = backups_model(tmp_path)
    qtmodeltester.check(model)
    got = contents(model)
    assert got["header_h_display"] == ["Made", "Why", "Size"]
    assert [row[1] for row in got["display"]] == ["Automatic", "Made by you"]
    assert got["display"][1][2] == "0 B"  # a vanished file shows as empty, no error
    assert got["tooltip"][0] == [str(tmp_path / "ipsdesk-20261118-093000-auto.db")] * 3
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert [row[2] for row in got["alignment"]] == [right, right]


def test_access_log_model_shows_newest_first_in_words() -> None:
    model = access_log_model()
    got = contents(model)
    assert got["header_h_display"] == ["When", "Who", "Action", "What"]
    assert [row[2:] for row in got["display"]] == [
        ["Exported", "Full record (PDF) (asiakkaan pyyntö)"],
        ["Opened", "Contact log"],
    ]
