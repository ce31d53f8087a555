"""Read-only views of the action plan: one version as a page, and what changed since the
previous version, as HTML for a ``QTextBrowser`` (client text escaped, line breaks kept).
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from ipsdesk.core.domain.enums import STEP_OWNER_LABELS, STEP_STATUS_LABELS
from ipsdesk.core.domain.plan_diff import FIELD_LABELS, PlanDiff, PlanStep, PlanVersion
from ipsdesk.ui.i18n import format_date, tr_msg

DASH = "–"


def _text(value: str | date | None) -> str:
    if isinstance(value, date):
        return format_date(value)
    if not value or not str(value).strip():
        return f'<span style="color:#777">{DASH}</span>'
    return "<br>".join(escape(line) for line in str(value).strip().splitlines())


def _step_line(step: PlanStep) -> str:
    parts = [tr_msg(STEP_OWNER_LABELS[step.owner])]
    if step.due_on is not None:
        parts.append(
            QCoreApplication.translate("PlanView", "by %1").replace("%1", format_date(step.due_on))
        )
    parts.append(tr_msg(STEP_STATUS_LABELS[step.status]))
    return f"{escape(step.what)} <span style='color:#555'>({', '.join(parts)})</span>"


def version_html(plan: PlanVersion) -> str:
    """One version of the plan, in the order of the printed document."""
    out = [
        "<h3>"
        + QCoreApplication.translate("PlanView", "Version %1, %2")
        .replace("%1", str(plan.version))
        .replace("%2", format_date(plan.made_on))
        + "</h3>"
    ]
    for name in ("goal", "strengths", "preferences"):
        out.append(
            f"<p><b>{escape(tr_msg(FIELD_LABELS[name]))}</b><br>{_text(getattr(plan, name))}</p>"
        )
    out.append(f"<p><b>{escape(QCoreApplication.translate('PlanView', 'Steps'))}</b></p>")
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
            f"<td>{format_date(s.due_on) if s.due_on else DASH}</td>"
            f"<td>{escape(tr_msg(STEP_STATUS_LABELS[s.status]))}</td>"
            "</tr>"
            for s in plan.steps
        )
        out.append(
            "<table border='1' cellspacing='0' cellpadding='4' width='100%' "
            f"style='border-color:#bbb'><tr style='background:#eef2f6'>{head}</tr>{rows}</table>"
        )
    else:
        out.append(
            f"<p style='color:#777'>{escape(QCoreApplication.translate('PlanView', 'No steps agreed yet.'))}</p>"
        )
    for name in ("support_agreed", "meeting_frequency", "sharing", "benefits"):
        out.append(
            f"<p><b>{escape(tr_msg(FIELD_LABELS[name]))}</b><br>{_text(getattr(plan, name))}</p>"
        )
    review = (
        format_date(plan.next_review_on)
        if plan.next_review_on
        else QCoreApplication.translate("PlanView", "Not agreed yet")
    )
    out.append(f"<p><b>{escape(tr_msg(FIELD_LABELS['next_review_on']))}</b><br>{review}</p>")
    return "".join(out)


def diff_html(diff: PlanDiff | None, previous: PlanVersion | None = None) -> str:
    """What changed since the previous version, for a person: old → new, steps added,
    removed, or with a new status, owner or date."""
    if diff is None:
        return f"<p>{escape(QCoreApplication.translate('PlanView', 'This is the first version of the plan.'))}</p>"
    title = QCoreApplication.translate("PlanView", "Changes since version %1").replace(
        "%1", str(diff.from_version)
    )
    if previous is not None:
        title += f" ({format_date(previous.made_on)})"
    out = [f"<h3>{escape(title)}</h3>"]
    if diff.empty:
        out.append(
            f"<p>{escape(QCoreApplication.translate('PlanView', 'Nothing changed: the plan was reviewed as it was.'))}</p>"
        )
        return "".join(out)
    for change in diff.fields:
        out.append(
            f"<p><b>{escape(tr_msg(change.label))}</b><br>"
            f"<span style='color:#555'>{escape(QCoreApplication.translate('PlanView', 'Was:'))}</span> {_text(change.old)}<br>"
            f"<span style='color:#555'>{escape(QCoreApplication.translate('PlanView', 'Now:'))}</span> {_text(change.new)}</p>"
        )
    if diff.steps_added:
        items = "".join(f"<li>{_step_line(s)}</li>" for s in diff.steps_added)
        out.append(
            f"<p><b>{escape(QCoreApplication.translate('PlanView', 'Steps added'))}</b></p><ul>{items}</ul>"
        )
    if diff.steps_removed:
        items = "".join(f"<li><s>{_step_line(s)}</s></li>" for s in diff.steps_removed)
        out.append(
            f"<p><b>{escape(QCoreApplication.translate('PlanView', 'Steps removed'))}</b></p><ul>{items}</ul>"
        )
    if diff.steps_changed:
        items = []
        for c in diff.steps_changed:
            what = []
            if "status" in c.changed:
                what.append(
                    QCoreApplication.translate("PlanView", "status %1 → %2")
                    .replace("%1", tr_msg(STEP_STATUS_LABELS[c.old.status]))
                    .replace("%2", tr_msg(STEP_STATUS_LABELS[c.new.status]))
                )
            if "owner" in c.changed:
                what.append(
                    QCoreApplication.translate("PlanView", "who %1 → %2")
                    .replace("%1", tr_msg(STEP_OWNER_LABELS[c.old.owner]))
                    .replace("%2", tr_msg(STEP_OWNER_LABELS[c.new.owner]))
                )
            if "due_on" in c.changed:
                what.append(
                    QCoreApplication.translate("PlanView", "by when %1 → %2")
                    .replace("%1", format_date(c.old.due_on) or DASH)
                    .replace("%2", format_date(c.new.due_on) or DASH)
                )
            items.append(f"<li>{escape(c.new.what)}: {escape('; '.join(what))}</li>")
        out.append(
            f"<p><b>{escape(QCoreApplication.translate('PlanView', 'Steps changed'))}</b></p><ul>{''.join(items)}</ul>"
        )
    return "".join(out)
