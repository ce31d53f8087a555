"""The client workspace's "Privacy" tab: the client's access log, their exports, erasure.

* the access log (*lokitiedot*) of the client: who used their data, when and how —
  the client's right under Act 703/2023 to know it, exportable as PDF or CSV;
* everything stored about the client as a readable PDF and a machine-readable JSON
  file (GDPR articles 15 and 20);
* erasing the client after a clear warning, confirmed by typing the client's code.

Each export and the erasure are core services (``core/services/privacy.py``) that
write their own access-log rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core.dates import local_time
from ipsdesk.core.domain.access_log import action_text, detail_text
from ipsdesk.core.export.file_names import file_word
from ipsdesk.core.services import privacy
from ipsdesk.core.services.privacy import LogRow
from ipsdesk.core.services.validation import ValidationError
from ipsdesk.core.storage.lock import DiskFull, storage_error
from ipsdesk.core.storage.store import StoreError
from ipsdesk.ui.kit import dialogs, style
from ipsdesk.ui.kit.errors import explain_error
from ipsdesk.ui.kit.i18n import tr_msg, ui_language
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.kit.runner import Job, Task, run_in_background
from ipsdesk.ui.kit.tables import RowTableModel

if TYPE_CHECKING:
    from ipsdesk.ui.features import Host


class _ExportFailed(Exception):
    """A file of an export could not be written (which one, and the OS's reason)."""

    def __init__(self, target: Path, cause: OSError):
        super().__init__(str(target))
        self.target, self.cause = target, cause


class AccessLogModel(RowTableModel[LogRow]):
    """One client's access-log rows (plain :class:`LogRow` copies), newest first."""

    columns = ("when", "who", "action", "what")

    def set_rows(self, rows: Iterable[LogRow]) -> None:
        super().set_rows(reversed(list(rows)))  # newest first

    def title(self, column: str) -> str:
        return {
            "when": self.tr("When"),
            "who": self.tr("Who"),
            "action": self.tr("Action"),
            "what": self.tr("What"),
        }[column]

    def display(self, row: LogRow, column: str) -> Any:
        if column == "when":
            return local_time(row.at)
        if column == "who":
            return row.actor
        if column == "action":
            return action_text(row.action, tr_msg)
        detail = detail_text(row.detail, tr_msg)
        return f"{detail} ({row.basis})" if row.basis else detail


class EraseDialog(QDialog):
    """The warning, and the client's code typed back as the confirmation."""

    def __init__(
        self, ops: Ops, client_id: int, code: str, name: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ops = ops
        self.client_id = client_id
        self.code = code
        self.setWindowTitle(self.tr("Erase client %1").replace("%1", code))
        warning = QLabel(tr_msg(privacy.ERASE_WARNING))
        warning.setObjectName("erase_warning")
        warning.setWordWrap(True)
        warning.setMargin(8)  # a margin (not CSS padding) keeps word-wrap sizing right
        warning.setStyleSheet(style.DANGER_CSS)
        who = QLabel(
            self.tr("You are about to erase %1 (%2).").replace("%1", name).replace("%2", code)
        )
        who.setObjectName("erase_who")
        who.setStyleSheet("font-weight:600;")
        who.setWordWrap(True)
        advice = QLabel(
            self.tr(
                "If the client wants a copy of their data, export the full record before erasing."
            )
        )
        advice.setWordWrap(True)
        prompt = QLabel(self.tr("Type the client's code %1 to confirm:").replace("%1", code))
        self.confirm = QLineEdit()
        self.confirm.setObjectName("erase_code")
        prompt.setBuddy(self.confirm)
        self.error = style.message_label("erase_error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("Erase for good"))
        self.erase_button.setObjectName("erase_confirm")
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.erase)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(warning)
        layout.addWidget(advice)
        layout.addWidget(prompt)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        # Enter after typing the code (the confirmation) erases; set once in the dialog.
        self.erase_button.setDefault(True)
        self.confirm.setFocus()

    def erase(self) -> None:
        try:
            self.ops.write("caseload", privacy.erase_client, self.client_id, self.confirm.text())
        except ValidationError as exc:
            msg, args = exc.errors.get("confirm_code", (privacy.E_CONFIRM_CODE, ()))
            self.error.setText(tr_msg(msg, *args))
            self.confirm.selectAll()
            self.confirm.setFocus()
            return
        except (OSError, StoreError) as exc:
            self.error.setText(explain_error(exc, self.ops.store.paths.root))
            return
        self.accept()


class PrivacyTab(QWidget):
    """Loads for the client the workspace opens (``client_opened``)."""

    def __init__(self, host: Host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.ops = host.ops
        self.client_id: int | None = None
        self.code = ""
        self.name = ""
        self.language = "fi"
        intro = QLabel(
            self.tr(
                "The client has the right to know who has used their data (Act 703/2023) and "
                "to get everything stored about them (GDPR). Exported files are not encrypted: "
                "hand them to the client and delete your own copy."
            )
        )
        intro.setWordWrap(True)
        self.model = AccessLogModel(self)
        self.view = QTableView()
        self.view.setObjectName("access_log_view")
        self.view.setAccessibleName(self.tr("Access log"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setTabKeyNavigation(False)  # Tab goes on to the export buttons
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.export_log = QPushButton(self.tr("Export access &log (PDF/CSV)…"))
        self.export_log.setObjectName("export_access_log")
        self.export_log.clicked.connect(self.export_access_log)
        self.export_record = QPushButton(self.tr("Export full &record (PDF + JSON)…"))
        self.export_record.setObjectName("export_record")
        self.export_record.clicked.connect(self.export_full_record)
        self.erase_button = QPushButton(self.tr("&Erase client…"))
        self.erase_button.setObjectName("erase_client")
        self.erase_button.setStyleSheet(style.ERROR_CSS)
        self.erase_button.clicked.connect(self.erase)
        self.status = QLabel()
        self.status.setObjectName("privacy_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.export_log)
        row.addWidget(self.export_record)
        row.addStretch(1)
        row.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        heading = QLabel(self.tr("Access log"))
        heading.setStyleSheet("font-weight:600;")
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        host.workspace.client_opened.connect(self.load)
        host.workspace.closed.connect(self.close_client)
        self.ops.changed.connect(self._changed)

    # -- data ----------------------------------------------------------------------
    def load(self, client_id: int) -> None:
        self.client_id = client_id
        detail = self.host.workspace.detail
        assert detail is not None and detail.id == client_id
        self.code = detail.code
        self.name = str(detail.basics.get("full_name") or "")
        self.language = str(detail.basics.get("document_language") or ui_language())
        self.status.clear()
        self.refresh()

    def close_client(self) -> None:
        """The client is no longer in the store (erased, or not in a restored backup)."""
        self.client_id = None
        self.model.set_rows([])

    def refresh(self) -> None:
        if self.client_id is None:
            return
        self.model.set_rows(self.ops.call(privacy.access_log, self.code))

    def _changed(self, what: str) -> None:
        if self.client_id is not None and what in ("*", f"client:{self.client_id}"):
            self.refresh()

    # -- exports -------------------------------------------------------------------
    def _suggest(self, what: str, suffix: str) -> str:
        # Named in the document's language (the client's), like the document itself.
        word = file_word(what, self.language)
        return str(Path.home() / f"{self.code}-{word}-{date.today().isoformat()}{suffix}")

    def export_access_log(self) -> Job[list[str]] | None:
        if self.client_id is None:
            return None
        chosen = dialogs.save_file(
            self,
            self.tr("Export access log"),
            self._suggest("access_log", ".pdf"),
            self.tr("PDF document (*.pdf);;CSV table (*.csv)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        fmt = "csv" if target.suffix.lower() == ".csv" else "pdf"
        if target.suffix.lower() not in (".csv", ".pdf"):
            target = target.with_name(target.name + ".pdf")
        return self._export([(privacy.export_access_log, target, fmt)])

    def export_full_record(self) -> Job[list[str]] | None:
        if self.client_id is None:
            return None
        chosen = dialogs.save_file(
            self,
            self.tr("Export full record (a PDF and a JSON file)"),
            self._suggest("record", ".pdf"),
            self.tr("PDF document, with a JSON file beside it (*.pdf)"),
        )
        if not chosen:
            return None
        pdf = Path(chosen)
        if pdf.suffix.lower() != ".pdf":
            pdf = pdf.with_name(pdf.name + ".pdf")
        json_file = pdf.with_suffix(".json")
        if json_file.exists() and not dialogs.ask(
            self,
            self.tr("Replace file?"),
            self.tr("%1 exists already. Replace it?").replace("%1", str(json_file)),
        ):
            return None
        return self._export(
            [(privacy.export_record, pdf, "pdf"), (privacy.export_record, json_file, "json")]
        )

    def _export(self, jobs: list[tuple[Any, Path, str]]) -> Job[list[str]] | None:
        """Write the files on a worker thread (a full record of years of contacts takes a
        while); each file is its own unit of work with its access-log row."""
        if self.client_id is None:
            return None
        client_id, lang, store = self.client_id, self.language, self.ops.store

        def work(task: Task) -> list[str]:
            written: list[str] = []
            for i, (service, target, fmt) in enumerate(jobs):
                task.progress(i, len(jobs), target.name)
                try:
                    with store.session() as session:
                        service(session, client_id, target, fmt=fmt, lang=lang)
                except OSError as exc:
                    raise _ExportFailed(target, exc) from exc
                written.append(str(target))
            return written

        def done(written: list[str]) -> None:
            self.ops.changed.emit(f"client:{client_id}")
            self.status.setText(self.tr("Written: %1").replace("%1", ", ".join(written)))

        def failed(exc: BaseException) -> None:
            self.ops.changed.emit(f"client:{client_id}")  # a first file may be written
            if isinstance(exc, _ExportFailed):
                text = self._explain_export(exc.cause, exc.target)
            else:
                text = explain_error(exc, self.ops.store.paths.root)
            dialogs.error(self, self.tr("Export failed"), text)

        return run_in_background(self, self.tr("Exporting"), work, done=done, failed=failed)

    def _explain_export(self, exc: OSError, target: Path) -> str:
        """A full disk in the core's words; anything else names the chosen file (the
        data folder is not the problem, so the read-only-folder message would mislead)."""
        if isinstance(storage_error(exc, target.parent), DiskFull):
            return explain_error(exc, target.parent)
        return (
            self.tr("%1 could not be written (%2). Choose another folder; nothing was exported.")
            .replace("%1", str(target))
            .replace("%2", exc.strerror or type(exc).__name__)
        )

    # -- erasure -------------------------------------------------------------------
    def erase(self) -> bool:
        if self.client_id is None:
            return False
        dlg = EraseDialog(self.ops, self.client_id, self.code, self.name, self)
        if dialogs.exec_dialog(dlg) != QDialog.DialogCode.Accepted:
            return False
        code, self.client_id = self.code, None
        self.model.set_rows([])
        self.host.show_caseload()
        self.host.show_message(self.tr("Client %1 was erased.").replace("%1", code), 15_000)
        return True


def install(host: Host) -> None:
    host.add_client_tab(PrivacyTab(host), QCoreApplication.translate("PrivacyTab", "Pr&ivacy"))
