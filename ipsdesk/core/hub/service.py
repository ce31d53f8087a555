"""The hub from a store's point of view: test the connection, send, what was sent last.

The network is touched only here, and only when a hub is configured
(:func:`ipsdesk.core.hub.config.load` ``.configured``); otherwise
:class:`~ipsdesk.core.hub.errors.HubError` ``not_configured`` is raised at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlmodel import Session

from ipsdesk.core import settings
from ipsdesk.core.hub import config, migrate
from ipsdesk.core.hub.errors import HubError
from ipsdesk.core.hub.send import SendResult, send
from ipsdesk.core.services.audit import Action, log_access
from ipsdesk.core.storage.types import utcnow
from ipsdesk.core.team.membership import identity


@dataclass(frozen=True)
class ConnectionReport:
    where: str
    server_version: str
    schema: str
    member_id: str  # "" for a leader without caseload or a coordinator


@dataclass(frozen=True)
class LocalStatus:
    configured: bool
    where: str
    last_sent_at: str  # ISO UTC, "" never
    last_sent_rows: int


def _configured(session: Session) -> config.HubConfig:
    cfg = config.load(session)
    if not cfg.configured:
        raise HubError("not_configured", sending=True)
    return cfg


def check(cfg: config.HubConfig) -> ConnectionReport:
    """Connect and check schema and rights; raises HubError saying exactly what failed."""
    if not cfg.configured:
        raise HubError("not_configured")
    with config.connected(cfg) as eng, eng.connect() as conn:
        version = str(conn.execute(text("SHOW server_version")).scalar())
        rev = migrate.current_revision(conn)
        if rev is None:
            raise HubError("schema_old")
        if rev not in migrate.known_revisions():
            raise HubError("schema_new", rev)
        if rev != migrate.HEAD_REVISION:
            raise HubError("schema_old")
        member = conn.execute(text("SELECT hub_member_of(current_user)")).scalar()
        conn.rollback()
    return ConnectionReport(cfg.describe(), version, rev, member or "")


def save_settings(session: Session, cfg: config.HubConfig) -> None:
    """Keep the hub's connection settings (the password too) in the encrypted store."""
    config.save(session, cfg)
    session.commit()


def send_store(session: Session, *, now: datetime | None = None) -> SendResult:
    """Send what this store's team file would carry to the configured hub."""
    from ipsdesk.core.team.extract import extract

    cfg = _configured(session)
    ident = identity(session)
    if ident is None:
        raise HubError("no_team")
    now = now or utcnow()
    data = extract(session, ident, now)
    with config.connected(cfg, sending=True) as eng:
        with eng.connect() as conn:
            member = conn.execute(text("SELECT hub_member_of(current_user)")).scalar()
            conn.rollback()
        if member != ident.member_id:
            raise HubError("no_account", ident.member_id)
        result = send(eng, data, generation=ident.generation, now=now)
    settings.put(session, settings.HUB_LAST_SENT, result.sent_at.isoformat(timespec="seconds"))
    settings.put(session, settings.HUB_LAST_SENT_ROWS, result.total)
    log_access(session, "", Action.EXPORT, detail="team hub")
    session.commit()
    return result


def status(session: Session) -> LocalStatus:
    cfg = config.load(session)
    return LocalStatus(
        configured=cfg.configured,
        where=cfg.describe() if cfg.configured else "",
        last_sent_at=settings.get(session, settings.HUB_LAST_SENT),
        last_sent_rows=settings.get(session, settings.HUB_LAST_SENT_ROWS),
    )
