"""Qt's own file dialog (drawn by Qt where the platform has none) in the UI language:
its labels, and sizes and dates written as the rest of the app writes them (issue 16:
"Look in:", "Files of type:", "228,0 Kit")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton

from ipsdesk.ui.kit import dialogs
from ipsdesk.ui.kit.i18n import install_translators


def _row(qtbot, dialog: QFileDialog, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts of ``name``'s row in the dialog's list, once Qt has read the folder."""
    model = dialog.proxyModel()
    assert model is not None
    found: list[str] = []

    def listed() -> bool:
        root = model.mapFromSource(
            model.sourceModel().index(dialog.directory().absolutePath())  # type: ignore[attr-defined]
        )
        for r in range(model.rowCount(root)):
            if model.index(r, 0, root).data() == name:
                found[:] = [
                    str(model.index(r, c, root).data() or "").replace("\xa0", " ") for c in range(4)
                ]
                return bool(found[1])
        return False

    qtbot.waitUntil(listed, timeout=5000)
    return found


@pytest.mark.parametrize(
    ("lang", "look_in", "types", "size"),
    [
        ("fi", "&Kansio:", "Tiedostot&yyppi:", "228 kt"),
        ("sv", "&Titta i:", "Filer av t&yp:", "228 kB"),
        ("en", "&Look in:", "Files of &type:", "228 kB"),
    ],
)
def test_qt_file_dialog_speaks_the_ui_language(  # type: ignore[no-untyped-def]
    qapp, qtbot, tmp_path: Path, lang: str, look_in: str, types: str, size: str
) -> None:
    install_translators(qapp, lang)
    (tmp_path / "suunnitelma.pdf").write_bytes(b"x" * 233_472)
    dialog = dialogs.file_dialog(None, "Save", str(tmp_path / "uusi.pdf"), "PDF (*.pdf)", save=True)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == look_in
    assert labels["fileTypeLabel"] == types
    name, shown_size, _kind, modified = _row(qtbot, dialog, "suunnitelma.pdf")
    assert name == "suunnitelma.pdf"
    assert shown_size == size  # not "228,0 KiB" / "228,0 Kit"
    assert re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4} \d\d:\d\d", modified), modified
    assert dialog.selectedFiles() == [str(tmp_path / "uusi.pdf")]
    # Alt+letter: no two labels or buttons share one ("&Tallenna" and "Tiedosto&tyyppi"
    # both took T in Finnish, "&Titta i" and "Filer av &typ" in Swedish).
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)]
    keys = [m[1].casefold() for t in texts if (m := re.search(r"&([^&\s])", t))]
    assert len(keys) == len(set(keys)), texts


def test_save_file_returns_the_chosen_path_or_none(  # type: ignore[no-untyped-def]
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_translators(qapp, "fi")
    seen: list[QFileDialog] = []

    def accept(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog)
        assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "exec_dialog", accept)
    chosen = dialogs.save_file(None, "Tallenna", str(tmp_path / "a.pdf"), "PDF (*.pdf)")
    assert chosen == str(tmp_path / "a.pdf") and len(seen) == 1

    monkeypatch.setattr(dialogs, "exec_dialog", lambda d: QDialog.DialogCode.Rejected)
    assert dialogs.save_file(None, "Tallenna", str(tmp_path / "a.pdf"), "PDF (*.pdf)") is None
    assert dialogs.open_files(None, "Avaa", "*.ipsbak") == []
