"""Readable words for the access log's rows (*lokitiedot*): what was done, and to what.

A log row stores a short action code (``view``, ``export``…, see
:class:`ipsdesk.core.services.audit.Action`) and a short English ``detail`` naming what
was used (``"client record"``, ``"phase 3"``, ``"action plan v2 fi"``). Both stay as
stored (the CSV and JSON exports keep them, and old rows must keep reading); they are
turned into words here, in the language of the UI (``tr_msg``) or of a document
(``Catalog(lang).tr``), whichever ``tr`` the caller passes. A detail not known here is
shown as stored.

The action words keep the context ``AccessLogModel`` they had when only the Privacy tab
showed them, so their translations carry over.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from ipsdesk.core.dates import format_date
from ipsdesk.core.domain.enums import PHASE_LABELS, Phase
from ipsdesk.core.domain.records import BASICS, NOTES, PROFILE, SPECS
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg

Translate = Callable[..., str]  # (msg, *args) -> text: Catalog.tr or the UI's tr_msg

ACTION_LABELS: dict[str, Msg] = {
    "view": QT_TRANSLATE_NOOP("AccessLogModel", "Opened"),
    "create": QT_TRANSLATE_NOOP("AccessLogModel", "Created"),
    "change": QT_TRANSLATE_NOOP("AccessLogModel", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AccessLogModel", "Deleted"),
    "export": QT_TRANSLATE_NOOP("AccessLogModel", "Exported"),
    "print": QT_TRANSLATE_NOOP("AccessLogModel", "Printed"),
    "import": QT_TRANSLATE_NOOP("AccessLogModel", "Imported"),
    "erase": QT_TRANSLATE_NOOP("AccessLogModel", "Erased"),
}

# Details stored as fixed words (services/clients.py, privacy.py, employer*.py).
FIXED_DETAILS: dict[str, Msg] = {
    "client": QT_TRANSLATE_NOOP("AccessLog", "Client's basic details"),
    "client record": QT_TRANSLATE_NOOP("AccessLog", "Client record"),
    "service ended": QT_TRANSLATE_NOOP("AccessLog", "Service ended"),
    "service re-opened": QT_TRANSLATE_NOOP("AccessLog", "Service re-opened"),
    "client erased": QT_TRANSLATE_NOOP("AccessLog", "Client erased"),
    "employer contact": QT_TRANSLATE_NOOP("AccessLog", "Employer contact"),
    "employer contacts": QT_TRANSLATE_NOOP("AccessLog", "Employer contacts"),
    "employer history": QT_TRANSLATE_NOOP("AccessLog", "Employer's history"),
    # Team-level rows (no client code): core/team/.
    "team": QT_TRANSLATE_NOOP("AccessLog", "Team created"),
    "team invitation": QT_TRANSLATE_NOOP("AccessLog", "Team invitation"),
    "team keys": QT_TRANSLATE_NOOP("AccessLog", "Team keys renewed"),
    "team file": QT_TRANSLATE_NOOP("AccessLog", "Team file"),
    "team files": QT_TRANSLATE_NOOP("AccessLog", "Team files of the members"),
    "team employer file": QT_TRANSLATE_NOOP("AccessLog", "Team employer register"),
    # The team hub (core/hub/): a send, and a report made from the hub.
    "team hub": QT_TRANSLATE_NOOP("AccessLog", "Team data sent to the team hub"),
    "team hub week report": QT_TRANSLATE_NOOP("AccessLog", "Team week report from the team hub"),
    "team hub outcome report": QT_TRANSLATE_NOOP("AccessLog", "Outcome report from the team hub"),
    # Fidelity review exports (core/fidelity/reviews.py): own clients or the whole team.
    "fidelity review PDF": QT_TRANSLATE_NOOP("AccessLog", "Fidelity review, own clients (PDF)"),
    "fidelity review CSV": QT_TRANSLATE_NOOP("AccessLog", "Fidelity review, own clients (CSV)"),
    "team fidelity review PDF": QT_TRANSLATE_NOOP("AccessLog", "Fidelity review, whole team (PDF)"),
    "team fidelity review CSV": QT_TRANSLATE_NOOP("AccessLog", "Fidelity review, whole team (CSV)"),
    # The client's forms and records, logged by their spec key: their headings.
    NOTES.key: NOTES.title,
    PROFILE.key: PROFILE.title,
    **{key: spec.title for key, spec in SPECS.items()},
}

PHASE = QT_TRANSLATE_NOOP("AccessLog", "Phase: %1")
PLAN_VERSION = QT_TRANSLATE_NOOP("AccessLog", "Action plan, version %1")
PLAN_DOCUMENT = QT_TRANSLATE_NOOP("AccessLog", "Action plan, version %1 (%2)")
ACCESS_LOG_FILE = QT_TRANSLATE_NOOP("AccessLog", "Access log (%1)")
FULL_RECORD_FILE = QT_TRANSLATE_NOOP("AccessLog", "Full record (%1)")
# Team-level report exports (core/reports/export.py): no client code, the team's figures.
TEAM_WEEK_FILE = QT_TRANSLATE_NOOP("AccessLog", "Team weekly summary, week %1/%2 (%3, %4)")
TEAM_OUTCOMES_FILE = QT_TRANSLATE_NOOP("AccessLog", "Team period outcome report %1–%2 (%3, %4)")

_LANGUAGES: dict[str, Msg] = BASICS.field("document_language").choices or {}
_PHASE = re.compile(r"phase (\d+)")
_PLAN = re.compile(r"action plan v(\d+)(?: (\w+))?")
_FILE = re.compile(r"(access log|full record) (CSV|PDF|JSON)")
_TEAM_WEEK = re.compile(r"team week report (\d{4})-W(\d{2}) (CSV|PDF) (\w+)")
_TEAM_OUTCOMES = re.compile(
    r"team outcome report (\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2}) (CSV|PDF) (\w+)"
)


def detail_label(detail: str) -> tuple[Msg, tuple[object, ...]] | None:
    """The message and arguments (a :class:`Msg` argument is translated too) naming a
    stored detail; ``None`` for a detail not known here."""
    if detail in FIXED_DETAILS:
        return FIXED_DETAILS[detail], ()
    if m := _PHASE.fullmatch(detail):
        try:
            phase = Phase(int(m[1]))
        except ValueError:
            return None
        return PHASE, (PHASE_LABELS[phase],)
    if m := _PLAN.fullmatch(detail):
        if m[2] is None:
            return PLAN_VERSION, (int(m[1]),)
        return PLAN_DOCUMENT, (int(m[1]), _LANGUAGES.get(m[2], m[2]))
    if m := _FILE.fullmatch(detail):
        return (ACCESS_LOG_FILE if m[1] == "access log" else FULL_RECORD_FILE), (m[2],)
    if m := _TEAM_WEEK.fullmatch(detail):
        return TEAM_WEEK_FILE, (int(m[2]), int(m[1]), m[3], _LANGUAGES.get(m[4], m[4]))
    if m := _TEAM_OUTCOMES.fullmatch(detail):
        try:
            start, end = date.fromisoformat(m[1]), date.fromisoformat(m[2])
        except ValueError:
            return None
        return TEAM_OUTCOMES_FILE, (
            format_date(start),
            format_date(end),
            m[3],
            _LANGUAGES.get(m[4], m[4]),
        )
    return None


def detail_text(detail: str, tr: Translate) -> str:
    """A stored detail in words, translated by ``tr``; an unknown one as stored."""
    label = detail_label(detail)
    if label is None:
        return detail
    msg, args = label
    return tr(msg, *(tr(a) if isinstance(a, Msg) else a for a in args))


def action_text(action: str, tr: Translate) -> str:
    """A stored action code (``view``…) in words, translated by ``tr``."""
    msg = ACTION_LABELS.get(action)
    return tr(msg) if msg is not None else action
