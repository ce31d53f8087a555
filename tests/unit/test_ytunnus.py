"""Y-tunnus (Finnish business ID) format and check digit."""

from __future__ import annotations

import pytest

from ipsdesk.core.domain import ytunnus


@pytest.mark.parametrize(
    "business_id",
    [
        "0737546-2",  # weighted sum 152, remainder 9 -> 11 - 9 = 2
        "0112038-9",
        "0109862-8",
        "1572860-0",  # remainder 0 -> check digit 0
        "1234567-1",
        " 0737546-2 ",  # surrounding spaces are ignored
        "737546-2",  # an old six-digit ID gets its leading zero
    ],
)
def test_valid_ids(business_id: str) -> None:
    assert ytunnus.is_valid(business_id)
    assert ytunnus.problem(business_id) is None


@pytest.mark.parametrize("business_id", ["0737546-3", "0112038-8", "1572860-1", "2469371-9"])
def test_wrong_check_digit(business_id: str) -> None:
    assert ytunnus.problem(business_id) == ytunnus.E_CHECK


def test_remainder_one_is_never_valid() -> None:
    # 0000006: weighted sum 12, remainder 1 -> no check digit exists
    assert ytunnus.check_digit("0000006") is None
    assert all(ytunnus.problem(f"0000006-{d}") == ytunnus.E_CHECK for d in range(10))


@pytest.mark.parametrize(
    "text", ["", "07375462", "0737546_2", "07375-462", "12345678-9", "ABCDEFG-1", "0737546-"]
)
def test_bad_format(text: str) -> None:
    assert ytunnus.problem(text) == ytunnus.E_FORMAT


def test_check_digit_computation() -> None:
    assert ytunnus.check_digit("0737546") == 2
    assert ytunnus.check_digit("1572860") == 0
    with pytest.raises(ValueError):
        ytunnus.check_digit("123")


def test_normalise() -> None:
    assert ytunnus.normalise(" 073 7546-2") == "0737546-2"
    assert ytunnus.normalise("737546-2") == "0737546-2"
    assert ytunnus.normalise("0737546-2") == "0737546-2"
