"""PDFs of the client's privacy exports: their access log, and their whole record.

Built on the shared base (:mod:`ipsdesk.core.export.pdf`). The record PDF is made from
the same plain data as the JSON export (:func:`ipsdesk.core.services.privacy.collect_record`),
one section per table, one small two-column table per row, so nothing stored is left
out even for tables added later. Headings, and the access log's actions and details
(:mod:`ipsdesk.core.domain.access_log`), are translated with :class:`Catalog`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ipsdesk.core.domain.access_log import action_text, detail_text
from ipsdesk.core.export.pdf import TABLE_STYLE, DocInfo, build_pdf, styles
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
T_WHEN = QT_TRANSLATE_NOOP("Safety", "When (UTC)")
T_WHO = QT_TRANSLATE_NOOP("Safety", "Who")
T_ACTION = QT_TRANSLATE_NOOP("Safety", "Action")
T_BASIS = QT_TRANSLATE_NOOP("Safety", "Basis")
T_DETAIL = QT_TRANSLATE_NOOP("Safety", "What")

# Readable section names of the record's tables (a table missing here shows its name).
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
    "employercontactclient": QT_TRANSLATE_NOOP("Safety", "Employer contacts for the client"),
    "employercontact": QT_TRANSLATE_NOOP("Safety", "Employer contact details"),
    "employersupport": QT_TRANSLATE_NOOP("Safety", "Employer support"),
    "job": QT_TRANSLATE_NOOP("Safety", "Jobs"),
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


def _readable_log_row(row: dict[str, Any], cat: Catalog) -> dict[str, Any]:
    """An access-log row of the record with its action and detail in words (the JSON
    export keeps the stored codes)."""
    out = dict(row)
    if isinstance(out.get("action"), str):
        out["action"] = action_text(out["action"], cat.tr)
    if isinstance(out.get("detail"), str):
        out["detail"] = detail_text(out["detail"], cat.tr)
    return out


LONG_TEXT = 1200  # longer values are printed below the row's table, free to span pages


def _row_flowables(row: dict[str, Any]) -> list[Flowable]:
    short = [(k, v) for k, v in row.items() if len(str(v)) <= LONG_TEXT]
    long = [(k, v) for k, v in row.items() if len(str(v)) > LONG_TEXT]
    cells = [[_p(k.replace("_", " "), "CellHead"), _p(v)] for k, v in short]
    out: list[Flowable] = [KeepTogether([_grid(cells, (130, 340))])]
    for key, value in long:
        out.append(_p(key.replace("_", " "), "CellHead"))
        out.extend(_p(part, "Body") for part in str(value).split("\n"))
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
                _p(r.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M")),
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


def record_pdf(target: Path, record: dict[str, Any], *, author: str, lang: str = "fi") -> None:
    cat = Catalog(lang)
    code = record["client_code"]
    title = cat.tr(T_RECORD_TITLE, code)

    def story() -> list[Flowable]:
        out: list[Flowable] = [
            _p(title, "Title"),
            _p(cat.tr(T_RECORD_INTRO, record["exported_at"]), "Subtitle"),
        ]
        for table, rows in record["tables"].items():
            msg = SECTION_TITLES.get(table)
            out.append(_p(cat.tr(msg) if msg else table, "H2"))
            if not rows:
                out.append(_p(cat.tr(T_NONE), "Body"))
            for row in rows:
                if table == "accesslog":
                    row = _readable_log_row(row, cat)
                out.extend(_row_flowables(row))
        return out

    info = DocInfo(title=title, author=author, lang=lang, page_label=cat.tr(T_PAGE))
    build_pdf(target, info, story)
