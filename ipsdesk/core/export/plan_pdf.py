"""The action plan (toimintasuunnitelma) as a PDF the client can read, sign and take home.

One A4 document in the language chosen at export (fi/sv/en), independent of the UI
language: every string is marked ``QT_TRANSLATE_NOOP("PlanPdf", …)`` and rendered with
:class:`~ipsdesk.core.i18n.Catalog`. Built on the shared base in :mod:`.pdf` (embedded
DejaVu Sans, page numbers, organisation in the footer, title/author/language metadata).

This module renders plain data only (``PlanDocument`` lives in
:mod:`ipsdesk.core.domain.plan_document`, usable without importing reportlab); reading the
store and writing the access-log row is :func:`ipsdesk.core.services.plans.export_plan`'s
job.
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ipsdesk.core.dates import EMPTY, document_date
from ipsdesk.core.domain.enums import STEP_OWNER_LABELS, STEP_STATUS_LABELS
from ipsdesk.core.domain.plan_document import PlanDocument
from ipsdesk.core.domain.plan_text import in_document
from ipsdesk.core.export.pdf import FONT, FONT_BOLD, TABLE_STYLE, DocInfo, build_pdf, styles
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Catalog

T_TITLE = QT_TRANSLATE_NOOP("PlanPdf", "Action plan")
T_DOC_TITLE = QT_TRANSLATE_NOOP("PlanPdf", "Action plan: %1")
T_SUBJECT = QT_TRANSLATE_NOOP("PlanPdf", "Version %1, %2")
T_INTRO = QT_TRANSLATE_NOOP(
    "PlanPdf", "We have made this plan together. Each of us keeps a copy of it."
)
T_CLIENT = QT_TRANSLATE_NOOP("PlanPdf", "Client")
T_VERSION = QT_TRANSLATE_NOOP("PlanPdf", "Version")
T_MADE_ON = QT_TRANSLATE_NOOP("PlanPdf", "Date")
T_SPECIALIST = QT_TRANSLATE_NOOP("PlanPdf", "Employment specialist")
T_GOAL = QT_TRANSLATE_NOOP("PlanPdf", "My goal for work or study")
T_STRENGTHS = QT_TRANSLATE_NOOP("PlanPdf", "My strengths")
T_PREFERENCES = QT_TRANSLATE_NOOP("PlanPdf", "My wishes for work")
T_STEPS = QT_TRANSLATE_NOOP("PlanPdf", "Steps we have agreed on")
T_WHAT = QT_TRANSLATE_NOOP("PlanPdf", "What")
T_WHO = QT_TRANSLATE_NOOP("PlanPdf", "Who")
T_BY_WHEN = QT_TRANSLATE_NOOP("PlanPdf", "By when")
T_STATUS = QT_TRANSLATE_NOOP("PlanPdf", "Status")
T_NO_STEPS = QT_TRANSLATE_NOOP("PlanPdf", "No steps agreed yet.")
T_SUPPORT = QT_TRANSLATE_NOOP("PlanPdf", "Support agreed")
T_MEETINGS = QT_TRANSLATE_NOOP("PlanPdf", "How often we meet")
T_SHARING = QT_TRANSLATE_NOOP("PlanPdf", "Sharing information (as in my consent)")
T_BENEFITS = QT_TRANSLATE_NOOP("PlanPdf", "Benefits counselling")
T_NEXT_REVIEW = QT_TRANSLATE_NOOP("PlanPdf", "Next review")
T_REVIEW_ON = QT_TRANSLATE_NOOP("PlanPdf", "We will review this plan together on %1.")
T_REVIEW_LATER = QT_TRANSLATE_NOOP("PlanPdf", "We will agree on the date of the next review later.")
T_SIGNATURES = QT_TRANSLATE_NOOP("PlanPdf", "Signatures")
T_PLACE_DATE = QT_TRANSLATE_NOOP("PlanPdf", "Place and date")
T_SIGNATURE = QT_TRANSLATE_NOOP("PlanPdf", "Signature and name in block letters")
T_PAGE = QT_TRANSLATE_NOOP("PlanPdf", "Page %1 / %2")

GREY = colors.HexColor("#666666")
TINT = colors.HexColor("#F1F5F9")
WIDTH = 165 * mm  # the frame of the shared A4 template (170 mm less its padding)


def _text(value: str) -> str:
    """Client text as safe paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in value.strip().splitlines())


def _para(value: str, style: str = "Body") -> Paragraph:
    sheet = styles()
    if not value.strip():
        return Paragraph(EMPTY, sheet[style])
    return Paragraph(_text(value), sheet[style])


def _section(title: str, body: Flowable | list[Flowable]) -> Flowable:
    """A heading kept on the same page as the start of its body."""
    parts = body if isinstance(body, list) else [body]
    return KeepTogether([Paragraph(escape(title), styles()["H2"]), *parts])


def _boxed(value: str) -> Table:
    box = Table([[_para(value)]], colWidths=[WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9.5),  # else empty cells pull in Helvetica
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return box


def _header(doc: PlanDocument, cat: Catalog) -> Table:
    sheet = styles()
    plan = doc.plan
    rows = [
        (T_CLIENT, f"{doc.client_name} ({doc.client_code})"),
        (T_VERSION, str(plan.version)),
        (T_MADE_ON, document_date(plan.made_on, cat.lang)),
        (T_SPECIALIST, doc.specialist),
    ]
    data = [
        [Paragraph(escape(cat.tr(label)), sheet["CellHead"]), Paragraph(escape(v), sheet["Cell"])]
        for label, v in rows
    ]
    table = Table(data, colWidths=[45 * mm, WIDTH - 45 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9.5),  # else empty cells pull in Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _fit(labels: list[str], low: float = 22 * mm, high: float = 48 * mm) -> float:
    """A column just wide enough for its longest one-word label ("IPS-työhönvalmentaja"
    must not break mid-word), within ``low``..``high``."""
    widest = max(stringWidth(label, FONT, 9.5) for label in labels) + 14  # cell padding
    return min(max(widest, low), high)


def _steps(doc: PlanDocument, cat: Catalog) -> Flowable:
    sheet = styles()
    if not doc.plan.steps:
        return Paragraph(escape(cat.tr(T_NO_STEPS)), sheet["Body"])
    head = [
        Paragraph(escape(cat.tr(t)), sheet["CellHead"])
        for t in (T_WHAT, T_WHO, T_BY_WHEN, T_STATUS)
    ]
    data: list[list[Any]] = [head]
    for step in doc.plan.steps:
        data.append(
            [
                _para(step.what, "Cell"),
                Paragraph(escape(cat.tr(STEP_OWNER_LABELS[step.owner])), sheet["Cell"]),
                Paragraph(document_date(step.due_on, cat.lang), sheet["Cell"]),
                Paragraph(escape(cat.tr(STEP_STATUS_LABELS[step.status])), sheet["Cell"]),
            ]
        )
    who = _fit([cat.tr(STEP_OWNER_LABELS[s.owner]) for s in doc.plan.steps] + [cat.tr(T_WHO)])
    status = _fit(
        [cat.tr(STEP_STATUS_LABELS[s.status]) for s in doc.plan.steps] + [cat.tr(T_STATUS)]
    )
    when = _fit([document_date(s.due_on, cat.lang) for s in doc.plan.steps] + [cat.tr(T_BY_WHEN)])
    table = Table(data, colWidths=[WIDTH - who - when - status, who, when, status], repeatRows=1)
    table.setStyle(TableStyle(TABLE_STYLE))
    return table


def _signatures(doc: PlanDocument, cat: Catalog) -> Table:
    sheet = styles()
    small = sheet["Small"]

    def column(title: str, name: str) -> list[Any]:
        return [
            Paragraph(escape(title), sheet["CellHead"]),
            Spacer(1, 12 * mm),
            Paragraph(escape(cat.tr(T_PLACE_DATE)), small),
            Spacer(1, 13 * mm),
            Paragraph(escape(cat.tr(T_SIGNATURE)), small),
            Paragraph(escape(name), sheet["Cell"]),
        ]

    left = column(cat.tr(T_CLIENT), doc.client_name)
    right = column(cat.tr(T_SPECIALIST), doc.specialist)
    data = [[a, "", b] for a, b in zip(left, right, strict=True)]
    table = Table(data, colWidths=[76 * mm, WIDTH - 152 * mm, 76 * mm], hAlign="LEFT")
    line = colors.HexColor("#333333")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9.5),  # else empty cells pull in Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEABOVE", (0, 2), (0, 2), 0.6, line),
                ("LINEABOVE", (2, 2), (2, 2), 0.6, line),
                ("LINEABOVE", (0, 4), (0, 4), 0.6, line),
                ("LINEABOVE", (2, 4), (2, 4), 0.6, line),
            ]
        )
    )
    return table


def _story(doc: PlanDocument, cat: Catalog) -> list[Flowable]:
    sheet = styles()
    plan = doc.plan
    lang = cat.lang
    review = (
        cat.tr(T_REVIEW_ON, document_date(plan.next_review_on, lang))
        if plan.next_review_on
        else cat.tr(T_REVIEW_LATER)
    )
    review_style = sheet["Body"].clone("Review", fontName=FONT_BOLD)
    intro_style = sheet["Small"].clone("Intro", textColor=GREY, spaceBefore=6)
    return [
        Paragraph(escape(cat.tr(T_TITLE)), sheet["Title"]),
        _header(doc, cat),
        Paragraph(escape(cat.tr(T_INTRO)), intro_style),
        _section(cat.tr(T_GOAL), _boxed(plan.goal)),
        _section(cat.tr(T_STRENGTHS), _para(plan.strengths)),
        _section(cat.tr(T_PREFERENCES), _para(plan.preferences)),
        # The table may run over pages: start it where the heading and a few rows fit.
        CondPageBreak(35 * mm),
        Paragraph(escape(cat.tr(T_STEPS)), sheet["H2"]),
        _steps(doc, cat),
        _section(cat.tr(T_SUPPORT), _para(plan.support_agreed)),
        _section(cat.tr(T_MEETINGS), _para(plan.meeting_frequency)),
        _section(cat.tr(T_SHARING), _para(plan.sharing)),
        _section(cat.tr(T_BENEFITS), _para(plan.benefits)),
        # The next review and the signatures stay together: never a page of lines alone.
        KeepTogether(
            [
                Paragraph(escape(cat.tr(T_NEXT_REVIEW)), sheet["H2"]),
                Paragraph(escape(review), review_style),
                Paragraph(escape(cat.tr(T_SIGNATURES)), sheet["H2"]),
                _signatures(doc, cat),
            ]
        ),
    ]


def doc_info(doc: PlanDocument, cat: Catalog) -> DocInfo:
    """Title, author, subject, language and footer of the plan's PDF."""
    return DocInfo(
        title=cat.tr(T_DOC_TITLE, doc.client_name),
        author=doc.specialist,
        subject=cat.tr(T_SUBJECT, doc.plan.version, document_date(doc.plan.made_on, cat.lang)),
        lang=cat.lang,
        footer=doc.organisation,
        page_label=cat.tr(T_PAGE),
    )


def render_plan_pdf(doc: PlanDocument, lang: str, *, ts_dir: Path | None = None) -> bytes:
    """The plan as PDF bytes in ``lang`` (fi/sv/en); ``ts_dir`` overrides the .ts folder.

    The lines ipsdesk composed into the draft from records ("Working hours: …", a
    consent, benefits counselling) are printed in ``lang`` whatever language they were
    composed in; the client's own words are printed as typed (see
    :mod:`ipsdesk.core.domain.plan_text`).
    """
    cat = Catalog(lang, ts_dir)
    doc = replace(doc, plan=in_document(doc.plan, cat, ts_dir=ts_dir))
    out = io.BytesIO()
    build_pdf(out, doc_info(doc, cat), lambda: _story(doc, cat))
    return out.getvalue()


__all__ = ["PlanDocument", "doc_info", "render_plan_pdf"]
