"""Finnish business ID (*Y-tunnus*, e.g. ``0737546-2``): format and check digit.

Seven digits, a hyphen and a check digit. The check digit is computed from the seven
digits with the weights 7, 9, 10, 5, 8, 4, 2: remainder 0 of the weighted sum modulo 11
gives check digit 0, remainder 1 is never issued (such a number is invalid), any other
remainder ``r`` gives ``11 - r``. Old IDs with six digits are written with a leading
zero; :func:`normalise` adds it.
"""

from __future__ import annotations

import re

from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg

WEIGHTS = (7, 9, 10, 5, 8, 4, 2)
_FORMAT = re.compile(r"^(\d{6,7})-(\d)$")

E_FORMAT = QT_TRANSLATE_NOOP("Employers", "A business ID is written 1234567-8.")
E_CHECK = QT_TRANSLATE_NOOP(
    "Employers", "The business ID's check digit does not match; check the number."
)


def check_digit(digits: str) -> int | None:
    """Check digit of the seven ``digits``; None when no valid ID has these digits."""
    if len(digits) != 7 or not digits.isdigit():
        raise ValueError("seven digits expected")
    remainder = sum(int(d) * w for d, w in zip(digits, WEIGHTS, strict=True)) % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def normalise(text: str) -> str:
    """Strip spaces; pad an old six-digit ID with its leading zero."""
    text = "".join(text.split())
    match = _FORMAT.match(text)
    if match and len(match.group(1)) == 6:
        return "0" + text
    return text


def problem(text: str) -> Msg | None:
    """None for a valid (normalised) ID, else the reason as a translatable message."""
    match = _FORMAT.match(normalise(text))
    if match is None:
        return E_FORMAT
    digits = match.group(1).zfill(7)
    expected = check_digit(digits)
    if expected is None or expected != int(match.group(2)):
        return E_CHECK
    return None


def is_valid(text: str) -> bool:
    """True when ``text`` is a well-formed business ID with the right check digit."""
    return problem(text) is None
