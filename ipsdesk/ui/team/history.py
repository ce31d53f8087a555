"""The team's history of an employer, in one line: who in the team contacted it last,
when and how, and a gentle note when a colleague did so in the last 14 days.

Shown in the employer register and in the quick log once the member has imported the
team employer file (``core/team/employer_register.team_history``); hidden otherwise.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from ipsdesk.core.dates import format_date
from ipsdesk.core.domain.enums import CONTACT_MODE_LABELS, ContactMode
from ipsdesk.core.team import employer_register
from ipsdesk.ui.kit import style
from ipsdesk.ui.kit.i18n import tr_msg
from ipsdesk.ui.kit.ops import Ops


def _mode(mode: str) -> str:
    try:
        return tr_msg(CONTACT_MODE_LABELS[ContactMode(mode)]).lower()
    except ValueError:
        return mode


class TeamHistoryLine(QLabel):
    def __init__(self, ops: Ops, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.setObjectName(name)
        self.setWordWrap(True)
        self.hide()

    def show_for(self, employer_id: int | None, *, today: date | None = None) -> None:
        history = (
            self.ops.call(employer_register.team_history, employer_id, today=today)
            if employer_id is not None
            else None
        )
        if history is None or history.last is None:
            self.clear()
            self.hide()
            return
        last = history.last
        text = (
            self.tr("Team: %1 contacts; the last on %2 by %3 (%4).")
            .replace("%1", str(history.contacts))
            .replace("%2", format_date(last.on))
            .replace("%3", last.member_name)
            .replace("%4", _mode(last.mode))
        )
        recent = history.colleague_recent
        if recent is not None:
            note = (
                self.tr(
                    "%1 contacted this employer on %2 (%3). You might agree together "
                    "who keeps in touch next."
                )
                .replace("%1", recent.member_name)
                .replace("%2", format_date(recent.on))
                .replace("%3", _mode(recent.mode))
            )
            text = f"{text}\n{note}"
            self.setStyleSheet(style.NOTE_CSS)
        else:
            self.setStyleSheet(style.HINT_CSS)
        self.setText(text)
        self.show()
