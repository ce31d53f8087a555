"""The client's full record in words: a label for every stored column, a value in words.

The full record (:func:`ipsdesk.core.services.privacy.collect_record`) is plain data,
table by table and column by column, exactly as stored; the JSON export keeps it so.
Its PDF is for the client (a GDPR access request), so there each column gets a label
and each value is written in the document's language:

* columns a record spec declares (:mod:`ipsdesk.core.domain.records`) use the spec's
  label and choices — the words of the forms the specialist fills in;
* the other columns (phases, the service's status, when a row was recorded, the
  action plan's and the access log's columns…) are declared here, reusing the words
  of the action plan PDF (:mod:`ipsdesk.core.export.plan_pdf`) and of the access log
  (:mod:`ipsdesk.core.domain.access_log`) where they exist;
* internal ids are left out (:data:`HIDDEN_COLUMNS`, :data:`HIDDEN_TABLES`); the JSON
  export still has them. A column not known here is shown under its stored name, so
  nothing stored is ever left out by accident (a test keeps this list complete).

Dates are written d.m.yyyy, instants in local time d.m.yyyy hh:mm (``document_date``,
``document_datetime`` of :mod:`ipsdesk.core.dates`), booleans as Yes/No.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from ipsdesk.core.dates import EMPTY, document_date, document_datetime
from ipsdesk.core.domain import records as specs
from ipsdesk.core.domain.access_log import FIXED_DETAILS, action_text, detail_text
from ipsdesk.core.domain.enums import (
    CLIENT_STATUS_LABELS,
    PHASE_LABELS,
    STEP_OWNER_LABELS,
    STEP_STATUS_LABELS,
    Phase,
)
from ipsdesk.core.domain.plan_document import FIELD_LABELS
from ipsdesk.core.export import plan_pdf
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg, format_decimal

Translate = Callable[..., str]  # (msg, *args) -> text: Catalog(lang).tr

T_YES = QT_TRANSLATE_NOOP("RecordPdf", "Yes")
T_NO = QT_TRANSLATE_NOOP("RecordPdf", "No")
T_CODE = QT_TRANSLATE_NOOP("RecordPdf", "Client code")
T_PHASE_SINCE = QT_TRANSLATE_NOOP("RecordPdf", "In the current phase since")
T_STATUS = QT_TRANSLATE_NOOP("RecordPdf", "Service status")
T_ENDED_ON = QT_TRANSLATE_NOOP("RecordPdf", "Service ended on")
T_RECORDED = QT_TRANSLATE_NOOP("RecordPdf", "Recorded")
T_CHANGED = QT_TRANSLATE_NOOP("RecordPdf", "Last changed")
T_FROM_PHASE = QT_TRANSLATE_NOOP("RecordPdf", "From phase")
T_TO_PHASE = QT_TRANSLATE_NOOP("RecordPdf", "To phase")
T_PLAN_VERSION = QT_TRANSLATE_NOOP("RecordPdf", "Action plan version")
T_STEP_NUMBER = QT_TRANSLATE_NOOP("RecordPdf", "Step number")
T_WHEN = QT_TRANSLATE_NOOP("RecordPdf", "When")
T_TEAM_CODE = QT_TRANSLATE_NOOP("RecordPdf", "Code in the team's figures (no name)")
T_HOURS_ON = QT_TRANSLATE_NOOP("RecordPdf", "Hours changed on")
T_HOURS_BEFORE = QT_TRANSLATE_NOOP("RecordPdf", "Hours per week before")
T_HOURS_AFTER = QT_TRANSLATE_NOOP("RecordPdf", "Hours per week after")
# The access log's columns, as in the access-log PDF.
T_WHO = QT_TRANSLATE_NOOP("Safety", "Who")
T_ACTION = QT_TRANSLATE_NOOP("Safety", "Action")
T_BASIS = QT_TRANSLATE_NOOP("Safety", "Basis")
T_DETAIL = QT_TRANSLATE_NOOP("Safety", "What")


class Show(StrEnum):
    """How a stored value is written."""

    TEXT = "text"
    DATE = "date"  # ISO date -> d.m.yyyy
    INSTANT = "instant"  # ISO UTC timestamp -> local d.m.yyyy hh:mm
    BOOL = "bool"  # Yes / No
    NUMBER = "number"  # 37,5 in Finnish and Swedish
    CHOICE = "choice"  # a code -> its translated label
    PHASE = "phase"  # 5 -> "5 – In-work support"
    TO_PHASE = "to_phase"  # a phase, or none: the service ended
    EMPLOYER = "employer"  # an employer's id -> the employer's name
    JOB = "job"  # a job's id -> its title (from the record's own jobs)
    PLAN = "plan"  # an action plan's id -> its version number (from the record)
    LOG_ACTION = "log_action"  # the access log's action code in words
    LOG_DETAIL = "log_detail"  # the access log's detail in words


@dataclass(frozen=True)
class Column:
    label: Msg
    show: Show = Show.TEXT
    choices: Mapping[str, Msg] | None = None


_KIND_SHOW = {
    specs.Kind.DATE: Show.DATE,
    specs.Kind.TEXT: Show.TEXT,
    specs.Kind.LONGTEXT: Show.TEXT,
    specs.Kind.CHOICE: Show.CHOICE,
    specs.Kind.BOOL: Show.BOOL,
    specs.Kind.NUMBER: Show.NUMBER,
    specs.Kind.EMPLOYER: Show.EMPLOYER,
    specs.Kind.YEAR: Show.TEXT,
}

# Left out of the PDF (the JSON export keeps them all). Internal row ids and the
# client's own id mean nothing to the client; the rest are shown another way.
HIDDEN_COLUMNS = frozenset({"id", "client_id"})
HIDDEN_BY_TABLE: dict[str, frozenset[str]] = {
    # The client's code: it is in the document's title.
    "accesslog": frozenset({"client_ref"}),
    # The employer's contact person: a third party's data, not the client's (the
    # employer is named); the JSON export keeps the id.
    "employercontact": frozenset({"contact_person_id"}),
}
# Pure link tables: which employer contacts were made for the client. Their rows are
# only ids; the contacts themselves are the "employercontact" section.
HIDDEN_TABLES = frozenset({"employercontactclient"})


def _spec_columns() -> dict[str, dict[str, Column]]:
    out: dict[str, dict[str, Column]] = {}
    spec_list = (
        *specs.SPECS.values(),
        specs.BASICS,
        specs.NOTES,
        specs.PROFILE,
        specs.EMPLOYER_CONTACT,
    )
    for spec in spec_list:
        table = out.setdefault(spec.model.lower(), {})  # SQLModel's default table name
        for f in spec.fields:
            table[f.name] = Column(f.label, _KIND_SHOW[f.kind], f.choices)
    return out


_END_REASONS = specs.END_SERVICE.field("reason").choices
_RECORDED = Column(T_RECORDED, Show.INSTANT)

# Columns no record spec declares.
_OTHER_COLUMNS: dict[str, dict[str, Column]] = {
    "client": {
        "code": Column(T_CODE),
        "phase": Column(specs.REOPEN.field("phase").label, Show.PHASE),
        "phase_since": Column(T_PHASE_SINCE, Show.DATE),
        "status": Column(
            T_STATUS, Show.CHOICE, {k.value: v for k, v in CLIENT_STATUS_LABELS.items()}
        ),
        "ended_on": Column(T_ENDED_ON, Show.DATE),
        "end_reason": Column(specs.JOB.field("end_reason").label, Show.CHOICE, _END_REASONS),
        "created_at": _RECORDED,
        "updated_at": Column(T_CHANGED, Show.INSTANT),
    },
    "phasechange": {
        "from_phase": Column(T_FROM_PHASE, Show.PHASE),
        "to_phase": Column(T_TO_PHASE, Show.TO_PHASE),
        "on": Column(specs.MOVE_PHASE.field("on").label, Show.DATE),
        "reason": Column(specs.END_SERVICE.field("reason").label),
        "created_at": _RECORDED,
    },
    "clientcontact": {
        "job_id": Column(specs.JOB.singular, Show.JOB),
        "created_at": _RECORDED,
    },
    "employercontact": {"created_at": _RECORDED},
    "job_hours_change": {
        "job_id": Column(specs.JOB.singular, Show.JOB),
        "on": Column(T_HOURS_ON, Show.DATE),
        "hours_before": Column(T_HOURS_BEFORE, Show.NUMBER),
        "hours_after": Column(T_HOURS_AFTER, Show.NUMBER),
    },
    "actionplanversion": {
        "version": Column(plan_pdf.T_VERSION),
        "made_on": Column(plan_pdf.T_MADE_ON, Show.DATE),
        **{
            name: Column(label, Show.DATE if name == "next_review_on" else Show.TEXT)
            for name, label in FIELD_LABELS.items()
        },
        "created_at": _RECORDED,
    },
    "actionplanstep": {
        "plan_id": Column(T_PLAN_VERSION, Show.PLAN),
        "position": Column(T_STEP_NUMBER),
        "what": Column(plan_pdf.T_WHAT),
        "owner": Column(
            plan_pdf.T_WHO, Show.CHOICE, {k.value: v for k, v in STEP_OWNER_LABELS.items()}
        ),
        "due_on": Column(plan_pdf.T_BY_WHEN, Show.DATE),
        "status": Column(
            plan_pdf.T_STATUS, Show.CHOICE, {k.value: v for k, v in STEP_STATUS_LABELS.items()}
        ),
    },
    "team_pseudonym": {"code": Column(T_TEAM_CODE)},
    "accesslog": {
        "at": Column(T_WHEN, Show.INSTANT),
        "actor": Column(T_WHO),
        "action": Column(T_ACTION, Show.LOG_ACTION),
        "basis": Column(T_BASIS),
        "detail": Column(T_DETAIL, Show.LOG_DETAIL),
    },
}

COLUMNS: dict[str, dict[str, Column]] = _spec_columns()
for _table, _columns in _OTHER_COLUMNS.items():
    COLUMNS.setdefault(_table, {}).update(_columns)


def is_hidden(table: str, column: str) -> bool:
    return column in HIDDEN_COLUMNS or column in HIDDEN_BY_TABLE.get(table, frozenset())


class RecordWords:
    """Writes the rows of one client's record (as collected) in one language.

    ``employers`` names the employers the record refers to by id (the employer
    register is not part of the record).
    """

    def __init__(
        self,
        record: Mapping[str, Any],
        tr: Translate,
        lang: str,
        employers: Mapping[int, str] | None = None,
    ) -> None:
        tables = record["tables"]
        self.tr = tr
        self.lang = lang
        self.employers = dict(employers or {})
        self.jobs = {r["id"]: r["title"] for r in tables.get("job", [])}
        self.plans = {r["id"]: r["version"] for r in tables.get("actionplanversion", [])}

    def row(self, table: str, row: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
        """(label, value) pairs of a stored row, in the table's column order."""
        known = COLUMNS.get(table, {})
        for name, value in row.items():
            if is_hidden(table, name):
                continue
            column = known.get(name)
            if column is None:  # not declared yet: its stored name, its stored value
                yield name.replace("_", " "), EMPTY if value in (None, "") else str(value)
            else:
                yield self.tr(column.label), self.value(column, value)

    def value(self, column: Column, value: Any) -> str:
        show = column.show
        if value is None or value == "":
            if show is Show.TO_PHASE and value is None:
                return self.tr(FIXED_DETAILS["service ended"])
            return EMPTY
        if show is Show.BOOL:
            return self.tr(T_YES if value else T_NO)
        if show is Show.DATE:
            day = value if isinstance(value, date) else date.fromisoformat(str(value))
            return document_date(day, self.lang)
        if show is Show.INSTANT:
            at = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
            return document_datetime(at, self.lang)
        if show is Show.CHOICE:
            msg = (column.choices or {}).get(str(value))
            return self.tr(msg) if msg is not None else str(value)
        if show in (Show.PHASE, Show.TO_PHASE):
            try:
                phase = Phase(int(value))
            except ValueError:
                return str(value)
            return f"{int(phase)} – {self.tr(PHASE_LABELS[phase])}"
        if show is Show.NUMBER:
            return self._number(value)
        if show is Show.EMPLOYER:
            return self.employers.get(value, EMPTY)
        if show is Show.JOB:
            return str(self.jobs.get(value, EMPTY))
        if show is Show.PLAN:
            return str(self.plans.get(value, EMPTY))
        if show is Show.LOG_ACTION:
            return action_text(str(value), self.tr)
        if show is Show.LOG_DETAIL:
            return detail_text(str(value), self.tr)
        return str(value)

    def _number(self, value: Any) -> str:
        return format_decimal(value, self.lang) if isinstance(value, float) else str(value)
