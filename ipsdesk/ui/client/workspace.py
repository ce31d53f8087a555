"""The client workspace: one page per IPS phase, the contact log and the phase history.

It guides but never locks: every page is open in every phase, the model's rules show
as explained warnings, and moving between phases is an explicit, dated action.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core import settings
from ipsdesk.core.dates import format_date
from ipsdesk.core.domain import records as specs
from ipsdesk.core.domain.enums import (
    END_REASON_LABELS,
    PHASE_LABELS,
    ClientStatus,
    EndReason,
    Phase,
)
from ipsdesk.core.domain.records import RecordSpec
from ipsdesk.core.domain.rules import PROFILE_MEETINGS_EXPECTED
from ipsdesk.core.services import clients, records
from ipsdesk.core.services.clients import ClientDetail, NotFound
from ipsdesk.core.services.validation import ValidationError, validate
from ipsdesk.ui.kit import dialogs, style
from ipsdesk.ui.kit.forms import FormWidget, RecordDialog
from ipsdesk.ui.kit.i18n import tr_msg
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.kit.record_list import RecordList


def _subset(spec: RecordSpec, *names: str) -> RecordSpec:
    return RecordSpec(
        spec.key, spec.title, spec.singular, spec.model, tuple(spec.field(n) for n in names)
    )


class SavedForm(QWidget):
    """One page's form with its one Save button: the parts (basics and the disclosure
    wishes on tab 1, say) are edited together and saved together.

    Each part is ``(spec, save, source)``: ``save(values)`` stores it, ``source`` names
    the :class:`ClientDetail` attribute it is loaded from (``"basics"``, ``"notes"``…).
    """

    def __init__(self, parts: list[tuple[RecordSpec, Any, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.parts = [(FormWidget(spec), save, source) for spec, save, source in parts]
        self.form = self.parts[0][0]
        self.button = QPushButton(self.tr("Save"))
        self.button.setObjectName(f"save_{parts[0][0].key}_{parts[0][0].fields[0].name}")
        self.button.clicked.connect(self.save)
        self.status = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for form, _save, _source in self.parts:
            layout.addWidget(form)
        layout.addLayout(row)

    def load(self, detail: ClientDetail) -> None:
        for form, _save, source in self.parts:
            form.set_values(getattr(detail, source))
            form.clear_errors()
        self.status.setText("")

    def is_dirty(self) -> bool:
        return any(form.is_dirty() for form, _save, _source in self.parts)

    def discard(self) -> None:
        for form, _save, _source in self.parts:
            form.reset()
        self.status.setText("")

    def save(self) -> bool:
        for form, save, _source in self.parts:
            if not form.is_dirty() and form is not self.form:
                continue
            try:
                save(form.values())
            except ValidationError as exc:
                form.show_errors(exc.errors)
                self.status.setText("")
                return False
            form.clear_errors()
            form.mark_clean()
        self.status.setText(self.tr("Saved."))
        return True


class ClientWorkspace(QWidget):
    """One client's pages. A client that vanishes (a restored backup made before they
    were added, or an erase) closes the workspace: ``closed`` tells the features' tabs
    to forget the client, ``gone`` gives the window the message to show."""

    back = Signal()
    client_opened = Signal(int)  # features load their tabs for this client
    closed = Signal()  # the client shown is no longer in the store
    gone = Signal(str)  # …and what to tell the user

    def __init__(self, ops: Ops, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.client_id: int | None = None
        self.detail: ClientDetail | None = None
        self.forms: list[SavedForm] = []
        self.lists: list[RecordList] = []
        self.sections: dict[str, QWidget] = {}  # features' tabs by section name

        self.title = QLabel()
        self.title.setObjectName("client_title")
        self.title.setStyleSheet(style.scaled_font_css(1.8))
        self.subtitle = QLabel()
        self.subtitle.setObjectName("client_subtitle")
        back = QPushButton(self.tr("← Caseload"))
        back.setToolTip(self.tr("Back to the caseload (Alt+Left)"))
        back.clicked.connect(self.leave)
        self.move_button = QPushButton(self.tr("Move to phase…"))
        self.move_button.setObjectName("move_phase")
        self.move_button.setToolTip(self.tr("Ctrl+M"))
        self.move_button.clicked.connect(self.move_phase)
        self.end_button = QPushButton(self.tr("End service…"))
        self.end_button.setObjectName("end_service")
        self.end_button.clicked.connect(self.end_or_reopen)
        head = QHBoxLayout()
        head.addWidget(back)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.move_button)
        head.addWidget(self.end_button)

        self.warnings = QLabel()
        self.warnings.setObjectName("client_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(style.NOTE_CSS)
        self.warnings.hide()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("phase_tabs")
        self._build_tabs()
        self._tab_index = -1  # the tab shown, to ask about its unsaved edits on leaving
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.warnings)
        layout.addWidget(self.tabs, 1)

        for i in range(9):  # Ctrl+1 … Ctrl+9, also for tabs that features add later
            sc = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            sc.activated.connect(lambda i=i: self.tabs.setCurrentIndex(i))
        QShortcut(QKeySequence("Ctrl+M"), self).activated.connect(self.move_phase)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(
            self.save_current
        )
        ops.changed.connect(self._data_changed)

    # -- building ----------------------------------------------------------------------
    def _record_list(self, kind: str, *, hint: str = "") -> RecordList:
        spec = specs.SPECS[kind]

        def load() -> tuple[list[records.RecordRow], dict[int, str]]:
            assert self.client_id is not None
            rows = self.ops.call(records.list_records, kind, self.client_id)
            return rows, dict(self.ops.call(records.employer_choices))

        def save(values: dict[str, Any], record_id: int | None) -> None:
            assert self.client_id is not None
            self.ops.write(
                f"client:{self.client_id}",
                records.save_record,
                kind,
                self.client_id,
                values,
                record_id=record_id,
            )

        def delete(record_id: int) -> None:
            assert self.client_id is not None
            self.ops.write(
                f"client:{self.client_id}", records.delete_record, kind, self.client_id, record_id
            )

        def defaults() -> dict[str, Any]:
            out: dict[str, Any] = {}
            for f in spec.fields:
                if f.required and f.kind is specs.Kind.DATE:
                    out[f.name] = date.today()
                if f.name == "open_market":
                    out[f.name] = True
            return out

        widget = RecordList(
            spec,
            load=load,
            save=save,
            delete=delete,
            employers=lambda: self.ops.call(records.employer_choices),
            defaults=defaults,
            hint=hint,
        )
        widget.changed.connect(self.reload_header)
        self.lists.append(widget)
        return widget

    def _form(self, *parts: tuple[RecordSpec, Any, str]) -> SavedForm:
        def saver(service: Any) -> Any:
            def save(values: dict[str, Any]) -> None:
                assert self.client_id is not None
                self.ops.write(f"client:{self.client_id}", service, self.client_id, values)
                self.reload_header()

            return save

        form = SavedForm([(spec, saver(service), source) for spec, service, source in parts])
        self.forms.append(form)
        return form

    def _page(self, *widgets: QWidget) -> QScrollArea:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        for w in widgets:
            layout.addWidget(w)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _build_tabs(self) -> None:
        # One Save per page: tab 1's basics and disclosure wishes are one form.
        self.basics = self._form(
            (specs.BASICS, clients.update_basics, "basics"),
            (_subset(specs.NOTES, "disclosure_wishes"), clients.update_notes, "notes"),
        )
        self.profile = self._form((specs.PROFILE, clients.update_profile, "profile"))
        self.job_goals = self._form(
            (_subset(specs.NOTES, "job_goals"), clients.update_notes, "notes")
        )
        self.employer_notes = self._form(
            (_subset(specs.NOTES, "employer_work_notes"), clients.update_notes, "notes")
        )
        self.first_contact = QLabel()
        self.first_contact.setObjectName("first_contact_status")
        self.first_contact.setWordWrap(True)
        self.meetings = self._record_list("profile_meeting")
        pages = [
            (
                Phase.AGREEMENT,
                self._page(
                    self.basics,
                    self._record_list("consent"),
                    self._record_list("benefits_counselling"),
                    self._record_list("disclosure_discussion"),
                ),
            ),
            (
                Phase.PROFILE,
                self._page(self.profile, self.meetings, self._record_list("work_history")),
            ),
            (
                Phase.JOB_SEARCH,
                self._page(self.first_contact, self.job_goals, self._record_list("job_lead")),
            ),
            (
                Phase.EMPLOYER_WORK,
                self._page(self.employer_notes, self._record_list("employer_support")),
            ),
            (
                Phase.IN_WORK,
                self._page(
                    self._record_list("job"),
                    self._record_list("step_toward_work"),
                    self._record_list("client_contact"),
                ),
            ),
        ]
        for phase, page in pages:
            self.tabs.addTab(page, f"&{int(phase)} {tr_msg(PHASE_LABELS[phase])}")
        self.contact_log = self._record_list("client_contact")
        self.tabs.addTab(self._page(self.contact_log), self.tr("&Contact log"))
        self.history = QListWidget()
        self.history.setObjectName("phase_history")
        self.history.setAccessibleName(self.tr("Phase history"))
        self.tabs.addTab(self.history, self.tr("Hist&ory"))

    # -- data --------------------------------------------------------------------------
    def open(self, client_id: int) -> bool:
        """Show a client (after asking about unsaved edits of the one shown); False when
        the user stays with the edits that could not be saved, or when the client is not
        in the store (the workspace closes, see :meth:`close_client`)."""
        if not self.confirm_leave():
            return False
        try:
            detail, lists = self.ops.call(
                lambda s: (clients.get_client(s, client_id), records.client_records(s, client_id))
            )
        except NotFound:  # e.g. a due item read before a restore or an erase
            self.close_client()
            return False
        self.client_id, self.detail = client_id, detail
        for form in self.forms:
            form.load(detail)
        for lst in self.lists:
            lst.show_rows(lists.rows[lst.spec.key], lists.employer_names)
        self._show_header()
        self._tab_index = int(detail.phase) - 1
        self.tabs.setCurrentIndex(self._tab_index)
        self.client_opened.emit(client_id)
        return True

    def _data_changed(self, _what: str) -> None:
        """After any change (a restore, an erase…): close if the client is gone."""
        if self.client_id is not None and not self.ops.call(clients.client_exists, self.client_id):
            self.close_client()

    def close_client(self) -> None:
        """The client is not in the store (any more): show nothing of them, let the
        features' tabs forget them, and tell the window why."""
        self.client_id, self.detail = None, None
        for form in self.forms:
            for part, _save, _source in form.parts:
                part.set_values({f.name: None for f in part.spec.fields})
                part.clear_errors()
                part.mark_clean()
            form.status.setText("")
        for lst in self.lists:
            lst.show_rows([], {})
        self.title.setText("")
        self.subtitle.setText("")
        self.warnings.hide()
        self.first_contact.setText("")
        self.history.clear()
        self.closed.emit()
        self.gone.emit(
            self.tr(
                "The client is no longer in the store: they were erased, or the backup "
                "just restored was made before they were added."
            )
        )

    # -- unsaved edits -----------------------------------------------------------------
    def dirty_forms(self, page: QWidget | None = None) -> list[SavedForm]:
        """Forms with unsaved edits, on ``page`` or anywhere."""
        return [f for f in self.forms if f.is_dirty() and (page is None or page.isAncestorOf(f))]

    def confirm_leave(self, page: QWidget | None = None) -> bool:
        """Before leaving a tab (``page``) or the client: ask whether to save unsaved
        edits. Yes saves (False when that fails: the user stays, the errors show), No
        drops them."""
        dirty = self.dirty_forms(page)
        if not dirty or self.client_id is None:
            return True
        save = dialogs.ask(
            self,
            self.tr("Unsaved changes"),
            self.tr("You have changed %1's information. Save the changes?").replace(
                "%1", str(self.detail.basics.get("full_name", "")) if self.detail else ""
            ),
        )
        for form in dirty:
            if not save:
                form.discard()
            elif not form.save():
                self._show_form(form)
                return False
        return True

    def _show_form(self, form: SavedForm) -> None:
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if tab is not None and tab.isAncestorOf(form):
                self._tab_index = i
                self.tabs.blockSignals(True)
                self.tabs.setCurrentIndex(i)
                self.tabs.blockSignals(False)
                return

    def _tab_changed(self, index: int) -> None:
        previous = self.tabs.widget(self._tab_index) if self._tab_index >= 0 else None
        self._tab_index = index
        if previous is not None and previous is not self.tabs.widget(index):
            self.confirm_leave(previous)

    def leave(self) -> None:
        """Back to the caseload, after asking about unsaved edits."""
        if self.confirm_leave():
            self.back.emit()

    def add_tab(
        self, widget: QWidget, title: str, *, before_history: bool = True, section: str = ""
    ) -> None:
        """Add a feature's tab (e.g. the action plan); it loads on ``client_opened``.

        ``section`` names it for :meth:`show_section` (e.g. ``"action_plan"``).
        """
        index = self.tabs.indexOf(self.history) if before_history else self.tabs.count()
        self.tabs.insertTab(index, widget, title)
        if section:
            self.sections[section] = widget

    def show_section(self, name: str) -> bool:
        """Show a tab by section name: a phase (``"job_search"``), ``"client_contact"``
        (the contact log) or a feature's tab added with ``section=``."""
        phases = {p.name.lower(): int(p) - 1 for p in Phase}
        if name in phases:
            self.tabs.setCurrentIndex(phases[name])
            return True
        widget = self.sections.get(name)
        if name == "client_contact":  # the tab holding the contact log
            widget = next(
                (
                    tab
                    for tab in (self.tabs.widget(i) for i in range(self.tabs.count()))
                    if tab is not None and tab.isAncestorOf(self.contact_log)
                ),
                None,
            )
        if widget is None or self.tabs.indexOf(widget) < 0:
            return False
        self.tabs.setCurrentWidget(widget)
        return True

    def reload_header(self) -> None:
        if self.client_id is None:
            return
        try:
            self.detail = self.ops.call(clients.get_client, self.client_id, log=False)
        except NotFound:
            self.close_client()
            return
        for lst in self.lists:
            if lst.spec.key == "client_contact":
                lst.refresh()
        self._show_header()

    def _show_header(self) -> None:
        d = self.detail
        assert d is not None
        self.title.setText(f"{d.basics['full_name']}  ({d.code})")
        phase = f"{int(d.phase)} {tr_msg(PHASE_LABELS[d.phase])}"
        if d.status is ClientStatus.ENDED:
            reason = tr_msg(END_REASON_LABELS[EndReason(d.end_reason)]) if d.end_reason else ""
            sub = (
                self.tr("Service ended %1 (%2)")
                .replace("%1", format_date(d.ended_on))
                .replace("%2", reason)
            )
            self.end_button.setText(self.tr("Re-open…"))
            self.move_button.setEnabled(False)
        else:
            days = (date.today() - d.phase_since).days
            sub = (
                self.tr("Phase: %1, since %2 (%n day(s))", "", days)
                .replace("%1", phase)
                .replace("%2", format_date(d.phase_since))
            )
            self.end_button.setText(self.tr("End service…"))
            self.move_button.setEnabled(True)
        self.subtitle.setText(sub)
        if d.warnings:
            self.warnings.setText("\n".join("⚠ " + tr_msg(w.message, *w.args) for w in d.warnings))
            self.warnings.show()
        else:
            self.warnings.hide()
        fc = d.first_contact
        if fc.days_since_agreement is None:
            text = self.tr("No cooperation agreement date yet.")
        elif fc.first_face_to_face is not None:
            text = self.tr(
                "First face-to-face employer contact %1, %n day(s) after the agreement.",
                "",
                fc.days_to_first or 0,
            ).replace("%1", format_date(fc.first_face_to_face))
        else:
            limit = self.ops.call(settings.get, settings.FIRST_CONTACT_DAYS)
            text = (
                self.tr(
                    "%1 days since the agreement; no face-to-face employer contact yet (target: within %2 days)."
                )
                .replace("%1", str(fc.days_since_agreement))
                .replace("%2", str(limit))
            )
        self.first_contact.setText(text)
        n = len(self.meetings.model.rows)
        lo, hi = PROFILE_MEETINGS_EXPECTED
        self.meetings.setTitle(
            tr_msg(specs.PROFILE_MEETING.title)
            + " — "
            + self.tr("%1 so far; usually %2–%3")
            .replace("%1", str(n))
            .replace("%2", str(lo))
            .replace("%3", str(hi))
        )
        self.history.clear()
        for step in d.history:
            to = tr_msg(PHASE_LABELS[step.to_phase]) if step.to_phase else self.tr("Service ended")
            line = f"{format_date(step.on)}  → {to}"
            if step.reason:
                line += f"  ({step.reason})"
            self.history.addItem(line)

    # -- actions -----------------------------------------------------------------------
    def save_current(self) -> None:
        page = self.tabs.currentWidget()
        for form in self.forms:
            if page is not None and page.isAncestorOf(form):
                form.save()

    def _action_dialog(self, spec: RecordSpec, values: dict[str, Any], run: Any) -> bool:
        form = FormWidget(spec)
        form.set_values(values)
        dlg = RecordDialog(tr_msg(spec.title), form, run, self)
        if dialogs.exec_dialog(dlg) == QDialog.DialogCode.Accepted:
            self.reload_header()
            return True
        return False

    def move_phase(self) -> bool:
        if self.detail is None or self.detail.status is ClientStatus.ENDED:
            return False
        nxt = min(int(self.detail.phase) + 1, int(Phase.IN_WORK))

        def run(v: dict[str, Any]) -> None:
            validate(specs.MOVE_PHASE, v, date.today())
            self.ops.write(
                f"client:{self.client_id}",
                clients.move_phase,
                self.client_id,
                Phase(int(v["phase"])),
                v["on"],
                v.get("reason") or "",
            )

        ok = self._action_dialog(specs.MOVE_PHASE, {"phase": str(nxt), "on": date.today()}, run)
        if ok and self.detail is not None:
            self.tabs.setCurrentIndex(int(self.detail.phase) - 1)
        return ok

    def end_or_reopen(self) -> bool:
        if self.detail is None:
            return False
        if self.detail.status is ClientStatus.ENDED:

            def reopen(v: dict[str, Any]) -> None:
                validate(specs.REOPEN, v, date.today())
                self.ops.write(
                    f"client:{self.client_id}",
                    clients.reopen,
                    self.client_id,
                    v["on"],
                    Phase(int(v["phase"])),
                    v.get("reason") or "",
                )

            return self._action_dialog(
                specs.REOPEN, {"phase": str(int(Phase.JOB_SEARCH)), "on": date.today()}, reopen
            )

        def end(v: dict[str, Any]) -> None:
            validate(specs.END_SERVICE, v, date.today())
            self.ops.write(
                f"client:{self.client_id}",
                clients.end_service,
                self.client_id,
                v["on"],
                v["reason"],
                v.get("note") or "",
            )

        return self._action_dialog(specs.END_SERVICE, {"on": date.today()}, end)

    def focus_first(self) -> None:
        self.tabs.setFocus(Qt.FocusReason.OtherFocusReason)
