"""Read-only views of the action plan: one version as a page, and what changed since the
previous version, as HTML for a ``QTextBrowser`` (client text escaped, line breaks kept).

Translated strings are fetched into variables before they go into the markup: lupdate
cannot see a ``translate()`` call inside an f-string.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from ipsdesk.core.dates import format_date
from ipsdesk.core.domain.enums import STEP_OWNER_LABELS, STEP_STATUS_LABELS
from ipsdesk.core.domain.plan_document import FIELD_LABELS, PlanDiff, PlanStep, PlanVersion
from ipsdesk.core.domain.plan_text import localise_plan, localise_text
from ipsdesk.ui.kit import style
from ipsdesk.ui.kit.i18n import tr_msg

DASH = "–"


def _grey() -> str:
    """Quiet text (a dash, a step's details): the hint colour of the light or dark set."""
    return f"color:{style.colours().hint}"


def _text(value: str | date | None) -> str:
    if isinstance(value, date):
        return format_date(value)
    if not value or not str(value).strip():
        return f"<span style='{_grey()}'>{DASH}</span>"
    return "<br>".join(escape(line) for line in str(value).strip().splitlines())


def _heading(text: str) -> str:
    return f"<p style='margin-top:10px'><b>{escape(text)}</b></p>"


def _section(label: str, value: str | date | None) -> str:
    return f"<p style='margin-top:10px'><b>{escape(label)}</b><br>{_text(value)}</p>"


def _step_line(step: PlanStep) -> str:
    parts = [tr_msg(STEP_OWNER_LABELS[step.owner])]
    if step.due_on is not None:
        by = QCoreApplication.translate("PlanView", "by %1")
        parts.append(by.replace("%1", format_date(step.due_on)))
    parts.append(tr_msg(STEP_STATUS_LABELS[step.status]))
    if step.overdue(date.today()):
        parts.append(QCoreApplication.translate("PlanView", "overdue"))
    return f"{escape(step.what)} <span style='{_grey()}'>({escape(', '.join(parts))})</span>"


def _by_when(step: PlanStep) -> str:
    """A step's date; past it and not done, "(overdue)" in words (not colour alone)."""
    if not step.due_on:
        return DASH
    text = format_date(step.due_on)
    if step.overdue(date.today()):
        late = QCoreApplication.translate("PlanView", "overdue")
        return f"{text} <b>({escape(late)})</b>"
    return text


def version_html(plan: PlanVersion) -> str:
    """One version of the plan, in the order of the printed document; the lines ipsdesk
    composed from records ("Working hours: …") in the UI language, as the headings."""
    plan = localise_plan(plan, tr_msg, format_date)
    title = QCoreApplication.translate("PlanView", "Version %1, %2")
    title = title.replace("%1", str(plan.version)).replace("%2", format_date(plan.made_on))
    out = [f"<h3>{escape(title)}</h3>"]
    for name in ("goal", "strengths", "preferences"):
        out.append(_section(tr_msg(FIELD_LABELS[name]), getattr(plan, name)))
    out.append(_heading(QCoreApplication.translate("PlanView", "Steps")))
    if plan.steps:
        headings = (
            QCoreApplication.translate("PlanView", "What"),
            QCoreApplication.translate("PlanView", "Who"),
            QCoreApplication.translate("PlanView", "By when"),
            QCoreApplication.translate("PlanView", "Status"),
        )
        head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headings)
        rows = "".join(
            "<tr>"
            f"<td>{escape(s.what)}</td>"
            f"<td>{escape(tr_msg(STEP_OWNER_LABELS[s.owner]))}</td>"
            f"<td>{_by_when(s)}</td>"
            f"<td>{escape(tr_msg(STEP_STATUS_LABELS[s.status]))}</td>"
            "</tr>"
            for s in plan.steps
        )
        c = style.colours()
        out.append(
            "<table border='1' cellspacing='0' cellpadding='4' width='100%' "
            f"style='border-color:{c.rule}'><tr style='background:{c.tint}'>{head}</tr>"
            f"{rows}</table>"
        )
    else:
        none = QCoreApplication.translate("PlanView", "No steps agreed yet.")
        out.append(f"<p style='{_grey()}'>{escape(none)}</p>")
    for name in ("support_agreed", "meeting_frequency", "sharing", "benefits"):
        out.append(_section(tr_msg(FIELD_LABELS[name]), getattr(plan, name)))
    review = (
        format_date(plan.next_review_on)
        if plan.next_review_on
        else QCoreApplication.translate("PlanView", "Not agreed yet")
    )
    out.append(_section(tr_msg(FIELD_LABELS["next_review_on"]), review))
    return "".join(out)


def _step_change(old: PlanStep, new: PlanStep, changed: tuple[str, ...]) -> str:
    what = []
    if "status" in changed:
        text = QCoreApplication.translate("PlanView", "status %1 → %2")
        what.append(
            text.replace("%1", tr_msg(STEP_STATUS_LABELS[old.status])).replace(
                "%2", tr_msg(STEP_STATUS_LABELS[new.status])
            )
        )
    if "owner" in changed:
        text = QCoreApplication.translate("PlanView", "who %1 → %2")
        what.append(
            text.replace("%1", tr_msg(STEP_OWNER_LABELS[old.owner])).replace(
                "%2", tr_msg(STEP_OWNER_LABELS[new.owner])
            )
        )
    if "due_on" in changed:
        text = QCoreApplication.translate("PlanView", "by when %1 → %2")
        what.append(
            text.replace("%1", format_date(old.due_on) or DASH).replace(
                "%2", format_date(new.due_on) or DASH
            )
        )
    return f"{escape(new.what)}: {escape('; '.join(what))}"


def diff_html(diff: PlanDiff | None, previous: PlanVersion | None = None) -> str:
    """What changed since the previous version, for a person: old → new, steps added,
    removed, or with a new status, owner or date."""
    if diff is None:
        first = QCoreApplication.translate("PlanView", "This is the first version of the plan.")
        return f"<p>{escape(first)}</p>"
    title = QCoreApplication.translate("PlanView", "Changes since version %1")
    title = title.replace("%1", str(diff.from_version))
    if previous is not None:
        title += f" ({format_date(previous.made_on)})"
    out = [f"<h3>{escape(title)}</h3>"]
    if diff.empty:
        same = QCoreApplication.translate(
            "PlanView", "Nothing changed: the plan was reviewed as it was."
        )
        out.append(f"<p>{escape(same)}</p>")
        return "".join(out)
    was = escape(QCoreApplication.translate("PlanView", "Was:"))
    now = escape(QCoreApplication.translate("PlanView", "Now:"))
    for change in diff.fields:
        old, new = (
            localise_text(change.name, v, tr_msg, format_date) if isinstance(v, str) else v
            for v in (change.old, change.new)
        )
        out.append(
            f"<p style='margin-top:10px'><b>{escape(tr_msg(change.label))}</b><br>"
            f"<span style='{_grey()}'>{was}</span> {_text(old)}<br>"
            f"<span style='{_grey()}'>{now}</span> {_text(new)}</p>"
        )
    if diff.steps_added:
        items = "".join(f"<li>{_step_line(s)}</li>" for s in diff.steps_added)
        out.append(_heading(QCoreApplication.translate("PlanView", "Steps added")))
        out.append(f"<ul>{items}</ul>")
    if diff.steps_removed:
        items = "".join(f"<li><s>{_step_line(s)}</s></li>" for s in diff.steps_removed)
        out.append(_heading(QCoreApplication.translate("PlanView", "Steps removed")))
        out.append(f"<ul>{items}</ul>")
    if diff.steps_changed:
        items = "".join(
            f"<li>{_step_change(c.old, c.new, c.changed)}</li>" for c in diff.steps_changed
        )
        out.append(_heading(QCoreApplication.translate("PlanView", "Steps changed")))
        out.append(f"<ul>{items}</ul>")
    return "".join(out)
