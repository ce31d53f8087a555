"""The one registry of user-changeable options, with types, defaults and titles.

Every option is declared once here (in the spirit of Picard's option registry and
Electrum's ``ConfigVar``); values live in the store's ``setting`` table as JSON, so
they travel with the encrypted data. Read with :func:`get`, write with :func:`put`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlmodel import Session

from ipsdesk.core.domain import rules
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg
from ipsdesk.core.storage.models import Setting

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    title: Msg
    minimum: int | None = None
    maximum: int | None = None

    def coerce(self, value: Any) -> T:
        kind = type(self.default)
        if kind is int:
            value = int(value)
            if self.minimum is not None and value < self.minimum:
                raise ValueError(f"{self.key} below {self.minimum}")
            if self.maximum is not None and value > self.maximum:
                raise ValueError(f"{self.key} above {self.maximum}")
        elif kind is str:
            value = str(value)
        elif kind is bool:
            value = bool(value)
        return value  # type: ignore[no-any-return]


REGISTRY: dict[str, Option[Any]] = {}


def option(key: str, default: T, title: Msg, **kw: Any) -> Option[T]:
    opt = Option(key, default, title, **kw)
    REGISTRY[key] = opt
    return opt


ORGANISATION = option(
    "organisation", "", QT_TRANSLATE_NOOP("Settings", "Organisation name on documents")
)
CASELOAD_LIMIT = option(
    "caseload_limit",
    rules.CASELOAD_MAX,
    QT_TRANSLATE_NOOP("Settings", "Caseload limit"),
    minimum=1,
    maximum=200,
)
WEEKLY_TARGET = option(
    "weekly_contact_target",
    rules.WEEKLY_CONTACT_TARGET,
    QT_TRANSLATE_NOOP("Settings", "Employer contacts per week (target)"),
    minimum=1,
    maximum=100,
)
FIRST_CONTACT_DAYS = option(
    "first_contact_days",
    rules.FIRST_EMPLOYER_CONTACT_DAYS,
    QT_TRANSLATE_NOOP("Settings", "Days to first face-to-face employer contact"),
    minimum=1,
    maximum=365,
)
NO_CONTACT_DAYS = option(
    "no_contact_days",
    30,
    QT_TRANSLATE_NOOP("Settings", "Warn when a client has had no contact for (days)"),
    minimum=1,
    maximum=365,
)
IDLE_LOCK_MINUTES = option(
    "idle_lock_minutes",
    10,
    QT_TRANSLATE_NOOP("Settings", "Lock after idle minutes"),
    minimum=1,
    maximum=240,
)
UI_LANGUAGE = option("ui_language", "fi", QT_TRANSLATE_NOOP("Settings", "Language"))


def get(session: Session, opt: Option[T]) -> T:
    row = session.get(Setting, opt.key)
    if row is None:
        return opt.default
    try:
        return opt.coerce(json.loads(row.value))
    except (ValueError, TypeError):
        return opt.default


def put(session: Session, opt: Option[T], value: T) -> None:
    """Validate and store a value (the caller commits)."""
    value = opt.coerce(value)
    row = session.get(Setting, opt.key)
    if row is None:
        session.add(Setting(key=opt.key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)
        session.add(row)


def read_all(session: Session) -> dict[str, Any]:
    """Every option's current value, by key (the Settings dialog)."""
    return {key: get(session, opt) for key, opt in REGISTRY.items()}


def save_all(session: Session, values: dict[str, Any]) -> None:
    """Validate and store every value, then commit: all or nothing."""
    for key, value in values.items():
        put(session, REGISTRY[key], value)
    session.commit()
