"""Dates and times as people write them here: the one place that formats them.

Finnish and Swedish users write 18.11.2026 (no leading zeros); documents in English
read 18 November 2026. Stored instants are UTC and shown in this computer's local time.
Week numbers and ISO weeks live in ``core/domain/rules.py``.
"""

from __future__ import annotations

from datetime import date, datetime

EMPTY = "–"  # an empty value on paper
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(day: date | None) -> str:
    """18.11.2026 (the UI's form in every language, and what the date fields accept);
    empty for None."""
    if day is None:
        return ""
    return f"{day.day}.{day.month}.{day.year}"


def short_date(day: date) -> str:
    """18.11. (a day within a week or a range whose year is shown elsewhere)."""
    return f"{day.day}.{day.month}."


def local_time(at: datetime) -> str:
    """An instant in this computer's local time: 3.12.2026 10:25."""
    local = at.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def document_date(day: date | None, lang: str) -> str:
    """A date as written in a document: 18.11.2026 in Finnish and Swedish, 18 November
    2026 in English; a dash for None."""
    if day is None:
        return EMPTY
    if lang == "en":
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    return format_date(day)


def document_datetime(at: datetime | None, lang: str) -> str:
    """An instant as written in a document, in this computer's local time (the stored
    UTC ``2026-12-03T08:25:00+00:00`` is 3.12.2026 10:25 in Finland)."""
    if at is None:
        return EMPTY
    local = at.astimezone()
    return f"{document_date(local.date(), lang)} {local:%H:%M}"
