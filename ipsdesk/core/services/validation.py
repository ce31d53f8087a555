"""Validation of user input against a :class:`RecordSpec`, with translatable messages.

Returns field → message; the UI shows each message next to its field. Nothing is
saved while any message remains.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ipsdesk.core.dates import format_date
from ipsdesk.core.domain import rules
from ipsdesk.core.domain.records import FieldSpec, Kind, RecordSpec
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg

E_REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
E_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Too long: at most %1 characters.")
E_NOT_DATE = QT_TRANSLATE_NOOP("Validation", "Not a valid date.")
E_TOO_OLD = QT_TRANSLATE_NOOP("Validation", "The date is implausibly far in the past.")
E_FUTURE = QT_TRANSLATE_NOOP("Validation", "The date is in the future.")
E_TOO_FAR = QT_TRANSLATE_NOOP("Validation", "The date is more than a year ahead.")
E_END_BEFORE = QT_TRANSLATE_NOOP("Validation", "Cannot be before %1.")
E_NUMBER = QT_TRANSLATE_NOOP("Validation", "Must be a number between %1 and %2.")
E_NOT_NUMBER = QT_TRANSLATE_NOOP("Validation", "Not a number: type digits, e.g. %1.")
E_NOT_WHOLE = QT_TRANSLATE_NOOP("Validation", "Type a whole number.")
E_CHOICE = QT_TRANSLATE_NOOP("Validation", "Choose one of the options.")

EARLIEST = date(1900, 1, 1)


class ValidationError(Exception):
    """Input was refused; ``errors`` maps field name → (message, args)."""

    def __init__(self, errors: dict[str, tuple[Msg, tuple[str, ...]]]):
        super().__init__(", ".join(sorted(errors)))
        self.errors = errors


def _field_error(f: FieldSpec, value: Any, today: date) -> tuple[Msg, tuple[str, ...]] | None:
    empty = value is None or (isinstance(value, str) and not value.strip())
    if empty:
        return (E_REQUIRED, ()) if f.required and f.kind is not Kind.BOOL else None
    if f.kind in (Kind.TEXT, Kind.LONGTEXT):
        limit = rules.MAX_NAME_LENGTH if f.kind is Kind.TEXT else rules.MAX_TEXT_LENGTH
        if len(str(value)) > limit:
            return E_TOO_LONG, (str(limit),)
    elif f.kind is Kind.DATE:
        if not isinstance(value, date):
            return E_NOT_DATE, ()
        if value < EARLIEST:
            return E_TOO_OLD, ()
        if not f.future_ok and value > today:
            return E_FUTURE, ()
        if value > today + timedelta(days=366):
            return E_TOO_FAR, ()
    elif f.kind in (Kind.NUMBER, Kind.YEAR):
        lo, hi = f.minimum, f.maximum
        try:  # the form has parsed "25,5"; text that reaches here is not a number
            number = float(value) if not isinstance(value, bool) else None
        except (TypeError, ValueError):
            number = None
        if number is None or number != number:  # not a number (or NaN)
            return E_NOT_NUMBER, ("2012" if f.kind is Kind.YEAR else "20",)
        if f.kind is Kind.YEAR and not number.is_integer():
            return E_NOT_WHOLE, ()
        if (lo is not None and number < lo) or (hi is not None and number > hi):
            return E_NUMBER, (_fmt(lo), _fmt(hi))
    elif f.kind is Kind.CHOICE and f.choices is not None and value not in f.choices:
        return E_CHOICE, ()
    return None


def check_length(field: str, text: str, limit: int) -> str:
    """``text`` stripped, or :class:`ValidationError` beside ``field`` when it is longer
    than ``limit``: input is refused, never cut short."""
    text = text.strip()
    if len(text) > limit:
        raise ValidationError({field: (E_TOO_LONG, (str(limit),))})
    return text


def _fmt(x: float | None) -> str:
    if x is None:
        return "…"
    return str(int(x)) if float(x).is_integer() else str(x)


def validate(spec: RecordSpec, values: dict[str, Any], today: date) -> dict[str, Any]:
    """Return the cleaned values (text stripped) or raise :class:`ValidationError`."""
    errors: dict[str, tuple[Msg, tuple[str, ...]]] = {}
    clean: dict[str, Any] = {}
    for f in spec.fields:
        if f.name not in values:
            if f.required and f.kind is not Kind.BOOL:
                errors[f.name] = (E_REQUIRED, ())
            continue
        value = values[f.name]
        if isinstance(value, str):
            value = value.strip()
        problem = _field_error(f, value, today)
        if problem:
            errors[f.name] = problem
            continue
        if value == "" and f.kind not in (Kind.TEXT, Kind.LONGTEXT):
            value = None
        if f.kind is Kind.YEAR and value is not None:
            value = int(float(value))  # "2012" and 2012.0 alike
        if f.kind is Kind.NUMBER and value is not None:
            value = float(value)
        if f.kind is Kind.BOOL:
            value = bool(value)
        clean[f.name] = value
    for start, end in spec.ordered:
        a, b = clean.get(start), clean.get(end)
        if a is not None and b is not None and b < a and end not in errors:
            shown = format_date(a) if isinstance(a, date) else str(a)
            errors[end] = (E_END_BEFORE, (shown,))
    if errors:
        raise ValidationError(errors)
    return clean
