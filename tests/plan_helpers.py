"""Shared helpers of the action-plan tests: invented clients, a sample draft, and a .ts
catalogue built from ``translations/plan_strings.md`` (the .ts files are not yet
translated; the lead copies that table into them)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from sqlmodel import Session

from ipsdesk.core.domain.enums import StepOwner, StepStatus
from ipsdesk.core.domain.plan_document import PlanDraft, PlanStep
from ipsdesk.core.resources import translations_dir
from ipsdesk.core.services import clients, records

SAMI = "Áilu Ŋuolja Čiekčá Đ Ŧ Ž"


def make_client(
    session: Session,
    name: str = "Áilu Ŋuolja",
    *,
    agreement: date = date(2026, 8, 18),
    lang: str = "fi",
    today: date = date(2026, 11, 18),
) -> int:
    return clients.create_client(
        session,
        {"full_name": name, "document_language": lang, "agreement_date": agreement},
        today=today,
    )


def add_consent(session: Session, client_id: int, party: str, what: str, **kw: object) -> None:
    values = {"party": party, "what_shared": what, "given_on": date(2026, 8, 18), **kw}
    records.save_record(session, "consent", client_id, values, today=date(2026, 11, 18))


def sample_draft(goal: str = f"Haluan puutarhatöihin. {SAMI}") -> PlanDraft:
    return PlanDraft(
        goal=goal,
        strengths="Täsmällinen",
        preferences="Osa-aikatyö, 20 h/vko",
        support_agreed="Työhönvalmentaja tukee työnhaussa",
        meeting_frequency="Kerran viikossa",
        sharing="Hoitotiimi: työllistymiseen liittyvät tiedot",
        benefits="Etuusneuvonta tehty 26.8.2026",
        next_review_on=date(2027, 2, 18),
        steps=[
            PlanStep("Päivitetään CV", StepOwner.CLIENT, date(2026, 12, 1)),
            PlanStep(
                "Otetaan yhteyttä Sotkamon Sahoihin",
                StepOwner.SPECIALIST,
                date(2026, 12, 15),
                StepStatus.IN_PROGRESS,
            ),
        ],
    )


def plan_strings() -> list[tuple[str, str, str, str]]:
    """(context, English, Finnish, Swedish) rows of translations/plan_strings.md."""
    rows = []
    text = (translations_dir() / "plan_strings.md").read_text(encoding="utf-8")
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and line.startswith("|") and cells[0] not in ("context", "---"):
            rows.append((cells[0], cells[1], cells[2], cells[3]))
    return rows


def write_plan_ts(folder: Path) -> Path:
    """Write ipsdesk_fi.ts and ipsdesk_sv.ts with the plan strings into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = plan_strings()
    for lang, column in (("fi", 2), ("sv", 3)):
        contexts: dict[str, list[str]] = {}
        for row in rows:
            contexts.setdefault(row[0], []).append(
                f"<message><source>{escape(row[1])}</source>"
                f"<translation>{escape(row[column])}</translation></message>"
            )
        body = "".join(
            f"<context><name>{name}</name>{''.join(msgs)}</context>"
            for name, msgs in contexts.items()
        )
        (folder / f"ipsdesk_{lang}.ts").write_text(
            f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1">{body}</TS>',
            encoding="utf-8",
        )
    return folder
