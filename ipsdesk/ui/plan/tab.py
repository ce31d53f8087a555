"""The "Action plan" tab (toimintasuunnitelma) of the client workspace.

Shows the latest version read-only (any earlier one from the version list), what changed
since the previous version, and when the next review is due (red when overdue). "New
version / review…" (Ctrl+R) opens the editor with a draft from ``draft_from_client``;
saving makes the next version. "Save as PDF…" (Ctrl+Shift+S) and "Print…" (Ctrl+P) go through
the one export path, ``export_plan``, which writes the access-log row; the document's
language is chosen here, independently of the UI language.

A draft being edited survives switching tabs, and switching clients: it is kept per
client (in memory only) until saved or discarded.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core.dates import format_date
from ipsdesk.core.domain import records as specs
from ipsdesk.core.export.file_names import file_word
from ipsdesk.core.i18n import LANGUAGES
from ipsdesk.core.services import clients, plans
from ipsdesk.core.services.plan_reviews import ReviewDue
from ipsdesk.core.services.plans import PlanDraft, VersionSummary, VersionView
from ipsdesk.ui.kit import dialogs, style
from ipsdesk.ui.kit.i18n import tr_msg
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.kit.printing import PrintFailed, print_pdf
from ipsdesk.ui.kit.wrap_row import WrapRow
from ipsdesk.ui.plan.editor import PlanEditor
from ipsdesk.ui.plan.view import diff_html, version_html

if TYPE_CHECKING:
    from ipsdesk.ui.features import Host


class PlanTab(QWidget):
    """The action plan of the client open in the workspace."""

    def __init__(self, ops: Ops, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plan_tab")
        self.ops = ops
        self.client_id: int | None = None
        self.client_code = ""
        self.document_language = "fi"
        self.versions: list[VersionSummary] = []
        self.drafts: dict[int, PlanDraft] = {}  # unsaved drafts of other clients

        # -- header: review reminder and actions --------------------------------------
        self.review = QLabel()
        self.review.setObjectName("plan_review")
        self.review.setTextFormat(Qt.TextFormat.PlainText)
        self.review.setWordWrap(True)
        self.version_box = QComboBox()
        self.version_box.setObjectName("plan_version")
        self.version_box.setMinimumWidth(150)
        self.version_box.currentIndexChanged.connect(self._version_chosen)
        version_label = QLabel(self.tr("&Version:"))
        version_label.setBuddy(self.version_box)
        self.new_button = QPushButton(self.tr("&New version / review…"))
        self.new_button.setObjectName("plan_new")
        self.new_button.setToolTip(self.tr("Ctrl+R"))
        self.new_button.clicked.connect(self.start_review)
        self.language_box = QComboBox()
        self.language_box.setObjectName("plan_language")
        choices = specs.BASICS.field("document_language").choices or {}
        for code in LANGUAGES:
            self.language_box.addItem(tr_msg(choices[code]), code)
        language_label = QLabel(self.tr("Document &language:"))
        language_label.setBuddy(self.language_box)
        self.export_button = QPushButton(self.tr("&Save as PDF…"))
        self.export_button.setObjectName("plan_export")
        self.export_button.setToolTip(self.tr("Ctrl+Shift+S"))
        self.export_button.clicked.connect(self.export_pdf)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("plan_print")
        self.print_button.setToolTip(self.tr("Ctrl+P"))
        self.print_button.clicked.connect(self.print_plan)
        # hidden while editing (the editor has its own buttons); wraps when narrow
        self.bar = WrapRow(
            [
                [version_label, self.version_box, self.new_button],
                [language_label, self.language_box, self.export_button, self.print_button],
            ]
        )
        self.bar.setObjectName("plan_bar")
        self.plan_controls = (
            version_label,
            self.version_box,
            language_label,
            self.language_box,
            self.export_button,
            self.print_button,
        )  # shown once there is a plan
        self.message = QLabel()
        self.message.setObjectName("plan_message")
        self.message.setWordWrap(True)
        self.message.hide()

        # -- pages: the plan, "no plan yet", the editor --------------------------------
        self.plan_view = QTextBrowser()
        self.plan_view.setObjectName("plan_view")
        self.plan_view.setAccessibleName(self.tr("Action plan"))
        self.plan_view.setOpenLinks(False)
        self.plan_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.changes_view = QTextBrowser()
        self.changes_view.setObjectName("plan_changes")
        self.changes_view.setAccessibleName(self.tr("What changed since the previous version"))
        self.changes_view.setOpenLinks(False)
        changes_box = QWidget()
        changes_layout = QVBoxLayout(changes_box)
        changes_layout.setContentsMargins(0, 0, 0, 0)
        changes_title = QLabel(self.tr("What changed since the previous version"))
        changes_title.setStyleSheet("font-weight: 600;")
        changes_title.setWordWrap(True)  # else its width squeezed the plan at large text
        changes_title.setBuddy(self.changes_view)
        changes_layout.addWidget(changes_title)
        changes_layout.addWidget(self.changes_view)
        self.viewer = QSplitter(Qt.Orientation.Horizontal)
        self.viewer.addWidget(self.plan_view)
        self.viewer.addWidget(changes_box)
        self.viewer.setStretchFactor(0, 3)
        self.viewer.setStretchFactor(1, 2)
        self.empty = QLabel(
            self.tr(
                "No action plan yet. Draw up the first plan with the client: "
                "New version / review (Ctrl+R)."
            )
        )
        self.empty.setObjectName("plan_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.editor = PlanEditor(self._save_draft, self._pulled_in)
        self.editor.saved.connect(self._saved)
        self.editor.discarded.connect(self.discard_draft)
        self.pages = QStackedWidget()
        for page in (self.viewer, self.empty, self.editor):
            self.pages.addWidget(page)

        layout = QVBoxLayout(self)
        layout.addWidget(self.review)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)

        # Window-wide keys that work only while this tab is shown (hidden widgets' shortcuts
        # do not fire), so they cannot clash with other tabs; a menu action of the window
        # with the same key would.
        for key, slot in (
            ("Ctrl+R", self.start_review),
            ("Ctrl+Shift+S", self.export_pdf),
            ("Ctrl+P", self.print_plan),
        ):
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        ops.changed.connect(self._data_changed)

    # -- loading -------------------------------------------------------------------------
    @property
    def editing(self) -> bool:
        return self.pages.currentWidget() is self.editor

    def open_client(self, client_id: int) -> None:
        """The workspace opened a client: keep the previous client's unsaved draft."""
        if self.client_id is not None and self.editing and self.editor.dirty:
            self.drafts[self.client_id] = self.editor.draft()
        self.client_id = client_id
        self._say("")
        overview = self.reload()
        if overview is not None:
            self.document_language = overview.document_language
            self.language_box.setCurrentIndex(self.language_box.findData(self.document_language))
        if client_id in self.drafts:
            self._edit(self.drafts.pop(client_id), dirty=True)

    def close_client(self) -> None:
        """The client is no longer in the store: forget them and their draft."""
        if self.client_id is not None:
            self.drafts.pop(self.client_id, None)
        self.client_id, self.client_code, self.versions = None, "", []
        self.editor.dirty = False
        self.version_box.blockSignals(True)
        self.version_box.clear()
        self.version_box.blockSignals(False)
        self.plan_view.clear()
        self.changes_view.clear()
        self._show_review(None)
        self._say("")
        self.pages.setCurrentWidget(self.empty)
        self._enable()

    def reload(self, select: int | None = None) -> plans.PlanOverview | None:
        """Versions, the one shown (latest unless ``select``), and the review reminder,
        read in one service call."""
        if self.client_id is None:
            return None
        overview = self.ops.call(plans.plan_overview, self.client_id, date.today(), version=select)
        self.client_code = overview.client_code
        self.versions = overview.versions
        self.version_box.blockSignals(True)
        self.version_box.clear()
        for v in self.versions:
            self.version_box.addItem(
                self.tr("v%1 — %2")
                .replace("%1", str(v.version))
                .replace("%2", format_date(v.made_on)),
                v.version,
            )
        shown = overview.shown
        index = self.version_box.findData(shown.plan.version) if shown is not None else -1
        self.version_box.setCurrentIndex(index)
        self.version_box.blockSignals(False)
        self._show_review(overview.review_due)
        if shown is None:
            self.pages.setCurrentWidget(self.empty)
        else:
            self._show(shown)
        self._enable()
        return overview

    def _show_review(self, due: ReviewDue | None) -> None:
        if due is None:
            text, css = "", ""
        elif due.overdue:
            text = self.tr("Plan review overdue since %1").replace("%1", format_date(due.due_on))
            css = style.ERROR_CSS + " font-weight: 600;"
        else:
            text = self.tr("Next plan review: %1").replace("%1", format_date(due.due_on))
            css = f"color: {style.GOOD};"
        if due is not None and due.scheduled_months:
            text += " " + self.tr("(%1-month review)").replace("%1", str(due.scheduled_months))
        self.review.setText(text)
        self.review.setStyleSheet(css)
        self.review.setVisible(bool(text))

    def _version_chosen(self, _index: int) -> None:
        number = self.version_box.currentData()
        if number is not None and not self.editing:
            self._show_version(number, log=True)

    def _show_version(self, number: int, *, log: bool) -> None:
        assert self.client_id is not None
        self._show(self.ops.call(plans.version_view, self.client_id, number, log=log))

    def _show(self, view: VersionView) -> None:
        self.plan_view.setHtml(version_html(view.plan))
        self.changes_view.setHtml(diff_html(view.diff, view.previous))
        self.pages.setCurrentWidget(self.viewer)

    def _enable(self) -> None:
        for w in self.plan_controls:
            w.setVisible(bool(self.versions))
        self.new_button.setEnabled(not self.editing)
        self.bar.setVisible(not self.editing)

    def _data_changed(self, what: str) -> None:
        if what == "*":  # a restore: drafts of clients not in the backup go with them
            for cid in [c for c in self.drafts if not self.ops.call(clients.client_exists, c)]:
                del self.drafts[cid]
        if self.client_id is not None and not self.ops.call(clients.client_exists, self.client_id):
            self.close_client()  # the workspace closes too; this tab may hear it first
            return
        if self.client_id is not None and what in (f"client:{self.client_id}", "*"):
            if not self.editing:
                self.reload(self.version_box.currentData())
            else:  # the reminder may have changed; the draft stays as it is
                self._show_review(
                    self.ops.call(plans.next_review_due, self.client_id, date.today())
                )

    # -- editing -------------------------------------------------------------------------
    def start_review(self) -> None:
        if self.client_id is None or self.editing:
            return
        draft = self.ops.call(plans.draft_from_client, self.client_id, lang=self.document_language)
        self._edit(draft)

    def _edit(self, draft: PlanDraft, *, dirty: bool = False) -> None:
        number = (self.versions[0].version if self.versions else 0) + 1
        if draft.based_on:
            title = self.tr("Review: version %1 (from version %2)").replace("%1", str(number))
            title = title.replace("%2", str(draft.based_on))
        else:
            title = self.tr("First action plan (version 1)")
        self.editor.load(draft, title, dirty=dirty)
        self.pages.setCurrentWidget(self.editor)
        self._say("")
        self._enable()
        self.editor.editors["goal"].setFocus()

    def _save_draft(self, draft: PlanDraft) -> int:
        assert self.client_id is not None
        return self.ops.write(f"client:{self.client_id}", plans.save_version, self.client_id, draft)

    def _pulled_in(self) -> plans.PulledIn:
        assert self.client_id is not None
        return self.ops.call(plans.pulled_in, self.client_id, lang=self.document_language)

    def _saved(self, number: int) -> None:
        self.pages.setCurrentWidget(self.viewer)
        self.reload(number)
        self._say(self.tr("Saved as version %1.").replace("%1", str(number)))
        self.plan_view.setFocus()

    def discard_draft(self) -> None:
        if self.editor.dirty and not dialogs.ask(
            self, self.tr("Discard draft"), self.tr("Discard the changes made to this draft?")
        ):
            return
        self.editor.dirty = False
        self.pages.setCurrentWidget(self.viewer if self.versions else self.empty)
        self._enable()
        self.new_button.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- export and print ----------------------------------------------------------------
    def shown_version(self) -> int | None:
        return self.version_box.currentData() if self.versions and not self.editing else None

    def language(self) -> str:
        return self.language_box.currentData() or self.document_language

    def export_pdf(self) -> Path | None:
        version = self.shown_version()
        if self.client_id is None or version is None:
            return None
        lang = self.language()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
        name = file_word("action_plan", lang) + f"_{self.client_code}_v{version}_{lang}.pdf"
        chosen = dialogs.save_file(
            self,
            self.tr("Save the action plan as PDF"),
            str(Path(folder) / name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            self.ops.write(
                f"client:{self.client_id}",
                plans.export_plan,
                self.client_id,
                version,
                lang,
                path,
                "export",
            )
        except OSError as exc:
            dialogs.error(
                self,
                self.tr("Save as PDF"),
                self.tr("The plan could not be saved: %1").replace("%1", exc.strerror or str(exc)),
            )
            return None
        self._say(self.tr("Saved: %1").replace("%1", str(path)))
        return path

    def print_plan(self) -> int:
        """Print the shown version; returns the number of pages printed (0: not printed)."""
        version = self.shown_version()
        if self.client_id is None or version is None:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Action plan") + f" {self.client_code} v{version}")
        if not dialogs.choose_printer(self, printer):
            return 0
        data = self.ops.write(
            f"client:{self.client_id}",
            plans.export_plan,
            self.client_id,
            version,
            self.language(),
            None,
            "print",
        )
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = print_pdf(data, printer)
        except PrintFailed:
            pages = 0
        finally:
            QApplication.restoreOverrideCursor()
        if not pages:
            dialogs.error(self, self.tr("Print"), self.tr("The printer could not be started."))
            return 0
        self._say(self.tr("Sent to the printer: %n page(s).", "", pages))
        return pages


def install(host: Host) -> None:
    """Add the Action plan tab to the client workspace."""
    tab = PlanTab(host.ops)
    host.add_client_tab(
        tab, QCoreApplication.translate("PlanTab", "&Action plan"), section="action_plan"
    )
    host.workspace.client_opened.connect(tab.open_client)
    host.workspace.closed.connect(tab.close_client)
