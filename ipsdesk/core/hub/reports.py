"""The team reports run on the hub: the SAME query functions as on a team leader's store
(:mod:`ipsdesk.core.reports.queries`), over a connection to the configured hub.

The scope is always a list of teams (``Scope(teams=…)``): the teams asked for, or every
team the connecting role can see (the whole county for the coordinator, one team for its
leader). What a role may read is limited by the hub's row-level security anyway; a team
asked for that the role cannot see is refused by name rather than reported as empty.
The network is touched only when a hub is configured.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import Connection, select

from ipsdesk.core.hub import config, schema
from ipsdesk.core.hub.errors import HubError
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP
from ipsdesk.core.reports.queries import Outcomes, Scope, TeamWeek

if TYPE_CHECKING:
    from sqlmodel import Session

T = TypeVar("T")

# The report's heading names the hub's teams (the hub stores no team names).
TEAMS_LABEL = QT_TRANSLATE_NOOP("HubReport", "Team hub: team %1")
COUNTY_LABEL = QT_TRANSLATE_NOOP("HubReport", "Team hub: every team visible (%1)")

# The access log's fixed details of a report made from the hub (core/domain/access_log.py).
WEEK_DETAIL = "team hub week report"
OUTCOMES_DETAIL = "team hub outcome report"


@dataclass(frozen=True)
class HubReport(Generic[T]):
    report: T
    teams: tuple[str, ...]  # the teams the report covers
    whole: bool  # every team the role can see (no --team given)
    visible: tuple[str, ...] = field(default=())  # every team the role can see


def visible_teams(conn: Connection) -> tuple[str, ...]:
    """The team ids of the members whose rows the connecting role may read."""
    member = schema.member_table
    query = select(member.c.team_id).distinct().order_by(member.c.team_id)
    return tuple(str(t) for t in conn.execute(query).scalars())


def scope_for(
    conn: Connection, teams: Sequence[str] = (), visible: tuple[str, ...] | None = None
) -> tuple[Scope, tuple[str, ...]]:
    """The report scope for ``teams`` (empty: every visible team) and those teams
    (``visible``: the visible teams if already read)."""
    visible = visible_teams(conn) if visible is None else visible
    if not teams:
        return Scope(teams=visible), visible
    wanted = tuple(dict.fromkeys(t.strip() for t in teams if t.strip()))
    unknown = [t for t in wanted if t not in visible]
    if unknown:
        raise HubError("no_such_team", ", ".join(unknown))
    return Scope(teams=wanted), wanted


def run_report(
    cfg: config.HubConfig,
    build: Callable[[Connection, Scope], T],
    teams: Sequence[str] = (),
) -> HubReport[T]:
    """Connect to the hub, build the report over the teams' scope, disconnect.

    Read only (the transaction is rolled back); a driver or SQL failure becomes the
    :class:`HubError` that says what failed."""
    if not cfg.configured:
        raise HubError("no_hub_report")
    with config.connected(cfg) as eng, eng.connect() as conn:
        visible = visible_teams(conn)
        scope, covered = scope_for(conn, teams, visible)
        report = build(conn, scope)
        conn.rollback()
    return HubReport(report, covered, not teams, visible)


def label(result: HubReport[Any], tr: Callable[..., str]) -> str:
    """The report's heading in the document's language (``tr``: ``Catalog(lang).tr``)."""
    if result.whole:
        return tr(COUNTY_LABEL, len(result.teams))
    return tr(TEAMS_LABEL, ", ".join(result.teams))


# -- for the Team page: the same reports and exports, given the store's session ------------


def team_week(
    session: Session, iso_year: int, week: int, teams: Sequence[str] = ()
) -> HubReport[TeamWeek]:
    """The weekly team summary from the hub set up in this store (``teams``: empty for
    every team the account can see)."""
    from ipsdesk.core.reports import queries

    return run_report(
        config.load(session), lambda db, sc: queries.team_week(db, iso_year, week, sc), teams
    )


def outcomes(
    session: Session, start: date, end: date, teams: Sequence[str] = ()
) -> HubReport[Outcomes]:
    """The period outcome report from the hub set up in this store."""
    from ipsdesk.core.reports import queries

    return run_report(
        config.load(session), lambda db, sc: queries.outcomes(db, start, end, sc), teams
    )


def write_week(
    session: Session, iso_year: int, week: int, target: Path, *, lang: str,
    teams: Sequence[str] = (),
) -> Path:  # fmt: skip
    """Read the weekly summary from the hub and export it as ``ipsdesk report team-week
    --hub`` does: headed by the hub's teams, logged in this store's access log with
    :data:`WEEK_DETAIL` (a hub that cannot be read writes and logs nothing)."""
    from ipsdesk.core.i18n import Catalog
    from ipsdesk.core.reports import export

    result = team_week(session, iso_year, week, teams)
    heading = label(result, Catalog(lang).tr)
    return export.export_week(
        session, result.report, Path(target), lang=lang, team=heading, detail=WEEK_DETAIL
    )


def write_outcomes(
    session: Session, start: date, end: date, target: Path, *, lang: str,
    teams: Sequence[str] = (),
) -> Path:  # fmt: skip
    """Read the period outcome report from the hub and export it (as :func:`write_week`,
    logged with :data:`OUTCOMES_DETAIL`)."""
    from ipsdesk.core.i18n import Catalog
    from ipsdesk.core.reports import export

    result = outcomes(session, start, end, teams)
    heading = label(result, Catalog(lang).tr)
    return export.export_outcomes(
        session, result.report, Path(target), lang=lang, team=heading, detail=OUTCOMES_DETAIL
    )
