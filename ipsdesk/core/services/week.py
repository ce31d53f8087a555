"""The weekly counter of employer contacts (*työnantajakontaktit viikossa*, target ≥ 6).

Weeks are ISO weeks, Monday to Sunday ("vko 47"); a week's year is its ISO year, never
the calendar year (31.12.2024 is 2025-W01; 2026 has a W53). Counting is done in SQL over
the date range of the weeks (index ``ix_employer_contact_on``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from ipsdesk.core import settings
from ipsdesk.core.domain.enums import ContactMode
from ipsdesk.core.domain.rules import iso_week, week_start, weeks_in_year
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP
from ipsdesk.core.storage import models as m

WEEK_LABEL = QT_TRANSLATE_NOOP("Week", "Week %1")  # fi: "vko %1"
WEEK_YEAR_LABEL = QT_TRANSLATE_NOOP("Week", "Week %1/%2")  # fi: "vko %1/%2"
CONTACTS_LABEL = QT_TRANSLATE_NOOP("Week", "Employer contacts")
FACE_TO_FACE_LABEL = QT_TRANSLATE_NOOP("Week", "Face-to-face")
OTHER_LABEL = QT_TRANSLATE_NOOP("Week", "Other")
TARGET_LABEL = QT_TRANSLATE_NOOP("Week", "Target")
MET_LABEL = QT_TRANSLATE_NOOP("Week", "Target met")
NOT_MET_LABEL = QT_TRANSLATE_NOOP("Week", "Target not met")

_WEEK_RE = re.compile(r"^\s*(\d{4})\s*-?\s*[Ww]\s*(\d{1,2})\s*$")

Week = tuple[int, int]  # (ISO year, ISO week)


@dataclass(frozen=True)
class WeekSummary:
    """The counter for one ISO week."""

    iso_year: int
    week: int
    start: date  # Monday
    end: date  # Sunday
    contacts: int
    face_to_face: int
    target: int

    @property
    def other(self) -> int:
        return self.contacts - self.face_to_face

    @property
    def met(self) -> bool:
        return self.contacts >= self.target

    @property
    def code(self) -> str:
        return format_week(self.iso_year, self.week)


def parse_week(text: str) -> Week:
    """``"2026-W47"`` (also ``2026W47``, ``2026-w47``) → ``(2026, 47)``; ValueError if invalid."""
    match = _WEEK_RE.match(text)
    if match is None:
        raise ValueError(f"not an ISO week (write it like 2026-W47): {text!r}")
    year, week = int(match.group(1)), int(match.group(2))
    if not 1 <= week <= weeks_in_year(year):
        raise ValueError(f"{year} has no week {week}")
    return year, week


def format_week(iso_year: int, week: int) -> str:
    return f"{iso_year}-W{week:02d}"


def current_week(today: date | None = None) -> Week:
    return iso_week(today or date.today())


def shift_week(iso_year: int, week: int, delta: int) -> Week:
    """The week ``delta`` weeks after (negative: before) the given one."""
    return iso_week(week_start(iso_year, week) + timedelta(weeks=delta))


def week_range(iso_year: int, week: int) -> tuple[date, date]:
    """Monday and Sunday of the week."""
    monday = week_start(iso_year, week)
    return monday, monday + timedelta(days=6)


def _target(session: Session, target: int | None) -> int:
    return target if target is not None else settings.get(session, settings.WEEKLY_TARGET)


def week_summary(
    session: Session, iso_year: int, week: int, target: int | None = None
) -> WeekSummary:
    """Contacts in one week, face-to-face among them, against the target (setting)."""
    start, end = week_range(iso_year, week)
    c = m.EmployerContact
    total, f2f = session.exec(
        select(
            func.count(),
            func.coalesce(
                func.sum(case((col(c.mode) == ContactMode.FACE_TO_FACE.value, 1), else_=0)), 0
            ),
        ).where(c.on >= start, c.on <= end)
    ).one()
    return WeekSummary(iso_year, week, start, end, total, f2f, _target(session, target))


def last_weeks(
    session: Session, end_week: Week, n: int = 12, target: int | None = None
) -> list[WeekSummary]:
    """The ``n`` weeks ending with ``end_week``, oldest first (the chart), in one query."""
    if n < 1:
        return []
    first = shift_week(*end_week, -(n - 1))
    start = week_start(*first)
    _, end = week_range(*end_week)
    c = m.EmployerContact
    per_day = session.exec(
        select(  # type: ignore[call-overload]
            c.on,
            func.count(),
            func.sum(case((col(c.mode) == ContactMode.FACE_TO_FACE.value, 1), else_=0)),
        )
        .where(c.on >= start, c.on <= end)
        .group_by(c.on)
    )
    counts: dict[Week, list[int]] = {}
    for day, total, f2f in per_day:
        bucket = counts.setdefault(iso_week(day), [0, 0])
        bucket[0] += total
        bucket[1] += f2f or 0
    goal = _target(session, target)
    out = []
    for i in range(n):
        year, week = shift_week(*first, i)
        monday, sunday = week_range(year, week)
        total, f2f = counts.get((year, week), (0, 0))
        out.append(WeekSummary(year, week, monday, sunday, total, f2f, goal))
    return out
