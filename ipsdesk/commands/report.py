"""Report subcommands: ``report week`` prints the weekly employer-contact counter and the
due list, so the numbers of the week view can be checked without the GUI;
``report team-week`` and ``report outcomes`` write the team leader's weekly team summary
and period outcome report (issue 13) as PDF or CSV."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ipsdesk.commands.common import (
    CommandError,
    document_language,
    run,
    say,
    store_session,
    tr,
)
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP

NOT_A_DATE = QT_TRANSLATE_NOOP("Commands", "--today: not a date (YYYY-MM-DD): %1")
NOT_PDF_CSV = QT_TRANSLATE_NOOP("Commands", "--out: give a .pdf or .csv file, not %1")
NOT_A_DAY = QT_TRANSLATE_NOOP("Commands", "%1: not a date (YYYY-MM-DD): %2")
TO_BEFORE_FROM = QT_TRANSLATE_NOOP("Commands", "--to is before --from")
WROTE = QT_TRANSLATE_NOOP("Commands", "Written: %1")
TEAM_NEEDS_HUB = QT_TRANSLATE_NOOP(
    "Commands", "--team chooses teams on the team hub: give --hub as well."
)
NOT_A_WEEK = QT_TRANSLATE_NOOP(
    "Commands",
    "--week: %1 is not a week of the calendar; write an ISO week like 2026-W47 (a year has "
    "52 or 53 weeks).",
)
EMPTY_WEEK = QT_TRANSLATE_NOOP(
    "Commands", "--week: give an ISO week (YYYY-Www, e.g. 2026-W47), or leave the option out"
)
WEEK_HEAD = QT_TRANSLATE_NOOP("Commands", "Week %1 (%2 – %3)")
CONTACTS = QT_TRANSLATE_NOOP("Commands", "Employer contacts: %1 / target %2 (%3)")
MET = QT_TRANSLATE_NOOP("Commands", "target met")
NOT_MET = QT_TRANSLATE_NOOP("Commands", "target not met")
FACE = QT_TRANSLATE_NOOP("Commands", "face-to-face: %1")
OTHER = QT_TRANSLATE_NOOP("Commands", "other: %1")
DUE_HEAD = QT_TRANSLATE_NOOP("Commands", "Due as of %1: %2")
OVERDUE = QT_TRANSLATE_NOOP("Commands", "OVERDUE")
DUE = QT_TRANSLATE_NOOP("Commands", "due")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "report", help="print reports (the week's employer contacts and what is due)"
    )
    reports = p.add_subparsers(dest="report", metavar="REPORT", required=True)
    w = reports.add_parser(
        "week", help="employer contacts of an ISO week against the target, and what is due"
    )
    w.add_argument(
        "--week", metavar="YYYY-Www", help="ISO week, e.g. 2026-W47 (default: this week)"
    )
    w.add_argument("--format", choices=("text", "csv", "json"), default="text")
    w.add_argument(
        "--today", metavar="YYYY-MM-DD", help="compute the due list as of this day (default: today)"
    )
    # Also accepted after the subcommand; SUPPRESS keeps a global value from being overwritten.
    w.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="read the passphrase (or recovery key) from FILE instead of asking",
    )
    w.set_defaults(func=cmd_week)
    t = reports.add_parser(
        "team-week", help="the team's weekly meeting figures of an ISO week, as PDF or CSV"
    )
    t.add_argument("--week", metavar="YYYY-Www", help="ISO week (default: this week)")
    _file_args(t)
    t.set_defaults(func=cmd_team_week)
    o = reports.add_parser(
        "outcomes", help="the team's period outcome report (any date range), as PDF or CSV"
    )
    o.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    o.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    _file_args(o)
    o.set_defaults(func=cmd_outcomes)


def _file_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, metavar="FILE.pdf|FILE.csv", help="file to write")
    p.add_argument(
        "--lang",
        dest="doc_lang",  # the global --lang is the language of the messages (and default)
        choices=("fi", "sv", "en"),
        help="document language (default: the global --lang, else the UI's)",
    )
    p.add_argument(
        "--passphrase-file", metavar="FILE", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    p.add_argument(
        "--hub", action="store_true",
        help="report from the team hub set up in this store (ipsdesk hub setup) instead of "
        "this store's team data: every team the hub account may read (the whole county for "
        "the coordinator), or the teams given by --team",
    )  # fmt: skip
    p.add_argument(
        "--team", dest="teams", action="append", default=[], metavar="TEAM_ID",
        help="with --hub: report this team only (repeat for several teams)",
    )  # fmt: skip


def _out(args: argparse.Namespace) -> Path:
    from ipsdesk.commands.plan import _check_output

    out = Path(args.out).expanduser().absolute()
    if out.suffix.lower() not in (".pdf", ".csv"):
        raise CommandError(NOT_PDF_CSV, out.name)
    _check_output(out)
    return out


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CommandError(NOT_A_DAY, option, text) from exc


def _team_report(args: argparse.Namespace, build: Any, write: Any, hub_detail: str) -> int:
    """Build a team report (``build(db, scope)``) on this store or, with ``--hub``, on
    the team hub, and write it; the export is logged in this store's access log."""
    from ipsdesk.core.reports.queries import ALL

    if args.teams and not args.hub:
        raise CommandError(TEAM_NEEDS_HUB)
    out = _out(args)
    with store_session(args) as session:
        lang = document_language(args, session)
        if not args.hub:
            write(session, build(session, ALL), out, lang=lang)
        else:
            from ipsdesk.core.hub import config
            from ipsdesk.core.hub import reports as hub_reports
            from ipsdesk.core.i18n import Catalog

            result = hub_reports.run_report(config.load(session), build, args.teams)
            heading = hub_reports.label(result, Catalog(lang).tr)
            write(session, result.report, out, lang=lang, team=heading, detail=hub_detail)
    say(args, WROTE, out)
    return 0


@run
def cmd_team_week(args: argparse.Namespace) -> int:
    from ipsdesk.core.hub.reports import WEEK_DETAIL
    from ipsdesk.core.reports import export, queries
    from ipsdesk.core.services import week

    try:
        year, number = week.parse_week(args.week) if args.week else week.current_week(date.today())
    except ValueError as exc:
        raise CommandError(NOT_A_WEEK, args.week) from exc
    return _team_report(
        args,
        lambda db, scope: queries.team_week(db, year, number, scope),
        export.export_week,
        WEEK_DETAIL,
    )


@run
def cmd_outcomes(args: argparse.Namespace) -> int:
    from ipsdesk.core.hub.reports import OUTCOMES_DETAIL
    from ipsdesk.core.reports import export, queries

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if end < start:
        raise CommandError(TO_BEFORE_FROM)
    return _team_report(
        args,
        lambda db, scope: queries.outcomes(db, start, end, scope),
        export.export_outcomes,
        OUTCOMES_DETAIL,
    )


def _report(args: argparse.Namespace) -> dict[str, Any]:
    from ipsdesk.core.services import due, week

    try:
        today = date.fromisoformat(args.today) if args.today is not None else date.today()
    except ValueError as exc:
        raise CommandError(NOT_A_DATE, args.today) from exc
    if args.week is not None and not args.week.strip():
        raise CommandError(EMPTY_WEEK)
    try:
        year, number = week.parse_week(args.week) if args.week else week.current_week(today)
    except ValueError as exc:
        raise CommandError(NOT_A_WEEK, args.week) from exc
    with store_session(args) as session:
        summary = week.week_summary(session, year, number)
        items = due.due_list(session, today=today)
    return {
        "week": {
            "week": summary.code,
            "start": summary.start.isoformat(),
            "end": summary.end.isoformat(),
            "contacts": summary.contacts,
            "face_to_face": summary.face_to_face,
            "other": summary.other,
            "target": summary.target,
            "met": summary.met,
        },
        "today": today.isoformat(),
        "due": [
            {
                "kind": item.kind.value,
                "label": item.label.text,
                "label_local": tr(args, item.label),
                "due_on": item.due_on.isoformat(),
                "overdue": item.overdue,
                "client_code": item.client_code,
                "client_name": item.client_name,
                "employer": item.employer_name,
                "detail": item.detail,
            }
            for item in items
        ],
    }


def _text(args: argparse.Namespace, data: dict[str, Any]) -> str:
    w = data["week"]
    met = tr(args, MET if w["met"] else NOT_MET)
    lines = [
        tr(args, WEEK_HEAD, w["week"], w["start"], w["end"]),
        tr(args, CONTACTS, w["contacts"], w["target"], met),
        "  " + tr(args, FACE, w["face_to_face"]),
        "  " + tr(args, OTHER, w["other"]),
        "",
        tr(args, DUE_HEAD, data["today"], len(data["due"])),
    ]
    marks = {True: tr(args, OVERDUE), False: tr(args, DUE)}
    width = max(len(m) for m in marks.values())
    for item in data["due"]:
        who = " ".join(x for x in (item["client_code"], item["client_name"]) if x)
        who = who or item["employer"]
        mark = marks[bool(item["overdue"])]
        extra = f" ({item['detail']})" if item["detail"] else ""
        label = item["label_local"]
        lines.append(f"  {item['due_on']}  {mark:<{width}}  {label}{extra}: {who}")
    return "\n".join(lines) + "\n"


def _csv(data: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    w = data["week"]
    keys = ["week", "start", "end", "contacts", "face_to_face", "other", "target", "met"]
    writer.writerow(keys)
    writer.writerow([w[k] for k in keys])
    writer.writerow([])
    due_keys = [
        "due_on",
        "overdue",
        "kind",
        "label",
        "client_code",
        "client_name",
        "employer",
        "detail",
    ]
    writer.writerow(due_keys)
    for item in data["due"]:
        writer.writerow([item[k] for k in due_keys])
    return out.getvalue()


@run
def cmd_week(args: argparse.Namespace) -> int:
    data = _report(args)
    if args.format != "text":  # machine formats keep the stable English labels
        for item in data["due"]:
            del item["label_local"]
    if args.format == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    elif args.format == "csv":
        text = _csv(data)
    else:
        text = _text(args, data)
    _emit(text, utf8=args.format != "text")
    return 0


def _emit(text: str, *, utf8: bool) -> None:
    """CSV and JSON are always UTF-8 (also when redirected on Windows, whose default
    would be cp1252 and fail on names like Ŋuolja); text follows the console and
    replaces what it cannot show."""
    stream = sys.stdout
    if utf8 and hasattr(stream, "buffer"):
        stream.flush()
        stream.buffer.write(text.encode("utf-8"))
        stream.buffer.flush()
        return
    encoding = getattr(stream, "encoding", None) or "utf-8"
    stream.write(text.encode(encoding, errors="replace").decode(encoding))
