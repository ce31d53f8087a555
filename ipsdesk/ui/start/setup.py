"""First start: who you are, a passphrase for the new encrypted store, and the recovery
key shown once (with its printable sheet)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core.domain.rules import MAX_NAME_LENGTH
from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage.errors import (
    StoreError,
)
from ipsdesk.ui.kit import dialogs, style
from ipsdesk.ui.kit.passphrase import strength_problems

if TYPE_CHECKING:
    from ipsdesk.core.storage.store import Store


class SetupDialog(QDialog):
    """First start: who you are, and a passphrase for the encrypted store."""

    def __init__(self, paths: DataPaths, parent: QWidget | None = None):
        super().__init__(parent)
        self.paths = paths
        self.store: Store | None = None
        self.recovery_key = ""
        self.setWindowTitle(self.tr("Welcome to ipsdesk"))
        intro = QLabel(
            self.tr(
                "ipsdesk keeps your clients' data encrypted on this computer. Choose a passphrase: "
                "a few unrelated words (at least 8 characters) are easy to remember and hard to guess. "
                "You will also get a recovery key to keep in a safe."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("setup_name")
        self.team = QLineEdit()
        self.team.setObjectName("setup_team")
        for line in (self.name, self.team):  # the store keeps 200: no typing beyond it
            line.setMaxLength(MAX_NAME_LENGTH)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("setup_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("setup_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("setup_error")
        self.error.setStyleSheet(style.ERROR_CSS)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Your name *"), self.name)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Passphrase *"), self.passphrase)
        form.addRow(self.tr("Passphrase again *"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.create_store)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def create_store(self) -> None:
        name, phrase = self.name.text().strip(), self.passphrase.text()
        problems = []
        if not name:
            problems.append(self.tr("Write your name."))
        problems.extend(strength_problems(phrase))
        if phrase != self.repeat.text():
            problems.append(self.tr("The passphrases differ."))
        if problems:
            self.error.setText("\n".join(problems))
            return
        from ipsdesk.core.storage.store import Store

        try:
            self.store, self.recovery_key = Store.create(
                self.paths, phrase, name=name, team=self.team.text().strip()
            )
        except (StoreError, OSError) as exc:
            self.error.setText(
                self.tr("The store could not be created: %1").replace("%1", str(exc))
            )
            return
        self.accept()


class RecoveryKeyDialog(QDialog):
    def __init__(self, key: str, name: str, team: str, folder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key, self.name, self.team, self.folder = key, name, team, folder
        self.setWindowTitle(self.tr("Your recovery key"))
        text = QLabel(
            self.tr(
                "This recovery key also unlocks your store if you forget the passphrase. "
                "Save or print the recovery sheet now and give it to your team leader or IT for their safe. "
                "It is shown only once."
            )
        )
        text.setWordWrap(True)
        shown = QLineEdit(key)
        shown.setObjectName("recovery_key")
        shown.setAccessibleName(self.tr("Your recovery key"))
        shown.setReadOnly(True)
        shown.setStyleSheet(style.scaled_font_css(1.55, 400) + " font-family: monospace;")
        save = QPushButton(self.tr("Save recovery sheet (PDF)…"))
        save.clicked.connect(self.save_sheet)
        ok = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(shown)
        layout.addWidget(save)
        layout.addWidget(ok)

    def save_sheet(self) -> None:
        from ipsdesk.core.export.recovery_sheet import write_recovery_sheet

        path = dialogs.save_file(
            self,
            self.tr("Save recovery sheet"),
            str(Path.home() / (self.tr("ipsdesk-recovery-sheet") + ".pdf")),
            self.tr("PDF documents (*.pdf)"),
        )
        if path:
            write_recovery_sheet(
                Path(path), key=self.key, name=self.name, team=self.team, folder=self.folder
            )
