"""Column types that SQLite lacks natively."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.types import String, TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp stored as ISO-8601 text (``2026-11-22T10:00:00+00:00``).

    SQLite has no timestamp type and SQLAlchemy's ``DateTime`` returns naive values
    from it; this keeps every instant explicit and sortable as text.
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use datetime.now(UTC)")
        return value.astimezone(UTC).isoformat(timespec="seconds")

    def process_result_value(self, value: str | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
