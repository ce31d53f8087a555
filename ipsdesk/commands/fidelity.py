"""Fidelity subcommands: ``fidelity review --from … --to … --out FILE.pdf|.csv``.

Computes the items the records answer for the period (a draft with the proposed scores,
not saved: the other items are scored in the app), over this store's own clients or,
with ``--team``, over the whole team's imported team tables (a team leader's store); or
with ``--review N`` takes a saved review (of its own scope), and writes it as PDF or CSV
through
:func:`ipsdesk.core.fidelity.reviews.export_review` (so the export is in the access log).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ipsdesk.commands.common import (
    CommandError,
    document_language,
    run,
    say,
    store_session,
    tr,
)
from ipsdesk.core.dates import format_date
from ipsdesk.core.errors import ExitCode
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP

NOT_A_DAY = QT_TRANSLATE_NOOP("Commands", "%1: not a date (YYYY-MM-DD): %2")
NOT_PDF_CSV = QT_TRANSLATE_NOOP("Commands", "--out: give a .pdf or .csv file, not %1")
TO_BEFORE_FROM = QT_TRANSLATE_NOOP("Commands", "--to is before --from")
TO_IN_FUTURE = QT_TRANSLATE_NOOP("Commands", "--to is in the future")
NO_REVIEW = QT_TRANSLATE_NOOP("Commands", "There is no saved fidelity review %1.")
CANNOT_WRITE = QT_TRANSLATE_NOOP("Commands", "Cannot write %1 (%2).")
NO_TEAM_DATA = QT_TRANSLATE_NOOP(
    "Commands",
    "--team: this store holds no team data; import the members' team files first "
    "(ipsdesk team import).",
)
WRITTEN_REVIEW = QT_TRANSLATE_NOOP(
    "Commands",
    "Fidelity review %1 (%2 – %3): %4 points from %5 of 25 items scored; written to %6",
)
WRITTEN_ITEMS = QT_TRANSLATE_NOOP(
    "Commands", "Fidelity items (%1 – %2): %3 points from %4 of 25 items scored; written to %5"
)
WRITTEN_TEAM_REVIEW = QT_TRANSLATE_NOOP(
    "Commands",
    "Team fidelity review %1 (%2 – %3): %4 points from %5 of 25 items scored; written to %6",
)
WRITTEN_TEAM_ITEMS = QT_TRANSLATE_NOOP(
    "Commands",
    "Fidelity items of the whole team (%1 – %2): %3 points from %4 of 25 items scored; "
    "written to %5",
)
NO_REVIEWS = QT_TRANSLATE_NOOP("Commands", "No saved fidelity reviews.")
LIST_LINE = QT_TRANSLATE_NOOP("Commands", "%1  %2 – %3  %4 points  %5/25 scored  %6  %7")
INCOMPLETE = QT_TRANSLATE_NOOP("Commands", "incomplete")
SCOPE_OWN = QT_TRANSLATE_NOOP("Commands", "own clients")
SCOPE_TEAM = QT_TRANSLATE_NOOP("Commands", "whole team")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("fidelity", help="fidelity self-review (IPS-laatukriteeristö)")
    fsub = p.add_subparsers(dest="fidelity_command", metavar="ACTION", required=True)
    r = fsub.add_parser(
        "review", help="compute the fidelity items of a period and write the review as PDF or CSV"
    )
    r.add_argument(
        "--from", dest="start", metavar="YYYY-MM-DD", help="first day (default: 3 months back)"
    )
    r.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day (default: today)")
    r.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf or FILE.csv")
    r.add_argument(
        "--lang",
        dest="doc_lang",  # the global --lang is the language of the messages (and default)
        choices=("fi", "sv", "en"),
        help="document language (default: the global --lang, else the UI's)",
    )
    r.add_argument("--review", type=int, metavar="N", help="export saved review N instead")
    r.add_argument(
        "--team",
        action="store_true",
        help="the whole team, from the imported team files (team leader)",
    )
    r.add_argument(
        "--passphrase-file", metavar="FILE", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    r.set_defaults(func=cmd_review)
    ls = fsub.add_parser("list", help="list the saved reviews")
    ls.add_argument(
        "--passphrase-file", metavar="FILE", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    ls.set_defaults(func=cmd_list)


def _day(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CommandError(NOT_A_DAY, option, text) from exc


@run
def cmd_review(args: argparse.Namespace) -> int:
    from ipsdesk.commands.plan import _check_output
    from ipsdesk.core.fidelity import reviews
    from ipsdesk.core.services.records import NotFound

    out = Path(args.out).expanduser().absolute()
    if out.suffix.lower() not in (".pdf", ".csv"):
        raise CommandError(NOT_PDF_CSV, out.name)
    today = date.today()
    default_start, default_end = reviews.default_period(_day(args.end, "--to") or today)
    start = _day(args.start, "--from") or default_start
    end = _day(args.end, "--to") or default_end
    if end < start:
        raise CommandError(TO_BEFORE_FROM)
    if end > today:
        raise CommandError(TO_IN_FUTURE)
    _check_output(out)
    from ipsdesk.core.fidelity.team_inputs import has_team_data

    scope = reviews.TEAM if args.team else reviews.OWN
    with store_session(args) as session:
        if args.review is None and args.team and not has_team_data(session):
            raise CommandError(NO_TEAM_DATA)
        try:
            if args.review is not None:
                review = reviews.get_review(session, args.review)
            else:
                review = reviews.new_review(session, start, end, today=today, scope=scope)
            reviews.export_review(session, review, document_language(args, session), out)
        except NotFound as exc:
            raise CommandError(NO_REVIEW, args.review, code=ExitCode.NOT_FOUND) from exc
        except OSError as exc:
            raise CommandError(
                CANNOT_WRITE, out, exc.strerror or exc, code=ExitCode.OUTPUT
            ) from exc
    period = (format_date(review.start), format_date(review.end))
    figures = (review.total, review.scored, out)
    team = review.scope == reviews.TEAM
    if review.id is not None:
        msg = WRITTEN_TEAM_REVIEW if team else WRITTEN_REVIEW
        say(args, msg, review.id, *period, *figures)
    else:
        say(args, WRITTEN_TEAM_ITEMS if team else WRITTEN_ITEMS, *period, *figures)
    return 0


@run
def cmd_list(args: argparse.Namespace) -> int:
    from ipsdesk.core.fidelity import reviews
    from ipsdesk.core.fidelity.items import BAND_LABELS

    with store_session(args) as session:
        rows = reviews.list_reviews(session)
    if not rows:
        say(args, NO_REVIEWS)
    for r in rows:
        band = tr(args, BAND_LABELS[r.band]) if r.band else tr(args, INCOMPLETE)
        scope = tr(args, SCOPE_TEAM if r.scope == reviews.TEAM else SCOPE_OWN)
        say(
            args,
            LIST_LINE,
            f"{r.id:>4}",
            r.start.isoformat(),
            r.end.isoformat(),
            f"{r.total:>3}",
            f"{r.scored:>2}",
            band,
            scope,
        )
    return 0
