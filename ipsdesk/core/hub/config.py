"""The hub's connection settings (from the settings registry) and its engine.

Nothing here touches the network until :func:`engine` is used, and that only when a
hub is configured (:attr:`HubConfig.configured`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import URL

from ipsdesk.core import settings

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

CONNECT_TIMEOUT = 5  # seconds: an unreachable hub is said so quickly


@dataclass(frozen=True)
class HubConfig:
    server: str
    port: int
    database: str
    user: str
    password: str = ""
    sslmode: str = "verify-full"
    sslrootcert: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.server and self.user and self.database)

    def url(self) -> URL:
        query: dict[str, str] = {"sslmode": self.sslmode}
        if self.sslrootcert:
            query["sslrootcert"] = self.sslrootcert
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password or None,
            host=self.server,
            port=self.port,
            database=self.database,
            query=query,
        )

    def describe(self) -> str:
        """Where, without the password (for messages and logs)."""
        return f"{self.user}@{self.server}:{self.port}/{self.database} (sslmode={self.sslmode})"


def load(session: Session) -> HubConfig:
    return HubConfig(
        server=settings.get(session, settings.HUB_SERVER).strip(),
        port=settings.get(session, settings.HUB_PORT),
        database=settings.get(session, settings.HUB_DATABASE).strip(),
        user=settings.get(session, settings.HUB_USER).strip(),
        password=settings.get(session, settings.HUB_PASSWORD),
        sslmode=settings.get(session, settings.HUB_SSLMODE),
        sslrootcert=settings.get(session, settings.HUB_SSLROOTCERT),
    )


def save(session: Session, cfg: HubConfig) -> None:
    """Store the settings (the caller commits)."""
    if cfg.sslmode not in SSLMODES:
        raise ValueError(f"unknown sslmode {cfg.sslmode!r}")
    settings.put(session, settings.HUB_SERVER, cfg.server)
    settings.put(session, settings.HUB_PORT, cfg.port)
    settings.put(session, settings.HUB_DATABASE, cfg.database)
    settings.put(session, settings.HUB_USER, cfg.user)
    settings.put(session, settings.HUB_PASSWORD, cfg.password)
    settings.put(session, settings.HUB_SSLMODE, cfg.sslmode)
    settings.put(session, settings.HUB_SSLROOTCERT, cfg.sslrootcert)


SSLMODES = ("verify-full", "verify-ca", "require", "prefer", "disable")


def engine(cfg: HubConfig | URL | str) -> Engine:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    url = cfg.url() if isinstance(cfg, HubConfig) else cfg
    return create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": CONNECT_TIMEOUT})


@contextmanager
def connected(cfg: HubConfig, *, sending: bool = False) -> Iterator[Engine]:
    """An engine on the hub for one piece of work, disposed after it; a driver or SQL
    failure inside becomes the :class:`HubError` that says what failed (a send words
    it as a send); a message already for the user (a :class:`UserError`: the hub's own,
    a command's) passes as it is. The one place every hub conversation goes through."""
    from ipsdesk.core.errors import UserError
    from ipsdesk.core.hub.errors import classify

    eng = engine(cfg)
    try:
        yield eng
    except UserError:
        raise
    except Exception as exc:  # driver and SQL errors, classified
        raise classify(exc, cfg.describe(), sending=sending) from exc
    finally:
        eng.dispose()
