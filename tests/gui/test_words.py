"""Words in the user's language: file sizes, backup reasons, passphrase guidance, the
plan step's deadline."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from ipsdesk.core.domain.enums import StepOwner, StepStatus
from ipsdesk.core.domain.plan_document import PlanStep
from ipsdesk.core.storage.backup import BackupInfo
from ipsdesk.ui.kit.i18n import format_size, install_translators
from ipsdesk.ui.kit.passphrase import strength_problems
from ipsdesk.ui.plan.view import _step_line
from ipsdesk.ui.safety.actions import BackupsModel


@pytest.mark.parametrize(
    ("lang", "size", "text"),
    [
        ("fi", 233_472, "228 kt"),
        ("fi", 1_468_006, "1,4 Mt"),
        ("fi", 512, "512 t"),
        ("fi", 2048, "2 kt"),
        ("sv", 233_472, "228 kB"),
        ("sv", 1_468_006, "1,4 MB"),
        ("en", 1_468_006, "1.4 MB"),
        ("en", 5 * 1024**3, "5 GB"),
    ],
)
def test_file_sizes(qapp, lang: str, size: int, text: str) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, lang)
    assert format_size(size).replace("\xa0", " ") == text


def test_backup_reasons_and_columns_are_translated(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, "sv")
    file = tmp_path / "b.db"
    file.write_bytes(b"x" * 2048)
    info = BackupInfo(file, datetime(2026, 11, 18, 9, 30, tzinfo=UTC), "manual")
    model = BackupsModel()
    model.set_rows([info])
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Skapad"  # not "Gjord"
    assert model.index(0, 1, QModelIndex()).data() == "Skapad av dig"
    assert model.index(0, 2, QModelIndex()).data().replace("\xa0", " ") == "2 kB"
    install_translators(qapp, "fi")
    assert model.index(0, 1, QModelIndex()).data() == "Itse tehty"


def test_an_empty_or_short_passphrase_is_not_called_repetitive(qapp) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, "en")
    assert strength_problems("") == ["Type a passphrase."]
    assert strength_problems("aaa") == ["The passphrase must have at least 8 characters."]
    assert strength_problems("aaaaaaaaaa") == ["The passphrase is too repetitive."]
    assert strength_problems("kolme iloista sanaa") == []


@pytest.mark.parametrize(
    ("lang", "text"), [("fi", "30.11.2026 mennessä"), ("sv", "senast 30.11.2026")]
)
def test_a_step_deadline_reads_as_a_deadline(qapp, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, lang)
    step = PlanStep(
        "Soitto työnantajalle", StepOwner.CLIENT, date(2026, 11, 30), StepStatus.PLANNED
    )
    assert text in _step_line(step)


def test_plan_steps_past_their_date_say_overdue(qapp) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from ipsdesk.ui.plan.steps import StepsModel

    install_translators(qapp, "fi")
    past = date.today() - timedelta(days=3)
    model = StepsModel()
    model.set_steps(
        [
            PlanStep("Soita työnantajalle", StepOwner.TOGETHER, past, StepStatus.PLANNED),
            PlanStep("Hae paikkaa", StepOwner.CLIENT, past, StepStatus.DONE),
            PlanStep("Tee CV", StepOwner.CLIENT, date.today(), StepStatus.IN_PROGRESS),
        ]
    )
    due = model.columns.index("due_on")
    owner = model.columns.index("owner")
    day = f"{past.day}.{past.month}.{past.year}"
    assert model.index(0, due).data() == f"{day} (myöhässä)"
    assert model.index(0, due).data(Qt.ItemDataRole.EditRole) == day  # edited as a date
    assert model.index(1, due).data() == day  # done: not overdue
    assert "myöhässä" not in model.index(2, due).data()  # due today
    assert model.index(0, owner).data() == "Yhdessä (asiakas ja työhönvalmentaja)"
    assert "myöhässä" in _step_line(model.steps[0])
    assert "myöhässä" not in _step_line(model.steps[1])


@pytest.mark.parametrize(
    ("lang", "one", "five"),
    [
        ("en", "Sent to the printer: 1 page.", "Sent to the printer: 5 pages."),
        ("fi", "Lähetetty tulostimelle: 1 sivu.", "Lähetetty tulostimelle: 5 sivua."),
        ("sv", "Skickat till skrivaren: 1 sida.", "Skickat till skrivaren: 5 sidor."),
    ],
)
def test_plural_forms_in_every_language(qapp, lang: str, one: str, five: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    install_translators(qapp, lang)
    text = "Sent to the printer: %n page(s)."
    assert QCoreApplication.translate("PlanTab", text, "", 1) == one
    assert QCoreApplication.translate("PlanTab", text, "", 5) == five


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_qt_file_dialog_speaks_the_language(qtbot, qapp, lang: str) -> None:  # type: ignore[no-untyped-def]
    """qtbase_fi lacks "&Look in:" and "Files of &type:"; our .ts fills the gap."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    install_translators(qapp, lang)
    dialog = QFileDialog(None, "x", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    texts = {w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)}
    english = {"&Look in:", "Files of &type:", "File &name:", "&Save", "Cancel"}
    assert texts & english == set()
    assert ("&Kansio:" if lang == "fi" else "&Titta i:") in texts


def test_pseudo_translation_mode(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """IPSDESK_PSEUDO=1: every string accented and ~40 % longer, placeholders and
    mnemonics kept (to find clipped layouts and untranslated text)."""
    from PySide6.QtCore import QCoreApplication

    from ipsdesk.ui.kit.i18n import pseudo

    assert pseudo("Save %1 &now") == "[Šàvé %1 &ñöw···]"
    monkeypatch.setenv("IPSDESK_PSEUDO", "1")
    install_translators(qapp, "fi")
    text = QCoreApplication.translate("PlanTab", "Sent to the printer: %n page(s).", "", 3)
    assert text.startswith("[Šéñt tö thé přîñtéř: 3 pàgé(š).") and text.endswith("·]")
    assert len(text) >= 1.3 * len("Sent to the printer: 3 page(s).")
    monkeypatch.delenv("IPSDESK_PSEUDO")
    install_translators(qapp, "fi")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Tiedosto"


def test_plan_view_says_which_steps_are_overdue(qapp) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from ipsdesk.core.domain.plan_document import PlanVersion
    from ipsdesk.ui.plan.view import version_html

    install_translators(qapp, "sv")
    past = date.today() - timedelta(days=3)
    steps = (
        PlanStep("Ringa arbetsgivaren", StepOwner.CLIENT, past, StepStatus.PLANNED),
        PlanStep("Uppdatera CV", StepOwner.CLIENT, past, StepStatus.DONE),
    )
    plan = PlanVersion(1, 1, date.today(), "Arbete", "", "", "", "", "", "", None, steps)
    html = version_html(plan)
    assert html.count("(försenad)") == 1
