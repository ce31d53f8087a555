"""The team reports as files: PDF (with the 12-week charts and a legend of the
definitions) and CSV (one tidy table that Excel opens), in Finnish, Swedish or English.

Each export is written to a temporary file beside the target and moved into place only
when complete; then ONE team-level access-log row (no client code) is written. A failed
export leaves no file and logs nothing. See ``docs/reports.md``.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session

from ipsdesk.core.dates import document_date, format_date
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Catalog, format_decimal
from ipsdesk.core.reports.definitions import FIGURES
from ipsdesk.core.reports.queries import Outcomes, TeamWeek
from ipsdesk.core.services.audit import Action, current_actor, log_access
from ipsdesk.core.team.tables import TeamIdentity

C = "TeamReport"
T_WEEK_TITLE = QT_TRANSLATE_NOOP("TeamReport", "Team week %1")
T_OUTCOMES_TITLE = QT_TRANSLATE_NOOP("TeamReport", "Outcome report %1 – %2")
T_WEEK_SUB = QT_TRANSLATE_NOOP("TeamReport", "%1, week %2 (%3 – %4). Created %5.")
T_OUTCOMES_SUB = QT_TRANSLATE_NOOP(
    "TeamReport", "%1, %2 – %3. Created %4. Specialists included: %5."
)
T_FIGURE = QT_TRANSLATE_NOOP("TeamReport", "Figure")
T_VALUE = QT_TRANSLATE_NOOP("TeamReport", "Value")
T_TARGET = QT_TRANSLATE_NOOP("TeamReport", "Target")
T_UNIT = QT_TRANSLATE_NOOP("TeamReport", "Unit")
T_DEFINITION = QT_TRANSLATE_NOOP("TeamReport", "Definition")
T_SOURCE = QT_TRANSLATE_NOOP("TeamReport", "Source")
T_WEEK = QT_TRANSLATE_NOOP("TeamReport", "Week")
T_FROM = QT_TRANSLATE_NOOP("TeamReport", "From")
T_TO = QT_TRANSLATE_NOOP("TeamReport", "To")
T_SPECIALIST = QT_TRANSLATE_NOOP("TeamReport", "Specialist")
T_TEAM = QT_TRANSLATE_NOOP("TeamReport", "Team")
T_FILE_DATE = QT_TRANSLATE_NOOP("TeamReport", "File of")
T_FILE_OLD = QT_TRANSLATE_NOOP("TeamReport", "File missing or older than the week")
T_MISSING_FILE = QT_TRANSLATE_NOOP("TeamReport", "no file")
T_YES = QT_TRANSLATE_NOOP("TeamReport", "yes")
T_NO = QT_TRANSLATE_NOOP("TeamReport", "no")
T_PERCENT = QT_TRANSLATE_NOOP("TeamReport", "%")
T_DAYS = QT_TRANSLATE_NOOP("TeamReport", "days")
T_PERSONS = QT_TRANSLATE_NOOP("TeamReport", "persons")
T_COUNT = QT_TRANSLATE_NOOP("TeamReport", "count")
T_PHASE = QT_TRANSLATE_NOOP("TeamReport", "Clients in phase %1")
T_SPECIALISTS = QT_TRANSLATE_NOOP("TeamReport", "Specialists")
T_PHASES = QT_TRANSLATE_NOOP("TeamReport", "Clients by phase")
T_FIGURES = QT_TRANSLATE_NOOP("TeamReport", "Team figures")
T_CHARTS = QT_TRANSLATE_NOOP("TeamReport", "The last 12 weeks")
T_CHART_CONTACTS = QT_TRANSLATE_NOOP("TeamReport", "Team employer contacts and target")
T_CHART_WORKING = QT_TRANSLATE_NOOP("TeamReport", "People working")
T_LEGEND = QT_TRANSLATE_NOOP("TeamReport", "Definitions")
T_BAR_KEY = QT_TRANSLATE_NOOP(
    "TeamReport", "Dark bars: all contacts · light bars: face-to-face · red line: target"
)
T_STALE = QT_TRANSLATE_NOOP("TeamReport", "Missing or old files: %1")
T_NONE_STALE = QT_TRANSLATE_NOOP("TeamReport", "Every specialist's file covers the week.")
T_PAGE = QT_TRANSLATE_NOOP("TeamReport", "Page %1 / %2")
T_TEAM_LEADER_NOTE = QT_TRANSLATE_NOOP(
    "TeamReport",
    "Results are followed at team level; the specialists' rows are for the team's own "
    "meeting, not a ranking.",
)

UNITS = {
    "employment_rate": T_PERCENT,
    "employment_rate_no_subsidy": T_PERCENT,
    "employment_rate_out_of_work": T_PERCENT,
    "in_work_at_referral": T_PERCENT,
    "smi_rate": T_PERCENT,
    "other_rate": T_PERCENT,
    "median_days_first": T_DAYS,
}
COUNT_KEYS = {"employer_contacts", "face_to_face", "job_starts", "job_ends", "jobs_started",
              "jobs_started_open", "first_contacts", "first_within_30"}  # fmt: skip

Words = Callable[..., str]


def unit_of(key: str) -> Any:
    if key in UNITS:
        return UNITS[key]
    return T_COUNT if key in COUNT_KEYS else T_PERSONS


def number(value: int | float | None, key: str, lang: str) -> str:
    """A figure as written in the document: rates in per cent with one decimal, the
    median with at most one decimal, counts as integers; decimal comma in fi/sv."""
    if value is None:
        return ""
    if UNITS.get(key) is T_PERCENT:
        return format_decimal(value * 100, lang, 1, whole=False)
    return format_decimal(float(value), lang, 1)


def team_name(session: Session) -> str:
    ident = session.get(TeamIdentity, 1)
    return ident.team_name if ident is not None else ""


def week_targets(report: TeamWeek) -> dict[str, int]:
    return {
        "caseload": sum(m.caseload_target for m in report.members),
        "employer_contacts": sum(m.contact_target for m in report.members),
        "face_to_face": sum(m.contact_target for m in report.members),
        "follow_along_done": int(report.figures["follow_along_due"] or 0),
    }


# -- CSV -------------------------------------------------------------------------------


def _csv_text(header: list[str], rows: list[list[str]], lang: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if lang in ("fi", "sv") else ",", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")  # the BOM tells Excel it is UTF-8


def week_csv(report: TeamWeek, lang: str) -> bytes:
    """One row per figure: the team's first, then each specialist's (week, specialist,
    figure, value, unit, target, file date, file missing or old, definition, source)."""
    cat = Catalog(lang)
    tr = cat.tr
    header = [tr(T_WEEK), tr(T_SPECIALIST), tr(T_FIGURE), tr(T_VALUE), tr(T_UNIT),
              tr(T_TARGET), tr(T_FILE_DATE), tr(T_FILE_OLD), tr(T_DEFINITION), tr(T_SOURCE)]  # fmt: skip
    targets = week_targets(report)
    rows: list[list[str]] = []
    team = tr(T_TEAM)

    def row(who: str, key: str, label: str, value: Any, target: Any, fdate: str, old: str) -> None:
        d = FIGURES[key]
        rows.append([report.code, who, label, number(value, key, lang), tr(unit_of(key)),
                     number(target, key, lang), fdate, old, tr(d.note), tr(d.source)])  # fmt: skip

    for key, value in report.figures.items():
        row(team, key, tr(FIGURES[key].label), value, targets.get(key), "", "")
    for phase, n in sorted(report.phases.items()):
        row(team, "phase", tr(T_PHASE, phase), n, None, "", "")
    for m in report.members:
        fdate = format_date(m.file_date) if m.file_date else tr(T_MISSING_FILE)
        old = tr(T_YES if m.stale else T_NO)
        row(m.name, "caseload", tr(FIGURES["caseload"].label), m.caseload, m.caseload_target,
            fdate, old)  # fmt: skip
        row(m.name, "employer_contacts", tr(FIGURES["employer_contacts"].label), m.contacts,
            m.contact_target, fdate, old)  # fmt: skip
        row(m.name, "face_to_face", tr(FIGURES["face_to_face"].label), m.face_to_face,
            m.contact_target, fdate, old)  # fmt: skip
    return _csv_text(header, rows, lang)


def outcomes_csv(report: Outcomes, lang: str) -> bytes:
    """One row per figure (from, to, figure, value, unit, definition, source)."""
    tr = Catalog(lang).tr
    header = [tr(T_FROM), tr(T_TO), tr(T_FIGURE), tr(T_VALUE), tr(T_UNIT), tr(T_DEFINITION),
              tr(T_SOURCE)]  # fmt: skip
    rows = [
        [
            format_date(report.start),
            format_date(report.end),
            tr(FIGURES[key].label),
            number(value, key, lang),
            tr(unit_of(key)),
            tr(FIGURES[key].note),
            tr(FIGURES[key].source),
        ]  # fmt: skip
        for key, value in report.figures.items()
    ]
    return _csv_text(header, rows, lang)


# -- PDF -------------------------------------------------------------------------------


def _charts(report: TeamWeek, tr: Words) -> list[Any]:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    from ipsdesk.core.export.pdf import FONT

    labels = [f"{p.week}" for p in report.series]

    def frame(title: str) -> Drawing:
        d = Drawing(460, 150)
        d.add(String(0, 138, title, fontName=FONT, fontSize=10))
        return d

    contacts = frame(tr(T_CHART_CONTACTS))
    contacts.add(String(0, 2, tr(T_BAR_KEY), fontName=FONT, fontSize=7.5))
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = 30, 28, 420, 100
    bars.data = [[p.contacts for p in report.series], [p.face_to_face for p in report.series]]
    bars.bars[0].fillColor = colors.HexColor("#4C78A8")
    bars.bars[1].fillColor = colors.HexColor("#9ECAE9")
    top = max([p.target for p in report.series] + [p.contacts for p in report.series] + [1])
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = top * 1.15
    bars.categoryAxis.categoryNames = labels
    for axis in (bars.valueAxis, bars.categoryAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7.5
    contacts.add(bars)
    target = HorizontalLineChart()
    target.x, target.y, target.width, target.height = bars.x, bars.y, bars.width, bars.height
    target.data = [[p.target for p in report.series]]
    target.valueAxis.valueMin, target.valueAxis.valueMax = 0, top * 1.15
    target.valueAxis.visible = False
    target.categoryAxis.visible = False
    target.lines[0].strokeColor = colors.HexColor("#D62728")
    target.lines[0].strokeWidth = 1.5
    contacts.add(target)
    working = frame(tr(T_CHART_WORKING))
    line = HorizontalLineChart()
    line.x, line.y, line.width, line.height = 30, 20, 420, 105
    line.data = [[p.working for p in report.series]]
    line.valueAxis.valueMin = 0
    line.valueAxis.valueMax = max([p.working for p in report.series] + [1]) * 1.2
    line.categoryAxis.categoryNames = labels
    for axis in (line.valueAxis, line.categoryAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7.5
    line.lines[0].strokeColor = colors.HexColor("#2CA02C")
    line.lines[0].strokeWidth = 2
    working.add(line)
    return [contacts, working]


def _legend(keys: list[str], tr: Words) -> list[Any]:
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    from ipsdesk.core.export.pdf import styles

    st = styles()
    out: list[Any] = [Paragraph(escape(tr(T_LEGEND)), st["H2"])]
    for key in keys:
        d = FIGURES[key]
        text = f"<b>{escape(tr(d.label))}</b>: {escape(tr(d.note))} ({escape(tr(d.source))})"
        out.append(Paragraph(text, st["Small"]))
    return out


def _grid(rows: list[list[str]], widths: list[float]) -> Any:
    from xml.sax.saxutils import escape

    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    from ipsdesk.core.export.pdf import TABLE_STYLE, styles

    st = styles()
    cells = [
        [Paragraph(escape(c), st["CellHead" if i == 0 else "Cell"]) for c in row]
        for i, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(TableStyle(TABLE_STYLE))
    return table


def week_pdf(target: Path | Any, report: TeamWeek, *, lang: str, team: str, author: str,
             today: date) -> None:  # fmt: skip
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph, Spacer

    from ipsdesk.core.export.pdf import DocInfo, build_pdf, styles

    tr = Catalog(lang).tr
    st = styles()
    title = tr(T_WEEK_TITLE, report.code)
    targets = week_targets(report)

    def story() -> list[Any]:
        sub = tr(T_WEEK_SUB, team or tr(T_TEAM), report.week, document_date(report.start, lang),
                 document_date(report.end, lang), document_date(today, lang))  # fmt: skip
        out: list[Any] = [
            Paragraph(escape(title), st["Title"]),
            Paragraph(escape(sub), st["Subtitle"]),
        ]
        out.append(Paragraph(escape(tr(T_FIGURES)), st["H2"]))
        rows = [[tr(T_FIGURE), tr(T_VALUE), tr(T_TARGET)]]
        for key, value in report.figures.items():
            rows.append([tr(FIGURES[key].label), number(value, key, lang),
                         number(targets.get(key), key, lang)])  # fmt: skip
        out.append(_grid(rows, [100, 30, 30]))
        out.append(Paragraph(escape(tr(T_PHASES)), st["H2"]))
        out.append(_grid([[tr(T_PHASE, p) for p in sorted(report.phases)],
                          [str(n) for _, n in sorted(report.phases.items())]], [34] * 5))  # fmt: skip
        out.append(Paragraph(escape(tr(T_CHARTS)), st["H2"]))
        out.extend(_charts(report, tr))
        out.append(Paragraph(escape(tr(T_SPECIALISTS)), st["H2"]))
        out.append(Paragraph(escape(tr(T_TEAM_LEADER_NOTE)), st["Small"]))
        mrows = [[tr(T_SPECIALIST), tr(FIGURES["caseload"].label),
                  tr(FIGURES["employer_contacts"].label), tr(FIGURES["face_to_face"].label),
                  tr(T_FILE_DATE)]]  # fmt: skip
        for m in report.members:
            fdate = format_date(m.file_date) if m.file_date else tr(T_MISSING_FILE)
            if m.stale:
                fdate += " ⚠"
            mrows.append([m.name, f"{m.caseload} / {m.caseload_target}",
                          f"{m.contacts} / {m.contact_target}", str(m.face_to_face), fdate])  # fmt: skip
        out.append(_grid(mrows, [44, 30, 38, 36, 22]))
        stale = [m.name for m in report.missing]
        text = tr(T_STALE, ", ".join(stale)) if stale else tr(T_NONE_STALE)
        out.append(Spacer(1, 4))
        out.append(Paragraph(escape(text), st["Body"]))
        out.extend(_legend([*report.figures, "phase"], tr))
        return out

    info = DocInfo(title=title, author=author, subject=team, lang=lang, page_label=tr(T_PAGE))
    build_pdf(target, info, story)


def outcomes_pdf(target: Path | Any, report: Outcomes, *, lang: str, team: str, author: str,
                 today: date) -> None:  # fmt: skip
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    from ipsdesk.core.export.pdf import DocInfo, build_pdf, styles

    cat = Catalog(lang)
    tr = cat.tr
    st = styles()
    start, end = document_date(report.start, lang), document_date(report.end, lang)
    title = tr(T_OUTCOMES_TITLE, format_date(report.start), format_date(report.end))

    def story() -> list[Any]:
        sub = cat.tr(
            T_OUTCOMES_SUB,
            team or tr(T_TEAM),
            start,
            end,
            document_date(today, lang),
            report.members,
        )
        out: list[Any] = [
            Paragraph(escape(title), st["Title"]),
            Paragraph(escape(sub), st["Subtitle"]),
        ]
        rows = [[tr(T_FIGURE), tr(T_VALUE), tr(T_UNIT)]]
        for key, value in report.figures.items():
            rows.append([tr(FIGURES[key].label), number(value, key, lang), tr(unit_of(key))])
        out.append(_grid(rows, [110, 30, 30]))
        if report.stale:
            out.append(Paragraph(escape(tr(T_STALE, ", ".join(report.stale))), st["Body"]))
        out.extend(_legend(list(report.figures), tr))
        return out

    info = DocInfo(title=title, author=author, subject=team, lang=lang, page_label=tr(T_PAGE))
    build_pdf(target, info, story)


# -- writing and logging ------------------------------------------------------------------


def _write_atomic(target: Path, write: Callable[[Any], None]) -> None:
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=".ipsdesk-", suffix=target.suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def kind_of(target: Path) -> str:
    suffix = Path(target).suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise ValueError(f"not a .pdf or .csv file: {Path(target).name}")
    return suffix[1:]


def export_week(session: Session, report: TeamWeek, target: Path, *, lang: str,
                today: date | None = None, team: str | None = None,
                detail: str | None = None) -> Path:  # fmt: skip
    """Write the weekly summary to ``target`` (.pdf or .csv) and log it (team level).

    ``team`` names the teams in the heading (default: this store's team); ``detail`` is
    the access log's detail (default: the week, the format and the language)."""
    kind = kind_of(target)
    if kind == "csv":
        data = week_csv(report, lang)
        _write_atomic(target, lambda fh: fh.write(data))
    else:
        heading, author = team_name(session) if team is None else team, current_actor(session)
        _write_atomic(target, lambda fh: week_pdf(fh, report, lang=lang, team=heading,
                                                   author=author, today=today or date.today()))  # fmt: skip
    detail = detail or f"team week report {report.code} {kind.upper()} {lang}"
    log_access(session, "", Action.EXPORT, detail=detail)
    session.commit()
    return Path(target)


def export_outcomes(session: Session, report: Outcomes, target: Path, *, lang: str,
                    today: date | None = None, team: str | None = None,
                    detail: str | None = None) -> Path:  # fmt: skip
    """Write the period outcome report to ``target`` (.pdf or .csv) and log it
    (``team`` and ``detail`` as for :func:`export_week`)."""
    kind = kind_of(target)
    if kind == "csv":
        data = outcomes_csv(report, lang)
        _write_atomic(target, lambda fh: fh.write(data))
    else:
        heading, author = team_name(session) if team is None else team, current_actor(session)
        _write_atomic(target, lambda fh: outcomes_pdf(fh, report, lang=lang, team=heading,
                                                       author=author, today=today or date.today()))  # fmt: skip
    period = f"{report.start.isoformat()}..{report.end.isoformat()}"
    detail = detail or f"team outcome report {period} {kind.upper()} {lang}"
    log_access(session, "", Action.EXPORT, detail=detail)
    session.commit()
    return Path(target)


def write_week(session: Session, iso_year: int, week: int, target: Path, *, lang: str) -> Path:
    """Build the weekly summary and export it (one call for a background job)."""
    from ipsdesk.core.reports.queries import team_week

    return export_week(session, team_week(session, iso_year, week), Path(target), lang=lang)


def write_outcomes(session: Session, start: date, end: date, target: Path, *, lang: str) -> Path:
    """Build the period outcome report and export it (one call for a background job)."""
    from ipsdesk.core.reports.queries import outcomes

    return export_outcomes(session, outcomes(session, start, end), Path(target), lang=lang)
