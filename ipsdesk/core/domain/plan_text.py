"""The lines ipsdesk composes into an action plan from records, in the document's language.

A first plan is prefilled from the client's records: "Working hours: 20 h/week" from the
vocational profile, "Care team: employment matters (consent given 21.10.2026)" from a
consent, "Done 24.10.2026, benefits advisor: …" from benefits counselling. The draft
shows these lines in the client's document language, and the specialist may edit them;
the plan version stores the text as saved.

A document (the PDF, the plan tab's view) may be made in another language than the one
the draft was composed in. :func:`localise_plan` therefore reads each line of the
composed fields back into its facts (the label, the consent party, the date, the
client's own words) when it matches one of these compositions in any of the three
languages, and composes it again in the document's language. A line that matches none
of them is the client's or the specialist's own text and stays exactly as typed; so do
the values inside a recognised line ("20 h/vko" is what was typed in the profile).
Versions saved before this module existed hold the same lines and are handled alike.

No schema change: the facts are in the line (the records may have changed since the
version was saved, and a saved version must keep saying what was agreed then).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from ipsdesk.core.dates import MONTHS_EN, document_date
from ipsdesk.core.domain.enums import CONSENT_PARTY_LABELS, ConsentParty
from ipsdesk.core.domain.plan_document import PlanVersion
from ipsdesk.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, Catalog, Msg

P_JOB_TYPES = QT_TRANSLATE_NOOP("PlanDraft", "Kinds of work: %1")
P_HOURS = QT_TRANSLATE_NOOP("PlanDraft", "Working hours: %1")
P_LOCATION = QT_TRANSLATE_NOOP("PlanDraft", "Where: %1")
P_INTERESTS = QT_TRANSLATE_NOOP("PlanDraft", "Interests: %1")
P_SKILLS = QT_TRANSLATE_NOOP("PlanDraft", "Skills: %1")
P_CONSENT_SINCE = QT_TRANSLATE_NOOP("PlanDraft", "(consent given %1)")
P_BENEFITS_DONE = QT_TRANSLATE_NOOP("PlanDraft", "Done %1")
P_BENEFITS_PLANNED = QT_TRANSLATE_NOOP("PlanDraft", "Planned %1")

#: The labelled lines each text field may hold ("Skills: …" in strengths, and so on).
LABELLED: dict[str, tuple[Msg, ...]] = {
    "strengths": (P_SKILLS,),
    "preferences": (P_JOB_TYPES, P_HOURS, P_LOCATION, P_INTERESTS),
}

Translate = Callable[..., str]  # (msg, *args) -> text, e.g. Catalog(lang).tr
DateText = Callable[[date], str]  # a date as the document (or the UI) writes it


# -- composing (the facts -> a line in one language) ----------------------------------------


def labelled_line(tr: Translate, label: Msg, value: str) -> str:
    """ "Working hours: 20 h/vko"; empty when there is no value."""
    return tr(label, value.strip()) if value.strip() else ""


def party_label(tr: Translate, party: str) -> str:
    """A consent party's name ("care_team" -> "Care team"); a party typed by hand as is."""
    if party in {p.value for p in ConsentParty}:
        return tr(CONSENT_PARTY_LABELS[ConsentParty(party)])
    return party


def consent_line(
    tr: Translate, lang: str, party: str, detail: str, what: str, given_on: date
) -> str:
    """ "Care team (Dr Example): employment matters (consent given 21.10.2026)"."""
    return _consent(tr, _document_day(lang), party, detail, what, given_on)


def _document_day(lang: str) -> DateText:
    return lambda day: document_date(day, lang)


def _consent(
    tr: Translate, day: DateText, party: str, detail: str, what: str, given_on: date
) -> str:
    name = party_label(tr, party)
    who = f"{name} ({detail.strip()})" if detail.strip() else name
    since = tr(P_CONSENT_SINCE, day(given_on))
    return f"{who}: {what.strip()} {since}".strip()


def benefits_line(tr: Translate, lang: str, on: date, done: bool, by_whom: str, topics: str) -> str:
    """ "Done 24.10.2026, benefits advisor: earnings and benefits"."""
    when = tr(P_BENEFITS_DONE if done else P_BENEFITS_PLANNED, document_date(on, lang))
    detail = ": ".join(x for x in (by_whom.strip(), topics.strip()) if x)
    return f"{when}, {detail}" if detail else when


# -- reading a line back into its facts -------------------------------------------------------


_NUMERIC_DATE = r"\d{1,2}\.\d{1,2}\.\d{4}"
_ENGLISH_DATE = r"\d{1,2} (?:" + "|".join(MONTHS_EN) + r") \d{4}"


def _parse_date(text: str) -> date | None:
    text = text.strip()
    try:
        if m := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if (m := re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", text)) and m[2] in MONTHS_EN:
            return date(int(m[3]), MONTHS_EN.index(m[2]) + 1, int(m[1]))
    except ValueError:
        return None
    return None


def _pattern(template: str, group: str) -> str:
    """A translated template as a regular expression, ``%1`` a named group."""
    head, _, tail = template.partition("%1")
    return re.escape(head) + group + re.escape(tail)


@dataclass(frozen=True)
class _Grammar:
    """The compositions of one language as regular expressions."""

    labelled: tuple[tuple[Msg, re.Pattern[str]], ...]
    consent: re.Pattern[str]
    benefits: tuple[tuple[bool, re.Pattern[str]], ...]
    parties: dict[str, str]  # translated party name -> party value


def _grammar(tr: Translate) -> _Grammar:
    dates = f"(?P<date>{_NUMERIC_DATE}|{_ENGLISH_DATE})"
    labelled = tuple(
        (msg, re.compile(_pattern(tr(msg), "(?P<value>.*\\S)") + r"\Z", re.S))
        for msgs in LABELLED.values()
        for msg in msgs
    )
    since = _pattern(tr(P_CONSENT_SINCE), dates)
    consent = re.compile(r"(?P<who>.+?): ?(?P<what>.*?) ?" + since + r"\Z", re.S)
    benefits = tuple(
        (done, re.compile(_pattern(tr(msg), dates) + r"(?:, (?P<detail>.*))?\Z", re.S))
        for done, msg in ((True, P_BENEFITS_DONE), (False, P_BENEFITS_PLANNED))
    )
    parties = {tr(label): party.value for party, label in CONSENT_PARTY_LABELS.items()}
    return _Grammar(labelled, consent, benefits, parties)


@lru_cache(maxsize=8)
def _grammars(ts_dir: Path | None) -> tuple[_Grammar, ...]:
    """The compositions of every language, read once from the .ts files."""
    return tuple(_grammar(Catalog(lang, ts_dir).tr) for lang in LANGUAGES)


def _recompose_labelled(
    line: str, msgs: Sequence[Msg], grammars: Sequence[_Grammar], tr: Translate
) -> str:
    for g in grammars:
        for msg, pattern in g.labelled:
            if msg in msgs and (m := pattern.match(line)):
                return tr(msg, m["value"])
    return line


def _recompose_consent(
    line: str, grammars: Sequence[_Grammar], tr: Translate, day: DateText
) -> str:
    for g in grammars:
        m = g.consent.match(line)
        given_on = _parse_date(m["date"]) if m else None
        if m is None or given_on is None:
            continue
        who = m["who"]
        party, detail = who, ""
        for name, value in g.parties.items():
            if who == name:
                party = value
            elif who.startswith(name + " (") and who.endswith(")"):
                party, detail = value, who[len(name) + 2 : -1]
        return _consent(tr, day, party, detail, m["what"], given_on)
    return line


def _recompose_benefits(
    line: str, grammars: Sequence[_Grammar], tr: Translate, day: DateText
) -> str:
    for g in grammars:
        for done, pattern in g.benefits:
            m = pattern.match(line)
            on = _parse_date(m["date"]) if m else None
            if m is None or on is None:
                continue
            when = tr(P_BENEFITS_DONE if done else P_BENEFITS_PLANNED, day(on))
            return f"{when}, {m['detail']}" if m["detail"] is not None else when
    return line


def localise_text(
    field: str,
    text: str,
    tr: Translate,
    day: DateText,
    *,
    ts_dir: Path | None = None,
) -> str:
    """``text`` of plan field ``field`` with its composed lines translated by ``tr``,
    their dates written by ``day``; every other line (and every value inside a composed
    line) exactly as typed. ``ts_dir``: the .ts folder the compositions are recognised
    from (default: the shipped translations)."""
    if field not in (*LABELLED, "sharing", "benefits"):
        return text
    grammars = _grammars(ts_dir)
    out = []
    for line in text.split("\n"):
        if field in LABELLED:
            line = _recompose_labelled(line, LABELLED[field], grammars, tr)
        elif field == "sharing":
            line = _recompose_consent(line, grammars, tr, day)
        else:
            line = _recompose_benefits(line, grammars, tr, day)
        out.append(line)
    return "\n".join(out)


def localise_plan(
    plan: PlanVersion, tr: Translate, day: DateText, *, ts_dir: Path | None = None
) -> PlanVersion:
    """The version as a document (or the plan tab) shows it: see the module's docstring.
    The version itself is not changed."""

    def local(name: str) -> str:
        return localise_text(name, getattr(plan, name), tr, day, ts_dir=ts_dir)

    return replace(
        plan,
        strengths=local("strengths"),
        preferences=local("preferences"),
        sharing=local("sharing"),
        benefits=local("benefits"),
    )


def in_document(plan: PlanVersion, cat: Catalog, *, ts_dir: Path | None = None) -> PlanVersion:
    """The version as a document in ``cat``'s language shows it (dates as documents in
    that language write them)."""
    return localise_plan(plan, cat.tr, _document_day(cat.lang), ts_dir=ts_dir)
