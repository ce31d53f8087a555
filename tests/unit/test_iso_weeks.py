"""ISO week assignment across year ends and week 53; parsing "2026-W47"."""

from __future__ import annotations

from datetime import date

import pytest

from ipsdesk.core.domain.rules import iso_week, week_start, weeks_in_year
from ipsdesk.core.services.week import format_week, parse_week, shift_week, week_range


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 12, 31), (2025, 1)),  # Tuesday: belongs to the next ISO year
        (date(2024, 12, 29), (2024, 52)),  # Sunday before
        (date(2026, 12, 31), (2026, 53)),
        (date(2027, 1, 3), (2026, 53)),  # Sunday of 2026-W53
        (date(2027, 1, 4), (2027, 1)),
        (date(2021, 1, 1), (2020, 53)),
        (date(2026, 11, 18), (2026, 47)),
    ],
)
def test_iso_week(day: date, expected: tuple[int, int]) -> None:
    assert iso_week(day) == expected


def test_weeks_in_year() -> None:
    assert weeks_in_year(2026) == 53
    assert weeks_in_year(2020) == 53
    assert weeks_in_year(2025) == 52
    assert weeks_in_year(2024) == 52


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-W47", (2026, 47)),
        ("2026w47", (2026, 47)),
        (" 2026-W05 ", (2026, 5)),
        ("2026-W53", (2026, 53)),
    ],
)
def test_parse_week(text: str, expected: tuple[int, int]) -> None:
    assert parse_week(text) == expected


@pytest.mark.parametrize("text", ["2025-W53", "2026-W00", "2026-47", "W47", "2026-W54", ""])
def test_parse_week_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_week(text)


def test_format_and_range() -> None:
    assert format_week(2026, 5) == "2026-W05"
    assert week_range(2026, 53) == (date(2026, 12, 28), date(2027, 1, 3))
    assert week_range(2025, 1) == (date(2024, 12, 30), date(2025, 1, 5))
    assert week_start(2025, 1) == date(2024, 12, 30)


def test_shift_week_crosses_years() -> None:
    assert shift_week(2026, 53, 1) == (2027, 1)
    assert shift_week(2027, 1, -1) == (2026, 53)
    assert shift_week(2025, 1, -1) == (2024, 52)
    assert shift_week(2026, 47, -11) == (2026, 36)
    assert shift_week(2027, 2, -12) == (2026, 43)
