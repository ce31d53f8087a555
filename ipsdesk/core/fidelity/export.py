"""A fidelity review as PDF (for the team meeting and the county) and as CSV (for Excel).

The PDF: period, reviewer, total and band, the section totals, the 25 items by section
with the proposed and the given score (an overruled one marked, the mark explained
under the table), the computed figure and the number of cases it rests on, the
reviewer's notes; for the items counted per specialist (1 caseload, 17 employer
contacts) of a team, each specialist's figure against the target (specialists are named:
they are the team's members, not clients); the chart of earlier reviews' totals (reportlab
graphics) and the thresholds behind the proposals. The CSV is one table: UTF-8 with
a BOM, ``;`` and decimal comma in Finnish and Swedish (Excel in those locales splits
on ``;``), ``,`` and a point in English. Both hold figures only, never client codes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from ipsdesk.core.dates import document_date, format_date
from ipsdesk.core.export.pdf import FONT, TABLE_STYLE, DocInfo, build_pdf, styles
from ipsdesk.core.fidelity.items import (
    BAND_LABELS,
    BY_NUMBER,
    ITEMS,
    MAX_TOTAL,
    SECTION_LABELS,
    Section,
)
from ipsdesk.core.fidelity.thresholds import THRESHOLDS
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Catalog, format_decimal

if TYPE_CHECKING:  # reviews imports this module to write its exports
    from ipsdesk.core.fidelity.reviews import Review, ReviewSummary

T_TITLE = QT_TRANSLATE_NOOP("FidelityExport", "Fidelity self-review")
T_PERIOD = QT_TRANSLATE_NOOP("FidelityExport", "Period %1–%2")
T_REVIEWER = QT_TRANSLATE_NOOP("FidelityExport", "Reviewer: %1")
T_TOTAL = QT_TRANSLATE_NOOP("FidelityExport", "Total: %1 / %2 points")
T_SCORED = QT_TRANSLATE_NOOP(
    "FidelityExport", "%1 of %2 items scored; the band is given when all are scored."
)
T_SECTION_TOTAL = QT_TRANSLATE_NOOP("FidelityExport", "%1: %2 / %3")
T_NO = QT_TRANSLATE_NOOP("FidelityExport", "No.")
T_ITEM = QT_TRANSLATE_NOOP("FidelityExport", "Item")
T_PROPOSED = QT_TRANSLATE_NOOP("FidelityExport", "Proposed")
T_SCORE = QT_TRANSLATE_NOOP("FidelityExport", "Score")
T_FIGURE = QT_TRANSLATE_NOOP("FidelityExport", "Figure (cases)")
T_NOTE = QT_TRANSLATE_NOOP("FidelityExport", "Note")
T_NOT_ENOUGH = QT_TRANSLATE_NOOP("FidelityExport", "not enough data")
T_OVERRULED = QT_TRANSLATE_NOOP("FidelityExport", "overruled")
T_HISTORY = QT_TRANSLATE_NOOP("FidelityExport", "Earlier reviews")
T_HISTORY_NONE = QT_TRANSLATE_NOOP("FidelityExport", "This is the first saved review.")
T_THRESHOLDS = QT_TRANSLATE_NOOP("FidelityExport", "Thresholds behind the proposals")
T_MEASURE = QT_TRANSLATE_NOOP("FidelityExport", "Figure")
T_BANDS = QT_TRANSLATE_NOOP("FidelityExport", "5 / 4 / 3 / 2 / 1")
T_MIN = QT_TRANSLATE_NOOP("FidelityExport", "Fewest cases")
T_SOURCE = QT_TRANSLATE_NOOP("FidelityExport", "Source")
T_PAGE = QT_TRANSLATE_NOOP("FidelityExport", "Page %1 / %2")
T_SECTION = QT_TRANSLATE_NOOP("FidelityExport", "Section")
T_OVERRULED_COL = QT_TRANSLATE_NOOP("FidelityExport", "Overruled")
T_CASES = QT_TRANSLATE_NOOP("FidelityExport", "Cases")
T_YES = QT_TRANSLATE_NOOP("FidelityExport", "yes")
T_NO_WORD = QT_TRANSLATE_NOOP("FidelityExport", "no")
T_BAND = QT_TRANSLATE_NOOP("FidelityExport", "Band")
T_OVERRULED_MARK = QT_TRANSLATE_NOOP(
    "FidelityExport", "* overruled: the score differs from the proposal; the reason is in the note."
)
T_PER_SPECIALIST = QT_TRANSLATE_NOOP("FidelityExport", "%1. %2, per specialist")
T_SPECIALIST = QT_TRANSLATE_NOOP("FidelityExport", "Specialist")
T_VS_TARGET = QT_TRANSLATE_NOOP("FidelityExport", "vs target (%1)")
T_MEETS = QT_TRANSLATE_NOOP("FidelityExport", "meets the target")
T_ABOVE = QT_TRANSLATE_NOOP("FidelityExport", "%1 above")
T_BELOW = QT_TRANSLATE_NOOP("FidelityExport", "%1 below")
T_RECOMPUTED = QT_TRANSLATE_NOOP(
    "FidelityExport",
    "Computed again from the records at the export; the figures above are those of the saving.",
)
PER_SPECIALIST = (1, 17)  # the items counted per specialist
T_OWN = QT_TRANSLATE_NOOP("FidelityExport", "Scope: own clients")
T_TEAM = QT_TRANSLATE_NOOP("FidelityExport", "Scope: the whole team (the members' team files)")
SCOPE_LABELS = {"own": T_OWN, "team": T_TEAM}

GREY = colors.HexColor("#666666")
WIDTH = 165 * mm


def _num(x: float | None, lang: str) -> str:
    return "" if x is None else format_decimal(x, lang, 1)


def _figure(review: Review, number: int, cat: Catalog, lang: str) -> str:
    s = review.scores[number]
    t = THRESHOLDS.get(number)
    if t is None:
        return ""
    if s.proposed is None:
        return cat.tr(T_NOT_ENOUGH) + (f" (n = {s.basis_count})" if s.basis_count else "")
    unit = f" {t.unit}" if t.unit else ""
    return f"{_num(s.figure, lang)}{unit} (n = {s.basis_count})"


def _per_specialist(review: Review, number: int, cat: Catalog, lang: str) -> list[Flowable]:
    """A small table of each specialist's figure against the target (the bound of score
    5) for an item counted per specialist; nothing when fewer than two specialists."""
    result = review.results.get(number)
    t = THRESHOLDS[number]
    if result is None or len(result.per_specialist) < 2:
        return []
    st = styles()
    small = st["Small"]
    target = t.range_text(5)
    head = [cat.tr(T_SPECIALIST), cat.tr(T_FIGURE), cat.tr(T_SCORE), cat.tr(T_VS_TARGET, target)]
    rows: list[list[object]] = [[Paragraph(escape(h), st["CellHead"]) for h in head]]
    unit = f" {t.unit}" if t.unit else ""
    for p in result.per_specialist:
        gap = p.figure - t.bounds[0]
        if t.score(p.figure) == 5:
            versus = cat.tr(T_MEETS)
        else:
            versus = cat.tr(T_ABOVE if gap > 0 else T_BELOW, _num(round(abs(gap), 1), lang) + unit)
        rows.append(
            [
                Paragraph(escape(p.name), small),
                f"{_num(p.figure, lang)}{unit} (n = {p.count})",
                str(t.score(p.figure)),
                Paragraph(escape(versus), small),
            ]
        )
    table = Table(rows, colWidths=[55 * mm, 34 * mm, 20 * mm, 56 * mm], repeatRows=1)
    table.setStyle(TableStyle([*TABLE_STYLE, ("FONT", (0, 1), (-1, -1), FONT, 8)]))
    title = cat.tr(T_PER_SPECIALIST, number, cat.tr(BY_NUMBER[number].name))
    out: list[Flowable] = [
        Spacer(1, 3 * mm),
        CondPageBreak(30 * mm),
        Paragraph(f"<b>{escape(title)}</b>", st["Body"]),
        table,
    ]
    if review.id is not None:
        out.append(Paragraph(escape(cat.tr(T_RECOMPUTED)), small))
    return out


def _chart(history: Sequence[ReviewSummary], cat: Catalog) -> Drawing:
    """Totals over time and per section (lines), newest review last."""
    drawing = Drawing(WIDTH, 62 * mm)
    chart = HorizontalLineChart()
    chart.x, chart.y = 12 * mm, 12 * mm
    chart.width, chart.height = WIDTH - 55 * mm, 45 * mm
    series = [[r.total for r in history]]
    names = [cat.tr(QT_TRANSLATE_NOOP("FidelityExport", "Total"))]
    for section in Section:
        series.append([r.sections[section] for r in history])
        names.append(cat.tr(SECTION_LABELS[section]))
    chart.data = series
    chart.categoryAxis.categoryNames = [format_date(r.end) for r in history]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = MAX_TOTAL
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    palette = [colors.HexColor(c) for c in ("#1F4E79", "#C55A11", "#548235", "#7F6000")]
    for i, colour in enumerate(palette):
        chart.lines[i].strokeColor = colour
        chart.lines[i].strokeWidth = 2 if i == 0 else 1
    drawing.add(chart)
    for i, (name, colour) in enumerate(zip(names, palette, strict=True)):
        y = 52 * mm - i * 6 * mm
        label = String(WIDTH - 40 * mm, y, name, fontName=FONT, fontSize=8, fillColor=colour)
        drawing.add(label)
    return drawing


def story(review: Review, history: Sequence[ReviewSummary], lang: str) -> list[Flowable]:
    cat = Catalog(lang)
    st = styles()
    small = st["Small"]
    head_style = ParagraphStyle("FidelityHead", parent=st["CellHead"], fontSize=8.5, leading=11)
    out: list[Flowable] = [
        Paragraph(escape(cat.tr(T_TITLE)), st["Title"]),
        Paragraph(
            escape(
                cat.tr(T_PERIOD, document_date(review.start, lang), document_date(review.end, lang))
            ),
            st["Subtitle"],
        ),
    ]
    out.append(Paragraph(escape(cat.tr(SCOPE_LABELS.get(review.scope, T_OWN))), st["Body"]))
    if review.reviewer:
        out.append(Paragraph(escape(cat.tr(T_REVIEWER, review.reviewer)), st["Body"]))
    total = cat.tr(T_TOTAL, review.total, MAX_TOTAL)
    if review.band is not None:
        total += " – " + cat.tr(BAND_LABELS[review.band])
    out.append(Paragraph(f"<b>{escape(total)}</b>", st["Body"]))
    if not review.complete:
        out.append(Paragraph(escape(cat.tr(T_SCORED, review.scored, len(ITEMS))), small))
    sections = "; ".join(
        cat.tr(T_SECTION_TOTAL, cat.tr(SECTION_LABELS[s]), *review.section_total(s))
        for s in Section
    )
    out.append(Paragraph(escape(sections), st["Body"]))
    if review.note:
        out.append(Paragraph(escape(review.note), st["Body"]))
    head = [cat.tr(x) for x in (T_NO, T_ITEM, T_PROPOSED, T_SCORE, T_FIGURE, T_NOTE)]
    widths = [11 * mm, 44 * mm, 19 * mm, 18 * mm, 34 * mm, 39 * mm]
    for section in Section:
        rows: list[list[object]] = [[Paragraph(escape(h), head_style) for h in head]]
        for item in (i for i in ITEMS if i.section is section):
            s = review.scores[item.number]
            score = "" if s.score is None else f"<b>{s.score}</b>"
            if s.overruled:
                score += " *"  # explained under the table
            rows.append(
                [
                    str(item.number),
                    Paragraph(escape(cat.tr(item.name)), st["Cell"]),
                    "" if s.proposed is None else str(s.proposed),
                    Paragraph(score, small),
                    Paragraph(escape(_figure(review, item.number, cat, lang)), st["Cell"]),
                    Paragraph(escape(s.note), st["Cell"]),
                ]
            )
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(TABLE_STYLE))
        points, top = review.section_total(section)
        out += [
            Paragraph(escape(f"{cat.tr(SECTION_LABELS[section])} ({points} / {top})"), st["H2"]),
            table,
        ]
        numbers = [i.number for i in ITEMS if i.section is section]
        if any(review.scores[n].overruled for n in numbers):
            out.append(Paragraph(escape(cat.tr(T_OVERRULED_MARK)), small))
        for number in (n for n in numbers if n in PER_SPECIALIST):
            out += _per_specialist(review, number, cat, lang)
    out.append(Paragraph(escape(cat.tr(T_HISTORY)), st["H2"]))
    if len(history) > 1:
        out.append(_chart(history, cat))
    else:
        out.append(Paragraph(escape(cat.tr(T_HISTORY_NONE)), st["Body"]))
    rows = [
        [
            Paragraph(escape(cat.tr(h)), head_style)
            for h in (T_NO, T_MEASURE, T_BANDS, T_MIN, T_SOURCE)
        ]
    ]
    for number, t in THRESHOLDS.items():
        bands = " / ".join(t.range_text(score) for score in (5, 4, 3, 2, 1))
        rows.append(
            [
                str(number),
                Paragraph(escape(cat.tr(t.measure)), small),
                Paragraph(escape(bands), small),
                Paragraph(escape(f"{t.minimum} ({cat.tr(t.counted)})"), small),
                Paragraph(
                    escape(cat.tr(t.source) + (f" {cat.tr(t.note)}" if t.note else "")), small
                ),
            ]
        )
    table = Table(rows, colWidths=[11 * mm, 43 * mm, 40 * mm, 25 * mm, 46 * mm], repeatRows=1)
    table.setStyle(TableStyle([*TABLE_STYLE, ("FONT", (0, 1), (-1, -1), FONT, 8)]))
    out += [
        Spacer(1, 4 * mm),
        CondPageBreak(60 * mm),  # the heading never alone at the foot of a page
        Paragraph(escape(cat.tr(T_THRESHOLDS)), st["H2"]),
        table,
    ]
    return out


def write_pdf(
    target: Path | io.BytesIO, review: Review, history: Sequence[ReviewSummary], lang: str
) -> None:
    cat = Catalog(lang)
    info = DocInfo(
        title=cat.tr(T_TITLE),
        author=review.reviewer,
        subject=cat.tr(T_PERIOD, format_date(review.start), format_date(review.end)),
        lang=lang,
        page_label=cat.tr(T_PAGE),
    )
    build_pdf(target, info, lambda: story(review, history, lang))


def csv_text(review: Review, lang: str) -> str:
    cat = Catalog(lang)
    delimiter = ";" if lang in ("fi", "sv") else ","
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    head = (
        T_SECTION,
        T_NO,
        T_ITEM,
        T_PROPOSED,
        T_SCORE,
        T_OVERRULED_COL,
        T_MEASURE,
        T_CASES,
        T_NOTE,
    )
    writer.writerow([cat.tr(h) for h in head])
    for item in ITEMS:
        s = review.scores[item.number]
        writer.writerow(
            [
                cat.tr(SECTION_LABELS[item.section]),
                item.number,
                cat.tr(item.name),
                "" if s.proposed is None else s.proposed,
                "" if s.score is None else s.score,
                cat.tr(T_YES) if s.overruled else cat.tr(T_NO_WORD),
                _num(s.figure, lang),
                "" if s.basis_count is None else s.basis_count,
                s.note,
            ]
        )
    band = cat.tr(BAND_LABELS[review.band]) if review.band is not None else ""
    writer.writerow(
        [
            "",
            "",
            cat.tr(QT_TRANSLATE_NOOP("FidelityExport", "Total")),
            "",
            review.total,
            "",
            "",
            "",
            band,
        ]
    )
    return out.getvalue()


def write_csv(target: Path, review: Review, lang: str) -> None:
    target.write_bytes(b"\xef\xbb\xbf" + csv_text(review, lang).encode("utf-8"))
