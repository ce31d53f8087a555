"""PDFs of the client's privacy exports: their access log, and their whole record.

Built on the shared base (:mod:`ipsdesk.core.export.pdf`). The record PDF is made from
the same plain data as the JSON export (:func:`ipsdesk.core.services.privacy.collect_record`),
one section per table, one small two-column table per row, so nothing stored is left
out even for tables added later. It is written for the client, in the document's
language (:class:`Catalog`): headings here, every column's label and value in words by
:mod:`ipsdesk.core.export.record_columns` (which also says which internal ids are left
out of the PDF; the JSON export keeps them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ipsdesk.core.dates import document_datetime
from ipsdesk.core.domain.access_log import action_text, detail_text
from ipsdesk.core.export.pdf import FONT, FONT_BOLD, TABLE_STYLE, DocInfo, build_pdf, styles
from ipsdesk.core.export.record_columns import (
    HIDDEN_TABLES,
    T_ACTION,
    T_BASIS,
    T_DETAIL,
    T_WHO,
    RecordWords,
)
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Catalog

T_LOG_TITLE = QT_TRANSLATE_NOOP("Safety", "Access log of client %1")
T_LOG_INTRO = QT_TRANSLATE_NOOP(
    "Safety",
    "Every opening, change, export, printout and import of this client's data, as "
    "recorded by ipsdesk (Act 703/2023).",
)
T_RECORD_TITLE = QT_TRANSLATE_NOOP("Safety", "Everything stored about client %1")
T_RECORD_INTRO = QT_TRANSLATE_NOOP(
    "Safety", "A complete copy of the data ipsdesk keeps about this client, exported %1."
)
T_NONE = QT_TRANSLATE_NOOP("Safety", "Nothing recorded.")
T_PAGE = QT_TRANSLATE_NOOP("Safety", "Page %1 / %2")
T_WHEN = QT_TRANSLATE_NOOP("Safety", "When")

# Readable section names of the record's tables, in the order the PDF shows them (a
# table missing here comes last, under its name). Tables in HIDDEN_TABLES are left out.
SECTION_TITLES = {
    "client": QT_TRANSLATE_NOOP("Safety", "Basic details"),
    "phasechange": QT_TRANSLATE_NOOP("Safety", "Phase history"),
    "consent": QT_TRANSLATE_NOOP("Safety", "Consents"),
    "benefitscounselling": QT_TRANSLATE_NOOP("Safety", "Benefits counselling"),
    "disclosurediscussion": QT_TRANSLATE_NOOP("Safety", "Disclosure discussions"),
    "vocationalprofile": QT_TRANSLATE_NOOP("Safety", "Vocational profile"),
    "profilemeeting": QT_TRANSLATE_NOOP("Safety", "Profile meetings"),
    "workhistory": QT_TRANSLATE_NOOP("Safety", "Work history"),
    "joblead": QT_TRANSLATE_NOOP("Safety", "Job leads"),
    "employercontact": QT_TRANSLATE_NOOP("Safety", "Employer contacts for the client"),
    "employersupport": QT_TRANSLATE_NOOP("Safety", "Employer support"),
    "job": QT_TRANSLATE_NOOP("Safety", "Jobs"),
    "job_hours_change": QT_TRANSLATE_NOOP("Safety", "Changes of working hours"),
    "clientcontact": QT_TRANSLATE_NOOP("Safety", "Contact log"),
    "actionplanversion": QT_TRANSLATE_NOOP("Safety", "Action plans"),
    "actionplanstep": QT_TRANSLATE_NOOP("Safety", "Action plan steps"),
    "accesslog": QT_TRANSLATE_NOOP("Safety", "Access log"),
}


class LogRowLike(Protocol):
    @property
    def at(self) -> datetime: ...
    @property
    def actor(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def basis(self) -> str: ...
    @property
    def detail(self) -> str: ...


def _p(text: Any, style: str = "Cell") -> Paragraph:
    value = "" if text is None else str(text)
    return Paragraph(escape(value).replace("\n", "<br/>"), styles()[style])


def _grid(rows: list[list[Any]], widths: Sequence[float]) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle(TABLE_STYLE))
    return table


LONG_TEXT = 1200  # longer values are printed below the row's table, free to span pages
WIDTHS = (150, 317)  # label, value: the A4 frame

# A row's small table: labels in a tinted first column, no header row.
ROW_STYLE: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), FONT, 9.5),
    ("FONT", (0, 0), (0, -1), FONT_BOLD, 9.5),
    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8EEF4")),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA5B1")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def _row_flowables(pairs: list[tuple[str, str]], heading: Flowable | None) -> list[Flowable]:
    """One row of the record; ``heading`` (the section's) is kept on its page."""
    short = [(k, v) for k, v in pairs if len(v) <= LONG_TEXT]
    long = [(k, v) for k, v in pairs if len(v) > LONG_TEXT]
    top: list[Flowable] = [heading] if heading else []
    if short:
        table = Table([[_p(k, "CellHead"), _p(v)] for k, v in short], colWidths=list(WIDTHS))
        table.setStyle(TableStyle(ROW_STYLE))
        top.append(table)
    out: list[Flowable] = [KeepTogether(top)] if top else []
    for key, value in long:
        out.append(_p(key, "CellHead"))
        out.extend(_p(part, "Body") for part in value.split("\n"))
    out.append(Spacer(1, 6))
    return out


def access_log_pdf(
    target: Path, client_code: str, rows: Sequence[LogRowLike], *, author: str, lang: str = "fi"
) -> None:
    cat = Catalog(lang)
    title = cat.tr(T_LOG_TITLE, client_code)

    def story() -> list[Flowable]:
        head = [_p(cat.tr(t), "CellHead") for t in (T_WHEN, T_WHO, T_ACTION, T_BASIS, T_DETAIL)]
        body = [
            [
                _p(document_datetime(r.at, lang)),  # local d.m.yyyy hh:mm, as in the UI
                _p(r.actor),
                _p(action_text(r.action, cat.tr)),
                _p(r.basis),
                _p(detail_text(r.detail, cat.tr)),
            ]
            for r in rows
        ]
        out: list[Flowable] = [_p(title, "Title"), _p(cat.tr(T_LOG_INTRO), "Subtitle")]
        # Long logs go in sections of 500 rows (one huge table paginates slowly).
        for start in range(0, max(len(body), 1), 500):
            chunk = body[start : start + 500]
            if chunk:
                out.append(_grid([head, *chunk], (80, 85, 76, 79, 150)))  # "Toimenpide" fits
        if not body:
            out.append(_p(cat.tr(T_NONE), "Body"))
        return out

    info = DocInfo(title=title, author=author, lang=lang, page_label=cat.tr(T_PAGE))
    build_pdf(target, info, story)


def record_pdf(
    target: Path,
    record: dict[str, Any],
    *,
    author: str,
    lang: str = "fi",
    employers: Mapping[int, str] | None = None,
) -> None:
    """The client's whole record for the client to read. ``employers`` names the
    employers the record refers to by id."""
    cat = Catalog(lang)
    code = record["client_code"]
    title = cat.tr(T_RECORD_TITLE, code)
    words = RecordWords(record, cat.tr, lang, employers)
    exported = document_datetime(datetime.fromisoformat(record["exported_at"]), lang)
    order = {table: i for i, table in enumerate(SECTION_TITLES)}
    tables = sorted(
        (t for t in record["tables"] if t not in HIDDEN_TABLES),
        key=lambda t: order.get(t, len(order)),
    )

    def story() -> list[Flowable]:
        out: list[Flowable] = [
            _p(title, "Title"),
            _p(cat.tr(T_RECORD_INTRO, exported), "Subtitle"),
        ]
        for table in tables:
            rows = record["tables"][table]
            msg = SECTION_TITLES.get(table)
            heading = _p(cat.tr(msg) if msg else table, "H2")
            if not rows:
                out.append(KeepTogether([heading, _p(cat.tr(T_NONE), "Body")]))
            for i, row in enumerate(rows):
                pairs = list(words.row(table, row))
                out.extend(_row_flowables(pairs, heading if i == 0 else None))
        return out

    info = DocInfo(title=title, author=author, lang=lang, page_label=cat.tr(T_PAGE))
    build_pdf(target, info, story)
